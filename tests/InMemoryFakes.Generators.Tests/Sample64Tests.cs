using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample64 (session 27), two silent guesses of Microsoft's own interfaces. CEDAR.Core.Collector's
/// <c>ICache&lt;T&gt; where T : TableEntityWithContext</c> was read as a store keyed by the entity object itself, so
/// <c>ExistsAsync(tableEntity)</c> found a row only through the very instance cached, where the real Azure table finds it by
/// the PartitionKey and RowKey any lookup entity carries: a type parameter constrained to a class that compares by
/// reference is such a key too. developer-platform's <c>IDocumentRepository&lt;TDocument&gt;</c> has
/// <c>SetAsync(string partitionId, TDocument entity)</c>, read as a set keyed by the partition, so every document of a
/// partition replaced the last, where Cosmos DB upserts the document by its own id within the partition: a key named
/// after a partition is refused.
/// </summary>
public class Sample64Tests
{
    [Fact]
    public void A_key_of_a_type_parameter_constrained_to_a_class_without_value_equality_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            public class TableRow { public string PartitionKey { get; set; } public string RowKey { get; set; } }

            [InMemoryFake]
            public interface IRowCache<T> where T : TableRow
            {
                Task<T> RetrieveAsync(T tableEntity);
                Task<bool> ExistsAsync(T tableEntity);
                Task SetAsync(T tableEntity, T value);
            }
            """);

        const string cause = "its key 'tableEntity' is a T, which compares by reference (a type parameter constrained to TableRow, a class that is not a record and does not override Equals)";
        Refusals.Exactly(run, ("RetrieveAsync", cause), ("ExistsAsync", cause), ("SetAsync", cause));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_key_of_an_unconstrained_or_value_equal_type_parameter_is_still_a_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public record RowKey(string Partition, string Row);

            [InMemoryFake]
            public interface ILookup<TKey> where TKey : RowKey
            {
                void Set(TKey key, string value);
                string? Get(TKey key);
            }

            [InMemoryFake]
            public interface INameCache<TKey> where TKey : notnull
            {
                void Set(TKey key, string value);
                string? Get(TKey key);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ILookup<RowKey> rows = new InMemoryLookup<RowKey>();
                    rows.Set(new RowKey("p", "1"), "one");
                    Is("one", rows.Get(new RowKey("p", "1")), "a record key finds its entry through an equal key");
                    INameCache<string> names = new InMemoryNameCache<string>();
                    names.Set("a", "A");
                    Is("A", names.Get("a"), "an unconstrained key compares as its type argument does");
                }
            }
            """);
    }

    [Fact]
    public void A_key_named_after_a_partition_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IDocumentStore<TDocument>
            {
                Task<TDocument> SetAsync(string partitionId, TDocument entity);
                Task<TDocument?> GetAsync(string partitionKey);
                Task RemoveAsync(string partition);
            }
            """);

        Refusals.Exactly(
            run,
            ("SetAsync", "its key 'partitionId' names a partition, a group of the values a store keeps, not one value's key"),
            ("GetAsync", "its key 'partitionKey' names a partition, a group of the values a store keeps, not one value's key"),
            ("RemoveAsync", "its key 'partition' names a partition, a group of the values a store keeps, not one value's key"));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_store_of_partitions_keeps_its_partition_key_when_its_value_or_its_name_says_so()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class PartitionLease { public string Owner { get; set; } = ""; }

            [InMemoryFake]
            public interface ILeaseStore
            {
                void Set(string partitionId, PartitionLease lease);
                PartitionLease? Get(string partitionId);
            }

            [InMemoryFake]
            public interface IPartitionStateStore
            {
                void Set(string partitionKey, string state);
                string? Get(string partitionKey);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ILeaseStore leases = new InMemoryLeaseStore();
                    leases.Set("0", new PartitionLease { Owner = "host-a" });
                    leases.Set("1", new PartitionLease { Owner = "host-b" });
                    Is("host-a", leases.Get("0")?.Owner, "a partition's own value is kept under its id");
                    Is("host-b", leases.Get("1")?.Owner, "each partition its own");
                    IPartitionStateStore states = new InMemoryPartitionStateStore();
                    states.Set("0", "open");
                    Is("open", states.Get("0"), "a store the interface's name says is of partitions keeps its partition key too");
                }
            }
            """);
    }
}
