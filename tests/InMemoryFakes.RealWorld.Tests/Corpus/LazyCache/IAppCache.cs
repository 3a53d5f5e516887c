// Source: https://github.com/alastairtree/LazyCache
// Commit: 633b5702ddbc
// Licence: MIT
// Path: LazyCache/IAppCache.cs (LazyCache/ICacheProvider.cs, LazyCache/CacheDefaults.cs)
// Adapted: ICacheProvider and CacheDefaults are minimal stand-ins (the provider keeps its Get/Set/Remove).
// Real store: LazyCache/CachingService.cs over MemoryCache: Add<T> stores (replacing; a null item throws
//   ArgumentNullException); Get<T> of a missing key returns default; TryGetValue reports presence; GetOrAdd runs the
//   factory once per key (lazily, under a per-key lock) and returns the cached value afterwards; Remove removes;
//   DefaultCachePolicy.DefaultCacheDurationSeconds is 20 minutes by default.
// Shapes: *=5,10; GetOrAdd=5,10; GetOrAddAsync=5,10; CacheProvider=core; DefaultCachePolicy=core
// Configured: GenericReads = GenericReadConversion.As (h-sample52): CachingService.Get<T> answers default for a value
//   of another type (its GetValueFromLazy finds no T); since h-sample52 a generic read answers InvalidCastException for
//   it unless this is stated.
//   (session 33) TakenKeyAdds = TakenKeyAdd.Replace: CachingService.Add<T> sets the entry through the
//   provider's Set (MemoryCache.Set), replacing a value already cached.
// After h-oblivious2 (session 30): still incomplete (other members); Get, GetAsync answer default for a missing key as
//   before, now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing
//   key, and stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store
//   answers default for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it
//   and silences the Info).
// After session 33 (lead, TakenKeyAdds on caches): Add was refused (a plain add to a cache says nothing of a cached
//   key, and no setting could state it for a key-value store); with the setting it is a set. Still incomplete
//   (CacheProvider, DefaultCachePolicy).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Extensions.Caching.Memory;

namespace Corpus.LazyCache.IAppCacheCase;

public interface ICacheProvider : IDisposable
{
    void Set(string key, object item, MemoryCacheEntryOptions policy);
    object Get(string key);
    object GetOrCreate<T>(string key, Func<ICacheEntry, T> func);
    void Remove(string key);
}

public class CacheDefaults
{
    public virtual int DefaultCacheDurationSeconds { get; set; } = 60 * 20;
}

[InMemoryFake(GenericReads = GenericReadConversion.As, TakenKeyAdds = TakenKeyAdd.Replace)]
public interface IAppCache
{
    ICacheProvider CacheProvider { get; }
    CacheDefaults DefaultCachePolicy { get; }
    void Add<T>(string key, T item, MemoryCacheEntryOptions policy);
    T Get<T>(string key);
    Task<T> GetAsync<T>(string key);
    bool TryGetValue<T>(string key, out T value);
    T GetOrAdd<T>(string key, Func<ICacheEntry, T> addItemFactory);
    T GetOrAdd<T>(string key, Func<ICacheEntry, T> addItemFactory, MemoryCacheEntryOptions policy);
    Task<T> GetOrAddAsync<T>(string key, Func<ICacheEntry, Task<T>> addItemFactory);
    Task<T> GetOrAddAsync<T>(string key, Func<ICacheEntry, Task<T>> addItemFactory, MemoryCacheEntryOptions policy);
    void Remove(string key);
}

public static class Smoke
{
    public static async Task RunAsync(IAppCache store)
    {
        Check.Null(store.Get<string>("missing"), "Get of a missing key returns default");
        store.Add("greeting", "hello", new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });
        Check.Equal("hello", store.Get<string>("greeting"), "Get returns what Add stored");
        Check.True(store.TryGetValue<string>("greeting", out var value) && value == "hello", "TryGetValue finds it");
        var calls = 0;
        Check.Equal(7, store.GetOrAdd("seven", _ => { calls++; return 7; }), "GetOrAdd returns the factory's value");
        Check.Equal(7, await store.GetOrAddAsync("seven", _ => { calls++; return Task.FromResult(8); }), "GetOrAddAsync returns the cached value");
        Check.Equal(1, calls, "the factory ran once for the key");
        store.Remove("greeting");
        Check.False(store.TryGetValue<string>("greeting", out _), "Remove removes the entry");
        Check.Throws<ArgumentNullException>(() => store.Add<string>("k", null, new MemoryCacheEntryOptions()), "Add of a null item throws ArgumentNullException");
        Check.Equal(1200, store.DefaultCachePolicy.DefaultCacheDurationSeconds, "the default policy is 20 minutes");
    }
}
