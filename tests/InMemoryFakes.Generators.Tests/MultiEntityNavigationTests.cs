using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Navigations between the tables of a repository of several entity types: a <c>bool include{Navigation}</c> flag loads the
/// navigation from the other table, as EF Core's <c>Include</c> does over one <c>DbContext</c>, where the foreign key is
/// provable, and is refused where it is not (docs/generator.md, "Repositories of several entity types").
/// </summary>
public class MultiEntityNavigationTests
{
    private const string Model = Sources.Usings + """
        namespace Cities;
        public class City { public int Id { get; set; } public string Name { get; set; } = "";
            public ICollection<PointOfInterest> PointsOfInterest { get; set; } = new List<PointOfInterest>(); }
        public class PointOfInterest { public int Id { get; set; } public string Name { get; set; } = ""; public int CityId { get; set; } public City? City { get; set; } }

        """;

    // Pluralsight's CityInfo course repository, copied thousands of times: its real implementation is EF Core over one DbContext.
    private const string CityInfo = Model + """
        public interface ICityInfoRepository
        {
            Task<IEnumerable<City>> GetCitiesAsync(bool includePointsOfInterest);
            Task<City?> GetCityAsync(int cityId, bool includePointsOfInterest);
            Task<bool> CityExistsAsync(int cityId);
            Task<IEnumerable<PointOfInterest>> GetPointsOfInterestForCityAsync(int cityId);
            Task<PointOfInterest?> GetPointOfInterestForCityAsync(int cityId, int pointOfInterestId);
            Task<PointOfInterest?> GetPointOfInterestAsync(int pointOfInterestId, bool includeCity = false);
            Task AddPointOfInterestForCityAsync(int cityId, PointOfInterest pointOfInterest);
            void DeletePointOfInterest(PointOfInterest pointOfInterest);
            Task<int> SaveChangesAsync();
        }
        [InMemoryFake(typeof(ICityInfoRepository))] public partial class FakeCityInfo { }
        """;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void An_include_flag_loads_the_children_from_their_table_and_false_leaves_them_not_loaded()
    {
        // Before h-graph GetCityAsync(cityId, includePointsOfInterest) was IMF0001 ("names neither the key nor a property").
        var run = GeneratorHarness.Run(CityInfo);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Cities;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var repository = new FakeCityInfo();
                    // The seeded city carries a point of interest in its navigation that is no row of the points' table.
                    var antwerp = new City { Id = 2, Name = "Antwerp" };
                    antwerp.PointsOfInterest.Add(new PointOfInterest { Id = 99, Name = "Not a row" });
                    Fakes.Of(repository).Seed(new City { Id = 1, Name = "New York City" }, antwerp);
                    repository.AddPointOfInterestForCityAsync(2, new PointOfInterest { Id = 5, Name = "Cathedral" }).GetAwaiter().GetResult();
                    repository.AddPointOfInterestForCityAsync(2, new PointOfInterest { Id = 6, Name = "Rubens House" }).GetAwaiter().GetResult();
                    repository.AddPointOfInterestForCityAsync(1, new PointOfInterest { Id = 7, Name = "Central Park" }).GetAwaiter().GetResult();
                    Expect.Is(3, repository.SaveChangesAsync().GetAwaiter().GetResult(), "three points written");

                    var loaded = repository.GetCityAsync(2, true).GetAwaiter().GetResult()!;
                    Expect.Is("Cathedral,Rubens House", string.Join(",", loaded.PointsOfInterest.Select(p => p.Name).OrderBy(n => n)), "true: the rows whose CityId is the city's key, as Include(c => c.PointsOfInterest)");
                    Expect.Is(0, repository.SaveChangesAsync().GetAwaiter().GetResult(), "loading a navigation is no change the save writes");

                    var other = new FakeCityInfo(Fakes.Of(repository).Backend);
                    var notLoaded = other.GetCityAsync(2, false).GetAwaiter().GetResult()!;
                    Expect.Is(0, notLoaded.PointsOfInterest.Count, "false: not loaded, an empty collection as in a fresh DbContext");

                    var cities = other.GetCitiesAsync(true).GetAwaiter().GetResult().OrderBy(c => c.Id).ToList();
                    Expect.Is("1:Central Park|2:Cathedral,Rubens House", string.Join("|", cities.Select(c => c.Id + ":" + string.Join(",", c.PointsOfInterest.Select(p => p.Name).OrderBy(n => n)))), "a list read loads each city's points");
                    Expect.Is(0, other.GetCitiesAsync(false).GetAwaiter().GetResult().Sum(c => c.PointsOfInterest.Count), "a list read without the flag loads none");

                    // The loaded points are the tracked entities of their table: a change through the navigation is saved, as EF Core's.
                    var tracked = new FakeCityInfo(Fakes.Of(repository).Backend);
                    tracked.GetCityAsync(1, true).GetAwaiter().GetResult()!.PointsOfInterest.Single().Name = "The Park";
                    Expect.Is(1, tracked.SaveChangesAsync().GetAwaiter().GetResult(), "the point changed through the navigation is written, the city is not");
                    Expect.Is("The Park", tracked.GetPointOfInterestForCityAsync(1, 7).GetAwaiter().GetResult()?.Name, "stored");
                }
            }
            """);
    }

    [Fact]
    public void An_include_flag_naming_a_reference_loads_the_parent_row_its_foreign_key_names()
    {
        var run = GeneratorHarness.Run(CityInfo);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using Cities;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var repository = new FakeCityInfo();
                    Fakes.Of(repository).Seed(new City { Id = 1, Name = "New York City" });
                    repository.AddPointOfInterestForCityAsync(1, new PointOfInterest { Id = 7, Name = "Central Park" }).GetAwaiter().GetResult();
                    repository.SaveChangesAsync().GetAwaiter().GetResult();
                    var point = repository.GetPointOfInterestAsync(7, includeCity: true).GetAwaiter().GetResult()!;
                    Expect.Is("New York City", point.City?.Name, "true: the City row whose key is the point's CityId");
                    var other = new FakeCityInfo(Fakes.Of(repository).Backend);
                    Expect.Is(null, other.GetPointOfInterestAsync(7).GetAwaiter().GetResult()!.City, "false (the default): not loaded, null");
                    Expect.Is(0, repository.SaveChangesAsync().GetAwaiter().GetResult(), "nothing to write");
                }
            }
            """);
    }

    [Fact]
    public void Without_a_save_the_flag_loads_copies_of_the_rows()
    {
        var run = GeneratorHarness.Run(Model + """
            public interface ICityStore
            {
                Task<City?> GetCityAsync(int cityId, bool includePointsOfInterest);
                Task AddCityAsync(City city);
                Task AddPointOfInterestAsync(PointOfInterest point);
            }
            [InMemoryFake(typeof(ICityStore))] public partial class FakeCityStore { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Cities;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var store = new FakeCityStore();
                    store.AddCityAsync(new City { Id = 1, Name = "Ghent" }).GetAwaiter().GetResult();
                    store.AddPointOfInterestAsync(new PointOfInterest { Id = 3, Name = "Belfry", CityId = 1 }).GetAwaiter().GetResult();
                    store.AddPointOfInterestAsync(new PointOfInterest { Id = 4, Name = "Elsewhere", CityId = 2 }).GetAwaiter().GetResult();
                    var city = store.GetCityAsync(1, true).GetAwaiter().GetResult()!;
                    Expect.Is("Belfry", city.PointsOfInterest.Single().Name, "the city's row of the points' table");
                    city.PointsOfInterest.Single().Name = "Changed";
                    Expect.Is("Belfry", store.GetCityAsync(1, true).GetAwaiter().GetResult()!.PointsOfInterest.Single().Name, "a copy: the stored row is unchanged");
                    Expect.Is(0, store.GetCityAsync(1, false).GetAwaiter().GetResult()!.PointsOfInterest.Count, "false: not loaded");
                }
            }
            """);
    }

    [Fact]
    public void A_navigation_to_another_table_without_a_provable_foreign_key_is_refused()
    {
        // The point names its city by CityCode, which is not the city's key type: which rows belong to the city is not proven.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Cities;
            public class City { public int Id { get; set; } public ICollection<PointOfInterest> PointsOfInterest { get; set; } = new List<PointOfInterest>(); }
            public class PointOfInterest { public int Id { get; set; } public string CityCode { get; set; } = ""; public City? Owner { get; set; } }
            public interface ICityInfoRepository
            {
                Task<City?> GetCityAsync(int cityId, bool includePointsOfInterest = false);
                Task AddCityAsync(City city);
                Task AddPointOfInterestAsync(PointOfInterest point);
            }
            [InMemoryFake(typeof(ICityInfoRepository))] public partial class FakeCityInfo { }
            """);
        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Equal(
            "'GetCityAsync' of ICityInfoRepository matches no entity repository convention: its flag 'includePointsOfInterest' asks for the navigation 'PointsOfInterest' of City, which a real store loads from the PointOfInterest table,"
            + " but no property of PointOfInterest is provably its foreign key to City (CityId or CityKey of the type of City.Id, or the same after its one City navigation)."
            + " Implement it in the partial class FakeCityInfo, where ((IInMemoryFake)this).Core.Intercept(nameof(GetCityAsync), cityId, includePointsOfInterest) joins the call log and fault injection; this fake keeps a table per entity type and has no Store property (docs/generator.md#repositories-of-several-entity-types).",
            Message(refused));

        // The foreign key after the point's one City navigation (OwnerId) proves the link.
        var proven = GeneratorHarness.Run(Sources.Usings + """
            namespace Cities;
            public class City { public int Id { get; set; } public ICollection<PointOfInterest> PointsOfInterest { get; set; } = new List<PointOfInterest>(); }
            public class PointOfInterest { public int Id { get; set; } public int OwnerId { get; set; } public City? Owner { get; set; } }
            public interface ICityInfoRepository
            {
                Task<City?> GetCityAsync(int cityId, bool includePointsOfInterest = false);
                Task AddCityAsync(City city);
                Task AddPointOfInterestAsync(PointOfInterest point);
            }
            [InMemoryFake(typeof(ICityInfoRepository))] public partial class FakeCityInfo { }
            """);
        Assertions.Clean(proven);
        Assert.Contains("__x.OwnerId", string.Concat(proven.Sources.Values), System.StringComparison.Ordinal);
    }
}
