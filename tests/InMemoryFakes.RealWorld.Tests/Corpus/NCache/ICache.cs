// Source: https://github.com/Alachisoft/NCache
// Commit: f50696fe6ac4
// Licence: Apache-2.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample90 rule, fixed before probing: the repositories find_repos("Cache") lists, in its order, keeping those
//   with C# files (find_files(repo, ext="cs") with rows; find_repos("Caching") next if the list ran out: it did not); in
//   each, the first C# interface in path order (git grep of the fetched snapshot) outside test paths whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection) and that
//   has at least 3 members, not already a corpus source; a licence that allows transcribing a signature; at most 1 per
//   repository; stop after 5. Of the 71 repositories listed up to the fifth pick, 63 have no C# file in the index
//   (docs/generator-rounds.md, h-sample90, names them); xinetex/agentcache.ai (4 C# files), Abduro/Ora-Cache and
//   BitcoinCacheMachine/BitcoinCacheMachine (one empty Class1) declare no C# interface. The 5 picks, in order:
//   LancacheManager IActivityRegistry, NCache ICache, TypeCache IDataSource, CacheMeIfYouCan ISampleInterface,
//   VapeCache ICacheIntentRegistry.
//   This one: the 1st of Alachisoft/NCache (Integration/ContentOptimization/…/Caching/ICache.cs is the first interface in
//   the snapshot's path order; find_files also lists Integration/Alachisoft.Common/Caching/ICache.cs, which the newest
//   snapshot no longer has).
// Path: Integration/ContentOptimization/Alachisoft.ContentOptimization/Caching/ICache.cs (implementation:
//   Integration/ContentOptimization/NCacheAdapters/Cache/CacheAdapter.cs, the ASP.NET view-state cache over an NCache
//   client; model: Integration/ContentOptimization/Alachisoft.ContentOptimization/Caching/Expiration.cs)
// Adapted: Expiration and ExpirationType transcribed whole; the licence header comment is dropped. Nullable disabled, as in
//   the source project (a .NET Framework project with no nullable context).
// Real store: CacheAdapter over NCache's client ICache. Until Load() has connected (CacheManager.GetCache of the configured
//   cache: true, and Loaded true), Contains answers false, Get null, Insert and Remove false. Loaded: Insert(key, value)
//   calls NCache's Insert, which REPLACES a value already cached (NCache's Add is the one that keeps the first), and
//   answers true; Get(key) answers the value (read as a string) or null; Contains(key) whether it is cached; Remove(key)
//   calls NCache's Remove and answers true unless the call threw, for a key not cached too; GetBulk(keys) yields a
//   DictionaryEntry per key found; GetWithLock(key, interval, acquireLock, out handle) reads and locks the entry, retrying
//   every 500 ms while it is locked, up to interval ms; InsertWithReleaseLock(key, value, handle, expiration) replaces the
//   value and releases that lock (false when NCache throws). Dispose disposes the client.
// Shapes: *=cache
// First try (8b82adcf): incomplete: IMF0001 on GetWithLock (an out parameter), GetBulk ('Bulk' is no noun of the store),
//   InsertWithReleaseLock ('WithReleaseLock' is no noun of the store), Load (takes no key, but other members do), Loaded
//   (a property that is no count, flag or settings object) | WRONG: Insert (read as a set if absent: false and the value
//   kept for a key already cached, where the adapter's NCache Insert replaces it and answers true); Remove (false for a
//   key not cached, where the adapter answers true whenever NCache's Remove did not throw).
// After this round: Insert is refused (h-sample90: a plain Insert returning bool on any key-value store, naming
//   Store.Set then true and Store.SetIfAbsent). The other refusals are right: a lock handle passed out, a bulk read
//   whose DictionaryEntry result no convention has, and a connection state (Load, Loaded) that a fake does not have.
// Still wrong: Remove answers false for a key not cached, where this adapter answers true (its bool says "the call did
//   not fail"); kept, since a removal's bool answers "removed" in the stores the convention was taken from (Redis
//   KeyDelete, ConcurrentDictionary.TryRemove, Dictionary.Remove) and the signature says nothing of this one's meaning.
#nullable disable

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NCache.ICacheCase;

public enum ExpirationType
{
    None,
    Absolute,
    Sliding
}

public class Expiration
{
    public static Expiration None = new Expiration() { ExpirationType = ExpirationType.None, Duration = 0 };

    public ExpirationType ExpirationType { get; set; }

    public int Duration { get; set; }

    public Expiration()
    {
    }

    public Expiration(ExpirationType type, int duration)
    {
        ExpirationType = type;
        Duration = duration;
    }
}

[InMemoryFake]
public interface ICache : IDisposable
{
    bool Contains(string key);
    object Get(string key);
    object GetWithLock(string key, int interval, bool acquireLock, out object lochkHandle);
    IEnumerable<DictionaryEntry> GetBulk(params string[] keys);
    bool Insert(string key, object value);
    bool InsertWithReleaseLock(string key, object value, object lockHandle, Expiration expiration);
    bool Load();
    bool Loaded { get; }
    bool Remove(string key);
}

public static class Smoke
{
    public static Task RunAsync(ICache cache)
    {
        Check.True(cache.Load(), "Load connects to the configured cache");
        Check.True(cache.Loaded, "and Loaded says so");

        Check.False(cache.Contains("viewstate-1"), "a key not cached is not contained");
        Check.Null(cache.Get("viewstate-1"), "and Get answers null");
        Check.True(cache.Insert("viewstate-1", "first"), "Insert of a key not cached answers true");
        Check.Equal("first", (string)cache.Get("viewstate-1"), "and Get reads the value");
        Check.True(cache.Insert("viewstate-1", "second"), "Insert of a key already cached answers true");
        Check.Equal("second", (string)cache.Get("viewstate-1"), "and replaces the value (NCache's Insert)");
        Check.True(cache.Contains("viewstate-1"), "Contains finds the key");

        var bulk = cache.GetBulk("viewstate-1", "viewstate-2").ToList();
        Check.Equal(1, bulk.Count, "GetBulk yields the keys found only");
        Check.Equal("second", (string)bulk[0].Value, "with their values");

        var locked = cache.GetWithLock("viewstate-1", 1000, true, out var handle);
        Check.Equal("second", (string)locked, "GetWithLock reads the value");
        Check.NotNull(handle, "and hands out the lock");
        Check.True(cache.InsertWithReleaseLock("viewstate-1", "third", handle, Expiration.None), "InsertWithReleaseLock writes under the lock");
        Check.Equal("third", (string)cache.Get("viewstate-1"), "and replaces the value");

        Check.True(cache.Remove("viewstate-1"), "Remove of a cached key answers true");
        Check.False(cache.Contains("viewstate-1"), "and the key is gone");
        Check.True(cache.Remove("viewstate-1"), "Remove of a key not cached answers true as well (NCache's Remove does not fail)");
        cache.Dispose();
        return Task.CompletedTask;
    }
}
