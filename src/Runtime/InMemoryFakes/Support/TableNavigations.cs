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

    private static EntityTable<TKey, TEntity> Table<TKey, TEntity>(FakeCore core, string table)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(table);
        return core.Tables.OfType<EntityTable<TKey, TEntity>>().FirstOrDefault(t => string.Equals(t.Name, table, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The fake has no entity table '" + table + "'.");
    }
}
