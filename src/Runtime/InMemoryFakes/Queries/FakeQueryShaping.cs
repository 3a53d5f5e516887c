using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;

namespace InMemoryFakes.Support;

/// <summary>
/// Runs a caller's query-shaping function (<c>GetAllAsync(Func&lt;IQueryable&lt;T&gt;, IQueryable&lt;T&gt;&gt; func = null)</c>, the
/// generic repositories' "function to select entries") over a snapshot of a fake's entities, as LINQ to objects.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FakeQueryShaping
{
    /// <summary>The snapshot, kept by <paramref name="keep"/>, shaped by <paramref name="shape"/>, as a list.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="snapshot">A consistent snapshot of the entities (copies), in the fake's order.</param>
    /// <param name="keep">The include flags' filter applied before the function, or null for every entity.</param>
    /// <param name="shape">The function, or null for the whole (kept) snapshot.</param>
    /// <returns>What the function's query lists.</returns>
    /// <exception cref="InvalidOperationException">The function returned null instead of a query.</exception>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public static List<T> Shape<T>(List<T> snapshot, Func<T, bool>? keep, Func<IQueryable<T>, IQueryable<T>>? shape)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var source = Kept(snapshot, keep);
        return shape is null ? source : Listed(shape(source.AsQueryable()));
    }

    /// <summary>As <see cref="Shape{T}"/>, for a function that returns a task of the query.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="snapshot">A consistent snapshot of the entities (copies), in the fake's order.</param>
    /// <param name="keep">The include flags' filter applied before the function, or null for every entity.</param>
    /// <param name="shape">The function, or null for the whole (kept) snapshot.</param>
    /// <returns>What the function's query lists.</returns>
    /// <exception cref="InvalidOperationException">The function returned a null task or a null query.</exception>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public static async Task<List<T>> ShapeAsync<T>(List<T> snapshot, Func<T, bool>? keep, Func<IQueryable<T>, Task<IQueryable<T>>>? shape)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var source = Kept(snapshot, keep);
        if (shape is null)
        {
            return source;
        }

        var pending = shape(source.AsQueryable()) ?? throw new InvalidOperationException("The query-shaping function returned null instead of a task.");
        return Listed(await pending.ConfigureAwait(false));
    }

    /// <summary>As <see cref="ShapeAsync{T}(List{T}, Func{T, bool}?, Func{IQueryable{T}, Task{IQueryable{T}}}?)"/>, for a function that returns a <see cref="ValueTask{TResult}"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="snapshot">A consistent snapshot of the entities (copies), in the fake's order.</param>
    /// <param name="keep">The include flags' filter applied before the function, or null for every entity.</param>
    /// <param name="shape">The function, or null for the whole (kept) snapshot.</param>
    /// <returns>What the function's query lists.</returns>
    /// <exception cref="InvalidOperationException">The function returned a null query.</exception>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public static async Task<List<T>> ShapeAsync<T>(List<T> snapshot, Func<T, bool>? keep, Func<IQueryable<T>, ValueTask<IQueryable<T>>>? shape)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var source = Kept(snapshot, keep);
        return shape is null ? source : Listed(await shape(source.AsQueryable()).ConfigureAwait(false));
    }

    /// <summary>One page of <paramref name="items"/>, in their order: the real store's <c>orderBy(query).Skip(…).Take(…)</c>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="items">The matches, already in the caller's order.</param>
    /// <param name="page">The page.</param>
    /// <returns>The page's items.</returns>
    public static List<T> Slice<T>(List<T> items, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(page);
        return items.Skip(page.Skip).Take(page.Take).ToList();
    }

    private static List<T> Kept<T>(List<T> snapshot, Func<T, bool>? keep) => keep is null ? snapshot : snapshot.Where(keep).ToList();

    private static List<T> Listed<T>(IQueryable<T>? query)
        => (query ?? throw new InvalidOperationException("The query-shaping function returned null instead of a query.")).ToList();
}
