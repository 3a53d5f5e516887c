using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace InMemoryFakes.Support;

/// <summary>
/// Navigations between the tables of a fake that keeps a table per entity type (a repository of several entity types):
/// what EF Core's <c>Include</c> loads, read from the other table. Generated code calls it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TableNavigations
{
    /// <summary>
    /// The rows of the entity table named <paramref name="table"/> that <paramref name="predicate"/> matches: tracked
    /// entities when <paramref name="tracked"/> (the fake's unit of work), copies otherwise.
    /// </summary>
    /// <typeparam name="TKey">The table's key type.</typeparam>
    /// <typeparam name="TEntity">The table's entity type.</typeparam>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="core">The fake's core.</param>
    /// <param name="table">The table's name.</param>
    /// <param name="tracked">Whether the fake has a unit of work.</param>
    /// <param name="state">The predicate's state (the parent's key).</param>
    /// <param name="predicate">The match (the child's foreign key equals the state).</param>
    /// <returns>The matching rows, in the table's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The fake has no such table.</exception>
    public static List<TEntity> Rows<TKey, TEntity, TState>(FakeCore core, string table, bool tracked, TState state, Func<TEntity, TState, bool> predicate)
        where TKey : notnull
    {
        var rows = Table<TKey, TEntity>(core, table);
        ArgumentNullException.ThrowIfNull(predicate);
        return tracked ? core.UnitOfWork().Track(rows).Query(state, predicate) : rows.Query(state, predicate);
    }

    /// <summary>
    /// Sets a navigation on an entity a read returned (<paramref name="load"/>); under the fake's unit of work also on the
    /// copy its tracker keeps, so loading is no change the save writes (<see cref="EntitySession{TKey, TEntity}.Load"/>).
    /// </summary>
    /// <typeparam name="TKey">The entity's key type.</typeparam>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <typeparam name="TState">What the navigation is set from.</typeparam>
    /// <param name="core">The fake's core.</param>
    /// <param name="table">The entity's table.</param>
    /// <param name="tracked">Whether the fake has a unit of work.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="state">What the navigation is set from (the other table's rows, or null when not loaded).</param>
    /// <param name="load">Sets the navigation.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The fake has no such table.</exception>
    public static void Load<TKey, TEntity, TState>(FakeCore core, string table, bool tracked, TEntity entity, TState state, Action<TEntity, TState> load)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(load);
        if (tracked)
        {
            core.UnitOfWork().Track(Table<TKey, TEntity>(core, table)).Load(entity, state, load);
        }
        else
        {
            load(entity, state);
        }
    }

    /// <summary>
    /// Before an add of <paramref name="parent"/> whose <paramref name="navigation"/> holds entities of another table
    /// (<paramref name="children"/>): EF Core's <c>Add</c> adds the reachable graph, so under the fake's unit of work
    /// (<paramref name="tracked"/>) the children are taken (then added by <see cref="AddCarried"/>) and the parent's stored
    /// row will hold the navigation empty (<paramref name="detach"/>). Without a unit of work what stores them is not
    /// proven, so children are refused. Nothing is changed when it throws.
    /// </summary>
    /// <typeparam name="TKey">The parent's key type.</typeparam>
    /// <typeparam name="TEntity">The parent type.</typeparam>
    /// <typeparam name="TChild">The children's type.</typeparam>
    /// <param name="core">The fake's core.</param>
    /// <param name="table">The parent's table.</param>
    /// <param name="tracked">Whether the fake has a unit of work.</param>
    /// <param name="parent">The entity being added (null: nothing to carry; the add itself refuses it).</param>
    /// <param name="children">Reads what its navigation holds.</param>
    /// <param name="navigation">The navigation's name.</param>
    /// <param name="member">The adding member's name.</param>
    /// <param name="fix">How to add the children instead (named in the error).</param>
    /// <param name="detach">Empties the navigation of an instance and returns what puts it back.</param>
    /// <returns>The children to add after the parent, or null when there are none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Children without a unit of work; a child that is null; the fake has no such table.</exception>
    public static List<TChild>? Carry<TKey, TEntity, TChild>(FakeCore core, string table, bool tracked, TEntity? parent, Func<TEntity, IEnumerable<TChild?>?> children, string navigation, string member, string fix, Func<TEntity, Action> detach)
        where TKey : notnull
        where TChild : class
    {
        var rows = Table<TKey, TEntity>(core, table);
        CarryArguments(children, navigation, member, fix, detach);
        if (Take(tracked, parent, children, navigation, member, fix) is not { } carried)
        {
            return null;
        }

        core.UnitOfWork().Track(rows).StoreWithout(parent!, detach);
        return carried;
    }

    /// <summary>
    /// The checks <see cref="Carry"/> and <see cref="CarryRange"/> share, in the order they make them; the parameters are
    /// named as theirs, so each error names the caller's argument.
    /// </summary>
    private static void CarryArguments<TEntity, TChild>(Func<TEntity, IEnumerable<TChild?>?> children, string navigation, string member, string fix, Func<TEntity, Action> detach)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(fix);
        ArgumentNullException.ThrowIfNull(detach);
        ArgumentNullException.ThrowIfNull(children);
    }

    /// <summary>
    /// <see cref="Carry"/> for a range add of parents (<c>AddRange(authors)</c>, <c>AddAuthorsAsync(authors)</c>): every
    /// parent's children are checked before anything changes, so a refusal (children without a unit of work, a null
    /// child) leaves the store and the tracker unchanged; then each parent with children is marked as <see cref="Carry"/>
    /// marks one. Null parents are left to the add, which refuses them.
    /// </summary>
    /// <typeparam name="TKey">The parents' key type.</typeparam>
    /// <typeparam name="TEntity">The parent type.</typeparam>
    /// <typeparam name="TChild">The children's type.</typeparam>
    /// <param name="core">The fake's core.</param>
    /// <param name="table">The parents' table.</param>
    /// <param name="tracked">Whether the fake has a unit of work.</param>
    /// <param name="parents">The entities being added (null: nothing to carry; the add itself refuses it).</param>
    /// <param name="children">Reads what a parent's navigation holds.</param>
    /// <param name="navigation">The navigation's name.</param>
    /// <param name="member">The adding member's name.</param>
    /// <param name="fix">How to add the children instead (named in the error).</param>
    /// <param name="detach">Empties the navigation of an instance and returns what puts it back.</param>
    /// <returns>Each parent with children and its children, in the order given, or null when none has any.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Children without a unit of work; a child that is null; the fake has no such table.</exception>
    public static List<KeyValuePair<TEntity, List<TChild>>>? CarryRange<TKey, TEntity, TChild>(FakeCore core, string table, bool tracked, IEnumerable<TEntity?>? parents, Func<TEntity, IEnumerable<TChild?>?> children, string navigation, string member, string fix, Func<TEntity, Action> detach)
        where TKey : notnull
        where TChild : class
    {
        var rows = Table<TKey, TEntity>(core, table);
        CarryArguments(children, navigation, member, fix, detach);
        if (parents is null)
        {
            return null;
        }

        List<KeyValuePair<TEntity, List<TChild>>>? carried = null;
        foreach (var parent in parents)
        {
            if (Take(tracked, parent, children, navigation, member, fix) is { } taken)
            {
                (carried ??= new List<KeyValuePair<TEntity, List<TChild>>>()).Add(new KeyValuePair<TEntity, List<TChild>>(parent!, taken));
            }
        }

        if (carried is not null)
        {
            var session = core.UnitOfWork().Track(rows);
            foreach (var pair in carried)
            {
                session.StoreWithout(pair.Key, detach);
            }
        }

        return carried;
    }

    /// <summary>
    /// After a range add: <see cref="AddCarried"/> for each parent <see cref="CarryRange"/> took children from, in the
    /// order given.
    /// </summary>
    /// <typeparam name="TKey">The parents' key type.</typeparam>
    /// <typeparam name="TEntity">The parent type.</typeparam>
    /// <typeparam name="TChildKey">The children's key type.</typeparam>
    /// <typeparam name="TChild">The children's type.</typeparam>
    /// <param name="core">The fake's core.</param>
    /// <param name="table">The parents' table.</param>
    /// <param name="childTable">The children's table.</param>
    /// <param name="carried">What <see cref="CarryRange"/> returned (null: nothing to add).</param>
    /// <param name="setForeignKey">Sets a child's foreign key to its parent's key.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The fake has no such table; another instance with a child's key is tracked.</exception>
    public static void AddCarriedRange<TKey, TEntity, TChildKey, TChild>(FakeCore core, string table, string childTable, List<KeyValuePair<TEntity, List<TChild>>>? carried, Action<TChild, TKey> setForeignKey)
        where TKey : notnull
        where TChildKey : notnull
        where TChild : class
    {
        ArgumentNullException.ThrowIfNull(setForeignKey);
        if (carried is null)
        {
            return;
        }

        foreach (var pair in carried)
        {
            AddCarried<TKey, TEntity, TChildKey, TChild>(core, table, childTable, pair.Key, pair.Value, setForeignKey);
        }
    }

    /// <summary>
    /// A range add's <see cref="IEnumerable{T}"/> argument read once: a lazy sequence (a <c>Select</c> that builds new
    /// instances) would give <see cref="CarryRange"/> other instances than the add then stores, so it is copied into a
    /// list both read; an array or a list is returned as it is.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The argument.</param>
    /// <returns>The same elements, enumerable again with the same instances (null stays null).</returns>
    public static IEnumerable<T>? ReadOnce<T>(IEnumerable<T>? items)
        => items is null or T[] or List<T> ? items : new List<T>(items);

    /// <summary>
    /// The children a parent's navigation holds, checked: null when none (or no parent); a null child, or children
    /// without a unit of work, throw. Changes nothing.
    /// </summary>
    private static List<TChild>? Take<TEntity, TChild>(bool tracked, TEntity? parent, Func<TEntity, IEnumerable<TChild?>?> children, string navigation, string member, string fix)
        where TChild : class
    {
        if (parent is null || children(parent) is not { } held)
        {
            return null;
        }

        var carried = new List<TChild>();
        foreach (var child in held)
        {
            carried.Add(child ?? throw new InvalidOperationException(
                $"{member}: the {typeof(TEntity).Name}'s navigation '{navigation}' holds a null {typeof(TChild).Name}; nothing was added."));
        }

        if (carried.Count == 0)
        {
            return null;
        }

        if (!tracked)
        {
            throw new InvalidOperationException(
                $"{member}: the {typeof(TEntity).Name}'s navigation '{navigation}' holds {carried.Count} {typeof(TChild).Name} entit{(carried.Count == 1 ? "y" : "ies")}, "
                + $"which a real store keeps in their own table; this interface has no save, so whether its add stores them too (EF Core's Add does) is not proven. "
                + $"Add the {typeof(TEntity).Name} with '{navigation}' empty, then {fix}. Nothing was added.");
        }

        return carried;
    }

    /// <summary>
    /// After the add of <paramref name="parent"/>: adds each child <see cref="Carry"/> took to its own table, its foreign
    /// key set to the parent's key first (<paramref name="setForeignKey"/>), through the fake's unit of work (waiting for
    /// the save, or at once, as the parent's add). When the add waits for the save, the save sets each child's foreign key
    /// again from the key the parent is stored under just before it stores the child, as EF Core's <c>SaveChanges</c>
    /// fixes a dependent up from its principal's IDENTITY value (an <c>int</c> key left 0 is numbered by the save); a
    /// failed save puts the key set here back.
    /// </summary>
    /// <typeparam name="TKey">The parent's key type.</typeparam>
    /// <typeparam name="TEntity">The parent type.</typeparam>
    /// <typeparam name="TChildKey">The children's key type.</typeparam>
    /// <typeparam name="TChild">The children's type.</typeparam>
    /// <param name="core">The fake's core.</param>
    /// <param name="table">The parent's table.</param>
    /// <param name="childTable">The children's table.</param>
    /// <param name="parent">The entity added.</param>
    /// <param name="children">What <see cref="Carry"/> returned (null: nothing to add).</param>
    /// <param name="setForeignKey">Sets a child's foreign key to the parent's key.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The fake has no such table; another instance with a child's key is tracked.</exception>
    public static void AddCarried<TKey, TEntity, TChildKey, TChild>(FakeCore core, string table, string childTable, TEntity parent, List<TChild>? children, Action<TChild, TKey> setForeignKey)
        where TKey : notnull
        where TChildKey : notnull
        where TChild : class
    {
        var rows = Table<TKey, TEntity>(core, table);
        var childRows = Table<TChildKey, TChild>(core, childTable);
        ArgumentNullException.ThrowIfNull(setForeignKey);
        if (children is null || parent is null)
        {
            return;
        }

        var unitOfWork = core.UnitOfWork();
        var parentSession = unitOfWork.Track(rows);
        var session = unitOfWork.Track(childRows);
        var key = rows.Model.GetKey(parent);
        var atSave = !parentSession.StoresAtOnce;
        foreach (var child in children)
        {
            setForeignKey(child, key!);
            session.Add(child, nameof(children));
            if (atSave)
            {
                session.FixUpAtSave(
                    child,
                    parentSession,
                    () => setForeignKey(child, StoredKey(rows, parentSession, parent, childTable)),
                    () => setForeignKey(child, key!));
            }
        }
    }

    /// <summary>
    /// Before an add of <paramref name="child"/> whose reference <paramref name="navigation"/> to another table holds an
    /// entity (<c>course.Author</c>): under the fake's unit of work (<paramref name="tracked"/>) an entity it tracks (read
    /// or added through it) gives the child its foreign key (<paramref name="setForeignKey"/>: now, and again at the save
    /// from the key the save stores it under, as EF Core's fix-up does), and the child's stored row keeps the reference
    /// null (<paramref name="detach"/>), as a database row holds only the foreign key. An entity the unit of work does not
    /// track would be inserted by EF Core's <c>Add</c> as a new row of its table, which the fake does not do, so it is
    /// refused; without a unit of work (EF Core's <c>Add</c> inserts it, a SQL <c>INSERT</c> writes the foreign key column
    /// alone) any entity held is refused. Nothing is changed when it throws.
    /// </summary>
    /// <typeparam name="TKey">The child's key type.</typeparam>
    /// <typeparam name="TEntity">The child type (the entity added).</typeparam>
    /// <typeparam name="TParentKey">The referenced entity's key type.</typeparam>
    /// <typeparam name="TParent">The referenced entity's type.</typeparam>
    /// <param name="core">The fake's core.</param>
    /// <param name="table">The child's table.</param>
    /// <param name="parentTable">The referenced entity's table.</param>
    /// <param name="tracked">Whether the fake has a unit of work.</param>
    /// <param name="child">The entity being added (null: nothing to do; the add itself refuses it).</param>
    /// <param name="reference">Reads the navigation.</param>
    /// <param name="navigation">The navigation's name.</param>
    /// <param name="member">The adding member's name.</param>
    /// <param name="fix">How to add the child instead (named in the error).</param>
    /// <param name="setForeignKey">Sets the child's foreign key to the referenced entity's key.</param>
    /// <param name="detach">Clears the navigation of an instance and returns what puts it back.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A referenced entity without a unit of work, or one it does not track; the fake has no such table.</exception>
    public static void Refer<TKey, TEntity, TParentKey, TParent>(FakeCore core, string table, string parentTable, bool tracked, TEntity? child, Func<TEntity, TParent?> reference,
        string navigation, string member, string fix, Action<TEntity, TParentKey> setForeignKey, Func<TEntity, Action> detach)
        where TKey : notnull
        where TParentKey : notnull
        where TParent : class
        => ReferRange<TKey, TEntity, TParentKey, TParent>(core, table, parentTable, tracked, child is null ? null : new[] { child }, reference, navigation, member, fix, setForeignKey, detach);

    /// <summary>
    /// <see cref="Refer"/> for a range add (<c>AddRange(courses)</c>): every child is checked before anything changes.
    /// </summary>
    /// <typeparam name="TKey">The children's key type.</typeparam>
    /// <typeparam name="TEntity">The child type (the entities added).</typeparam>
    /// <typeparam name="TParentKey">The referenced entities' key type.</typeparam>
    /// <typeparam name="TParent">The referenced entities' type.</typeparam>
    /// <param name="core">The fake's core.</param>
    /// <param name="table">The children's table.</param>
    /// <param name="parentTable">The referenced entities' table.</param>
    /// <param name="tracked">Whether the fake has a unit of work.</param>
    /// <param name="children">The entities being added (null: nothing to do; the add itself refuses it).</param>
    /// <param name="reference">Reads the navigation.</param>
    /// <param name="navigation">The navigation's name.</param>
    /// <param name="member">The adding member's name.</param>
    /// <param name="fix">How to add the children instead (named in the error).</param>
    /// <param name="setForeignKey">Sets a child's foreign key to the referenced entity's key.</param>
    /// <param name="detach">Clears the navigation of an instance and returns what puts it back.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A referenced entity without a unit of work, or one it does not track; the fake has no such table.</exception>
    public static void ReferRange<TKey, TEntity, TParentKey, TParent>(FakeCore core, string table, string parentTable, bool tracked, IEnumerable<TEntity?>? children, Func<TEntity, TParent?> reference,
        string navigation, string member, string fix, Action<TEntity, TParentKey> setForeignKey, Func<TEntity, Action> detach)
        where TKey : notnull
        where TParentKey : notnull
        where TParent : class
    {
        var rows = Table<TKey, TEntity>(core, table);
        var parentRows = Table<TParentKey, TParent>(core, parentTable);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(fix);
        ArgumentNullException.ThrowIfNull(setForeignKey);
        ArgumentNullException.ThrowIfNull(detach);
        if (children is null)
        {
            return;
        }

        List<KeyValuePair<TEntity, TParent>>? referring = null;
        foreach (var child in children)
        {
            if (child is not null && reference(child) is { } parent)
            {
                (referring ??= new List<KeyValuePair<TEntity, TParent>>()).Add(new KeyValuePair<TEntity, TParent>(child, parent));
            }
        }

        if (referring is null)
        {
            return;
        }

        var what = $"{member}: the {typeof(TEntity).Name}'s navigation '{navigation}' holds a {typeof(TParent).Name}";
        if (!tracked)
        {
            throw new InvalidOperationException(
                $"{what}; this interface has no save, so what its add does with it is not proven (EF Core's Add inserts a {typeof(TParent).Name} its context does not track "
                + $"and sets the foreign key from it, a Dapper or SQL INSERT writes the foreign key column alone). Instead, {fix}. Nothing was added.");
        }

        var unitOfWork = core.UnitOfWork();
        var parentSession = unitOfWork.Track(parentRows);
        foreach (var pair in referring)
        {
            if (!parentSession.Tracks(pair.Value))
            {
                throw new InvalidOperationException(
                    $"{what} that this unit of work does not track (not read or added through it); EF Core's Add would insert it as a new {typeof(TParent).Name} "
                    + $"(a duplicate key if it is stored already), which the fake does not do. Read it through this fake first, or {fix}. Nothing was added.");
            }
        }

        var session = unitOfWork.Track(rows);
        var atSave = !parentSession.StoresAtOnce;
        foreach (var pair in referring)
        {
            var child = pair.Key;
            var parent = pair.Value;
            var key = parentSession.StoredKey(parent);
            setForeignKey(child, key!);
            session.StoreWithout(child, detach);
            if (atSave)
            {
                session.FixUpAtSave(child, parentSession, () => setForeignKey(child, StoredKey(parentRows, parentSession, parent, table)), () => setForeignKey(child, key!));
            }
        }
    }

    /// <summary>The key the save stored the parent under, for a child's foreign key; a parent not stored yet (a cycle of such adds) throws.</summary>
    private static TKey StoredKey<TKey, TEntity>(EntityTable<TKey, TEntity> rows, EntitySession<TKey, TEntity> session, TEntity parent, string childTable)
        where TKey : notnull
    {
        var key = session.StoredKey(parent);
        if (key is null || rows.KeyIsUnset(key))
        {
            throw new InvalidOperationException(
                $"{rows.Name}: the {typeof(TEntity).Name} the {childTable} rows were added with has no key from this save, and their foreign key is its key "
                + "(it was removed before the save, or the added entities point at each other in a cycle). Save the parent first, then add its children. Nothing was saved.");
        }

        return key;
    }

    private static EntityTable<TKey, TEntity> Table<TKey, TEntity>(FakeCore core, string table)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(table);
        return core.Tables.OfType<EntityTable<TKey, TEntity>>().FirstOrDefault(t => string.Equals(t.Name, table, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The fake has no entity table '" + table + "'.");
    }
}
