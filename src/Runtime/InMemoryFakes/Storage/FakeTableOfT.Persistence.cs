using System;
using System.Collections.Generic;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>Export and import of a table's whole contents, atomically with respect to concurrent writes: what persistence saves and loads.</summary>
public partial class FakeTable<TKey, TValue>
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IFakeTableVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    /// <summary>
    /// Captures every live entry (key, value, timestamps, absolute expiry, sliding window, version), in insertion order,
    /// and the generated-key sequence, under the table's lock: no write can land halfway through.
    /// </summary>
    /// <remarks>Not a read: no sliding window is renewed and recency is unchanged. Values are copies for copied values.</remarks>
    /// <returns>The table's contents.</returns>
    public TableContents<TKey, TValue> Export()
    {
        var entries = new List<TableEntry<TKey, TValue>>();
        long? sequence;
        lock (_gate)
        {
            var now = NowTicks();
            entries.Capacity = _count;
            for (var i = _orderStart; i < _orderEnd; i++)
            {
                if (_order[i].Entry is not { } entry)
                {
                    continue;
                }

                var expiresAt = Volatile.Read(ref entry.ExpiresAt);
                if (expiresAt <= now)
                {
                    continue;
                }

                entries.Add(new TableEntry<TKey, TValue>(
                    entry.Key,
                    Copier.Copy(entry.Value),
                    new DateTimeOffset(entry.CreatedAt, TimeSpan.Zero),
                    new DateTimeOffset(entry.ModifiedAt, TimeSpan.Zero),
                    expiresAt == Never ? null : new DateTimeOffset(expiresAt, TimeSpan.Zero),
                    entry.Sliding == 0 ? null : TimeSpan.FromTicks(entry.Sliding),
                    entry.Version)
                {
                    Size = entry.Size,
                });
            }

            sequence = CaptureExtra() is long position ? position : null;
        }

        return new TableContents<TKey, TValue>(entries, sequence);
    }

    /// <summary>
    /// Replaces the table's contents with <paramref name="contents"/>, atomically: entries keep their insertion order,
    /// timestamps, absolute expiry instants, sliding windows and versions; the generated-key sequence continues after
    /// both the saved position and the largest imported key. Entries whose expiry instant is not after the table's clock
    /// are dropped (their time ran out). Unique constraints and the quota are checked; on any error the table is left
    /// exactly as it was. No eviction events are raised.
    /// </summary>
    /// <param name="contents">What to load, typically from <see cref="Export"/>.</param>
    /// <returns>How many entries were loaded (those that had expired are not counted).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contents"/>, its entry list, an entry, a key or a value is null.</exception>
    /// <exception cref="ArgumentException">Two entries have equal keys, a version is below 1, a sliding window is not positive or has no expiry instant, or the entries do not fit the table's quota.</exception>
    /// <exception cref="DuplicateKeyException">Two entries hold the same value of a unique constraint (or the mapped type).</exception>
    public int Import(TableContents<TKey, TValue> contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(contents.Entries, nameof(contents));
        var seen = new HashSet<TKey>(Comparer);
        var sizes = new long[contents.Entries.Count];
        long largestKey = 0;
        for (var i = 0; i < contents.Entries.Count; i++)
        {
            var item = contents.Entries[i] ?? throw new ArgumentNullException(nameof(contents), $"{Name}: entry {i} is null.");
            if (item.Key is null)
            {
                throw new ArgumentNullException(nameof(contents), $"{Name}: the key of entry {i} is null.");
            }

            if (item.Value is null)
            {
                throw new ArgumentNullException(nameof(contents), $"{Name}: the value of entry {i} (key {FakeErrors.Describe(item.Key)}) is null.");
            }

            if (!seen.Add(item.Key))
            {
                throw new ArgumentException($"{Name}: key {FakeErrors.Describe(item.Key)} appears more than once.", nameof(contents));
            }

            if (item.Version < 1)
            {
                throw new ArgumentException($"{Name}: entry {FakeErrors.Describe(item.Key)} has version {item.Version}; versions start at 1.", nameof(contents));
            }

            if (item.SlidingWindow is { } window && (window <= TimeSpan.Zero || item.ExpiresAt is null))
            {
                throw new ArgumentException($"{Name}: entry {FakeErrors.Describe(item.Key)} has a sliding window of {window} without a positive window and an expiry instant.", nameof(contents));
            }

            largestKey = Math.Max(largestKey, item.Key switch { int k => k, long k => k, _ => 0 });
            sizes[i] = _measures ? Measure(item.Value) : 0;
        }

        var imported = 0;
        lock (_gate)
        {
            // Readers without the lock see the old contents or the new, never a table half imported.
            BeginMultiStepLocked();
            var previous = CaptureState();
            try
            {
                ClearLocked();
                var now = NowTicks();
                List<EntryEvictedEventArgs>? evicted = null;
                for (var i = 0; i < contents.Entries.Count; i++)
                {
                    var item = contents.Entries[i];
                    var expiresAt = item.ExpiresAt?.UtcTicks ?? Never;
                    if (expiresAt <= now)
                    {
                        continue;
                    }

                    if (_indexes is not null)
                    {
                        CheckUniqueLocked(item.Key, item.Value, now, ref evicted);
                    }

                    var entry = NewEntry(item.Key, item.Value, expiresAt, item.SlidingWindow?.Ticks ?? 0, sizes[i], item.Version,
                        item.CreatedAt.UtcTicks, item.LastModified.UtcTicks, ++_sequence, Never);
                    PublishLocked(entry, previous: null, now);
                    imported++;
                }

                if ((_quota.MaxEntries > 0 && _count > _quota.MaxEntries) || (_quota.MaxBytes > 0 && _bytes > _quota.MaxBytes))
                {
                    throw new ArgumentException($"{Name}: the entries do not fit the table's quota ({_quota.Describe(_count, _bytes)}).", nameof(contents));
                }

                RestoreExtra(Math.Max(contents.KeySequence ?? 0, largestKey));
            }
            catch
            {
                RestoreState(previous);
                throw;
            }
            finally
            {
                EndMultiStepLocked();
            }
        }

        return imported;
    }
}
