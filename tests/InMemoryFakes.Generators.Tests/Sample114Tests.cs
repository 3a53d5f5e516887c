using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample114 (session 36), ticketing, booking and event repositories. Nanoster1/Televent's <c>IEventRepository</c>
/// declares <c>Task&lt;IList&lt;Event&gt;&gt; ListAllNotExecutedAsync()</c> over an <c>Event</c> with <c>bool IsExecuted</c>:
/// the events whose flag is false, as <c>ListNotExecuted()</c> already read. It was refused as "'NotExecuted' after it names
/// neither Event, a property of it, nor By…", though it names the flag: <c>All</c> between the listing verb and a flag word
/// now reads as without it (the flag queries of docs/generator.md), for every flag verb; a lookup of one entity so named is
/// still refused (All says every row), and a word after All that names no flag keeps its refusal.
/// </summary>
public class Sample114Tests
{
    private const string Events = Sources.Usings + """
        namespace V;

        public class Event
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public bool IsExecuted { get; set; }
            public bool Active { get; set; }
        }

        [InMemoryFake]
        public interface IEventRepository
        {
            Task InsertAsync(Event entity);
            Task<IList<Event>> ListAllNotExecutedAsync();
            IReadOnlyList<Event> GetAllExecutedEvents();
            IEnumerable<Event> AllActiveEvents { get; }
            int CountAllNotExecuted();
            bool AnyAllExecuted();
            int DeleteAllExecuted();
        }
        """;

    [Fact]
    public void All_between_a_flag_verb_and_a_flag_reads_the_rows_of_the_flag()
    {
        var run = GeneratorHarness.Run(Events);
        Assertions.NeverFailed(run);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IEventRepository events = new InMemoryEventRepository();
                    events.InsertAsync(new Event { Name = "quiz", Active = true }).GetAwaiter().GetResult();
                    events.InsertAsync(new Event { Name = "lunch", IsExecuted = true }).GetAwaiter().GetResult();
                    events.InsertAsync(new Event { Name = "walk" }).GetAwaiter().GetResult();
                    Is("quiz,walk", string.Join(",", events.ListAllNotExecutedAsync().GetAwaiter().GetResult().Select(e => e.Name)), "ListAllNotExecutedAsync lists the events whose IsExecuted is false");
                    Is("lunch", string.Join(",", events.GetAllExecutedEvents().Select(e => e.Name)), "GetAllExecutedEvents lists the executed ones, the entity word after the flag");
                    Is("quiz", string.Join(",", events.AllActiveEvents.Select(e => e.Name)), "a listing property AllActiveEvents lists the rows whose Active is set");
                    Is(2, events.CountAllNotExecuted(), "CountAllNotExecuted counts them");
                    Is(true, events.AnyAllExecuted(), "AnyAllExecuted: one is executed");
                    Is(1, events.DeleteAllExecuted(), "DeleteAllExecuted removes the executed ones and says how many");
                    Is(false, events.AnyAllExecuted(), "none is left executed");
                    Is(2, events.CountAllNotExecuted(), "the others stay");
                }
            }
            """);
    }

    [Fact]
    public void A_lookup_of_one_entity_named_All_and_a_flag_and_All_before_a_word_naming_no_flag_stay_refused()
    {
        var one = GeneratorHarness.Run(Refusals.Without(Events, "    Task<IList<Event>> ListAllNotExecutedAsync();")
            .Replace("IReadOnlyList<Event> GetAllExecutedEvents();", "Event? GetAllExecuted();", StringComparison.Ordinal));
        Assertions.NeverFailed(one);
        Assert.Equal(
            "'GetAllExecuted' of IEventRepository matches no entity repository convention: 'GetAllExecuted' is not a known verb: it starts with GetAll, which is one, but 'Executed' after it names neither Event (singular or plural), a property of it, nor By and conditions on its properties, so what it reads or writes is not said "
            + "(the known verbs: Add/Insert, Update/Replace, Upsert/Save, Get/Find, Delete/Remove, Exists/Contains, Count/LongCount, GetAll/List, GetPagedList/GetPagedResponse, Clear/Purge, AddRange/UpdateRange/UpsertRange/DeleteRange, BulkInsertOrUpdate/BulkUpsert, Update/Set{Property}(key, value), Rename(key, name), Increment/Increase{Property}(key), Mark/Flag…As{Value}(key), Toggle/Flip{Flag}(key), Get/Set{Property}(entity), derived queries such as FindByName, or a Func<T, bool> predicate; more synonyms in docs/generator.md#entity-repository). "
            + "Implement it in the partial class InMemoryEventRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetAllExecuted)) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(one, "GetAllExecuted"));

        var pending = GeneratorHarness.Run(Events.Replace("Task<IList<Event>> ListAllNotExecutedAsync();", "Task<IList<Event>> ListAllPendingAsync();", StringComparison.Ordinal));
        Assertions.NeverFailed(pending);
        Assert.StartsWith(
            "'ListAllPendingAsync' of IEventRepository matches no entity repository convention: 'ListAllPending' is not a known verb: it starts with ListAll, which is one, but 'Pending' after it names neither Event (singular or plural), a property of it, nor By",
            Refusals.Message(pending, "ListAllPendingAsync"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_whose_own_name_starts_with_All_keeps_its_reading()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Booking
            {
                public int Id { get; set; }
                public string Room { get; set; } = "";
                public bool IsAllDay { get; set; }
            }

            [InMemoryFake]
            public interface IBookingRepository
            {
                void Add(Booking booking);
                IReadOnlyList<Booking> GetAllDayBookings();
                int CountAllDay();
            }
            """);
        Assertions.NeverFailed(run);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IBookingRepository bookings = new InMemoryBookingRepository();
                    bookings.Add(new Booking { Room = "hall", IsAllDay = true });
                    bookings.Add(new Booking { Room = "lab" });
                    Is("hall", string.Join(",", bookings.GetAllDayBookings().Select(b => b.Room)), "GetAllDayBookings lists the bookings whose IsAllDay is set (AllDay is the flag, not All and Day)");
                    Is(1, bookings.CountAllDay(), "CountAllDay counts them");
                }
            }
            """);
    }
}
