using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>
/// The comparisons generated query predicates call where C# has no operator that means the same: ordinal text
/// comparison and matching, comparison of <see cref="IComparable{T}"/> values, the value sets of <c>In</c>/<c>NotIn</c>, and
/// the element tests of collection properties (<c>FindByTag</c> on <c>Tags</c>, <c>IsEmpty</c>).
/// Null values never match a comparison: each comparison returns <see langword="null"/> (which no <c>&gt;</c>, <c>&lt;</c>…
/// test accepts) when either side is null.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class QueryOperators
{
    /// <summary>Compares text ordinally (or ordinally ignoring case).</summary>
    /// <param name="value">The property value.</param>
    /// <param name="bound">The argument.</param>
    /// <param name="ignoreCase">Compare with <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <returns>The sign of the comparison, or <see langword="null"/> when either is null.</returns>
    public static int? CompareText(string? value, string? bound, bool ignoreCase)
        => value is null || bound is null ? null : string.Compare(value, bound, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Compares two values of a comparable value type with <see cref="Comparer{T}.Default"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The property value.</param>
    /// <param name="bound">The argument.</param>
    /// <returns>The sign of the comparison, or <see langword="null"/> when either is null.</returns>
    public static int? CompareValues<T>(T? value, T? bound)
        where T : struct
        => value is { } x && bound is { } y ? Comparer<T>.Default.Compare(x, y) : null;

    /// <summary>Compares two values of a comparable reference type with <see cref="Comparer{T}.Default"/>.</summary>
    /// <typeparam name="T">The reference type.</typeparam>
    /// <param name="value">The property value.</param>
    /// <param name="bound">The argument.</param>
    /// <returns>The sign of the comparison, or <see langword="null"/> when either is null.</returns>
    public static int? CompareObjects<T>(T? value, T? bound)
        where T : class
        => value is null || bound is null ? null : Comparer<T>.Default.Compare(value, bound);

    /// <summary>Whether <paramref name="value"/> contains <paramref name="part"/> (a substring test, not a pattern).</summary>
    /// <param name="value">The property value.</param>
    /// <param name="part">The argument.</param>
    /// <param name="ignoreCase">Compare with <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <returns><see langword="false"/> when either is null.</returns>
    public static bool Contains(string? value, string? part, bool ignoreCase)
        => value is not null && part is not null && value.Contains(part, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Whether <paramref name="value"/> starts with <paramref name="prefix"/>, ordinally.</summary>
    /// <param name="value">The property value.</param>
    /// <param name="prefix">The argument.</param>
    /// <param name="ignoreCase">Compare with <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <returns><see langword="false"/> when either is null.</returns>
    public static bool StartsWith(string? value, string? prefix, bool ignoreCase)
        => value is not null && prefix is not null && value.StartsWith(prefix, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Whether <paramref name="value"/> ends with <paramref name="suffix"/>, ordinally.</summary>
    /// <param name="value">The property value.</param>
    /// <param name="suffix">The argument.</param>
    /// <param name="ignoreCase">Compare with <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <returns><see langword="false"/> when either is null.</returns>
    public static bool EndsWith(string? value, string? suffix, bool ignoreCase)
        => value is not null && suffix is not null && value.EndsWith(suffix, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>
    /// Whether a collection property holds <paramref name="value"/>, by <see cref="EqualityComparer{T}.Default"/>
    /// (<c>FindByTag(tag)</c> on <c>Tags</c>, <c>FindByTagsContaining</c>). A null collection holds nothing.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The property value.</param>
    /// <param name="value">The argument (null finds a null element).</param>
    /// <returns><see langword="true"/> when an element equals the argument.</returns>
    public static bool HasElement<T>(IEnumerable<T>? values, T? value)
    {
        if (values is null || values is ImmutableArray<T> { IsDefault: true })
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        foreach (var item in values)
        {
            if (comparer.Equals(item, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a collection of strings holds <paramref name="value"/>, compared ordinally (or ordinally ignoring case). A null collection holds nothing.</summary>
    /// <param name="values">The property value.</param>
    /// <param name="value">The argument (null finds a null element).</param>
    /// <param name="ignoreCase">Compare with <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <returns><see langword="true"/> when an element equals the argument.</returns>
    public static bool HasText(IEnumerable<string?>? values, string? value, bool ignoreCase)
    {
        if (values is null || values is ImmutableArray<string?> { IsDefault: true })
        {
            return false;
        }

        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var item in values)
        {
            if (string.Equals(item, value, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a collection property is empty: null, or holding no element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The property value.</param>
    /// <returns><see langword="true"/> when it holds nothing.</returns>
    public static bool IsEmpty<T>(IEnumerable<T>? values)
    {
        switch (values)
        {
            case null:
            case ImmutableArray<T> { IsDefault: true }:
                return true;
            case ICollection<T> collection:
                return collection.Count == 0;
            case IReadOnlyCollection<T> readOnly:
                return readOnly.Count == 0;
        }

        using var enumerator = values.GetEnumerator();
        return !enumerator.MoveNext();
    }

    /// <summary>The values of an <c>In</c>/<c>NotIn</c> argument as a set, built once per call.</summary>
    /// <typeparam name="T">The property type.</typeparam>
    /// <param name="values">The argument.</param>
    /// <param name="comparer">Value equality; <see langword="null"/> for the default (ordinal for strings).</param>
    /// <param name="paramName">The argument's name, for the exception.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static HashSet<T> SetOf<T>(IEnumerable<T>? values, IEqualityComparer<T>? comparer, string paramName)
    {
        if (values is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return new HashSet<T>(values, comparer);
    }

    /// <summary>The values of an <c>In</c>/<c>NotIn</c> argument, converted to the property's type, as a set.</summary>
    /// <typeparam name="TSource">The argument's element type.</typeparam>
    /// <typeparam name="T">The property type.</typeparam>
    /// <param name="values">The argument.</param>
    /// <param name="convert">Converts an element to the property type.</param>
    /// <param name="comparer">Value equality; <see langword="null"/> for the default.</param>
    /// <param name="paramName">The argument's name, for the exception.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or <paramref name="convert"/> is null.</exception>
    public static HashSet<T> SetOf<TSource, T>(IEnumerable<TSource>? values, Func<TSource, T> convert, IEqualityComparer<T>? comparer, string paramName)
    {
        if (values is null)
        {
            throw new ArgumentNullException(paramName);
        }

        ArgumentNullException.ThrowIfNull(convert);
        var set = new HashSet<T>(comparer);
        foreach (var value in values)
        {
            set.Add(convert(value));
        }

        return set;
    }
}
