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
        var report = await FakeContract.For(DistributedCacheContract.Descriptor)
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
        var absolute = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(2) };
        var sliding = new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(2) };

        // The fake, exactly.
        var clock = new ManualClock();
        var fake = new InMemoryDistributedCache(new InMemoryFakeOptions { TimeProvider = clock });
        await fake.SetAsync("absolute", [1], absolute, token);
        await fake.SetAsync("sliding", [2], sliding, token);
        for (var i = 0; i < 6; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            await fake.RefreshAsync("sliding", token);
        }

        Assert.Null(await fake.GetAsync("absolute", token));                      // 3 s > 2 s
        Assert.Equal([2], await fake.GetAsync("sliding", token));                 // renewed every 0.5 s
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(await fake.GetAsync("sliding", token));

        // Real Redis: the same script on the wall clock, each wait bounded.
        using var real = NewEmptyCache("ttl:");
        await using var probe = await ConnectionMultiplexer.ConnectAsync(redis.Engine.Configuration);
        var watch = Stopwatch.StartNew();
        await real.SetAsync("absolute", [1], absolute, token);
        await real.SetAsync("sliding", [2], sliding, token);
        Assert.Equal([1], await real.GetAsync("absolute", token));
        for (var i = 0; i < 6; i++)
        {
            await Task.Delay(500, token);
            await real.RefreshAsync("sliding", token);
        }

        await WaitUntilGoneAsync(probe, "ttl:absolute", TimeSpan.FromSeconds(5), token);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(2), "the absolute entry outlived its 2 s TTL");
        Assert.Equal([2], await real.GetAsync("sliding", token));
        var idle = Stopwatch.StartNew();
        await WaitUntilGoneAsync(probe, "ttl:sliding", TimeSpan.FromSeconds(6), token);
        Assert.True(idle.Elapsed >= TimeSpan.FromSeconds(1.5), $"the sliding entry went after {idle.Elapsed.TotalSeconds:0.0} s idle, before its 2 s window");
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
