using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;

namespace InMemoryFakes.Support;

/// <summary>
/// What the debugger shows for a fake: its live entries (key, value, expiry), then its recent calls and its clock.
/// Reading it changes nothing (no sliding renewal, no recency, nothing recorded).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FakeDebugView
{
    private readonly IInMemoryFake _fake;

    /// <summary>Creates the view of a fake.</summary>
    /// <param name="fake">A generated fake, or its <see cref="FakeCore"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fake"/> is null.</exception>
    public FakeDebugView(IInMemoryFake fake)
    {
        ArgumentNullException.ThrowIfNull(fake);
        _fake = fake;
    }

    /// <summary>The live entries of every table of the fake.</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.RootHidden)]
    public FakeEntryView[] Entries => FakeDump.EntriesOf(_fake);

    /// <summary>The last recorded calls, newest last (empty while the call log is off).</summary>
    public IReadOnlyList<FakeCall> RecentCalls => _fake.Calls.All.TakeLast(FakeDump.DefaultRecentCalls).ToArray();

    /// <summary>The fake's clock now.</summary>
    public DateTimeOffset Now => _fake.Clock.GetUtcNow();
}
