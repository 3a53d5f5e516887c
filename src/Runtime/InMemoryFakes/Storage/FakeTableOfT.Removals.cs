using System;
using System.Collections.Generic;
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

    /// <summary>
    /// The live entries, outside <paramref name="removing"/>, whose parent (<paramref name="parentOf"/>) is a key in it: how
    /// many have the first such parent found, in insertion order, and that parent; 0 when there are none.
    /// </summary>
    private protected int CountOrphansLocked(HashSet<TKey> removing, Func<TValue, object?> parentOf, out TKey parent)
    {
        parent = default!;
        var found = false;
        var count = 0;
        var now = QueryNowLocked();
        var checkExpiry = _expiry?.Count > 0;
        for (var i = _orderStart; i < _orderEnd; i++)
        {
            ref readonly var slot = ref _order[i];
            if (slot.Entry is not { } entry || (checkExpiry && Volatile.Read(ref entry.ExpiresAt) <= now) || removing.Contains(entry.Key)
                || parentOf(slot.Value) is not TKey of || !removing.Contains(of))
            {
                continue;
            }

            if (!found)
            {
                parent = of;
                found = true;
            }

            if (Comparer.Equals(parent, of))
            {
                count++;
            }
        }

        return count;
    }
}
