using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes;

/// <summary>
/// A deterministic <see cref="TimeProvider"/> whose time only moves when a test calls
/// <see cref="Advance(TimeSpan)"/> or <see cref="SetUtcNow(DateTimeOffset)"/>.
/// </summary>
/// <remarks>
/// <para>
/// Timers created with <see cref="CreateTimer(TimerCallback, object?, TimeSpan, TimeSpan)"/> are kept in a
/// schedule ordered by due time and then by the order in which they were scheduled. While the clock advances,
/// every timer that becomes due fires in that order, synchronously on the thread that is advancing the clock,
/// and while a callback runs <see cref="GetUtcNow"/> returns exactly that timer's due time. A periodic timer fires
/// once per elapsed period. Callbacks run outside the clock's internal lock, so they may read the clock, create,
/// change or dispose timers; timers that become due within the remaining advance window still fire in order.
/// </para>
/// <para>
/// A timer created or changed with a due time of <see cref="TimeSpan.Zero"/> while no advance is in progress fires
/// synchronously, before <see cref="CreateTimer(TimerCallback, object?, TimeSpan, TimeSpan)"/> or
/// <see cref="ITimer.Change(TimeSpan, TimeSpan)"/> returns (the system provider would fire it soon, on the thread
/// pool). During an advance such a timer is instead scheduled at the current time and fired by the advance, after
/// the callbacks already due at that instant.
/// </para>
/// <para>
/// Only one advance runs at a time. Calling <see cref="Advance(TimeSpan)"/> or <see cref="SetUtcNow(DateTimeOffset)"/>
/// from a timer callback (re-entrantly, on the advancing thread) throws <see cref="InvalidOperationException"/>;
/// a call from another thread waits until the current advance has finished. If a callback throws, the exception
/// propagates out of the advancing call, the clock stays at that callback's due time and timers not yet fired stay
/// scheduled.
/// </para>
/// <para>
/// All members are thread-safe. Timestamps are UTC ticks (<see cref="TimestampFrequency"/> is
/// <see cref="TimeSpan.TicksPerSecond"/>), so <see cref="TimeProvider.GetElapsedTime(long, long)"/> equals the
/// manual time that passed between two timestamps.
/// </para>
/// </remarks>
public sealed class ManualClock : TimeProvider
{
    /// <summary>The instant a clock created with <see cref="ManualClock()"/> starts at: 2000-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultStartUtc = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly long MaxTicks = DateTimeOffset.MaxValue.UtcTicks;

    private static readonly Comparer<Entry> EntryOrder = Comparer<Entry>.Create(static (a, b) =>
        a.DueTicks != b.DueTicks ? a.DueTicks.CompareTo(b.DueTicks) : a.Sequence.CompareTo(b.Sequence));

    private readonly object _gate = new();
    // Created by the first timer scheduled (under _gate): a test's clock often has none.
    private SortedSet<Entry>? _schedule;
    private readonly TimeZoneInfo _localTimeZone;

    // Written only under _gate, each time by one store of the new instant, and read without the lock (every write of a
    // fake on this clock reads it): a read sees the instant before or after a concurrent move, never anything between.
    private long _nowTicks;
    private long _nextSequence;
    private Thread? _advancingThread;

    /// <summary>Creates a clock that starts at <see cref="DefaultStartUtc"/> (2000-01-01T00:00:00Z), in the UTC time zone.</summary>
    public ManualClock()
        : this(DefaultStartUtc)
    {
    }

    /// <summary>Creates a clock that starts at <paramref name="startUtc"/>, in the UTC time zone.</summary>
    /// <param name="startUtc">The start instant; any offset is normalised, the clock always reports UTC.</param>
    public ManualClock(DateTimeOffset startUtc)
        : this(startUtc, TimeZoneInfo.Utc)
    {
    }

    /// <summary>Creates a clock that starts at <paramref name="startUtc"/> and reports <paramref name="localTimeZone"/> as its local time zone.</summary>
    /// <param name="startUtc">The start instant; any offset is normalised, the clock always reports UTC.</param>
    /// <param name="localTimeZone">The zone returned by <see cref="LocalTimeZone"/> and used by <see cref="TimeProvider.GetLocalNow"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="localTimeZone"/> is <see langword="null"/>.</exception>
    public ManualClock(DateTimeOffset startUtc, TimeZoneInfo localTimeZone)
    {
        ArgumentNullException.ThrowIfNull(localTimeZone);
        _nowTicks = startUtc.UtcTicks;
        _localTimeZone = localTimeZone;
    }

    /// <summary>Gets the time zone this clock reports as local (UTC unless given to the constructor).</summary>
    public override TimeZoneInfo LocalTimeZone => _localTimeZone;

    /// <summary>Gets the timestamp frequency: <see cref="TimeSpan.TicksPerSecond"/>, one timestamp unit per tick.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Returns the current manual time, with a zero offset.</summary>
    /// <returns>The current UTC time of this clock.</returns>
    public override DateTimeOffset GetUtcNow() => new(Volatile.Read(ref _nowTicks), TimeSpan.Zero);

    /// <summary>Returns the current manual time as a timestamp: its UTC ticks.</summary>
    /// <returns>The UTC ticks of <see cref="GetUtcNow"/>.</returns>
    public override long GetTimestamp() => Volatile.Read(ref _nowTicks);

    /// <summary>
    /// Moves the clock forward by <paramref name="delta"/>, firing every timer that becomes due on the way
    /// (see the type remarks). A zero delta fires the timers due exactly now.
    /// </summary>
    /// <param name="delta">How far to move; must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is negative or would move past <see cref="DateTimeOffset.MaxValue"/>; the clock is unchanged.</exception>
    /// <exception cref="InvalidOperationException">Called from a timer callback while this clock is advancing.</exception>
    public void Advance(TimeSpan delta)
    {
        if (delta < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "The clock cannot move backwards.");
        }

        long target;
        lock (_gate)
        {
            WaitForOtherAdvance();
            if (delta.Ticks > MaxTicks - _nowTicks)
            {
                throw new ArgumentOutOfRangeException(nameof(delta), delta, "The clock cannot move past DateTimeOffset.MaxValue.");
            }

            target = _nowTicks + delta.Ticks;
            _advancingThread = Thread.CurrentThread;
        }

        RunUntil(target);
    }

    /// <summary>
    /// Moves the clock forward to <paramref name="value"/>, firing every timer that becomes due on the way
    /// (see the type remarks). Setting the current time again is allowed.
    /// </summary>
    /// <param name="value">The new time; must not be earlier than the current time.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is earlier than the current time; the clock is unchanged.</exception>
    /// <exception cref="InvalidOperationException">Called from a timer callback while this clock is advancing.</exception>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            WaitForOtherAdvance();
            if (value.UtcTicks < _nowTicks)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The clock cannot move backwards.");
            }

            _advancingThread = Thread.CurrentThread;
        }

        RunUntil(value.UtcTicks);
    }

    /// <summary>
    /// Creates a timer driven by this clock. A due time of <see cref="Timeout.InfiniteTimeSpan"/> leaves it unscheduled;
    /// a period of <see cref="Timeout.InfiniteTimeSpan"/> or <see cref="TimeSpan.Zero"/> makes it one-shot. A zero due
    /// time outside an advance fires the callback synchronously, before this method returns.
    /// </summary>
    /// <param name="callback">The callback to invoke when the timer fires.</param>
    /// <param name="state">The argument passed to <paramref name="callback"/>.</param>
    /// <param name="dueTime">The delay before the first firing.</param>
    /// <param name="period">The interval between firings.</param>
    /// <returns>The timer; dispose it to stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueTime"/> or <paramref name="period"/> is negative and not <see cref="Timeout.InfiniteTimeSpan"/>.</exception>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ValidateTimes(dueTime, period);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Returns the current time in ISO 8601 round-trip ("O") format.</summary>
    /// <returns>For example <c>2000-01-01T00:00:00.0000000+00:00</c>.</returns>
    public override string ToString() => GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static void ValidateTimes(TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime < TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "Must be non-negative or Timeout.InfiniteTimeSpan.");
        }

        if (period < TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Must be non-negative or Timeout.InfiniteTimeSpan.");
        }
    }

    private static long AddClamped(long ticks, long delta) => delta > MaxTicks - ticks ? MaxTicks : ticks + delta;

    // Caller holds _gate. Throws on re-entrancy, otherwise waits until no other thread is advancing.
    private void WaitForOtherAdvance()
    {
        if (_advancingThread == Thread.CurrentThread)
        {
            throw new InvalidOperationException("ManualClock cannot be advanced from a timer callback while it is advancing.");
        }

        while (_advancingThread is not null)
        {
            Monitor.Wait(_gate);
        }
    }

    // Caller holds _gate.
    private void EndAdvance()
    {
        _advancingThread = null;
        Monitor.PulseAll(_gate);
    }

    private void RunUntil(long target)
    {
        bool finished = false;
        try
        {
            while (true)
            {
                ManualTimer timer;
                lock (_gate)
                {
                    if (_schedule is not { Count: > 0 } schedule || schedule.Min.DueTicks > target)
                    {
                        // Same lock as the check, so a timer scheduled "now" by another thread is never missed.
                        Volatile.Write(ref _nowTicks, target);
                        finished = true;
                        EndAdvance();
                        return;
                    }

                    Entry next = schedule.Min;
                    Volatile.Write(ref _nowTicks, next.DueTicks);
                    timer = next.Timer;
                    Unschedule(timer);
                    if (timer.PeriodTicks > 0)
                    {
                        Schedule(timer, AddClamped(next.DueTicks, timer.PeriodTicks));
                    }
                }

                timer.Invoke();
            }
        }
        finally
        {
            if (!finished)
            {
                lock (_gate)
                {
                    EndAdvance();
                }
            }
        }
    }

    // Caller holds _gate.
    private void Schedule(ManualTimer timer, long dueTicks)
    {
        var entry = new Entry(dueTicks, _nextSequence++, timer);
        (_schedule ??= new(EntryOrder)).Add(entry);
        timer.Scheduled = entry;
    }

    // Caller holds _gate.
    private void Unschedule(ManualTimer timer)
    {
        if (timer.Scheduled is Entry entry)
        {
            _schedule!.Remove(entry);
            timer.Scheduled = null;
        }
    }

    // Caller holds _gate. Returns true when the callback must be invoked right now, by the caller, outside the lock.
    private bool ChangeLocked(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        Unschedule(timer);
        timer.PeriodTicks = period > TimeSpan.Zero ? period.Ticks : 0;
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return false;
        }

        if (dueTime == TimeSpan.Zero && _advancingThread is null)
        {
            if (timer.PeriodTicks > 0)
            {
                Schedule(timer, AddClamped(_nowTicks, timer.PeriodTicks));
            }

            return true;
        }

        Schedule(timer, AddClamped(_nowTicks, dueTime.Ticks));
        return false;
    }

    private readonly record struct Entry(long DueTicks, long Sequence, ManualTimer Timer);

    private sealed class ManualTimer : ITimer
    {
        private readonly ManualClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private bool _disposed;

        public ManualTimer(ManualClock clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
        }

        // Both guarded by _clock._gate.
        public long PeriodTicks { get; set; }

        public Entry? Scheduled { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            ValidateTimes(dueTime, period);
            bool fireNow;
            lock (_clock._gate)
            {
                if (_disposed)
                {
                    return false;
                }

                fireNow = _clock.ChangeLocked(this, dueTime, period);
            }

            if (fireNow)
            {
                Invoke();
            }

            return true;
        }

        public void Invoke() => _callback(_state);

        public void Dispose()
        {
            lock (_clock._gate)
            {
                _disposed = true;
                _clock.Unschedule(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
