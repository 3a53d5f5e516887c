// Source: https://github.com/dotnet/runtime
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references (Microsoft.Extensions.Caching.Abstractions 10.0)
// Licence: MIT
// Path: src/libraries/Microsoft.Extensions.Caching.Abstractions/src/IMemoryCache.cs (ICacheEntry.cs; the extension methods
//   Set/Get/GetOrCreate in MemoryCacheExtensions.cs / CacheExtensions.cs are built on these three members)
// Real store: src/libraries/Microsoft.Extensions.Caching.Memory/src/MemoryCache.cs: object keys compared with Equals;
//   CreateEntry(key) returns an ICacheEntry that is stored only when it is DISPOSED (with its Value and expiry settings:
//   AbsoluteExpiration, AbsoluteExpirationRelativeToNow, SlidingExpiration, size, priority, tokens); TryGetValue returns the
//   live value (a read renews a sliding expiry); Remove removes (missing ignored); Dispose disposes the cache (later
//   calls throw ObjectDisposedException); GetCurrentStatistics is a default interface member (null).
// Shapes: *=10; CreateEntry=10
// First try (a75b0ce): incomplete: IMF0001 CreateEntry
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Extensions.Caching.Memory;

namespace Corpus.AspNetCore.IMemoryCacheCase;

[InMemoryFake(typeof(IMemoryCache))]
public partial class MemoryCacheFake;

public static class Smoke
{
    public static Task RunAsync(IMemoryCache cache)
    {
        Check.False(cache.TryGetValue("k", out _), "an empty cache has nothing");
        cache.Set("k", "v1");
        Check.Equal("v1", cache.Get<string>("k"), "Set (CreateEntry + Dispose) stores; Get reads");
        var entry = cache.CreateEntry("pending");
        entry.Value = 42;
        Check.False(cache.TryGetValue("pending", out _), "an entry is not stored before it is disposed");
        entry.Dispose();
        Check.True(cache.TryGetValue("pending", out var pending) && (int)pending! == 42, "the disposed entry is stored");
        Check.Equal(7, cache.GetOrCreate("lazy", e => 7), "GetOrCreate stores the factory's value");
        Check.Equal(7, cache.GetOrCreate("lazy", e => 8), "GetOrCreate does not run the factory again");
        cache.Remove("k");
        Check.Null(cache.Get<string>("k"), "Remove removed the entry");
        return Task.CompletedTask;
    }
}
