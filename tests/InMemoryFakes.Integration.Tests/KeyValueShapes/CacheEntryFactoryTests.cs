using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Shape 10 of issue 10: get-or-add whose factory is handed a cache entry (LazyCache's IAppCache.GetOrAdd(key,
// Func<ICacheEntry, T>, MemoryCacheEntryOptions policy), IMemoryCache.GetOrCreate), and a settings property the fake makes
// with its type's defaults (LazyCache's CacheDefaults DefaultCachePolicy).

/// <summary>An entry interface shaped like Microsoft.Extensions.Caching.Memory.ICacheEntry.</summary>
public interface ICacheItemEntry : IDisposable
{
    object Key { get; }

    object? Value { get; set; }

    DateTimeOffset? AbsoluteExpiration { get; set; }

    TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }

    TimeSpan? SlidingExpiration { get; set; }

    IList<string> ChangeTokens { get; }
}

/// <summary>A policy shaped like MemoryCacheEntryOptions.</summary>
public sealed class ItemPolicy
{
    public DateTimeOffset? AbsoluteExpiration { get; set; }

    public TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }

    public TimeSpan? SlidingExpiration { get; set; }

    public IList<string> ChangeTokens { get; } = new List<string>();
}

/// <summary>A settings type shaped like LazyCache's CacheDefaults.</summary>
public class ItemCacheDefaults
{
    public virtual int DefaultCacheDurationSeconds { get; set; } = 60 * 20;
}

/// <summary>An entry the fake makes with <c>new</c>: a class with expiry properties.</summary>
public sealed class ItemEntryClass
{
    public TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }
}

[InMemoryFake]
public interface IItemCache
{
    ItemCacheDefaults DefaultCachePolicy { get; }

    T? Get<T>(string key);

    T GetOrAdd<T>(string key, Func<ICacheItemEntry, T> factory);

    T GetOrAdd<T>(string key, Func<ICacheItemEntry, T> factory, ItemPolicy policy);

    Task<T> GetOrAddAsync<T>(string key, Func<ICacheItemEntry, Task<T>> factory);

    void Remove(string key);
}

[InMemoryFake]
public interface IClassEntryCache
{
    string? Get(string key);

    string GetOrAdd(string key, Func<ItemEntryClass, string> factory);
}

public sealed class CacheEntryFactoryTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_factory_gets_an_entry_with_the_key_and_the_value_lives_as_long_as_the_expiry_it_set_on_it()
    {
        var clock = new ManualClock(Start);
        IItemCache cache = new InMemoryItemCache(clock);
        object? seenKey = null;
        var calls = 0;

        string Make(ICacheItemEntry entry)
        {
            seenKey = entry.Key;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return "made " + ++calls;
        }

        Assert.Equal("made 1", cache.GetOrAdd("k", Make));
        Assert.Equal("k", seenKey);
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("made 1", cache.GetOrAdd("k", Make));
        Assert.Equal(1, calls);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(cache.Get<string>("k"));
        Assert.Equal("made 2", cache.GetOrAdd("k", Make));
    }

    [Fact]
    public void An_entry_the_factory_sets_no_expiry_on_does_not_expire()
    {
        var clock = new ManualClock(Start);
        IItemCache cache = new InMemoryItemCache(clock);
        cache.GetOrAdd("k", _ => 7);

        clock.Advance(TimeSpan.FromDays(365));

        Assert.Equal(7, cache.Get<int>("k"));
    }

    [Fact]
    public void The_policy_is_on_the_entry_before_the_factory_runs_and_the_factory_can_change_it()
    {
        var clock = new ManualClock(Start);
        IItemCache cache = new InMemoryItemCache(clock);
        TimeSpan? seen = null;
        cache.GetOrAdd("policy only", _ => "p", new ItemPolicy { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });
        cache.GetOrAdd("overridden", entry =>
        {
            seen = entry.AbsoluteExpirationRelativeToNow;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return "o";
        }, new ItemPolicy { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });

        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(10), seen);
        Assert.Equal("p", cache.Get<string>("policy only"));
        Assert.Null(cache.Get<string>("overridden"));
    }

    [Fact]
    public void A_sliding_expiry_set_on_the_entry_is_capped_by_its_absolute_one()
    {
        var clock = new ManualClock(Start);
        IItemCache cache = new InMemoryItemCache(clock);
        cache.GetOrAdd("k", entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(1);
            entry.AbsoluteExpiration = Start.AddMinutes(2.5);
            return "v";
        });

        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal("v", cache.Get<string>("k"));
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal("v", cache.Get<string>("k"));
        clock.Advance(TimeSpan.FromSeconds(50));

        Assert.Null(cache.Get<string>("k"));
    }

    [Fact]
    public async Task GetOrAddAsync_awaits_the_factory_once_and_keeps_its_entry_expiry()
    {
        var clock = new ManualClock(Start);
        IItemCache cache = new InMemoryItemCache(clock);
        var calls = 0;

        async Task<int> Make(ICacheItemEntry entry)
        {
            await Task.Yield();
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return ++calls;
        }

        Assert.Equal(1, await cache.GetOrAddAsync("k", Make));
        Assert.Equal(1, await cache.GetOrAddAsync("k", Make));
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(2, await cache.GetOrAddAsync("k", Make));
    }

    [Fact]
    public async Task Concurrent_callers_of_one_key_run_one_entry_factory_and_share_its_value()
    {
        IItemCache cache = new InMemoryItemCache(new ManualClock(Start));
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;

        async Task<int> Make(ICacheItemEntry entry)
        {
            Interlocked.Increment(ref calls);
            return await release.Task;
        }

        var first = cache.GetOrAddAsync("k", Make);
        var second = cache.GetOrAddAsync("k", Make);
        release.SetResult(42);

        var values = await Task.WhenAll(first, second);

        Assert.Equal(new[] { 42, 42 }, values);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_factory_that_registers_a_change_token_on_the_entry_is_refused_and_nothing_is_stored()
    {
        IItemCache cache = new InMemoryItemCache(new ManualClock(Start));

        var error = Assert.Throws<NotSupportedException>(() => cache.GetOrAdd("k", entry =>
        {
            entry.ChangeTokens.Add("token");
            return "v";
        }));

        Assert.Equal(
            "InMemoryFakes.Integration.Tests.KeyValueShapes.IItemCache.GetOrAdd: the factory added to the cache entry's ChangeTokens, but the fake keeps no change tokens or eviction callbacks, so it cannot honour them.",
            error.Message);
        Assert.Null(cache.Get<string>("k"));
    }

    [Fact]
    public void A_policy_with_a_change_token_is_refused_before_the_factory_runs()
    {
        IItemCache cache = new InMemoryItemCache(new ManualClock(Start));
        var policy = new ItemPolicy();
        policy.ChangeTokens.Add("token");
        var ran = false;

        var error = Assert.Throws<NotSupportedException>(() => cache.GetOrAdd("k", _ => ran = true, policy));

        Assert.Equal(
            "InMemoryFakes.Integration.Tests.KeyValueShapes.IItemCache.GetOrAdd: the policy's ChangeTokens is not empty, but the fake keeps no change tokens or eviction callbacks, so it cannot honour them.",
            error.Message);
        Assert.False(ran);
    }

    [Fact]
    public void A_factory_that_throws_stores_nothing_and_the_next_call_runs_the_factory_again()
    {
        IItemCache cache = new InMemoryItemCache(new ManualClock(Start));

        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd<string>("k", _ => throw new InvalidOperationException("boom")));

        Assert.Equal("second", cache.GetOrAdd("k", _ => "second"));
    }

    [Fact]
    public void An_entry_class_is_made_with_its_parameterless_constructor_and_its_expiry_read_after_the_factory()
    {
        var clock = new ManualClock(Start);
        IClassEntryCache cache = new InMemoryClassEntryCache(clock);
        cache.GetOrAdd("k", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return "v";
        });

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(cache.Get("k"));
    }

    [Fact]
    public void The_settings_property_is_one_instance_with_the_type_defaults_and_changes_to_it_stick()
    {
        IItemCache cache = new InMemoryItemCache(new ManualClock(Start));

        Assert.Equal(1200, cache.DefaultCachePolicy.DefaultCacheDurationSeconds);
        cache.DefaultCachePolicy.DefaultCacheDurationSeconds = 5;

        Assert.Same(cache.DefaultCachePolicy, cache.DefaultCachePolicy);
        Assert.Equal(5, cache.DefaultCachePolicy.DefaultCacheDurationSeconds);
        Assert.Equal(1200, ((IItemCache)new InMemoryItemCache(new ManualClock(Start))).DefaultCachePolicy.DefaultCacheDurationSeconds);
    }
}
