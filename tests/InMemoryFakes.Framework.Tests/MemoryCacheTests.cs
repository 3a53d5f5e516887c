using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>
/// <c>IMemoryCache</c> faked with nothing written by hand: <c>CreateEntry</c> hands out an entry stored when it is
/// disposed. The same script runs on the real <c>MemoryCache</c> and on the fake with the same observations, and
/// HybridCache uses the fake as its L1 (it writes through <c>CreateEntry</c>), with expiry on the fake's clock.
/// </summary>
public sealed class MemoryCacheTests
{
    /// <summary>What a caller sees through MemoryCache's extension methods and CreateEntry, step by step.</summary>
    private static List<string> Script(IMemoryCache cache)
    {
        var seen = new List<string>();
        seen.Add("empty:" + cache.TryGetValue("k", out _));
        cache.Set("k", "v1");
        seen.Add("set:" + cache.Get<string>("k"));
        cache.Set("k", "v2", TimeSpan.FromMinutes(1));
        seen.Add("overwritten:" + cache.Get<string>("k"));

        var pending = cache.CreateEntry("pending");
        pending.Value = 42;
        seen.Add("before-dispose:" + cache.TryGetValue("pending", out _));
        pending.Dispose();
        seen.Add("after-dispose:" + (cache.TryGetValue("pending", out var stored) ? stored : "missing"));
        cache.Remove("pending");
        pending.Dispose();
        seen.Add("second-dispose-stores-nothing:" + cache.TryGetValue("pending", out _));

        using (cache.CreateEntry("never-set"))
        {
        }

        seen.Add("no-value-no-entry:" + cache.TryGetValue("never-set", out _));
        seen.Add("get-or-create:" + cache.GetOrCreate("lazy", _ => 7) + "," + cache.GetOrCreate("lazy", _ => 8));
        var key = new Tuple<int, string>(1, "a");
        cache.Set(key, "tuple");
        seen.Add("object-key-by-equals:" + cache.Get(new Tuple<int, string>(1, "a")));
        cache.Remove("k");
        cache.Remove("missing");
        seen.Add("removed:" + cache.TryGetValue("k", out _));
        seen.Add("null-key:" + Throws<ArgumentNullException>(() => cache.CreateEntry(null!)));
        return seen;
    }

    private static string Throws<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
            return "none";
        }
        catch (TException)
        {
            return typeof(TException).Name;
        }
    }

    [Fact]
    public void The_fake_answers_the_script_as_the_real_MemoryCache_does()
    {
        using var real = new MemoryCache(new MemoryCacheOptions());
        using var fake = new MemoryCacheFake(new ManualClock());

        var expected = Script(real);
        Assert.Equal(expected, Script(fake));
        Assert.Contains("second-dispose-stores-nothing:False", expected);
        Assert.Contains("no-value-no-entry:False", expected);
    }

    [Fact]
    public void An_entry_keeps_the_expiry_set_on_it_and_is_gone_on_the_fake_clock()
    {
        var clock = new ManualClock();
        IMemoryCache cache = new MemoryCacheFake(clock);
        using (var entry = cache.CreateEntry("token"))
        {
            entry.Value = "abc";
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
        }

        cache.Set("sliding", "s", new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(2) });
        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.Equal("abc", cache.Get<string>("token"));
        Assert.Null(cache.Get<string>("sliding"));
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Null(cache.Get<string>("token"));
    }

    [Fact]
    public void A_change_token_on_an_entry_is_refused_at_dispose_and_nothing_is_stored()
    {
        IMemoryCache cache = new MemoryCacheFake(new ManualClock());
        var entry = cache.CreateEntry("k");
        entry.Value = "v";
        entry.AddExpirationToken(new CancellationChangeToken(CancellationToken.None));

        var error = Assert.Throws<NotSupportedException>(entry.Dispose);
        Assert.Contains("ExpirationTokens", error.Message, StringComparison.Ordinal);
        Assert.False(cache.TryGetValue("k", out _));
    }

    [Fact]
    public async Task HybridCache_keeps_its_L1_in_the_fake_and_runs_the_factory_again_after_the_local_expiration()
    {
        var clock = new ManualClock();
        var l1 = new MemoryCacheFake(new InMemoryFakeOptions { TimeProvider = clock, RecordCalls = true });
        var services = new ServiceCollection();
        services.AddSingleton<IMemoryCache>(l1);
        services.AddHybridCache();
        await using var provider = services.BuildServiceProvider();
        var cache = provider.GetRequiredService<HybridCache>();
        var options = new HybridCacheEntryOptions { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromMinutes(1) };
        var runs = 0;
        ValueTask<string> Fetch() => cache.GetOrCreateAsync("product:1", _ => { runs++; return ValueTask.FromResult("apple" + runs); }, options, cancellationToken: CancellationToken.None);

        Assert.Equal("apple1", await Fetch());
        Assert.Equal("apple1", await Fetch());
        Assert.Equal(1, runs);
        Assert.NotEmpty(Fakes.Of(l1).Calls.Of("CreateEntry"));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("apple2", await Fetch());
        Assert.Equal(2, runs);
    }
}
