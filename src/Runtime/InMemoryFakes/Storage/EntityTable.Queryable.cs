using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

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
}
