using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

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
    }

    /// <summary>A process-wide number, unique and fixed once taken (in the order tables are first asked for it): code that locks several tables locks them in this order, so it cannot deadlock.</summary>
    internal long LockOrder => Volatile.Read(ref _lockOrder) is var order and not 0 ? order : TakeLockOrder();

    // Taken when first asked for (a unit of work that locks several tables): a fresh fake per test creates its tables
    // without touching the process-wide counter, which parallel tests would otherwise contend on.
    private long _lockOrder;

    private long TakeLockOrder()
    {
        var next = Interlocked.Increment(ref _lastLockOrder);
        var taken = Interlocked.CompareExchange(ref _lockOrder, next, 0);
        return taken == 0 ? next : taken;
    }

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

    private protected void RaiseEvicted(EntryEvictedEventArgs args)
    {
        foreach (var owner in Volatile.Read(ref _owners) ?? [])
        {
            owner.OnEntryEvicted(args);
        }

        EntryEvicted?.Invoke(this, args);
    }

    private protected void RaiseStoredByReference(ValueStoredByReferenceEventArgs args)
    {
        var named = new ValueStoredByReferenceEventArgs(Name, args.ValueType, args.Reason);
        foreach (var owner in Volatile.Read(ref _owners) ?? [])
        {
            owner.OnValueStoredByReference(named);
        }

        ValueStoredByReference?.Invoke(this, named);
    }

    /// <summary>Called by the table's own copier (see <see cref="ValueCopier{T}"/>) when it keeps a value type by reference.</summary>
    internal void OnCopierStoredByReference(ValueStoredByReferenceEventArgs args) => RaiseStoredByReference(args);

    // The fakes this table is attached to (several on a shared backend), told of evictions and values kept by reference
    // before the table's own event handlers: one array instead of two handler delegates per fake.
    private FakeCore[]? _owners;

    /// <summary>
    /// Names the first owner of a table that no other thread can see yet (the backend's factory creates it under the
    /// backend's lock, and the lock's release publishes it): a plain write.
    /// </summary>
    internal void SetFirstOwner(FakeCore owner)
    {
        System.Diagnostics.Debug.Assert(_owners is null, "SetFirstOwner is for a table nobody owns yet.");
        _owners = [owner];
    }

    /// <summary>Attaches a fake: it hears this table's evictions and values kept by reference. A fake already attached is not added again.</summary>
    internal void AddOwner(FakeCore owner)
    {
        FakeCore[]? seen;
        FakeCore[] next;
        do
        {
            seen = Volatile.Read(ref _owners);
            if (seen is not null && Array.IndexOf(seen, owner) >= 0)
            {
                return;
            }

            next = seen is null ? [owner] : [.. seen, owner];
        }
        while (Interlocked.CompareExchange(ref _owners, next, seen) != seen);
    }
}
