using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.NullableValueKey;

// An EF Core entity whose identity key is declared `int?` (Microsoft Learn's "live migrating to the cloud" RealEstate
// sample): null is "not numbered yet", as EF Core reads it, and the lookups take the plain `int`. Before the fix the
// generated key reader returned the `int?` where the table's key is `int`, and the fake did not compile (CS0266).
public sealed class Listing
{
    public int? Id { get; set; }

    public string Name { get; set; } = "";

    public float Price { get; set; }
}

[InMemoryFake]
public interface IListingRepository
{
    Task<Listing> UpsertListing(Listing listing);

    Task<Listing?> GetListing(int id);

    Task<Listing?> DeleteListing(int id);

    Task<List<Listing>> GetAllListings();
}

// A composite key with a nullable part reads that part the same way.
public sealed class Seat
{
    public int? Row { get; set; }

    public int Number { get; set; }

    public string Holder { get; set; } = "";
}

[InMemoryFake(Key = "Row, Number")]
public interface ISeatRepository
{
    Seat Add(Seat seat);

    Seat? Find(int row, int number);
}

public sealed class NullableValueKeyTests
{
    [Fact]
    public async Task A_null_int_key_is_numbered_on_insert_and_the_entity_is_found_by_its_number()
    {
        IListingRepository listings = new InMemoryListingRepository();

        var house = await listings.UpsertListing(new Listing { Name = "Sea house", Price = 300 });
        var flat = await listings.UpsertListing(new Listing { Name = "City flat", Price = 200 });

        Assert.Equal(1, house.Id);
        Assert.Equal(2, flat.Id);
        Assert.Equal("Sea house", (await listings.GetListing(1))?.Name);
        Assert.Null(await listings.GetListing(3));
    }

    [Fact]
    public async Task An_upsert_of_a_numbered_entity_updates_it_and_a_delete_by_number_removes_it()
    {
        IListingRepository listings = new InMemoryListingRepository();
        var flat = await listings.UpsertListing(new Listing { Name = "City flat", Price = 200 });

        flat.Price = 250;
        await listings.UpsertListing(flat);

        Assert.Equal(250f, (await listings.GetListing(flat.Id!.Value))?.Price);
        Assert.Single(await listings.GetAllListings());
        Assert.Equal("City flat", (await listings.DeleteListing(flat.Id.Value))?.Name);
        Assert.Empty(await listings.GetAllListings());
        Assert.Null(await listings.DeleteListing(flat.Id.Value));
    }

    [Fact]
    public async Task An_entity_given_its_own_number_keeps_it()
    {
        IListingRepository listings = new InMemoryListingRepository();

        var given = await listings.UpsertListing(new Listing { Id = 40, Name = "Given" });

        Assert.Equal(40, given.Id);
        Assert.Equal("Given", (await listings.GetListing(40))?.Name);
        Assert.Equal(new[] { 40 }, (await listings.GetAllListings()).Select(l => l.Id!.Value));
    }

    [Fact]
    public void A_composite_key_with_a_nullable_part_is_found_by_its_parts()
    {
        ISeatRepository seats = new InMemorySeatRepository();

        seats.Add(new Seat { Row = 3, Number = 7, Holder = "Ann" });

        Assert.Equal("Ann", seats.Find(3, 7)?.Holder);
        Assert.Null(seats.Find(3, 8));
        Assert.Throws<DuplicateKeyException>(() => seats.Add(new Seat { Row = 3, Number = 7, Holder = "Bob" }));
    }
}
