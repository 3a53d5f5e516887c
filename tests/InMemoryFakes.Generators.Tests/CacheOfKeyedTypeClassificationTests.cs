using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A write of a value under a key given beside it, for a time to live, makes a cache of that type even when the type has
/// a key of its own (Duende IdentityServer's ICache&lt;Client&gt;); a key beside an entity without a time to live does not.
/// </summary>
public class CacheOfKeyedTypeClassificationTests
{
    private const string Client = """
        #nullable enable
        namespace Caches;

        public class Client
        {
            public string ClientId { get; set; } = "";

            public string? ClientName { get; set; }
        }

        """;

    [Fact]
    public void A_timed_write_under_a_given_key_makes_a_key_value_cache_of_a_type_with_its_own_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Client + """
            [InMemoryFake]
            public interface IClientCache
            {
                Task<Client?> GetAsync(string key);

                Task<Client> GetOrAddAsync(string key, TimeSpan duration, Func<Task<Client>> get);

                Task SetAsync(string key, Client item, TimeSpan expiration);

                Task RemoveAsync(string key);
            }
            """);

        Assertions.Clean(run);
        var source = run.Source("IClientCache.InMemoryFake.g.cs");
        Assert.Contains("KeyValueTable<string, global::Caches.Client>", source, System.StringComparison.Ordinal);
        Assert.Contains("Expiration.After(duration)", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_under_a_given_key_without_a_time_to_live_stays_an_entity_repository_whose_write_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Client + """
            [InMemoryFake]
            public interface IClientStore
            {
                Task<Client?> GetAsync(string clientId);

                Task SetAsync(string clientId, Client item);

                Task RemoveAsync(string clientId);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", d.Id);
        Assert.StartsWith("'SetAsync' of IClientStore matches no entity repository convention: 'Set' is not a known verb", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("EntityTable<", run.Source("IClientStore.InMemoryFake.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_to_live_before_a_parameter_that_is_no_factory_names_that_parameter()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Client + """
            [InMemoryFake]
            public interface IClientCache
            {
                Task<Client?> GetAsync(string key);

                Task<Client> GetOrAddAsync(string key, TimeSpan duration, string fallbackName);

                Task SetAsync(string key, Client item, TimeSpan expiration);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", d.Id);
        Assert.Contains("'GetOrAddAsync' of IClientCache matches no key-value store convention: its parameter 'duration' is not a factory of the value", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
