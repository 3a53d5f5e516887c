using System;
using System.Buffers;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>
/// HybridCache (Microsoft.Extensions.Caching.Hybrid) over the IBufferDistributedCache fake as its L2: two apps (two DI
/// containers, each with its own L1 memory cache) share one fake, as two servers share one Redis.
/// </summary>
/// <remarks>
/// The calls pass no cancellable token and the factories complete synchronously: HybridCache then runs the factory and
/// writes L2 on the caller's call (with a cancellable token it queues the work to the thread pool, and the L2 write
/// happens after the value is handed out), so each assertion runs after the write without waiting on the wall clock.
/// </remarks>
public sealed class HybridCacheTests
{
    private static readonly HybridCacheEntryOptions FiveMinutes = new() { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromMinutes(5) };

    /// <summary>One app: its own container and L1, the shared fake as L2.</summary>
    private static ServiceProvider App(BufferDistributedCacheFake l2)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDistributedCache>(l2);
        services.AddHybridCache();
        return services.BuildServiceProvider();
    }

    private static BufferDistributedCacheFake NewL2(ManualClock clock) => new(new InMemoryFakeOptions { TimeProvider = clock, RecordCalls = true });

    private static ValueTask<string> Fetch(HybridCache cache, string key, Func<string> factory)
        => cache.GetOrCreateAsync(key, _ => ValueTask.FromResult(factory()), FiveMinutes, cancellationToken: CancellationToken.None);

    [Fact]
    public async Task A_second_app_reads_the_value_from_the_fake_L2_without_running_its_factory()
    {
        var l2 = NewL2(new ManualClock());
        await using var first = App(l2);
        await using var second = App(l2);
        var firstRuns = 0;
        var secondRuns = 0;

        Assert.Equal("apple", await Fetch(first.GetRequiredService<HybridCache>(), "product:1", () => { firstRuns++; return "apple"; }));
        Assert.Equal("apple", await Fetch(second.GetRequiredService<HybridCache>(), "product:1", () => { secondRuns++; return "pear"; }));

        Assert.Equal(1, firstRuns);
        Assert.Equal(0, secondRuns);
    }

    [Fact]
    public async Task HybridCache_uses_the_buffer_members_of_the_fake_and_never_the_byte_array_ones()
    {
        var l2 = NewL2(new ManualClock());
        await using var first = App(l2);
        await using var second = App(l2);

        await Fetch(first.GetRequiredService<HybridCache>(), "product:1", () => "apple");
        await Fetch(second.GetRequiredService<HybridCache>(), "product:1", () => "pear");

        var calls = Fakes.Of(l2).Calls;
        var write = Assert.Single(calls.Of("SetAsync"));
        Assert.Equal("product:1", write.Arguments[0]);
        Assert.IsType<ReadOnlySequence<byte>>(write.Arguments[1]);              // IBufferDistributedCache.SetAsync, not the byte[] one
        Assert.Contains(calls.Of("TryGetAsync"), c => Equals(c.Arguments[0], "product:1"));
        Assert.Empty(calls.Of("GetAsync"));
        Assert.Empty(calls.Of("Get"));
        Assert.Empty(calls.Of("Set"));
    }

    [Fact]
    public async Task The_L2_entry_expires_on_the_fake_clock_and_a_later_app_runs_its_factory_again()
    {
        var clock = new ManualClock();
        var l2 = NewL2(clock);
        await using var first = App(l2);
        var runs = 0;
        await Fetch(first.GetRequiredService<HybridCache>(), "product:1", () => { runs++; return "apple"; });

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        await using (var beforeExpiry = App(l2))
        {
            Assert.Equal("apple", await Fetch(beforeExpiry.GetRequiredService<HybridCache>(), "product:1", () => { runs++; return "pear"; }));
        }

        clock.Advance(TimeSpan.FromTicks(1));
        Assert.DoesNotContain(Fakes.Of(l2).Entries, static e => Equals(e.Key, "product:1"));
        await using var afterExpiry = App(l2);
        Assert.Equal("cherry", await Fetch(afterExpiry.GetRequiredService<HybridCache>(), "product:1", () => { runs++; return "cherry"; }));
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task Removing_through_one_app_removes_the_fake_L2_entry_for_every_later_app()
    {
        var l2 = NewL2(new ManualClock());
        await using var first = App(l2);
        var cache = first.GetRequiredService<HybridCache>();
        await Fetch(cache, "product:1", () => "apple");

        await cache.RemoveAsync("product:1", CancellationToken.None);

        await using var second = App(l2);
        Assert.Equal("pear", await Fetch(second.GetRequiredService<HybridCache>(), "product:1", () => "pear"));
    }
}
