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
    // The tables in the order they were created, found by a scan while there are few (a test's backend holds one or two,
    // and is built for every test); past ScanLimit a dictionary indexes them as well. Both only under _gate.
    private const int ScanLimit = 8;
    private (string Name, Type TableType, FakeTable Table)[] _tables = [];
    private int _tableCount;
    private Dictionary<(string Name, Type TableType), FakeTable>? _tableIndex;
    // Created on the first lock of a key no table holds (rare): a test builds a fresh backend every time.
    private Dictionary<string, KeyLocks>? _locks;

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
                var tables = new List<FakeTable>(_tableCount);
                for (var i = 0; i < _tableCount; i++)
                {
                    tables.Add(_tables[i].Table);
                }

                return tables;
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
            if (FindLocked(name, typeof(TTable)) is { } existing)
            {
                return (TTable)existing;
            }

            var table = create();
            AddLocked(name, typeof(TTable), table);
            return table;
        }
    }

    /// <summary>
    /// <see cref="GetOrAddTable{TTable}(string, Func{TTable})"/> with the factory's state passed in, so a fake that creates
    /// its tables allocates no closure for the factory (a fresh fake per test creates them every time).
    /// </summary>
    internal TTable GetOrAddTable<TTable, TState>(string name, TState state, Func<TState, TTable> create)
        where TTable : FakeTable
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        lock (_gate)
        {
            if (FindLocked(name, typeof(TTable)) is { } existing)
            {
                return (TTable)existing;
            }

            var table = create(state);
            AddLocked(name, typeof(TTable), table);
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
            table = (TTable?)FindLocked(name, typeof(TTable));
            return table is not null;
        }
    }

    private FakeTable? FindLocked(string name, Type tableType)
    {
        if (_tableIndex is not null)
        {
            return _tableIndex.TryGetValue((name, tableType), out var indexed) ? indexed : null;
        }

        for (var i = 0; i < _tableCount; i++)
        {
            ref readonly var slot = ref _tables[i];
            if (ReferenceEquals(slot.TableType, tableType) && string.Equals(slot.Name, name, StringComparison.Ordinal))
            {
                return slot.Table;
            }
        }

        return null;
    }

    private void AddLocked(string name, Type tableType, FakeTable table)
    {
        if (_tableCount == _tables.Length)
        {
            // One slot for the first table: most backends (one per test) never hold a second.
            Array.Resize(ref _tables, Math.Max(1, _tables.Length * 2));
        }

        _tables[_tableCount++] = (name, tableType, table);
        if (_tableIndex is not null)
        {
            _tableIndex.Add((name, tableType), table);
        }
        else if (_tableCount > ScanLimit)
        {
            _tableIndex = new(_tableCount * 2);
            for (var i = 0; i < _tableCount; i++)
            {
                _tableIndex.Add((_tables[i].Name, _tables[i].TableType), _tables[i].Table);
            }
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
            _locks ??= new(StringComparer.Ordinal);
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
