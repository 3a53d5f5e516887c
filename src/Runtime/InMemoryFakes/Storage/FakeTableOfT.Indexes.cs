using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>Secondary hash indexes: maintained where entries are published, unlinked and cleared, under the table's lock.</summary>
public partial class FakeTable<TKey, TValue>
{
    // Null until the first index is defined: tables without indexes pay one null check per write.
    private TableIndex[]? _indexes;

    /// <summary>The number of secondary indexes (unique ones included, and the parent index of a tree's entity table).</summary>
    public int IndexCount => _indexes?.Length ?? 0;

    /// <summary>
    /// Adds a hash index over a value computed from each stored value. Only while the table is empty (entity tables add
    /// their model's indexes when they are created).
    /// </summary>
    /// <param name="name">The index name, for messages.</param>
    /// <param name="property">The single property the index holds, for <see cref="IndexProbe"/>s; null for a computed value.</param>
    /// <param name="getValue">Computes the indexed value.</param>
    /// <param name="comparer">Value equality.</param>
    /// <param name="unique">Refuse a write whose non-null value another live entry holds (the duplicate-key error).</param>
    /// <exception cref="InvalidOperationException">The table already holds entries.</exception>
    private protected void AddIndex(string name, string? property, Func<TValue, object?> getValue, IEqualityComparer<object> comparer, bool unique)
    {
        lock (_gate)
        {
            if (_count != 0)
            {
                throw new InvalidOperationException($"{Name}: indexes are defined before the table holds entries.");
            }

            var index = new TableIndex(name, property, getValue, comparer, unique);
            var indexes = _indexes ?? Array.Empty<TableIndex>();
            Array.Resize(ref indexes, indexes.Length + 1);
            indexes[^1] = index;
            _indexes = indexes;
        }
    }

    /// <summary>Whether a live entry with another key holds one of the value's unique values (a read: nothing is swept or thrown).</summary>
    private protected bool UniqueTakenLocked(TKey key, TValue value, long now)
    {
        if (_indexes is null)
        {
            return false;
        }

        foreach (var index in _indexes)
        {
            if (!index.Unique || index.GetValue(value) is not { } unique || !index.Holders(unique, out var single, out var several))
            {
                continue;
            }

            if (several is null)
            {
                if (TakenBy(single!, key, now))
                {
                    return true;
                }

                continue;
            }

            foreach (var holder in several)
            {
                if (TakenBy(holder.Entry, key, now))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a holder of a unique value is a live entry with another key.</summary>
    private bool TakenBy(Entry holder, TKey key, long now) => !Comparer.Equals(holder.Key, key) && Volatile.Read(ref holder.ExpiresAt) > now;

    /// <summary>Refuses a write whose unique values live entries with other keys hold; expired holders found on the way are removed and reported.</summary>
    private void CheckUniqueLocked(TKey key, TValue value, long now, ref List<EntryEvictedEventArgs>? evicted)
    {
        foreach (var index in _indexes!)
        {
            if (!index.Unique)
            {
                continue;
            }

            var unique = index.GetValue(value);
            if (unique is null)
            {
                continue;
            }

            // A copy when several entries share the value (expired ones not yet swept): holders may be unlinked below.
            if (!index.Holders(unique, out var single, out var several))
            {
                continue;
            }

            if (several is null)
            {
                CheckUniqueHolderLocked(single!, key, now, index, unique, ref evicted);
                continue;
            }

            foreach (var holder in several)
            {
                CheckUniqueHolderLocked(holder.Entry, key, now, index, unique, ref evicted);
            }
        }
    }

    /// <summary>
    /// One holder of a write's unique value: the entry the write replaces (its own key) passes; a live one with another
    /// key refuses the write; an expired one is removed and reported.
    /// </summary>
    private void CheckUniqueHolderLocked(Entry holder, TKey key, long now, TableIndex index, object unique, ref List<EntryEvictedEventArgs>? evicted)
    {
        if (Comparer.Equals(holder.Key, key))
        {
            // The entry this write replaces.
            return;
        }

        var expiresAt = Volatile.Read(ref holder.ExpiresAt);
        if (expiresAt > now)
        {
            throw Options.Errors.CreateDuplicate(Name, unique, index.Name);
        }

        if (Interlocked.CompareExchange(ref holder.ExpiresAt, Dead, expiresAt) == expiresAt)
        {
            NoteKilledLocked(holder, expiresAt);
            UnlinkLocked(holder);
            (evicted ??= new()).Add(Evicted(holder, EvictionReason.Expired, ExpiryInstant(expiresAt)));
        }
    }

    /// <summary>Computes a new entry's indexed values and moves the indexes from the entry it replaces (if any) to it.</summary>
    private void IndexPublishLocked(Entry entry, Entry? previous)
    {
        var indexes = _indexes!;
        var values = new object?[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            values[i] = indexes[i].GetValue(entry.Value);
        }

        entry.IndexValues = values;
        for (var i = 0; i < indexes.Length; i++)
        {
            if (previous?.IndexValues is { } old)
            {
                indexes[i].Replace(previous, old[i], entry, values[i]);
            }
            else
            {
                indexes[i].Add(entry, values[i]);
            }
        }
    }

    /// <summary>Removes an entry from every index, by the values it was indexed under.</summary>
    private void IndexUnlinkLocked(Entry entry)
    {
        if (entry.IndexValues is not { } values)
        {
            return;
        }

        var indexes = _indexes!;
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i].Remove(entry, values[i]);
        }
    }

    private void IndexClearLocked()
    {
        foreach (var index in _indexes!)
        {
            index.Clear();
        }
    }

    /// <summary>Gives back the buckets the indexes grew to while the table was larger.</summary>
    private void IndexTrimLocked()
    {
        foreach (var index in _indexes!)
        {
            index.TrimExcess();
        }
    }

    /// <summary>Puts an entry back into every index under the values it was indexed with (undoing its removal).</summary>
    private void IndexRelinkLocked(Entry entry)
    {
        if (entry.IndexValues is not { } values)
        {
            return;
        }

        var indexes = _indexes!;
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i].Add(entry, values[i]);
        }
    }

    /// <summary>Moves every index from <paramref name="current"/> back to the entry it replaced (undoing a replacement).</summary>
    private void IndexReplaceBackLocked(Entry current, Entry previous)
    {
        var indexes = _indexes!;
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i].Replace(current, current.IndexValues?[i], previous, previous.IndexValues?[i]);
        }
    }

    /// <summary>
    /// The candidates an index probe narrows a query to, in insertion order: <paramref name="single"/> when one entry holds
    /// the value (no allocation, the common case for unique values), else <paramref name="many"/> (empty when none does).
    /// False when the probe names no index of this table, or when the index would hand back so much of the table that an
    /// ordered scan is cheaper than sorting: the caller then scans.
    /// </summary>
    private bool TryProbeLocked(IndexProbe probe, out Entry? single, out Candidate[]? many)
    {
        single = null;
        many = null;
        if (!probe.IsSet || IndexFor(probe) is not { } chosen)
        {
            return false;
        }

        var slot = chosen.Find(probe.Value);
        if (slot is null)
        {
            many = [];
            return true;
        }

        if (!IsHolderSet(slot))
        {
            single = Unsafe.As<Entry>(slot);
            return true;
        }

        var set = Unsafe.As<HashSet<Entry>>(slot);
        if (set.Count > 64 && (long)set.Count * 4 > _count)
        {
            return false;
        }

        // Copied into structs, not into an Entry[]: Entry is not sealed (LinkedEntry derives from it), so every store of
        // an entry into an Entry[] is a covariant store the runtime checks (a cast-cache look-up per LinkedEntry, the
        // only kind an indexed table holds). A struct array's stores are plain writes.
        many = new Candidate[set.Count];
        var count = 0;
        foreach (var holder in set)
        {
            many[count++] = new Candidate(holder);
        }

        for (var i = 1; i < many.Length; i++)
        {
            if (many[i - 1].Entry.Sequence > many[i].Entry.Sequence)
            {
                // Set order is insertion order until entries are removed; sort only when it is not.
                Array.Sort(many, static (a, b) => a.Entry.Sequence.CompareTo(b.Entry.Sequence));
                break;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an index slot (never null here) is a set of holders rather than the one <see cref="Entry"/> holding its value.
    /// An exact type comparison: a slot is an Entry (of any entry class) or a <c>HashSet&lt;Entry&gt;</c>, never a class
    /// derived from HashSet. <c>slot is Entry</c> compiles to a call into the runtime's cast helper since Entry has a
    /// subclass (the JIT's inline test only matches the exact class, and an indexed table holds LinkedEntry objects).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHolderSet(object slot) => slot.GetType() == typeof(HashSet<Entry>);

    /// <summary>One of an index probe's candidate entries (a struct, so filling an array of them has no covariant store checks).</summary>
    private readonly struct Candidate(Entry entry)
    {
        public readonly Entry Entry = entry;
    }

    /// <summary>The index a probe reads (a unique one first), or null when no index holds its property.</summary>
    private TableIndex? IndexFor(IndexProbe probe)
    {
        TableIndex? chosen = null;
        foreach (var index in _indexes ?? [])
        {
            if (string.Equals(index.Property, probe.Property, StringComparison.Ordinal) && (chosen is null || (index.Unique && !chosen.Unique)))
            {
                chosen = index;
            }
        }

        return chosen;
    }

    /// <summary>
    /// Answers a probe that at most one entry holds without taking the lock: whether that entry (if any) exists and
    /// <paramref name="predicate"/> accepts it. False when only the lock can answer: no index, a null value or several
    /// holders, an entry that can expire (its expiry is checked and swept under the lock), or a change to the map or the
    /// indexes while it looked (every such change is a multi-step change, so the version says so).
    /// </summary>
    private bool TryProbeLockFree<TState>(TState state, Func<TValue, TState, bool>? predicate, IndexProbe probe, out bool match, out TValue value)
    {
        match = false;
        value = default!;
        var version = Volatile.Read(ref _version);
        if ((version & 1) != 0 || probe.Value is null || IndexFor(probe) is not { } index)
        {
            return false;
        }

        var slot = index.FindConcurrent(probe.Value);
        if (slot is not null)
        {
            if (IsHolderSet(slot))
            {
                return false;
            }

            var entry = Unsafe.As<Entry>(slot);
            if (Volatile.Read(ref entry.ExpiresAt) != Never)
            {
                return false;
            }

            if (predicate is null || predicate(entry.Value, state))
            {
                match = true;
                value = entry.Value;
            }
        }

        // The slot and the entry were read with acquire reads, so this read comes after them.
        return Volatile.Read(ref _version) == version;
    }

    /// <summary>
    /// Checks that every index holds exactly the live-or-not-yet-swept entries of the table under their current values,
    /// and nothing else. For tests; O(entries × indexes).
    /// </summary>
    /// <returns>A description of the first inconsistency, or <see langword="null"/> when the indexes are exact.</returns>
    public string? VerifyIndexes()
    {
        if (_indexes is null)
        {
            return null;
        }

        lock (_gate)
        {
            var linked = new HashSet<Entry>();
            for (var slot = _orderStart; slot < _orderEnd; slot++)
            {
                if (_order[slot].Entry is not { } entry)
                {
                    continue;
                }

                linked.Add(entry);
                if (!ReferenceEquals(MapFind(entry.Key), entry))
                {
                    return $"entry {entry.Key} is linked but not mapped";
                }

                for (var i = 0; i < _indexes.Length; i++)
                {
                    var expected = _indexes[i].GetValue(entry.Value);
                    if (entry.IndexValues is null || (!Equals(entry.IndexValues[i], expected) && !(entry.IndexValues[i] is { } a && expected is { } b && _indexes[i].Comparer.Equals(a, b))))
                    {
                        return $"entry {entry.Key} was indexed in '{_indexes[i].Name}' under a stale value";
                    }

                    if (!_indexes[i].Contains(entry, expected))
                    {
                        return $"entry {entry.Key} is missing from index '{_indexes[i].Name}'";
                    }
                }
            }

            foreach (var index in _indexes)
            {
                if (index.Size != linked.Count)
                {
                    return $"index '{index.Name}' holds {index.Size} entries, the table {linked.Count}";
                }
            }

            return null;
        }
    }

    /// <summary>One hash index: value → the entries holding it (an entry, or a set of entries), plus the entries holding null.</summary>
    private sealed class TableIndex
    {
        private readonly IndexMap _map;
        private readonly HashSet<Entry> _nulls = new();

        public TableIndex(string name, string? property, Func<TValue, object?> getValue, IEqualityComparer<object> comparer, bool unique)
        {
            Name = name;
            Property = property;
            GetValue = getValue;
            Comparer = comparer;
            Unique = unique;
            _map = new IndexMap(comparer);
        }

        public string Name { get; }

        public string? Property { get; }

        public Func<TValue, object?> GetValue { get; }

        public IEqualityComparer<object> Comparer { get; }

        public bool Unique { get; }

        /// <summary>How many entries the index holds (live or not yet swept).</summary>
        public int Size { get; private set; }

        public void Add(Entry entry, object? value)
        {
            Size++;
            if (value is null)
            {
                _nulls.Add(entry);
                return;
            }

            var node = _map.FindNode(value);
            if (node is null)
            {
                _map.Add(value, entry);
            }
            else if (IsHolderSet(node.Slot))
            {
                Unsafe.As<HashSet<Entry>>(node.Slot).Add(entry);
            }
            else
            {
                IndexMap.SetSlot(node, new HashSet<Entry> { Unsafe.As<Entry>(node.Slot), entry });
            }
        }

        public void Remove(Entry entry, object? value)
        {
            if (value is null)
            {
                if (_nulls.Remove(entry))
                {
                    Size--;
                }

                return;
            }

            if (_map.FindNode(value) is not { } node)
            {
                return;
            }

            if (IsHolderSet(node.Slot))
            {
                var set = Unsafe.As<HashSet<Entry>>(node.Slot);
                if (set.Remove(entry))
                {
                    Size--;
                    if (set.Count == 0)
                    {
                        _map.Remove(node);
                    }
                    else if (set.Count == 1)
                    {
                        // Back to a single holder, which lock-free probes can answer.
                        foreach (var holder in set)
                        {
                            IndexMap.SetSlot(node, holder);
                        }
                    }
                }
            }
            else if (ReferenceEquals(node.Slot, entry))
            {
                Size--;
                _map.Remove(node);
            }
        }

        /// <summary>Moves an entry's place to the entry replacing it; in place when the value did not change.</summary>
        public void Replace(Entry previous, object? oldValue, Entry entry, object? newValue)
        {
            var same = oldValue is null ? newValue is null : newValue is not null && Comparer.Equals(oldValue, newValue);
            if (!same)
            {
                Remove(previous, oldValue);
                Add(entry, newValue);
                return;
            }

            if (oldValue is null)
            {
                if (_nulls.Remove(previous))
                {
                    _nulls.Add(entry);
                    return;
                }
            }
            else if (_map.FindNode(oldValue) is { } node)
            {
                if (ReferenceEquals(node.Slot, previous))
                {
                    IndexMap.SetSlot(node, entry);
                    return;
                }

                if (IsHolderSet(node.Slot) && Unsafe.As<HashSet<Entry>>(node.Slot).Remove(previous))
                {
                    Unsafe.As<HashSet<Entry>>(node.Slot).Add(entry);
                    return;
                }
            }

            // The previous entry was not indexed (it cannot happen for entries the table published): index the new one.
            Add(entry, newValue);
        }

        public void Clear()
        {
            _map.Clear();
            _nulls.Clear();
            Size = 0;
        }

        public void TrimExcess()
        {
            _map.TrimExcess();
            _nulls.TrimExcess();
        }

        /// <summary>The entries holding a value: an <see cref="Entry"/>, a set of them, or null for none (under the lock). Do not mutate the set.</summary>
        public object? Find(object? value)
        {
            if (value is null)
            {
                return _nulls.Count == 0 ? null : _nulls;
            }

            return _map.FindNode(value)?.Slot;
        }

        /// <summary>
        /// The entries holding a non-null value, read without the lock: an <see cref="Entry"/>, a set (which only the lock
        /// may read), or null. Possibly stale: the caller checks the table's version around it.
        /// </summary>
        public object? FindConcurrent(object value) => _map.FindConcurrent(value);

        /// <summary>
        /// The entries holding a (non-null) value (under the lock): false for none; else <paramref name="single"/> when one
        /// entry holds it, or a copy of the holders in <paramref name="several"/> (which the caller may unlink meanwhile).
        /// </summary>
        public bool Holders(object value, out Entry? single, out Candidate[]? several)
        {
            single = null;
            several = null;
            if (_map.FindNode(value)?.Slot is not { } slot)
            {
                return false;
            }

            if (!IsHolderSet(slot))
            {
                single = Unsafe.As<Entry>(slot);
                return true;
            }

            // Copied into structs, as TryProbeLocked does: no covariant store check per entry.
            var set = Unsafe.As<HashSet<Entry>>(slot);
            several = new Candidate[set.Count];
            var count = 0;
            foreach (var holder in set)
            {
                several[count++] = new Candidate(holder);
            }

            return true;
        }

        public bool Contains(Entry entry, object? value)
        {
            if (value is null)
            {
                return _nulls.Contains(entry);
            }

            var slot = _map.FindNode(value)?.Slot;
            return slot is not null && IsHolderSet(slot) ? Unsafe.As<HashSet<Entry>>(slot).Contains(entry) : ReferenceEquals(slot, entry);
        }
    }
}
