using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using TUnit.Assertions;
using TUnit.Assertions.Extensions;
using TUnit.Core;

namespace InMemoryFakes.TUnit.Tests;

// TUnit creates one instance per test and runs tests in parallel by default.
public class FreshFakesPerTest : InMemoryFixture
{
    [Test]
    [MatrixDataSource]
    public async Task Each_of_fifty_parallel_tests_sees_only_its_own_data([MatrixRange<int>(1, 50)] int test)
    {
        var owner = "test-" + test;
        var notes = Get<INoteRepository>();
        await Assert.That(notes.Count()).IsEqualTo(0);
        for (var i = 0; i < 20; i++)
        {
            notes.Add(new Note { Id = owner + "-" + i, Owner = owner });
            await Task.Yield();
        }

        var all = notes.GetAll();
        await Assert.That(all.Count).IsEqualTo(20);
        await Assert.That(all.All(n => n.Owner == owner)).IsTrue();
    }

    [Test]
    [Arguments(1)]
    [Arguments(2)]
    [Arguments(3)]
    public async Task Each_test_gets_its_own_clock_at_the_start_instant(int minutes)
    {
        await Assert.That(Clock.GetUtcNow()).IsEqualTo(ManualClock.DefaultStartUtc);
        Clock.Advance(TimeSpan.FromMinutes(minutes));
        await Assert.That(Clock.GetUtcNow()).IsEqualTo(ManualClock.DefaultStartUtc.AddMinutes(minutes));
    }

    [Test]
    public async Task Ttl_is_driven_by_the_tests_clock()
    {
        var cache = Get<ITokenCache>();
        await cache.SetAsync("t", "v", TimeSpan.FromMinutes(5), CancellationToken);

        Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        await Assert.That(await cache.GetAsync("t", CancellationToken)).IsEqualTo("v");
        Clock.Advance(TimeSpan.FromTicks(1));
        await Assert.That(await cache.GetAsync("t", CancellationToken)).IsNull();
    }

    [Test]
    public async Task The_fixture_hands_out_the_tests_cancellation_token()
        => await Assert.That(CancellationToken == TestContext.Current!.Execution.CancellationToken).IsTrue();

    [Test]
    public async Task Every_fake_of_a_test_shares_its_backend_and_clock()
    {
        var hooks = HooksOf<INoteRepository>();
        await Assert.That(ReferenceEquals(Backend, hooks.Backend)).IsTrue();
        await Assert.That(ReferenceEquals(Clock, hooks.Clock)).IsTrue();
        await Assert.That(ReferenceEquals(Get<INoteRepository>(), Get<INoteRepository>())).IsTrue();
    }
}

// One fixture instance shared by every test of the class, all running in parallel.
[ClassDataSource<InMemoryFixture>(Shared = SharedType.PerClass)]
public class SharedFixtureRunningInParallel(InMemoryFixture fakes)
{
    [Test]
    [MatrixDataSource]
    public async Task Each_of_fifty_parallel_tests_on_a_shared_fixture_sees_only_its_own_data([MatrixRange<int>(1, 50)] int test)
    {
        var owner = "shared-" + test;
        var notes = fakes.Get<INoteRepository>();
        await Assert.That(notes.Count()).IsEqualTo(0);
        for (var i = 0; i < 20; i++)
        {
            notes.Add(new Note { Id = owner + "-" + i, Owner = owner });
            await Task.Yield();
        }

        var all = notes.GetAll();
        await Assert.That(all.Count).IsEqualTo(20);
        await Assert.That(all.All(n => n.Owner == owner)).IsTrue();
        await Assert.That(fakes.Clock.GetUtcNow()).IsEqualTo(ManualClock.DefaultStartUtc);
    }
}

public class FakeTimeProviderFixture : InMemoryFixture<FakeTimeProvider>
{
    [Test]
    public async Task A_fixture_on_FakeTimeProvider_expires_entries_when_that_clock_advances()
    {
        var cache = Get<ITokenCache>();
        await cache.SetAsync("t", "v", TimeSpan.FromMinutes(5), CancellationToken);

        Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        await Assert.That(await cache.GetAsync("t", CancellationToken)).IsEqualTo("v");
        Clock.Advance(TimeSpan.FromTicks(1));
        await Assert.That(await cache.GetAsync("t", CancellationToken)).IsNull();
    }
}

public class Misuse
{
    [Test]
    public async Task A_scope_is_made_per_test_even_when_asked_from_a_fixture_created_in_the_test()
    {
        var fixture = new InMemoryFixture();
        fixture.Get<INoteRepository>().Add(new Note { Id = "x" });
        await Assert.That(fixture.Get<INoteRepository>().Count()).IsEqualTo(1);
    }
}
