using System;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>A key-value store with TTLs and counters.</summary>
[InMemoryFake]
public interface ICounterStore
{
    string? Get(string key);

    void Set(string key, string value, TimeSpan? ttl = null);

    Task SetAsync(string key, string value, int? ttlSeconds = null, CancellationToken cancellationToken = default);

    long Increment(string key, long amount = 1);

    int Decrement(string key);

    bool Exists(string key);

    TimeSpan? GetTimeToLive(string key);

    bool Remove(string key);
}
