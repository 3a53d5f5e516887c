using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>The generated source, compared with approved files; every one also compiles clean.</summary>
public class SnapshotTests
{
    [Fact]
    public void Entity_repository_with_sync_members()
    {
        var run = GeneratorHarness.Run(Sources.SyncRepository);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Entity_repository_with_every_async_shape()
    {
        var run = GeneratorHarness.Run(Sources.AsyncRepository);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Immutable_record_with_composite_key_and_quota()
    {
        var run = GeneratorHarness.Run(Sources.RecordRepository);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Key_value_store_with_ttl_counters_and_defaults()
    {
        var run = GeneratorHarness.Run(Sources.KeyValueStore);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Async_key_value_store_with_options_object()
    {
        var run = GeneratorHarness.Run(Sources.AsyncKeyValueStore);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Blob_store_with_result_type_and_mapped_not_found()
    {
        var run = GeneratorHarness.Run(Sources.BlobStore);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Open_generic_repository()
    {
        var run = GeneratorHarness.Run(Sources.OpenGenericRepository);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Foreign_interface_on_partial_class_with_hand_written_member()
    {
        var run = GeneratorHarness.Run(Sources.ForeignInterface);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Entity_repository_with_derived_queries_indexes_and_predicates()
    {
        var run = GeneratorHarness.Run(Sources.DerivedQueries);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Copies_of_an_aggregate_with_private_state_collections_subtypes_and_structs()
    {
        var run = GeneratorHarness.Run(CopyPlanTests.EveryShape);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }
}
