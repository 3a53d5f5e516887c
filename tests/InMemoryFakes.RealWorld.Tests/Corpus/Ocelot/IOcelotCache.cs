// Source: https://github.com/ThreeMammals/Ocelot
// Commit: 30c2e08e20c0
// Licence: MIT
// Path: src/Cache/IOcelotCache.cs (value: src/Cache/CachedResponse.cs)
// Adapted: closed over CachedResponse, as OutputCacheMiddleware uses it; CachedResponse keeps two properties.
// Real store: src/Cache/DefaultMemoryCache.cs over IMemoryCache: the KEY alone identifies an entry (the region only
//   groups keys for ClearRegion: Get/TryGetValue ignore it); Add with ttl <= 0 stores nothing and returns false,
//   else MemoryCache.Set (overwriting) and true; AddOrUpdate replaces and returns the value; Get of a missing key
//   returns default; ClearRegion removes the region's keys.
//   No setting would make it complete (h-kv, 2026-12-03): stating the region's meaning is not enough. The real Add
//   overwrites a live key and returns true (MemoryCache.Set; the interface's own doc comment says Add fails for an
//   existing key), where a key-value Add stores only when absent; and a ttl <= 0 makes it store nothing and return
//   false, where the fake's zero TTL is ArgumentOutOfRangeException. ClearRegion also removes every key ever added under
//   the region, even one re-added since under another region (a bag of keys per region, emptied only by ClearRegion).
// Shapes: *=10
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Ocelot.IOcelotCacheCase;

public class CachedResponse
{
    public CachedResponse(int statusCode, string body)
    {
        StatusCode = statusCode;
        Body = body;
    }

    public int StatusCode { get; }
    public string Body { get; }
}

public interface IOcelotCache<T>
{
    bool Add(string key, T value, string region, TimeSpan ttl);
    T AddOrUpdate(string key, T value, string region, TimeSpan ttl);
    T Get(string key, string region);
    void ClearRegion(string region);
    bool TryGetValue(string key, string region, out T value);
}

[InMemoryFake(typeof(IOcelotCache<CachedResponse>))]
public partial class OcelotCacheFake;

public static class Smoke
{
    public static Task RunAsync(IOcelotCache<CachedResponse> store)
    {
        Check.True(store.Add("GET-/orders", new CachedResponse(200, "[]"), "orders", TimeSpan.FromMinutes(1)), "Add with a positive ttl stores and returns true");
        Check.Equal("[]", store.Get("GET-/orders", "orders")?.Body, "Get returns the cached value");
        Check.Equal("[]", store.Get("GET-/orders", "another-region")?.Body, "the key alone identifies the entry: Get ignores the region");
        Check.False(store.Add("GET-/users", new CachedResponse(200, "x"), "users", TimeSpan.Zero), "Add with a zero ttl stores nothing and returns false");
        Check.False(store.TryGetValue("GET-/users", "users", out _), "nothing was stored for a zero ttl");
        Check.Equal("[1]", store.AddOrUpdate("GET-/orders", new CachedResponse(200, "[1]"), "orders", TimeSpan.FromMinutes(1)).Body, "AddOrUpdate returns the new value");
        Check.True(store.TryGetValue("GET-/orders", "orders", out var value) && value.Body == "[1]", "AddOrUpdate replaced the value");
        store.ClearRegion("orders");
        Check.Null(store.Get("GET-/orders", "orders"), "ClearRegion removes the region's entries");
        return Task.CompletedTask;
    }
}
