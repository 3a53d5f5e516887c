using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>
/// The table's two structures over its entries: a hash map from key to entry that lock-free readers search, and the
/// insertion order (an array of slots) that scans walk.
/// </summary>
/// <remarks>
/// <para><b>The map</b> is written only under the table's lock and read without it. Entries are their own chain nodes
/// (<see cref="Entry.Chain"/>), so a read is one bucket load and one entry per probe, and a write allocates nothing but
/// its entry. A write publishes with a release store, and never changes the chain link of an entry it unlinks, so a
/// reader standing on an unlinked (or replaced) entry walks on to the rest of the chain: it finds the key's old or new
/// entry, as a linearizable read may. Chains never form a cycle: a link is only set on an entry that is not (or not yet)
/// in the map, to entries that are. Resizing rewrites links, so it runs as a multi-step change: a reader that overlaps
/// it fails its version check and reads again under the lock (the rewrite moves each entry once, into chains of moved
/// entries only, so even that reader's walk ends).</para>
/// <para><b>The insertion order</b> is an array of slots (entry and value side by side), so a scan reads memory in
/// order rather than chasing a linked list. Overwriting a key keeps its slot; removing leaves a hole, and the array is
/// compacted (outside all-or-nothing sections, whose undo puts entries back in their slots) once holes outnumber live
/// entries.</para>
/// </remarks>
public partial class FakeTable<TKey, TValue>
{
    private const int InitialBuckets = 16;

    // A new table starts smaller: a test's table holds a handful of entries, and is built again for every test. The map
    // grows to InitialBuckets on its fifth entry.
    private const int FirstBuckets = 4;

    // Null for value-type keys that compare with EqualityComparer<TKey>.Default (which the JIT devirtualizes).
    private readonly IEqualityComparer<TKey>? _keyComparer;
    private Bucket[] _buckets = new Bucket[FirstBuckets];
    private int _mapCount;

    private OrderSlot[] _order = [];

    // Live slots are in [_orderStart, _orderEnd); _holes counts the empty ones in that range.
    private int _orderStart;
    private int _orderEnd;
    private int _holes;

    // String keys compared ordinally (the default): hashed with OrdinalHash rather than the randomized string hash.
    private readonly bool _ordinalStrings;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int HashOf(TKey key)
    {
        if (_keyComparer is null)
        {
            return EqualityComparer<TKey>.Default.GetHashCode(key!);
        }

        return !typeof(TKey).IsValueType && _ordinalStrings ? OrdinalHash(Unsafe.As<string>(key)) : _keyComparer.GetHashCode(key!);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool KeysEqual(TKey a, TKey b)
    {
        if (_keyComparer is null)
        {
            return EqualityComparer<TKey>.Default.Equals(a, b);
        }

        return !typeof(TKey).IsValueType && _ordinalStrings ? string.Equals(Unsafe.As<string>(a), Unsafe.As<string>(b), StringComparison.Ordinal) : _keyComparer.Equals(a, b);
    }

    /// <summary>
    /// A fast hash of a string's UTF-16 code units, two at a time in two lanes (the scheme .NET's own dictionaries use for
    /// string keys until they see many collisions). Not randomized: keys crafted to collide would lengthen chains (slower,
    /// never wrong), which a store that tests fill with their own keys does not need to defend against. About half the
    /// cost of <see cref="string.GetHashCode()"/> for the short keys caches use.
    /// </summary>
    private static int OrdinalHash(string text)
    {
        var chars = text.AsSpan();
        var pairs = MemoryMarshal.Cast<char, uint>(chars);
        uint first = (5381 << 16) + 5381;
        var second = first;
        var i = 0;
        for (; i + 1 < pairs.Length; i += 2)
        {
            first = (BitOperations.RotateLeft(first, 5) + first) ^ pairs[i];
            second = (BitOperations.RotateLeft(second, 5) + second) ^ pairs[i + 1];
        }

        if (i < pairs.Length)
        {
            first = (BitOperations.RotateLeft(first, 5) + first) ^ pairs[i];
        }

        if ((chars.Length & 1) != 0)
        {
            second = (BitOperations.RotateLeft(second, 5) + second) ^ chars[^1];
        }

        return (int)(first + (second * 1_566_083_941));
    }

    // Fibonacci hashing spreads keys with patterned low bits (1, 2, 3…, multiples of a power of two); the multiply-shift
    // maps the mixed hash onto any length without a division.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BucketOf(int hash, int length) => (int)(((ulong)((uint)hash * 0x9E3779B9u) * (uint)length) >> 32);

    /// <summary>The entry mapped to a key (live or not yet swept), or null. Lock-free; ends with an acquire read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Entry? MapFind(TKey key)
    {
        var buckets = Volatile.Read(ref _buckets);
        var hash = HashOf(key);
        var entry = Volatile.Read(ref buckets[BucketOf(hash, buckets.Length)].Head);
        while (entry is not null)
        {
            if (entry.Hash == hash && KeysEqual(entry.Key, key))
            {
                return entry;
            }

            entry = Volatile.Read(ref entry.Chain);
        }

        return null;
    }

    /// <summary>
    /// <see cref="MapFind"/> for a value-type key of a table whose <see cref="_keyComparer"/> is null (the default
    /// comparer, which the JIT devirtualizes): the same buckets, hashes and chain, with no comparer call in the code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Entry? MapFindByDefaultComparer(TKey key)
    {
        var buckets = Volatile.Read(ref _buckets);
        var hash = EqualityComparer<TKey>.Default.GetHashCode(key!);
        var entry = Volatile.Read(ref buckets[BucketOf(hash, buckets.Length)].Head);
        while (entry is not null)
        {
            if (entry.Hash == hash && EqualityComparer<TKey>.Default.Equals(entry.Key, key))
            {
                return entry;
            }

            entry = Volatile.Read(ref entry.Chain);
        }

        return null;
    }

    /// <summary>Maps an entry whose key is not mapped (under the lock).</summary>
    private void MapAddLocked(Entry entry)
    {
        if (_mapCount >= _buckets.Length)
        {
            ResizeMapLocked(_buckets.Length * 2);
        }

        var buckets = _buckets;
        entry.Hash = HashOf(entry.Key);
        ref var bucket = ref buckets[BucketOf(entry.Hash, buckets.Length)].Head;
        entry.Chain = bucket;
        Volatile.Write(ref bucket, entry);
        _mapCount++;
    }

    /// <summary>Maps <paramref name="entry"/> in place of <paramref name="previous"/>, the entry its key maps to (under the lock).</summary>
    private void MapReplaceLocked(Entry previous, Entry entry)
    {
        var buckets = _buckets;
        entry.Hash = previous.Hash;
        entry.Chain = previous.Chain;
        ref var link = ref buckets[BucketOf(previous.Hash, buckets.Length)].Head;
        while (!ReferenceEquals(link, previous))
        {
            link = ref link!.Chain;
        }

        Volatile.Write(ref link, entry);
    }

    /// <summary>Maps an entry, replacing whatever its key maps to (under the lock).</summary>
    private void MapPutLocked(Entry entry)
    {
        if (MapFind(entry.Key) is { } previous)
        {
            if (!ReferenceEquals(previous, entry))
            {
                MapReplaceLocked(previous, entry);
            }
        }
        else
        {
            MapAddLocked(entry);
        }
    }

    /// <summary>Unmaps this entry if its key maps to it (under the lock). Its own chain link is left as it is, for readers standing on it.</summary>
    private void MapRemoveLocked(Entry entry)
    {
        var buckets = _buckets;
        ref var link = ref buckets[BucketOf(entry.Hash, buckets.Length)].Head;
        while (link is not null)
        {
            if (ReferenceEquals(link, entry))
            {
                Volatile.Write(ref link, entry.Chain);
                _mapCount--;
                return;
            }

            link = ref link.Chain;
        }
    }

    /// <summary>Rebuilds the map with another number of buckets, as a multi-step change (see the remarks).</summary>
    private void ResizeMapLocked(int length)
    {
        length = Math.Max(length, InitialBuckets);
        BeginMultiStepLocked();
        try
        {
            var old = _buckets;
            var buckets = new Bucket[length];
            foreach (var head in old)
            {
                for (var entry = head.Head; entry is not null;)
                {
                    var next = entry.Chain;
                    ref var bucket = ref buckets[BucketOf(entry.Hash, length)].Head;
                    Volatile.Write(ref entry.Chain, bucket);
                    bucket = entry;
                    entry = next;
                }
            }

            Volatile.Write(ref _buckets, buckets);
        }
        finally
        {
            EndMultiStepLocked();
        }
    }

    /// <summary>An empty map (under the lock, inside a multi-step change).</summary>
    private void MapClearLocked(bool release)
    {
        Volatile.Write(ref _buckets, release ? new Bucket[InitialBuckets] : new Bucket[_buckets.Length]);
        _mapCount = 0;
    }

    /// <summary>Puts a new entry at the end of the insertion order.</summary>
    private void OrderAppendLocked(Entry entry)
    {
        if (_orderEnd == _order.Length)
        {
            if (_undo is null && _count < _order.Length / 2)
            {
                CompactOrderLocked();
            }
            else
            {
                // From 4 slots: a test's table holds a handful of entries, and is built again for every test.
                Array.Resize(ref _order, Math.Max(4, _order.Length * 2));
            }
        }

        entry.Slot = _orderEnd;
        _order[_orderEnd++] = new OrderSlot(entry);
    }

    /// <summary><paramref name="entry"/> takes the place of <paramref name="previous"/> in the insertion order.</summary>
    private void OrderReplaceLocked(Entry previous, Entry entry)
    {
        entry.Slot = previous.Slot;
        _order[entry.Slot] = new OrderSlot(entry);
    }

    /// <summary>Leaves a hole where the entry was; its <see cref="Entry.Slot"/> is kept, so an undo can put it back there.</summary>
    private void OrderRemoveLocked(Entry entry)
    {
        var slot = entry.Slot;
        _order[slot] = default;
        if (slot == _orderStart)
        {
            _orderStart++;
            while (_orderStart < _orderEnd && _order[_orderStart].Entry is null)
            {
                _orderStart++;
                _holes--;
            }
        }
        else
        {
            _holes++;
        }
    }

    /// <summary>Puts an unlinked entry back in its slot (undo).</summary>
    private void OrderRestoreLocked(Entry entry)
    {
        var slot = entry.Slot;
        if (slot < _orderStart)
        {
            _holes += _orderStart - slot - 1;
            _orderStart = slot;
        }
        else
        {
            _holes--;
        }

        _order[slot] = new OrderSlot(entry);
    }

    /// <summary>Closes the holes once they outnumber live entries (never inside an all-or-nothing section).</summary>
    private void CompactOrderIfSparseLocked()
    {
        if (_undo is null && _holes > 64 && _holes > _count)
        {
            CompactOrderLocked();
        }
    }

    private void CompactOrderLocked()
    {
        var to = 0;
        for (var from = _orderStart; from < _orderEnd; from++)
        {
            var slot = _order[from];
            if (slot.Entry is null)
            {
                continue;
            }

            slot.Entry.Slot = to;
            _order[to++] = slot;
        }

        Array.Clear(_order, to, _order.Length - to);
        _orderStart = 0;
        _orderEnd = to;
        _holes = 0;
    }

    private void OrderClearLocked(bool release)
    {
        if (release)
        {
            _order = [];
        }
        else
        {
            Array.Clear(_order);
        }

        _orderStart = _orderEnd = _holes = 0;
    }

    /// <summary>
    /// One hash bucket: the head of its chain. A struct, not an <c>Entry?[]</c> of heads: <see cref="Entry"/> is not sealed
    /// (<see cref="LinkedEntry"/> derives from it), so taking a writable reference to an element of an <c>Entry?[]</c>
    /// (<c>ref buckets[i]</c>, as every add, replace, remove and resize does) makes the runtime check that the array is
    /// exactly an <c>Entry?[]</c>: a call to <c>CORINFO_HELP_LDELEMA_REF</c> in the table's shared generic code (the JIT's
    /// code, docs/benchmarks.md). The reference to a struct element is plain arithmetic. Same memory: one reference per bucket.
    /// </summary>
    private struct Bucket
    {
        internal Entry? Head;
    }

    /// <summary>One place in the insertion order: the entry, and its value beside it so scans read the values in order.</summary>
    private readonly struct OrderSlot
    {
        internal OrderSlot(Entry entry)
        {
            Entry = entry;
            Value = entry.Value;
        }

        internal Entry? Entry { get; }

        internal TValue Value { get; }
    }
}
