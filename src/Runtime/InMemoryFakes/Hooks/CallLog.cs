using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Support;

namespace InMemoryFakes;

/// <summary>One recorded call of a fake's member.</summary>
/// <param name="Member">The member name.</param>
/// <param name="Arguments">The arguments, in order (the caller's instances, not copies).</param>
/// <param name="At">The fake's clock when the call was made.</param>
public sealed record FakeCall(string Member, IReadOnlyList<object?> Arguments, DateTimeOffset At);

/// <summary>
/// The calls made to a fake, for light interaction checks. Off unless
/// <see cref="InMemoryFakeOptions.RecordCalls"/> is set or <see cref="Enabled"/> is turned on.
/// </summary>
public sealed class CallLog
{
    private readonly List<FakeCall> _calls = new();
    private readonly FakeCore _owner;
    private volatile bool _enabled;

    internal CallLog(bool enabled, FakeCore owner)
    {
        _enabled = enabled;
        _owner = owner;
    }

    /// <summary>Whether calls are recorded.</summary>
    public bool Enabled
    {
        get => _enabled;
        set
        {
            _enabled = value;
            _owner.UpdateIntercepting();
        }
    }

    /// <summary>The calls so far, in order.</summary>
    public IReadOnlyList<FakeCall> All
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToArray();
            }
        }
    }

    /// <summary>The calls of one member.</summary>
    /// <param name="member">The member name.</param>
    /// <returns>Its calls, in order.</returns>
    public IReadOnlyList<FakeCall> Of(string member) => All.Where(c => c.Member == member).ToArray();

    /// <summary>How many times a member was called.</summary>
    /// <param name="member">The member name.</param>
    /// <returns>The count.</returns>
    public int Count(string member) => Of(member).Count;

    /// <summary>Forgets the recorded calls.</summary>
    public void Clear()
    {
        lock (_calls)
        {
            _calls.Clear();
        }
    }

    internal void Record(FakeCall call)
    {
        lock (_calls)
        {
            _calls.Add(call);
        }
    }
}
