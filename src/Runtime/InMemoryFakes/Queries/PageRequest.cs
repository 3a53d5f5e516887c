using System;
using System.Runtime.CompilerServices;

namespace InMemoryFakes;

/// <summary>
/// Which slice of a query's results to return: <see cref="Skip"/> results are passed over, then at most
/// <see cref="Take"/> are returned. Build one from a range (<see cref="Of"/>) or from a 1-based page number
/// (<see cref="OfPage"/>); a derived query or predicate method that takes one returns a <see cref="Page{T}"/> (or a list).
/// </summary>
public sealed record PageRequest
{
    /// <summary>Creates a request for a range of results.</summary>
    /// <param name="skip">How many results to pass over (0 or more).</param>
    /// <param name="take">How many results to return at most (0 or more).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> or <paramref name="take"/> is negative.</exception>
    public PageRequest(int skip, int take)
        : this(skip, take, nameof(skip), nameof(take))
    {
    }

    private PageRequest(int skip, int take, string? skipParam, string? takeParam)
    {
        if (skip < 0)
        {
            throw new ArgumentOutOfRangeException(skipParam ?? nameof(skip), skip, "The number of results to skip must not be negative.");
        }

        if (take < 0)
        {
            throw new ArgumentOutOfRangeException(takeParam ?? nameof(take), take, "The number of results to take must not be negative.");
        }

        Skip = skip;
        Take = take;
    }

    /// <summary>How many results are passed over.</summary>
    public int Skip { get; }

    /// <summary>How many results are returned at most.</summary>
    public int Take { get; }

    /// <summary>The 1-based page number, when the range is page-aligned (<see cref="Skip"/> / <see cref="Take"/> + 1; 1 when <see cref="Take"/> is 0).</summary>
    public int PageNumber => Take == 0 ? 1 : (Skip / Take) + 1;

    /// <summary>The page size (<see cref="Take"/>).</summary>
    public int PageSize => Take;

    /// <summary>A request for a range, naming the caller's parameters in errors.</summary>
    /// <param name="skip">How many results to pass over.</param>
    /// <param name="take">How many results to return at most.</param>
    /// <param name="skipParam">The caller's name for <paramref name="skip"/>; filled in by the compiler.</param>
    /// <param name="takeParam">The caller's name for <paramref name="take"/>; filled in by the compiler.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> or <paramref name="take"/> is negative (named as the caller's parameter).</exception>
    public static PageRequest Of(int skip, int take, [CallerArgumentExpression(nameof(skip))] string? skipParam = null, [CallerArgumentExpression(nameof(take))] string? takeParam = null)
        => new(skip, take, skipParam, takeParam);

    /// <summary>A request for a page: page 1 is the first <paramref name="pageSize"/> results.</summary>
    /// <param name="pageNumber">The 1-based page number.</param>
    /// <param name="pageSize">The page size (0 or more).</param>
    /// <param name="pageNumberParam">The caller's name for <paramref name="pageNumber"/>; filled in by the compiler.</param>
    /// <param name="pageSizeParam">The caller's name for <paramref name="pageSize"/>; filled in by the compiler.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageNumber"/> is less than 1, <paramref name="pageSize"/> is negative, or the page starts past <see cref="int.MaxValue"/>.</exception>
    public static PageRequest OfPage(int pageNumber, int pageSize, [CallerArgumentExpression(nameof(pageNumber))] string? pageNumberParam = null, [CallerArgumentExpression(nameof(pageSize))] string? pageSizeParam = null)
    {
        if (pageNumber < 1)
        {
            throw new ArgumentOutOfRangeException(pageNumberParam ?? nameof(pageNumber), pageNumber, "Page numbers start at 1.");
        }

        if (pageSize < 0)
        {
            throw new ArgumentOutOfRangeException(pageSizeParam ?? nameof(pageSize), pageSize, "The page size must not be negative.");
        }

        var skip = (long)(pageNumber - 1) * pageSize;
        if (skip > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(pageNumberParam ?? nameof(pageNumber), pageNumber, "The page starts past the largest result index (int.MaxValue).");
        }

        return new PageRequest((int)skip, pageSize, pageNumberParam, pageSizeParam);
    }

    /// <summary>A request for a page by 0-based index: index 0 is the first <paramref name="pageSize"/> results.</summary>
    /// <param name="pageIndex">The 0-based page index.</param>
    /// <param name="pageSize">The page size (0 or more).</param>
    /// <param name="pageIndexParam">The caller's name for <paramref name="pageIndex"/>; filled in by the compiler.</param>
    /// <param name="pageSizeParam">The caller's name for <paramref name="pageSize"/>; filled in by the compiler.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageIndex"/> or <paramref name="pageSize"/> is negative, or the page starts past <see cref="int.MaxValue"/>.</exception>
    public static PageRequest OfPageIndex(int pageIndex, int pageSize, [CallerArgumentExpression(nameof(pageIndex))] string? pageIndexParam = null, [CallerArgumentExpression(nameof(pageSize))] string? pageSizeParam = null)
    {
        if (pageIndex < 0)
        {
            throw new ArgumentOutOfRangeException(pageIndexParam ?? nameof(pageIndex), pageIndex, "Page indexes start at 0.");
        }

        return pageIndex == int.MaxValue
            ? throw new ArgumentOutOfRangeException(pageIndexParam ?? nameof(pageIndex), pageIndex, "The page starts past the largest result index (int.MaxValue).")
            : OfPage(pageIndex + 1, pageSize, pageIndexParam, pageSizeParam);
    }

    /// <summary>The request for the page after this one.</summary>
    /// <returns>The next page request.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The next page starts past <see cref="int.MaxValue"/>.</exception>
    public PageRequest Next()
        => (long)Skip + Take > int.MaxValue
            ? throw new ArgumentOutOfRangeException(nameof(Skip), "The next page starts past the largest result index (int.MaxValue).")
            : new PageRequest(Skip + Take, Take);
}
