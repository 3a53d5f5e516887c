using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace InMemoryFakes.Support;

public sealed partial class EntityTable<TKey, TEntity>
{
    /// <summary>Copies of every entity, in insertion order, as one consistent snapshot (no write lands halfway through it).</summary>
    /// <returns>The entities.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public List<TEntity> Snapshot() => Atomically(() => Values());

    /// <summary>An <see cref="System.Linq.IQueryable{T}"/> over a consistent snapshot of the table (see <see cref="FakeQueryable{T}"/>).</summary>
    /// <returns>The queryable.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public FakeQueryable<TEntity> AsQueryable() => FakeQueryProvider.Over(Snapshot());

    /// <summary>
    /// Removes, atomically, the entities a filter over a query selects (a filter object's <c>Apply(IQueryable&lt;T&gt;)</c>):
    /// the filter runs as LINQ to objects over the table's entities under its lock, so no write lands between the
    /// selection and the removal, as a database's <c>DELETE … WHERE</c> over the same query.
    /// </summary>
    /// <param name="filter">Selects the entities to remove; it must not call back into the fake.</param>
    /// <returns>How many entities were removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="filter"/> returned null.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public int QueryDeleteSelected(Func<IQueryable<TEntity>, IQueryable<TEntity>> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // All or nothing, so a tree's removal check judges the rows selected together (a parent and its children).
        return AllOrNothing(() =>
        {
            var keys = FakeQueries.Filter(Values(), filter).Select(Model.GetKey).ToList();
            var removed = 0;
            foreach (var key in keys)
            {
                removed += Remove(key) ? 1 : 0;
            }

            return removed;
        });
    }
}
