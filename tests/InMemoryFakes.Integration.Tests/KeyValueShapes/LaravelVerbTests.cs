using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Laravel's cache names, as Coravel's ICache declares them: Remember(key, factory, ttl) and RememberForever/Forever(key,
// factory) are get-or-adds (the factory runs on a miss only), Forget(key) removes, ClearAll()/InvalidateAll() clear.

[InMemoryFake]
public interface IRememberingCache
{
    T Remember<T>(string key, Func<T> cacheFunc, TimeSpan expiresIn);

    Task<T> RememberAsync<T>(string key, Func<Task<T>> cacheFunc, TimeSpan expiresIn);

    T Forever<T>(string key, Func<T> cacheFunc);

    T RememberForever<T>(string key, Func<T> cacheFunc);

    bool Has(string key);

    void Forget(string key);

    void InvalidateAll();
}

[InMemoryFake(DefaultTtlSeconds = 60)]
public interface IDefaultTtlRememberingCache
{
    T Remember<T>(string key, Func<T> cacheFunc, TimeSpan expiresIn);

    T Forever<T>(string key, Func<T> cacheFunc);

    bool Has(string key);

    Task ClearAllAsync();
}

public sealed class LaravelVerbTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Remember_runs_the_factory_on_a_miss_only_and_the_value_expires_after_its_time_to_live()
    {
        var clock = new ManualClock(Start);
        IRememberingCache cache = new InMemoryRememberingCache(clock);
        var calls = 0;

        Assert.Equal(42, cache.Remember("answer", () => { calls++; return 42; }, TimeSpan.FromMinutes(5)));
        Assert.Equal(42, cache.Remember("answer", () => { calls++; return 7; }, TimeSpan.FromMinutes(5)));
        Assert.Equal(1, calls);

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False(cache.Has("answer"));
        Assert.Equal(7, cache.Remember("answer", () => { calls++; return 7; }, TimeSpan.FromMinutes(5)));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task RememberAsync_awaits_the_factory_once_per_key()
    {
        IRememberingCache cache = new InMemoryRememberingCache(new ManualClock(Start));
        var calls = 0;

        Assert.Equal("x", await cache.RememberAsync("k", () => { calls++; return Task.FromResult("x"); }, TimeSpan.FromMinutes(1)));
        Assert.Equal("x", await cache.RememberAsync("k", () => { calls++; return Task.FromResult("y"); }, TimeSpan.FromMinutes(1)));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Forever_and_RememberForever_keep_the_value_past_any_time()
    {
        var clock = new ManualClock(Start);
        IRememberingCache cache = new InMemoryRememberingCache(clock);

        Assert.Equal("v", cache.Forever("a", () => "v"));
        Assert.Equal("w", cache.RememberForever("b", () => "w"));
        clock.Advance(TimeSpan.FromDays(3650));

        Assert.Equal("v", cache.Forever("a", () => "other"));
        Assert.Equal("w", cache.RememberForever("b", () => "other"));
    }

    [Fact]
    public void Forever_ignores_the_fakes_default_time_to_live_which_Remember_without_one_would_not()
    {
        var clock = new ManualClock(Start);
        IDefaultTtlRememberingCache cache = new InMemoryDefaultTtlRememberingCache(clock);

        cache.Forever("kept", () => 1);
        cache.Remember("timed", () => 2, TimeSpan.FromHours(1));
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.True(cache.Has("kept"));
        Assert.True(cache.Has("timed"));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.True(cache.Has("kept"));
        Assert.False(cache.Has("timed"));
    }

    [Fact]
    public void Forget_removes_the_key_and_a_missing_key_is_nothing()
    {
        IRememberingCache cache = new InMemoryRememberingCache(new ManualClock(Start));
        cache.Forever("a", () => 1);
        cache.Forever("b", () => 2);

        cache.Forget("a");
        cache.Forget("a");

        Assert.False(cache.Has("a"));
        Assert.True(cache.Has("b"));
    }

    [Fact]
    public async Task InvalidateAll_and_ClearAll_remove_every_entry()
    {
        IRememberingCache cache = new InMemoryRememberingCache(new ManualClock(Start));
        cache.Forever("a", () => 1);
        cache.Forever("b", () => 2);
        cache.InvalidateAll();
        Assert.False(cache.Has("a"));
        Assert.False(cache.Has("b"));

        IDefaultTtlRememberingCache other = new InMemoryDefaultTtlRememberingCache(new ManualClock(Start));
        other.Forever("a", () => 1);
        await other.ClearAllAsync();
        Assert.False(other.Has("a"));
    }

    [Fact]
    public void A_factory_that_throws_stores_nothing()
    {
        IRememberingCache cache = new InMemoryRememberingCache(new ManualClock(Start));

        Assert.Throws<InvalidOperationException>(() => cache.Remember<int>("k", () => throw new InvalidOperationException("boom"), TimeSpan.FromMinutes(1)));
        Assert.False(cache.Has("k"));
        Assert.Equal(3, cache.Remember("k", () => 3, TimeSpan.FromMinutes(1)));
    }
}
