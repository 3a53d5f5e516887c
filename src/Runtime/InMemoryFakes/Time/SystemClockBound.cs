using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>
/// Answers "has this instant certainly not come yet?" for <see cref="TimeProvider.System"/> without a precise clock read
/// when the answer is plainly yes: the check an expiring entry's read needs when its expiry is minutes away.
/// </summary>
/// <remarks>
/// <para>
/// A precise read of the system clock (<see cref="DateTime.UtcNow"/>) costs about 30 ns on a virtual machine's
/// <c>kvm-clock</c>, most of a key-value read whose entry has a TTL (docs/benchmarks.md). <see cref="Environment.TickCount64"/>
/// (the kernel's coarse monotonic clock, updated once per scheduler tick: every 4 ms on the CI host) costs about 5 ns. An
/// anchor pairs one coarse reading with the precise wall-clock instant read right after it; from then on, the wall clock
/// now is at most <c>anchor + coarse elapsed + one coarse step</c>. An instant later than that bound has certainly not
/// come; anything else gets the precise read. So the answer is never "not yet" for an instant that has passed: an entry
/// whose expiry is due is always found expired, as on a precise read.
/// </para>
/// <para>
/// The bound assumes the wall clock advances with the monotonic clock, as it does between steps (NTP slews both alike).
/// A step of the wall clock (set by hand, an NTP step, a resume from suspend) is seen at the next re-anchoring, at most
/// <see cref="ReanchorAfterMs"/> of monotonic time later; until then an entry that the stepped clock says has expired may
/// still read as live. A <see cref="ManualClock"/> or any other <see cref="TimeProvider"/> is always read precisely.
/// </para>
/// </remarks>
internal static class SystemClockBound
{
    /// <summary>How long an anchor is used before a fresh precise read replaces it, in milliseconds of monotonic time.</summary>
    internal const long ReanchorAfterMs = 100;

    /// <summary>
    /// What the bound adds for the coarse clock's granularity, in milliseconds: one scheduler tick (10 ms at the lowest
    /// kernel rate, 100 Hz) plus the millisecond <see cref="Environment.TickCount64"/> truncates, with room to spare.
    /// </summary>
    internal const long CoarseSlackMs = 25;

    private static Anchor? s_anchor;

    /// <summary>Whether the system clock certainly reads earlier than <paramref name="utcTicks"/> now.</summary>
    /// <param name="utcTicks">An instant, in UTC ticks.</param>
    /// <returns>
    /// <see langword="true"/> only when the instant is later than any reading the system clock can give now;
    /// <see langword="false"/> when that cannot be told without a precise read (the caller then reads the clock).
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCertainlyBefore(long utcTicks)
    {
        var anchor = Volatile.Read(ref s_anchor);
        if (anchor is not null)
        {
            var tickNowMs = Environment.TickCount64;
            if (IsBefore(utcTicks, anchor, tickNowMs))
            {
                return true;
            }

            if (!IsStale(anchor, tickNowMs))
            {
                // An instant too near to tell: the caller reads the clock.
                return false;
            }
        }

        Reanchor();
        return false;
    }

    /// <summary>The decision of <see cref="IsCertainlyBefore"/> for a given anchor and coarse reading (tested directly).</summary>
    /// <param name="utcTicks">The instant asked about.</param>
    /// <param name="anchor">The anchor.</param>
    /// <param name="tickNowMs">The coarse monotonic clock now, in milliseconds.</param>
    /// <returns>Whether the instant is past the bound.</returns>
    internal static bool IsBefore(long utcTicks, Anchor anchor, long tickNowMs)
    {
        var elapsedMs = tickNowMs - anchor.TickMs;

        // A negative elapsed time cannot come from a monotonic clock; treat it, and a stale anchor, as "cannot tell".
        return (ulong)elapsedMs < ReanchorAfterMs
            && utcTicks > anchor.WallTicks + ((elapsedMs + CoarseSlackMs) * TimeSpan.TicksPerMillisecond);
    }

    private static bool IsStale(Anchor anchor, long tickNowMs) => (ulong)(tickNowMs - anchor.TickMs) >= ReanchorAfterMs;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Reanchor()
    {
        // The coarse reading first: the wall instant read after it is no earlier, so "anchor + elapsed since the coarse
        // reading" bounds the wall clock from above.
        var tick = Environment.TickCount64;
        Volatile.Write(ref s_anchor, new Anchor(tick, DateTime.UtcNow.Ticks));
    }

    /// <summary>One coarse monotonic reading and the precise wall-clock instant read right after it.</summary>
    /// <param name="tickMs">The coarse reading, in milliseconds (<see cref="Environment.TickCount64"/>).</param>
    /// <param name="wallTicks">The wall-clock instant, in UTC ticks.</param>
    internal sealed class Anchor(long tickMs, long wallTicks)
    {
        /// <summary>Gets the coarse reading, in milliseconds.</summary>
        public long TickMs { get; } = tickMs;

        /// <summary>Gets the wall-clock instant, in UTC ticks.</summary>
        public long WallTicks { get; } = wallTicks;
    }
}
