// Source: https://github.com/MichaCo/CacheManager
// Commit: 5aedc81b3caa
// Licence: Apache-2.0
// Path: src/CacheManager.Core/ICache.cs (src/CacheManager.Core/CacheItem.cs)
// Adapted: closed over string values; CacheItem<T> keeps its constructors and Key/Region/Value.
// Real store: src/CacheManager.Core/BaseCache.cs with the dictionary handle (SystemRuntimeCaching/DictionaryCacheHandle):
//   an entry is identified by key AND region (the same key in another region is another entry); Add stores only when
//   absent (returns false otherwise); Put adds or replaces; Get of a missing entry returns null; Remove returns
//   whether it removed; ClearRegion empties one region; Clear empties everything; the indexer is Get/Put; a null or
//   empty key throws ArgumentException. Get<TOut>(key) is BaseCache.GetCasted (src/CacheManager.Core/Internal/BaseCache.cs):
//   a missing entry is default; else Convert.ChangeType(value, typeof(TOut), CultureInfo.InvariantCulture), and when that
//   throws, a cast (TOut)value, so Get<int> of "5" is 5 and Get<int> of "abc" throws InvalidCastException.
// Shapes: *=10; this[]=10; Get=5,10; Add=10,19; Dispose=17
// Configured: GenericReads = GenericReadConversion.ChangeType: GetCasted's conversion, which no signature shows (a typed
//   cache may only cast, a JSON cache deserializes). The fake returned default for every TOut but string until 2026-12-02;
//   a generic read of a store of sealed values was then refused (IMF0001) until this setting could state the conversion.
// After h-oblivious2 (session 30): complete as before; Get (4 overloads), GetCacheItem (2 overloads) answer default or
//   null for a missing key as before, now with IMF0026 (Info): a key-value read declared without nullable annotations
//   says nothing of a missing key, and stores of that signature disagree (docs/generator.md, Oblivious reads, the other
//   kinds); the real store answers default or null for one, as the fake does (`MissingKeyReads =
//   MissingKeyRead.Default` on the attribute states it and silences the Info).
// After session 31 (lead): complete as before; both indexers (this[key], this[key, region]) answer default for a missing
//   key as before, now with IMF0026 (Info) too: declared as TCacheValue without nullable annotations, they say nothing
//   of a missing key, and a dictionary's indexer declared the same way throws (docs/generator.md, Oblivious reads, the
//   other kinds); CacheManager's indexer is its Get (default), as the fake answers.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CacheManager.ICacheCase;

public class CacheItem<T>
{
    public CacheItem(string key, T value)
    {
        Key = key;
        Value = value;
    }

    public CacheItem(string key, string region, T value)
    {
        Key = key;
        Region = region;
        Value = value;
    }

    public string Key { get; }
    public string Region { get; }
    public T Value { get; }
}

public interface ICache<TCacheValue> : IDisposable
{
    TCacheValue this[string key] { get; set; }
    TCacheValue this[string key, string region] { get; set; }
    bool Add(string key, TCacheValue value);
    bool Add(string key, TCacheValue value, string region);
    bool Add(CacheItem<TCacheValue> item);
    void Clear();
    void ClearRegion(string region);
    bool Exists(string key);
    bool Exists(string key, string region);
    TCacheValue Get(string key);
    TCacheValue Get(string key, string region);
    TOut Get<TOut>(string key);
    TOut Get<TOut>(string key, string region);
    CacheItem<TCacheValue> GetCacheItem(string key);
    CacheItem<TCacheValue> GetCacheItem(string key, string region);
    void Put(string key, TCacheValue value);
    void Put(string key, TCacheValue value, string region);
    void Put(CacheItem<TCacheValue> item);
    bool Remove(string key);
    bool Remove(string key, string region);
}

[InMemoryFake(typeof(ICache<string>), GenericReads = GenericReadConversion.ChangeType)]
public partial class StringCacheFake;

public static class Smoke
{
    public static Task RunAsync(ICache<string> store)
    {
        Check.True(store.Add("k", "one"), "Add of a new key stores it");
        Check.False(store.Add("k", "two"), "Add of an existing key returns false");
        Check.Equal("one", store.Get("k"), "Add did not replace");
        Check.Null(store.Get("k", "region-a"), "the same key in a region is another entry");
        store.Put("k", "a", "region-a");
        Check.Equal("a", store["k", "region-a"], "Put with a region stores in that region");
        Check.Equal("one", store["k"], "the region-less entry is unchanged");
        store["k"] = "three";
        Check.Equal("three", store.Get<string>("k"), "the indexer's setter is Put");
        store.Put("n", "5");
        Check.Equal(5, store.Get<int>("n"), "Get<int> converts \"5\" with Convert.ChangeType (GetCasted)");
        Check.Equal(0L, store.Get<long>("n", "region-a"), "Get<TOut>(key, region) of a missing entry is default: \"n\" is not in region-a");
        Check.Equal(0, store.Get<int>("missing"), "Get<int> of a missing key is default");
        Check.Throws<InvalidCastException>(() => store.Get<int>("k"), "Get<int> of \"three\": the conversion fails and the cast throws InvalidCastException");
        Check.Equal("three", store.GetCacheItem("k")?.Value, "GetCacheItem returns the item");
        store.ClearRegion("region-a");
        Check.False(store.Exists("k", "region-a"), "ClearRegion empties the region");
        Check.True(store.Exists("k"), "ClearRegion keeps other entries");
        Check.True(store.Remove("k"), "Remove returns true when it removed");
        Check.False(store.Remove("k"), "Remove returns false when there was nothing");
        store.Put(new CacheItem<string>("x", "y"));
        store.Clear();
        Check.False(store.Exists("x"), "Clear empties the cache");
        store.Dispose();
        return Task.CompletedTask;
    }
}
