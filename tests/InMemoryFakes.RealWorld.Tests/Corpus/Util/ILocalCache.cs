// Source: https://github.com/dotnetcore/Util
// Commit: 2f16f3f6
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample21 rule, fixed before probing: in these repositories, in this order (NuGet/Insights,
//   ONLYOFFICE/CommunityServer, dotnetcore/Util, fullstackhero/blazor-starter-kit, OpenRA/OpenRA,
//   bitfoundation/bitplatform, Lombiq/Helpful-Libraries, elsa-workflows/elsa-core, dotnet/try,
//   microsoft/semantic-kernel, Particular/ServiceControl, OrchardCMS/OrchardCore.Commerce), skipping any the tools do
//   not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally):
//   the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does
//   not count), outside paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or
//   Cache, that declare at least 3 members (inherited ones count if the base interface is in the same repository) and
//   are not already in the corpus; stop after 10; each transcribed whole.
//   elsa-workflows/elsa-core (Corpus/Elsa) and microsoft/semantic-kernel are in the corpus; blazor-starter-kit's four
//   (IBrandRepository, IDocumentTypeRepository: 0 members; IDocumentRepository: 2; IProductRepository: 1), Lombiq and
//   dotnet/try have none; the rule stops before OrchardCore.Commerce. So it picks 10, in order: NuGet.Insights
//   IEntityUpsertStorage<TItem, TEntity>, IAdminViewModelCache; CommunityServer ICache, IBackupRepository; Util ICache,
//   ILocalCache (ICache's 46 members, inherited); OpenRA IModelCache (its only one); bitplatform IBitBesqlStorage (its
//   only one); ServiceControl ILicensingDataStore, IAuditDataStore.
//   This one: the 2nd of dotnetcore/Util (ICache's 46 members, inherited; it declares none: not a copy of ICache, a
//   marker for the local cache, so its real store is the in-memory one).
// Path: src/Util.Caching/ILocalCache.cs (base: ICache.cs; models: CacheKey.cs, CacheOptions.cs)
// Adapted: as Util/ICache.cs. #nullable disable.
// Real store: src/Util.Caching.EasyCaching/CacheManager.cs over EasyCaching (ILocalCache: MemoryCacheManager, over the in-memory
//   provider): CacheKey overloads use key.Key (Prefix + key; a null key or Key throws);
//   Exists whether the key is cached; Get<T>(key) the value or default; Get<T>(keys) GetAll's values; Get(key, action,
//   options) the cached value, else runs action and caches its result; GetAsync(key, type) the value as that type;
//   GetByPrefix the values whose key starts with prefix (empty prefix: empty list); TrySet adds only when the key is
//   absent and says whether it did; Set overwrites (one or many); Remove one or many keys; RemoveByPrefix /
//   RemoveByPattern (EasyCaching's * wildcard; empty: nothing) remove the matching keys; Clear flushes all. Every write
//   takes options.Expiration, 8 HOURS WHEN NOT GIVEN (GetExpiration); Get(keys), GetByPrefix and Clear throw
//   NotSupportedException on the hybrid provider.
// Shapes: *=cache
// First try (cb20e85): as Util/ICache.cs (the same 24 refusals, 22 generated) | SILENTLY WRONG: the same 8-hour default
//   expiration the fake does not apply.
// After this round: unchanged (no fix in time).
// Configured: DefaultTtlSeconds = 28800 (session of 2026-12-03 (12)): CacheManager.GetExpiration gives every write
//   without options.Expiration 8 hours, a store's own configuration that no signature shows; the setting states it,
//   and a write with options.Expiration keeps that one (the options object's Expiration, docs/generator.md).
// Now: right: writes without an expiration expire 8 hours after the write (the smoke script checks it on an entry).
// After h-oblivious2 (session 30): still incomplete (other members); Get, GetAsync (2 overloads) answer default or null
//   for a missing key as before, now with IMF0026 (Info): a key-value read declared without nullable annotations says
//   nothing of a missing key, and stores of that signature disagree (docs/generator.md, Oblivious reads, the other
//   kinds); the real store answers default for Get<T> and GetAsync<T> of a missing key, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info); the transcription
//   does not say what GetAsync(key, type) answers for one.

#nullable disable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Util.ILocalCacheCase;

public class CacheKey
{
    private string _key;

    public CacheKey()
    {
    }

    public CacheKey(string key, params object[] parameters)
    {
        _key = string.Format(key, parameters);
    }

    public string Key
    {
        get => ToString();
        set => _key = value;
    }

    public string Prefix { get; set; }

    public override string ToString()
    {
        return $"{Prefix}{_key}";
    }
}

public class CacheOptions
{
    public TimeSpan? Expiration { get; set; }
}

public interface ICache
{
    bool Exists( CacheKey key );
    bool Exists( string key );
    Task<bool> ExistsAsync( CacheKey key, CancellationToken cancellationToken = default );
    Task<bool> ExistsAsync( string key, CancellationToken cancellationToken = default );
    T Get<T>( CacheKey key );
    T Get<T>( string key );
    List<T> Get<T>( IEnumerable<CacheKey> keys );
    List<T> Get<T>( IEnumerable<string> keys );
    T Get<T>( CacheKey key, Func<T> action, CacheOptions options = null );
    T Get<T>( string key, Func<T> action, CacheOptions options = null );
    Task<object> GetAsync( string key, Type type, CancellationToken cancellationToken = default );
    Task<T> GetAsync<T>( CacheKey key, CancellationToken cancellationToken = default );
    Task<T> GetAsync<T>( string key, CancellationToken cancellationToken = default );
    Task<List<T>> GetAsync<T>( IEnumerable<CacheKey> keys, CancellationToken cancellationToken = default );
    Task<List<T>> GetAsync<T>( IEnumerable<string> keys, CancellationToken cancellationToken = default );
    Task<T> GetAsync<T>( CacheKey key, Func<Task<T>> action, CacheOptions options = null, CancellationToken cancellationToken = default );
    Task<T> GetAsync<T>( string key, Func<Task<T>> action, CacheOptions options = null, CancellationToken cancellationToken = default );
    List<T> GetByPrefix<T>( string prefix );
    Task<List<T>> GetByPrefixAsync<T>( string prefix, CancellationToken cancellationToken = default );
    bool TrySet<T>( CacheKey key, T value, CacheOptions options = null );
    bool TrySet<T>( string key, T value, CacheOptions options = null );
    Task<bool> TrySetAsync<T>( CacheKey key, T value, CacheOptions options = null, CancellationToken cancellationToken = default );
    Task<bool> TrySetAsync<T>( string key, T value, CacheOptions options = null, CancellationToken cancellationToken = default );
    void Set<T>( CacheKey key, T value, CacheOptions options = null );
    void Set<T>( string key, T value, CacheOptions options = null );
    void Set<T>( IDictionary<CacheKey,T> items, CacheOptions options = null );
    void Set<T>( IDictionary<string, T> items, CacheOptions options = null );
    Task SetAsync<T>( CacheKey key, T value, CacheOptions options = null, CancellationToken cancellationToken = default );
    Task SetAsync<T>( string key, T value, CacheOptions options = null, CancellationToken cancellationToken = default );
    Task SetAsync<T>( IDictionary<CacheKey, T> items, CacheOptions options = null, CancellationToken cancellationToken = default );
    Task SetAsync<T>( IDictionary<string, T> items, CacheOptions options = null, CancellationToken cancellationToken = default );
    void Remove( CacheKey key );
    void Remove( string key );
    void Remove( IEnumerable<CacheKey> keys );
    void Remove( IEnumerable<string> keys );
    Task RemoveAsync( CacheKey key, CancellationToken cancellationToken = default );
    Task RemoveAsync( string key, CancellationToken cancellationToken = default );
    Task RemoveAsync( IEnumerable<CacheKey> keys, CancellationToken cancellationToken = default );
    Task RemoveAsync( IEnumerable<string> keys, CancellationToken cancellationToken = default );
    void RemoveByPrefix( string prefix );
    Task RemoveByPrefixAsync( string prefix, CancellationToken cancellationToken = default );
    void RemoveByPattern( string pattern );
    Task RemoveByPatternAsync( string pattern, CancellationToken cancellationToken = default );
    void Clear();
    Task ClearAsync( CancellationToken cancellationToken = default );
}

/// <summary>
/// 本地缓存
/// </summary>
[InMemoryFake(DefaultTtlSeconds = 28800)]
public interface ILocalCache : ICache
{
}

public static class Smoke
{
    public static async Task RunAsync(ILocalCache cache)
    {
        cache.Set(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 });
        Check.Equal(2, cache.Get<int>(new[] { "a", "b" }).Count, "Get(keys) returns the values set together");
        Check.Equal(3, cache.Get("c", () => 3), "Get with an action runs it on a miss");
        Check.Equal(3, cache.Get("c", () => 4), "and returns the cached value afterwards");
        cache.Remove(new[] { "a" });
        Check.Equal(0, cache.Get<int>("a"), "Remove(keys) removes them");
        Check.False(cache.Exists("a"), "Exists of a removed key is false");
        Check.True(cache.Exists(new CacheKey("b")), "Exists of a set key is true, by CacheKey too");
        Check.Equal(2, cache.Get<int>(new CacheKey("{0}", "b")), "Get returns the value set");
        Check.False(cache.TrySet("b", 5), "TrySet of a cached key is false");
        Check.True(cache.TrySet("d", 4), "TrySet of a missing key adds it");
        cache.Set("user:1", 10);
        cache.Set("user:2", 20);
        Check.Equal(2, cache.GetByPrefix<int>("user:").Count, "GetByPrefix returns the values under the prefix");
        cache.RemoveByPrefix("user:");
        Check.False(cache.Exists("user:1"), "RemoveByPrefix removes them");
        cache.Set("ttl:default", 1);
        cache.Set("ttl:given", 2, new CacheOptions { Expiration = TimeSpan.FromMinutes(5) });
        Check.Equal(TimeSpan.FromHours(8), LifetimeOf(cache, "ttl:default"), "a write without an expiration lives 8 hours (CacheManager.GetExpiration)");
        Check.Equal(TimeSpan.FromMinutes(5), LifetimeOf(cache, "ttl:given"), "a write with options.Expiration lives that long");
        await cache.RemoveAsync("b");
        Check.False(await cache.ExistsAsync("b"), "RemoveAsync removes the key");
        cache.Clear();
        Check.False(cache.Exists("d"), "Clear removes every key");
    }

    private static TimeSpan LifetimeOf(ILocalCache cache, string key)
    {
        foreach (var entry in ((IInMemoryFake)cache).Entries)
        {
            if (Equals(entry.Key, key))
            {
                return entry.ExpiresAt.Value - entry.LastModified;
            }
        }

        throw new InvalidOperationException($"no entry '{key}'");
    }
}
