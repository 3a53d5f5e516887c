using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A key property declared as a nullable value (<c>public int? Id</c>, an EF Core identity in Microsoft Learn's RealEstate
/// sample) is keyed by its underlying type: the generated key reader returned the <c>int?</c> where the table is keyed by
/// <c>int</c>, and the fake did not compile (CS0266).
/// </summary>
public class NullableValueKeyTests
{
    [Fact]
    public void A_nullable_int_long_or_Guid_key_property_generates_clean_code()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Listings;

            public class Listing { public int? Id { get; set; } public string Name { get; set; } = ""; }
            public class Ticket { public long? Id { get; set; } }
            public class Badge { public Guid? Id { get; set; } }
            public class Seat { public int? Row { get; set; } public int Number { get; set; } }

            [InMemoryFake]
            public interface IListings
            {
                Task<Listing> UpsertListing(Listing listing);
                Task<Listing?> GetListing(int id);
                Task<Listing?> DeleteListing(int id);
            }

            [InMemoryFake]
            public interface ITickets { Ticket Add(Ticket ticket); Ticket? Find(long id); bool Update(Ticket ticket); }

            [InMemoryFake]
            public interface IBadges { Badge Add(Badge badge); Badge? Find(Guid id); }

            [InMemoryFake(Key = "Row, Number")]
            public interface ISeats { Seat Add(Seat seat); Seat? Find(int row, int number); }
            """);

        Assertions.Clean(run);
        Assert.Contains("static e => e.Id.GetValueOrDefault()", run.Source("IListings.InMemoryFake.g.cs"), System.StringComparison.Ordinal);
    }
}
