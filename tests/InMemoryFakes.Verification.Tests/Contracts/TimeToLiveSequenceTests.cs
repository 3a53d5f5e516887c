using System;
using System.Threading.Tasks;
using VerifiedFakes.Caching;
using Microsoft.Extensions.Caching.Distributed;

namespace InMemoryFakes.Verification.Tests.Contracts;

/// <summary>TTL operations in random sequences, for real implementations whose clock the test controls.</summary>
public sealed class TimeToLiveSequenceTests
{
    [Fact]
    public async Task Without_TimeToLive_sequences_use_the_no_expiry_value_and_agree()
    {
        var report = await FakeContract.For<IDistributedCache>()
            .RunAsync(() => new InMemoryDistributedCache(new InMemoryFakeOptions { TimeProvider = new ManualClock() }), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public async Task With_TimeToLive_clock_moves_join_the_sequences_and_an_implementation_that_ignores_expiry_is_caught()
    {
        var report = await FakeContract.For<IDistributedCache>()
            .Generate(random => new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(random.Next(1, 4)) })
            .RenderAs<DistributedCacheEntryOptions>(o => $"new DistributedCacheEntryOptions {{ AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds({o.AbsoluteExpirationRelativeToNow!.Value.TotalSeconds}) }}")
            .WithTimeToLive((_, _) => ValueTask.CompletedTask)
            .CheckAsync(() => new InMemoryDistributedCache(new InMemoryFakeOptions { TimeProvider = new ManualClock() }), TestContext.Current.CancellationToken);

        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.StartsWith("returned 0x", difference.Actual, StringComparison.Ordinal);
        Assert.Equal("returned null", difference.Expected);
        Assert.Contains(difference.Calls, c => c.StartsWith("// move both clocks forward", StringComparison.Ordinal));
        Assert.Contains("AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(", difference.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_TimeToLive_a_real_clock_moved_in_step_agrees()
    {
        var report = await FakeContract.For<IDistributedCache>()
            .Generate(random => new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(random.Next(1, 4)) })
            .WithTimeToLive((real, delta) =>
            {
                ((ManualClock)Fakes.Of(real).Clock).Advance(delta);
                return ValueTask.CompletedTask;
            })
            .RunAsync(() => new InMemoryDistributedCache(new InMemoryFakeOptions { TimeProvider = new ManualClock() }), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.ToString());
    }
}
