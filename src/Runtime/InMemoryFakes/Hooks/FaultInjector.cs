using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Support;
using System.Threading;

namespace InMemoryFakes;

/// <summary>
/// Makes a fake's members fail or slow down, to test retry and timeout paths. A fault applies to
/// a member by name (or <c>"*"</c> for every member), a given number of times or always, and is
/// checked before the member touches the store, so a failed call changes nothing.
/// </summary>
/// <remarks>Delays are measured by the fake's clock: with a <see cref="ManualClock"/>, an async member
/// completes when the clock is advanced past the delay; a synchronous member blocks its thread until then.</remarks>
public sealed class FaultInjector
{
    /// <summary>Use as <c>times</c> for a fault that never wears off.</summary>
    public const int Always = int.MaxValue;

    private readonly List<Fault> _faults = new();
    private readonly IReadOnlyList<string> _memberNames;
    private readonly FakeCore _owner;

    // Built on the first fault (to check its member name), not per fake: most tests never add one.
    private HashSet<string>? _members;
    private volatile bool _any;

    internal FaultInjector(IReadOnlyList<string> members, FakeCore owner)
    {
        _memberNames = members;
        _owner = owner;
    }

    internal bool HasAny => _any;

    /// <summary>Makes a member throw.</summary>
    /// <param name="member">The member name, or <c>"*"</c>.</param>
    /// <param name="exception">Creates the exception to throw, once per call.</param>
    /// <param name="times">How many calls fail; <see cref="Always"/> for all.</param>
    /// <exception cref="ArgumentException"><paramref name="member"/> is not a member of the fake.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is not positive.</exception>
    public void Throw(string member, Func<Exception> exception, int times = Always)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Add(member, new Fault(member, exception, TimeSpan.Zero, CheckTimes(times)));
    }

    /// <summary>Makes a member throw the given exception.</summary>
    /// <param name="member">The member name, or <c>"*"</c>.</param>
    /// <param name="exception">The exception.</param>
    /// <param name="times">How many calls fail; <see cref="Always"/> for all.</param>
    public void Throw(string member, Exception exception, int times = Always)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Throw(member, () => exception, times);
    }

    /// <summary>Makes a member wait before it runs.</summary>
    /// <param name="member">The member name, or <c>"*"</c>.</param>
    /// <param name="delay">How long, by the fake's clock; positive.</param>
    /// <param name="times">How many calls are delayed; <see cref="Always"/> for all.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> or <paramref name="times"/> is not positive.</exception>
    public void Delay(string member, TimeSpan delay, int times = Always)
    {
        if (delay <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "The delay must be positive.");
        }

        Add(member, new Fault(member, null, delay, CheckTimes(times)));
    }

    /// <summary>Removes every fault.</summary>
    public void Clear()
    {
        lock (_faults)
        {
            _faults.Clear();
            _any = false;
        }

        _owner.UpdateIntercepting();
    }

    /// <summary>Takes the fault that applies to this call, if any, counting it down.</summary>
    internal (Exception? Error, TimeSpan Delay) Take(string member)
    {
        lock (_faults)
        {
            Exception? error = null;
            var delay = TimeSpan.Zero;
            for (var i = 0; i < _faults.Count; i++)
            {
                var fault = _faults[i];
                if (fault.Member != "*" && fault.Member != member)
                {
                    continue;
                }

                if (fault.Times != Always && --fault.Times == 0)
                {
                    _faults.RemoveAt(i--);
                }

                delay += fault.Delay;
                error ??= fault.Exception?.Invoke();
            }

            _any = _faults.Count > 0;
            if (!_any)
            {
                _owner.UpdateIntercepting();
            }

            return (error, delay);
        }
    }

    private void Add(string member, Fault fault)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        var members = Volatile.Read(ref _members) ?? Interlocked.CompareExchange(ref _members, new HashSet<string>(_memberNames, StringComparer.Ordinal), null) ?? _members;
        if (member != "*" && members.Count > 0 && !members.Contains(member))
        {
            throw new ArgumentException(
                $"The fake has no member '{member}'. Known members: {string.Join(", ", members.OrderBy(m => m, StringComparer.Ordinal))}.",
                nameof(member));
        }

        lock (_faults)
        {
            _faults.Add(fault);
            _any = true;
        }

        _owner.UpdateIntercepting();
    }

    private static int CheckTimes(int times)
        => times > 0 ? times : throw new ArgumentOutOfRangeException(nameof(times), times, "A fault must apply at least once.");

    private sealed class Fault
    {
        internal Fault(string member, Func<Exception>? exception, TimeSpan delay, int times)
        {
            Member = member;
            Exception = exception;
            Delay = delay;
            Times = times;
        }

        internal string Member { get; }

        internal Func<Exception>? Exception { get; }

        internal TimeSpan Delay { get; }

        internal int Times { get; set; }
    }
}
