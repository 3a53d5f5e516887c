using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>
/// The part of every table that does not depend on its key and value types: what a fake needs
/// to count, clear, inspect, snapshot and restore its tables.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract partial class FakeTable
{
    private static long _lastLockOrder;

    private protected FakeTable(TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        LockOrder = System.Threading.Interlocked.Increment(ref _lastLockOrder);
    }

    /// <summary>A process-wide number, in creation order: code that locks several tables locks them in this order, so it cannot deadlock.</summary>
    internal long LockOrder { get; }

    /// <summary>The table's settings.</summary>
    public TableOptions Options { get; }

    /// <summary>The table's name, used in messages and events.</summary>
    public string Name => Options.Name;

    /// <summary>The type of the values the table stores.</summary>
    public abstract Type ValueType { get; }

    /// <summary>The type of the table's keys.</summary>
    public abstract Type KeyType { get; }

    /// <summary>The number of live (unexpired) entries.</summary>
    public abstract int Count { get; }

    /// <summary>Raised after the table removed entries on its own (expiry, eviction), once its lock is released; the event carries a copy of the value.</summary>
    public event EventHandler<EntryEvictedEventArgs>? EntryEvicted;

    /// <summary>
    /// Raised the first time the table keeps values of a type by reference because no copy rule knows it (see
    /// <see cref="ValueCopier{T}.ValueStoredByReference"/>). It may run under the table's lock: keep handlers short.
    /// </summary>
    public event EventHandler<ValueStoredByReferenceEventArgs>? ValueStoredByReference;

    /// <summary>Removes every entry. Does not raise <see cref="EntryEvicted"/>.</summary>
    public abstract void Clear();

    /// <summary>Removes every entry and restarts any generated-key sequences.</summary>
    public virtual void Reset() => Clear();

    /// <summary>Describes every live entry, in insertion order.</summary>
    /// <returns>The entries.</returns>
    public abstract IReadOnlyList<EntryInfo> Inspect();

    internal abstract object CaptureState();

    internal abstract System.Threading.Tasks.ValueTask<FakeLock> LockKeyAsync(object key, System.Threading.CancellationToken cancellationToken);

    internal virtual bool CanSeed(Type itemType) => false;

    internal virtual void Seed(object item) => throw new NotSupportedException($"{Name} cannot be seeded with {item.GetType().Name}.");

    internal abstract void RestoreState(object state);

    private protected void RaiseEvicted(EntryEvictedEventArgs args) => EntryEvicted?.Invoke(this, args);

    private protected void RaiseStoredByReference(ValueStoredByReferenceEventArgs args)
        => ValueStoredByReference?.Invoke(this, new ValueStoredByReferenceEventArgs(Name, args.ValueType, args.Reason));
}
