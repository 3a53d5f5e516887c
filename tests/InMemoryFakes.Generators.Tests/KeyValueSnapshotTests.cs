using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>The generated source of the key-value shapes of real stores, compared with approved files; each compiles clean.</summary>
public class KeyValueSnapshotTests
{
    [Fact]
    public void Cache_with_regions_indexers_items_and_tags()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Caches;

            public sealed class CacheItem<T>
            {
                public CacheItem(string key, string? region, T value) { Key = key; Region = region; Value = value; }
                public string Key { get; }
                public string? Region { get; }
                public T Value { get; }
            }

            [InMemoryFake]
            public interface IRegionCache : IDisposable
            {
                string? this[string key] { get; set; }
                string? this[string key, string region] { get; set; }
                string? Get(string key, string region);
                CacheItem<string>? GetCacheItem(string key);
                bool Add(CacheItem<string> item);
                void Put(string key, string value, string region);
                void ClearRegion(string region);
            }

            [InMemoryFake]
            public interface IOutputStore
            {
                ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken);
                ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken);
                ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken);
            }
            """);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Stores_with_made_up_keys_single_values_batches_and_wrappers()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Stores;

            public sealed class Grant { public string SubjectId { get; set; } = ""; public string ClientId { get; set; } = ""; }

            public sealed class Settings { public string BaseUrl { get; set; } = ""; }

            public sealed class CacheValue<T>
            {
                public CacheValue(T value, bool hasValue) { Value = value; HasValue = hasValue; }
                public T Value { get; }
                public bool HasValue { get; }
                public static CacheValue<T> NoValue { get; } = new(default!, false);
            }

            [InMemoryFake]
            public interface IGrantStore
            {
                Task<string> StoreGrantAsync(Grant grant);
                Task<Grant?> GetGrantAsync(string handle);
                Task RemoveGrantsAsync(string subjectId, string clientId);
            }

            [InMemoryFake]
            public interface ISettingsDocument
            {
                Settings? Get();
                void Set(Settings settings);
            }

            [InMemoryFake]
            public interface IObjectCache
            {
                CacheValue<T> Get<T>(string key);
                Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);
                void SetAll<T>(IDictionary<string, T> values, TimeSpan expiration);
                Task<CacheValue<T>> GetOrAddAsync<T>(string key, Func<Task<T>> factory, TimeSpan expiration, CancellationToken cancellationToken = default);
                void RemoveByPrefix(string prefix);
            }
            """);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Cache_with_entry_factories_a_policy_and_a_settings_property()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace EntryCaches;

            public interface ICacheItemEntry : IDisposable
            {
                object Key { get; }
                object? Value { get; set; }
                DateTimeOffset? AbsoluteExpiration { get; set; }
                TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }
                TimeSpan? SlidingExpiration { get; set; }
                IList<string> ChangeTokens { get; }
            }

            public sealed class ItemPolicy
            {
                public DateTimeOffset? AbsoluteExpiration { get; set; }
                public TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }
                public TimeSpan? SlidingExpiration { get; set; }
                public IList<string> ChangeTokens { get; } = new List<string>();
            }

            public class CacheDefaults
            {
                public virtual int DefaultCacheDurationSeconds { get; set; } = 60 * 20;
            }

            [InMemoryFake]
            public interface IAppCache
            {
                CacheDefaults DefaultCachePolicy { get; }
                T? Get<T>(string key);
                T GetOrAdd<T>(string key, Func<ICacheItemEntry, T> addItemFactory, ItemPolicy policy);
                Task<T> GetOrAddAsync<T>(string key, Func<ICacheItemEntry, Task<T>> addItemFactory);
            }
            """);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }
}
