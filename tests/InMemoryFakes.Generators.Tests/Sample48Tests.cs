using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample48 (session 22): a repository whose synchronous writes answer a bool beside a bool save
/// (Grin33/TaskManagement's <c>IRepository&lt;T&gt;</c>: <c>bool Add(T)</c> = <c>Context.Add(e); return SaveChanges() &gt; 0;</c>)
/// was generated with deferred writes, as a tracking <c>void Add</c> beside <c>SaveChanges()</c> is: an update was not seen
/// until the save, and the save answered true where the real one, with nothing pending, answers false.
/// </summary>
public class Sample48Tests
{
    private const string Notifications = Sources.Usings + """
        namespace S48;

        public class Notification { public Guid Id { get; set; } public Guid UserId { get; set; } public string Message { get; set; } = ""; }

        [InMemoryFake]
        public interface INotificationRepository
        {
            Task<IEnumerable<Notification?>> GetAllAsync();
            Task<Notification?> GetByIdAsync(Guid id);
            bool Add(Notification entity);
            bool Update(Notification entity);
            bool Delete(Notification entity);
            bool Save();
        }
        """;

    [Fact]
    public void A_save_beside_synchronous_writes_that_answer_a_bool_does_not_say_where_they_go()
    {
        var run = GeneratorHarness.Run(Notifications.Replace("[InMemoryFake]", "[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw)]", StringComparison.Ordinal));
        Assertions.NeverFailed(run);
        var save = run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0022");
        var message = save.GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("'Save' of INotificationRepository saves a unit of work, but whether the writes of INotificationRepository wait for it or are saved at once cannot be told from the interface", message, StringComparison.Ordinal);
        Assert.Contains(") are asynchronous or answer a bool or a count, which a write that saves at once answers as well as one that only tracks (SaveChanges() > 0)", message, StringComparison.Ordinal);
        Assert.Contains("UnitOfWorkWrites = UnitOfWorkWrites.Deferred", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stated_immediate_the_writes_are_seen_at_once_and_a_save_with_nothing_pending_answers_false()
    {
        var run = GeneratorHarness.Run(Notifications.Replace("[InMemoryFake]", "[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw, UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing S48;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    INotificationRepository notifications = new InMemoryNotificationRepository();
                    var assigned = new Notification { UserId = Guid.NewGuid(), Message = "assigned" };
                    Is(true, notifications.Add(assigned), "an add answers true");
                    Is(true, assigned.Id != Guid.Empty, "a new Guid, written back");
                    Is(1, notifications.GetAllAsync().GetAwaiter().GetResult().Count(), "seen at once");
                    assigned.Message = "reassigned";
                    Is(true, notifications.Update(assigned), "an update of a stored one answers true");
                    Is("reassigned", notifications.GetByIdAsync(assigned.Id).GetAwaiter().GetResult()?.Message, "and is seen at once");
                    Is(false, notifications.Save(), "nothing pending: the save answers false");
                    Is(true, notifications.Delete(assigned), "a removal answers true");
                    Is(null, notifications.GetByIdAsync(assigned.Id).GetAwaiter().GetResult(), "and is seen at once");
                }
            }
            """);
    }

    [Fact]
    public void Synchronous_writes_that_answer_nothing_still_wait_for_the_save()
    {
        // The tracking shape the rule is for: void Add beside SaveChanges (EF Core's DbSet.Add), unchanged.
        var source = Notifications.Replace("bool Add(Notification entity);", "void Add(Notification entity);", StringComparison.Ordinal)
            .Replace("bool Update(Notification entity);", "void Update(Notification entity);", StringComparison.Ordinal)
            .Replace("bool Delete(Notification entity);", "void Delete(Notification entity);", StringComparison.Ordinal)
            .Replace("[InMemoryFake]", "[InMemoryFake(MissingDelete = MissingDelete.NotFound)]", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(source);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing S48;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    INotificationRepository notifications = new InMemoryNotificationRepository();
                    notifications.Add(new Notification { UserId = Guid.NewGuid(), Message = "assigned" });
                    Is(0, notifications.GetAllAsync().GetAwaiter().GetResult().Count(), "not stored before the save");
                    Is(true, notifications.Save(), "the save writes it");
                    Is(1, notifications.GetAllAsync().GetAwaiter().GetResult().Count(), "stored after it");
                }
            }
            """);
    }

    private const string Tickets = Sources.Usings + """
        namespace S48T;

        public class Ticket { public uint Id { get; set; } public string PhoneNumber { get; set; } = ""; public bool IsHandled { get; set; } }
        public class Shipment { public ulong Id { get; set; } public string Code { get; set; } = ""; }

        [InMemoryFake]
        public interface ITicketRepository
        {
            Task<Ticket> AddAsync(Ticket entity);
            Task<Ticket?> GetAsync(uint id);
            Task UpdateAsync(Ticket entity);
            Task<List<Ticket>> GetAllAsync();
        }

        [InMemoryFake]
        public interface IShipmentRepository
        {
            void Add(Shipment shipment);
            Shipment? Get(ulong id);
        }
        """;

    [Fact]
    public void An_unsigned_key_left_at_zero_is_numbered_as_an_int_key_is()
    {
        // h-sample48's TicketSystem: Ticket : TrackedEntity<uint>, an IDENTITY key under EF Core's convention; the fake stored
        // the first ticket under 0 and threw the duplicate-key error for the second.
        var run = GeneratorHarness.Run(Tickets);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing S48T;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    ITicketRepository tickets = new InMemoryTicketRepository();
                    var first = new Ticket { PhoneNumber = "0100" };
                    Is(true, ReferenceEquals(first, tickets.AddAsync(first).GetAwaiter().GetResult()), "the ticket given");
                    Is(1u, first.Id, "numbered from 1, written back");
                    var second = new Ticket { PhoneNumber = "0101" };
                    tickets.AddAsync(second).GetAwaiter().GetResult();
                    Is(2u, second.Id, "the next number");
                    tickets.AddAsync(new Ticket { Id = 10, PhoneNumber = "0110" }).GetAwaiter().GetResult();
                    var after = new Ticket { PhoneNumber = "0111" };
                    tickets.AddAsync(after).GetAwaiter().GetResult();
                    Is(11u, after.Id, "past a key set by the caller");
                    Is("0101", tickets.GetAsync(2).GetAwaiter().GetResult()?.PhoneNumber, "read by its number");
                    Throws<ArgumentException>(() => tickets.UpdateAsync(new Ticket { PhoneNumber = "x" }).GetAwaiter().GetResult(), "entity", "an update of an unset key is refused, as for an int key");
                    Is(4, tickets.GetAllAsync().GetAwaiter().GetResult().Count, "store unchanged");

                    IShipmentRepository shipments = new InMemoryShipmentRepository();
                    var parcel = new Shipment { Code = "P" };
                    shipments.Add(parcel);
                    Is(1UL, parcel.Id, "a ulong key too");
                    Is("P", shipments.Get(1)?.Code, "read by it");
                }
            }
            """);
    }
}
