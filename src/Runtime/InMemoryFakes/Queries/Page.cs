using System;
using System.Collections;
using System.Collections.Generic;

namespace InMemoryFakes;

/// <summary>One page of a query's results, with the number of results the whole query has.</summary>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class Page<T> : IReadOnlyList<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="items">The results on this page.</param>
    /// <param name="totalCount">How many results the query has over all pages.</param>
    /// <param name="request">The slice this page is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalCount"/> is negative.</exception>
    public Page(IReadOnlyList<T> items, int totalCount, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(totalCount);
        Items = items;
        TotalCount = totalCount;
        Request = request;
    }

    /// <summary>The results on this page, in query order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>How many results the query has over all pages.</summary>
    public int TotalCount { get; }

    /// <summary>The slice this page is.</summary>
    public PageRequest Request { get; }

    /// <summary>How many results were passed over before this page.</summary>
    public int Skip => Request.Skip;

    /// <summary>The page size asked for.</summary>
    public int PageSize => Request.Take;

    /// <summary>The 1-based page number (see <see cref="PageRequest.PageNumber"/>).</summary>
    public int PageNumber => Request.PageNumber;

    /// <summary>How many pages of <see cref="PageSize"/> the query has (0 when the page size is 0).</summary>
    public int TotalPages => PageSize == 0 ? 0 : (int)(((long)TotalCount + PageSize - 1) / PageSize);

    /// <summary>Whether results follow this page.</summary>
    public bool HasNextPage => (long)Skip + Items.Count < TotalCount;

    /// <summary>Whether results precede this page.</summary>
    public bool HasPreviousPage => Skip > 0 && TotalCount > 0;

    /// <summary>The number of results on this page.</summary>
    public int Count => Items.Count;

    /// <summary>A result on this page.</summary>
    /// <param name="index">The position on the page.</param>
    /// <returns>The result.</returns>
    public T this[int index] => Items[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
