using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>
/// Runs the queries of a generated EF Core <c>DbSet&lt;T&gt;</c> (an EF Core context interface's fake) as LINQ to objects
/// over snapshots read when each query runs — never when it was composed, as one SQL statement reads the data of its
/// moment. The generated query provider (which EF Core's <c>AsNoTracking</c>, <c>Include</c> and async operators must
/// recognise as its own) hands every call to this engine. EF Core's query operators are read by name, so the runtime needs
/// no reference to EF Core: <c>AsNoTracking</c>/<c>AsNoTrackingWithIdentityResolution</c> anywhere in a query make it read
/// untracked copies (a change to them is not saved, as in EF Core); <c>Include</c>, <c>ThenInclude</c>, <c>AsTracking</c>,
/// <c>IgnoreQueryFilters</c>, <c>IgnoreAutoIncludes</c>, <c>TagWith</c>, <c>AsSplitQuery</c>/<c>AsSingleQuery</c> change
/// nothing a fake returns and are dropped; any other EF Core operator (<c>ExecuteDelete</c>, <c>FromSql</c>…) throws
/// <see cref="NotSupportedException"/> naming it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LiveQueryEngine
{

    private static readonly HashSet<string> Untracking = new(StringComparer.Ordinal) { "AsNoTracking", "AsNoTrackingWithIdentityResolution" };

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "AsTracking", "Include", "ThenInclude", "IgnoreQueryFilters", "IgnoreAutoIncludes", "TagWith", "TagWithCallSite", "AsSplitQuery", "AsSingleQuery",
    };

    private readonly ConditionalWeakTable<object, object> _untracked = new();

    private readonly IQueryProvider _linqToObjects;

    /// <summary>Creates the engine of one fake's sets.</summary>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public LiveQueryEngine()
    {
        _linqToObjects = new EnumerableQuery<object>(Array.Empty<object>());
    }

    /// <summary>The root query of one set: its expression reads <paramref name="tracked"/> when run, or <paramref name="untracked"/> when the query says <c>AsNoTracking</c>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="provider">The provider the query reports (the generated EF Core provider, which calls this engine).</param>
    /// <param name="tracked">Reads the tracked entities in one consistent step (an <c>EntitySession</c>'s <c>Snapshot</c>).</param>
    /// <param name="untracked">Reads untracked copies in one consistent step (the table's <c>Snapshot</c>).</param>
    /// <returns>The root query.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public IOrderedQueryable<T> Root<T>(IQueryProvider provider, Func<List<T>> tracked, Func<List<T>> untracked)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(tracked);
        ArgumentNullException.ThrowIfNull(untracked);
        var trackedQuery = new EnumerableQuery<T>(new SnapshotSequence<T>(tracked));
        _untracked.AddOrUpdate(trackedQuery, new EnumerableQuery<T>(new SnapshotSequence<T>(untracked)));
        return new LiveQueryable<T>(provider, this, Expression.Constant(trackedQuery));
    }

    /// <summary>A query over <paramref name="expression"/>, reporting <paramref name="provider"/>.</summary>
    /// <param name="provider">The provider the query reports.</param>
    /// <param name="expression">The query.</param>
    /// <returns>The query.</returns>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public IQueryable CreateQuery(IQueryProvider provider, Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var element = ElementType(expression.Type);
        return (IQueryable)Activator.CreateInstance(typeof(LiveQueryable<>).MakeGenericType(element), provider, this, expression)!;
    }

    /// <summary>A query over <paramref name="expression"/>, reporting <paramref name="provider"/>.</summary>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="provider">The provider the query reports.</param>
    /// <param name="expression">The query.</param>
    /// <returns>The query.</returns>
    public IQueryable<TElement> CreateQuery<TElement>(IQueryProvider provider, Expression expression) => new LiveQueryable<TElement>(provider, this, expression);

    /// <summary>Runs a query that returns one value (<c>Count</c>, <c>First</c>…).</summary>
    /// <param name="expression">The query.</param>
    /// <returns>Its result.</returns>
    public object? Execute(Expression expression) => _linqToObjects.Execute(Rewrite(expression));

    /// <summary>Runs a query that returns one value (<c>Count</c>, <c>First</c>…).</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="expression">The query.</param>
    /// <returns>Its result.</returns>
    public TResult Execute<TResult>(Expression expression) => _linqToObjects.Execute<TResult>(Rewrite(expression));

    /// <summary>
    /// Runs a query EF Core's async operators send (<c>FirstOrDefaultAsync</c>, <c>CountAsync</c>…: <typeparamref name="TResult"/>
    /// is a <c>Task&lt;T&gt;</c>) over the snapshot, and returns the completed task; the query's own exception
    /// (<c>SingleAsync</c> over two matches) comes back in a faulted task.
    /// </summary>
    /// <typeparam name="TResult">The task type.</typeparam>
    /// <param name="expression">The query.</param>
    /// <param name="cancellationToken">Checked before running.</param>
    /// <returns>The task.</returns>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public TResult ExecuteAsync<TResult>(Expression expression, CancellationToken cancellationToken)
        => QueryTasks.Run<TResult>(_linqToObjects, Rewrite(expression), "A fake's DbSet", static e => e is not NotSupportedException, cancellationToken);

    private IEnumerator<T> Enumerate<T>(Expression expression) => _linqToObjects.CreateQuery<T>(Rewrite(expression)).GetEnumerator();

    /// <summary>EF Core's operators dropped or refused; the roots switched to untracked copies when the query says so.</summary>
    private Expression Rewrite(Expression expression)
    {
        var finder = new UntrackingFinder();
        finder.Visit(expression);
        return new EfOperatorRewriter(this, finder.Found).Visit(expression);
    }

    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    private static Type ElementType(Type sequence)
    {
        foreach (var type in new[] { sequence }.Concat(sequence.GetInterfaces()))
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return sequence;
    }

    private static bool IsEfOperator(MethodInfo method)
        => method.IsStatic && method.DeclaringType?.Namespace == "Microsoft.EntityFrameworkCore" && method.DeclaringType.Name.EndsWith("QueryableExtensions", StringComparison.Ordinal);

    /// <summary>Whether the query asks for untracked entities anywhere (EF Core applies <c>AsNoTracking</c> to the whole query).</summary>
    private sealed class UntrackingFinder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (IsEfOperator(node.Method) && Untracking.Contains(node.Method.Name))
            {
                Found = true;
            }

            return base.VisitMethodCall(node);
        }
    }

    private sealed class EfOperatorRewriter : ExpressionVisitor
    {
        private readonly LiveQueryEngine _engine;
        private readonly bool _untracked;

        public EfOperatorRewriter(LiveQueryEngine engine, bool untracked)
        {
            _engine = engine;
            _untracked = untracked;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!IsEfOperator(node.Method))
            {
                return base.VisitMethodCall(node);
            }

            if (Untracking.Contains(node.Method.Name) || Dropped.Contains(node.Method.Name))
            {
                return Visit(node.Arguments[0]);
            }

            throw new NotSupportedException("EF Core's " + node.Method.Name + " is not supported by an in-memory fake's DbSet: it runs LINQ to objects, and "
                + node.Method.Name + " needs EF Core's query pipeline or a database. Test it against the real context.");
        }

        protected override Expression VisitConstant(ConstantExpression node)
            => _untracked && node.Value is not null && _engine._untracked.TryGetValue(node.Value, out var untracked)
                ? Expression.Constant(untracked, node.Type)
                : node;
    }

    /// <summary>A sequence that takes a new snapshot per enumeration (LINQ to objects enumerates its source once per run).</summary>
    private sealed class SnapshotSequence<T> : IEnumerable<T>
    {
        private readonly Func<List<T>> _snapshot;

        public SnapshotSequence(Func<List<T>> snapshot) => _snapshot = snapshot;

        public IEnumerator<T> GetEnumerator() => _snapshot().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A query of the engine: its provider is the generated EF Core provider; it is also async-enumerable (<c>ToListAsync</c>).</summary>
    private sealed class LiveQueryable<T> : IOrderedQueryable<T>, IAsyncEnumerable<T>
    {
        private readonly LiveQueryEngine _engine;

        public LiveQueryable(IQueryProvider provider, LiveQueryEngine engine, Expression expression)
        {
            Provider = provider;
            _engine = engine;
            Expression = expression;
        }

        public Type ElementType => typeof(T);

        public Expression Expression { get; }

        public IQueryProvider Provider { get; }

        public IEnumerator<T> GetEnumerator() => _engine.Enumerate<T>(Expression);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var items = GetEnumerator();
            while (items.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return items.Current;
            }

            await System.Threading.Tasks.Task.CompletedTask.ConfigureAwait(false);
        }
    }
}
