using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Entity-repository verbs real code uses (issue 10, h-conv1): the bulk writes that repositories pass on to SimpleBulks,
// EFCore.BulkExtensions or Z.EntityFramework.Extensions (phongnguyend/Practical.CleanArchitecture's IRepository:
// BulkInsertAsync(entities), BulkDeleteAsync(entities)…), Sonarr's BasicRepository.Purge(bool vacuum = false), and the
// list verbs ReadAll and GetAll + a neutral plural (MrCms' GetAllEntitiesAsync).

public sealed class BulkOrder
{
    public int Id { get; set; }

    public string? Customer { get; set; }

    public decimal Total { get; set; }
}

[InMemoryFake]
public interface IBulkOrderRepository
{
    Task<BulkOrder?> GetByIdAsync(int id, CancellationToken cancellationToken = default);

    Task<List<BulkOrder>> ReadAllAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BulkOrder>> GetAllEntitiesAsync(CancellationToken cancellationToken = default);

    Task BulkInsertAsync(IReadOnlyCollection<BulkOrder> entities, CancellationToken cancellationToken = default);

    Task<int> BulkUpdateAsync(IEnumerable<BulkOrder> entities, CancellationToken cancellationToken = default);

    Task BulkMergeAsync(IReadOnlyCollection<BulkOrder> entities, CancellationToken cancellationToken = default);

    Task<int> BulkDeleteAsync(IReadOnlyCollection<BulkOrder> entities, CancellationToken cancellationToken = default);

    void Purge(bool vacuum = false);
}

public sealed class BulkWriteAndPurgeTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<IBulkOrderRepository> WithTwoOrders()
    {
        IBulkOrderRepository orders = new InMemoryBulkOrderRepository();
        await orders.BulkInsertAsync([new BulkOrder { Id = 1, Customer = "ann", Total = 10 }, new BulkOrder { Id = 2, Customer = "bob", Total = 20 }], None);
        return orders;
    }

    [Fact]
    public async Task A_bulk_insert_stores_every_entity_and_ReadAll_and_GetAllEntities_list_them()
    {
        var orders = await WithTwoOrders();

        Assert.Equal(new[] { 1, 2 }, (await orders.ReadAllAsync(None)).Select(static o => o.Id).ToArray());
        Assert.Equal(new[] { "ann", "bob" }, (await orders.GetAllEntitiesAsync(None)).Select(static o => o.Customer).ToArray());
    }

    [Fact]
    public async Task A_bulk_insert_with_a_taken_key_throws_the_duplicate_error_and_stores_none_of_the_range()
    {
        var orders = await WithTwoOrders();

        await Assert.ThrowsAsync<DuplicateKeyException>(() => orders.BulkInsertAsync([new BulkOrder { Id = 3, Customer = "cy" }, new BulkOrder { Id = 2, Customer = "dup" }], None));

        Assert.Null(await orders.GetByIdAsync(3, None));
        Assert.Equal("bob", (await orders.GetByIdAsync(2, None))?.Customer);
    }

    [Fact]
    public async Task A_bulk_update_replaces_the_stored_entities_skips_the_missing_ones_and_counts_the_updated()
    {
        var orders = await WithTwoOrders();

        var updated = await orders.BulkUpdateAsync([new BulkOrder { Id = 2, Customer = "bob", Total = 25 }, new BulkOrder { Id = 9, Customer = "nobody", Total = 1 }], None);

        Assert.Equal(1, updated);
        Assert.Equal(25, (await orders.GetByIdAsync(2, None))?.Total);
        Assert.Null(await orders.GetByIdAsync(9, None));
        Assert.Equal(2, (await orders.ReadAllAsync(None)).Count);
    }

    [Fact]
    public async Task A_bulk_update_of_no_stored_entity_changes_nothing_and_counts_zero()
    {
        var orders = await WithTwoOrders();

        Assert.Equal(0, await orders.BulkUpdateAsync([new BulkOrder { Id = 7, Total = 1 }], None));

        Assert.Equal(new[] { 10m, 20m }, (await orders.ReadAllAsync(None)).Select(static o => o.Total).ToArray());
    }

    [Fact]
    public async Task A_bulk_merge_inserts_the_new_entities_and_replaces_the_stored_ones()
    {
        var orders = await WithTwoOrders();

        await orders.BulkMergeAsync([new BulkOrder { Id = 1, Customer = "ann", Total = 11 }, new BulkOrder { Id = 3, Customer = "cy", Total = 30 }], None);

        Assert.Equal(new[] { (1, 11m), (2, 20m), (3, 30m) }, (await orders.ReadAllAsync(None)).Select(static o => (o.Id, o.Total)).OrderBy(static p => p.Id).ToArray());
    }

    [Fact]
    public async Task A_bulk_delete_removes_the_entities_given_skips_the_missing_ones_and_counts_the_removed()
    {
        var orders = await WithTwoOrders();

        var removed = await orders.BulkDeleteAsync([new BulkOrder { Id = 1 }, new BulkOrder { Id = 8 }], None);

        Assert.Equal(1, removed);
        Assert.Null(await orders.GetByIdAsync(1, None));
        Assert.NotNull(await orders.GetByIdAsync(2, None));
    }

    [Fact]
    public async Task A_null_collection_or_element_is_an_ArgumentNullException_naming_the_parameter_and_the_store_is_unchanged()
    {
        var orders = await WithTwoOrders();

        Assert.Equal("entities", (await Assert.ThrowsAsync<ArgumentNullException>(() => orders.BulkUpdateAsync(null!, None))).ParamName);
        Assert.Equal("entities", (await Assert.ThrowsAsync<ArgumentNullException>(() => orders.BulkUpdateAsync([new BulkOrder { Id = 1, Total = 99 }, null!], None))).ParamName);
        Assert.Equal("entities", (await Assert.ThrowsAsync<ArgumentNullException>(() => orders.BulkInsertAsync(null!, None))).ParamName);

        Assert.Equal(new[] { 10m, 20m }, (await orders.ReadAllAsync(None)).Select(static o => o.Total).ToArray());
    }

    [Fact]
    public async Task A_bulk_update_of_an_entity_whose_generated_key_is_unset_is_an_ArgumentException_and_changes_nothing()
    {
        var orders = await WithTwoOrders();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => orders.BulkUpdateAsync([new BulkOrder { Id = 1, Total = 99 }, new BulkOrder { Id = 0, Total = 1 }], None));

        Assert.Equal("entities", error.ParamName);
        Assert.Equal(10, (await orders.GetByIdAsync(1, None))?.Total);
    }

    [Fact]
    public async Task Purge_removes_every_row_whatever_the_vacuum_flag_says()
    {
        var orders = await WithTwoOrders();

        orders.Purge();
        Assert.Empty(await orders.ReadAllAsync(None));

        await orders.BulkInsertAsync([new BulkOrder { Id = 5, Customer = "eve" }], None);
        orders.Purge(vacuum: true);
        Assert.Empty(await orders.ReadAllAsync(None));
    }
}
