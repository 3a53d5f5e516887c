using System;
using System.Collections.Generic;
using System.ComponentModel;
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

    /// <summary>Converts a key given as a generic argument (<c>GetByIdAsync&lt;TId&gt;(TId id)</c>) to the table's key type.</summary>
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

        throw new ArgumentException($"The key is {typeof(TId)}, but this fake's key is {typeof(TKey)}.", paramName);
    }
}
