using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>Change tracking and typed access, for tools that save, load or show a table (persistence, inspectors).</summary>
public abstract partial class FakeTable
{
    // In an object of its own: every write counts here, and a count kept in the table object would put that write in a
    // cache line that lock-free readers on another core read (false sharing).
    private readonly StrongBox<long> _changes = new();
    private Action<FakeTable>? _changed;

    /// <summary>
    /// How many times the table's entries changed: every write, removal, expiry sweep, eviction, clear and import counts.
    /// Reads do not, not even a read that renews a sliding window. Compare two readings to see whether anything changed.
    /// </summary>
    public long ChangeCount => Volatile.Read(ref _changes.Value);

    /// <summary>
    /// Calls <paramref name="callback"/> after every change to the table's entries (see <see cref="ChangeCount"/>).
    /// </summary>
    /// <remarks>
    /// The callback runs on the writing thread while the table's lock is held, once per change: it must be short, must
    /// not block, must not touch another table, and must not throw (an exception would surface from the write).
    /// Persistence uses it to schedule a save.
    /// </remarks>
    /// <param name="callback">Receives the table that changed.</param>
    /// <returns>Dispose it to stop the calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    public IDisposable OnChanged(Action<FakeTable> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        Action<FakeTable>? seen;
        do
        {
            seen = Volatile.Read(ref _changed);
        }
        while (Interlocked.CompareExchange(ref _changed, (Action<FakeTable>)Delegate.Combine(seen, callback), seen) != seen);

        return new Subscription(this, callback);
    }

    /// <summary>
    /// Calls the visitor's generic method with this table's key and value types, so code that holds a
    /// <see cref="FakeTable"/> can work with its typed entries without reflection.
    /// </summary>
    /// <typeparam name="TResult">What the visitor returns.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>The visitor's result.</returns>
    public abstract TResult Accept<TResult>(IFakeTableVisitor<TResult> visitor);

    /// <summary>Counts a change and tells the observers; called by the table under its lock wherever entries change.</summary>
    private protected void NoteChangedLocked()
    {
        Volatile.Write(ref _changes.Value, _changes.Value + 1);
        Volatile.Read(ref _changed)?.Invoke(this);
    }

    private void Unsubscribe(Action<FakeTable> callback)
    {
        Action<FakeTable>? seen;
        do
        {
            seen = Volatile.Read(ref _changed);
        }
        while (Interlocked.CompareExchange(ref _changed, (Action<FakeTable>?)Delegate.Remove(seen, callback), seen) != seen);
    }

    private sealed class Subscription : IDisposable
    {
        private FakeTable? _table;
        private readonly Action<FakeTable> _callback;

        internal Subscription(FakeTable table, Action<FakeTable> callback)
        {
            _table = table;
            _callback = callback;
        }

        public void Dispose() => Interlocked.Exchange(ref _table, null)?.Unsubscribe(_callback);
    }
}

/// <summary>Works with a <see cref="FakeTable"/> at its key and value types; see <see cref="FakeTable.Accept{TResult}"/>.</summary>
/// <typeparam name="TResult">What the visit returns.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IFakeTableVisitor<out TResult>
{
    /// <summary>Called with the typed table.</summary>
    /// <typeparam name="TKey">The table's key type.</typeparam>
    /// <typeparam name="TValue">The table's value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <returns>The result.</returns>
    TResult Visit<TKey, TValue>(FakeTable<TKey, TValue> table)
        where TKey : notnull;
}
