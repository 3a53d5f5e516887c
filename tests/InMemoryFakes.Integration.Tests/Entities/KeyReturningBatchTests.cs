using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// The record members of Semantic Kernel's vector store collections (IVectorStoreRecordCollection<TKey, TRecord>, the
// Microsoft.Extensions.VectorData abstractions): the key is marked by an attribute of the connector's own, an upsert
// returns the record's key, the Batch verbs take or write several, and a delete takes a collection of keys. The
// collection-management members (CreateCollectionAsync…) and GetBatchAsync (an async stream) are not part of this
// cut-down copy: see the refusal tests in the generator tests.

[AttributeUsage(AttributeTargets.Property)]
public sealed class VectorStoreRecordKeyAttribute : Attribute
{
}

public sealed class HotelRecord
{
    [VectorStoreRecordKey]
    public ulong HotelId { get; set; }

    public string? HotelName { get; set; }

    public string? Description { get; set; }
}

[InMemoryFake]
public interface IHotelRecords
{
    Task<HotelRecord?> GetAsync(ulong key, CancellationToken cancellationToken = default);

    Task<ulong> UpsertAsync(HotelRecord record, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ulong>> UpsertBatchAsync(IEnumerable<HotelRecord> records, CancellationToken cancellationToken = default);

    Task DeleteAsync(ulong key, CancellationToken cancellationToken = default);

    Task DeleteAsync(IEnumerable<ulong> keys, CancellationToken cancellationToken = default);

    Task<int> DeleteBatchAsync(IEnumerable<ulong> hotelIds, CancellationToken cancellationToken = default);

    Task<List<HotelRecord>> GetAllAsync(CancellationToken cancellationToken = default);
}

public sealed class HelpdeskCase
{
    public Guid Id { get; set; }

    public string? Title { get; set; }
}

[InMemoryFake]
public interface IHelpdeskCaseRepository
{
    Task<Guid> UpsertAsync(HelpdeskCase ticket);

    Task<Guid[]> AddBatchAsync(IEnumerable<HelpdeskCase> tickets);

    Task<HelpdeskCase?> GetAsync(Guid id);
}

public sealed class KeyReturningBatchTests
{
    [Fact]
    public async Task An_upsert_that_returns_the_key_type_returns_the_records_key_on_insert_and_on_replace()
    {
        IHotelRecords hotels = new InMemoryHotelRecords();
        Assert.Equal(7UL, await hotels.UpsertAsync(new HotelRecord { HotelId = 7, HotelName = "Seaside" }, TestContext.Current.CancellationToken));
        Assert.Equal(7UL, await hotels.UpsertAsync(new HotelRecord { HotelId = 7, HotelName = "Seaside Inn" }, TestContext.Current.CancellationToken));
        Assert.Equal("Seaside Inn", (await hotels.GetAsync(7, TestContext.Current.CancellationToken))?.HotelName);
        Assert.Single(await hotels.GetAllAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_batch_upsert_returns_the_keys_in_the_order_of_the_records_given()
    {
        IHotelRecords hotels = new InMemoryHotelRecords();
        await hotels.UpsertAsync(new HotelRecord { HotelId = 2, HotelName = "Old" }, TestContext.Current.CancellationToken);
        var keys = await hotels.UpsertBatchAsync([new HotelRecord { HotelId = 3, HotelName = "C" }, new HotelRecord { HotelId = 2, HotelName = "B" }, new HotelRecord { HotelId = 1, HotelName = "A" }], TestContext.Current.CancellationToken);
        Assert.Equal(new ulong[] { 3, 2, 1 }, keys);
        Assert.Equal("B", (await hotels.GetAsync(2, TestContext.Current.CancellationToken))?.HotelName);
        Assert.Equal(3, (await hotels.GetAllAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task A_delete_given_a_collection_of_keys_removes_each_record_and_ignores_missing_ones()
    {
        IHotelRecords hotels = new InMemoryHotelRecords();
        await hotels.UpsertBatchAsync([new HotelRecord { HotelId = 1 }, new HotelRecord { HotelId = 2 }, new HotelRecord { HotelId = 3 }, new HotelRecord { HotelId = 4 }], TestContext.Current.CancellationToken);
        await hotels.DeleteAsync([1UL, 9UL], TestContext.Current.CancellationToken);
        Assert.Null(await hotels.GetAsync(1, TestContext.Current.CancellationToken));
        Assert.Equal(2, await hotels.DeleteBatchAsync([2UL, 3UL, 42UL], TestContext.Current.CancellationToken));
        Assert.Equal(new ulong[] { 4 }, (await hotels.GetAllAsync(TestContext.Current.CancellationToken)).Select(static h => h.HotelId));
        await hotels.DeleteAsync(4, TestContext.Current.CancellationToken);
        Assert.Empty(await hotels.GetAllAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_null_collection_of_keys_is_rejected_by_name_and_leaves_the_store_unchanged()
    {
        IHotelRecords hotels = new InMemoryHotelRecords();
        await hotels.UpsertAsync(new HotelRecord { HotelId = 1 }, TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => hotels.DeleteAsync((IEnumerable<ulong>)null!, TestContext.Current.CancellationToken));
        Assert.Equal("keys", error.ParamName);
        Assert.NotNull(await hotels.GetAsync(1, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Generated_keys_come_back_from_a_key_returning_upsert_and_batch_add()
    {
        IHelpdeskCaseRepository tickets = new InMemoryHelpdeskCaseRepository();
        var single = await tickets.UpsertAsync(new HelpdeskCase { Title = "one" });
        Assert.NotEqual(Guid.Empty, single);
        Assert.Equal("one", (await tickets.GetAsync(single))?.Title);

        var keys = await tickets.AddBatchAsync([new HelpdeskCase { Title = "two" }, new HelpdeskCase { Title = "three" }]);
        Assert.Equal(2, keys.Length);
        Assert.Equal("two", (await tickets.GetAsync(keys[0]))?.Title);
        Assert.Equal("three", (await tickets.GetAsync(keys[1]))?.Title);
    }
}
