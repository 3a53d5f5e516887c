using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Xunit.Tests;

// Each test first expects an empty store, then writes: whichever runs second proves the reset.
public class SharedFixtureIsResetBeforeEachTest(InMemoryFixture fakes) : IClassFixture<InMemoryFixture>
{
    [Fact]
    public void First_writer_sees_an_empty_store()
    {
        var notes = fakes.Get<INoteRepository>();
        Assert.Equal(0, notes.Count());
        notes.Add(new Note { Id = "a" });
        Assert.Equal(1, notes.Count());
    }

    [Fact]
    public void Second_writer_sees_an_empty_store()
    {
        var notes = fakes.Get<INoteRepository>();
        Assert.Equal(0, notes.Count());
        notes.Add(new Note { Id = "b" });
        Assert.Equal(1, notes.Count());
    }

    [Fact]
    public void Each_test_gets_a_clock_at_the_start_instant()
    {
        Assert.Equal(ManualClock.DefaultStartUtc, fakes.Clock.GetUtcNow());
        fakes.Clock.Advance(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Another_test_also_gets_a_clock_at_the_start_instant()
    {
        Assert.Equal(ManualClock.DefaultStartUtc, fakes.Clock.GetUtcNow());
        fakes.Clock.Advance(TimeSpan.FromDays(1));
    }

    [Fact]
    public void Within_one_test_the_same_fake_is_returned()
    {
        Assert.Same(fakes.Get<INoteRepository>(), fakes.Get<INoteRepository>());
        Assert.Same(fakes.Clock, Fakes.Of(fakes.Get<INoteRepository>()).Clock);
    }
}

// The same guarantees when the fixture is the test class's base class (one instance per test).
public class BaseClassFixture : InMemoryFixture
{
    [Fact]
    public void Writes_then_counts_one()
    {
        var notes = Get<INoteRepository>();
        Assert.Equal(0, notes.Count());
        notes.Add(new Note { Id = "x" });
        Assert.Equal(1, notes.Count());
    }

    [Fact]
    public void Also_writes_then_counts_one()
    {
        var notes = Get<INoteRepository>();
        Assert.Equal(0, notes.Count());
        notes.Add(new Note { Id = "y" });
        Assert.Equal(1, notes.Count());
    }

    [Fact]
    public async Task Ttl_is_driven_by_the_tests_clock()
    {
        var cache = Get<ITokenCache>();
        await cache.SetAsync("t", "v", TimeSpan.FromMinutes(5), CancellationToken);

        Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.Equal("v", await cache.GetAsync("t", CancellationToken));
        Clock.Advance(TimeSpan.FromTicks(1));
        Assert.Null(await cache.GetAsync("t", CancellationToken));
    }

    [Fact]
    public void The_fixture_hands_out_the_tests_cancellation_token()
    {
        Assert.Equal(TestContext.Current.CancellationToken, CancellationToken);
        Assert.True(CancellationToken.CanBeCanceled);
    }

    [Fact]
    public void Fakes_observe_the_tests_cancellation_token()
    {
        var notes = Get<INoteRepository>();
        notes.Add(new Note { Id = "before" });

        TestContext.Current.CancelCurrentTest();

        Assert.Throws<OperationCanceledException>(() => notes.Add(new Note { Id = "after" }));
    }

    [Fact]
    public void Fakes_of_one_test_share_its_backend()
    {
        Assert.Same(Backend, Fakes.Of(Get<INoteRepository>()).Backend);
        Assert.Same(Backend, Fakes.Of(Get<ITokenCache>()).Backend);
    }
}
