using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A bare list verb followed by a neutral plural (<c>GetItems</c>, <c>FindRecords</c>, <c>LoadEntries</c>) with no
/// parameters and a list of the entity lists every entity, as <c>Get()</c> with a list result and <c>GetAllItems()</c> do
/// (h-sample43's round: openhack-devops-proctor's <c>IBaseStore&lt;Trip&gt;.GetItemsAsync()</c> was "not a known verb").
/// </summary>
public class NeutralPluralListTests
{
    private const string Trips = Sources.Usings + """
        #nullable enable
        namespace Trips;

        public class Trip
        {
            public string Id { get; set; } = "";
            public string Name { get; set; } = "";
        }

        """;

    [Fact]
    public void GetItems_and_FindRecords_with_no_parameters_list_every_entity()
    {
        var run = GeneratorHarness.Run(Trips + """
            [InMemoryFake]
            public interface ITripStore
            {
                Task<Trip?> GetItemAsync(string id);
                Task<List<Trip>> GetItemsAsync();
                IReadOnlyList<Trip> FindRecords();
                Task AddAsync(Trip trip);
                Task DeleteAsync(string id);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Trips;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var trips = new InMemoryTripStore();
                    Is(0, trips.GetItemsAsync().GetAwaiter().GetResult().Count, "GetItemsAsync of an empty store is empty");
                    trips.AddAsync(new Trip { Id = "a", Name = "Morning" }).GetAwaiter().GetResult();
                    trips.AddAsync(new Trip { Id = "b", Name = "Evening" }).GetAwaiter().GetResult();
                    Is("a,b", string.Join(",", trips.GetItemsAsync().GetAwaiter().GetResult().Select(t => t.Id).OrderBy(i => i)), "GetItemsAsync lists every trip");
                    Is(2, trips.FindRecords().Count, "and so does FindRecords");
                    trips.DeleteAsync("a").GetAwaiter().GetResult();
                    Is("b", trips.GetItemsAsync().GetAwaiter().GetResult().Single().Id, "a removed trip is no longer listed");
                }
            }
            """);
    }

    [Fact]
    public void GetItems_with_a_parameter_is_still_refused()
    {
        var run = GeneratorHarness.Run(Trips + """
            [InMemoryFake]
            public interface ITrips
            {
                Task<Trip?> GetItemAsync(string id);
                Task AddAsync(Trip trip);
                Task<List<Trip>> GetItemsAsync(string userId);
            }
            """);

        var message = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001").GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("'GetItemsAsync' of ITrips", message, StringComparison.Ordinal);
    }
}
