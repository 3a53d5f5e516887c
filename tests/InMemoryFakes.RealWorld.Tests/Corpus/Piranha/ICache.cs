// Source: https://github.com/PiranhaCMS/piranha.core
// Commit: e095c504a63e
// Licence: MIT
// Path: core/Piranha/Cache/ICache.cs
// Real store: core/Piranha/Cache/Internal/MemoryCache.cs over IMemoryCache: GetAsync<T> returns default when the key is
//   missing (or holds another type); SetAsync replaces; RemoveAsync of a missing key does nothing.
// Shapes: *=5,10
// Configured: GenericReads = GenericReadConversion.As (h-sample52): Piranha's MemoryCache.GetAsync<T> answers default
//   for a value of another type; since h-sample52 a generic read answers InvalidCastException for it unless this is
//   stated.
// After h-oblivious2 (session 30): complete as before; GetAsync answers default for a missing key as before, now with
//   IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers default for
//   one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the
//   Info).
#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Piranha.ICacheCase;

public class PageCacheEntry
{
    public Guid Id { get; set; }
    public string Title { get; set; }
}

[InMemoryFake(GenericReads = GenericReadConversion.As)]
public interface ICache
{
    Task<T> GetAsync<T>(string key, CancellationToken cancellationToken = default);
    Task SetAsync<T>(string key, T value, CancellationToken cancellationToken = default);
    Task RemoveAsync(string key, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(ICache store)
    {
        Check.Null(await store.GetAsync<PageCacheEntry>("page:1"), "GetAsync of a missing key returns default");
        await store.SetAsync("page:1", new PageCacheEntry { Title = "Start" });
        Check.Equal("Start", (await store.GetAsync<PageCacheEntry>("page:1"))?.Title, "GetAsync returns what SetAsync stored");
        Check.Null(await store.GetAsync<string>("page:1"), "GetAsync with another type returns default");
        await store.SetAsync("count", 5);
        Check.Equal(5, await store.GetAsync<int>("count"), "values of any type are cached");
        await store.RemoveAsync("page:1");
        Check.Null(await store.GetAsync<PageCacheEntry>("page:1"), "RemoveAsync removes it");
        await store.RemoveAsync("page:1");
    }
}
