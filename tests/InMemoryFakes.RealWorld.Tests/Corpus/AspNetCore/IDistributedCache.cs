// Source: https://github.com/dotnet/aspnetcore
// Path: src/Caching/Abstractions/src/IDistributedCache.cs (dotnet/runtime: src/libraries/Microsoft.Extensions.Caching.Abstractions)
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Real store: Microsoft.Extensions.Caching.Memory MemoryDistributedCache (Get/GetAsync return null for a missing key;
//   Set overwrites; Remove of a missing key does nothing; SlidingExpiration renews on Get and Refresh) and
//   Microsoft.Extensions.Caching.StackExchangeRedis RedisCache (same contract).
// Shapes: *=10

using System;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Extensions.Caching.Distributed;

namespace Corpus.AspNetCore.IDistributedCacheCase;

[InMemoryFake(typeof(IDistributedCache))]
public partial class DistributedCacheFake;

public static class Smoke
{
    public static async Task RunAsync(IDistributedCache store)
    {
        Check.Null(await store.GetAsync("missing"), "GetAsync of a missing key returns null");
        var options = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) };
        await store.SetAsync("k", Encoding.UTF8.GetBytes("one"), options);
        Check.Equal("one", Encoding.UTF8.GetString(await store.GetAsync("k") ?? []), "GetAsync returns what SetAsync wrote");
        store.Set("k", Encoding.UTF8.GetBytes("two"), options);
        Check.Equal("two", Encoding.UTF8.GetString(store.Get("k") ?? []), "Set overwrites");
        await store.RefreshAsync("k");
        await store.RemoveAsync("k");
        Check.Null(store.Get("k"), "Get after Remove returns null");
        store.Remove("k"); // removing a missing key does nothing
    }
}
