using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The <c>Id</c> of a DocumentDB document (a type deriving from <c>Microsoft.Azure.Documents.Resource</c>) is filled with a
/// new GUID's text when an add or upsert is given none, as the DocumentDB SDK's <c>CreateDocumentAsync</c> and
/// <c>UpsertDocumentAsync</c> fill it (microsoft-teams-apps-celebrations' <c>AddEventAsync</c> creates events without an id);
/// a string key of any other type stays the caller's.
/// </summary>
public class DocumentDbResourceIdTests
{
    private const string Source = Sources.Usings + """
        namespace Microsoft.Azure.Documents
        {
            public class Resource
            {
                public virtual string? Id { get; set; }

                public string? SelfLink { get; set; }
            }
        }

        namespace Celebrations
        {
            public class CelebrationEvent : Microsoft.Azure.Documents.Resource
            {
                public string Title { get; set; } = "";

                public string OwnerAadObjectId { get; set; } = "";
            }

            [InMemoryFake]
            public interface IEventStore
            {
                Task<CelebrationEvent> AddEventAsync(CelebrationEvent celebrationEvent);
                Task<string> CreateEventAsync(CelebrationEvent celebrationEvent);
                Task<CelebrationEvent?> GetEventAsync(string id);
                Task UpsertEventAsync(CelebrationEvent celebrationEvent);
                Task UpdateEventAsync(CelebrationEvent celebrationEvent);
                Task<IReadOnlyList<CelebrationEvent>> GetAllAsync();
            }

            public class Resource
            {
                public string? Id { get; set; }
            }

            public class Note : Resource
            {
                public string Text { get; set; } = "";
            }

            [InMemoryFake]
            public interface INoteStore
            {
                Task<Note> AddNoteAsync(Note note);
            }
        }
        """;

    [Fact]
    public void A_DocumentDB_document_added_or_upserted_without_an_id_gets_a_new_guid_text_and_keeps_one_it_has()
    {
        var run = GeneratorHarness.Run(Source);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using Celebrations;

            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    IEventStore events = new InMemoryEventStore();
                    var added = events.AddEventAsync(new CelebrationEvent { Title = "birthday", OwnerAadObjectId = "o1" }).Result;
                    Is(true, Guid.TryParseExact(added.Id, "D", out _), "an event added without an id gets a new GUID's text");
                    Is("birthday", events.GetEventAsync(added.Id!).Result?.Title, "and is stored under it");
                    var empty = events.AddEventAsync(new CelebrationEvent { Id = "", Title = "empty" }).Result;
                    Is(true, Guid.TryParseExact(empty.Id, "D", out _), "an empty id is missing too");
                    Is("mine", events.AddEventAsync(new CelebrationEvent { Id = "mine", Title = "chosen" }).Result.Id, "an id the caller set is kept");
                    var created = events.CreateEventAsync(new CelebrationEvent { Title = "created" }).Result;
                    Is("created", events.GetEventAsync(created).Result?.Title, "an add returning the string key returns the one it gave");
                    var upserted = new CelebrationEvent { Title = "upserted" };
                    events.UpsertEventAsync(upserted).Wait();
                    Is(1, events.GetAllAsync().Result.Count(e => e.Title == "upserted" && Guid.TryParseExact(e.Id, "D", out _)), "an upsert without an id creates the event under a new GUID's text");
                    Throws<ArgumentException>(() => events.UpdateEventAsync(new CelebrationEvent { Title = "no id" }).GetAwaiter().GetResult(), "celebrationEvent", "an update without an id is refused, store unchanged");
                    Is(5, events.GetAllAsync().Result.Count, "five events stored");

                    INoteStore notes = new InMemoryNoteStore();
                    Throws<ArgumentException>(() => notes.AddNoteAsync(new Note { Text = "x" }).GetAwaiter().GetResult(), null, "a string key of another Resource type is the caller's: none is an error");
                }
            }
            """, "Behaviour.Checks");
    }
}
