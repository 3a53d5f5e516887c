using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace InMemoryFakes.Support;

/// <summary>
/// One comparison of two object graphs for <see cref="EntityModel{TKey, TEntity}.SameState"/>: the generated
/// <c>__Same…</c> methods compare every field a generated copy copies, and call these helpers for collections and for
/// values the generator leaves to the runtime. A pair of objects already being compared counts as the same, so cycles end.
/// </summary>
/// <remarks>
/// Where it cannot tell (an object of a type no generated comparison knows, without its own <c>Equals</c>), two different
/// instances count as different: a unit of work then writes the entity back, which is right, only not necessary.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class StateComparison
{
    private HashSet<(object, object)>? _entered;

    /// <summary>Marks the pair as being compared; <see langword="false"/> when it already is (a cycle: it counts as the same).</summary>
    /// <param name="a">One object.</param>
    /// <param name="b">The other.</param>
    /// <returns><see langword="true"/> the first time.</returns>
    public bool Enter(object a, object b)
    {
        _entered ??= new HashSet<(object, object)>(PairComparer.Instance);
        return _entered.Add((a, b));
    }

    /// <summary>Equality of two values the generator keeps as they are (immutable): <see cref="EqualityComparer{T}.Default"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether they are equal.</returns>
#pragma warning disable CA1822 // An instance member on purpose: generated code calls every helper on the comparison it was given.
    public bool Same<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);
#pragma warning restore CA1822

    /// <summary>
    /// Two values of types no generated comparison knows: the same instance, equal by their own <c>Equals</c>, or
    /// sequences (arrays, lists, sets, dictionaries) whose items are the same in order.
    /// </summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether they hold the same state, as far as can be told.</returns>
    public bool SameValue(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetType() != b.GetType())
        {
            return false;
        }

        if (a is string || a.GetType().IsPrimitive || a.GetType().IsEnum)
        {
            return a.Equals(b);
        }

        if (a is IEnumerable first && b is IEnumerable second)
        {
            if (!Enter(a, b))
            {
                return true;
            }

            var left = first.GetEnumerator();
            var right = second.GetEnumerator();
            try
            {
                while (true)
                {
                    var more = left.MoveNext();
                    if (more != right.MoveNext())
                    {
                        return false;
                    }

                    if (!more)
                    {
                        return true;
                    }

                    if (!SameValue(left.Current, right.Current))
                    {
                        return false;
                    }
                }
            }
            finally
            {
                (left as IDisposable)?.Dispose();
                (right as IDisposable)?.Dispose();
            }
        }

        return a.Equals(b);
    }

    /// <summary>Two sequences with the same items in the same order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="a">One sequence.</param>
    /// <param name="b">The other.</param>
    /// <param name="same">Compares two items; <see langword="null"/> uses <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns>Whether they are the same.</returns>
    public bool SameSequence<T>(IEnumerable<T>? a, IEnumerable<T>? b, Func<T, T, StateComparison, bool>? same)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetType() != b.GetType())
        {
            return false;
        }

        if (a is ICollection<T> ca && b is ICollection<T> cb && ca.Count != cb.Count)
        {
            return false;
        }

        using var left = a.GetEnumerator();
        using var right = b.GetEnumerator();
        while (true)
        {
            var more = left.MoveNext();
            if (more != right.MoveNext())
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            if (!(same is null ? EqualityComparer<T>.Default.Equals(left.Current, right.Current) : same(left.Current, right.Current, this)))
            {
                return false;
            }
        }
    }

    /// <summary>Two immutable arrays with the same items in the same order (two default arrays are the same).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="a">One array.</param>
    /// <param name="b">The other.</param>
    /// <param name="same">Compares two items; <see langword="null"/> uses <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns>Whether they are the same.</returns>
    public bool SameSequence<T>(ImmutableArray<T> a, ImmutableArray<T> b, Func<T, T, StateComparison, bool>? same)
    {
        if (a.IsDefault || b.IsDefault)
        {
            return a.IsDefault == b.IsDefault;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!(same is null ? EqualityComparer<T>.Default.Equals(a[i], b[i]) : same(a[i], b[i], this)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two dictionaries with the same keys, each holding the same value.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="a">One dictionary.</param>
    /// <param name="b">The other.</param>
    /// <param name="same">Compares two values; <see langword="null"/> uses <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns>Whether they are the same.</returns>
    public bool SameDictionary<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>>? a, IEnumerable<KeyValuePair<TKey, TValue>>? b, Func<TValue, TValue, StateComparison, bool>? same)
        where TKey : notnull
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetType() != b.GetType())
        {
            return false;
        }

        var other = new Dictionary<TKey, TValue>();
        foreach (var pair in b)
        {
            other[pair.Key] = pair.Value;
        }

        var count = 0;
        foreach (var pair in a)
        {
            count++;
            if (!other.TryGetValue(pair.Key, out var value)
                || !(same is null ? EqualityComparer<TValue>.Default.Equals(pair.Value, value) : same(pair.Value, value, this)))
            {
                return false;
            }
        }

        return count == other.Count;
    }

    private sealed class PairComparer : IEqualityComparer<(object, object)>
    {
        public static PairComparer Instance { get; } = new();

        public bool Equals((object, object) x, (object, object) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((object, object) obj) => HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
