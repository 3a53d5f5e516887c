using InMemoryFakes.NUnit;
using NUnit.Framework;

namespace NUnitTests;

// Every test case runs in parallel on this one fixture instance; each has its own fakes and clock.
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class RateLimiterTests : InMemoryFixture
{
    [Test]
    public void Allows_up_to_the_limit_then_refuses()
    {
        var limiter = new RateLimiter(Get<ICounterStore>(), limit: 3, window: TimeSpan.FromMinutes(1));

        var results = Enumerable.Range(0, 5).Select(_ => limiter.Allow("ada")).ToArray();

        Assert.That(results, Is.EqualTo(new[] { true, true, true, false, false }));
    }

    [Test]
    public void The_window_reopens_when_its_ttl_expires()
    {
        var limiter = new RateLimiter(Get<ICounterStore>(), limit: 1, window: TimeSpan.FromMinutes(1));
        limiter.Allow("ada");
        Assert.That(limiter.Allow("ada"), Is.False);

        Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.That(limiter.Allow("ada"), Is.True);
    }

    [Test]
    public void Clients_are_counted_separately([Values("ada", "grace", "linus")] string client)
    {
        var limiter = new RateLimiter(Get<ICounterStore>(), limit: 1, window: TimeSpan.FromMinutes(1));

        Assert.That(limiter.Allow(client), Is.True, "every parallel test case starts with empty counters");
        Assert.That(limiter.Allow(client), Is.False);
    }
}
