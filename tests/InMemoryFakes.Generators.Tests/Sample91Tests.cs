using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample91 (session 32), an out-of-sample round on Dapper-based data access. Dapper.DDD.Repository's weather sample
/// keys <c>WeatherStation</c> by <c>int Id { get; private init; }</c>, an IDENTITY column: the fake stored every new
/// station under 0 (a private init accessor was not a writer, where a private setter is), so the second insert was the
/// duplicate-key error. A private or protected init accessor is now written through an UnsafeAccessor as a private
/// setter is, so such a key is numbered. And <c>NameInUseAsync(name)</c> asks what <c>IsNameInUse(name)</c> asks: whether
/// some station has the name; of the key it is refused (a category in use is one other rows point at).
/// </summary>
public class Sample91Tests
{
    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    private const string Stations = """
        namespace V;

        public record Address
        {
            public string Street { get; init; } = default!;
            public string City { get; init; } = default!;
        }

        public class WeatherStation
        {
            public int Id { get; private init; }
            public string Name { get; set; } = default!;
            public Address Address { get; set; } = default!;
        }

        [InMemoryFake]
        public interface IWeatherStationRepository
        {
            Task<WeatherStation?> DeleteAsync(int id, CancellationToken cancellationToken = default);
            Task<WeatherStation?> GetAsync(int id, CancellationToken cancellationToken = default);
            Task<IEnumerable<WeatherStation>> GetAllAsync(CancellationToken cancellationToken = default);
            Task<WeatherStation> InsertAsync(WeatherStation aggregate, CancellationToken cancellationToken = default);
            Task<WeatherStation?> UpdateAsync(WeatherStation aggregate, CancellationToken cancellationToken = default);
            Task<WeatherStation> UpsertAsync(WeatherStation aggregate, CancellationToken cancellationToken = default);
            Task<bool> NameInUseAsync(string name, CancellationToken cancellationToken);
        }
        """;

    [Fact]
    public void A_key_with_a_private_init_accessor_is_numbered_on_insert_and_upsert()
    {
        var run = Run(Stations);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                private static WeatherStation Station(string name) => new() { Name = name, Address = new Address { Street = "Stationsvej 1", City = name } };

                public static void Run()
                {
                    IWeatherStationRepository stations = new InMemoryWeatherStationRepository();
                    var aarhus = stations.InsertAsync(Station("Aarhus")).GetAwaiter().GetResult();
                    var odense = stations.InsertAsync(Station("Odense")).GetAwaiter().GetResult();
                    Is(1, aarhus.Id, "the first station is numbered 1, as an IDENTITY column numbers it");
                    Is(2, odense.Id, "the second 2, where before it was the duplicate-key error of a second 0");
                    Is("Odense", stations.GetAsync(2).GetAwaiter().GetResult()?.Name, "GetAsync reads a station by its number");
                    Is("Odense", stations.DeleteAsync(2).GetAwaiter().GetResult()?.Name, "DeleteAsync answers the station it deleted");
                    Is(3, stations.UpsertAsync(Station("Vejle")).GetAwaiter().GetResult().Id, "an upsert of a new station numbers it too, past a deleted number");
                    Is(2, new List<WeatherStation>(stations.GetAllAsync().GetAwaiter().GetResult()).Count, "two stations are stored");
                }
            }
            """);
    }

    [Fact]
    public void A_Guid_key_with_a_protected_init_accessor_is_generated_on_add()
    {
        var run = Run("""
            namespace V;

            public abstract class Entity
            {
                public Guid Id { get; protected init; }
            }

            public class Sensor : Entity
            {
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface ISensorRepository
            {
                void Add(Sensor sensor);
                Sensor? Get(Guid id);
                IReadOnlyList<Sensor> GetAll();
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ISensorRepository sensors = new InMemorySensorRepository();
                    var first = new Sensor { Name = "north" };
                    var second = new Sensor { Name = "south" };
                    sensors.Add(first);
                    sensors.Add(second);
                    Is(true, first.Id != Guid.Empty && second.Id != Guid.Empty && first.Id != second.Id, "each new sensor gets a new GUID, written through the protected init accessor");
                    Is("south", sensors.Get(second.Id)?.Name, "and is read back by it");
                    Is(2, sensors.GetAll().Count, "both are stored, where before the second Guid.Empty was the duplicate-key error");
                }
            }
            """);
    }

    [Fact]
    public void A_property_in_use_or_taken_asks_whether_some_entity_has_the_value()
    {
        var run = Run("""
            namespace V;

            public class User
            {
                public int Id { get; set; }
                public string Email { get; set; } = "";
                public string UserName { get; set; } = "";
            }

            [InMemoryFake]
            public interface IUserRepository
            {
                void Add(User user);
                bool EmailInUse(string email);
                Task<bool> UserNameTakenAsync(string userName);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IUserRepository users = new InMemoryUserRepository();
                    Is(false, users.EmailInUse("ada@example.org"), "no user has the address yet");
                    users.Add(new User { Email = "ada@example.org", UserName = "ada" });
                    Is(true, users.EmailInUse("ada@example.org"), "EmailInUse is true once a user has it");
                    Is(false, users.EmailInUse("bob@example.org"), "and false for an address no user has");
                    Is(true, users.UserNameTakenAsync("ada").GetAwaiter().GetResult(), "UserNameTakenAsync asks the same of UserName");
                    Is(false, users.UserNameTakenAsync("bob").GetAwaiter().GetResult(), "a free name is not taken");
                }
            }
            """);
    }

    [Fact]
    public void The_key_in_use_is_refused_since_it_means_other_rows_point_at_it()
    {
        var run = Run("""
            namespace V;

            public class Category
            {
                public int CategoryId { get; set; }
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface ICategoryRepository
            {
                void Add(Category category);
                Category? Get(int categoryId);
                bool CategoryIdInUse(int categoryId);
            }
            """);

        Refusals.Exactly(
            run,
            ("CategoryIdInUse", "'CategoryIdInUse' asks whether the CategoryId it is given is in use, and of the key that means other rows point at it (a category in use by products), which no signature shows"));
    }
}
