using System;
using System.Collections.Generic;
using System.Linq;

namespace InMemoryFakes;

/// <summary>
/// Where fakes keep their tables. Each fake gets its own backend unless one is passed in
/// (<see cref="InMemoryFakeOptions.Backend"/>): fakes built on the same backend share tables, so an
/// entity added through one repository is visible through another that stores the same type.
/// </summary>
/// <remarks>A table is created by the first fake that asks for it, with that fake's settings.</remarks>
public sealed class InMemoryBackend
{
    private readonly object _gate = new();
    private readonly Dictionary<(string Name, Type TableType), FakeTable> _tables = new();
    private readonly Dictionary<string, KeyLocks> _locks = new(StringComparer.Ordinal);

    /// <summary>Creates a backend on the system clock.</summary>
    public InMemoryBackend()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates a backend on a clock.</summary>
    /// <param name="clock">The clock fakes on this backend use unless their options name another.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public InMemoryBackend(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
    }

    /// <summary>The clock fakes on this backend use by default.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Every table, in creation order.</summary>
    public IReadOnlyList<FakeTable> Tables
    {
        get
        {
            lock (_gate)
            {
                return _tables.Values.ToList();
            }
        }
    }

    /// <summary>The number of live entries across all tables.</summary>
    public int Count => Tables.Sum(static t => t.Count);

    /// <summary>Returns the table with this name and type, creating it on first use.</summary>
    /// <typeparam name="TTable">The table type.</typeparam>
    /// <param name="name">The table name.</param>
    /// <param name="create">Creates the table when it does not exist yet.</param>
    /// <returns>The shared table.</returns>
    public TTable GetOrAddTable<TTable>(string name, Func<TTable> create)
        where TTable : FakeTable
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(create);
        lock (_gate)
        {
            if (_tables.TryGetValue((name, typeof(TTable)), out var existing))
            {
                return (TTable)existing;
            }

            var table = create();
            _tables.Add((name, typeof(TTable)), table);
            return table;
        }
    }

    /// <summary>The table another fake on this backend created under <paramref name="name"/>, if one did.</summary>
    /// <typeparam name="TTable">The table type.</typeparam>
    /// <param name="name">The table name.</param>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the backend has the table.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public bool TryGetTable<TTable>(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TTable? table)
        where TTable : FakeTable
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        lock (_gate)
        {
            table = _tables.TryGetValue((name, typeof(TTable)), out var existing) ? (TTable)existing : null;
            return table is not null;
        }
    }

    /// <summary>The key locks of one fake name on this backend, for keys that belong to none of its tables.</summary>
    /// <param name="scope">The fake's name.</param>
    /// <param name="strings">How string keys compare (the fake's string key comparer), or <see langword="null"/>.</param>
    /// <returns>The shared registry.</returns>
    internal KeyLocks LocksFor(string scope, IEqualityComparer<string>? strings)
    {
        lock (_gate)
        {
            if (!_locks.TryGetValue(scope, out var locks))
            {
                locks = new KeyLocks(strings is null ? null : new StringsFirst(strings));
                _locks.Add(scope, locks);
            }

            return locks;
        }
    }

    /// <summary>Removes every entry from every table (generated-key sequences are kept; use a fake's Reset to restart them).</summary>
    public void Clear()
    {
        foreach (var table in Tables)
        {
            table.Clear();
        }
    }

    /// <summary>Removes every entry of one value type (e.g. one entity type), leaving other tables alone.</summary>
    /// <typeparam name="TValue">The stored value type.</typeparam>
    public void Clear<TValue>() => Clear(typeof(TValue));

    /// <summary>Removes every entry of one value type.</summary>
    /// <param name="valueType">The stored value type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="valueType"/> is null.</exception>
    public void Clear(Type valueType)
    {
        ArgumentNullException.ThrowIfNull(valueType);
        foreach (var table in Tables)
        {
            if (table.ValueType == valueType)
            {
                table.Clear();
            }
        }
    }
}

/// <summary>Compares string keys with a string comparer and anything else with <see cref="object.Equals(object)"/>.</summary>
internal sealed class StringsFirst : IEqualityComparer<object>
{
    private readonly IEqualityComparer<string> _strings;

    public StringsFirst(IEqualityComparer<string> strings)
    {
        _strings = strings;
    }

    public new bool Equals(object? x, object? y) => x is string a && y is string b ? _strings.Equals(a, b) : object.Equals(x, y);

    public int GetHashCode(object obj) => obj is string text ? _strings.GetHashCode(text) : obj.GetHashCode();
}
