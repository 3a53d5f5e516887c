// Source: https://github.com/yaochangyu/sample.dotblog
// Commit: b3cb98ea2cef
// Licence: LGPL-3.0 (an interface signature transcribed for a test)
// Sample: h-sample82 rule, fixed before probing (the walk and every skip: Corpus/CodeMazeGuides/ICmCourseService.cs).
//   This one: the 2nd pick (the 78th repository of find_repos("Blog")). Before it in path order: AOP's four
//   ICalculation (a calculator behind proxies, no state), AppMetrics' two IModelDocumentationProvider (help-page
//   documentation), Autofac's IMessage and IProvider (1 member each).
// Path: Cache/Lab.HttpCache/src/Lab.HttpCache.Api/Providers/ICacheProvider.cs (implementation:
//   Providers/HybridCacheProvider.cs; registration: Program.cs)
// Adapted: nothing: the interface has no model. Nullable enabled, as in the project.
// Real store: HybridCacheProvider over HybridCache (Microsoft.Extensions.Caching.Hybrid) with Redis as its L2
//   (AddStackExchangeRedisCache in Program.cs). Every call passes Expiration = LocalCacheExpiration = expiration, and
//   for a null expiration 5 minutes in Redis and 1 minute in process, so a value written without one is read for 5
//   minutes (from Redis once the local copy is gone). GetOrCreateAsync<T>(key, factory, expiration, tags) returns the
//   cached value, else runs the factory once per key (concurrent callers wait for it) and caches its result with the
//   tags: a null result is cached too (HybridCache keeps null; dotnet/extensions#7664 asks for a way not to).
//   SetAsync<T> overwrites the value and its tags; RemoveAsync removes the key; RemoveByTagAsync invalidates every
//   entry written with the tag (the wildcard "*" invalidates every entry). Values are serialized: a read of a mutable
//   class hands back a new copy, and a value read as another type is a deserialization, not a cast.
// Shapes: *=10; GetOrCreateAsync=5,10; SetAsync=5,10
// First try (93199585): complete | WRONG: GetOrCreateAsync and SetAsync with no expiration keep the value with no
//   expiry (the fake's default), where the real provider gives it 5 minutes; GetOrCreateAsync whose factory returns
//   null stores nothing and runs the factory again on the next call, where HybridCache caches the null; a value of a
//   class is kept by reference, so a change to it after SetAsync shows in the fake and not in the real copy;
//   RemoveByTagAsync("*") evicts only entries tagged "*", where HybridCache's wildcard invalidates every entry.
//   Louder: SetAsync of a null value throws ArgumentNullException (HybridCache stores it) and a value read as another
//   type is an InvalidCastException naming the key.
// After this round: the default expiry is configured (below); the null factory result is a smoke mismatch
//   (KnownSmokeMismatches): what a get-or-add does with a null result is the store's own (HybridCache, FusionCache,
//   IMemoryCache.GetOrCreate and LazyCache keep it; EasyCaching's dataRetriever and Duende's ICache.GetOrAddAsync keep
//   nothing; CacheManager's GetOrAdd throws) and no signature says which; the fake keeps the documented "stores
//   nothing". The copy of a value and the "*" wildcard are the store's own too.
// Configured: DefaultTtlSeconds = 300: HybridCacheProvider gives every write without an expiration 5 minutes in Redis
//   (and 1 minute in process, after which the read goes to Redis), a provider's own default that no signature shows.

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SampleDotblog.ICacheProviderCase;

[InMemoryFake(DefaultTtlSeconds = 300)]
public interface ICacheProvider
{
    Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> factory, TimeSpan? expiration = null, string[]? tags = null, CancellationToken cancellationToken = default);
    Task SetAsync<T>(string key, T value, TimeSpan? expiration = null, string[]? tags = null, CancellationToken cancellationToken = default);
    Task RemoveAsync(string key, CancellationToken cancellationToken = default);
    Task RemoveByTagAsync(string tag, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(ICacheProvider cache)
    {
        var runs = 0;
        Task<int> Count(CancellationToken _)
        {
            runs++;
            return Task.FromResult(runs);
        }

        Check.Equal(1, await cache.GetOrCreateAsync("articles:1", Count, tags: new[] { "articles" }), "GetOrCreateAsync runs the factory on a miss");
        Check.Equal(1, await cache.GetOrCreateAsync("articles:1", Count), "and returns the cached value afterwards");
        Check.Equal(1, runs, "the factory ran once");
        await cache.SetAsync("articles:2", 20, TimeSpan.FromMinutes(2), new[] { "articles" });
        await cache.SetAsync("authors:1", 30);
        Check.Equal(20, await cache.GetOrCreateAsync("articles:2", Count), "a value set is returned without running the factory");
        Check.Equal(TimeSpan.FromMinutes(2), LifetimeOf(cache, "articles:2"), "a value written with an expiration lives that long");
        Check.Equal(TimeSpan.FromMinutes(5), LifetimeOf(cache, "authors:1"), "a value written without one lives 5 minutes (Redis's entry)");
        await cache.RemoveByTagAsync("articles");
        Check.Equal(2, await cache.GetOrCreateAsync("articles:1", Count), "RemoveByTagAsync invalidates the tagged entries");
        Check.Equal(3, await cache.GetOrCreateAsync("articles:2", Count), "every one of them");
        Check.Equal(30, await cache.GetOrCreateAsync("authors:1", Count), "and keeps the others");
        await cache.RemoveAsync("authors:1");
        Check.Equal(4, await cache.GetOrCreateAsync("authors:1", Count), "RemoveAsync removes the key");
        Check.Null(await cache.GetOrCreateAsync<string?>("missing", _ => Task.FromResult<string?>(null)), "a factory's null is returned");
        Check.Null(await cache.GetOrCreateAsync<string?>("missing", _ => Task.FromResult<string?>("made")), "and cached: the next call does not run its factory");
    }

    private static TimeSpan LifetimeOf(ICacheProvider cache, string key)
    {
        foreach (var entry in ((IInMemoryFake)cache).Entries)
        {
            if (entry.Store == "ICacheProvider" && Equals(entry.Key, key))
            {
                return entry.ExpiresAt!.Value - entry.LastModified;
            }
        }

        throw new InvalidOperationException($"no entry '{key}'");
    }
}
