using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq.Expressions;

namespace InMemoryFakes.Support;

/// <summary>
/// The run-time half of a listing by a paging spec (Sonarr's <c>PagingSpec&lt;T&gt; GetPaged(PagingSpec&lt;T&gt; spec)</c>): the page
/// its members ask for, the filters it carries and its sort key, read as Sonarr's <c>BasicRepository</c> reads them. A value
/// the fake cannot read that way is an <see cref="ArgumentException"/> naming the spec's parameter; nothing is written to it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PagingSpecs
{
    /// <summary>The slice a 1-based page number and a page size select; a page below 1 is the first page.</summary>
    /// <param name="page">The 1-based page number (0 or less: the first page, as <c>Math.Max(page - 1, 0)</c>).</param>
    /// <param name="pageSize">How many entities a page holds (0: none).</param>
    /// <param name="parameterName">The spec's parameter name, for the exception.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is negative.</exception>
    public static PageRequest Request(int page, int pageSize, string parameterName)
    {
        if (pageSize < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, pageSize, "The page size must not be negative (SQLite reads LIMIT -1 as no limit, PostgreSQL refuses it; the fake refuses it too).");
        }

        var skip = (long)Math.Max(page - 1L, 0L) * pageSize;
        return PageRequest.Of((int)Math.Min(skip, int.MaxValue), pageSize, parameterName, parameterName);
    }

    /// <summary>The conjunction of the spec's filter expressions, or null when it has none.</summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="filters">The filters.</param>
    /// <param name="parameterName">The spec's parameter name, for the exception.</param>
    /// <returns>A predicate every filter accepts, or null.</returns>
    /// <exception cref="ArgumentException">The list or one of its filters is null.</exception>
    public static Func<TEntity, bool>? Filter<TEntity>(IEnumerable<Expression<Func<TEntity, bool>>>? filters, string parameterName)
    {
        if (filters is null)
        {
            throw new ArgumentException("The spec's filter list is null (the real store reads it without a check and fails); leave it empty for no filter.", parameterName);
        }

        var compiled = new List<Func<TEntity, bool>>();
        foreach (var filter in filters)
        {
            compiled.Add(filter?.Compile() ?? throw new ArgumentException("One of the spec's filter expressions is null.", parameterName));
        }

        if (compiled.Count == 0)
        {
            return null;
        }

        var all = compiled.ToArray();
        return entity =>
        {
            foreach (var predicate in all)
            {
                if (!predicate(entity))
                {
                    return false;
                }
            }

            return true;
        };
    }

    /// <summary>The order a sort key and direction ask for; no sort key orders by the key property.</summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="sortKey">A property name in any case, or null for <paramref name="keyName"/>.</param>
    /// <param name="descending">Whether the direction is descending.</param>
    /// <param name="property">The ascending ordering by a property, given its name, or null when it has none (generated).</param>
    /// <param name="keyName">The key property's name.</param>
    /// <param name="parameterName">The spec's parameter name, for the exception.</param>
    /// <returns>The ordering.</returns>
    /// <exception cref="ArgumentException">The sort key names no orderable property of the entity, or names a table too.</exception>
    public static IComparer<TEntity> Order<TEntity>(string? sortKey, bool descending, Func<string, IComparer<TEntity>?> property, string keyName, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(property);
        var name = sortKey ?? keyName;
        if (name.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException("The sort key '" + name + "' names a table and a column; the fake orders by " + typeof(TEntity).Name
                + "'s own properties, named alone (a column of a joined table is the real store's own query), so pass the property's name.", parameterName);
        }

        var ascending = property(name)
            ?? throw new ArgumentException("The sort key '" + name + "' is not an orderable property of " + typeof(TEntity).Name
                + " (the real store would send it to the database as a column name).", parameterName);
        return descending ? Comparer<TEntity>.Create((x, y) => ascending.Compare(y, x)) : ascending;
    }
}
