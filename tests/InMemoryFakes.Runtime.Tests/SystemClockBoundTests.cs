using System;
using InMemoryFakes.Support;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// The system clock's cheap upper bound (<see cref="SystemClockBound"/>), which lets a read of an entry whose absolute
/// expiry is far ahead skip the precise clock read: it must never call an instant that has passed "not yet".
/// </summary>
public class SystemClockBoundTests
{
    private static readonly long Ms = TimeSpan.TicksPerMillisecond;

    [Fact]
    public void An_instant_past_the_anchor_plus_elapsed_plus_slack_is_certainly_ahead()
    {
        var anchor = new SystemClockBound.Anchor(tickMs: 1_000, wallTicks: 50_000 * Ms);

        // 40 ms after the anchor: the wall clock is at most 40 + 25 ms past the anchor's instant.
        Assert.True(SystemClockBound.IsBefore((50_000 + 40 + SystemClockBound.CoarseSlackMs) * Ms + 1, anchor, tickNowMs: 1_040));
        Assert.False(SystemClockBound.IsBefore((50_000 + 40 + SystemClockBound.CoarseSlackMs) * Ms, anchor, tickNowMs: 1_040));
        Assert.False(SystemClockBound.IsBefore(50_000 * Ms, anchor, tickNowMs: 1_040));
    }

    [Fact]
    public void A_stale_anchor_or_a_coarse_reading_before_it_cannot_tell()
    {
        var anchor = new SystemClockBound.Anchor(tickMs: 1_000, wallTicks: 50_000 * Ms);
        var farAhead = (50_000 + 3_600_000) * Ms;

        Assert.True(SystemClockBound.IsBefore(farAhead, anchor, tickNowMs: 1_000 + SystemClockBound.ReanchorAfterMs - 1));
        Assert.False(SystemClockBound.IsBefore(farAhead, anchor, tickNowMs: 1_000 + SystemClockBound.ReanchorAfterMs));
        Assert.False(SystemClockBound.IsBefore(farAhead, anchor, tickNowMs: 999));
    }

    [Fact]
    public void An_instant_an_hour_ahead_of_the_system_clock_is_told_without_a_precise_read_once_anchored()
    {
        var hourAhead = DateTime.UtcNow.Ticks + TimeSpan.TicksPerHour;

        // The first call may (re-)anchor and answer "cannot tell"; the next one, well within the anchor's life, tells.
        SystemClockBound.IsCertainlyBefore(hourAhead);

        Assert.True(SystemClockBound.IsCertainlyBefore(hourAhead));
    }

    [Fact]
    public void No_instant_the_system_clock_has_reached_is_ever_called_ahead()
    {
        // The property the table relies on: an entry whose expiry the clock has reached is never read as live. Each
        // round reads the precise clock, then asks about that instant and a few just after it (within the coarse clock's
        // step, where a bound without its slack, or an anchor read in the other order, answers "ahead" wrongly).
        for (var round = 0; round < 200_000; round++)
        {
            var now = DateTime.UtcNow.Ticks;
            Assert.False(SystemClockBound.IsCertainlyBefore(now));
            Assert.False(SystemClockBound.IsCertainlyBefore(now - (5 * Ms)));
            var after = DateTime.UtcNow.Ticks;
            Assert.False(SystemClockBound.IsCertainlyBefore(after), $"round {round}: {after} was called ahead of the clock");
        }
    }
}
