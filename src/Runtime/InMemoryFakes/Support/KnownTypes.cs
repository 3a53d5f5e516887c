using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace InMemoryFakes.Support;

/// <summary>The types the runtime knows without being told: immutable ones are stored as they are.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KnownTypes
{
    private static readonly ConcurrentDictionary<Type, bool> Verdicts = new();

    private static readonly HashSet<Type> Scalars = new()
    {
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid),
        typeof(DateOnly), typeof(TimeOnly), typeof(Half), typeof(Int128), typeof(UInt128), typeof(System.Numerics.BigInteger),
        typeof(System.Numerics.Complex), typeof(Uri), typeof(Version), typeof(DBNull), typeof(Index), typeof(Range), typeof(Rune),
        typeof(TimeZoneInfo),
    };

    // Generic types that are immutable when all their type arguments are.
    private static readonly HashSet<Type> ImmutableGenerics = new()
    {
        typeof(Nullable<>), typeof(KeyValuePair<,>),
        typeof(Tuple<>), typeof(Tuple<,>), typeof(Tuple<,,>), typeof(Tuple<,,,>), typeof(Tuple<,,,,>), typeof(Tuple<,,,,,>), typeof(Tuple<,,,,,,>),
        typeof(ValueTuple<>), typeof(ValueTuple<,>), typeof(ValueTuple<,,>), typeof(ValueTuple<,,,>), typeof(ValueTuple<,,,,>), typeof(ValueTuple<,,,,,>), typeof(ValueTuple<,,,,,,>),
    };

    /// <summary>Whether <typeparamref name="T"/> is known immutable (computed once per type).</summary>
    /// <typeparam name="T">The type.</typeparam>
    public static class Immutable<T>
    {
        /// <summary><see langword="true"/> when values of <typeparamref name="T"/> are stored as they are.</summary>
        public static readonly bool Value = IsImmutable(typeof(T));
    }

    /// <summary>
    /// Whether values of a type never change, so a store can keep the caller's instance: strings, primitives, enums,
    /// <see cref="decimal"/>, the date and time types, <see cref="Guid"/>, <see cref="Uri"/>, <see cref="Version"/>, the big
    /// number types, <see cref="Type"/>, delegates, <see cref="Nullable{T}"/>/<see cref="KeyValuePair{TKey, TValue}"/>/tuples
    /// of immutable types, and the <c>System.Collections.Immutable</c> and frozen collections of immutable types.
    /// </summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> when known immutable.</returns>
    public static bool IsImmutable(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Verdicts.GetOrAdd(type, static t => Decide(t));
    }

    /// <summary>Whether a type is one of the immutable or frozen collections (whatever its elements).</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for <c>System.Collections.Immutable</c> and <c>System.Collections.Frozen</c> types.</returns>
    public static bool IsImmutableCollection(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var ns = type.Namespace;
        return ns is "System.Collections.Immutable" or "System.Collections.Frozen";
    }

    internal static string Describe(Type type) => type.FullName ?? type.Name;

    internal static string WhyNotCopyable(Type type)
        => $"no copy rule knows {Describe(type)}: it is not a known immutable or copyable type, has no CopyHooks entry and does not implement IDeepCopyable<T>. "
            + "Register a copy in InMemoryFakeOptions.CopyHooks, implement IDeepCopyable<T>, or choose CopyMode.Reference to store values by reference on purpose";

    /// <summary>1 for a framework collection of elements, 2 for a framework dictionary, 0 otherwise.</summary>
    internal static int CollectionShape(Type definition)
    {
        if (definition == typeof(List<>) || definition == typeof(HashSet<>) || definition == typeof(SortedSet<>) || definition == typeof(LinkedList<>)
            || definition == typeof(Queue<>) || definition == typeof(Stack<>) || definition == typeof(Collection<>)
            || definition == typeof(ObservableCollection<>) || definition == typeof(ReadOnlyCollection<>)
            || definition == typeof(System.Collections.Immutable.ImmutableList<>) || definition == typeof(System.Collections.Immutable.ImmutableArray<>))
        {
            return 1;
        }

        if (definition == typeof(Dictionary<,>) || definition == typeof(SortedDictionary<,>) || definition == typeof(SortedList<,>)
            || definition == typeof(ConcurrentDictionary<,>) || definition == typeof(ReadOnlyDictionary<,>))
        {
            return 2;
        }

        return 0;
    }

    private static bool Decide(Type type)
    {
        if (type.IsPrimitive || type.IsEnum || Scalars.Contains(type) || typeof(Type).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type))
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        if (ImmutableGenerics.Contains(definition) || IsImmutableCollection(definition))
        {
            foreach (var argument in type.GetGenericArguments())
            {
                if (!IsImmutable(argument))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }
}
