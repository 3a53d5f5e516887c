// Source: https://github.com/nopSolutions/nopCommerce
// Commit: 8919621249b7 (ICacheKeyService.cs 77b8fde229d6)
// Licence: nopCommerce Public License (GPL-3.0 based)
// Path: src/Libraries/Nop.Core/Caching/IShortTermCacheManager.cs (ICacheKeyService.cs, CacheKey.cs)
// Adapted: CacheKey as in NopCommerce/IStaticCacheManager.cs.
// Real store: src/Libraries/Nop.Core/Caching/PerRequestCacheManager.cs's successor ShortTermCacheManager (a dictionary per
//   HTTP request, no expiry): GetAsync(acquire, cacheKey, parameters) formats the key (PrepareKey) and returns the value
//   cached under it, else runs acquire once and caches the result; Remove(cacheKey, parameters) removes the formatted key;
//   RemoveByPrefix(prefix, parameters) removes every key starting with the formatted prefix; PrepareKey returns a new
//   CacheKey with Key and Prefixes formatted with the parameters; PrepareKeyForDefaultCache also sets the default CacheTime.
// Shapes: *=10; GetAsync=5,10; PrepareKey=core; PrepareKeyForDefaultCache=core
// First try (a75b0ce): incomplete: IMF0001 GetAsync(acquire, cacheKey, parameters), Remove(cacheKey, parameters),
//   RemoveByPrefix(prefix, parameters), PrepareKey, PrepareKeyForDefaultCache | WRONG: none (nothing keyed was
//   generated)
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NopCommerce.IShortTermCacheManagerCase;

public partial class CacheKey
{
    public CacheKey(string key, params string[] prefixes)
    {
        Key = key;
        Prefixes.AddRange(prefixes.Where(prefix => !string.IsNullOrEmpty(prefix)));
    }

    public virtual CacheKey Create(Func<object, object> createCacheKeyParameters, params object[] keyObjects)
    {
        var cacheKey = new CacheKey(Key, Prefixes.ToArray());
        if (!keyObjects.Any())
        {
            return cacheKey;
        }

        cacheKey.Key = string.Format(cacheKey.Key, keyObjects.Select(createCacheKeyParameters).ToArray());
        for (var i = 0; i < cacheKey.Prefixes.Count; i++)
        {
            cacheKey.Prefixes[i] = string.Format(cacheKey.Prefixes[i], keyObjects.Select(createCacheKeyParameters).ToArray());
        }

        return cacheKey;
    }

    public string Key { get; protected set; }
    public List<string> Prefixes { get; protected set; } = new();
    public int CacheTime { get; set; } = 60;
}

public partial interface ICacheKeyService
{
    CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters);

    CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters);
}

[InMemoryFake]
public partial interface IShortTermCacheManager : ICacheKeyService
{
    void RemoveByPrefix(string prefix, params object[] prefixParameters);

    void Remove(string cacheKey, params object[] cacheKeyParameters);

    Task<T> GetAsync<T>(Func<Task<T>> acquire, CacheKey cacheKey, params object[] cacheKeyParameters);
}

public static class Smoke
{
    public static async Task RunAsync(IShortTermCacheManager store)
    {
        var template = new CacheKey("Nop.customer.{0}", "Nop.customer.");
        Check.Equal("Nop.customer.3", store.PrepareKey(template, 3).Key, "PrepareKey formats the key with the parameters");
        var calls = 0;
        var first = await store.GetAsync(() => { calls++; return Task.FromResult("alice"); }, template, 3);
        var second = await store.GetAsync(() => { calls++; return Task.FromResult("other"); }, template, 3);
        Check.Equal(1, calls, "GetAsync runs acquire on a miss only");
        Check.Equal("alice", second, "GetAsync returns the value cached under the formatted key");
        await store.GetAsync(() => { calls++; return Task.FromResult("bob"); }, template, 4);
        Check.Equal(2, calls, "another parameter is another key");
        store.Remove("Nop.customer.{0}", 3);
        await store.GetAsync(() => { calls++; return Task.FromResult("alice2"); }, template, 3);
        Check.Equal(3, calls, "Remove(cacheKey, parameters) removes the formatted key");
        store.RemoveByPrefix("Nop.{0}.", "customer");
        await store.GetAsync(() => { calls++; return Task.FromResult("bob2"); }, template, 4);
        Check.Equal(4, calls, "RemoveByPrefix removes the keys under the formatted prefix");
    }
}
