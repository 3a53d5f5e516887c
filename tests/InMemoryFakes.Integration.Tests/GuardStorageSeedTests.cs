using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests;

// Seed 000: a guard's memory storage — get/set with a TTL in seconds, delete, increment, exists, clear,
// in a synchronous and an asynchronous flavour, written as a C# user would write the interfaces.
[InMemoryFake]
public interface IGuardStorage
{
    object? Get(string key);

    void Set(string key, object value, int? ttl = null);

    void Delete(string key);

    long Increment(string key, long amount = 1);

    bool Exists(string key);

    void Clear();
}

[InMemoryFake]
public interface IAsyncGuardStorage
{
    Task<object?> GetAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> SetAsync(string key, object value, int? ttl = null, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    Task<long> IncrementAsync(string key, long amount = 1, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    Task ClearAsync(CancellationToken cancellationToken = default);
}

public class GuardStorageSeedTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Set_then_get_returns_the_value_and_delete_removes_it()
    {
        IGuardStorage storage = new InMemoryGuardStorage(_clock);

        storage.Set("user:1", "alice");
        Assert.Equal("alice", storage.Get("user:1"));
        Assert.True(storage.Exists("user:1"));

        storage.Delete("user:1");
        Assert.Null(storage.Get("user:1"));
        Assert.False(storage.Exists("user:1"));
    }

    [Fact]
    public void Value_with_ttl_is_visible_one_tick_before_expiry_and_gone_at_expiry()
    {
        IGuardStorage storage = new InMemoryGuardStorage(_clock);
        storage.Set("blocked:10.0.0.1", true, ttl: 60);

        _clock.Advance(TimeSpan.FromSeconds(60) - TimeSpan.FromTicks(1));
        Assert.True(storage.Exists("blocked:10.0.0.1"));
        Assert.Equal(true, storage.Get("blocked:10.0.0.1"));

        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.False(storage.Exists("blocked:10.0.0.1"));
        Assert.Null(storage.Get("blocked:10.0.0.1"));
        Assert.Equal(0, Fakes.Of(storage).Count);
    }

    [Fact]
    public void Value_without_ttl_never_expires()
    {
        IGuardStorage storage = new InMemoryGuardStorage(_clock);
        storage.Set("config", "on");

        _clock.Advance(TimeSpan.FromDays(3650));

        Assert.Equal("on", storage.Get("config"));
    }

    [Fact]
    public void Increment_creates_a_counter_at_zero_and_returns_each_new_value()
    {
        IGuardStorage storage = new InMemoryGuardStorage(_clock);

        Assert.Equal(1, storage.Increment("requests"));
        Assert.Equal(2, storage.Increment("requests"));
        Assert.Equal(7, storage.Increment("requests", 5));
        Assert.Equal(7L, storage.Get("requests"));
    }

    [Fact]
    public void Increment_keeps_the_counters_ttl_so_a_rate_window_still_closes()
    {
        IGuardStorage storage = new InMemoryGuardStorage(_clock);
        storage.Set("window:10.0.0.1", 0L, ttl: 10);

        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, storage.Increment("window:10.0.0.1"));
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.False(storage.Exists("window:10.0.0.1"));
    }

    [Fact]
    public async Task Concurrent_increments_from_several_threads_lose_no_update()
    {
        IGuardStorage storage = new InMemoryGuardStorage(_clock);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                storage.Increment("hits");
            }
        }, TestContext.Current.CancellationToken)));

        Assert.Equal(20_000L, storage.Get("hits"));
    }

    [Fact]
    public void Clear_removes_every_value()
    {
        IGuardStorage storage = new InMemoryGuardStorage(_clock);
        storage.Set("a", 1);
        storage.Set("b", 2, ttl: 30);

        storage.Clear();

        Assert.False(storage.Exists("a"));
        Assert.False(storage.Exists("b"));
        Assert.Equal(0, Fakes.Of(storage).Count);
    }

    [Fact]
    public void Zero_or_negative_ttl_is_rejected_naming_the_parameter_and_nothing_is_stored()
    {
        IGuardStorage storage = new InMemoryGuardStorage(_clock);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => storage.Set("k", "v", ttl: 0));
        Assert.Equal("ttl", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => storage.Set("k", "v", ttl: -5));
        Assert.False(storage.Exists("k"));
    }

    [Fact]
    public async Task Async_storage_supports_the_same_operations()
    {
        IAsyncGuardStorage storage = new InMemoryAsyncGuardStorage(_clock);
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await storage.SetAsync("token", "abc", ttl: 5, ct));
        Assert.Equal("abc", await storage.GetAsync("token", ct));
        Assert.True(await storage.ExistsAsync("token", ct));
        Assert.Equal(3, await storage.IncrementAsync("count", 3, ct));

        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(await storage.ExistsAsync("token", ct));
        Assert.Null(await storage.GetAsync("token", ct));

        Assert.True(await storage.DeleteAsync("count", ct));
        Assert.False(await storage.DeleteAsync("count", ct));

        await storage.SetAsync("x", 1, cancellationToken: ct);
        await storage.ClearAsync(ct);
        Assert.False(await storage.ExistsAsync("x", ct));
    }

    [Fact]
    public async Task Already_cancelled_token_throws_and_leaves_the_store_unchanged()
    {
        IAsyncGuardStorage storage = new InMemoryAsyncGuardStorage(_clock);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => storage.SetAsync("k", "v", cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => storage.IncrementAsync("n", cancellationToken: cancelled.Token));

        Assert.Equal(0, Fakes.Of(storage).Count);
    }
}
