using System;
using System.Collections.Generic;
using System.Threading;

namespace InMemoryFakes.Support;

public partial class FakeTable<TKey, TValue>
{
    /// <summary>
    /// A secondary index's hash map from a (non-null) indexed value to its slot: the one entry holding the value, or a set
    /// of the entries holding it. Written only under the table's lock; <see cref="FindConcurrent"/> reads it without.
    /// </summary>
    /// <remarks>
    /// Built like the table's own map so that a reader without the lock never fails or loops, whatever a writer does
    /// meanwhile: nodes are published with a release store, an unlinked node keeps its chain link (a reader standing on it
    /// walks on), and a resize links copies of the nodes into a new bucket array, leaving the old array and its chains as
    /// they were. What such a reader finds may be stale; the table makes every index change a multi-step change, so the
    /// reader's version check (<see cref="TryProbeLockFree"/>) throws a stale answer away.
    /// </remarks>
    private sealed class IndexMap
    {
        private const int FirstBuckets = 4;

        private readonly IEqualityComparer<object> _comparer;

        // Under the default comparer strings compare ordinally, and are hashed with OrdinalHash (as the table's own map
        // hashes string keys) instead of the randomized string hash. A string equals no other type under that comparer.
        private readonly bool _ordinalStrings;
        private Node?[] _buckets = new Node?[FirstBuckets];

        public IndexMap(IEqualityComparer<object> comparer)
        {
            _comparer = comparer;
            _ordinalStrings = ReferenceEquals(comparer, EqualityComparer<object>.Default);
        }

        public int Count { get; private set; }

        /// <summary>The slot holding a value, or null. Safe without the lock; ends with an acquire read.</summary>
        public object? FindConcurrent(object value)
        {
            var buckets = Volatile.Read(ref _buckets);
            var hash = HashOf(value);
            var node = Volatile.Read(ref buckets[BucketOf(hash, buckets.Length)]);
            while (node is not null)
            {
                if (node.Hash == hash && EqualValues(node.Value, value))
                {
                    return Volatile.Read(ref node.Slot);
                }

                node = Volatile.Read(ref node.Chain);
            }

            return null;
        }

        /// <summary>The node of a value, or null (under the lock).</summary>
        public Node? FindNode(object value)
        {
            var hash = HashOf(value);
            for (var node = _buckets[BucketOf(hash, _buckets.Length)]; node is not null; node = node.Chain)
            {
                if (node.Hash == hash && EqualValues(node.Value, value))
                {
                    return node;
                }
            }

            return null;
        }

        /// <summary>Adds a value that has no node yet, with its first slot (under the lock).</summary>
        public void Add(object value, object slot)
        {
            if (Count >= _buckets.Length)
            {
                Resize(_buckets.Length * 2);
            }

            var node = new Node(HashOf(value), value, slot);
            ref var bucket = ref _buckets[BucketOf(node.Hash, _buckets.Length)];
            node.Chain = bucket;
            Volatile.Write(ref bucket, node);
            Count++;
        }

        /// <summary>Replaces a node's slot (under the lock), publishing the new slot's contents with it.</summary>
        public static void SetSlot(Node node, object slot) => Volatile.Write(ref node.Slot, slot);

        /// <summary>Unlinks a node (under the lock); its own chain link stays, for a reader standing on it.</summary>
        public void Remove(Node node)
        {
            ref var link = ref _buckets[BucketOf(node.Hash, _buckets.Length)];
            while (!ReferenceEquals(link, node))
            {
                if (link is null)
                {
                    return;
                }

                link = ref link.Chain;
            }

            Volatile.Write(ref link, node.Chain);
            Count--;
        }

        public void Clear()
        {
            Volatile.Write(ref _buckets, new Node?[FirstBuckets]);
            Count = 0;
        }

        /// <summary>Gives back buckets the map grew to while it held more values.</summary>
        public void TrimExcess()
        {
            var length = FirstBuckets;
            while (length < Count)
            {
                length *= 2;
            }

            if (length < _buckets.Length)
            {
                Resize(length);
            }
        }

        private void Resize(int length)
        {
            // Copies of the nodes, so that the old array and its chains stay whole for a reader still on them.
            var buckets = new Node?[length];
            foreach (var head in _buckets)
            {
                for (var node = head; node is not null; node = node.Chain)
                {
                    ref var bucket = ref buckets[BucketOf(node.Hash, length)];
                    bucket = new Node(node.Hash, node.Value, node.Slot) { Chain = bucket };
                }
            }

            Volatile.Write(ref _buckets, buckets);
        }

        private int HashOf(object value) => _ordinalStrings && value is string text ? OrdinalHash(text) : _comparer.GetHashCode(value);

        private bool EqualValues(object stored, object value)
            => _ordinalStrings && stored is string left && value is string right ? string.Equals(left, right, StringComparison.Ordinal) : _comparer.Equals(stored, value);

        public sealed class Node(int hash, object value, object slot)
        {
            public readonly int Hash = hash;

            public readonly object Value = value;

            // An Entry, or a HashSet<Entry> that only writers under the lock read or change.
            public object Slot = slot;

            public Node? Chain;
        }
    }
}
