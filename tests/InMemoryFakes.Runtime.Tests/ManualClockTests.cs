using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

// Test names describe behaviour with underscores, and expected values read best as inline arrays.
#pragma warning disable CA1707 // Identifiers should not contain underscores
#pragma warning disable CA1861 // Avoid constant arrays as arguments

namespace InMemoryFakes.Runtime.Tests;

public class ManualClockTests
{
    private static readonly DateTimeOffset Start = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static TimeSpan Seconds(double value) => TimeSpan.FromSeconds(value);

    // ---- construction, time zone, ToString ----

    [Fact]
    public void Default_constructor_starts_at_2000_01_01_utc()
    {
        var clock = new ManualClock();

        Assert.Equal(Start, clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        Assert.Equal(Start, ManualClock.DefaultStartUtc);
    }

    [Fact]
    public void Constructor_with_start_reports_that_instant_in_utc()
    {
        var start = new DateTimeOffset(2024, 5, 6, 9, 30, 0, TimeSpan.FromHours(2));

        var clock = new ManualClock(start);

        Assert.Equal(start, clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        Assert.Equal(new DateTime(2024, 5, 6, 7, 30, 0), clock.GetUtcNow().DateTime);
    }

    [Fact]
    public void LocalTimeZone_defaults_to_utc_and_can_be_overridden()
    {
        Assert.Equal(TimeZoneInfo.Utc, new ManualClock().LocalTimeZone);

        var zone = TimeZoneInfo.CreateCustomTimeZone("Test+05", TimeSpan.FromHours(5), "Test+05", "Test+05");
        var clock = new ManualClock(Start, zone);

        Assert.Same(zone, clock.LocalTimeZone);
        Assert.Equal(TimeSpan.FromHours(5), clock.GetLocalNow().Offset);
        Assert.Equal(Start, clock.GetLocalNow());
        Assert.Throws<ArgumentNullException>("localTimeZone", () => new ManualClock(Start, null!));
    }

    [Fact]
    public void ToString_returns_current_time_in_iso_8601_round_trip_format()
    {
        var clock = new ManualClock();
        clock.Advance(TimeSpan.FromMilliseconds(1500));

        Assert.Equal("2000-01-01T00:00:01.5000000+00:00", clock.ToString());
    }

    // ---- Advance / SetUtcNow ----

    [Fact]
    public void Advance_moves_clock_forward_by_delta()
    {
        var clock = new ManualClock();

        clock.Advance(Seconds(90));

        Assert.Equal(Start.AddSeconds(90), clock.GetUtcNow());
    }

    [Fact]
    public void Advance_with_negative_delta_throws_and_leaves_clock_unchanged()
    {
        var clock = new ManualClock();
        clock.Advance(Seconds(5));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromTicks(-1)));

        Assert.Equal("delta", ex.ParamName);
        Assert.Equal(Start.AddSeconds(5), clock.GetUtcNow());
    }

    [Fact]
    public void Advance_past_max_value_throws_and_leaves_clock_unchanged()
    {
        var clock = new ManualClock();

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.MaxValue));

        Assert.Equal("delta", ex.ParamName);
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public void Advance_by_zero_is_allowed_and_keeps_time()
    {
        var clock = new ManualClock();

        clock.Advance(TimeSpan.Zero);

        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public void Advance_by_zero_fires_timers_due_exactly_now()
    {
        // A throwing callback leaves the clock at its due time with a second timer, due at the same instant, pending.
        var clock = new ManualClock();
        int fired = 0;
        using ITimer thrower = clock.CreateTimer(_ => throw new InvalidOperationException("boom"), null, Seconds(1), Timeout.InfiniteTimeSpan);
        using ITimer pending = clock.CreateTimer(_ => fired++, null, Seconds(1), Timeout.InfiniteTimeSpan);
        Assert.Throws<InvalidOperationException>(() => clock.Advance(Seconds(1)));
        Assert.Equal(Start.AddSeconds(1), clock.GetUtcNow());
        Assert.Equal(0, fired);

        clock.Advance(TimeSpan.Zero);

        Assert.Equal(1, fired);
        Assert.Equal(Start.AddSeconds(1), clock.GetUtcNow());
    }

    [Fact]
    public void Advance_fires_timer_due_exactly_at_the_target_time()
    {
        var clock = new ManualClock();
        int fired = 0;
        using ITimer timer = clock.CreateTimer(_ => fired++, null, Seconds(3), Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(3) - TimeSpan.FromTicks(1));
        Assert.Equal(0, fired);

        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void SetUtcNow_moves_clock_to_value_and_fires_due_timers()
    {
        var clock = new ManualClock();
        var seen = new List<DateTimeOffset>();
        using ITimer timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, Seconds(10), Timeout.InfiniteTimeSpan);

        clock.SetUtcNow(Start.AddMinutes(1));

        Assert.Equal(Start.AddMinutes(1), clock.GetUtcNow());
        Assert.Equal(new[] { Start.AddSeconds(10) }, seen);
    }

    [Fact]
    public void SetUtcNow_backwards_throws_and_leaves_clock_unchanged()
    {
        var clock = new ManualClock();
        clock.Advance(Seconds(5));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetUtcNow(Start.AddSeconds(4)));

        Assert.Equal("value", ex.ParamName);
        Assert.Equal(Start.AddSeconds(5), clock.GetUtcNow());
    }

    [Fact]
    public void SetUtcNow_to_current_time_is_allowed()
    {
        var clock = new ManualClock();

        clock.SetUtcNow(Start);

        Assert.Equal(Start, clock.GetUtcNow());
    }

    // ---- timestamps ----

    [Fact]
    public void TimestampFrequency_is_ticks_per_second()
    {
        Assert.Equal(TimeSpan.TicksPerSecond, new ManualClock().TimestampFrequency);
    }

    [Fact]
    public void GetElapsedTime_equals_manual_time_advanced_between_timestamps()
    {
        var clock = new ManualClock();
        long first = clock.GetTimestamp();
        TimeSpan advanced = TimeSpan.FromTicks(123_456_789);

        clock.Advance(advanced);
        long second = clock.GetTimestamp();

        Assert.Equal(advanced, clock.GetElapsedTime(first, second));
        Assert.Equal(advanced, clock.GetElapsedTime(first));
        Assert.Equal(TimeSpan.Zero, clock.GetElapsedTime(second));
    }

    [Fact]
    public void Timestamp_does_not_change_unless_clock_is_advanced()
    {
        var clock = new ManualClock();

        Assert.Equal(clock.GetTimestamp(), clock.GetTimestamp());
    }

    // ---- timer argument validation ----

    [Fact]
    public void CreateTimer_with_null_callback_throws_ArgumentNullException()
    {
        var clock = new ManualClock();

        Assert.Throws<ArgumentNullException>("callback", () => clock.CreateTimer(null!, null, Seconds(1), Seconds(1)));
    }

    [Theory]
    [InlineData(-2, 0, "dueTime")]
    [InlineData(0, -2, "period")]
    public void CreateTimer_with_negative_times_other_than_infinite_throws(int dueMs, int periodMs, string paramName)
    {
        var clock = new ManualClock();

        Assert.Throws<ArgumentOutOfRangeException>(
            paramName,
            () => clock.CreateTimer(_ => { }, null, TimeSpan.FromMilliseconds(dueMs), TimeSpan.FromMilliseconds(periodMs)));
    }

    [Theory]
    [InlineData(-2, 0, "dueTime")]
    [InlineData(0, -2, "period")]
    public void Change_with_negative_times_other_than_infinite_throws(int dueMs, int periodMs, string paramName)
    {
        var clock = new ManualClock();
        using ITimer timer = clock.CreateTimer(_ => { }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        Assert.Throws<ArgumentOutOfRangeException>(
            paramName,
            () => timer.Change(TimeSpan.FromMilliseconds(dueMs), TimeSpan.FromMilliseconds(periodMs)));
    }

    // ---- scheduling basics ----

    [Fact]
    public void Timer_with_infinite_due_time_is_not_scheduled()
    {
        var clock = new ManualClock();
        int fired = 0;
        using ITimer timer = clock.CreateTimer(_ => fired++, null, Timeout.InfiniteTimeSpan, Seconds(1));

        clock.Advance(TimeSpan.FromDays(365));

        Assert.Equal(0, fired);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Timer_with_zero_or_infinite_period_fires_once(int periodMs)
    {
        var clock = new ManualClock();
        int fired = 0;
        using ITimer timer = clock.CreateTimer(_ => fired++, null, Seconds(1), TimeSpan.FromMilliseconds(periodMs));

        clock.Advance(Seconds(100));

        Assert.Equal(1, fired);
    }

    [Fact]
    public void Timer_callback_receives_its_state()
    {
        var clock = new ManualClock();
        object state = new();
        object? received = null;
        using ITimer timer = clock.CreateTimer(s => received = s, state, Seconds(1), Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(1));

        Assert.Same(state, received);
    }

    [Fact]
    public void Change_reschedules_relative_to_current_time()
    {
        var clock = new ManualClock();
        var seen = new List<DateTimeOffset>();
        using ITimer timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, Seconds(5), Timeout.InfiniteTimeSpan);
        clock.Advance(Seconds(2));

        Assert.True(timer.Change(Seconds(10), Timeout.InfiniteTimeSpan));
        clock.Advance(Seconds(9));
        Assert.Empty(seen);

        clock.Advance(Seconds(1));
        Assert.Equal(new[] { Start.AddSeconds(12) }, seen);
    }

    [Fact]
    public void Change_to_infinite_due_time_unschedules_timer()
    {
        var clock = new ManualClock();
        int fired = 0;
        using ITimer timer = clock.CreateTimer(_ => fired++, null, Seconds(1), Seconds(1));

        Assert.True(timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        clock.Advance(Seconds(10));

        Assert.Equal(0, fired);
    }

    // ---- firing order and clock value during callbacks ----

    [Fact]
    public void Advance_fires_due_timers_in_due_order_with_clock_at_each_due_time()
    {
        var clock = new ManualClock();
        var fired = new List<(string Name, DateTimeOffset Now)>();
        using ITimer c = clock.CreateTimer(_ => fired.Add(("c", clock.GetUtcNow())), null, Seconds(3), Timeout.InfiniteTimeSpan);
        using ITimer a = clock.CreateTimer(_ => fired.Add(("a", clock.GetUtcNow())), null, Seconds(1), Timeout.InfiniteTimeSpan);
        using ITimer b = clock.CreateTimer(_ => fired.Add(("b", clock.GetUtcNow())), null, Seconds(2), Timeout.InfiniteTimeSpan);
        using ITimer late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow())), null, Seconds(11), Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(10));

        Assert.Equal(
            new[] { ("a", Start.AddSeconds(1)), ("b", Start.AddSeconds(2)), ("c", Start.AddSeconds(3)) },
            fired);
        Assert.Equal(Start.AddSeconds(10), clock.GetUtcNow());
    }

    [Fact]
    public void Timers_due_at_the_same_time_fire_in_creation_order()
    {
        var clock = new ManualClock();
        var fired = new List<int>();
        var timers = Enumerable.Range(0, 5)
            .Select(i => clock.CreateTimer(_ => fired.Add(i), null, Seconds(1), Timeout.InfiniteTimeSpan))
            .ToList();

        clock.Advance(Seconds(1));

        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, fired);
        timers.ForEach(t => t.Dispose());
    }

    [Fact]
    public void Timers_due_at_the_same_time_fire_in_scheduling_order_after_Change()
    {
        var clock = new ManualClock();
        var fired = new List<string>();
        using ITimer first = clock.CreateTimer(_ => fired.Add("first"), null, Seconds(1), Timeout.InfiniteTimeSpan);
        using ITimer second = clock.CreateTimer(_ => fired.Add("second"), null, Seconds(1), Timeout.InfiniteTimeSpan);

        first.Change(Seconds(1), Timeout.InfiniteTimeSpan); // rescheduled last, so it now fires last
        clock.Advance(Seconds(1));

        Assert.Equal(new[] { "second", "first" }, fired);
    }

    [Fact]
    public void Periodic_timer_fires_once_per_period_during_a_long_advance()
    {
        var clock = new ManualClock();
        var seen = new List<DateTimeOffset>();
        using ITimer timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, Seconds(1), Seconds(1));

        clock.Advance(Seconds(10));

        Assert.Equal(Enumerable.Range(1, 10).Select(i => Start.AddSeconds(i)), seen);
        Assert.Equal(Start.AddSeconds(10), clock.GetUtcNow());
    }

    [Fact]
    public void Periodic_timers_interleave_in_due_order()
    {
        var clock = new ManualClock();
        var fired = new List<string>();
        using ITimer two = clock.CreateTimer(_ => fired.Add("2s@" + clock.GetUtcNow().Second), null, Seconds(2), Seconds(2));
        using ITimer three = clock.CreateTimer(_ => fired.Add("3s@" + clock.GetUtcNow().Second), null, Seconds(3), Seconds(3));

        clock.Advance(Seconds(6));

        // At 6 s both are due; the 3 s timer was rescheduled (at 3 s) before the 2 s one (at 4 s), so it fires first.
        Assert.Equal(new[] { "2s@2", "3s@3", "2s@4", "3s@6", "2s@6" }, fired);
    }

    // ---- callbacks calling back into the clock ----

    [Fact]
    public void Callback_can_reschedule_itself_within_the_advance_window()
    {
        var clock = new ManualClock();
        var seen = new List<DateTimeOffset>();
        ITimer? timer = null;
        timer = clock.CreateTimer(
            _ =>
            {
                seen.Add(clock.GetUtcNow());
                if (seen.Count < 3)
                {
                    timer!.Change(Seconds(2), Timeout.InfiniteTimeSpan);
                }
            },
            null,
            Seconds(1),
            Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(100));

        Assert.Equal(new[] { Start.AddSeconds(1), Start.AddSeconds(3), Start.AddSeconds(5) }, seen);
        timer.Dispose();
    }

    [Fact]
    public void Callback_can_create_a_timer_that_fires_in_order_within_the_same_advance()
    {
        var clock = new ManualClock();
        var fired = new List<(string Name, DateTimeOffset Now)>();
        var created = new List<ITimer>();
        using ITimer parent = clock.CreateTimer(
            _ =>
            {
                fired.Add(("parent", clock.GetUtcNow()));
                created.Add(clock.CreateTimer(_ => fired.Add(("child", clock.GetUtcNow())), null, Seconds(2), Timeout.InfiniteTimeSpan));
            },
            null,
            Seconds(1),
            Timeout.InfiniteTimeSpan);
        using ITimer other = clock.CreateTimer(_ => fired.Add(("other", clock.GetUtcNow())), null, Seconds(4), Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(5));

        Assert.Equal(
            new[] { ("parent", Start.AddSeconds(1)), ("child", Start.AddSeconds(3)), ("other", Start.AddSeconds(4)) },
            fired);
        created.ForEach(t => t.Dispose());
    }

    [Fact]
    public void Zero_due_timer_created_in_a_callback_fires_after_that_callback_in_the_same_advance()
    {
        var clock = new ManualClock();
        var fired = new List<(string Name, DateTimeOffset Now)>();
        var created = new List<ITimer>();
        using ITimer parent = clock.CreateTimer(
            _ =>
            {
                created.Add(clock.CreateTimer(_ => fired.Add(("child", clock.GetUtcNow())), null, TimeSpan.Zero, Timeout.InfiniteTimeSpan));
                fired.Add(("parent", clock.GetUtcNow()));
            },
            null,
            Seconds(1),
            Timeout.InfiniteTimeSpan);
        using ITimer sibling = clock.CreateTimer(_ => fired.Add(("sibling", clock.GetUtcNow())), null, Seconds(1), Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(2));

        Assert.Equal(
            new[] { ("parent", Start.AddSeconds(1)), ("sibling", Start.AddSeconds(1)), ("child", Start.AddSeconds(1)) },
            fired);
        created.ForEach(t => t.Dispose());
    }

    [Fact]
    public void Callback_can_dispose_another_timer_before_it_fires()
    {
        var clock = new ManualClock();
        int victimFired = 0;
        using ITimer victim = clock.CreateTimer(_ => victimFired++, null, Seconds(2), Timeout.InfiniteTimeSpan);
        using ITimer killer = clock.CreateTimer(_ => victim.Dispose(), null, Seconds(1), Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(5));

        Assert.Equal(0, victimFired);
    }

    [Fact]
    public void Periodic_callback_can_dispose_itself()
    {
        var clock = new ManualClock();
        int fired = 0;
        ITimer? timer = null;
        timer = clock.CreateTimer(
            _ =>
            {
                if (++fired == 3)
                {
                    timer!.Dispose();
                }
            },
            null,
            Seconds(1),
            Seconds(1));

        clock.Advance(Seconds(10));

        Assert.Equal(3, fired);
    }

    // ---- zero due time outside an advance ----

    [Fact]
    public void Zero_due_time_fires_synchronously_on_CreateTimer()
    {
        var clock = new ManualClock();
        var seen = new List<DateTimeOffset>();

        using ITimer timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        Assert.Equal(new[] { Start }, seen);
        clock.Advance(Seconds(10));
        Assert.Single(seen);
    }

    [Fact]
    public void Zero_due_time_fires_synchronously_on_Change()
    {
        var clock = new ManualClock();
        int fired = 0;
        using ITimer timer = clock.CreateTimer(_ => fired++, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        Assert.True(timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));

        Assert.Equal(1, fired);
    }

    [Fact]
    public void Zero_due_periodic_timer_fires_immediately_then_every_period()
    {
        var clock = new ManualClock();
        var seen = new List<DateTimeOffset>();

        using ITimer timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, TimeSpan.Zero, Seconds(2));
        clock.Advance(Seconds(5));

        Assert.Equal(new[] { Start, Start.AddSeconds(2), Start.AddSeconds(4) }, seen);
    }

    // ---- threading and re-entrancy ----

    [Fact]
    public void Callbacks_run_synchronously_on_the_advancing_thread()
    {
        var clock = new ManualClock();
        int? callbackThread = null;
        using ITimer timer = clock.CreateTimer(_ => callbackThread = Environment.CurrentManagedThreadId, null, Seconds(1), Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(1));

        Assert.Equal(Environment.CurrentManagedThreadId, callbackThread);
    }

    [Fact]
    public void Reentrant_Advance_from_a_callback_throws_InvalidOperationException()
    {
        var clock = new ManualClock();
        Exception? caught = null;
        using ITimer timer = clock.CreateTimer(
            _ => caught = Record.Exception(() => clock.Advance(Seconds(1))),
            null,
            Seconds(1),
            Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(2));

        Assert.IsType<InvalidOperationException>(caught);
        Assert.Equal(Start.AddSeconds(2), clock.GetUtcNow());
    }

    [Fact]
    public void Reentrant_SetUtcNow_from_a_callback_throws_InvalidOperationException()
    {
        var clock = new ManualClock();
        Exception? caught = null;
        using ITimer timer = clock.CreateTimer(
            _ => caught = Record.Exception(() => clock.SetUtcNow(Start.AddSeconds(1.5))),
            null,
            Seconds(1),
            Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(2));

        Assert.IsType<InvalidOperationException>(caught);
        Assert.Equal(Start.AddSeconds(2), clock.GetUtcNow());
    }

    [Fact]
    public void Callback_exception_propagates_and_clock_stays_at_its_due_time()
    {
        var clock = new ManualClock();
        int laterFired = 0;
        using ITimer thrower = clock.CreateTimer(_ => throw new InvalidOperationException("boom"), null, Seconds(1), Timeout.InfiniteTimeSpan);
        using ITimer later = clock.CreateTimer(_ => laterFired++, null, Seconds(2), Timeout.InfiniteTimeSpan);

        var ex = Assert.Throws<InvalidOperationException>(() => clock.Advance(Seconds(5)));

        Assert.Equal("boom", ex.Message);
        Assert.Equal(Start.AddSeconds(1), clock.GetUtcNow());
        Assert.Equal(0, laterFired);

        clock.Advance(Seconds(4)); // the clock is usable again and the remaining timer still fires
        Assert.Equal(1, laterFired);
    }

    [Fact]
    public async Task Advance_from_another_thread_during_an_advance_waits_instead_of_failing()
    {
        var clock = new ManualClock();
        Task? otherAdvance = null;
        using ITimer timer = clock.CreateTimer(
            _ => otherAdvance = Task.Run(() => clock.Advance(Seconds(5)), TestContext.Current.CancellationToken),
            null,
            Seconds(1),
            Timeout.InfiniteTimeSpan);

        clock.Advance(Seconds(2));
        Assert.NotNull(otherAdvance);
        await otherAdvance;

        // The second advance only started from the first one's target (2 s), so the total is 2 s + 5 s.
        Assert.Equal(Start.AddSeconds(7), clock.GetUtcNow());
    }

    [Fact]
    public async Task Concurrent_reads_and_timer_changes_during_Advance_are_safe()
    {
        const int Workers = 4;
        const int TimersPerWorker = 500;
        var clock = new ManualClock();
        int fired = 0;
        var timers = new System.Collections.Concurrent.ConcurrentBag<ITimer>();
        using var startGate = new ManualResetEventSlim();
        CancellationToken ct = TestContext.Current.CancellationToken;

        Task[] workers = Enumerable.Range(0, Workers).Select(w => Task.Run(
            () =>
            {
                startGate.Wait(ct);
                DateTimeOffset last = clock.GetUtcNow();
                for (int i = 0; i < TimersPerWorker; i++)
                {
                    DateTimeOffset now = clock.GetUtcNow();
                    Assert.True(now >= last, "time never goes backwards");
                    last = now;
                    // Every timer is scheduled exactly once (by CreateTimer or by a single Change), so it fires exactly once.
                    if (i % 2 == 0)
                    {
                        timers.Add(clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMilliseconds(1 + (i % 7)), Timeout.InfiniteTimeSpan));
                    }
                    else
                    {
                        ITimer t = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                        timers.Add(t);
                        Assert.True(t.Change(TimeSpan.FromMilliseconds(1 + (i % 5)), Timeout.InfiniteTimeSpan));
                    }
                }
            },
            ct)).ToArray();

        startGate.Set();
        while (!workers.All(t => t.IsCompleted))
        {
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        await Task.WhenAll(workers);
        clock.Advance(Seconds(1)); // everything created is due within 7 ms of its creation

        Assert.Equal(Workers * TimersPerWorker, Volatile.Read(ref fired));
        foreach (ITimer t in timers)
        {
            t.Dispose();
        }
    }

    // ---- BCL helpers built on TimeProvider ----

    [Fact]
    public void Task_Delay_completes_when_clock_advances_past_the_delay()
    {
        var clock = new ManualClock();

        Task delay = Task.Delay(Seconds(5), clock, TestContext.Current.CancellationToken);
        Assert.False(delay.IsCompleted);

        clock.Advance(Seconds(5) - TimeSpan.FromTicks(1));
        Assert.False(delay.IsCompleted);

        clock.Advance(TimeSpan.FromTicks(1));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void CancellationTokenSource_with_this_clock_cancels_on_advance()
    {
        var clock = new ManualClock();
        using var cts = new CancellationTokenSource(Seconds(3), clock);

        clock.Advance(Seconds(2));
        Assert.False(cts.IsCancellationRequested);

        clock.Advance(Seconds(1));
        Assert.True(cts.IsCancellationRequested);
    }

    [Fact]
    public void CancelAfter_on_a_clock_driven_source_uses_manual_time()
    {
        var clock = new ManualClock();
        using var cts = new CancellationTokenSource(Timeout.InfiniteTimeSpan, clock);

        cts.CancelAfter(Seconds(10));
        clock.Advance(Seconds(9));
        Assert.False(cts.IsCancellationRequested);

        clock.Advance(Seconds(1));
        Assert.True(cts.IsCancellationRequested);
    }

    // ---- disposal ----

    [Fact]
    public void Disposed_timer_never_fires_again()
    {
        var clock = new ManualClock();
        int fired = 0;
        ITimer timer = clock.CreateTimer(_ => fired++, null, Seconds(1), Seconds(1));
        clock.Advance(Seconds(2));
        Assert.Equal(2, fired);

        timer.Dispose();
        clock.Advance(Seconds(10));

        Assert.Equal(2, fired);
    }

    [Fact]
    public void Dispose_is_idempotent_and_Change_after_dispose_returns_false()
    {
        var clock = new ManualClock();
        int fired = 0;
        ITimer timer = clock.CreateTimer(_ => fired++, null, Seconds(1), Timeout.InfiniteTimeSpan);

        timer.Dispose();
        timer.Dispose();

        Assert.False(timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        Assert.False(timer.Change(Seconds(1), Timeout.InfiniteTimeSpan));
        clock.Advance(Seconds(5));
        Assert.Equal(0, fired);
    }

    [Fact]
    public async Task DisposeAsync_stops_the_timer()
    {
        var clock = new ManualClock();
        int fired = 0;
        ITimer timer = clock.CreateTimer(_ => fired++, null, Seconds(1), Seconds(1));

        await timer.DisposeAsync();
        await timer.DisposeAsync();
        clock.Advance(Seconds(5));

        Assert.Equal(0, fired);
    }
}
