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
/// An <see cref="IQueryable{T}"/> over a consistent snapshot of a fake's table: LINQ to objects on copies (or, for a fake
/// with a unit of work, on the tracked entities), that is also an <see cref="IAsyncEnumerable{T}"/> — so EF Core's
/// <c>ToListAsync</c> and <c>AsAsyncEnumerable</c> work on it — and whose operators (<c>Where</c>, <c>OrderBy</c>,
/// <c>Select</c>…) return queryables of the same kind.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FakeQueryable<T> : IOrderedQueryable<T>, IAsyncEnumerable<T>
{
    private readonly IQueryable<T> _inner;

    internal FakeQueryable(IQueryable<T> inner, FakeQueryProvider provider)
    {
        _inner = inner;
        Provider = provider;
    }

    /// <inheritdoc/>
    public Type ElementType => typeof(T);

    /// <inheritdoc/>
    public Expression Expression => _inner.Expression;

    /// <inheritdoc/>
    public IQueryProvider Provider { get; }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => _inner.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        foreach (var item in _inner)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await System.Threading.Tasks.Task.CompletedTask.ConfigureAwait(false);
    }
}

/// <summary>
/// The provider of <see cref="FakeQueryable{T}"/>: LINQ to objects (<see cref="EnumerableQuery{T}"/>) underneath, its
/// queries wrapped so they stay async-enumerable. A generated fake whose compilation references EF Core derives from it
/// to add EF's async execution (<c>FirstOrDefaultAsync</c>, <c>CountAsync</c>…).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public class FakeQueryProvider : IQueryProvider
{
    private readonly IQueryProvider _inner;

    /// <summary>Wraps LINQ to objects' provider.</summary>
    /// <param name="inner">The provider of an <see cref="EnumerableQuery{T}"/>.</param>
    protected internal FakeQueryProvider(IQueryProvider inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <summary>A queryable over the items (a snapshot the caller took), through this provider.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="createProvider">Creates the provider around LINQ to objects' (a derived provider for EF Core's async methods), or null for this one.</param>
    /// <returns>The queryable.</returns>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public static FakeQueryable<T> Over<T>(IEnumerable<T> items, Func<IQueryProvider, FakeQueryProvider>? createProvider = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var inner = items.AsQueryable();
        var provider = createProvider?.Invoke(inner.Provider) ?? new FakeQueryProvider(inner.Provider);
        return new FakeQueryable<T>(inner, provider);
    }

    /// <inheritdoc/>
    public IQueryable CreateQuery(Expression expression) => _inner.CreateQuery(expression);

    /// <inheritdoc/>
    public IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new FakeQueryable<TElement>(_inner.CreateQuery<TElement>(expression), this);

    /// <inheritdoc/>
    public object? Execute(Expression expression) => _inner.Execute(expression);

    /// <inheritdoc/>
    public TResult Execute<TResult>(Expression expression) => _inner.Execute<TResult>(expression);

    /// <summary>
    /// Runs a query EF Core's async operators send (<c>FirstOrDefaultAsync</c>, <c>CountAsync</c>…: <typeparamref name="TResult"/>
    /// is a <c>Task&lt;T&gt;</c>) synchronously over the snapshot, and returns the completed task.
    /// </summary>
    /// <typeparam name="TResult">The task type.</typeparam>
    /// <param name="expression">The query.</param>
    /// <param name="cancellationToken">Checked before running.</param>
    /// <returns>The completed task.</returns>
    [RequiresUnreferencedCode("Builds Task<T> for the query's result type at run time.")]
    [RequiresDynamicCode("Builds Task<T> for the query's result type at run time.")]
    protected TResult ExecuteAsTask<TResult>(Expression expression, CancellationToken cancellationToken)
        => QueryTasks.Run<TResult>(_inner, expression, "A fake's queryable", static _ => true, cancellationToken);
}

/// <summary>Runs a query an async operator sends (<c>Task&lt;T&gt;</c> results) over LINQ to objects, as a completed task.</summary>
internal static class QueryTasks
{
    /// <summary>
    /// Executes <paramref name="expression"/> on <paramref name="provider"/> for the <c>T</c> of <typeparamref name="TResult"/>
    /// (<c>Task&lt;T&gt;</c>) and returns the completed task; an exception the query throws that <paramref name="faults"/>
    /// accepts (<c>SingleAsync</c> over two matches: <see cref="InvalidOperationException"/>) is the faulted task, as EF Core's
    /// async operators report it, never a <c>TargetInvocationException</c>.
    /// </summary>
    [RequiresUnreferencedCode("Builds Task<T> for the query's result type at run time.")]
    [RequiresDynamicCode("Builds Task<T> for the query's result type at run time.")]
    public static TResult Run<TResult>(IQueryProvider provider, Expression expression, string who, Func<Exception, bool> faults, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var taskType = typeof(TResult);
        if (!taskType.IsGenericType || taskType.GetGenericTypeDefinition() != typeof(System.Threading.Tasks.Task<>))
        {
            throw new NotSupportedException(who + " runs async operators that return Task<T>; " + taskType + " is not one.");
        }

        var resultType = taskType.GetGenericArguments()[0];
        var execute = typeof(IQueryProvider).GetMethods().Single(static m => m.Name == nameof(IQueryProvider.Execute) && m.IsGenericMethod).MakeGenericMethod(resultType);
        object? value;
        try
        {
            value = execute.Invoke(provider, BindingFlags.DoNotWrapExceptions, binder: null, new object[] { expression }, culture: null);
        }
        catch (Exception exception) when (faults(exception))
        {
            var fromException = typeof(System.Threading.Tasks.Task).GetMethod(nameof(System.Threading.Tasks.Task.FromException), 1, new[] { typeof(Exception) })!.MakeGenericMethod(resultType);
            return (TResult)fromException.Invoke(null, new object[] { exception })!;
        }

        var fromResult = typeof(System.Threading.Tasks.Task).GetMethod(nameof(System.Threading.Tasks.Task.FromResult))!.MakeGenericMethod(resultType);
        return (TResult)fromResult.Invoke(null, new[] { value })!;
    }
}
