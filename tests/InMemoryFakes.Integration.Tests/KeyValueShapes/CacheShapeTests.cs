using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Shape 10 of issue 10: caches with regions, prefixes, tags, get-or-add, TTL names of real caches, and options with
// several expiry settings.

/// <summary>CacheManager-style regions: overloads with and without a region, so the region is part of the identity.</summary>
[InMemoryFake]
public interface IRegionCache
{
    string? Get(string key);

    string? Get(string key, string region);

    void Put(string key, string value);

    void Put(string key, string value, string region);

    bool Exists(string key, string region);

    bool Remove(string key, string region);

    void ClearRegion(string region);

    RegionItem GetItem(string key, string region);

    RegionItem? FindItem(string key);
}

/// <summary>An item built from the entry by its constructor's parameter names.</summary>
public sealed class RegionItem(string key, string? region, string value)
{
    public string Key { get; } = key;

    public string? Region { get; } = region;

    public string Value { get; } = value;
}

[InMemoryFake]
public interface IPrefixCache
{
    string? Get(string key);

    void Set(string key, string value, TimeSpan cacheDuration);

    int RemoveByPrefix(string prefix);
}

[InMemoryFake]
public interface ITaggedCache
{
    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken);

    Task SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken);

    Task EvictByTagAsync(string tag, CancellationToken cancellationToken);

    Task RemoveAsync(string key, CancellationToken cancellationToken);
}

[InMemoryFake]
public interface IReportCache
{
    Report GetOrAdd(string key, Func<Report> factory, TimeSpan expiration);

    Task<Report> GetOrAddAsync(string key, Func<string, Task<Report>> factory, TimeSpan expiration);

    Report? Get(string key);
}

public sealed class Report
{
    public string Title { get; set; } = "";
}

public sealed class EntryOptions
{
    public DateTimeOffset? AbsoluteExpiration { get; set; }

    public TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }

    public TimeSpan? SlidingExpiration { get; set; }
}

[InMemoryFake]
public interface IOptionsCache
{
    string? Get(string key);

    void Set(string key, string value, EntryOptions options);
}

public sealed class CacheShapeTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_key_in_another_region_is_another_entry()
    {
        IRegionCache cache = new InMemoryRegionCache();
        cache.Put("k", "no region");
        cache.Put("k", "in a", "a");
        cache.Put("k", "in b", "b");

        Assert.Equal("no region", cache.Get("k"));
        Assert.Equal("in a", cache.Get("k", "a"));
        Assert.Equal("in b", cache.Get("k", "b"));
        Assert.Null(cache.Get("k", "c"));
        Assert.True(cache.Remove("k", "a"));
        Assert.False(cache.Exists("k", "a"));
        Assert.True(cache.Exists("k", "b"));
    }

    [Fact]
    public void ClearRegion_empties_one_region_and_keeps_the_others()
    {
        IRegionCache cache = new InMemoryRegionCache();
        cache.Put("x", "1", "a");
        cache.Put("y", "2", "a");
        cache.Put("x", "3", "b");
        cache.Put("x", "4");

        cache.ClearRegion("a");

        Assert.False(cache.Exists("x", "a") || cache.Exists("y", "a"));
        Assert.Equal("3", cache.Get("x", "b"));
        Assert.Equal("4", cache.Get("x"));
    }

    [Fact]
    public void An_item_result_carries_the_key_region_and_value_and_a_missing_required_one_is_not_found()
    {
        IRegionCache cache = new InMemoryRegionCache();
        cache.Put("k", "in a", "a");
        cache.Put("k", "no region");

        var item = cache.GetItem("k", "a");
        Assert.Equal(("k", "a", "in a"), (item.Key, item.Region, item.Value));
        Assert.Equal(("k", (string?)null, "no region"), (cache.FindItem("k")!.Key, cache.FindItem("k")!.Region, cache.FindItem("k")!.Value));
        Assert.Null(cache.FindItem("missing"));
        Assert.Throws<NotFoundException>(() => cache.GetItem("k", "b"));
    }

    [Fact]
    public void A_null_region_is_refused_naming_the_parameter()
    {
        IRegionCache cache = new InMemoryRegionCache();

        var error = Assert.Throws<ArgumentNullException>(() => cache.Put("k", "v", null!));

        Assert.Equal("region", error.ParamName);
    }

    [Fact]
    public void RemoveByPrefix_removes_the_keys_that_start_with_it_and_says_how_many()
    {
        IPrefixCache cache = new InMemoryPrefixCache(new ManualClock(Start));
        cache.Set("user:1", "alice", TimeSpan.FromMinutes(1));
        cache.Set("user:2", "bob", TimeSpan.FromMinutes(1));
        cache.Set("order:1", "o1", TimeSpan.FromMinutes(1));

        Assert.Equal(2, cache.RemoveByPrefix("user:"));

        Assert.Null(cache.Get("user:1"));
        Assert.Equal("o1", cache.Get("order:1"));
    }

    [Fact]
    public void A_cacheDuration_parameter_is_the_time_to_live()
    {
        var clock = new ManualClock(Start);
        IPrefixCache cache = new InMemoryPrefixCache(clock);
        cache.Set("k", "v", TimeSpan.FromMinutes(5));

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.Equal("v", cache.Get("k"));
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Null(cache.Get("k"));
    }

    [Fact]
    public async Task EvictByTag_removes_every_entry_stored_with_the_tag_and_keeps_the_others()
    {
        ITaggedCache cache = new InMemoryTaggedCache(new ManualClock(Start));
        var ct = TestContext.Current.CancellationToken;
        await cache.SetAsync("/a", [1], ["products", "home"], TimeSpan.FromMinutes(1), ct);
        await cache.SetAsync("/b", [2], ["products"], TimeSpan.FromMinutes(1), ct);
        await cache.SetAsync("/c", [3], ["orders"], TimeSpan.FromMinutes(1), ct);
        await cache.SetAsync("/d", [4], null, TimeSpan.FromMinutes(1), ct);

        await cache.EvictByTagAsync("products", ct);

        Assert.Null(await cache.GetAsync("/a", ct));
        Assert.Null(await cache.GetAsync("/b", ct));
        Assert.NotNull(await cache.GetAsync("/c", ct));
        Assert.NotNull(await cache.GetAsync("/d", ct));
    }

    [Fact]
    public async Task An_entry_written_again_without_a_tag_is_not_evicted_by_it()
    {
        ITaggedCache cache = new InMemoryTaggedCache(new ManualClock(Start));
        var ct = TestContext.Current.CancellationToken;
        await cache.SetAsync("/a", [1], ["products"], TimeSpan.FromMinutes(1), ct);
        await cache.SetAsync("/a", [2], ["home"], TimeSpan.FromMinutes(1), ct);

        await cache.EvictByTagAsync("products", ct);

        Assert.Equal([2], await cache.GetAsync("/a", ct));
        await cache.EvictByTagAsync("home", ct);
        Assert.Null(await cache.GetAsync("/a", ct));
    }

    [Fact]
    public async Task Tags_of_a_removed_or_expired_entry_do_not_reach_a_new_one()
    {
        var clock = new ManualClock(Start);
        ITaggedCache cache = new InMemoryTaggedCache(clock);
        var ct = TestContext.Current.CancellationToken;
        await cache.SetAsync("/a", [1], ["products"], TimeSpan.FromMinutes(1), ct);
        await cache.RemoveAsync("/a", ct);
        await cache.SetAsync("/b", [2], ["products"], TimeSpan.FromMinutes(1), ct);
        clock.Advance(TimeSpan.FromMinutes(1));

        var store = (InMemoryTaggedCache)cache;
        Assert.Equal(0, Fakes.Of(store).Count);
        await cache.SetAsync("/b", [3], null, TimeSpan.FromMinutes(1), ct);
        await cache.EvictByTagAsync("products", ct);
        Assert.Equal([3], await cache.GetAsync("/b", ct));
    }

    [Fact]
    public void GetOrAdd_runs_the_factory_once_and_returns_the_cached_value_afterwards()
    {
        IReportCache cache = new InMemoryReportCache(new ManualClock(Start));
        var calls = 0;

        var first = cache.GetOrAdd("r", () => new Report { Title = "made " + ++calls }, TimeSpan.FromMinutes(1));
        var second = cache.GetOrAdd("r", () => new Report { Title = "made " + ++calls }, TimeSpan.FromMinutes(1));

        Assert.Equal("made 1", first.Title);
        Assert.Equal("made 1", second.Title);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void GetOrAdd_runs_the_factory_again_after_the_value_expired()
    {
        var clock = new ManualClock(Start);
        IReportCache cache = new InMemoryReportCache(clock);
        var calls = 0;
        cache.GetOrAdd("r", () => new Report { Title = "made " + ++calls }, TimeSpan.FromMinutes(1));

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal("made 2", cache.GetOrAdd("r", () => new Report { Title = "made " + ++calls }, TimeSpan.FromMinutes(1)).Title);
    }

    [Fact]
    public async Task Concurrent_GetOrAddAsync_callers_of_one_key_run_one_factory_and_share_its_value()
    {
        IReportCache cache = new InMemoryReportCache(new ManualClock(Start));
        var calls = 0;
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<Report> Factory(string key)
        {
            Interlocked.Increment(ref calls);
            entered.TrySetResult();
            await release.Task;
            return new Report { Title = "for " + key };
        }

        // The factory holds the key's lock until released: every other caller meanwhile waits for it, and any caller
        // after it reads the stored value; a second factory run would be a lost update whatever the timing.
        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetOrAddAsync("k", Factory, TimeSpan.FromMinutes(1)), TestContext.Current.CancellationToken)).ToArray();
        await entered.Task;
        release.SetResult();
        var reports = await Task.WhenAll(callers);

        Assert.Equal(1, calls);
        Assert.All(reports, static r => Assert.Equal("for k", r.Title));
    }

    [Fact]
    public void A_factory_that_throws_stores_nothing_and_the_next_call_runs_it_again()
    {
        IReportCache cache = new InMemoryReportCache(new ManualClock(Start));

        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd("r", () => throw new InvalidOperationException("down"), TimeSpan.FromMinutes(1)));

        Assert.Null(cache.Get("r"));
        Assert.Equal("ok", cache.GetOrAdd("r", () => new Report { Title = "ok" }, TimeSpan.FromMinutes(1)).Title);
    }

    [Fact]
    public void Options_with_an_absolute_and_a_relative_expiry_expire_at_the_earlier()
    {
        var clock = new ManualClock(Start);
        IOptionsCache cache = new InMemoryOptionsCache(clock);
        cache.Set("relative-first", "v", new EntryOptions { AbsoluteExpiration = Start.AddMinutes(10), AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });
        cache.Set("absolute-first", "v", new EntryOptions { AbsoluteExpiration = Start.AddMinutes(3), AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });

        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Null(cache.Get("absolute-first"));
        Assert.Equal("v", cache.Get("relative-first"));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(cache.Get("relative-first"));
    }

    [Fact]
    public void Options_with_only_a_sliding_expiry_slide()
    {
        var clock = new ManualClock(Start);
        IOptionsCache cache = new InMemoryOptionsCache(clock);
        cache.Set("k", "v", new EntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) });

        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("v", cache.Get("k"));
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("v", cache.Get("k"));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(cache.Get("k"));
    }

    [Fact]
    public void Options_with_a_sliding_and_an_absolute_expiry_slide_but_never_past_the_absolute_end()
    {
        var clock = new ManualClock(Start);
        IOptionsCache cache = new InMemoryOptionsCache(clock);
        cache.Set("k", "v", new EntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1), AbsoluteExpiration = Start.AddSeconds(150) });

        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal("v", cache.Get("k"));
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal("v", cache.Get("k"));
        clock.Advance(TimeSpan.FromSeconds(49));
        Assert.Equal("v", cache.Get("k"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(cache.Get("k"));
    }
}
