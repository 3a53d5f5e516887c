// Source: https://github.com/dotnet/aspire
// Commit: d44e195d6045
// Licence: MIT
// Path: src/Aspire.Cli/Caching/IDiskCache.cs
// Real store: src/Aspire.Cli/Caching/DiskCache.cs: one file per key (named by the key's hash) under the CLI's cache
//   directory; SetAsync writes the content (replacing the key's older files); GetAsync returns it, or null when missing or
//   older than the expiry window (3 hours by default, from configuration); ClearAsync deletes every file.
// Shapes: *=core
// First try (bb0aa1c): complete (smoke passed) | WRONG: none (no expiry: the real store's 3-hour window is configuration the
//   interface does not carry)
#nullable enable

using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Aspire.IDiskCacheCase;

[InMemoryFake]
internal interface IDiskCache
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);
    Task SetAsync(string key, string content, CancellationToken cancellationToken = default);
    Task ClearAsync(CancellationToken cancellationToken = default);
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object store) => RunCoreAsync((IDiskCache)store);

    private static async Task RunCoreAsync(IDiskCache cache)
    {
        Check.Null(await cache.GetAsync("search:aspire"), "a missing key is null");
        await cache.SetAsync("search:aspire", "[\"Aspire.Hosting\"]");
        Check.Equal("[\"Aspire.Hosting\"]", await cache.GetAsync("search:aspire"), "GetAsync returns what SetAsync wrote");
        await cache.SetAsync("search:aspire", "[]");
        Check.Equal("[]", await cache.GetAsync("search:aspire"), "SetAsync replaces the content");
        await cache.SetAsync("search:redis", "[\"Aspire.Hosting.Redis\"]");
        await cache.ClearAsync();
        Check.Null(await cache.GetAsync("search:redis"), "ClearAsync removes every entry");
    }
}
