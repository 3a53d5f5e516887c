// Source: https://github.com/kontent-ai/delivery-sdk-net
// Commit: 457437f2641c (the snapshot's HEAD, 2026-08-03; IDeliveryCacheManager.cs last changed in f7f37305, 2026-04-16;
//   CacheEntry.cs, CacheResult.cs, CacheStorageMode.cs, DeliveryCacheOptions.cs, FusionCacheManager.cs and
//   MemoryCacheManager.cs read at the same commit)
// Licence: MIT (LICENSE.md at the root, Kontent s.r.o.; an interface signature and minimal models transcribed for a test)
// Sample: h-sample134 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample134-rule.md,
//   with the walk): logistics, delivery and shipping codebases; the repositories find_repos("Delivery") lists, in its
//   order, then find_repos("Logistic")'s, then find_repos("Shipping")'s, keeping those with C# files (find_files(repo,
//   ext="cs") returns rows); in each kept repository, at its newest stored snapshot (fetch, then git grep -n -E
//   'interface I[A-Za-z0-9_]+' -- '*.cs', paths in git's order), the FIRST C# interface declaration outside test paths
//   whose implementation in the same repository keeps state (a database, a cache, a blob or file store, a table, an
//   in-memory collection) and which has at least 3 members (inherited ones count when the base is declared in the same
//   repository); the repository must have a licence and must not be a corpus source; a repository fetch cannot bring is
//   skipped; at most 1 per repository; stop after 3. Picks: (1) find_repos("Delivery") #41 kontent-ai/delivery-sdk-net
//   IDeliveryCacheManager (this one); (2) #49 governmentbg/edelivery2022 IInternalStateService; (3) find_repos("Logistic")
//   #2 suxrobGM/logistics-app IFeatureService. Skipped before them: #9 TahirRiaz/osdu-delivery (no snapshot) and #21
//   mehdihadeli/food-delivery-microservices (a corpus source); the other 38 repositories before #41 list no .cs file.
//   This one: the first interface in git's order (Kontent.Ai.Delivery.Abstractions/Caching/), 3 members, one of them
//   (StorageMode) with a default body.
// Path: Kontent.Ai.Delivery.Abstractions/Caching/IDeliveryCacheManager.cs (models: Caching/CacheEntry.cs, CacheResult.cs,
//   CacheStorageMode.cs; real store: Kontent.Ai.Delivery.Caching/FusionCacheManager.cs, behind MemoryCacheManager.cs
//   (the memory cache the SDK registers with AddDeliveryMemoryCache) and HybridCacheManager.cs; options:
//   Abstractions/Caching/DeliveryCacheOptions.cs)
// Adapted: one namespace for the source's Kontent.Ai.Delivery.Abstractions; the XML docs left out. Nullable enabled, as
//   in the source (Directory.Build.props).
// Real store: FusionCacheManager in memory mode (CreateMemory over an IMemoryCache; DeliveryCacheOptions defaults:
//   DefaultExpiration 1 h, no key prefix, fail-safe off). StorageMode: HydratedObject (the interface's default body
//   says the same; the hybrid mode over an IDistributedCache answers RawJson). GetOrSetAsync(cacheKey, factory,
//   expiration): a null, empty or white-space cacheKey skips the cache: the factory runs on every call, nothing is
//   stored, its entry returned as a CacheResult (null for a null entry). Otherwise FusionCache's GetOrSetAsync of the key
//   (stampede protection: one factory run per key at a time): on a hit the stored value and the dependency keys it was
//   stored with, the factory not run; on a miss the factory runs; a null entry stores nothing and the call answers null
//   (the next call runs a factory again); an entry is stored for `expiration ?? DefaultExpiration` with its Dependencies,
//   blank ones dropped and repeats removed ignoring case (first spelling kept), as the entry's FusionCache tags, and
//   answered as CacheResult(Value, those keys). A factory that throws stores nothing and the exception goes to the caller.
//   The memory mode keeps the value by reference (a hit answers the instance the factory made). InvalidateAsync(keys):
//   FusionCache's RemoveByTagAsync of the non-blank keys: every entry stored with any of them is gone (the next
//   GetOrSetAsync of its key runs the factory); true, also for an empty array or keys no entry has; false only when
//   FusionCache throws (logged), OperationCanceledException rethrown.
// Shapes: *=10
// First try (68ce44f4): incomplete: IMF0001 InvalidateAsync ("it must return nothing, or how many entries it removed (int
//   or long)": a wrong cause, since with a void result it would have been generated as a removal of the entries stored
//   under those keys, where its keys are the dependencies entries are stored with, FusionCache tags); StorageMode left
//   alone (a default body: HydratedObject, as the memory store answers). Generated: GetOrSetAsync, read as a get-or-add of a
//   store of object values: the factory's CacheEntry<T> stored under the key, then cast to CacheResult<T> | WRONG:
//   GetOrSetAsync (loud, not silent): every call whose factory gives an entry stores the CacheEntry<T> and throws
//   InvalidCastException ("the value at key 'items:hero' is a CacheEntry`1, not a CacheResult`1"), and so does every
//   later call of that key, where the real store answers CacheResult(value, dependencies); a blank key is a key there, where
//   the real store runs the factory without caching. A null entry answers null and stores nothing, as the real store. The
//   probe ends at the first call (ERROR: InvalidCastException).
// After this round: nothing generated but the default body. GetOrSetAsync is refused (IMF0001: its factory makes a
//   CacheEntry<T> and it returns a CacheResult<T>, neither converts to the other; h-sample134), InvalidateAsync is refused
//   for its real cause (IMF0001: 'dependencyKeys' holds dependency keys where the members that take one key name it
//   'cacheKey'; h-sample134). Both are the store's own (a value kept with its dependencies as tags, removal by tag), written
//   by hand over the fake's Store; the probe stops at GetOrSetAsync.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.KontentAiDeliverySdkNet.IDeliveryCacheManagerCase;

public enum CacheStorageMode
{
    HydratedObject = 0,
    RawJson = 1,
}

public sealed record CacheEntry<T>(T Value, IEnumerable<string> Dependencies) where T : class;

public sealed record CacheResult<T>(T Value, IReadOnlyList<string> DependencyKeys) where T : class;

/// <summary>A cached Delivery API response, cut down to a name (the SDK caches its own response types).</summary>
public sealed class ItemResponse
{
    public string Codename { get; set; } = "";
}

[InMemoryFake]
public interface IDeliveryCacheManager
{
    CacheStorageMode StorageMode => CacheStorageMode.HydratedObject;

    Task<CacheResult<T>?> GetOrSetAsync<T>(
        string cacheKey,
        Func<CancellationToken, Task<CacheEntry<T>?>> factory,
        TimeSpan? expiration = null,
        CancellationToken cancellationToken = default) where T : class;

    Task<bool> InvalidateAsync(string[] dependencyKeys, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IDeliveryCacheManager cache)
    {
        Check.Equal(CacheStorageMode.HydratedObject, cache.StorageMode, "the memory cache stores hydrated objects");

        var runs = 0;
        Task<CacheEntry<ItemResponse>?> Hero(CancellationToken _)
        {
            runs++;
            return Task.FromResult<CacheEntry<ItemResponse>?>(new CacheEntry<ItemResponse>(new ItemResponse { Codename = "hero" }, ["item_hero", "ITEM_HERO", " ", "type_article"]));
        }

        var first = Check.NotNull(await cache.GetOrSetAsync<ItemResponse>("items:hero", Hero), "a miss runs the factory and answers its entry");
        Check.Equal("hero", first.Value.Codename, "the factory's value");
        Check.Equal("item_hero,type_article", string.Join(",", first.DependencyKeys), "blank dependencies dropped, repeats removed ignoring case (first spelling kept)");
        Check.Equal(1, runs, "the factory ran once");

        var hit = Check.NotNull(await cache.GetOrSetAsync<ItemResponse>("items:hero", Hero), "a hit answers the stored entry");
        Check.Equal("hero", hit.Value.Codename, "the stored value");
        Check.Equal("item_hero,type_article", string.Join(",", hit.DependencyKeys), "with the keys it was stored with");
        Check.Equal(1, runs, "a hit does not run the factory");

        Check.Null(await cache.GetOrSetAsync<ItemResponse>("items:missing", static _ => Task.FromResult<CacheEntry<ItemResponse>?>(null)), "a null entry is answered as null");
        var later = Check.NotNull(await cache.GetOrSetAsync<ItemResponse>("items:missing", static _ => Task.FromResult<CacheEntry<ItemResponse>?>(new CacheEntry<ItemResponse>(new ItemResponse { Codename = "late" }, []))), "a null entry was not stored: the next call runs its factory");
        Check.Equal("late", later.Value.Codename, "the second factory's value");

        Check.True(await cache.InvalidateAsync(["type_article"]), "an invalidation answers true");
        await cache.GetOrSetAsync<ItemResponse>("items:hero", Hero);
        Check.Equal(2, runs, "an entry stored with an invalidated dependency is gone: its factory runs again");

        var untouched = Check.NotNull(await cache.GetOrSetAsync<ItemResponse>("items:missing", static _ => throw new InvalidOperationException("not run")), "an entry without that dependency is kept");
        Check.Equal("late", untouched.Value.Codename, "the kept entry");

        Check.True(await cache.InvalidateAsync([]), "an empty invalidation answers true");
        Check.True(await cache.InvalidateAsync(["item_unknown"]), "a dependency no entry has answers true");
    }
}
