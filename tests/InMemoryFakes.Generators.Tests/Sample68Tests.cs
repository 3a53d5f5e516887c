using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample68 (session 27), one silent guess of a community clean-architecture codebase. Clean-CaDET tutor's
/// <c>IEventStore&lt;TEvent&gt;</c> has <c>Save(EventSourcedAggregateRoot aggregate)</c> beside reads that hand out only
/// events (<c>GetEventsByUserAndPrimaryEntities</c>, an <c>Events</c> query): the aggregate, elected the entity by its write
/// alone, was kept under a generated key (its <c>Id</c> set to 1), where the real store appends the aggregate's pending
/// events to the event table, clears them and keeps no aggregate. A write of an entity that nothing reads back, beside
/// reads of a keyless other type, is refused.
/// </summary>
public class Sample68Tests
{
    private const string EventLog = """
        #nullable enable
        namespace V;

        public abstract class DomainEvent { public DateTime TimeStamp { get; set; } }
        public sealed class ProgressEvent : DomainEvent { public int LearnerId { get; set; } }
        public abstract class AggregateRoot
        {
            private readonly List<DomainEvent> _changes = new();
            public int Id { get; protected set; }
            public IEnumerable<DomainEvent> GetChanges() => _changes;
            public void ClearChanges() => _changes.Clear();
        }

        """;

    [Fact]
    public void A_write_of_an_entity_nothing_reads_back_beside_reads_of_keyless_events_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + EventLog + """
            [InMemoryFake]
            public interface IEventStore
            {
                void Save(AggregateRoot aggregate);
                List<ProgressEvent> GetEventsByLearnerAndKnowledgeComponents(int learnerId, HashSet<int> knowledgeComponentIds);
            }
            """);

        Assert.Contains(
            "nothing in IEventStore reads an AggregateRoot back, and its reads ('GetEventsByLearnerAndKnowledgeComponents') hand out ProgressEvent, a type without a key: what the real store keeps of the AggregateRoot it is given is not said",
            Refusals.Message(run, "Save"),
            StringComparison.Ordinal);
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void The_write_stays_when_the_entity_is_read_back_also_in_a_result_class_or_the_other_type_has_a_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + EventLog + """
            public class Order { public int Id { get; set; } public string Customer { get; set; } = ""; }
            public class OrderLine { public int OrderId { get; set; } public string Sku { get; set; } = ""; }
            public class OrderSummary { public int Id { get; set; } public decimal Total { get; set; } }
            public class OrderPage { public int TotalCount { get; set; } public List<Order> Orders { get; set; } = new(); }

            [InMemoryFake]
            public interface IOrderStore
            {
                void Save(Order order);
                Order? Get(int id);
                List<OrderLine> GetLinesOfOrder(int orderId);
            }

            [InMemoryFake]
            public interface ISummaryStore
            {
                void Save(Order order);
                List<OrderSummary> GetSummariesOfCustomer(string customer);
            }

            [InMemoryFake]
            public interface IPagedOrderStore
            {
                void Save(Order order);
                OrderPage SearchOrders(string customer, int skip, int take);
            }
            """);

        var listed = Refusals.Listed(run);
        Assert.DoesNotContain("IMF0001 Save", listed);
        Assert.Contains("IMF0001 GetLinesOfOrder", listed);
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_write_whose_own_result_is_a_keyless_status_is_no_read_of_another_type()
    {
        // The status a removal returns (Identity's IdentityResult.Success shape) is not a read of keyless rows: the writes stay.
        var run = GeneratorHarness.Run(Sources.Usings + """
            public class TableRow { public string Id { get; set; } = ""; public string Name { get; set; } = ""; }
            public sealed class RowResult { public static RowResult Success { get; } = new(); }

            [InMemoryFake(MissingDelete = MissingDelete.NotFound)]
            public interface IResultTableRows
            {
                void Add(TableRow row);
                RowResult Delete(string id);
                RowResult Remove(TableRow row);
            }
            """);

        Assertions.Clean(run);
    }

    [Fact]
    public void A_store_that_reads_its_entity_back_saves_it_as_before()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Order { public int Id { get; set; } public string Customer { get; set; } = ""; }

            [InMemoryFake]
            public interface IOrderStore
            {
                void Save(Order order);
                Order? Get(int id);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IOrderStore orders = new InMemoryOrderStore();
                    orders.Save(new Order { Id = 7, Customer = "ada" });
                    Is("ada", orders.Get(7)?.Customer, "Save keeps the order Get reads back");
                }
            }
            """);
    }
}
