// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Middleware/OutputCaching/src/IOutputCacheBufferStore.cs
// Real store: src/Caching/StackExchangeRedis/src/RedisOutputCacheStore.cs: SetAsync(key, ReadOnlySequence<byte>,
//   ReadOnlyMemory<string> tags, validFor) stores the bytes for validFor and records the key under each tag, as the
//   byte[] SetAsync does (which calls it); TryGetAsync(key, PipeWriter) writes the bytes, flushes and returns true, or
//   returns false for a missing key; EvictByTagAsync removes every entry stored with the tag.
// Shapes: *=10
#nullable enable

using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.OutputCaching;

namespace Corpus.AspNetCore.IOutputCacheBufferStoreCase;

[InMemoryFake(typeof(IOutputCacheBufferStore))]
public partial class OutputCacheBufferStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IOutputCacheBufferStore store)
    {
        var ct = CancellationToken.None;
        Check.False(await store.TryGetAsync("/products", new Pipe().Writer, ct), "TryGetAsync of a missing key returns false");
        await store.SetAsync("/products", new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes("[1]")), new[] { "products" }.AsMemory(), TimeSpan.FromMinutes(1), ct);
        await store.SetAsync("/orders", Encoding.UTF8.GetBytes("[2]"), ["orders"], TimeSpan.FromMinutes(1), ct);

        var pipe = new Pipe();
        Check.True(await store.TryGetAsync("/products", pipe.Writer, ct), "TryGetAsync finds what the buffer SetAsync wrote");
        var read = await pipe.Reader.ReadAsync(ct);
        Check.Equal("[1]", Encoding.UTF8.GetString(read.Buffer.ToArray()), "TryGetAsync writes and flushes the stored bytes");
        Check.Equal("[2]", Encoding.UTF8.GetString(await store.GetAsync("/orders", ct) ?? []), "GetAsync reads what the byte[] SetAsync wrote");

        await store.EvictByTagAsync("products", ct);
        Check.Null(await store.GetAsync("/products", ct), "EvictByTagAsync removes the entries tagged by the buffer SetAsync");
        Check.True(await store.GetAsync("/orders", ct) is not null, "entries without the tag stay");
    }
}
