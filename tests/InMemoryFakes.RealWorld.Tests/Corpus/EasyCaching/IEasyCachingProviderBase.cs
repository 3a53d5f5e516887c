// Source: https://github.com/dotnetcore/EasyCaching
// Commit: 1ebd8e8733f5
// Licence: MIT
// Path: src/EasyCaching.Core/IEasyCachingProviderBase.cs (src/EasyCaching.Core/Internal/CacheValue.cs)
// Real store: src/EasyCaching.InMemory/DefaultInMemoryCachingProvider.cs over InMemoryCaching: keys are strings, values
//   of any type; Get<T> of a missing key returns CacheValue<T>.NoValue (HasValue false); Set overwrites; TrySet adds
//   only when the key is absent (returns whether it did); Get(key, retriever, expiration) returns the cached value or
//   runs the retriever once and caches its result; SetAll/RemoveAll write/remove many keys; RemoveByPrefix removes
//   the keys that start with the prefix; a zero or negative expiration and a blank key throw ArgumentException.
// After h-oblivious2 (session 30): still incomplete (other members); GetAsync answers null for a missing key as before,
//   now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the transcription does not
//   say what the provider's GetAsync(key, type) answers for a missing key; its Get<T> answers CacheValue<T>.NoValue (a
//   wrapper, not reported).
// Shapes: *=5,10; SetAll=5,10,18; SetAllAsync=5,10,18; RemoveAll=18; RemoveAllAsync=18; TrySet=5,19; TrySetAsync=5,19; RemoveByPrefix=10; RemoveByPrefixAsync=10; RemoveByPattern=10; RemoveByPatternAsync=10; Name=core
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EasyCaching.IEasyCachingProviderBaseCase;

public class CacheValue<T>
{
    public CacheValue(T value, bool hasValue)
    {
        Value = value;
        HasValue = hasValue;
    }

    public bool HasValue { get; }
    public bool IsNull => Value == null;
    public T Value { get; }
    public static CacheValue<T> Null { get; } = new CacheValue<T>(default(T), true);
    public static CacheValue<T> NoValue { get; } = new CacheValue<T>(default(T), false);
}

[InMemoryFake]
public interface IEasyCachingProviderBase
{
    string Name { get; }
    void Set<T>(string cacheKey, T cacheValue, TimeSpan expiration);
    Task SetAsync<T>(string cacheKey, T cacheValue, TimeSpan expiration, CancellationToken cancellationToken = default);
    CacheValue<T> Get<T>(string cacheKey);
    Task<CacheValue<T>> GetAsync<T>(string cacheKey, CancellationToken cancellationToken = default);
    void Remove(string cacheKey);
    Task RemoveAsync(string cacheKey, CancellationToken cancellationToken = default);
    Task<bool> ExistsAsync(string cacheKey, CancellationToken cancellationToken = default);
    bool Exists(string cacheKey);
    bool TrySet<T>(string cacheKey, T cacheValue, TimeSpan expiration);
    Task<bool> TrySetAsync<T>(string cacheKey, T cacheValue, TimeSpan expiration, CancellationToken cancellationToken = default);
    void SetAll<T>(IDictionary<string, T> value, TimeSpan expiration);
    Task SetAllAsync<T>(IDictionary<string, T> value, TimeSpan expiration, CancellationToken cancellationToken = default);
    void RemoveAll(IEnumerable<string> cacheKeys);
    Task RemoveAllAsync(IEnumerable<string> cacheKeys, CancellationToken cancellationToken = default);
    CacheValue<T> Get<T>(string cacheKey, Func<T> dataRetriever, TimeSpan expiration);
    Task<CacheValue<T>> GetAsync<T>(string cacheKey, Func<Task<T>> dataRetriever, TimeSpan expiration, CancellationToken cancellationToken = default);
    void RemoveByPrefix(string prefix);
    Task RemoveByPatternAsync(string pattern, CancellationToken cancellationToken = default);
    void RemoveByPattern(string pattern);
    Task RemoveByPrefixAsync(string prefix, CancellationToken cancellationToken = default);
    Task<object> GetAsync(string cacheKey, Type type, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IEasyCachingProviderBase store)
    {
        var minute = TimeSpan.FromMinutes(1);
        Check.False(store.Get<string>("user:1").HasValue, "Get of a missing key has no value");
        store.Set("user:1", "alice", minute);
        Check.Equal("alice", store.Get<string>("user:1").Value, "Get returns what Set wrote");
        Check.False(store.TrySet("user:1", "bob", minute), "TrySet of an existing key does nothing and returns false");
        Check.True(await store.TrySetAsync("user:2", "bob", minute), "TrySet of a new key stores it");
        var calls = 0;
        Check.Equal(42, store.Get("answer", () => { calls++; return 42; }, minute).Value, "Get with a retriever returns the retrieved value");
        Check.Equal(42, store.Get("answer", () => { calls++; return 43; }, minute).Value, "the retriever's value was cached");
        Check.Equal(1, calls, "the retriever ran once");
        store.SetAll(new Dictionary<string, string> { ["user:3"] = "carol", ["order:1"] = "o1" }, minute);
        Check.True(await store.ExistsAsync("user:3"), "SetAll writes every entry");
        store.RemoveByPrefix("user:");
        Check.False(store.Exists("user:1") || store.Exists("user:2") || store.Exists("user:3"), "RemoveByPrefix removes the keys with the prefix");
        Check.True(store.Exists("order:1"), "RemoveByPrefix keeps other keys");
        store.RemoveAll(["order:1", "answer"]);
        Check.False(store.Exists("order:1"), "RemoveAll removes the listed keys");
        Check.Throws<ArgumentException>(() => store.Set("k", "v", TimeSpan.Zero), "a zero expiration throws ArgumentException");
    }
}
