using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// A read side written apart from the writes (CQRS query repositories, reporting stores): no member adds an Order, yet
// every member lists, counts or changes orders by their properties. It is an entity repository over Order (keyed by Id),
// not a key-value store whose members all fail to parse; the test seeds it as users seed read-only fakes.
public enum ParcelState
{
    New,
    Paid,
    Shipped,
}

public sealed class Parcel
{
    public Guid Id { get; set; }

    public int CustomerId { get; set; }

    public ParcelState State { get; set; }
}

[InMemoryFake]
public interface IParcelQueries
{
    Task<IEnumerable<Parcel>> GetParcelsByCustomerAsync(int customerId);

    Task<IReadOnlyList<Parcel>> ListByStateAsync(ParcelState state);

    Task<int> CountByStateAsync(ParcelState state);

    Task UpdateStateAsync(Guid id, ParcelState state);
}

public sealed class QueryOnlyRepositoryTests
{
    private static readonly Guid First = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Second = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Third = new("00000000-0000-0000-0000-000000000003");

    private static InMemoryParcelQueries Seeded()
    {
        var parcels = new InMemoryParcelQueries();
        ((IInMemoryFake)parcels).Seed(
            new Parcel { Id = First, CustomerId = 7, State = ParcelState.New },
            new Parcel { Id = Second, CustomerId = 8, State = ParcelState.Paid },
            new Parcel { Id = Third, CustomerId = 7, State = ParcelState.Paid });
        return parcels;
    }

    [Fact]
    public async Task A_repository_without_writes_of_its_entity_queries_the_seeded_entities_by_their_properties()
    {
        IParcelQueries parcels = Seeded();

        Assert.Equal(new[] { First, Third }, (await parcels.GetParcelsByCustomerAsync(7)).Select(static s => s.Id).OrderBy(static id => id));
        Assert.Equal(new[] { Second, Third }, (await parcels.ListByStateAsync(ParcelState.Paid)).Select(static s => s.Id).OrderBy(static id => id));
        Assert.Equal(0, await parcels.CountByStateAsync(ParcelState.Shipped));
    }

    [Fact]
    public async Task Setting_one_field_by_key_changes_only_that_entity()
    {
        IParcelQueries parcels = Seeded();

        await parcels.UpdateStateAsync(Third, ParcelState.Shipped);

        Assert.Equal(1, await parcels.CountByStateAsync(ParcelState.Shipped));
        Assert.Equal(new[] { Second }, (await parcels.ListByStateAsync(ParcelState.Paid)).Select(static s => s.Id));
    }
}
