using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace InMemoryFakes.Support;

/// <summary>Result shapes generated query members share (specifications' results, single results).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FakeQueries
{
    /// <summary>The items as a list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>A new list.</returns>
    public static List<T> ToList<T>(IEnumerable<T> items) => new(items ?? throw new ArgumentNullException(nameof(items)));

    /// <summary>The first item, or default.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The first item, or default.</returns>
    public static T? FirstOrDefault<T>(IEnumerable<T> items) => (items ?? throw new ArgumentNullException(nameof(items))).FirstOrDefault();

    /// <summary>The only item, or default; more than one is an error, as a database's single-result query is.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The only item, or default.</returns>
    /// <exception cref="InvalidOperationException">More than one item matches.</exception>
    public static T? SingleOrDefault<T>(IEnumerable<T> items) => (items ?? throw new ArgumentNullException(nameof(items))).SingleOrDefault();

    /// <summary>
    /// Orders a query's matches with the caller's ordering over a queryable (<c>q =&gt; q.OrderBy(p =&gt; p.Name)</c>), as
    /// LINQ to objects over the list; a null ordering keeps the list as it is.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="items">The matches (the fake's copies).</param>
    /// <param name="orderBy">The caller's ordering, or null.</param>
    /// <returns>The matches in the caller's order.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="orderBy"/> returned null.</exception>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public static List<T> OrderWith<T>(List<T> items, Func<IQueryable<T>, IOrderedQueryable<T>>? orderBy)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (orderBy is null)
        {
            return items;
        }

        var ordered = orderBy(items.AsQueryable()) ?? throw new InvalidOperationException("The ordering returned null instead of an ordered query.");
        return ordered.ToList();
    }

    /// <summary>
    /// A home-grown specification's criteria as its evaluator applies it: <c>if (spec.Criteria != null) query = query.Where(…)</c>,
    /// so a specification made without criteria matches every entity.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="criteria">The compiled criteria, or null.</param>
    /// <returns>The criteria, or a predicate that matches every entity.</returns>
    public static Func<T, bool> Criteria<T>(Func<T, bool>? criteria) => criteria ?? (static _ => true);

    /// <summary>A specification's key selector (<c>OrderBy</c>, <c>GroupBy</c>) with its key boxed, or null.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="selector">The compiled selector, or null.</param>
    /// <returns>The selector returning <see cref="object"/>, or null.</returns>
    public static Func<T, object?>? Key<T, TKey>(Func<T, TKey>? selector) => selector is null ? null : x => selector(x);

    /// <summary>
    /// Shapes a home-grown specification's matches as its repository's evaluator does (eShopOnWeb's first
    /// <c>SpecificationEvaluator</c> and the courses built on it): ordered by <paramref name="orderBy"/> or
    /// <paramref name="orderByDescending"/> (stable; text ordinal, as the fake's other orders), grouped by
    /// <paramref name="groupBy"/> and flattened (groups in the order their first entity comes), then, when
    /// <paramref name="paging"/> is set, <paramref name="skip"/> skipped and <paramref name="take"/> taken.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="matches">The criteria's matches, in insertion order.</param>
    /// <param name="groupBy">The grouping key, or null.</param>
    /// <param name="orderBy">The ascending order's key, or null.</param>
    /// <param name="orderByDescending">The descending order's key, or null.</param>
    /// <param name="paging">Whether the specification pages (its <c>IsPagingEnabled</c>).</param>
    /// <param name="skip">How many to skip when paging.</param>
    /// <param name="take">How many to take when paging.</param>
    /// <returns>The shaped matches.</returns>
    /// <exception cref="InvalidOperationException">Both orders are set: evaluators differ on which one applies (eShopOnWeb's
    /// takes <c>OrderBy</c>, others sort by one then the other), so the fake does not choose.</exception>
    public static List<T> Shape<T>(IEnumerable<T> matches, Func<T, object?>? groupBy, Func<T, object?>? orderBy, Func<T, object?>? orderByDescending, bool paging, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (orderBy is not null && orderByDescending is not null)
        {
            throw new InvalidOperationException("The specification sets both OrderBy and OrderByDescending. Evaluators differ on which one orders (eShopOnWeb's takes OrderBy, others sort by both), so the fake does not choose; set one of them.");
        }

        var shaped = matches;
        if (orderBy is not null)
        {
            shaped = shaped.OrderBy(orderBy, SpecificationKeyOrder.Instance);
        }
        else if (orderByDescending is not null)
        {
            shaped = shaped.OrderByDescending(orderByDescending, SpecificationKeyOrder.Instance);
        }

        if (groupBy is not null)
        {
            shaped = shaped.GroupBy(groupBy).SelectMany(static g => g);
        }

        if (paging)
        {
            shaped = shaped.Skip(skip).Take(take);
        }

        return shaped.ToList();
    }

    /// <summary>Boxed keys: text ordinal, other values by their own order, null first.</summary>
    private sealed class SpecificationKeyOrder : IComparer<object?>
    {
        public static readonly SpecificationKeyOrder Instance = new();

        public int Compare(object? x, object? y)
            => x is string a && y is string b ? string.CompareOrdinal(a, b) : Comparer<object?>.Default.Compare(x, y);
    }

    /// <summary>
    /// The items a filter over a query selects (a filter object's <c>Apply(IQueryable&lt;T&gt;)</c>, as Elsa's stores run
    /// <c>filter.Apply(dbContext.Set)</c>), as LINQ to objects over the list, in the order the filter leaves them.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="items">The entities (the fake's copies, one consistent snapshot).</param>
    /// <param name="filter">The caller's filter.</param>
    /// <returns>The selected items.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="filter"/> returned null.</exception>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public static List<T> Filter<T>(List<T> items, Func<IQueryable<T>, IQueryable<T>> filter)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(filter);
        var selected = filter(items.AsQueryable()) ?? throw new InvalidOperationException("The filter returned null instead of a query.");
        return selected.ToList();
    }

    /// <summary>
    /// The key given as EF Core's <c>DbSet.Find(params object[] keyValues)</c> takes it, for a fake whose member has that
    /// shape (<c>TEntity Find(params object[] keyValues)</c>): a null array or a null value finds nothing, as EF Core's
    /// <c>Find</c> returns null for them; otherwise exactly one value of the key's type.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="keyValues">The values.</param>
    /// <param name="paramName">The parameter's name, for the exception.</param>
    /// <param name="key">The key, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when <paramref name="keyValues"/> is null or holds a null (nothing is found).</returns>
    /// <exception cref="ArgumentException">Not exactly one value (the key is not composite), or a value of another type.</exception>
    public static bool TryKeyFromValues<TKey>(object?[]? keyValues, string paramName, out TKey key)
    {
        key = default!;
        if (keyValues is null || Array.IndexOf(keyValues, null) >= 0)
        {
            return false;
        }

        if (keyValues.Length != 1)
        {
            throw new ArgumentException($"The key is a single {typeof(TKey)}, but {keyValues.Length} values were passed.", paramName);
        }

        key = Key<object, TKey>(keyValues[0]!, paramName);
        return true;
    }

    /// <summary>Converts a key given as a generic argument (<c>GetByIdAsync&lt;TId&gt;(TId id)</c>) or as <c>object</c> (<c>GetById(object id)</c>) to the table's key type.</summary>
    /// <typeparam name="TId">The argument's type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="id">The argument.</param>
    /// <param name="paramName">The parameter's name, for the exception.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not of the key's type (nor a smaller integer for an integer key).</exception>
    public static TKey Key<TId, TKey>(TId id, string paramName)
    {
        switch (id)
        {
            case TKey key:
                return key;
            case null:
                throw new ArgumentNullException(paramName);
        }

        if (typeof(TKey) == typeof(long) && id is int or short or byte or uint or ushort)
        {
            return (TKey)(object)Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        }

        // The value's own type: for a key given as object (GetById(object id)), the declared type says nothing.
        throw new ArgumentException($"The key is {id.GetType()}, but this fake's key is {typeof(TKey)}.", paramName);
    }
}
