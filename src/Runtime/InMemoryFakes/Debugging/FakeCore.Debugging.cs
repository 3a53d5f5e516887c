using System.ComponentModel;
using System.Diagnostics;

namespace InMemoryFakes.Support;

// A generated fake holds its FakeCore in a field: expanding the fake in the debugger shows that core as
// "IUserRepository: 3 entries", and expanding the core lists the entries with key, value and expiry.
[DebuggerDisplay("{DebuggerDisplay,nq}")]
[DebuggerTypeProxy(typeof(FakeDebugView))]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class FakeCore
{
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private string DebuggerDisplay => FakeDump.Summary(this);
}
