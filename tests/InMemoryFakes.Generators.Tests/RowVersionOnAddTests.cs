using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A <c>[Timestamp]</c> token is a row version: the database writes it on insert as on update (EF Core's
/// <c>ValueGeneratedOnAddOrUpdate</c>), so an add gives the entity its first value, on the caller's object too (h-sample57's
/// round: Azure/azure-mobile-apps' <c>IRepository&lt;TEntity&gt;</c>, whose <c>EntityTableData.Version</c> is
/// <c>[Timestamp] byte[]</c>; its EF Core repository, and its in-memory one, hand the created entity a version, where the
/// fake left it null, so a version read after the create compared as "no check"). A <c>[ConcurrencyCheck]</c> or named
/// token is the caller's and an add stores it as given, as before.
/// </summary>
public class RowVersionOnAddTests
{
    private const string Items = Sources.Usings + """
        #nullable disable
        using System.ComponentModel.DataAnnotations;
        namespace Sync;

        public class TodoItem
        {
            [Key] public string Id { get; set; }
            [Timestamp] public byte[] Version { get; set; }
            public string Title { get; set; }
        }

        public class Note
        {
            [Key] public string Id { get; set; }
            [ConcurrencyCheck] public int Version { get; set; }
            public string Text { get; set; }
        }

        public class Tag
        {
            [Key] public string Id { get; set; }
            [Unique] public string Name { get; set; }
            [Timestamp] public byte[] RowVersion { get; set; }
        }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface ITodoItems
        {
            Task CreateAsync(TodoItem item);
            Task<TodoItem> ReadAsync(string id);
            Task ReplaceAsync(TodoItem item, byte[] version = null);
            void Upsert(TodoItem item);
        }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface INotes
        {
            void Add(Note note);
            Note Get(string id);
        }

        [InMemoryFake]
        public interface ITags
        {
            void Add(Tag tag);
            Tag Find(string id);
        }

        """;

    [Fact]
    public void An_add_gives_a_Timestamp_token_its_first_row_version_and_a_replace_checks_it()
    {
        var run = GeneratorHarness.Run(Items);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using InMemoryFakes;
            using Sync;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var items = new InMemoryTodoItems();
                    var milk = new TodoItem { Id = "t-1", Title = "Milk" };
                    items.CreateAsync(milk).GetAwaiter().GetResult();
                    Is(true, milk.Version is { Length: > 0 }, "CreateAsync gives the caller's entity a row version");
                    var stored = items.ReadAsync("t-1").GetAwaiter().GetResult();
                    Is(true, stored.Version.SequenceEqual(milk.Version), "and stores it");

                    var preset = new TodoItem { Id = "t-2", Title = "Eggs", Version = new byte[] { 9, 9 } };
                    items.CreateAsync(preset).GetAwaiter().GetResult();
                    Is(false, preset.Version.SequenceEqual(new byte[] { 9, 9 }), "a row version the caller set is the store's to write on insert");

                    Throws<ConcurrencyConflictException>(() => items.ReplaceAsync(new TodoItem { Id = "t-1", Title = "x" }, new byte[] { 1, 2, 3 }).GetAwaiter().GetResult(), null, "a stale version is refused");
                    var oat = new TodoItem { Id = "t-1", Title = "Oat milk" };
                    items.ReplaceAsync(oat, stored.Version).GetAwaiter().GetResult();
                    Is("Oat milk", items.ReadAsync("t-1").GetAwaiter().GetResult().Title, "the version read after the create is the current one");
                    Is(false, oat.Version.SequenceEqual(stored.Version), "and the replace writes the next one");

                    var bread = new TodoItem { Id = "t-3", Title = "Bread" };
                    items.Upsert(bread);
                    Is(true, bread.Version is { Length: > 0 }, "the insert branch of an upsert writes one too");

                    var notes = new InMemoryNotes();
                    var note = new Note { Id = "n-1", Text = "a", Version = 7 };
                    notes.Add(note);
                    Is(7, notes.Get("n-1").Version, "a [ConcurrencyCheck] token is stored as given");

                    var tags = new InMemoryTags();
                    tags.Add(new Tag { Id = "g-1", Name = "red" });
                    var taken = new Tag { Id = "g-2", Name = "red" };
                    Throws<DuplicateKeyException>(() => tags.Add(taken), null, "an add of a taken unique value is refused");
                    Is(null, taken.RowVersion, "and gives the caller's entity its own row version back");
                    Is(null, tags.Find("g-2"), "storing nothing");
                }
            }
            """);
    }
}
