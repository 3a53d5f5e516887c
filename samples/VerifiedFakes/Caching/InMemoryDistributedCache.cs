using InMemoryFakes;
using InMemoryFakes.Support;
using Microsoft.Extensions.Caching.Distributed;

namespace VerifiedFakes.Caching;

/// <summary>
/// The generated <see cref="IDistributedCache"/> fake: values copied in and out, sliding expiry renewed by Get and
/// Refresh, relative or absolute expiry otherwise (one expiry per entry: sliding wins over relative, relative over
/// absolute). The generator also emits and registers its contract descriptor, so
/// <c>FakeContract.For&lt;IDistributedCache&gt;()</c> runs it against RedisCache.
/// </summary>
[InMemoryFake(typeof(IDistributedCache))]
public sealed partial class InMemoryDistributedCache;
