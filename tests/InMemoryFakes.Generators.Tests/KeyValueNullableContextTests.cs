using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>The new key-value and blob shapes compile without a warning when their interface is declared under #nullable disable.</summary>
public class KeyValueNullableContextTests
{
    [Fact]
    public void Key_value_shapes_declared_under_nullable_disable_compile_warning_free()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace Oblivious;

            public class CacheValue<T>
            {
                public CacheValue(T value, bool hasValue) { Value = value; HasValue = hasValue; }
                public T Value { get; }
                public bool HasValue { get; }
                public static CacheValue<T> NoValue { get; } = new CacheValue<T>(default(T), false);
            }

            public class CacheItem<T>
            {
                public CacheItem(string key, string region, T value) { Key = key; Region = region; Value = value; }
                public string Key { get; }
                public string Region { get; }
                public T Value { get; }
            }

            public class Document { public string Title { get; set; } }

            [InMemoryFake]
            public interface IObjectCache : IDisposable
            {
                T Get<T>(string cacheKey);
                CacheValue<T> GetValue<T>(string cacheKey);
                Task SetAsync<T>(string cacheKey, T cacheValue, TimeSpan expiration, CancellationToken cancellationToken = default);
                bool TrySet<T>(string cacheKey, T cacheValue, TimeSpan expiration);
                void SetAll<T>(IDictionary<string, T> value, TimeSpan expiration);
                void RemoveAll(IEnumerable<string> cacheKeys);
                Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);
                CacheValue<T> Get<T>(string cacheKey, Func<T> dataRetriever, TimeSpan expiration);
                Task<CacheValue<T>> GetAsync<T>(string cacheKey, Func<Task<T>> dataRetriever, TimeSpan expiration, CancellationToken cancellationToken = default);
                bool TryGetValue<T>(string key, out T value);
                void RemoveByPrefix(string prefix);
            }

            [InMemoryFake]
            public interface IRegionCache
            {
                string this[string key] { get; set; }
                string this[string key, string region] { get; set; }
                string Get(string key);
                string Get(string key, string region);
                CacheItem<string> GetCacheItem(string key, string region);
                bool Add(CacheItem<string> item);
                void Put(string key, string value, string region);
                void ClearRegion(string region);
            }

            [InMemoryFake]
            public interface ISingleDocument
            {
                Document Get();
                void Set(Document document);
            }

            [InMemoryFake]
            public interface IDocumentStore
            {
                Task<string> StoreDocumentAsync(Document document);
                Task<Document> GetDocumentAsync(string handle);
                Task RemoveDocumentsAsync(string title);
            }

            [InMemoryFake]
            public interface IOutput
            {
                Task<byte[]> GetAsync(string key);
                Task SetAsync(string key, byte[] value, string[] tags, TimeSpan validFor);
                Task EvictByTagAsync(string tag);
            }

            [InMemoryFake]
            public interface IFiles : IDisposable
            {
                Task SaveAsync(string name, Stream stream, bool overrideExisting = false);
                Task<Stream> GetOrNullAsync(string name);
                Task<bool> DownloadToAsync(Guid id, Stream target);
                Task<string[]> ListAsync(string folder);
            }
            """);

        Assertions.Clean(run);
    }
    [Fact]
    public void An_entity_concurrency_token_declared_under_nullable_disable_compiles_warning_free()
    {
        // phongnguyend/Practical.CleanArchitecture's Entity<TKey>: a [Timestamp] byte[] RowVersion in a project without
        // nullable annotations; the token's setter cast object? to byte[] and warned CS8600.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace ObliviousToken;

            public abstract class Entity<TKey>
            {
                public TKey Id { get; set; }

                [System.ComponentModel.DataAnnotations.Timestamp]
                public byte[] RowVersion { get; set; }
            }

            public class ConfigurationEntry : Entity<Guid>
            {
                public string Key { get; set; }
            }

            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IConfigurationEntries
            {
                Task AddAsync(ConfigurationEntry entity, CancellationToken cancellationToken = default);
                Task UpdateAsync(ConfigurationEntry entity, CancellationToken cancellationToken = default);
                Task<ConfigurationEntry> GetByIdAsync(Guid id);
            }
            """);

        Assertions.Clean(run);
    }
}
