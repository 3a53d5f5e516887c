using System.Diagnostics;
using InMemoryFakes;
using InMemoryFakes.Verification;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;
using VerifiedFakes.Caching;
using VerifiedFakes.Engines;

namespace VerifiedFakes;

/// <summary>The IDistributedCache fake against the real RedisCache on a real redis-server.</summary>
public sealed class RedisCacheContractTests(RedisFixture redis)
{
    private static int _instances;

    [Fact]
    public async Task RedisCache_agrees_with_the_fake()
    {
        _ = redis.Engine; // skips (or fails under CI=true) here when redis-server is not installed
        var report = await FakeContract.For<IDistributedCache>()
            .RunAsync(NewEmptyCache, TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(report.Passed);
    }

    // Redis expires keys on its own wall clock, so TTLs are not part of the random sequences; this one test checks them
    // with short TTLs and bounded waits, and runs the same script on the fake with a ManualClock.
    [Fact]
    public async Task Absolute_and_sliding_expiry_on_real_Redis_behave_as_on_the_fake()
    {
        var token = TestContext.Current.CancellationToken;
        var absolute = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(3) };
        var sliding = new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(3) };

        // The fake, exactly: 8 refreshes 0.5 s apart (4 s) outlive the absolute TTL and keep the sliding entry.
        var clock = new ManualClock();
        var fake = new InMemoryDistributedCache(new InMemoryFakeOptions { TimeProvider = clock });
        await fake.SetAsync("absolute", [1], absolute, token);
        await fake.SetAsync("sliding", [2], sliding, token);
        for (var i = 0; i < 8; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            await fake.RefreshAsync("sliding", token);
        }

        Assert.Null(await fake.GetAsync("absolute", token));
        Assert.Equal([2], await fake.GetAsync("sliding", token));
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Null(await fake.GetAsync("sliding", token));

        // Real Redis: the same script on the wall clock. Every wait is bounded. The stopwatches start before the command
        // that sets (or renews) a TTL, so the server's expiry is never earlier than the stopwatch says: the lower bounds
        // hold however slow the machine is, and the upper bounds leave seconds of slack.
        using var real = NewEmptyCache("ttl:");
        await using var probe = await ConnectionMultiplexer.ConnectAsync(redis.Engine.Configuration);
        var database = probe.GetDatabase();
        var sinceSet = Stopwatch.StartNew();
        await real.SetAsync("absolute", [1], absolute, token);
        await real.SetAsync("sliding", [2], sliding, token);
        for (var i = 0; i < 8; i++)
        {
            var present = await database.KeyExistsAsync("ttl:absolute");
            Assert.True(present || sinceSet.Elapsed >= TimeSpan.FromSeconds(3), $"the absolute entry was gone after {sinceSet.Elapsed.TotalSeconds:0.00} s, before its 3 s TTL");
            await Task.Delay(500, token);
            await real.RefreshAsync("sliding", token);
        }

        await WaitUntilGoneAsync(probe, "ttl:absolute", TimeSpan.FromSeconds(6), token);
        var idle = Stopwatch.StartNew();
        Assert.Equal([2], await real.GetAsync("sliding", token));          // alive after 4 s, and renewed by this read
        await WaitUntilGoneAsync(probe, "ttl:sliding", TimeSpan.FromSeconds(8), token);
        Assert.True(idle.Elapsed >= TimeSpan.FromSeconds(2.95), $"the sliding entry went after {idle.Elapsed.TotalSeconds:0.00} s idle, before its 3 s window");
    }

    // Polls with EXISTS, which (unlike RedisCache.Get) does not renew a sliding entry.
    private static async Task WaitUntilGoneAsync(IConnectionMultiplexer redis, string key, TimeSpan limit, CancellationToken token)
    {
        var watch = Stopwatch.StartNew();
        while (await redis.GetDatabase().KeyExistsAsync(key))
        {
            Assert.True(watch.Elapsed < limit, $"'{key}' still there after {limit.TotalSeconds} s");
            await Task.Delay(100, token);
        }
    }

    /// <summary>A RedisCache on its own key prefix, so every sequence starts empty.</summary>
    private RedisCache NewEmptyCache() => NewEmptyCache($"contract{Interlocked.Increment(ref _instances)}:");

    private RedisCache NewEmptyCache(string prefix) => new(new RedisCacheOptions { Configuration = redis.Engine.Configuration, InstanceName = prefix });
}
