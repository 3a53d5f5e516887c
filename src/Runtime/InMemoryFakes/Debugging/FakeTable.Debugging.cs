using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;

namespace InMemoryFakes.Support;

// The debugger view of a table (a generated fake's table fields): its entries with key, value and expiry.
[DebuggerDisplay("{Name,nq}: {Count} entries")]
[DebuggerTypeProxy(typeof(FakeTableDebugView<,>))]
[EditorBrowsable(EditorBrowsableState.Never)]
public partial class FakeTable<TKey, TValue> : IHasEntryViews
{
    /// <inheritdoc />
    FakeEntryView[] IHasEntryViews.EntryViews()
    {
        var views = new List<FakeEntryView>();
        foreach (var info in Inspect())
        {
            // A peek is no read: looking in the debugger must not renew a sliding entry or change eviction order.
            if (info.Key is TKey key && TryPeek(key, out var value))
            {
                views.Add(new FakeEntryView(Name, info.Key, value, info));
            }
        }

        return views.ToArray();
    }
}

/// <summary>What the debugger shows when a table is expanded: its live entries.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class FakeTableDebugView<TKey, TValue>
    where TKey : notnull
{
    private readonly FakeTable<TKey, TValue> _table;

    public FakeTableDebugView(FakeTable<TKey, TValue> table)
    {
        _table = table;
    }

    [DebuggerBrowsable(DebuggerBrowsableState.RootHidden)]
    public FakeEntryView[] Entries => ((IHasEntryViews)_table).EntryViews();
}
