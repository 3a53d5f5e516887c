using System;
using System.Collections.Generic;

namespace InMemoryFakes;

/// <summary>Where nulls sort.</summary>
public enum NullOrdering
{
    /// <summary>Null is smaller than every value: first when ascending, last when descending (C#'s <see cref="Comparer{T}.Default"/>, SQLite, SQL Server).</summary>
    NullsSmallest = 0,

    /// <summary>Null is larger than every value: last when ascending, first when descending (PostgreSQL, Oracle).</summary>
    NullsLargest = 1,
}

/// <summary>
/// The choices a real store makes that a fake must copy to agree with it: how text compares (per property) and where
/// nulls sort. Set them on <see cref="InMemoryFakeOptions.Semantics"/> when a contract against your engine shows the
/// difference (docs/verified-fakes.md lists the known ones per engine). The default is the fake's own behaviour:
/// ordinal text, nulls smallest.
/// </summary>
public sealed record StoreSemantics
{
    private readonly Dictionary<string, StringComparison> _text = new Dictionary<string, StringComparison>(StringComparer.Ordinal);

    /// <summary>Ordinal text, nulls smallest: what a fake does when nothing is set.</summary>
    public static StoreSemantics Default { get; } = new();

    /// <summary>Where nulls sort in <c>OrderBy</c>.</summary>
    public NullOrdering Nulls { get; init; }

    /// <summary>
    /// How text compares per entity property (equality in queries and unique constraints, and ordering): for example
    /// <c>{ ["Email"] = StringComparison.OrdinalIgnoreCase }</c> for a column declared <c>COLLATE NOCASE</c> (SQLite) or
    /// with a case-insensitive collation. Properties not listed compare with <see cref="DefaultTextComparison"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">A comparison is not an ordinal one (culture-sensitive comparison is no engine's collation).</exception>
    public IReadOnlyDictionary<string, StringComparison> TextComparisons
    {
        get => _text;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var pair in value)
            {
                CheckComparison(pair.Value, nameof(TextComparisons));
            }

            _text = new Dictionary<string, StringComparison>(value, StringComparer.Ordinal);
        }
    }

    /// <summary>How text compares for properties not in <see cref="TextComparisons"/>; <see cref="StringComparison.Ordinal"/> by default.</summary>
    /// <exception cref="ArgumentException">Not an ordinal comparison.</exception>
    public StringComparison DefaultTextComparison
    {
        get;
        init
        {
            CheckComparison(value, nameof(DefaultTextComparison));
            field = value;
        }
    } = StringComparison.Ordinal;

    /// <summary>The text comparison for a property.</summary>
    /// <param name="property">The property name (a nested path as the query names it, e.g. <c>AddressCity</c>).</param>
    /// <returns>The comparison.</returns>
    public StringComparison ComparisonFor(string property)
        => _text.Count > 0 && property is not null && _text.TryGetValue(property, out var comparison) ? comparison : DefaultTextComparison;

    /// <summary>Whether two values of a text property are equal under the property's comparison (null equals only null).</summary>
    /// <param name="property">The property name.</param>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool TextEquals(string property, string? left, string? right) => string.Equals(left, right, ComparisonFor(property));

    /// <summary>The equality comparer for a text property, for unique constraints and indexes.</summary>
    /// <param name="property">The property name.</param>
    /// <returns>An ordinal or ordinal-ignore-case comparer.</returns>
    public StringComparer TextComparer(string property)
        => ComparisonFor(property) == StringComparison.OrdinalIgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// The comparer an <c>OrderBy</c> on a property uses: nulls placed as <see cref="Nulls"/> says, text compared with the
    /// property's comparison, anything else with <see cref="Comparer{T}.Default"/>. Pass it to <see cref="EntityOrder{TEntity}.By{TKey}"/>.
    /// </summary>
    /// <typeparam name="T">The property type.</typeparam>
    /// <param name="property">The property name.</param>
    /// <returns>The comparer.</returns>
    public IComparer<T> OrderComparer<T>(string property)
    {
        IComparer<T> inner = typeof(T) == typeof(string)
            ? (IComparer<T>)(object)(ComparisonFor(property) == StringComparison.OrdinalIgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
            : Comparer<T>.Default;
        return Nulls == NullOrdering.NullsSmallest && inner == Comparer<T>.Default ? inner : new NullPlacingComparer<T>(inner, Nulls);
    }

    private static void CheckComparison(StringComparison comparison, string paramName)
    {
        if (comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Only StringComparison.Ordinal and OrdinalIgnoreCase describe a store's collation; {comparison} depends on the current culture.", paramName);
        }
    }

    private sealed class NullPlacingComparer<T>(IComparer<T> inner, NullOrdering nulls) : IComparer<T>
    {
        public int Compare(T? x, T? y)
        {
            if (x is null || y is null)
            {
                if (x is null && y is null)
                {
                    return 0;
                }

                var nullFirst = nulls == NullOrdering.NullsSmallest;
                return x is null ? (nullFirst ? -1 : 1) : (nullFirst ? 1 : -1);
            }

            return inner.Compare(x, y);
        }
    }
}
