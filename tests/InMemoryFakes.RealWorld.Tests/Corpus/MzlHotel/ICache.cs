// Source: https://github.com/bek1nd/hotel
// Commit: 3d227e04954a
// Licence: none stated (an interface signature transcribed for a test)
// Sample: h-sample78 rule (the whole rule and the repositories it skipped: Corpus/ZuluHotel/ITownCrierEntryList.cs).
//   This one: the 3rd pick (the 49th of find_repos("Hotel"): Mzl, a travel-booking back end for hotels, flights and
//   trains, .NET Framework 4.6.1). Before it in path order: the business layer's visitors (ISubmitAduitVisitor,
//   ICustomerVisitor, IMatchVisitor, IAddCorp…CustomerVisitor, IRunAuditVisitor), double dispatch over business
//   objects that keep no records of their own.
// Path: Mzl.Common/CacheHelper/ICache.cs (real store: MemoryCacheCache.cs in the same folder, the one implementation,
//   which CacheManager.cs makes and hands out)
// Adapted: none (no model); the XML comments are the implementation's, not the interface's. Nullable disabled, as in
//   the source (a .NET Framework project).
// Real store: MemoryCacheCache over System.Runtime.Caching's MemoryCache.Default. Get<T>(key) answers (T)value when the
//   key is cached (a value of another type: InvalidCastException), default(T) when not. Add(key, data, cacheTime) is
//   ObjectCache.Add with an absolute expiry cacheTime MINUTES from now: a key already cached keeps its first value (and
//   expiry), and a null data is ignored. Contains(key) answers whether the key is cached; Remove(key) removes it (a key
//   not cached is nothing); RemoveAll() removes every entry. The indexer's getter is MemoryCache.Get: the value, null
//   for a key not cached; its setter is Add(key, value) with the default 30 minutes, so it too keeps a value already
//   cached. Count is MemoryCache.Default's count. A null key is ArgumentNullException throughout (MemoryCache's).
// Shapes: *=10; Get=5
// First try (2df64237): incomplete: IMF0001 Add (a plain add to a cache returning nothing: whether it replaces, keeps
//   the first or throws is the cache's own); Get<T>, Contains, Remove, RemoveAll, Count and the indexer generated |
//   WRONG: the indexer's setter, a plain set that replaced a cached value (and stored it with the fake's default
//   expiry), where MemoryCacheCache's setter is Add(key, value): ObjectCache.Add keeps the value already cached, for 30
//   minutes. Its getter threw the not-found error for a key not cached, where MemoryCache answers null: loud.
// After this round: the indexer is refused (IMF0001: on a cache whose only write is a plain add returning nothing,
//   itself refused, the setter is that add; Sample78Tests; docs/generator.md, key-value refused guesses), and Add stays
//   rightly refused (its cacheTime is minutes too, which no name says). Generated and right: Get<T> (the value when it
//   is a T, default when not cached, InvalidCastException for a value of another type, as the real cast), Contains,
//   Remove, RemoveAll and Count. Incomplete: 2 members to write.
// After h-oblivious2 (session 30): still incomplete (other members); Get answers default for a missing key as before,
//   now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers
//   default for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and
//   silences the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MzlHotel.ICacheCase;

[InMemoryFake]
public interface ICache
{
    T Get<T>(string key);

    void Add(string key, object data, int cacheTime = 30);

    bool Contains(string key);

    void Remove(string key);

    void RemoveAll();

    object this[string key] { get; set; }

    int Count { get; }
}

public static class Smoke
{
    public static Task RunAsync(ICache cache)
    {
        Check.Equal(0, cache.Count, "a new cache holds nothing");
        Check.Null(cache.Get<string>("city:SHA"), "Get of a key not cached is default: null");
        Check.Equal(0, cache.Get<int>("count:SHA"), "and 0 for an int");
        Check.Null(cache["city:SHA"], "the indexer reads a key not cached as null");

        cache.Add("city:SHA", "Shanghai");
        Check.True(cache.Contains("city:SHA"), "Add caches the value");
        Check.Equal("Shanghai", cache.Get<string>("city:SHA"), "Get<T> reads it");
        Check.Equal("Shanghai", cache["city:SHA"], "so does the indexer");
        Check.Throws<InvalidCastException>(() => cache.Get<int>("city:SHA"), "Get<T> of a value of another type is a cast that fails");

        cache.Add("city:SHA", "Shanghai Pudong");
        Check.Equal("Shanghai", cache.Get<string>("city:SHA"), "a second Add of a key cached keeps the first value (ObjectCache.Add)");

        cache["count:SHA"] = 5;
        Check.Equal(5, cache.Get<int>("count:SHA"), "the indexer's setter caches the value");
        cache["count:SHA"] = 6;
        Check.Equal(5, cache.Get<int>("count:SHA"), "and, being Add, keeps a value already cached");

        cache.Add("nothing", null);
        Check.False(cache.Contains("nothing"), "Add of null data caches nothing");
        Check.Equal(2, cache.Count, "Count is the entries cached");

        cache.Remove("city:SHA");
        Check.False(cache.Contains("city:SHA"), "Remove removes the key");
        cache.Remove("city:SHA");
        Check.Equal(1, cache.Count, "removing a key not cached is nothing");

        cache.Add("city:PEK", "Beijing", 10);
        cache.RemoveAll();
        Check.Equal(0, cache.Count, "RemoveAll removes every entry");
        Check.Throws<ArgumentNullException>(() => cache.Contains(null), "a null key is ArgumentNullException");
        return Task.CompletedTask;
    }
}
