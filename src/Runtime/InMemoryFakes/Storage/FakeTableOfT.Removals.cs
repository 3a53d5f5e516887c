using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>
/// The hooks through which a table checks a removal before it happens (since session 33: the removal of a tree's node
/// whose children would be left pointing at it). Only removals asked for are checked (<c>Remove</c>, <c>RemoveIf</c>,
/// <c>RemoveWhere</c>, a query's removal); an expiry, an eviction, a clear or a restore is not. Inside an
/// <see cref="AllOrNothing{TResult}(Func{TResult})"/> section the keys removed are gathered and checked once, at the end
/// of the outermost section, so a range that removes a parent and its children together passes, and a refusal undoes
/// the whole section.
/// </summary>
public partial class FakeTable<TKey, TValue>
{
    /// <summary>Whether removals are checked now (under the lock); false for every table but a tree's entity table.</summary>
    private protected virtual bool ChecksRemovalsLocked => false;

    /// <summary>Whether an all-or-nothing section is open (under the lock).</summary>
    private protected bool InAllOrNothingLocked => _undo is not null;

    /// <summary>
    /// Called under the lock, when <see cref="ChecksRemovalsLocked"/>, before the live entries with these keys are removed;
    /// throwing leaves them stored.
    /// </summary>
    /// <param name="keys">The keys about to be removed, all of them for a removal of several.</param>
    private protected virtual void CheckRemovalLocked(IReadOnlyList<TKey> keys)
    {
    }

    /// <summary>Called under the lock at the end of the outermost all-or-nothing section, before it commits; throwing undoes it.</summary>
    private protected virtual void CheckSectionLocked()
    {
    }

    /// <summary>Called under the lock once the outermost all-or-nothing section has ended, committed or undone.</summary>
    private protected virtual void EndSectionLocked()
    {
    }

    // The index of a tree's parent keys (since session 34), or null: value → the entries whose parent is that key. It is one of
    // the table's indexes, so it is kept exact where every index is (publish, unlink, clear, undo, restore), and a removal's
    // check reads the removed keys' children from it instead of scanning the table.
    private TableIndex? _parentIndex;

    /// <summary>
    /// Adds the index of a tree's parent keys (only while the table is empty): <paramref name="parentOf"/> reads an entry's
    /// parent key, compared with the table's key comparer.
    /// </summary>
    /// <param name="name">The index name, for messages.</param>
    /// <param name="parentOf">Reads the parent's key (null for a root).</param>
    private protected void AddParentIndex(string name, Func<TValue, object?> parentOf)
    {
        lock (_gate)
        {
            AddIndex(name, property: null, parentOf, new BoxedKeyComparer(Comparer), unique: false);
            _parentIndex = _indexes![^1];
        }
    }

    /// <summary>
    /// The live entries, outside <paramref name="removing"/>, whose parent is one of <paramref name="keys"/>: how many have the
    /// first such parent (in the order of <paramref name="keys"/>), and that parent; 0 when there are none. Reads the parent
    /// index, so it costs the removed keys and their children, not the table.
    /// </summary>
    private protected int CountOrphansLocked(IReadOnlyList<TKey> keys, HashSet<TKey> removing, out TKey parent)
    {
        parent = default!;
        if (_parentIndex is not { } index)
        {
            return 0;
        }

        var now = QueryNowLocked();
        var checkExpiry = _expiry?.Count > 0;
        foreach (var key in keys)
        {
            var slot = index.Find(key);
            if (slot is null)
            {
                continue;
            }

            var count = 0;
            if (IsHolderSet(slot))
            {
                foreach (var child in Unsafe.As<HashSet<Entry>>(slot))
                {
                    count += Orphaned(child, removing, checkExpiry, now) ? 1 : 0;
                }
            }
            else
            {
                count = Orphaned(Unsafe.As<Entry>(slot), removing, checkExpiry, now) ? 1 : 0;
            }

            if (count > 0)
            {
                parent = key;
                return count;
            }
        }

        return 0;
    }

    /// <summary>Whether a child entry stays (live, not among the removed keys) when its parent goes.</summary>
    private static bool Orphaned(Entry child, HashSet<TKey> removing, bool checkExpiry, long now)
        => !(checkExpiry && Volatile.Read(ref child.ExpiresAt) <= now) && !removing.Contains(child.Key);

    /// <summary>Compares boxed keys with the table's key comparer (a parent key is read as <see cref="object"/>).</summary>
    private sealed class BoxedKeyComparer(IEqualityComparer<TKey> keys) : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => x is TKey a && y is TKey b ? keys.Equals(a, b) : object.Equals(x, y);

        public int GetHashCode(object obj) => obj is TKey key ? keys.GetHashCode(key) : obj.GetHashCode();
    }
}
