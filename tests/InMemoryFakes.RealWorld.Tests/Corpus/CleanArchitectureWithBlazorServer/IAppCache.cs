// Source: https://github.com/neozhu/CleanArchitectureWithBlazorServer
// Commit: 307c30c53b6e
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample68 rule (the whole rule and the repositories it skipped: Corpus/Cleansia/IAuditContext.cs).
//   This one: the 4th pick (the 86th of find_repos("Clean")); the first interface in path order.
// Path: src/Application/Common/Interfaces/Caching/IAppCache.cs (real store:
//   src/Infrastructure/Services/Caching/FusionAppCache.cs over FusionCache, registered in
//   src/Infrastructure/DependencyInjection.cs; callers: src/Application/Pipeline/FusionCacheBehaviour.cs and
//   CacheInvalidationBehaviour.cs)
// Adapted: nothing but the namespace. Nullable enabled, as in the source.
// Real store: FusionAppCache over IFusionCache (memory level; default entry options: 30 minutes, fail-safe, jitter up to
//   30 seconds). GetOrSetAsync(key, factory, tags) answers the value cached under key, else runs the factory once (other
//   callers of that key wait for it) and caches its result under key with the given tags. Remove(key) removes the entry;
//   a null, empty or white-space key does nothing. RemoveByTagAsync(tag) removes every entry cached with that tag (a null
//   or white-space tag does nothing); RemoveByTagsAsync(tags) does so for each distinct non-blank tag (null does nothing).
// Shapes: GetOrSetAsync=10; Remove=core; RemoveByTagAsync=10; RemoveByTagsAsync=10,18
// First try (137a868c): incomplete: GetOrSetAsync (IMF0001: only a write records tags), RemoveByTagsAsync (IMF0001:
//   'ByTags' is no noun of the store); Remove and RemoveByTagAsync generated (remove the key; evict the entries tagged so)
//   | WRONG: none silent. Louder than the real store: Remove(null) and RemoveByTagAsync(null) throw
//   ArgumentNullException where FusionAppCache ignores a blank key or tag (BlankKeys = Ignore would state the key's).
// After this round: unchanged. Left (not done in this round's time): GetOrSetAsync is a get-or-add with a factory that
//   records its tags on the add (issue 10 shape 10), generic in its value (a value cached as another type is what
//   FusionCache's own cast gives); RemoveByTagsAsync is RemoveByTag for each tag, with null and blank tags skipped as
//   the nullable parameter allows. Both are provable from the signatures but no convention covers them yet.
//   h-leftover2 (session 28): complete. GetOrSetAsync is a get-or-add whose factory is handed the member's token and
//   whose added value is stored with the tags (EntryTags.GetOrAddAsync; a hit keeps the tags it was stored with, as
//   FusionCache's); RemoveByTagsAsync removes every entry stored with any of the tags (FusionCache removes by each in
//   turn), a null collection removing nothing as the nullable parameter allows (TaggedGetOrAddTests).
// Configured: DefaultTtlSeconds = 1800: src/Infrastructure/DependencyInjection.cs gives FusionCache default entry options
//   of Duration = 30 minutes (JitterMaxDuration 30 seconds on top), and GetOrSetAsync passes none of its own, so a value
//   cached at minute 0 is gone at minute 31 and the factory runs again. h-review32 (session 32): before, the fake kept
//   it forever (silently different after 30 minutes: a value the real cache has dropped was still answered).
// Still wrong: the jitter (the real entry lives 30:00 to 30:30, the fake's exactly 30:00) and fail-safe (a factory that
//   throws after expiry answers the stale value for up to 3 hours there; the fake's factory error surfaces): both the
//   store's options, which no signature shows.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CleanArchitectureWithBlazorServer.IAppCacheCase;

[InMemoryFake(DefaultTtlSeconds = 1800)]
public interface IAppCache
{
    Task<T> GetOrSetAsync<T>(
        string key,
        Func<CancellationToken, Task<T>> factory,
        IEnumerable<string>? tags = null,
        CancellationToken cancellationToken = default);

    void Remove(string key);

    Task RemoveByTagAsync(string tag, CancellationToken cancellationToken = default);

    Task RemoveByTagsAsync(IEnumerable<string>? tags, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IAppCache cache)
    {
        var runs = 0;
        Task<string> Load(CancellationToken _)
        {
            runs++;
            return Task.FromResult("products v" + runs);
        }

        Check.Equal("products v1", await cache.GetOrSetAsync("products", Load, new[] { "products" }), "a miss runs the factory and caches its result");
        Check.Equal("products v1", await cache.GetOrSetAsync("products", Load, new[] { "products" }), "a hit answers the cached value");
        Check.Equal(1, runs, "without running the factory again");

        await cache.RemoveByTagAsync("products");
        Check.Equal("products v2", await cache.GetOrSetAsync("products", Load, new[] { "products" }), "RemoveByTagAsync removed the tagged entry");
        cache.Remove("products");
        Check.Equal("products v3", await cache.GetOrSetAsync("products", Load), "Remove removed the entry");

        cache.Remove("  ");
        await cache.RemoveByTagAsync("");
        await cache.RemoveByTagsAsync(null);
        await cache.RemoveByTagsAsync(new[] { "products", "products", " " });
        Check.Equal("products v3", await cache.GetOrSetAsync("products", Load), "blank keys and tags do nothing; an untagged entry stays");
        Check.Equal(TimeSpan.FromMinutes(30), LifetimeOf(cache, "products"), "an entry lives the 30 minutes of the default entry options");
    }

    private static TimeSpan LifetimeOf(IAppCache cache, string key)
    {
        foreach (var entry in ((IInMemoryFake)cache).Entries)
        {
            if (entry.Store == "IAppCache" && Equals(entry.Key, key))
            {
                return entry.ExpiresAt!.Value - entry.LastModified;
            }
        }

        throw new InvalidOperationException($"no entry '{key}'");
    }
}
