using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>
/// What keeps multi-step changes whole for every reader: a version that lock-free readers check (a sequence lock), and
/// the undo log behind <see cref="AllOrNothing{TResult}(Func{TResult})"/>.
/// </summary>
/// <remarks>
/// <para><b>Readers.</b> Key reads do not take the table's lock. A change made of several steps (a range, a restore, a
/// reset, a write that evicts, an <see cref="Atomically{TResult}(Func{TResult})"/> section) makes the version odd
/// before its first step and even again after its last. A lock-free read notes the version before it looks and checks it
/// after; when a multi-step change was running or ran meanwhile, it reads again under the lock, where it sees the change
/// whole. So no reader ever sees a change half done.</para>
/// <para><b>Writers.</b> <see cref="AllOrNothing{TResult}(Func{TResult})"/> records how to undo every step it takes
/// (entries published, replaced, unlinked or expired, recency moves, sliding renewals, events, key sequences). When the
/// work throws, the steps are undone in reverse order, which puts every list and index back in its exact former order,
/// and the events it would have raised are dropped: the table is as if the work never ran.</para>
/// </remarks>
public partial class FakeTable<TKey, TValue>
{
    // Even: no multi-step change is running. Odd: one is; lock-free readers go through the lock instead.
    private int _version;

    // How deeply multi-step sections are nested (under the lock); the version changes only at the outermost.
    private int _multiStepDepth;

    // The open all-or-nothing section's undo log, or null; only touched under the lock.
    private List<UndoStep>? _undo;

    private enum UndoKind : byte
    {
        Published,
        Replaced,
        Unlinked,
        Killed,
        Used,
        Renewed,
    }

    /// <summary>
    /// Runs <paramref name="work"/> under the table's lock as one all-or-nothing step: if it throws, every change it made
    /// to the table is undone (entries, insertion and recency order, expiry, indexes, generated-key sequences) and the
    /// <see cref="FakeTable.EntryEvicted"/> events it would have raised are dropped; then the exception propagates. If it
    /// returns, its events are raised once the lock is released. Lock-free readers see none of the work until it returns,
    /// and nothing of it when it throws.
    /// </summary>
    /// <remarks>
    /// <para>This is the one mechanism behind range operations (<c>AddRange</c>, <c>UpdateRange</c>, <c>UpsertRange</c>,
    /// <c>RemoveRange</c>): it costs a small log entry per change, never a copy of the table.</para>
    /// <para>Sections nest: an inner section that throws undoes its own changes only. <see cref="FakeTable.Clear"/>,
    /// <see cref="FakeTable.Reset"/> and restoring a snapshot cannot be undone and are refused inside a section.</para>
    /// </remarks>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="work">The changes, made through the table's own operations. Keep it short; never block or await in it.</param>
    /// <returns>The work's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="work"/> is null.</exception>
    public TResult AllOrNothing<TResult>(Func<TResult> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            lock (_gate)
            {
                BeginMultiStepLocked();
                var outermost = _undo is null;
                var log = _undo ??= new List<UndoStep>();
                var mark = log.Count;
                var sequence = _sequence;
                var deferred = _deferred?.Count ?? 0;
                var extra = CaptureExtra();
                try
                {
                    var result = work();
                    if (outermost)
                    {
                        // The removals of the whole section, judged together (a parent and its children in one range).
                        CheckSectionLocked();
                    }

                    return result;
                }
                catch
                {
                    RollBackLocked(mark, sequence, deferred, extra);
                    throw;
                }
                finally
                {
                    if (outermost)
                    {
                        _undo = null;
                        EndSectionLocked();
                    }

                    EndMultiStepLocked();
                }
            }
        }
        finally
        {
            if (!Monitor.IsEntered(_gate))
            {
                RaiseDeferred();
            }
        }
    }

    /// <summary>Restarts generated-key sequences; called under the lock by <see cref="Reset"/>, together with the clear.</summary>
    private protected virtual void ResetSequencesLocked()
    {
    }

    /// <summary>Starts (or nests in) a multi-step change: from the outermost start until its end, lock-free readers use the lock.</summary>
    private void BeginMultiStepLocked()
    {
        if (_multiStepDepth++ == 0)
        {
            // A full fence: the odd version is visible before any step of the change.
            Interlocked.Increment(ref _version);
        }
    }

    /// <summary>Ends a multi-step change; at the outermost end the version is even again, published after every step.</summary>
    private void EndMultiStepLocked()
    {
        if (--_multiStepDepth == 0)
        {
            // A release store is enough here (only writers, under the lock, change the version): every step is visible
            // before the even version is.
            Volatile.Write(ref _version, _version + 1);
        }
    }

    /// <summary>
    /// Finds the live entry for a key: without the lock when no multi-step change runs meanwhile, else under the lock.
    /// </summary>
    /// <param name="key">The key (not null).</param>
    /// <param name="renew">Whether this is a use that renews a sliding window.</param>
    /// <param name="entry">The live entry.</param>
    /// <returns><see langword="true"/> when a live entry exists.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetLive(TKey key, bool renew, out Entry entry)
    {
        var version = Volatile.Read(ref _version);
        if ((version & 1) == 0)
        {
            // Every path through the lookup ends with a volatile (acquire) read, so the version is read again after it.
            var found = (entry = MapFind(key)!) is not null && (renew ? IsLive(entry) : IsUnexpired(entry));
            if (Volatile.Read(ref _version) == version)
            {
                return found;
            }
        }

        return TryGetLiveLocked(key, renew, out entry);
    }

    /// <summary>The read of <see cref="TryGetLive"/> under the lock, where a multi-step change is whole.</summary>
    private bool TryGetLiveLocked(TKey key, bool renew, out Entry entry)
    {
        lock (_gate)
        {
            return (entry = MapFind(key)!) is not null && (renew ? IsLive(entry) : IsUnexpired(entry));
        }
    }

    /// <summary>Whether an entry has not expired, without renewing it.</summary>
    private bool IsUnexpired(Entry entry)
    {
        // An entry that never expires needs no clock read (the clock is the costliest part of a peek), nor does one whose
        // expiry is certainly still ahead of the system clock (SystemClockBound).
        var expiresAt = Volatile.Read(ref entry.ExpiresAt);
        return expiresAt == Never || (_systemClock && SystemClockBound.IsCertainlyBefore(expiresAt)) || expiresAt > NowTicks();
    }

    /// <summary>The instant an entry expired at, for <see cref="EntryEvictedEventArgs.At"/>.</summary>
    private static DateTimeOffset ExpiryInstant(long expiresAt) => new(Math.Min(expiresAt, Expiration.MaxInstant), TimeSpan.Zero);

    private void RefuseInsideAllOrNothingLocked(string operation)
    {
        if (_undo is not null)
        {
            throw new InvalidOperationException($"{Name}: {operation} cannot run inside AllOrNothing, because it cannot be undone.");
        }
    }

    private void NotePublishedLocked(Entry entry, Entry? previous)
    {
        if (_undo is null)
        {
            return;
        }

        _undo.Add(previous is null
            ? new UndoStep(UndoKind.Published, entry)
            : new UndoStep(UndoKind.Replaced, entry, previous, lruPrev: previous.LruPrev, lruNext: previous.LruNext));
    }

    private void NoteUnlinkedLocked(Entry entry)
        => _undo?.Add(new UndoStep(UndoKind.Unlinked, entry, lruPrev: entry.LruPrev, lruNext: entry.LruNext));

    /// <summary>Notes that an entry was marked dead (expired or evicted) from <paramref name="expiresAt"/>; call before unlinking it.</summary>
    private void NoteKilledLocked(Entry entry, long expiresAt)
        => _undo?.Add(new UndoStep(UndoKind.Killed, entry, ticks: expiresAt));

    /// <summary>Notes a recency move; call before the entry moves to the most recently used end.</summary>
    private void NoteUsedLocked(Entry entry)
        => _undo?.Add(new UndoStep(UndoKind.Used, entry, lruPrev: entry.LruPrev, lruNext: entry.LruNext));

    /// <summary>Notes a sliding renewal made by the thread that runs an all-or-nothing section (other threads cannot read meanwhile without the lock).</summary>
    private void NoteRenewed(Entry entry, long from, long to)
    {
        if (_undo is not null && Monitor.IsEntered(_gate))
        {
            _undo.Add(new UndoStep(UndoKind.Renewed, entry, ticks: from, ticks2: to));
        }
    }

    /// <summary>Undoes the steps logged after <paramref name="mark"/>, newest first, so every neighbour is where it was.</summary>
    private void RollBackLocked(int mark, long sequence, int deferred, object? extra)
    {
        var log = _undo!;
        _undo = null;
        try
        {
            var now = NowTicks();
            for (var i = log.Count - 1; i >= mark; i--)
            {
                var step = log[i];
                var entry = step.Entry;
                switch (step.Kind)
                {
                    case UndoKind.Published:
                        Interlocked.Exchange(ref entry.ExpiresAt, Dead);
                        UnlinkLocked(entry);
                        break;
                    case UndoKind.Replaced:
                        PutBackLocked(entry, step.Other!, step.LruPrev, step.LruNext, now);
                        break;
                    case UndoKind.Unlinked:
                        RelinkLocked(entry, step.LruPrev, step.LruNext, now);
                        break;
                    case UndoKind.Killed:
                        Volatile.Write(ref entry.ExpiresAt, step.Ticks);
                        TrackExpiryLocked(entry, now);
                        break;
                    case UndoKind.Used:
                        if (_tracksRecency)
                        {
                            RemoveFromRecency(entry);
                            InsertIntoRecency(entry, step.LruPrev, step.LruNext);
                        }

                        break;
                    case UndoKind.Renewed:
                        Interlocked.CompareExchange(ref entry.ExpiresAt, step.Ticks, step.Ticks2);
                        break;
                }
            }

            log.RemoveRange(mark, log.Count - mark);
            _sequence = sequence;
            RestoreExtra(extra);
            if (_deferred is { } events && events.Count > deferred)
            {
                events.RemoveRange(deferred, events.Count - deferred);
            }
        }
        finally
        {
            _undo = log;
        }
    }

    /// <summary>Undoes a replacement: <paramref name="previous"/> takes back the place <paramref name="current"/> took from it.</summary>
    private void PutBackLocked(Entry current, Entry previous, Entry? lruPrev, Entry? lruNext, long now)
    {
        Interlocked.Exchange(ref current.ExpiresAt, Dead);
        if (_indexes is not null)
        {
            IndexReplaceBackLocked(current, previous);
        }

        MapReplaceLocked(current, previous);
        OrderReplaceLocked(current, previous);
        _bytes += previous.Size - current.Size;
        if (_tracksRecency)
        {
            RemoveFromRecency(current);
            InsertIntoRecency(previous, lruPrev, lruNext);
        }

        TrackExpiryLocked(previous, now);
    }

    /// <summary>Undoes an unlink: the entry goes back into its slot of the insertion order, and between the recency neighbours it had.</summary>
    private void RelinkLocked(Entry entry, Entry? lruPrev, Entry? lruNext, long now)
    {
        if (_indexes is not null)
        {
            IndexRelinkLocked(entry);
        }

        MapAddLocked(entry);
        OrderRestoreLocked(entry);
        _count++;
        _bytes += entry.Size;
        if (_tracksRecency)
        {
            InsertIntoRecency(entry, lruPrev, lruNext);
        }

        TrackExpiryLocked(entry, now);
    }

    /// <summary>Makes sure the expiry heap holds an entry that expires (a spare node for it is skipped when swept).</summary>
    private void TrackExpiryLocked(Entry entry, long now)
    {
        var expiresAt = Volatile.Read(ref entry.ExpiresAt);
        if (expiresAt != Never && expiresAt != Dead)
        {
            EnqueueExpiryLocked(entry, expiresAt, now);
        }
    }

    private void InsertIntoRecency(Entry entry, Entry? prev, Entry? next)
    {
        entry.LruPrev = prev;
        entry.LruNext = next;
        if (prev is null)
        {
            _lruHead = entry;
        }
        else
        {
            prev.LruNext = entry;
        }

        if (next is null)
        {
            _lruTail = entry;
        }
        else
        {
            next.LruPrev = entry;
        }
    }

    /// <summary>One change an all-or-nothing section made, with what it takes to undo it.</summary>
    private readonly struct UndoStep
    {
        internal UndoStep(UndoKind kind, Entry entry, Entry? other = null, Entry? lruPrev = null, Entry? lruNext = null, long ticks = 0, long ticks2 = 0)
        {
            Kind = kind;
            Entry = entry;
            Other = other;
            LruPrev = lruPrev;
            LruNext = lruNext;
            Ticks = ticks;
            Ticks2 = ticks2;
        }

        internal UndoKind Kind { get; }

        internal Entry Entry { get; }

        // Replaced: the entry that was replaced.
        internal Entry? Other { get; }

        internal Entry? LruPrev { get; }

        internal Entry? LruNext { get; }

        // Killed: the expiry before the entry was marked dead. Renewed: the expiry before the renewal.
        internal long Ticks { get; }

        // Renewed: the expiry the renewal set.
        internal long Ticks2 { get; }
    }
}
