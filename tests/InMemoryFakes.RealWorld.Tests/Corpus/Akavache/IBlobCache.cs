// Source: https://github.com/reactiveui/Akavache
// Commit: 32452d702af4
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
//   This one: the 1st (and only) of reactiveui/Akavache.
// Path: src/Akavache.Core/IBlobCache.cs (models: ISerializer.cs; IScheduler and Unit are System.Reactive's)
// Adapted: System.Reactive is not referenced: IScheduler keeps its Now and Unit is an empty struct; ISerializer keeps
//   two members; the nested ExceptionHelpers class (static helpers, no member of the contract) is left out. Nullable
//   enabled, as in the project.
// Real store: src/Akavache.Core/InMemoryBlobCacheBase.cs (a Dictionary key -> (type name, bytes, CreatedAt,
//   ExpiresAt) and a type -> keys index; also SqliteBlobCache with the same contract); the clock is Scheduler.Now.
//   Every member signals ObjectDisposedException after Dispose. Insert(key, data, [type,] expiration) writes the
//   entry (CreatedAt now, the type's full name when given, moving the key between type indexes); the pair overloads
//   do it for every pair. Get(key) the bytes, KeyNotFoundException (an OnError) when missing or expired (the expired
//   entry is removed); Get(keys) the pairs of the keys found, the missing ones skipped; Get(key, type) and
//   Get(keys, type) ignore the type; GetAll(type) the live entries inserted with that type; GetAllKeys() the live
//   keys; GetAllKeys(type) the live keys of that type; GetCreatedAt(key) the entry's CreatedAt or null when missing;
//   the keys overload a (key, time) per key; the type overloads ignore the type; Flush/Flush(type) and Vacuum (drops
//   expired entries) complete; Invalidate(key/keys) removes them (missing ignored); InvalidateAll() removes every
//   entry; InvalidateAll(type) the entries of that type; UpdateExpiration(key/keys, [type,] expiration) sets
//   ExpiresAt of the entries present (the type overloads only when the entry has that type). ForcedDateTimeKind is a
//   plain setting.
// Shapes: *=core; Insert=1,5; Get=18; GetAll=4; GetAllKeys=4; GetCreatedAt=13; Flush=20; Vacuum=5; InvalidateAll=4; UpdateExpiration=5; Scheduler=20; Serializer=20; ForcedDateTimeKind=20
// First try (46fe673): incomplete: IMF0001 every member (31: IObservable results, the Type overloads, Scheduler,
//   Serializer, ForcedDateTimeKind) | WRONG: none
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Akavache.IBlobCacheCase;

public readonly struct Unit
{
}

public interface IScheduler
{
    DateTimeOffset Now { get; }
}

public interface ISerializer
{
    byte[] Serialize<T>(T item);
    T? Deserialize<T>(byte[] bytes);
}

[InMemoryFake]
public interface IBlobCache : IDisposable
{
    ISerializer Serializer { get; }

    IScheduler Scheduler { get; }

    DateTimeKind? ForcedDateTimeKind { get; set; }

    IObservable<Unit> Insert(IEnumerable<KeyValuePair<string, byte[]>> keyValuePairs, DateTimeOffset? absoluteExpiration = null);

    IObservable<Unit> Insert(string key, byte[] data, DateTimeOffset? absoluteExpiration = null);

    IObservable<Unit> Insert(IEnumerable<KeyValuePair<string, byte[]>> keyValuePairs, Type type, DateTimeOffset? absoluteExpiration = null);

    IObservable<Unit> Insert(string key, byte[] data, Type type, DateTimeOffset? absoluteExpiration = null);

    IObservable<byte[]?> Get(string key);

    IObservable<KeyValuePair<string, byte[]>> Get(IEnumerable<string> keys);

    IObservable<byte[]?> Get(string key, Type type);

    IObservable<KeyValuePair<string, byte[]>> Get(IEnumerable<string> keys, Type type);

    IObservable<KeyValuePair<string, byte[]>> GetAll(Type type);

    IObservable<string> GetAllKeys();

    IObservable<string> GetAllKeys(Type type);

    IObservable<(string Key, DateTimeOffset? Time)> GetCreatedAt(IEnumerable<string> keys);

    IObservable<DateTimeOffset?> GetCreatedAt(string key);

    IObservable<(string Key, DateTimeOffset? Time)> GetCreatedAt(IEnumerable<string> keys, Type type);

    IObservable<DateTimeOffset?> GetCreatedAt(string key, Type type);

    IObservable<Unit> Flush();

    IObservable<Unit> Flush(Type type);

    IObservable<Unit> Invalidate(string key);

    IObservable<Unit> Invalidate(string key, Type type);

    IObservable<Unit> Invalidate(IEnumerable<string> keys);

    IObservable<Unit> InvalidateAll(Type type);

    IObservable<Unit> Invalidate(IEnumerable<string> keys, Type type);

    IObservable<Unit> InvalidateAll();

    IObservable<Unit> Vacuum();

    IObservable<Unit> UpdateExpiration(string key, DateTimeOffset? absoluteExpiration);

    IObservable<Unit> UpdateExpiration(string key, Type type, DateTimeOffset? absoluteExpiration);

    IObservable<Unit> UpdateExpiration(IEnumerable<string> keys, DateTimeOffset? absoluteExpiration);

    IObservable<Unit> UpdateExpiration(IEnumerable<string> keys, Type type, DateTimeOffset? absoluteExpiration);
}

public sealed class UserRecord
{
}

public static class Smoke
{
    private sealed class Collector<T> : IObserver<T>
    {
        public List<T> Items { get; } = new();
        public TaskCompletionSource<List<T>> Done { get; } = new();
        public void OnNext(T value) => Items.Add(value);
        public void OnError(Exception error) => Done.TrySetException(error);
        public void OnCompleted() => Done.TrySetResult(Items);
    }

    private static Task<List<T>> ToListAsync<T>(IObservable<T> source)
    {
        var collector = new Collector<T>();
        source.Subscribe(collector);
        return collector.Done.Task;
    }

    public static async Task RunAsync(IBlobCache cache)
    {
        await ToListAsync(cache.Insert("a", Encoding.UTF8.GetBytes("alpha")));
        Check.Equal("alpha", Encoding.UTF8.GetString((await ToListAsync(cache.Get("a"))).Single()!), "Get returns the inserted bytes");
        await Check.ThrowsAsync<KeyNotFoundException>(() => ToListAsync(cache.Get("missing")), "Get of a missing key signals KeyNotFoundException");
        await ToListAsync(cache.Insert("u1", Encoding.UTF8.GetBytes("user"), typeof(UserRecord)));
        Check.Equal(1, (await ToListAsync(cache.GetAll(typeof(UserRecord)))).Count, "GetAll(type) returns the entries inserted with that type");
        Check.Equal(2, (await ToListAsync(cache.GetAllKeys())).Count, "GetAllKeys returns every live key");
        Check.Equal(1, (await ToListAsync(cache.Get(new[] { "a", "missing" }))).Count, "Get(keys) skips the missing keys");
        Check.NotNull((await ToListAsync(cache.GetCreatedAt("a"))).Single(), "GetCreatedAt of a key is its creation time");
        Check.Null((await ToListAsync(cache.GetCreatedAt("missing"))).Single(), "GetCreatedAt of a missing key is null");
        await ToListAsync(cache.Invalidate("a"));
        await Check.ThrowsAsync<KeyNotFoundException>(() => ToListAsync(cache.Get("a")), "an invalidated key is gone");
        await ToListAsync(cache.InvalidateAll());
        Check.Equal(0, (await ToListAsync(cache.GetAllKeys())).Count, "InvalidateAll removes every entry");
    }
}
