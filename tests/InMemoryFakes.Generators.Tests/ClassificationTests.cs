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
        Assert.StartsWith("'Set' of ICategoryCache matches no key-value store convention: its parameter 'category' (string) cannot be a time to live (a TimeSpan, a number of seconds, a point in time or an options object), the only thing a key-value store takes there: what it means is the real store's own", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
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
                Task RemoveAllAsync(PersistedGrantFilter filter);
            }
            """);

        // No removal by 'key' beside the read: nothing proves Key is the key (see the next tests), so it is IMF0009.
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0009", d.Id);
        Assert.Equal("Entity type 'PersistedGrant' used by IPersistedGrantStore has no key; mark the key property with [Key] or [FakeKey], name it Id or PersistedGrantId, or name it with Key = \"…\" on [InMemoryFake] (a type you do not own); if no property identifies a stored PersistedGrant (the store keeps repeats, holds one value, or computes what it returns), no key fits: write IPersistedGrantStore by hand", d.GetMessage(CultureInfo.InvariantCulture));
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

            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IUserRemover
            {
                User? Find(int id);
                void Remove(User user);
            }
            """);

        Assertions.Clean(run);
        Assert.Contains("EntityTable<int, global::MyApp.User>", run.Source("IUserRemover.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    private const string Grant = Sources.Usings + """
        namespace Grants;

        public class PersistedGrant
        {
            public string Key { get; set; } = "";
            public string SubjectId { get; set; } = "";
            public string ClientId { get; set; } = "";
        }

        """;

    [Fact]
    public void A_key_the_interface_reads_one_entity_by_and_removes_by_keys_an_entity_without_a_conventional_key()
    {
        var run = GeneratorHarness.Run(Grant + """
            [InMemoryFake]
            public interface IPersistedGrantStore
            {
                Task StoreAsync(PersistedGrant grant);
                Task<PersistedGrant?> GetAsync(string key);
                Task RemoveAsync(string key);
            }
            """);

        Assertions.Clean(run);
        Assert.Contains("EntityTable<string, global::Grants.PersistedGrant>", run.Source("IPersistedGrantStore.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_and_a_removal_by_different_properties_prove_no_key()
    {
        // GetAsync(key) and RemoveAsync(subjectId): neither set is both read by and removed by, so which is the key is not said.
        var run = GeneratorHarness.Run(Grant + """
            [InMemoryFake]
            public interface IPersistedGrantStore
            {
                Task StoreAsync(PersistedGrant grant);
                Task<PersistedGrant?> GetAsync(string key);
                Task RemoveAsync(string subjectId);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0009", d.Id);
    }

    [Fact]
    public void Two_identifying_property_sets_prove_no_key_of_an_entity_without_one()
    {
        var run = GeneratorHarness.Run(Grant + """
            [InMemoryFake]
            public interface IPersistedGrantStore
            {
                Task StoreAsync(PersistedGrant grant);
                Task<PersistedGrant?> GetAsync(string key);
                Task RemoveAsync(string key);
                Task<PersistedGrant?> GetByClientIdAsync(string clientId);
                Task RemoveByClientIdAsync(string clientId);
            }
            """);

        Assert.Equal("IMF0009", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void A_cache_item_with_a_Key_property_stays_a_key_value_store()
    {
        // GetCacheItem(key) + Remove(key) would prove Key a key, but the rule only answers where IMF0009 would: a time to
        // live says key-value, so the store stays key-value and its items are built from the entries.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Items;

            public class CacheItem
            {
                public CacheItem(string key, string value) { Key = key; Value = value; }
                public string Key { get; }
                public string Value { get; }
            }

            [InMemoryFake]
            public interface IItemCache
            {
                bool Add(CacheItem item);
                void Set(string key, string value, TimeSpan ttl);
                CacheItem? GetCacheItem(string key);
                bool Remove(string key);
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0009");
        Assert.True(run.Sources.Any(static s => s.Key.EndsWith("IItemCache.InMemoryFake.g.cs", StringComparison.Ordinal)), run.Describe());
        var source = run.Source("IItemCache.InMemoryFake.g.cs");
        Assert.Contains("KeyValueTable<string, ", source, StringComparison.Ordinal);
        Assert.DoesNotContain("EntityTable<", source, StringComparison.Ordinal);
    }
}
