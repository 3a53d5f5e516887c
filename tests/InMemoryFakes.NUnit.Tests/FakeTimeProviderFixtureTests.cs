using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace InMemoryFakes.NUnit.Tests;

// The fixture on Microsoft's FakeTimeProvider, one shared instance with every case in parallel.
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class FakeTimeProviderFixture : InMemoryFixture<FakeTimeProvider>
{
    [Test]
    public async Task Entries_expire_when_the_tests_FakeTimeProvider_reaches_their_ttl([Range(1, 10)] int test)
    {
        var cache = Get<ITokenCache>();
        await cache.SetAsync("t", "v" + test, TimeSpan.FromMinutes(test), CancellationToken);

        Clock.Advance(TimeSpan.FromMinutes(test) - TimeSpan.FromTicks(1));
        Assert.That(await cache.GetAsync("t", CancellationToken), Is.EqualTo("v" + test));
        Clock.Advance(TimeSpan.FromTicks(1));
        Assert.That(await cache.GetAsync("t", CancellationToken), Is.Null);
    }

    [Test]
    public void Each_test_gets_a_fresh_FakeTimeProvider_shared_by_its_fakes()
    {
        Assert.That(Clock.GetUtcNow(), Is.EqualTo(new FakeTimeProvider().GetUtcNow()));
        Assert.That(HooksOf<INoteRepository>().Clock, Is.SameAs(Clock));
    }
}
