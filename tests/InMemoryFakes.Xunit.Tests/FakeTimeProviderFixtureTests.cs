using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace InMemoryFakes.Xunit.Tests;

/// <summary>The fixture on Microsoft's FakeTimeProvider instead of ManualClock.</summary>
public sealed class FakeTimeProviderFixtureTests : InMemoryFixture<FakeTimeProvider>
{
    [Fact]
    public async Task Entries_expire_when_the_tests_FakeTimeProvider_reaches_their_ttl()
    {
        var cache = Get<ITokenCache>();
        await cache.SetAsync("t", "v", TimeSpan.FromMinutes(5), CancellationToken);

        Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.Equal("v", await cache.GetAsync("t", CancellationToken));
        Clock.Advance(TimeSpan.FromTicks(1));
        Assert.Null(await cache.GetAsync("t", CancellationToken));
    }

    [Fact]
    public void Each_test_gets_a_fresh_FakeTimeProvider_shared_by_its_fakes_and_backend()
    {
        Assert.Equal(new FakeTimeProvider().GetUtcNow(), Clock.GetUtcNow());
        Assert.Same(Clock, HooksOf<INoteRepository>().Clock);
        Assert.Same(Clock, Backend.Clock);
    }
}

/// <summary>A fixture that starts its clock elsewhere by overriding CreateClock.</summary>
public sealed class CustomStartFixtureTests : InMemoryFixture<FakeTimeProvider>
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CreateClock_decides_where_each_tests_clock_starts()
        => Assert.Equal(Start, Clock.GetUtcNow());

    protected override FakeTimeProvider CreateClock() => new(Start);
}

/// <summary>Dump() of a generated fake, as an assertion message would show it.</summary>
public sealed class DumpTests : InMemoryFixture
{
    [Fact]
    public void A_generated_fake_dumps_its_entries_and_recent_calls()
    {
        var notes = Get<INoteRepository>();
        var hooks = HooksOf<INoteRepository>();
        hooks.Calls.Enabled = true;
        notes.Add(new Note { Id = "n1", Owner = "ada" });

        var dump = hooks.Dump();

        Assert.Contains("INoteRepository: 1 entry", dump, StringComparison.Ordinal);
        Assert.Contains("\"n1\" = Note { Id = \"n1\", Owner = \"ada\" }  (no expiry), version 1", dump, StringComparison.Ordinal);
        Assert.Contains("Add(Note { Id = \"n1\", Owner = \"ada\" })", dump, StringComparison.Ordinal);
    }
}
