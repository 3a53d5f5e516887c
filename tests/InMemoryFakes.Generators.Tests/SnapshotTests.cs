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
    public void Repository_with_a_unit_of_work_property_and_a_protected_key_setter()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Ordering;
            public abstract class Entity { public int Id { get; protected set; } }
            public sealed class Buyer : Entity
            {
                private readonly List<string> _cards = new();
                public string Name { get; private set; } = "";
                public IReadOnlyList<string> Cards => _cards;
                public void AddCard(string card) => _cards.Add(card);
            }
            public interface IUnitOfWork : IDisposable
            {
                Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
                Task<bool> SaveEntitiesAsync(CancellationToken cancellationToken = default);
            }
            [InMemoryFake]
            public interface IBuyerRepository
            {
                IUnitOfWork UnitOfWork { get; }
                Buyer Add(Buyer buyer);
                Buyer Update(Buyer buyer);
                Task<Buyer?> FindByIdAsync(int id);
            }
            """);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Repository_with_a_unit_of_work_and_EF_Core_and_ADO_NET_transactions()
    {
        // EF Core's IDbContextTransaction and IInfrastructure<T>, declared here as EF Core declares them (the generator resolves them by metadata name).
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Microsoft.EntityFrameworkCore.Infrastructure
            {
                public interface IInfrastructure<out T> { T Instance { get; } }
            }

            namespace Microsoft.EntityFrameworkCore.Storage
            {
                public interface IDbContextTransaction : IDisposable, IAsyncDisposable
                {
                    Guid TransactionId { get; }
                    void Commit();
                    Task CommitAsync(CancellationToken cancellationToken = default);
                    void Rollback();
                    Task RollbackAsync(CancellationToken cancellationToken = default);
                }
            }

            namespace Catalog
            {
                public sealed class Brand { public long Id { get; set; } public string Name { get; set; } = ""; }

                [InMemoryFake]
                public interface IBrandRepository
                {
                    void Add(Brand brand);
                    Brand? Find(long id);
                    void SaveChanges();
                    Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction BeginTransaction();
                    Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
                    System.Data.IDbTransaction StartTransaction();
                }
            }
            """);
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
