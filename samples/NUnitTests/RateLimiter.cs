using InMemoryFakes;

namespace NUnitTests;

// The application code under test: a fixed-window rate limiter on a key-value store.

[InMemoryFake]
public interface ICounterStore
{
    long Increment(string key, long amount = 1);

    void Set(string key, long value, TimeSpan ttl);

    bool Exists(string key);
}

public sealed class RateLimiter(ICounterStore counters, int limit, TimeSpan window)
{
    public bool Allow(string client)
    {
        var key = "rate:" + client;
        if (!counters.Exists(key))
        {
            counters.Set(key, 0, window);
        }

        return counters.Increment(key) <= limit;
    }
}
