using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>
/// An ordering of entities by one or more keys, each ascending or descending, as a derived query's
/// <c>OrderBy…</c> clause describes it. Generated fakes keep one per ordering in a static field.
/// </summary>
/// <remarks>Queries sort stably: entities whose keys are all equal stay in insertion order.</remarks>
/// <typeparam name="TEntity">The entity type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntityOrder<TEntity> : IComparer<TEntity>
{
    private readonly Comparison<TEntity>[] _keys;

    private EntityOrder(Comparison<TEntity>[] keys)
    {
        _keys = keys;
    }

    /// <summary>Orders by a key.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="key">Reads the key.</param>
    /// <param name="descending">Largest first (nulls last) instead of smallest first (nulls first).</param>
    /// <param name="comparer">Compares keys; <see langword="null"/> uses <see cref="Comparer{T}.Default"/>. Pass <see cref="StringComparer.Ordinal"/> for strings.</param>
    /// <returns>The ordering.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static EntityOrder<TEntity> By<TKey>(Func<TEntity, TKey> key, bool descending = false, IComparer<TKey>? comparer = null)
        => new(new[] { Compile(key, descending, comparer) });

    /// <summary>Adds a key that decides between entities the previous keys find equal.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="key">Reads the key.</param>
    /// <param name="descending">Largest first.</param>
    /// <param name="comparer">Compares keys; <see langword="null"/> uses <see cref="Comparer{T}.Default"/>.</param>
    /// <returns>A new ordering.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public EntityOrder<TEntity> ThenBy<TKey>(Func<TEntity, TKey> key, bool descending = false, IComparer<TKey>? comparer = null)
    {
        var keys = new Comparison<TEntity>[_keys.Length + 1];
        _keys.CopyTo(keys, 0);
        keys[^1] = Compile(key, descending, comparer);
        return new EntityOrder<TEntity>(keys);
    }

    /// <inheritdoc />
    public int Compare(TEntity? x, TEntity? y)
    {
        foreach (var key in _keys)
        {
            var result = key(x!, y!);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private static Comparison<TEntity> Compile<TKey>(Func<TEntity, TKey> key, bool descending, IComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(key);
        var compare = comparer ?? Comparer<TKey>.Default;
        return descending
            ? (x, y) => compare.Compare(key(y), key(x))
            : (x, y) => compare.Compare(key(x), key(y));
    }
}
