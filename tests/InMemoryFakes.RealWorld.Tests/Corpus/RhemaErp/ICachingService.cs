// Source: https://github.com/rhema-systems/RHEMA-ERP
// Commit: 43f8abed635a (the file's newest version in the index; no snapshot of the repository could be had)
// Licence: MIT (stated for the whole repository by its README, "licensed under the MIT License"; no LICENSE file in
//   the index; an interface signature transcribed for a test)
// Sample: h-sample109 rule (the whole rule and the repositories it skipped: Corpus/CrmSolution/IAccountService.cs).
//   This one: the 2nd pick (the 16th repository of find_repos("Erp")), walked in the file index's path order (no
//   snapshot). Before it in path order: .artifacts/LandBankAssetCreationReset/Program.cs, FixToolCheckoutColumns.cs and
//   PasswordHasherApp/Program.cs (top-level programs, read: no interface); TestLoginApp/ and outputs/.../
//   synthetic-cutover-smoke-test/ (test paths); scripts/finance/*/Program.cs (three console tools, not read) and
//   src/ErpSystem.Api/Authorization/ (six files; PermissionRequirement.cs and PermissionAuthorizationHandler.cs read:
//   classes only; the other four, a policy map, a convention and two handlers, not read).
// Path: src/ErpSystem.Api/Caching/CachingService.cs (the interface and its real store, CachingService, in one file)
// Adapted: nothing (the XML comment kept). Nullable enabled, as in the source (ErpSystem.Api.csproj).
// Real store: CachingService, two tiers: IMemoryCache (L1, this process) and IDistributedCache on Redis (L2, values as
//   JSON), with StackExchange.Redis for the key commands. Every member catches every exception and logs it (a failure
//   reads as a miss and a write that fails does nothing). GetAsync<T>(key): L1, else L2 deserialised (and copied into L1
//   with 5 minutes sliding, 15 absolute), else default. Get<T>(key): L1 only. GetOrCreateAsync<T>(key, factory, expiry):
//   GetAsync, and when that is not null returns it, else runs the factory and SetAsync's its result (a value type's
//   default is not null: a miss of an int answers 0 and never runs the factory). SetAsync<T>(key, value, expiry): L1
//   with absolute expiry = expiry ?? CachingOptions.DefaultExpiry (15 minutes) and a sliding one (5 minutes, or half the
//   expiry when it is 10 minutes or less), and L2 with that absolute expiry. Set<T>(key, value, expiry): L1 only,
//   absolute expiry ?? 15 minutes. SetManyAsync: SetAsync each. RemoveAsync: both tiers; Remove: L1 only.
//   RemovePatternAsync(pattern): Redis KEYS of the glob pattern on the first endpoint, RemoveAsync each. ClearAsync:
//   clears L1 and FLUSHDB's the Redis database. ExistsAsync: L1, else Redis EXISTS. GetTtlAsync: Redis TTL (null for a
//   key without expiry or not stored). RefreshAsync: IDistributedCache.RefreshAsync (slides nothing here: L2 entries
//   have an absolute expiry only).
// Shapes: *=10
// First try (6587633c): incomplete: IMF0001 on RemovePatternAsync ("'RemovePattern' is not a known verb: it starts with
//   Remove, which is one, but 'Pattern' after it is no noun of this store"); the other 12 generated over one table of
//   object values | WRONG: the writes without an expiry (SetAsync, Set, SetManyAsync, GetOrCreateAsync) keep the value
//   for good and GetTtlAsync answers null for it, where CachingService gives it CachingOptions.DefaultExpiry, 15 minutes;
//   the synchronous twins act on the whole store where the real ones touch the memory tier only: Remove(key) leaves the
//   Redis copy, which GetAsync and ExistsAsync then find, and Set(key, value) writes none (GetTtlAsync answers null for
//   it, RemovePatternAsync does not see it); GetOrCreateAsync<T> of a value type runs the factory on a miss, where the
//   real one answers default(T) and never runs it (its "cached != null" holds for a boxed 0). Louder: a null key or value
//   throws ArgumentNullException and a value read as another type InvalidCastException naming the key, where the real one
//   logs and answers default (or deserialises the Redis JSON as the type asked). The probe stops at the 15-minute check.
// After this round: RemovePatternAsync is refused for its real cause (a string pattern is a glob in Redis, a leading or
//   trailing wildcard or a regular expression elsewhere; a Regex would be generated: Sample109Tests), and
//   DefaultTtlSeconds = 900 states the default expiry. The smoke probe now stops at RemovePatternAsync.
// Still wrong: the synchronous Remove and Set act on both tiers, and GetOrCreateAsync of a value type runs its factory
//   (above): the two tiers and the null test are CachingService's own, which no signature shows; a fake whose sync and
//   async twins differ would be wrong for the stores whose twins agree.
// Configured: DefaultTtlSeconds = 900: CachingOptions.DefaultExpiry, the 15 minutes CachingService gives every write
//   without an expiry (SetAsync, Set, SetManyAsync, GetOrCreateAsync); a user of this store states it.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.RhemaErp.ICachingServiceCase;

/// <summary>
/// Multi-tier caching service with L1 (Memory) and L2 (Redis) cache layers
/// </summary>
[InMemoryFake(DefaultTtlSeconds = 900)]
public interface ICachingService
{
    // Get operations
    Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken = default);
    T? Get<T>(string key);
    Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> factory, TimeSpan? expiry = null, CancellationToken cancellationToken = default);

    // Set operations
    Task SetAsync<T>(string key, T value, TimeSpan? expiry = null, CancellationToken cancellationToken = default);
    void Set<T>(string key, T value, TimeSpan? expiry = null);
    Task SetManyAsync<T>(Dictionary<string, T> items, TimeSpan? expiry = null, CancellationToken cancellationToken = default);

    // Remove operations
    Task RemoveAsync(string key, CancellationToken cancellationToken = default);
    void Remove(string key);
    Task RemovePatternAsync(string pattern, CancellationToken cancellationToken = default);
    Task ClearAsync(CancellationToken cancellationToken = default);

    // Utilities
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);
    Task<TimeSpan?> GetTtlAsync(string key, CancellationToken cancellationToken = default);
    Task RefreshAsync(string key, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(ICachingService cache)
    {
        await cache.SetAsync("user:1", "ann");
        Check.Equal("ann", await cache.GetAsync<string>("user:1"), "a value set is read back");
        Check.True(await cache.ExistsAsync("user:1"), "and exists");
        Check.Null(await cache.GetAsync<string>("user:9"), "a key never set reads as default");
        var ttl = await cache.GetTtlAsync("user:1");
        Check.True(ttl is { } left && left > TimeSpan.Zero && left <= TimeSpan.FromMinutes(15), "a value set without an expiry lives 15 minutes (CachingOptions.DefaultExpiry)");

        var runs = 0;
        Task<string> Make()
        {
            runs++;
            return Task.FromResult("made");
        }

        Check.Equal("made", await cache.GetOrCreateAsync("user:2", Make, TimeSpan.FromMinutes(1)), "a miss runs the factory");
        Check.Equal("made", await cache.GetOrCreateAsync("user:2", Make), "a hit returns the cached value");
        Check.Equal(1, runs, "the factory ran once");

        await cache.SetManyAsync(new Dictionary<string, string> { ["user:3"] = "cy", ["role:1"] = "admin" });
        Check.Equal("cy", await cache.GetAsync<string>("user:3"), "SetManyAsync sets each");
        await cache.RemoveAsync("user:1");
        Check.False(await cache.ExistsAsync("user:1"), "RemoveAsync removes the key");
        await cache.RemovePatternAsync("user:*");
        Check.False(await cache.ExistsAsync("user:3"), "RemovePatternAsync removes the keys the glob matches");
        Check.True(await cache.ExistsAsync("role:1"), "and keeps the others");

        cache.Set("session:1", "s1");
        Check.Equal("s1", cache.Get<string>("session:1"), "Set and Get work on the memory tier");
        cache.Remove("session:1");
        Check.Null(cache.Get<string>("session:1"), "Remove removes from the memory tier");

        await cache.ClearAsync();
        Check.False(await cache.ExistsAsync("role:1"), "ClearAsync empties the cache");
    }
}
