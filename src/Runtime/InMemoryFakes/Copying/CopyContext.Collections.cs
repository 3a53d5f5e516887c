using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace InMemoryFakes;

/// <summary>
/// Collection copies that keep the concrete type, its comparer, its order and (for lists) its capacity's worth of elements.
/// Each collection is copied once per context (a list two objects share stays shared). <c>copyElement</c> copies one
/// element; pass <see langword="null"/> when the elements are immutable and are kept as they are.
/// </summary>
public sealed partial class CopyContext
{
    /// <summary>Copies a <see cref="List{T}"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The list; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A new list with the copied elements in the same order.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public List<T>? CopyList<T>(List<T>? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out List<T>? done))
        {
            return done;
        }

        var copy = copyElement is null ? new List<T>(source) : new List<T>(source.Count);
        _copies.Add(source, copy);
        if (copyElement is not null)
        {
            foreach (var item in source)
            {
                copy.Add(copyElement(item, this));
            }
        }

        return copy;
    }

    /// <summary>Copies a one-dimensional array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The array; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are (byte and other primitive arrays).</param>
    /// <returns>A new array.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public T[]? CopyArray<T>(T[]? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out T[]? done))
        {
            return done;
        }

        var copy = (T[])source.Clone();
        _copies.Add(source, copy);
        if (copyElement is not null)
        {
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = copyElement(source[i], this);
            }
        }

        return copy;
    }

    /// <summary>Copies an array of any rank (multi-dimensional ones included).</summary>
    /// <param name="source">The array; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A new array of the same type and bounds.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public Array? CopyArray(Array? source, Func<object?, CopyContext, object?>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out Array? done))
        {
            return done;
        }

        var copy = (Array)source.Clone();
        _copies.Add(source, copy);
        if (copyElement is not null && copy.Length > 0)
        {
            // Deferred: an array may hold itself, or a chain of arrays.
            Enqueue(new PendingAction(context => ForEachIndex(source, index => copy.SetValue(copyElement(source.GetValue(index), context), index))));
        }

        return copy;
    }

    /// <summary>Copies a <see cref="HashSet{T}"/>, keeping its comparer.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The set; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A new set with the same comparer.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public HashSet<T>? CopyHashSet<T>(HashSet<T>? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out HashSet<T>? done))
        {
            return done;
        }

        var copy = copyElement is null ? new HashSet<T>(source, source.Comparer) : new HashSet<T>(source.Count, source.Comparer);
        _copies.Add(source, copy);
        AddWhenComplete(copy, source, copyElement);
        return copy;
    }

    /// <summary>Copies a <see cref="SortedSet{T}"/>, keeping its comparer.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The set; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A new set with the same comparer.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public SortedSet<T>? CopySortedSet<T>(SortedSet<T>? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out SortedSet<T>? done))
        {
            return done;
        }

        var copy = copyElement is null ? new SortedSet<T>(source, source.Comparer) : new SortedSet<T>(source.Comparer);
        _copies.Add(source, copy);
        AddWhenComplete(copy, source, copyElement);
        return copy;
    }

    /// <summary>Copies a <see cref="Dictionary{TKey, TValue}"/>, keeping its comparer and enumeration order.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The dictionary; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyKey">Copies a key; <see langword="null"/> keeps keys as they are (the usual case).</param>
    /// <param name="copyValue">Copies a value; <see langword="null"/> keeps values as they are.</param>
    /// <returns>A new dictionary with the same comparer.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public Dictionary<TKey, TValue>? CopyDictionary<TKey, TValue>(Dictionary<TKey, TValue>? source, Func<TKey, CopyContext, TKey>? copyKey, Func<TValue, CopyContext, TValue>? copyValue)
        where TKey : notnull
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out Dictionary<TKey, TValue>? done))
        {
            return done;
        }

        var copy = new Dictionary<TKey, TValue>(source.Count, source.Comparer);
        _copies.Add(source, copy);
        AddPairsWhenComplete(copy, source, copyKey, copyValue);
        return copy;
    }

    /// <summary>Copies a <see cref="SortedDictionary{TKey, TValue}"/>, keeping its comparer.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The dictionary; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyKey">Copies a key; <see langword="null"/> keeps keys as they are.</param>
    /// <param name="copyValue">Copies a value; <see langword="null"/> keeps values as they are.</param>
    /// <returns>A new dictionary with the same comparer.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public SortedDictionary<TKey, TValue>? CopySortedDictionary<TKey, TValue>(SortedDictionary<TKey, TValue>? source, Func<TKey, CopyContext, TKey>? copyKey, Func<TValue, CopyContext, TValue>? copyValue)
        where TKey : notnull
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out SortedDictionary<TKey, TValue>? done))
        {
            return done;
        }

        var copy = new SortedDictionary<TKey, TValue>(source.Comparer);
        _copies.Add(source, copy);
        AddPairsWhenComplete(copy, source, copyKey, copyValue);
        return copy;
    }

    /// <summary>Copies a <see cref="SortedList{TKey, TValue}"/>, keeping its comparer.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The list; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyKey">Copies a key; <see langword="null"/> keeps keys as they are.</param>
    /// <param name="copyValue">Copies a value; <see langword="null"/> keeps values as they are.</param>
    /// <returns>A new sorted list with the same comparer.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public SortedList<TKey, TValue>? CopySortedList<TKey, TValue>(SortedList<TKey, TValue>? source, Func<TKey, CopyContext, TKey>? copyKey, Func<TValue, CopyContext, TValue>? copyValue)
        where TKey : notnull
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out SortedList<TKey, TValue>? done))
        {
            return done;
        }

        var copy = new SortedList<TKey, TValue>(source.Count, source.Comparer);
        _copies.Add(source, copy);
        AddPairsWhenComplete(copy, source, copyKey, copyValue);
        return copy;
    }

    /// <summary>Copies a <see cref="ConcurrentDictionary{TKey, TValue}"/>, keeping its comparer.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The dictionary; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyKey">Copies a key; <see langword="null"/> keeps keys as they are.</param>
    /// <param name="copyValue">Copies a value; <see langword="null"/> keeps values as they are.</param>
    /// <returns>A new dictionary with the same comparer.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public ConcurrentDictionary<TKey, TValue>? CopyConcurrentDictionary<TKey, TValue>(ConcurrentDictionary<TKey, TValue>? source, Func<TKey, CopyContext, TKey>? copyKey, Func<TValue, CopyContext, TValue>? copyValue)
        where TKey : notnull
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out ConcurrentDictionary<TKey, TValue>? done))
        {
            return done;
        }

        var copy = new ConcurrentDictionary<TKey, TValue>(source.Comparer);
        _copies.Add(source, copy);
        AddPairsWhenComplete(copy, source, copyKey, copyValue);
        return copy;
    }

    /// <summary>Copies a <see cref="Queue{T}"/> in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The queue; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A new queue that dequeues in the same order.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public Queue<T>? CopyQueue<T>(Queue<T>? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out Queue<T>? done))
        {
            return done;
        }

        var copy = new Queue<T>(source.Count);
        _copies.Add(source, copy);
        foreach (var item in source)
        {
            copy.Enqueue(copyElement is null ? item : copyElement(item, this));
        }

        return copy;
    }

    /// <summary>Copies a <see cref="Stack{T}"/> (the copy pops in the same order).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The stack; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A new stack.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public Stack<T>? CopyStack<T>(Stack<T>? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out Stack<T>? done))
        {
            return done;
        }

        var copy = new Stack<T>(source.Count);
        _copies.Add(source, copy);
        var items = source.ToArray();
        for (var i = items.Length - 1; i >= 0; i--)
        {
            copy.Push(copyElement is null ? items[i] : copyElement(items[i], this));
        }

        return copy;
    }

    /// <summary>Copies a <see cref="LinkedList{T}"/> in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The list; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A new linked list.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public LinkedList<T>? CopyLinkedList<T>(LinkedList<T>? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out LinkedList<T>? done))
        {
            return done;
        }

        var copy = new LinkedList<T>();
        _copies.Add(source, copy);
        foreach (var item in source)
        {
            copy.AddLast(copyElement is null ? item : copyElement(item, this));
        }

        return copy;
    }

    /// <summary>Copies an <see cref="ObservableCollection{T}"/> (its event subscribers are not state and are not copied).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The collection; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A new observable collection.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public ObservableCollection<T>? CopyObservableCollection<T>(ObservableCollection<T>? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out ObservableCollection<T>? done))
        {
            return done;
        }

        var items = new List<T>(source.Count);
        foreach (var item in source)
        {
            items.Add(item);
        }

        var copy = new ObservableCollection<T>(items);
        _copies.Add(source, copy);
        if (copyElement is not null)
        {
            for (var i = 0; i < copy.Count; i++)
            {
                copy[i] = copyElement(items[i], this);
            }
        }

        return copy;
    }

    /// <summary>Copies a <see cref="Collection{T}"/> with the list it wraps (copied through this context, so a list shared with another member stays shared).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The collection (exactly <see cref="Collection{T}"/>); <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A new collection over a copy of the wrapped list.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public Collection<T>? CopyCollection<T>(Collection<T>? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out Collection<T>? done))
        {
            return done;
        }

        var copy = new Collection<T>(CopyWrappedList(Wrapped<T>.Items(source), copyElement));
        _copies.Add(source, copy);
        return copy;
    }

    /// <summary>Copies a <see cref="ReadOnlyCollection{T}"/> with the list it wraps (copied through this context, so an aggregate's private list and its read-only view stay one list).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The wrapper; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A new wrapper over a copy of the wrapped list.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public ReadOnlyCollection<T>? CopyReadOnlyCollection<T>(ReadOnlyCollection<T>? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out ReadOnlyCollection<T>? done))
        {
            return done;
        }

        var copy = new ReadOnlyCollection<T>(CopyWrappedList(Wrapped<T>.List(source), copyElement));
        _copies.Add(source, copy);
        return copy;
    }

    /// <summary>Copies a <see cref="ReadOnlyDictionary{TKey, TValue}"/> with the dictionary it wraps (copied through this context).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The wrapper; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyKey">Copies a key; <see langword="null"/> keeps keys as they are.</param>
    /// <param name="copyValue">Copies a value; <see langword="null"/> keeps values as they are.</param>
    /// <returns>A new wrapper over a copy of the wrapped dictionary.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public ReadOnlyDictionary<TKey, TValue>? CopyReadOnlyDictionary<TKey, TValue>(ReadOnlyDictionary<TKey, TValue>? source, Func<TKey, CopyContext, TKey>? copyKey, Func<TValue, CopyContext, TValue>? copyValue)
        where TKey : notnull
    {
        if (source is null)
        {
            return null;
        }

        if (Seen(source, out ReadOnlyDictionary<TKey, TValue>? done))
        {
            return done;
        }

        var inner = Wrapped<TKey, TValue>.Dictionary(source);
        var copied = CopyDictionaryLike<IDictionary<TKey, TValue>, TKey, TValue>(inner, copyKey, copyValue);
        var copy = new ReadOnlyDictionary<TKey, TValue>(copied);
        _copies.Add(source, copy);
        return copy;
    }

    /// <summary>An <see cref="ImmutableArray{T}"/>: kept as it is, or rebuilt with copied elements when they need copying.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The array.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps the array as it is.</param>
    /// <returns>The array, or a new one with copied elements.</returns>
    public ImmutableArray<T> CopyImmutableArray<T>(ImmutableArray<T> source, Func<T, CopyContext, T>? copyElement)
    {
        if (copyElement is null || source.IsDefaultOrEmpty)
        {
            return source;
        }

        var builder = ImmutableArray.CreateBuilder<T>(source.Length);
        foreach (var item in source)
        {
            builder.Add(copyElement(item, this));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>An <see cref="ImmutableList{T}"/>: kept as it is, or rebuilt with copied elements when they need copying.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The list; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps the list as it is.</param>
    /// <returns>The list, or a new one with copied elements.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public ImmutableList<T>? CopyImmutableList<T>(ImmutableList<T>? source, Func<T, CopyContext, T>? copyElement)
    {
        if (source is null || copyElement is null)
        {
            return source;
        }

        if (Seen(source, out ImmutableList<T>? done))
        {
            return done;
        }

        var builder = ImmutableList.CreateBuilder<T>();
        foreach (var item in source)
        {
            builder.Add(copyElement(item, this));
        }

        var copy = builder.ToImmutable();
        _copies.Add(source, copy);
        return copy;
    }

    /// <summary>
    /// Copies a collection held through an interface (<c>ICollection&lt;T&gt;</c>, <c>IList&lt;T&gt;</c>, <c>ISet&lt;T&gt;</c>,
    /// <c>IEnumerable&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c>…) by its run-time type, so a <see cref="HashSet{T}"/>
    /// behind an <c>ICollection&lt;string&gt;</c> comes back as a <see cref="HashSet{T}"/> with its comparer. Known types:
    /// <see cref="List{T}"/>, arrays, <see cref="HashSet{T}"/>, <see cref="SortedSet{T}"/>, <see cref="LinkedList{T}"/>,
    /// <see cref="Queue{T}"/>, <see cref="Stack{T}"/>, <see cref="Collection{T}"/>, <see cref="ObservableCollection{T}"/>,
    /// <see cref="ReadOnlyCollection{T}"/>, and the immutable collections. Any other type (a subclass of one of these
    /// included) is kept by reference and reported.
    /// </summary>
    /// <typeparam name="TCollection">The declared type.</typeparam>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The collection; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyElement">Copies an element; <see langword="null"/> keeps elements as they are.</param>
    /// <returns>A copy of the same run-time type, or <paramref name="source"/> itself when it cannot be copied.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public TCollection? CopyCollection<TCollection, T>(TCollection? source, Func<T, CopyContext, T>? copyElement)
        where TCollection : class, IEnumerable<T>
    {
        if (source is null)
        {
            return null;
        }

        var type = source.GetType();
        object copy = source switch
        {
            T[] array => CopyArray(array, copyElement),
            List<T> list when type == typeof(List<T>) => CopyList(list, copyElement),
            HashSet<T> set when type == typeof(HashSet<T>) => CopyHashSet(set, copyElement),
            SortedSet<T> set when type == typeof(SortedSet<T>) => CopySortedSet(set, copyElement),
            LinkedList<T> list when type == typeof(LinkedList<T>) => CopyLinkedList(list, copyElement),
            Queue<T> queue when type == typeof(Queue<T>) => CopyQueue(queue, copyElement),
            Stack<T> stack when type == typeof(Stack<T>) => CopyStack(stack, copyElement),
            ObservableCollection<T> observable when type == typeof(ObservableCollection<T>) => CopyObservableCollection(observable, copyElement),
            Collection<T> collection when type == typeof(Collection<T>) => CopyCollection(collection, copyElement),
            ReadOnlyCollection<T> wrapper when type == typeof(ReadOnlyCollection<T>) => CopyReadOnlyCollection(wrapper, copyElement),
            ImmutableArray<T> immutable => CopyImmutableArray(immutable, copyElement),
            ImmutableList<T> immutable => CopyImmutableList(immutable, copyElement),
            _ when copyElement is null && KnownTypes.IsImmutableCollection(type) => source,
            _ => StoreByReference(source, $"no copy rule knows the collection type {KnownTypes.Describe(type)} (only the framework's own collection types are copied; a subclass may hold state the copy cannot see)"),
        };
        return (TCollection)copy;
    }

    /// <summary>
    /// Copies a dictionary held through an interface (<c>IDictionary&lt;K, V&gt;</c>, <c>IReadOnlyDictionary&lt;K, V&gt;</c>)
    /// by its run-time type: <see cref="Dictionary{TKey, TValue}"/>, <see cref="SortedDictionary{TKey, TValue}"/>,
    /// <see cref="SortedList{TKey, TValue}"/>, <see cref="ConcurrentDictionary{TKey, TValue}"/>,
    /// <see cref="ReadOnlyDictionary{TKey, TValue}"/>, and the immutable dictionaries; others are kept by reference and reported.
    /// </summary>
    /// <typeparam name="TDictionary">The declared type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The dictionary; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copyKey">Copies a key; <see langword="null"/> keeps keys as they are.</param>
    /// <param name="copyValue">Copies a value; <see langword="null"/> keeps values as they are.</param>
    /// <returns>A copy of the same run-time type, or <paramref name="source"/> itself when it cannot be copied.</returns>
    [return: NotNullIfNotNull(nameof(source))]
    public TDictionary? CopyDictionaryLike<TDictionary, TKey, TValue>(TDictionary? source, Func<TKey, CopyContext, TKey>? copyKey, Func<TValue, CopyContext, TValue>? copyValue)
        where TDictionary : class, IEnumerable<KeyValuePair<TKey, TValue>>
        where TKey : notnull
    {
        if (source is null)
        {
            return null;
        }

        var type = source.GetType();
        object copy = source switch
        {
            Dictionary<TKey, TValue> map when type == typeof(Dictionary<TKey, TValue>) => CopyDictionary(map, copyKey, copyValue),
            SortedDictionary<TKey, TValue> map when type == typeof(SortedDictionary<TKey, TValue>) => CopySortedDictionary(map, copyKey, copyValue),
            SortedList<TKey, TValue> map when type == typeof(SortedList<TKey, TValue>) => CopySortedList(map, copyKey, copyValue),
            ConcurrentDictionary<TKey, TValue> map when type == typeof(ConcurrentDictionary<TKey, TValue>) => CopyConcurrentDictionary(map, copyKey, copyValue),
            ReadOnlyDictionary<TKey, TValue> map when type == typeof(ReadOnlyDictionary<TKey, TValue>) => CopyReadOnlyDictionary(map, copyKey, copyValue),
            _ when copyKey is null && copyValue is null && KnownTypes.IsImmutableCollection(type) => source,
            _ => StoreByReference(source, $"no copy rule knows the dictionary type {KnownTypes.Describe(type)}"),
        };
        return (TDictionary)copy;
    }

    private IList<T> CopyWrappedList<T>(IList<T> inner, Func<T, CopyContext, T>? copyElement)
        => CopyCollection<IList<T>, T>(inner, copyElement);

    private bool Seen<T>(object source, [NotNullWhen(true)] out T? copy)
        where T : class
    {
        if (_copies.TryGetValue(source, out var done))
        {
            copy = (T)done;
            return true;
        }

        copy = null;
        return false;
    }

    /// <summary>Fills a hashed or sorted collection: now when its elements are kept, else once every element is complete.</summary>
    private void AddWhenComplete<T>(ICollection<T> target, IEnumerable<T> source, Func<T, CopyContext, T>? copyElement)
    {
        if (copyElement is null)
        {
            return;
        }

        var items = new List<T>();
        foreach (var item in source)
        {
            items.Add(copyElement(item, this));
        }

        DeferLast(new PendingAdds<T>(target, items.ToArray()));
    }

    /// <summary>Fills a dictionary: values are copied now; keys that need copying are added once complete (their hash may depend on their state).</summary>
    private void AddPairsWhenComplete<TKey, TValue>(IDictionary<TKey, TValue> target, IEnumerable<KeyValuePair<TKey, TValue>> source, Func<TKey, CopyContext, TKey>? copyKey, Func<TValue, CopyContext, TValue>? copyValue)
        where TKey : notnull
    {
        var pairs = new List<KeyValuePair<TKey, TValue>>();
        foreach (var pair in source)
        {
            var key = copyKey is null ? pair.Key : copyKey(pair.Key, this);
            var value = copyValue is null ? pair.Value : copyValue(pair.Value, this);
            if (copyKey is null)
            {
                target.Add(key, value);
            }
            else
            {
                pairs.Add(new KeyValuePair<TKey, TValue>(key, value));
            }
        }

        if (pairs.Count > 0)
        {
            DeferLast(new PendingAdds<KeyValuePair<TKey, TValue>>(target, pairs.ToArray()));
        }
    }

    private static void ForEachIndex(Array array, Action<int[]> visit)
    {
        var rank = array.Rank;
        var index = new int[rank];
        for (var d = 0; d < rank; d++)
        {
            index[d] = array.GetLowerBound(d);
        }

        for (var n = 0; n < array.Length; n++)
        {
            visit(index);
            for (var d = rank - 1; d >= 0; d--)
            {
                if (++index[d] <= array.GetUpperBound(d))
                {
                    break;
                }

                index[d] = array.GetLowerBound(d);
            }
        }
    }

    /// <summary>The lists and dictionaries the framework's wrappers hold (their fields are named for binary serialization and never change).</summary>
    private static class Wrapped<T>
    {
#if NET9_0_OR_GREATER
        public static IList<T> List(ReadOnlyCollection<T> wrapper) => ListField(wrapper);

        public static IList<T> Items(Collection<T> collection) => ItemsField(collection);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "list")]
        private static extern ref IList<T> ListField(ReadOnlyCollection<T> wrapper);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "items")]
        private static extern ref IList<T> ItemsField(Collection<T> collection);
#else
        // Before .NET 9 an accessor cannot reach a generic type's field: wrap a new list (a list shared with another
        // member is then no longer the same list in the copy).
        public static List<T> List(ReadOnlyCollection<T> wrapper) => new(wrapper);

        public static List<T> Items(Collection<T> collection) => new(collection);
#endif
    }

    private static class Wrapped<TKey, TValue>
        where TKey : notnull
    {
#if NET9_0_OR_GREATER
        public static IDictionary<TKey, TValue> Dictionary(ReadOnlyDictionary<TKey, TValue> wrapper) => DictionaryField(wrapper);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "m_dictionary")]
        private static extern ref IDictionary<TKey, TValue> DictionaryField(ReadOnlyDictionary<TKey, TValue> wrapper);
#else
        public static Dictionary<TKey, TValue> Dictionary(ReadOnlyDictionary<TKey, TValue> wrapper) => new(wrapper);
#endif
    }
}
