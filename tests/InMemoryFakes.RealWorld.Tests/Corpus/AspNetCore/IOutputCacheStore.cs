// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Middleware/OutputCaching/src/IOutputCacheStore.cs
// Real store: src/Middleware/OutputCaching/src/Memory/MemoryOutputCacheStore.cs: SetAsync stores the bytes for validFor
//   and records the key under each tag; GetAsync returns the bytes or null; EvictByTagAsync removes every entry stored
//   with that tag (others stay).
// Shapes: *=10; SetAsync=10; EvictByTagAsync=10
#nullable enable

using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.OutputCaching;

namespace Corpus.AspNetCore.IOutputCacheStoreCase;

[InMemoryFake(typeof(IOutputCacheStore))]
public partial class OutputCacheStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IOutputCacheStore store)
    {
        var ct = CancellationToken.None;
        Check.Null(await store.GetAsync("/products", ct), "GetAsync of a missing key returns null");
        await store.SetAsync("/products", Encoding.UTF8.GetBytes("[1]"), ["products"], TimeSpan.FromMinutes(1), ct);
        await store.SetAsync("/orders", Encoding.UTF8.GetBytes("[2]"), ["orders"], TimeSpan.FromMinutes(1), ct);
        Check.Equal("[1]", Encoding.UTF8.GetString(await store.GetAsync("/products", ct) ?? []), "GetAsync returns the cached bytes");
        await store.EvictByTagAsync("products", ct);
        Check.Null(await store.GetAsync("/products", ct), "EvictByTagAsync removes the tagged entries");
        Check.True(await store.GetAsync("/orders", ct) is not null, "entries without the tag stay");
    }
}
