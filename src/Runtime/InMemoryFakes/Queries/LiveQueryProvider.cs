using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Linq.Expressions;

namespace InMemoryFakes.Support;

/// <summary>
/// The query provider of a repository that IS a query (<c>interface IRepository&lt;T&gt; : IQueryable&lt;T&gt;</c>, as ABP's):
/// every query composed on it runs as LINQ to objects over a snapshot read when the query runs, never when it was
/// composed, as a query over EF Core's <c>DbSet</c> reads the rows of its moment. The generated fake reports this provider
/// and hands every call to a <see cref="LiveQueryEngine"/>; when its compilation references EF Core it reports a provider of
/// EF Core's own type instead (so that EF Core's <c>AsNoTracking</c> and async operators apply), over the same engine.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public class LiveQueryProvider : IQueryProvider
{
    /// <summary>Wraps an engine.</summary>
    /// <param name="engine">Runs the queries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    protected internal LiveQueryProvider(LiveQueryEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
    }

    /// <summary>The engine that runs this provider's queries.</summary>
    protected LiveQueryEngine Engine { get; }

    /// <summary>
    /// The root query of a repository that is a query: enumerating it, or any query composed on it, reads
    /// <paramref name="tracked"/> at that moment (or <paramref name="untracked"/> when the query says EF Core's
    /// <c>AsNoTracking</c>).
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="tracked">Reads the entities in one consistent step (a table's or a unit of work's <c>Snapshot</c>).</param>
    /// <param name="untracked">Reads untracked copies in one consistent step (the table's <c>Snapshot</c>).</param>
    /// <returns>The root query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tracked"/> or <paramref name="untracked"/> is null.</exception>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public static IOrderedQueryable<T> Root<T>(Func<List<T>> tracked, Func<List<T>> untracked)
    {
        var engine = new LiveQueryEngine();
        return engine.Root(new LiveQueryProvider(engine), tracked, untracked);
    }

    /// <inheritdoc/>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A provider exists only through Root, which requires unreferenced code.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "A provider exists only through Root, which requires dynamic code.")]
    public IQueryable CreateQuery(Expression expression) => Engine.CreateQuery(this, expression);

    /// <inheritdoc/>
    public IQueryable<TElement> CreateQuery<TElement>(Expression expression) => Engine.CreateQuery<TElement>(this, expression);

    /// <inheritdoc/>
    public object? Execute(Expression expression) => Engine.Execute(expression);

    /// <inheritdoc/>
    public TResult Execute<TResult>(Expression expression) => Engine.Execute<TResult>(expression);
}
