using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Support;

/// <summary>Key locks for read-modify-write sections, compared with the table's own key comparer and shared by every fake that shares the table.</summary>
public partial class FakeTable<TKey, TValue>
{
    private KeyLocks? _locks;

    /// <inheritdoc />
    public override Type KeyType => typeof(TKey);

    /// <summary>
    /// Waits for an exclusive section on a key, for read-modify-write workflows. Keys are compared with the table's
    /// <see cref="Comparer"/> (so a case-insensitive store never lets "alice" and "ALICE" be held at once), and the locks
    /// live with the table, so fakes sharing a backend (and so the table) share them too.
    /// </summary>
    /// <param name="key">The key to lock.</param>
    /// <param name="cancellationToken">Stops waiting; nothing is held then.</param>
    /// <returns>The held lock; dispose it to release.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public ValueTask<FakeLock> LockAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var locks = Volatile.Read(ref _locks);
        if (locks is null)
        {
            Interlocked.CompareExchange(ref _locks, new KeyLocks(new ObjectKeyComparer(Comparer)), null);
            locks = _locks;
        }

        return locks.AcquireAsync(key, cancellationToken);
    }

    internal override ValueTask<FakeLock> LockKeyAsync(object key, CancellationToken cancellationToken)
        => key is TKey typed
            ? LockAsync(typed, cancellationToken)
            : throw new ArgumentException($"{Name} has {typeof(TKey).Name} keys, not {key.GetType().Name}.", nameof(key));

    /// <summary>The table's key comparer, for the lock registry's object keys (which are always <typeparamref name="TKey"/>).</summary>
    private sealed class ObjectKeyComparer : IEqualityComparer<object>
    {
        private readonly IEqualityComparer<TKey> _keys;

        public ObjectKeyComparer(IEqualityComparer<TKey> keys)
        {
            _keys = keys;
        }

        public new bool Equals(object? x, object? y) => x is TKey a && y is TKey b ? _keys.Equals(a, b) : object.Equals(x, y);

        public int GetHashCode(object obj) => obj is TKey key ? _keys.GetHashCode(key) : obj.GetHashCode();
    }
}
