// Source: https://github.com/nopSolutions/nopCommerce
// Commit: 530b609e5172
// Licence: nopCommerce Public License (GPL-3.0 based)
// Path: src/Libraries/Nop.Core/Caching/IStaticCacheManager.cs (CacheKey.cs)
// Adapted: CacheKey keeps its constructor, Key (protected setter), Prefixes, CacheTime (60 minutes instead of the app
//   setting) and Create (string.Format of Key and Prefixes with the parameters).
// Real store: src/Libraries/Nop.Core/Caching/MemoryCacheManager.cs (50ad8b7070bf) over IMemoryCache, keyed by the
//   CacheKey's Key string (two CacheKey objects with the same Key are the same entry): GetAsync(key, acquire) returns the
//   cached value, else runs acquire once and caches it for CacheTime minutes (absolute), and with CacheTime <= 0 always runs
//   acquire and caches nothing; GetAsync(key, defaultValue) returns defaultValue on a miss; GetAsync(key) returns the object
//   or null; SetAsync caches a non-null value for CacheTime minutes (nothing when CacheTime <= 0); RemoveAsync(cacheKey,
//   parameters) removes the entry whose key is string.Format(cacheKey.Key, parameters); RemoveByPrefixAsync(prefix,
//   parameters) removes every key starting with string.Format(prefix, parameters); ClearAsync removes everything;
//   PrepareKey(cacheKey, parameters) returns a new CacheKey whose Key and Prefixes are formatted with the parameters
//   (CacheKeyService); PrepareKeyForDefaultCache/ShortTermCache also set CacheTime to the default/short-term setting.
// Shapes: *=10; GetAsync=5,10; SetAsync=5,10; PrepareKey=core; PrepareKeyForDefaultCache=core; PrepareKeyForShortTermCache=core; Dispose=17
// First try (a75b0ce): incomplete: IMF0001 GetAsync(key, defaultValue), RemoveAsync(cacheKey, parameters),
//   RemoveByPrefixAsync, PrepareKey, PrepareKeyForDefaultCache, PrepareKeyForShortTermCache | WRONG: the generated
//   GetAsync(key, acquire) (2), GetAsync(key) and SetAsync keyed the table by the CacheKey object, which compares by
//   reference (the real store keys by CacheKey.Key): a second CacheKey with the same Key missed, and CacheTime (0 = do
//   not cache; else minutes) was ignored
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NopCommerce.IStaticCacheManagerCase;

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

public class ProductDto
{
    public int Id { get; set; }
    public string Name { get; set; }
}

[InMemoryFake]
public interface IStaticCacheManager : IDisposable
{
    Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire);

    Task<T> GetAsync<T>(CacheKey key, Func<T> acquire);

    Task<T> GetAsync<T>(CacheKey key, T defaultValue = default);

    Task<object> GetAsync(CacheKey key);

    Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters);

    Task SetAsync<T>(CacheKey key, T data);

    Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters);

    Task ClearAsync();

    CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters);

    CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters);

    CacheKey PrepareKeyForShortTermCache(CacheKey cacheKey, params object[] cacheKeyParameters);
}

public static class Smoke
{
    public static async Task RunAsync(IStaticCacheManager store)
    {
        await store.SetAsync(new CacheKey("Nop.product.5", "Nop.product."), new ProductDto { Id = 5, Name = "Phone" });
        Check.Equal("Phone", ((ProductDto)await store.GetAsync(new CacheKey("Nop.product.5")))?.Name, "an entry is found by its Key string, from another CacheKey object");
        var template = new CacheKey("Nop.product.{0}", "Nop.product.");
        var key5 = store.PrepareKey(template, 5);
        Check.Equal("Nop.product.5", key5.Key, "PrepareKey formats the key with the parameters");
        Check.Equal("Phone", (await store.GetAsync<ProductDto>(key5, (ProductDto)null))?.Name, "GetAsync(key, defaultValue) finds the entry");
        var calls = 0;
        var loaded = await store.GetAsync(new CacheKey("Nop.product.6", "Nop.product."), () => { calls++; return new ProductDto { Id = 6, Name = "Tablet" }; });
        var again = await store.GetAsync(new CacheKey("Nop.product.6"), () => { calls++; return new ProductDto { Id = 6, Name = "Other" }; });
        Check.Equal(1, calls, "GetAsync(key, acquire) runs acquire on a miss only");
        Check.Equal("Tablet", again.Name, "GetAsync(key, acquire) returns the cached value on a hit");
        var uncached = new CacheKey("Nop.nocache") { CacheTime = 0 };
        await store.GetAsync(uncached, () => { calls++; return 1; });
        await store.GetAsync(uncached, () => { calls++; return 1; });
        Check.Equal(3, calls, "a CacheKey with CacheTime 0 is never cached");
        Check.Equal(7, await store.GetAsync(new CacheKey("Nop.missing"), 7), "GetAsync(key, defaultValue) returns defaultValue on a miss");
        Check.Null(await store.GetAsync(new CacheKey("Nop.missing")), "GetAsync(key) of a miss returns null");
        await store.RemoveAsync(template, 5);
        Check.Null(await store.GetAsync(key5), "RemoveAsync(cacheKey, parameters) removes the formatted key");
        await store.SetAsync(new CacheKey("Nop.category.1"), "Books");
        await store.RemoveByPrefixAsync("Nop.{0}.", "product");
        Check.Null(await store.GetAsync(new CacheKey("Nop.product.6")), "RemoveByPrefixAsync removes the keys under the formatted prefix");
        Check.Equal("Books", await store.GetAsync<string>(new CacheKey("Nop.category.1"), (string)null), "RemoveByPrefixAsync keeps the other keys");
        await store.ClearAsync();
        Check.Null(await store.GetAsync(new CacheKey("Nop.category.1")), "ClearAsync removes everything");
        store.Dispose();
    }
}
