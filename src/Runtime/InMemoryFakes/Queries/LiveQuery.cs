using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace InMemoryFakes.Support;

/// <summary>
/// A <see cref="FakeQueryable{T}"/> whose every execution reads a new snapshot: for a queryable that lives as long as its
/// fake (a generated EF Core <c>DbSet&lt;T&gt;</c>), where a snapshot taken when the queryable was made would go stale. Each
/// enumeration, and each query composed on it (<c>Where</c>, <c>CountAsync</c>…) when it runs, calls the snapshot function
/// once, so one query sees one consistent state, as one SQL statement does.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LiveQuery
{
    /// <summary>A queryable that reads <paramref name="snapshot"/> each time it, or a query composed on it, runs.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="snapshot">Reads the items in one consistent step (an <c>EntitySession</c>'s <c>Snapshot</c>).</param>
    /// <param name="createProvider">Creates the provider around LINQ to objects' (a derived provider for EF Core's async methods), or null for the runtime's own.</param>
    /// <returns>The queryable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public static FakeQueryable<T> Over<T>(Func<List<T>> snapshot, Func<IQueryProvider, FakeQueryProvider>? createProvider = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return FakeQueryProvider.Over(new SnapshotSequence<T>(snapshot), createProvider);
    }

    /// <summary>A sequence that takes a new snapshot per enumeration (LINQ to objects enumerates its source once per run).</summary>
    private sealed class SnapshotSequence<T> : IEnumerable<T>
    {
        private readonly Func<List<T>> _snapshot;

        public SnapshotSequence(Func<List<T>> snapshot) => _snapshot = snapshot;

        public IEnumerator<T> GetEnumerator() => _snapshot().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
