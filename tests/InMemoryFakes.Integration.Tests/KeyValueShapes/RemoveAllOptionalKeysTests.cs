#nullable disable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Foundatio's ICacheClient: RemoveAllAsync(IEnumerable<string> keys = null) removes the keys given, or flushes the cache
// when called without keys (null or empty); GetExpirationAsync(key) is the remaining time to live; SetAllAsync returns how
// many entries it wrote.

[InMemoryFake]
public interface IFlushableCache
{
    Task<bool> SetAsync(string key, string value, TimeSpan? expiresIn = null);

    Task<bool> ExistsAsync(string key);

    Task<int> RemoveAllAsync(IEnumerable<string> keys = null);

    Task<TimeSpan?> GetExpirationAsync(string key);

    Task<int> SetAllAsync(IDictionary<string, string> values, TimeSpan? expiresIn = null);
}

[InMemoryFake]
public interface IStrictBatchCache
{
    Task SetAsync(string key, string value);

    Task<int> RemoveAllAsync(IEnumerable<string> keys);
}

public sealed class RemoveAllOptionalKeysTests
{
    [Fact]
    public async Task RemoveAll_with_keys_removes_only_those_and_counts_the_live_ones()
    {
        IFlushableCache cache = new InMemoryFlushableCache();
        await cache.SetAsync("a", "1");
        await cache.SetAsync("b", "2");
        await cache.SetAsync("c", "3");

        Assert.Equal(2, await cache.RemoveAllAsync(["a", "b", "missing"]));

        Assert.False(await cache.ExistsAsync("a"));
        Assert.True(await cache.ExistsAsync("c"));
    }

    [Fact]
    public async Task RemoveAll_without_keys_flushes_every_entry()
    {
        IFlushableCache cache = new InMemoryFlushableCache();
        await cache.SetAsync("a", "1");
        await cache.SetAsync("b", "2");

        Assert.Equal(2, await cache.RemoveAllAsync());

        Assert.False(await cache.ExistsAsync("a"));
        Assert.False(await cache.ExistsAsync("b"));
    }

    [Fact]
    public async Task RemoveAll_with_an_empty_collection_flushes_every_entry_too()
    {
        IFlushableCache cache = new InMemoryFlushableCache();
        await cache.SetAsync("a", "1");

        Assert.Equal(1, await cache.RemoveAllAsync([]));
        Assert.False(await cache.ExistsAsync("a"));
    }

    [Fact]
    public async Task Without_a_null_default_a_null_key_collection_is_ArgumentNullException_and_removes_nothing()
    {
        IStrictBatchCache cache = new InMemoryStrictBatchCache();
        await cache.SetAsync("a", "1");

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => cache.RemoveAllAsync(null));

        Assert.Equal("keys", error.ParamName);
        Assert.Equal(1, Fakes.Of(cache).Count);
    }

    [Fact]
    public async Task GetExpiration_is_the_remaining_time_to_live_and_null_without_one()
    {
        var clock = new ManualClock();
        IFlushableCache cache = new InMemoryFlushableCache(clock);
        await cache.SetAsync("session", "x", TimeSpan.FromMinutes(10));
        await cache.SetAsync("forever", "y");

        clock.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal(TimeSpan.FromMinutes(6), await cache.GetExpirationAsync("session"));
        Assert.Null(await cache.GetExpirationAsync("forever"));
        Assert.Null(await cache.GetExpirationAsync("missing"));
    }

    [Fact]
    public async Task SetAll_writes_every_entry_and_returns_how_many_it_wrote()
    {
        IFlushableCache cache = new InMemoryFlushableCache();
        await cache.SetAsync("a", "old");

        Assert.Equal(2, await cache.SetAllAsync(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }));

        Assert.True(await cache.ExistsAsync("b"));
        Assert.Equal(2, Fakes.Of(cache).Count);
    }
}
