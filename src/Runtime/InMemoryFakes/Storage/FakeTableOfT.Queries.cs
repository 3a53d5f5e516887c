using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>
/// Query primitives: filter (optionally starting from an index probe) under the table's lock, then order, distinct,
/// limit and page outside it, and copy the results. Generated derived queries and predicate methods call these through
/// <see cref="EntityTable{TKey, TEntity}"/>.
/// </summary>
public partial class FakeTable<TKey, TValue>
{
    /// <summary>
    /// The stored values (not copies) of live entries that <paramref name="predicate"/> accepts, in insertion order,
    /// ordered, made distinct, limited and paged; <paramref name="total"/> is the count before paging.
    /// </summary>
    private protected List<TValue> Select<TState>(
        TState state,
        Func<TValue, TState, bool>? predicate,
        IndexProbe probe,
        IComparer<TValue>? order,
        bool distinct,
        int limit,
        PageRequest? page,
        bool needTotal,
        out int total)
    {
        if (limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "A query's limit (Top/First) must be at least 1.");
        }

        // Without ordering or distinct, the scan can stop as soon as it has everything the result (and its total) needs.
        var stopAfter = int.MaxValue;
        if (order is null && !distinct)
        {
            stopAfter = needTotal || page is null ? limit : (int)Math.Min(limit, (long)page.Skip + page.Take);
        }

        var matches = new List<TValue>();
        lock (_gate)
        {
            MatchLocked(state, predicate, probe, QueryNowLocked(), stopAfter, matches, null);
        }

        if (order is not null && matches.Count > 1)
        {
            // OrderBy is a stable sort: ties keep insertion order.
            matches = matches.OrderBy(static value => value, order).ToList();
        }

        if (distinct && matches.Count > 1)
        {
            var seen = new HashSet<TValue>();
            matches.RemoveAll(value => !seen.Add(value));
        }

        if (matches.Count > limit)
        {
            matches.RemoveRange(limit, matches.Count - limit);
        }

        total = matches.Count;
        if (page is not null)
        {
            var skip = Math.Min(page.Skip, matches.Count);
            var take = Math.Min(page.Take, matches.Count - skip);
            matches = matches.GetRange(skip, take);
        }

        return matches;
    }

    /// <summary>The stored value of the first live entry that matches in insertion order (no ordering), without building a list.</summary>
    private protected bool FirstMatch<TState>(TState state, Func<TValue, TState, bool>? predicate, IndexProbe probe, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
        => FirstMatches(state, predicate, probe, 1, out value) > 0;

    /// <summary>
    /// The first live entry that matches in insertion order, and whether a second one does too: 0, 1, or 2 for "several"
    /// (the scan stops at the second).
    /// </summary>
    private protected int FirstTwoMatches<TState>(TState state, Func<TValue, TState, bool>? predicate, IndexProbe probe, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
        => FirstMatches(state, predicate, probe, 2, out value);

    /// <summary>
    /// The first live entry that matches in insertion order, and how many match up to <paramref name="limit"/> (the scan stops
    /// there), without building a list. A probe that one entry answers (a unique email) needs no collector or candidate list.
    /// </summary>
    private int FirstMatches<TState>(TState state, Func<TValue, TState, bool>? predicate, IndexProbe probe, int limit, out TValue value)
    {
        if (probe.IsSet && _indexes is not null && TryProbeLockFree(state, predicate, probe, out var match, out value))
        {
            return match ? 1 : 0;
        }

        FirstOf first;
        int found;
        lock (_gate)
        {
            var now = QueryNowLocked();
            var probed = TryProbeLocked(probe, out var single, out var candidates);
            if (single is not null)
            {
                if (Volatile.Read(ref single.ExpiresAt) > now && (predicate is null || predicate(single.Value, state)))
                {
                    value = single.Value;
                    return 1;
                }

                value = default!;
                return 0;
            }

            first = new FirstOf();
            found = MatchProbedLocked(state, predicate, probed, null, candidates, now, limit, null, null, first);
        }

        value = first.Value!;
        return first.Found ? found : 0;
    }

    /// <summary>The number of live entries <paramref name="predicate"/> accepts (distinct ones, optionally).</summary>
    private protected int CountMatches<TState>(TState state, Func<TValue, TState, bool>? predicate, IndexProbe probe, bool distinct)
    {
        if (distinct)
        {
            Select(state, predicate, probe, null, distinct: true, int.MaxValue, null, needTotal: true, out var total);
            return total;
        }

        lock (_gate)
        {
            return MatchLocked(state, predicate, probe, QueryNowLocked(), int.MaxValue, null, null);
        }
    }

    /// <summary>Whether any live entry matches.</summary>
    private protected bool AnyMatch<TState>(TState state, Func<TValue, TState, bool>? predicate, IndexProbe probe)
    {
        lock (_gate)
        {
            return MatchLocked(state, predicate, probe, QueryNowLocked(), 1, null, null) > 0;
        }
    }

    /// <summary>Removes every live entry that matches (the first <paramref name="limit"/> in insertion order), atomically; no eviction events (as with <see cref="Remove(TKey, string?)"/>).</summary>
    private protected int RemoveMatches<TState>(TState state, Func<TValue, TState, bool>? predicate, IndexProbe probe, int limit = int.MaxValue)
    {
        var doomed = new List<Entry>();
        lock (_gate)
        {
            MatchLocked(state, predicate, probe, QueryNowLocked(), limit, null, doomed);
            if (ChecksRemovalsLocked && doomed.Count > 0)
            {
                CheckRemovalLocked(doomed.ConvertAll(static entry => entry.Key));
            }

            // Lock-free readers see all of the removals or none.
            BeginMultiStepLocked();
            try
            {
                foreach (var entry in doomed)
                {
                    UnlinkLocked(entry);
                }
            }
            finally
            {
                EndMultiStepLocked();
            }

            ShrinkIfSparseLocked();
        }

        return doomed.Count;
    }

    /// <summary>
    /// The instant a query under the lock checks expiry against: the clock when some entry can expire (the expiry heap
    /// holds a node for every entry that can), else 0 without reading the clock — every live entry then expires
    /// <see cref="Never"/>, and an unlinked one is <see cref="Dead"/>, which 0 is past, as the scan in MatchLocked assumes too.
    /// </summary>
    private long QueryNowLocked() => _expiry?.Count > 0 ? NowTicks() : 0;

    /// <summary>Visits live matching entries in insertion order (from the probe's candidates when it has an index), up to <paramref name="stopAfter"/>.</summary>
    private int MatchLocked<TState>(TState state, Func<TValue, TState, bool>? predicate, IndexProbe probe, long now, int stopAfter, List<TValue>? values, List<Entry>? entries, FirstOf? first = null)
    {
        var probed = TryProbeLocked(probe, out var single, out var candidates);
        return MatchProbedLocked(state, predicate, probed, single, candidates, now, stopAfter, values, entries, first);
    }

    /// <summary><see cref="MatchLocked"/> once the probe's candidates are known (<paramref name="probed"/> false: scan).</summary>
    private int MatchProbedLocked<TState>(TState state, Func<TValue, TState, bool>? predicate, bool probed, Entry? single, Candidate[]? candidates, long now, int stopAfter, List<TValue>? values, List<Entry>? entries, FirstOf? first)
    {
        if (!probed)
        {
            return ScanLocked(state, predicate, now, stopAfter, values, entries, first);
        }

        if (single is not null)
        {
            return Collect(single, state, predicate, now, values, entries, first) ? 1 : 0;
        }

        var found = 0;
        foreach (var candidate in candidates!)
        {
            if (Collect(candidate.Entry, state, predicate, now, values, entries, first) && ++found >= stopAfter)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The unindexed scan: the insertion order's slots in sequence, each value beside its entry; the entry itself (for
    /// its expiry) is read only when some entry of the table can expire. A method of its own with no captured locals,
    /// so the loop's counters and the predicate stay in registers (a scan of 100,000 entities is this loop).
    /// </summary>
    private int ScanLocked<TState>(TState state, Func<TValue, TState, bool>? predicate, long now, int stopAfter, List<TValue>? values, List<Entry>? entries, FirstOf? first)
    {
        var found = 0;
        var order = _order;
        var checkExpiry = _expiry?.Count > 0;
        var end = _orderEnd;
        for (var i = _orderStart; i < end; i++)
        {
            ref readonly var slot = ref order[i];
            if (slot.Entry is not { } entry
                || (checkExpiry && Volatile.Read(ref entry.ExpiresAt) <= now)
                || (predicate is not null && !predicate(slot.Value, state)))
            {
                continue;
            }

            found++;
            values?.Add(slot.Value);
            entries?.Add(entry);
            if (first is not null && !first.Found)
            {
                first.Value = slot.Value;
                first.Found = true;
            }

            if (found >= stopAfter)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>Collects one probed candidate when it is live and matches; whether it did.</summary>
    private static bool Collect<TState>(Entry entry, TState state, Func<TValue, TState, bool>? predicate, long now, List<TValue>? values, List<Entry>? entries, FirstOf? first)
    {
        if (Volatile.Read(ref entry.ExpiresAt) <= now || (predicate is not null && !predicate(entry.Value, state)))
        {
            return false;
        }

        values?.Add(entry.Value);
        entries?.Add(entry);
        if (first is not null && !first.Found)
        {
            first.Value = entry.Value;
            first.Found = true;
        }

        return true;
    }

    /// <summary>Where <see cref="FirstMatch{TState}"/> collects its one value.</summary>
    private sealed class FirstOf
    {
        public TValue? Value { get; set; }

        public bool Found { get; set; }
    }
}
