using System.Collections.Concurrent;

namespace InMemoryFakes.Support;

/// <summary>
/// Giving memory back. A <see cref="ConcurrentDictionary{TKey, TValue}"/>, a <see cref="System.Collections.Generic.PriorityQueue{TElement, TPriority}"/>
/// and the index dictionaries keep the capacity they once grew to: after a million short-lived keys expire, the table would
/// hold tens of megabytes of empty buckets forever. So once the table has shrunk to a quarter of its peak, the key map is
/// rebuilt at its new size and the expiry heap and indexes are trimmed. The rebuild costs O(live entries), paid for by the
/// three quarters of the peak that were removed since the last one, so it adds O(1) per removal.
/// </summary>
public partial class FakeTable<TKey, TValue>
{
    // Below this many entries the structures are small anyway: not worth rebuilding.
    private const int ShrinkThreshold = 1024;

    // The most live entries since the last rebuild.
    private int _peak;

    private void NoteGrowthLocked()
    {
        if (_count > _peak)
        {
            _peak = _count;
        }
    }

    /// <summary>Rebuilds the key map and trims the expiry heap and indexes once the table holds a quarter of its peak or less.</summary>
    private void ShrinkIfSparseLocked()
    {
        if (_peak < ShrinkThreshold || _count > _peak / 4 || _undo is not null)
        {
            return;
        }

        // A lock-free reader that started on the old map retries under the lock.
        BeginMultiStepLocked();
        try
        {
            // A new map: ConcurrentDictionary never shrinks its buckets, not even on Clear once every key was removed.
            var map = new ConcurrentDictionary<TKey, Entry>(Comparer);
            for (var entry = _head; entry is not null; entry = entry.Next)
            {
                map[entry.Key] = entry;
            }

            _map = map;

            CompactExpiryLocked();
            _expiry.TrimExcess();
            if (_indexes is not null)
            {
                IndexTrimLocked();
            }
        }
        finally
        {
            EndMultiStepLocked();
        }

        _peak = _count;
    }
}
