// Source: https://github.com/dotnet/runtime
// Path: src/libraries/Microsoft.Extensions.Caching.Abstractions/src/IBufferDistributedCache.cs
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Real store: dotnet/aspnetcore src/Caching/StackExchangeRedis/src/RedisCache.cs (IBufferDistributedCache): Set(key,
//   ReadOnlySequence<byte>) stores the bytes as Set(key, byte[]) does, in the same hash; TryGet(key, IBufferWriter<byte>)
//   writes the whole value to the destination once and returns true, renewing a sliding expiry, or returns false and
//   writes nothing for a missing key; Get reads what the buffer write stored and the other way round.
// Shapes: *=10
#nullable enable

using System;
using System.Buffers;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Extensions.Caching.Distributed;

namespace Corpus.AspNetCore.IBufferDistributedCacheCase;

[InMemoryFake(typeof(IBufferDistributedCache))]
public partial class BufferDistributedCacheFake;

public static class Smoke
{
    public static async Task RunAsync(IBufferDistributedCache store)
    {
        var options = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) };
        var missing = new ArrayBufferWriter<byte>();
        Check.False(store.TryGet("missing", missing), "TryGet of a missing key returns false");
        Check.Equal(0, missing.WrittenCount, "TryGet of a missing key writes nothing");

        await store.SetAsync("k", new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes("one")), options);
        Check.Equal("one", Encoding.UTF8.GetString(store.Get("k") ?? []), "Get reads what the buffer SetAsync wrote");

        store.Set("k", Encoding.UTF8.GetBytes("two"), options);
        var writer = new ArrayBufferWriter<byte>();
        Check.True(await store.TryGetAsync("k", writer), "TryGetAsync finds what the byte[] Set wrote");
        Check.Equal("two", Encoding.UTF8.GetString(writer.WrittenSpan), "TryGetAsync writes the stored bytes");

        store.Remove("k");
        Check.False(store.TryGet("k", new ArrayBufferWriter<byte>()), "TryGet after Remove returns false");
    }
}
