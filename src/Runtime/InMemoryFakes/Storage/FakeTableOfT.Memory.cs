using System;

namespace InMemoryFakes.Support;

/// <summary>
/// Giving memory back. The key map's buckets, the insertion order's slots, a <see cref="System.Collections.Generic.PriorityQueue{TElement, TPriority}"/>
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
        CompactOrderIfSparseLocked();
        if (_peak < ShrinkThreshold || _count > _peak / 4 || _undo is not null)
        {
            return;
        }

        // A lock-free reader that started on the old map retries under the lock.
        BeginMultiStepLocked();
        try
        {
            // Fewer buckets (a resize is itself a multi-step change; it nests in this one), and no holes in the order.
            ResizeMapLocked((int)Math.Min(int.MaxValue / 2, Math.Max(_count, 1) * 2L));
            CompactOrderLocked();
            if (_order.Length > 2 * _orderEnd + 16)
            {
                Array.Resize(ref _order, Math.Max(16, 2 * _orderEnd));
            }

            CompactExpiryLocked();
            _expiry?.TrimExcess();
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
