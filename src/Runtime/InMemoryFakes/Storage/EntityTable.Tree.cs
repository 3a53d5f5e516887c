using System;
using System.Collections.Generic;

namespace InMemoryFakes.Support;

/// <summary>
/// The removal check of a tree (since session 33): an entity whose model has a <see cref="EntityModel{TKey, TEntity}.ParentKey"/>
/// refuses a removal that would leave a stored row whose parent is a removed row, changing nothing. Real stores disagree
/// on such a removal (ABP's <c>OrganizationUnitManager.DeleteAsync</c> and bxjg's <c>GeneralTreeManager</c> delete the
/// subtree; FreeSql and MongoDB delete the one row; EF Core's save fails on the foreign key, or sets tracked children's
/// nullable <c>ParentId</c> to null), and nothing in a signature says which. A leaf, or a parent removed together with
/// every child in one call (a range, a query, one save), is removed as before. Removals through the fake's
/// <see cref="EntityStore{TKey, TEntity}"/> (members written in the partial class) are not checked: they say what the
/// store does.
/// </summary>
public sealed partial class EntityTable<TKey, TEntity>
{
    // The keys removed in the open all-or-nothing section, checked together when the outermost one ends (under the lock).
    private List<TKey>? _removedInSection;

    // How deeply removals run unchecked, under the lock: EntityStore's, for members the user wrote.
    private int _unchecked;

    /// <inheritdoc />
    private protected override bool ChecksRemovalsLocked => Model.ParentKey is not null && _unchecked == 0;

    /// <inheritdoc />
    private protected override void CheckRemovalLocked(IReadOnlyList<TKey> keys)
    {
        if (InAllOrNothingLocked)
        {
            // A range or a save: its other removals may take the children too; judged when the section ends.
            (_removedInSection ??= new List<TKey>()).AddRange(keys);
            return;
        }

        RefuseOrphansLocked(keys);
    }

    /// <inheritdoc />
    private protected override void CheckSectionLocked()
    {
        if (_removedInSection is not { } removed)
        {
            return;
        }

        _removedInSection = null;

        // A key stored again in the same section (or put back by an inner section's undo) leaves no row without its parent.
        RefuseOrphansLocked(removed.FindAll(key => !ContainsKey(key)));
    }

    /// <inheritdoc />
    private protected override void EndSectionLocked() => _removedInSection = null;

    /// <summary>
    /// Adds the index of the parent keys a tree's removal check reads (since session 34; before, each checked removal scanned
    /// the whole table): an index like the others, kept exact by every write, removal, expiry, eviction, clear, undo and
    /// restore, and never probed by queries.
    /// </summary>
    private void AddTreeIndex(EntityModel<TKey, TEntity> model)
    {
        if (model.ParentKey is { } parentOf)
        {
            AddParentIndex("(parent) " + model.ParentKeyName, parentOf);
        }
    }

    /// <summary>Runs a removal without the tree check, for <see cref="EntityStore{TKey, TEntity}"/>: the user's member says what the store does.</summary>
    internal TResult Unchecked<TResult>(Func<TResult> removal)
    {
        lock (Gate)
        {
            _unchecked++;
            try
            {
                return removal();
            }
            finally
            {
                _unchecked--;
            }
        }
    }

    private void RefuseOrphansLocked(IReadOnlyList<TKey> keys)
    {
        if (keys.Count == 0 || Model.ParentKey is null)
        {
            return;
        }

        var removing = new HashSet<TKey>(keys, Comparer);
        var children = CountOrphansLocked(keys, removing, out var parent);
        if (children > 0)
        {
            throw RemovedParent(parent, children);
        }
    }

    private InvalidOperationException RemovedParent(TKey key, int children)
    {
        var entity = typeof(TEntity).Name;
        var parent = Model.ParentKeyName;
        var described = FakeErrors.Describe(key);
        return new InvalidOperationException(
            $"{Name}: can't remove the {(Name == entity ? "row" : entity)} with {Model.KeyName} {described}: {children} stored {(children == 1 ? "row has" : "rows have")} {parent} {described} (its "
            + $"{(children == 1 ? "child" : "children")}), and real stores disagree on what removing a node with children does (ABP's and bxjg's tree managers "
            + $"delete the whole subtree, FreeSql and MongoDB delete the one row and leave the children, EF Core's save fails on the foreign key or sets tracked "
            + $"children's nullable {parent} to null), which no signature says, so the fake does not guess. Nothing was removed. Remove the children first or in "
            + $"the same call, or write this member in the fake's partial class, one line over its Store doing what your store does (Store.Remove(id) removes "
            + $"the one row; Store.RemoveWhere(...) the rows you name; removals through Store are not checked). (docs/generator.md#entity-repository)");
    }
}
