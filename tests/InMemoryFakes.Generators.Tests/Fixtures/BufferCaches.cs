using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>HybridCache's preferred L2: IDistributedCache plus its buffer members, nothing written by hand.</summary>
[InMemoryFake(typeof(IBufferDistributedCache))]
public sealed partial class BufferDistributedCacheFake;

/// <summary>The output-caching middleware's preferred store: IOutputCacheStore plus its buffer members, nothing written by hand.</summary>
[InMemoryFake(typeof(IOutputCacheBufferStore))]
public sealed partial class OutputCacheBufferStoreFake;

/// <summary>A store of bytes of its own that reads into streams and writes from memory.</summary>
[InMemoryFake]
public interface IPayloadStore
{
    byte[]? Get(string key);

    void Set(string key, ReadOnlyMemory<byte> value, TimeSpan ttl);

    bool TryGet(string key, Stream destination);

    Task<bool> TryGetAsync(string key, Stream destination, CancellationToken cancellationToken);
}
