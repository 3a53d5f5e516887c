using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace InMemoryFakes.Support;

/// <summary>
/// What generated association members do with the array parts of a row (a passkey's credential id and public key): copy
/// them on the way in and out, so that a caller who changes an array it passed or got back does not change the store, and
/// compare them by content, as a database compares a binary column.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RowValues
{
    /// <summary>A copy of <paramref name="source"/> (its elements are immutable values), or <see langword="null"/> for null.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The array to copy.</param>
    /// <returns>A new array with the same elements.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public static T[]? Copy<T>(T[]? source) => source is null ? null : (T[])source.Clone();

    /// <summary>Whether two arrays hold the same elements in the same order (two nulls are the same; null and empty are not).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="left">One array.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they have the same content.</returns>
    public static bool SameContent<T>(T[]? left, T[]? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        return left.AsSpan().SequenceEqual(right, System.Collections.Generic.EqualityComparer<T>.Default);
    }
}
