using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>What a store is decided from all its members together, and a refusal names its real cause.</summary>
public class ClassificationTests
{
    [Fact]
    public void A_parameter_that_is_no_time_to_live_is_named_as_the_cause()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Regions;

            [InMemoryFake]
            public interface ICategoryCache
            {
                string? Get(string key);
                void Set(string key, string value, string category, TimeSpan ttl);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", d.Id);
        Assert.StartsWith("'Set' of ICategoryCache matches no key-value store convention: its parameter 'category' is not a time to live (a TimeSpan named ttl/expiry/expiration/expiresIn/timeToLive/lifetime/validFor/cacheDuration/sliding", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_times_to_live_are_named_together()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Twice;

            [InMemoryFake]
            public interface ITwice
            {
                void Set(string key, string value, TimeSpan ttl, DateTimeOffset expiresAt);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Contains("it takes more than one time-to-live parameter ('ttl' and 'expiresAt')", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_is_blamed_on_the_stored_entity_not_on_a_filter_parameter()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Grants;

            public class PersistedGrant
            {
                public string Key { get; set; } = "";
                public string SubjectId { get; set; } = "";
            }

            public class PersistedGrantFilter
            {
                public string? SubjectId { get; set; }
            }

            [InMemoryFake]
            public interface IPersistedGrantStore
            {
                Task StoreAsync(PersistedGrant grant);
                Task<PersistedGrant?> GetAsync(string key);
                Task<IEnumerable<PersistedGrant>> GetAllAsync(PersistedGrantFilter filter);
                Task RemoveAsync(string key);
                Task RemoveAllAsync(PersistedGrantFilter filter);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0009", d.Id);
        Assert.Equal("Entity type 'PersistedGrant' used by IPersistedGrantStore has no key; mark the key property with [Key] or [FakeKey], or name it Id or PersistedGrantId", d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_record_struct_key_of_a_key_value_store_is_not_taken_for_an_entity()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Keys;

            public readonly record struct CacheKey(string Tenant, string Id);

            [InMemoryFake]
            public interface IScopedCache
            {
                string? Get(CacheKey key);
                void Set(CacheKey key, string value, TimeSpan? ttl = null);
                bool Remove(CacheKey key);
            }
            """);

        Assertions.Clean(run);
        Assert.Contains("KeyValueTable<global::Keys.CacheKey, string>", run.Source("IScopedCache.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_delete_of_an_entity_still_makes_a_repository_when_other_members_agree()
    {
        var run = GeneratorHarness.Run(Sources.UserEntity + """

            [InMemoryFake]
            public interface IUserRemover
            {
                User? Find(int id);
                void Remove(User user);
            }
            """);

        Assertions.Clean(run);
        Assert.Contains("EntityTable<int, global::MyApp.User>", run.Source("IUserRemover.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }
}
