// Source: https://github.com/Squidex/squidex
// Commit: 0ecfe2fc6807
// Licence: MIT
// Path: backend/src/Squidex.Infrastructure/Caching/IQueryCache.cs
// Adapted: closed over (string, string), as a user of it would close it.
// Real store: backend/src/Squidex.Infrastructure/Caching/QueryCache.cs over IMemoryCache: Set stores (replacing) for
//   cacheDuration; TryGet returns false for a missing or expired key.
// Shapes: *=10
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Squidex.IQueryCacheCase;

public interface IQueryCache<TKey, T> where TKey : notnull
{
    void Set(TKey key, T item, TimeSpan cacheDuration);

    bool TryGet(TKey key, out T result);
}

[InMemoryFake(typeof(IQueryCache<string, string>))]
public partial class QueryCacheFake;

public static class Smoke
{
    public static Task RunAsync(IQueryCache<string, string> store)
    {
        Check.False(store.TryGet("schema:blog", out _), "TryGet of a missing key is false");
        store.Set("schema:blog", "v1", TimeSpan.FromMinutes(5));
        store.Set("schema:blog", "v2", TimeSpan.FromMinutes(5));
        Check.True(store.TryGet("schema:blog", out var value) && value == "v2", "TryGet returns the last value Set stored");
        return Task.CompletedTask;
    }
}
