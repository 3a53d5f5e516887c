// Source: https://github.com/ZiggyCreatures/FusionCache
// Commit: cfe63399fc20
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample6 rule, fixed before probing: in these repositories, in this order (FoundatioFx/Foundatio,
//   jamesmontemagno/monkey-cache, Blazored/LocalStorage, reactiveui/Akavache, eventflow/EventFlow, quartznet/quartznet,
//   Radarr/Radarr, Ombi-app/Ombi, CommunityToolkit/WindowsCommunityToolkit, VahidN/EFCoreSecondLevelCacheInterceptor,
//   ZiggyCreatures/FusionCache, martinothamar/Mediator, JasperFx/marten), skipping any the find_repos/fetch tools do
//   not hold or already in the corpus, stopping after 8 usable ones, at its newest stored snapshot: the first 2
//   interfaces in ordinal path order, outside paths containing "test" (any case), whose name ends in Repository, Store,
//   Storage or Cache and that declare at least 3 members. monkey-cache, Blazored/LocalStorage and
//   WindowsCommunityToolkit had none; Foundatio, Akavache, EventFlow, EFCoreSecondLevelCacheInterceptor and FusionCache
//   had one: 11 interfaces from 8 repositories (Foundatio, Akavache, EventFlow, quartznet, Radarr, Ombi,
//   EFCoreSecondLevelCacheInterceptor, FusionCache).
//   This one: the 1st (and only) of ZiggyCreatures/FusionCache.
// Path: src/ZiggyCreatures.FusionCache/IFusionCache.cs (models: MaybeValue.cs, FusionCacheEntryOptions.cs,
//   FusionCacheEntryOptionsProvider.cs, FusionCacheFactoryExecutionContext.cs, Events/FusionCacheEventsHub.cs,
//   Plugins/IFusionCachePlugin.cs, Serialization/IFusionCacheSerializer.cs, Backplane/IFusionCacheBackplane.cs,
//   Locking/Distributed/IFusionCacheDistributedLocker.cs)
// Adapted: MaybeValue keeps None, FromValue, HasValue, Value and the conversions; FusionCacheEntryOptions keeps
//   Duration and IsFailSafeEnabled; the factory context keeps its Options; the serializer, backplane, locker, plugin
//   and events hub are empty types. IDistributedCache is the framework's. Nullable enabled, as in the project.
// Real store: src/ZiggyCreatures.FusionCache/FusionCache.cs (a memory cache, optionally a distributed cache and a
//   backplane; entries live for the options' Duration, 30 s by default): GetOrSet(Async)(key, factory) the live
//   value, else runs the factory (one caller per key at a time), stores its result with the options and tags and
//   returns it (fail-safe: on a factory error a stale value or failSafeDefaultValue is returned when enabled);
//   GetOrSet(key, defaultValue) stores and returns defaultValue on a miss; GetOrDefault the live value or
//   defaultValue (stores nothing); TryGet a MaybeValue with the live value or None; Set stores the value (with
//   tags); Remove removes the entry; Expire marks it expired (kept as a stale value only for fail-safe, else
//   removed); RemoveByTag(s) expires every entry with one of the tags; Clear(allowFailSafe) expires (true) or removes
//   (false) every entry; the Setup*/Remove* members attach or detach the distributed cache, serializer, backplane and
//   locker and return the cache itself; Has* / DistributedCache / Backplane report them; CreateEntryOptions a copy
//   of DefaultEntryOptions with the duration and setup applied; AddPlugin/RemovePlugin start/stop a plugin
//   (RemovePlugin false when it was not added); CacheName/InstanceId the configured name and a generated id.
// Shapes: *=core; GetOrSetAsync=3; GetOrSet=3; GetOrDefaultAsync=3; GetOrDefault=3; TryGetAsync=10; TryGet=10; SetAsync=5; Set=5; ExpireAsync=5; Expire=5; RemoveByTagAsync=4; RemoveByTag=4; ClearAsync=8; Clear=8; CreateEntryOptions=20; SetupSerializer=20; SetupDistributedCache=20; RemoveDistributedCache=20; SetupBackplane=20; RemoveBackplane=20; SetupDistributedLocker=20; RemoveDistributedLocker=20; AddPlugin=20; RemovePlugin=20; Events=20; DefaultEntryOptions=20; DefaultEntryOptionsProvider=20; HasDistributedCache=20; DistributedCache=20; HasBackplane=20; Backplane=20; HasDistributedLocker=20; CacheName=20; InstanceId=20
// First try (46fe673): incomplete: IMF0001 every member (41: generic values with entry options and tags, factories,
//   MaybeValue results, the setup members and properties) | WRONG: none
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Extensions.Caching.Distributed;

namespace Corpus.FusionCache.IFusionCacheCase;

public readonly struct MaybeValue<TValue>
{
    private readonly TValue _value;

    public static readonly MaybeValue<TValue> None;

    private MaybeValue(TValue value)
    {
        HasValue = true;
        _value = value;
    }

    public bool HasValue { get; }

    public TValue Value => HasValue ? _value : throw new InvalidOperationException("A value is not available for this instance");

    public static MaybeValue<TValue> FromValue(TValue value) => new(value);

    public static implicit operator MaybeValue<TValue>(TValue value) => FromValue(value);

    public static implicit operator TValue(MaybeValue<TValue> maybe) => maybe.Value;
}

public class FusionCacheEntryOptions
{
    public FusionCacheEntryOptions(TimeSpan? duration = null)
    {
        Duration = duration ?? TimeSpan.FromSeconds(30);
    }

    public TimeSpan Duration { get; set; }
    public bool IsFailSafeEnabled { get; set; }
}

public abstract class FusionCacheEntryOptionsProvider
{
}

public abstract class FusionCacheFactoryExecutionContext<TValue>
{
    public abstract FusionCacheEntryOptions Options { get; set; }
}

public interface IFusionCacheSerializer
{
}

public interface IFusionCacheBackplane
{
}

public interface IFusionCacheDistributedLocker
{
}

public interface IFusionCachePlugin
{
}

public sealed class FusionCacheEventsHub
{
}

[InMemoryFake]
public interface IFusionCache
    : IDisposable
{
    string CacheName { get; }
    string InstanceId { get; }
    FusionCacheEntryOptions DefaultEntryOptions { get; }
    FusionCacheEntryOptionsProvider? DefaultEntryOptionsProvider { get; }
    FusionCacheEntryOptions CreateEntryOptions(Action<FusionCacheEntryOptions>? setupAction = null, TimeSpan? duration = null);
    ValueTask<TValue> GetOrSetAsync<TValue>(string key, Func<FusionCacheFactoryExecutionContext<TValue>, CancellationToken, Task<TValue>> factory, MaybeValue<TValue> failSafeDefaultValue = default, FusionCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken token = default);
    TValue GetOrSet<TValue>(string key, Func<FusionCacheFactoryExecutionContext<TValue>, CancellationToken, TValue> factory, MaybeValue<TValue> failSafeDefaultValue = default, FusionCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken token = default);
    ValueTask<TValue> GetOrSetAsync<TValue>(string key, TValue defaultValue, FusionCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken token = default);
    TValue GetOrSet<TValue>(string key, TValue defaultValue, FusionCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken token = default);
    ValueTask<TValue?> GetOrDefaultAsync<TValue>(string key, TValue? defaultValue = default, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    TValue? GetOrDefault<TValue>(string key, TValue? defaultValue = default, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    ValueTask<MaybeValue<TValue>> TryGetAsync<TValue>(string key, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    MaybeValue<TValue> TryGet<TValue>(string key, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    ValueTask SetAsync<TValue>(string key, TValue value, FusionCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken token = default);
    void Set<TValue>(string key, TValue value, FusionCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken token = default);
    ValueTask RemoveAsync(string key, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    void Remove(string key, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    ValueTask ExpireAsync(string key, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    void Expire(string key, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    ValueTask RemoveByTagAsync(string tag, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    ValueTask RemoveByTagAsync(IEnumerable<string> tags, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    void RemoveByTag(string tag, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    void RemoveByTag(IEnumerable<string> tags, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    ValueTask ClearAsync(bool allowFailSafe = true, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    void Clear(bool allowFailSafe = true, FusionCacheEntryOptions? options = null, CancellationToken token = default);
    IFusionCache SetupSerializer(IFusionCacheSerializer serializer);
    IFusionCache SetupDistributedCache(IDistributedCache distributedCache);
    IFusionCache SetupDistributedCache(IDistributedCache distributedCache, IFusionCacheSerializer serializer);
    IFusionCache RemoveDistributedCache();
    bool HasDistributedCache { get; }
    IDistributedCache? DistributedCache { get; }
    IFusionCache SetupBackplane(IFusionCacheBackplane backplane);
    IFusionCache RemoveBackplane();
    bool HasBackplane { get; }
    IFusionCacheBackplane? Backplane { get; }
    IFusionCache SetupDistributedLocker(IFusionCacheDistributedLocker distributedLocker);
    IFusionCache RemoveDistributedLocker();
    bool HasDistributedLocker { get; }
    FusionCacheEventsHub Events { get; }
    void AddPlugin(IFusionCachePlugin plugin);
    bool RemovePlugin(IFusionCachePlugin plugin);
}

public static class Smoke
{
    public static async Task RunAsync(IFusionCache cache)
    {
        Check.False(cache.TryGet<int>("answer").HasValue, "TryGet of a missing key has no value");
        cache.Set("answer", 42);
        Check.Equal(42, cache.TryGet<int>("answer").Value, "TryGet returns the value Set stored");
        Check.Equal(42, await cache.GetOrDefaultAsync<int>("answer"), "GetOrDefaultAsync returns the stored value");
        Check.Equal(7, cache.GetOrDefault("missing", 7), "GetOrDefault of a missing key is the default");
        Check.False(cache.TryGet<int>("missing").HasValue, "GetOrDefault stores nothing");
        var calls = 0;
        var made = await cache.GetOrSetAsync<string>("made", (_, _) => { calls++; return Task.FromResult("fresh"); });
        Check.Equal("fresh", made, "GetOrSetAsync runs the factory on a miss");
        Check.Equal("fresh", await cache.GetOrSetAsync<string>("made", (_, _) => { calls++; return Task.FromResult("again"); }), "GetOrSetAsync returns the cached value on a hit");
        Check.Equal(1, calls, "the factory runs once");
        Check.Equal("seed", cache.GetOrSet("seeded", "seed"), "GetOrSet(key, defaultValue) stores the default on a miss");
        Check.Equal("seed", cache.TryGet<string>("seeded").Value, "the default is stored");
        await cache.SetAsync("tagged", "t", tags: new[] { "group" });
        await cache.RemoveByTagAsync("group");
        Check.False(cache.TryGet<string>("tagged").HasValue, "RemoveByTagAsync removes the tagged entries");
        cache.Remove("answer");
        Check.False(cache.TryGet<int>("answer").HasValue, "Remove removes the entry");
        cache.Clear(allowFailSafe: false);
        Check.False(cache.TryGet<string>("made").HasValue, "Clear removes every entry");
    }
}
