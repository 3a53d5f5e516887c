using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>How a write treats an existing entry for its key.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum WriteCondition
{
    /// <summary>Create or overwrite.</summary>
    Any = 0,

    /// <summary>Only create; an existing live entry makes the write report <see cref="WriteOutcome.Exists"/>.</summary>
    MustNotExist = 1,

    /// <summary>Only overwrite; a missing entry makes the write report <see cref="WriteOutcome.Missing"/>.</summary>
    MustExist = 2,
}

/// <summary>What a write did.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum WriteOutcome
{
    /// <summary>A new entry was created.</summary>
    Created = 0,

    /// <summary>An existing entry was overwritten.</summary>
    Replaced = 1,

    /// <summary>The quota policy is <see cref="QuotaPolicy.Reject"/> and the write did not fit; nothing changed.</summary>
    Rejected = 2,

    /// <summary>The condition was <see cref="WriteCondition.MustNotExist"/> and the key exists; nothing changed.</summary>
    Exists = 3,

    /// <summary>The condition was <see cref="WriteCondition.MustExist"/> and the key is missing; nothing changed.</summary>
    Missing = 4,
}

/// <summary>
/// A thread-safe table of keyed entries with exact expiry, quotas, eviction, copy isolation,
/// snapshots and expiry events: the core every generated fake stores its data in.
/// </summary>
/// <remarks>
/// <para>Reads are lock-free; writes are serialised by one lock per table, so every operation is
/// atomic and linearizable and no lock is ever held across an <c>await</c>. Entries are immutable
/// once published: a write replaces the entry object, so a reader sees the old or the new entry,
/// never a mix.</para>
/// <para>Expiry is checked on every read path against <see cref="TableOptions.Clock"/>. Expired
/// entries are also swept by a timer created on that clock (on a <see cref="ManualClock"/> it fires
/// during <see cref="ManualClock.Advance"/>, at each expiry instant), and each removal raises
/// <see cref="FakeTable.EntryEvicted"/>.</para>
/// <para>Enumeration is in insertion order: the order keys were first written; overwriting a key
/// keeps its place.</para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public partial class FakeTable<TKey, TValue> : FakeTable
    where TKey : notnull
{
    private const long Never = long.MaxValue;
    private const long Dead = long.MinValue;

    // The longest due time a system timer accepts (0xFFFFFFFE ms); a later expiry re-arms the timer when it fires.
    private const long MaxTimerDelayTicks = 4_294_967_294L * TimeSpan.TicksPerMillisecond;

    private readonly object _gate = new();

#pragma warning disable CS0169 // Never read: it only keeps what follows the table in memory off the table's last cache line.
    // Value-type fields are laid out after all the others, so this ends the object: the lock object (_gate), allocated
    // right after the table and kept next to it by the garbage collector, has its lock word, written by every write,
    // a cache line away from the fields lock-free readers read.
    private readonly CacheLinePadding _padding;
#pragma warning restore CS0169
    // Ordered by expiry instant, then by insertion order, so entries expiring at one instant go in a stable order.
    // Nodes hold the key, not the entry: an overwritten or removed entry (and its value) is not kept alive by a node
    // that is still waiting for its instant.
    // Created by the first entry that expires: a table whose entries never expire (most entity tables) never needs it.
    private PriorityQueue<TKey, (long Due, long Sequence)>? _expiry;
    private readonly TimeProvider _clock;

    // The clock is TimeProvider.System, whose GetUtcNow() is DateTime.UtcNow wrapped in a DateTimeOffset: a write reads
    // DateTime.UtcNow directly (the same ticks, without the virtual call and the wrapping).
    private readonly bool _systemClock;
    private readonly Quota _quota;
    private readonly bool _measures;
    private readonly bool _tracksRecency;
    private readonly Func<object?, long> _estimate;
    private Entry? _lruHead;
    private Entry? _lruTail;
    private int _count;
    private long _bytes;
    private long _sequence;
    private ITimer? _timer;
    private long _timerDue = Never;
    private List<EntryEvictedEventArgs>? _deferred;

    /// <summary>Creates a table.</summary>
    /// <param name="options">Name, clock, quota, default expiry and errors.</param>
    /// <param name="comparer">Key equality; <see langword="null"/> uses the default (ordinal for strings).</param>
    /// <param name="copier">How values are isolated from callers; <see langword="null"/> never copies.</param>
    /// <param name="measureSizes">Measure every value even without a byte quota (blob tables do).</param>
    public FakeTable(TableOptions options, IEqualityComparer<TKey>? comparer = null, ValueCopier<TValue>? copier = null, bool measureSizes = false)
        : base(options)
    {
        Comparer = comparer ?? EqualityComparer<TKey>.Default;
        // Value-type keys with the default comparer go through EqualityComparer<TKey>.Default, which the JIT devirtualizes
        // and inlines; reference-type keys (shared generic code) call the comparer they hold, which dynamic PGO devirtualizes.
        _keyComparer = typeof(TKey).IsValueType && ReferenceEquals(Comparer, EqualityComparer<TKey>.Default) ? null : Comparer;
        _ordinalStrings = typeof(TKey) == typeof(string) && (ReferenceEquals(Comparer, EqualityComparer<string>.Default) || ReferenceEquals(Comparer, StringComparer.Ordinal));
        Copier = copier ?? ValueCopier<TValue>.Reference;
        _copies = Copier.Copies;
        _plainCopy = Copier.PlainCopy;
        if (Copier.Copies && !Copier.TryReportTo(this))
        {
            // A copier that never copies never reports, and it is one shared instance (ValueCopier<T>.Reference, used by
            // every table in CopyMode.Reference and for immutable values): subscribing to it would keep every such table
            // alive for the life of the process, and grow its handler list by one per table. A copier made for this table
            // (the usual case) reports to it directly; one shared with another table reports through its event.
            Copier.ValueStoredByReference += (_, args) => RaiseStoredByReference(args);
        }
        _clock = options.Clock;
        _systemClock = ReferenceEquals(_clock, TimeProvider.System);
        _quota = options.Quota;
        _measures = measureSizes || _quota.MaxBytes > 0;
        _tracksRecency = _quota.Policy == QuotaPolicy.EvictLeastRecentlyUsed && _quota.IsLimited;
        _plainRead = !_tracksRecency && !_copies;
        _estimate = options.SizeEstimator ?? SizeEstimator.Default;
        _noDefaultExpiry = options.DefaultExpiration.IsDefault || options.DefaultExpiration.Equals(Expiration.Never);
    }

    // The table's options (immutable) give no default expiry: a write with Expiration.Default never expires, resolved
    // without a call (every entity Add and Upsert).
    private readonly bool _noDefaultExpiry;

    /// <summary>How keys are compared.</summary>
    public IEqualityComparer<TKey> Comparer { get; }

    /// <summary>How values are isolated from callers.</summary>
    public ValueCopier<TValue> Copier { get; }

    // Copier.Copies, read by every get: one field of the table instead of two loads through the copier.
    private readonly bool _copies;

    // No recency to track and nothing to copy: a get returns the stored value.
    private readonly bool _plainRead;

    // The generated copy, called directly by gets (values are never null), or null.
    private readonly Func<TValue, TValue>? _plainCopy;

    /// <inheritdoc />
    public override Type ValueType => typeof(TValue);

    /// <summary>The clock expiry is measured against.</summary>
    public TimeProvider Clock => _clock;

    /// <inheritdoc />
    public override int Count
    {
        get
        {
            if ((_expiry?.Count ?? 0) == 0)
            {
                var version = Volatile.Read(ref _version);
                var live = Volatile.Read(ref _count);
                if ((version & 1) == 0 && Volatile.Read(ref _version) == version)
                {
                    return live;
                }
            }

            List<EntryEvictedEventArgs>? evicted = null;
            int count;
            lock (_gate)
            {
                SweepLocked(NowTicks(), ref evicted);
                count = _count;
            }

            Raise(evicted);
            return count;
        }
    }

    /// <summary>The total measured size of live entries (0 unless the table measures sizes).</summary>
    public long Bytes
    {
        get
        {
            List<EntryEvictedEventArgs>? evicted = null;
            long bytes;
            lock (_gate)
            {
                SweepLocked(NowTicks(), ref evicted);
                bytes = _bytes;
            }

            Raise(evicted);
            return bytes;
        }
    }

    /// <summary>Reads a live entry's value (a copy, for copied values). A read renews sliding expiry.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when found.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when a live entry exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        CheckKey(key, keyParam);

        // The lock-free read of TryGetLive, with its two common outcomes answered inline (see ReadOrDefault).
        Entry? entry = null;
        var version = Volatile.Read(ref _version);
        if ((version & 1) == 0)
        {
            entry = MapFind(key);
            if (entry is null)
            {
                if (Volatile.Read(ref _version) == version)
                {
                    value = default;
                    return false;
                }
            }
            else if (Volatile.Read(ref entry.ExpiresAt) == Never && Volatile.Read(ref _version) == version)
            {
                value = ReadValue(entry);
                return true;
            }
        }

        return TryGetValueRest(key, entry, version, out value);
    }

    /// <summary>
    /// <see cref="TryGetValue"/> from after its lock-free lookup, out of line: an entry that can expire (the clock, a
    /// sliding renewal), a multi-step change that ran meanwhile (the read under the lock).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryGetValueRest(TKey key, Entry? entry, int version, [MaybeNullWhen(false)] out TValue value)
    {
        if (TryGetLiveRest(key, entry, version, out var live))
        {
            value = ReadValue(live);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// A get's value, or <see langword="default"/> when there is no live entry: the read of <see cref="TryGetValue"/>,
    /// shaped for a member that returns the value. What a get of an entry that never expires needs is inline (the
    /// version, the lookup, one comparison of the expiry with <c>Never</c>, the version again); every other case goes
    /// to one out-of-line call in tail position, which carries on from the same point (<see cref="ReadOrDefaultRest"/>).
    /// So, for a value-type key compared by default (an <see cref="int"/>, <see cref="long"/> or <see cref="Guid"/> id),
    /// the inlined code makes no call that returns to it, and its caller saves no registers for it.
    /// </summary>
    /// <remarks>
    /// The same reads in the same order as <see cref="TryGetLive"/>: the version (odd: a multi-step change runs, read
    /// under the lock), the map, the entry's expiry, the version again (changed: read under the lock). An entry whose
    /// expiry is <c>Never</c> is live without a clock read, as <see cref="IsLive"/> decides. Both version reads stay:
    /// a multi-step change that publishes and then undoes entries (a range refused part-way) would otherwise show a
    /// reader that starts during it a value no state held (<c>ConcurrentReaderModelTests</c>).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected TValue? ReadOrDefault(TKey key)
    {
        if (typeof(TKey).IsValueType)
        {
            // A comparer of the table's own is called through an interface: those calls would keep the read's values alive
            // across them here, so that lookup runs out of line.
            return _keyComparer is null ? ReadOrDefaultLockFree(key, defaultComparer: true) : ReadOrDefaultByComparer(key);
        }

        return ReadOrDefaultLockFree(key, defaultComparer: false);
    }

    /// <summary><see cref="ReadOrDefault"/> for a value-type key with a comparer of the table's own.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TValue? ReadOrDefaultByComparer(TKey key) => ReadOrDefaultLockFree(key, defaultComparer: false);

    /// <summary>The body of <see cref="ReadOrDefault"/>; <paramref name="defaultComparer"/> is a constant at each call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TValue? ReadOrDefaultLockFree(TKey key, bool defaultComparer)
    {
        Entry? entry = null;
        var version = Volatile.Read(ref _version);
        if ((version & 1) == 0)
        {
            entry = defaultComparer ? MapFindByDefaultComparer(key) : MapFind(key);
            if (entry is null)
            {
                if (Volatile.Read(ref _version) == version)
                {
                    return default;
                }
            }
            else if (Volatile.Read(ref entry.ExpiresAt) == Never && Volatile.Read(ref _version) == version)
            {
                return ReadValue(entry);
            }
        }

        return ReadOrDefaultRest(key, entry, version);
    }

    /// <summary><see cref="ReadOrDefault"/> from after its lock-free lookup (see <see cref="TryGetValueRest"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TValue? ReadOrDefaultRest(TKey key, Entry? entry, int version)
        => TryGetLiveRest(key, entry, version, out var live) ? ReadValue(live) : default;

    /// <summary>
    /// <see cref="TryGetLive"/> (a use that renews) from after its lock-free lookup: <paramref name="entry"/> is what the
    /// lookup found (null when it found nothing, or did not look because <paramref name="version"/> was odd).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetLiveRest(TKey key, Entry? entry, int version, out Entry live)
    {
        if ((version & 1) == 0)
        {
            var found = entry is not null && IsLive(entry);
            if (Volatile.Read(ref _version) == version)
            {
                live = entry!;
                return found;
            }
        }

        return TryGetLiveLocked(key, renew: true, out live);
    }

    /// <summary>A live entry's value as a get hands it out. One flag for the common case: no recency to track, nothing to copy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TValue ReadValue(Entry entry) => _plainRead ? entry.Value : ReadSlow(entry);

    /// <summary>
    /// A read (sliding renewal, recency) that hands out the stored value itself, for a caller that copies it out at once
    /// (<see cref="KeyValueBytes"/> writes it into the caller's buffer): the value is never handed to user code, so the
    /// table's own copy-on-read would be a second copy.
    /// </summary>
    internal bool TryGetStored(TKey key, [MaybeNullWhen(false)] out TValue value, string? keyParam)
    {
        CheckKey(key, keyParam);
        if (TryGetLive(key, renew: true, out var entry))
        {
            if (_tracksRecency)
            {
                MarkUsed(entry);
            }

            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>A read that marks recency (least-recently-used eviction) and/or copies the value.</summary>
    private TValue ReadSlow(Entry entry)
    {
        if (_tracksRecency)
        {
            MarkUsed(entry);
        }

        var value = entry.Value;
        return !_copies || value is null || Copier.KeepsAsIs(value) ? value : _plainCopy is { } copy ? copy(value) : Copier.Copy(value);
    }

    /// <summary>Reads a live entry's value, or <see langword="default"/> when there is none.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The value or <see langword="default"/>.</returns>
    public TValue? GetValueOrDefault(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        CheckKey(key, keyParam);
        return ReadOrDefault(key);
    }

    /// <summary>Reads a live entry's value or throws the not-found error.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The value.</returns>
    /// <exception cref="NotFoundException">No live entry (or the mapped not-found type).</exception>
    public TValue GetRequired(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => TryGetValue(key, out var value, keyParam) ? value : throw Options.Errors.CreateNotFound(Name, key);

    /// <summary>
    /// Looks at a live entry's stored value without counting as a read (no sliding renewal, no recency, no copy), for the
    /// checks a multi-step operation makes before it writes: a write that is then refused must leave the store as it was.
    /// </summary>
    /// <param name="key">The key (not null).</param>
    /// <param name="value">The stored value, when found; do not mutate it.</param>
    /// <returns><see langword="true"/> when a live entry exists.</returns>
    private protected bool TryPeek(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (TryGetLive(key, renew: false, out var entry))
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Whether a live entry exists. Counts as a read, for sliding expiry and for least-recently-used eviction.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when it exists.</returns>
    public bool ContainsKey(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        CheckKey(key, keyParam);

        if (TryGetLive(key, renew: true, out var entry))
        {
            if (_tracksRecency)
            {
                MarkUsed(entry);
            }

            return true;
        }

        return false;
    }

    /// <summary>Writes a value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value; copied on write for copied values.</param>
    /// <param name="expiration">When the entry expires; <see cref="Expiration.Default"/> uses the table's default.</param>
    /// <param name="condition">Whether the key must exist, must not exist, or either.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>; filled in by the compiler.</param>
    /// <returns>What the write did.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="QuotaExceededException">The write does not fit and the policy is <see cref="QuotaPolicy.Throw"/> (or the value alone exceeds <see cref="Quota.MaxBytes"/>).</exception>
    public WriteOutcome Write(
        TKey key,
        TValue value,
        Expiration expiration = default,
        WriteCondition condition = WriteCondition.Any,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null,
        [CallerArgumentExpression(nameof(value))] string? valueParam = null)
        => WriteCore(ReadUnderLock, key, value, expiration, condition, keyParam, valueParam);

    /// <summary>
    /// <see cref="Write"/> at an instant the caller has already read from this table's clock (<see cref="ReadClock"/>)
    /// for the same operation, holding a lock that serialises this key's writes (this table's, or, for a table written
    /// only together with another, that table's): a blob put whose properties carry the instant, a tagged set whose value
    /// and tags are written as one. One clock read for the whole operation, and every part of it records that instant.
    /// </summary>
    /// <param name="nowTicks">The instant, in UTC ticks, read from this table's clock.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value; copied on write for copied values.</param>
    /// <param name="expiration">When the entry expires, resolved against <paramref name="nowTicks"/>.</param>
    /// <param name="condition">Whether the key must exist, must not exist, or either.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>.</param>
    /// <returns>What the write did.</returns>
    internal WriteOutcome WriteAt(long nowTicks, TKey key, TValue value, Expiration expiration, WriteCondition condition, string? keyParam, string? valueParam)
        => WriteCore(nowTicks, key, value, expiration, condition, keyParam, valueParam);

    /// <summary>The <c>nowTicks</c> of <see cref="WriteCore"/> that reads the clock under the table's lock (no instant is negative).</summary>
    private const long ReadUnderLock = -1;

    /// <summary>
    /// <see cref="Write"/> and <see cref="WriteAt"/>: the checks and the copy outside the lock, then the write at
    /// <paramref name="nowTicks"/>, or at the clock read under the lock when it is <see cref="ReadUnderLock"/>.
    /// </summary>
    private WriteOutcome WriteCore(long nowTicks, TKey key, TValue value, Expiration expiration, WriteCondition condition, string? keyParam, string? valueParam)
    {
        CheckKey(key, keyParam);

        if (value is null)
        {
            throw new ArgumentNullException(valueParam ?? nameof(value));
        }

        var stored = _copies ? Copier.Copy(value) : value;
        var size = _measures ? Measure(stored) : 0;
        List<EntryEvictedEventArgs>? evicted = null;
        try
        {
            lock (_gate)
            {
                var now = nowTicks == ReadUnderLock ? NowTicks() : nowTicks;
                expiration.Resolve(now, Options, nameof(expiration), out var expiresAt, out var sliding, out var cap);
                return WriteLocked(key, stored, expiresAt, sliding, cap, size, now, condition, ref evicted);
            }
        }
        finally
        {
            // Expired entries swept on the way are gone even when the write then fails: report them.
            Raise(evicted);
        }
    }

    /// <summary>
    /// Stores <see langword="null"/> under a key, for a store that keeps null values (<see cref="InMemoryFakeAttribute.NullValueWrites"/>
    /// = <see cref="NullValueWrite.Keep"/>): the entry is live as any other (read back as null, counted, listed), has no size,
    /// and expires as the expiration says.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="expiration">When it expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>.</param>
    /// <returns>What the write did.</returns>
    private protected WriteOutcome WriteNull(TKey key, Expiration expiration, string? keyParam)
    {
        CheckKey(key, keyParam);
        List<EntryEvictedEventArgs>? evicted = null;
        try
        {
            lock (_gate)
            {
                var now = NowTicks();
                expiration.Resolve(now, Options, nameof(expiration), out var expiresAt, out var sliding, out var cap);
                return WriteLocked(key, default!, expiresAt, sliding, cap, 0, now, WriteCondition.Any, ref evicted);
            }
        }
        finally
        {
            Raise(evicted);
        }
    }

    /// <summary>The table clock now, in UTC ticks: the one read of an operation that writes at it (<see cref="WriteAt"/>).</summary>
    /// <returns>The ticks.</returns>
    internal long ReadClock() => NowTicks();

    /// <summary>The table's lock, for the single-entry writes of derived tables (<see cref="StoreLocked"/>).</summary>
    private protected object Gate => _gate;

    /// <summary>The live entry for a key under the lock (an expired one found on the way is removed and reported in <paramref name="evicted"/>).</summary>
    /// <param name="key">The key (not null).</param>
    /// <param name="now">The table clock, read once for the whole write.</param>
    /// <param name="evicted">Collects eviction events, raised by <see cref="AfterWrite"/>.</param>
    /// <returns>The live entry, or null.</returns>
    private protected Entry? LiveEntryLocked(TKey key, long now, ref List<EntryEvictedEventArgs>? evicted) => LiveLocked(key, now, ref evicted);

    /// <summary>
    /// Stores a value under the lock the caller holds, with the table's default expiry, given the live entry the caller
    /// has just looked up under that lock: one entry is published (an eviction opens its own multi-step section), so no
    /// section is needed around it, and lock-free readers keep reading without the lock meanwhile.
    /// </summary>
    /// <param name="key">The key (not null).</param>
    /// <param name="value">The value; copied for copied values.</param>
    /// <param name="existing">The live entry for the key, or null.</param>
    /// <param name="now">The table clock.</param>
    /// <param name="condition">Whether the key must exist, must not exist, or either.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>.</param>
    /// <param name="evicted">Collects eviction events, raised by <see cref="AfterWrite"/>.</param>
    /// <returns>What the write did.</returns>
    private protected WriteOutcome StoreLocked(TKey key, TValue value, Entry? existing, long now, WriteCondition condition, string? valueParam, ref List<EntryEvictedEventArgs>? evicted)
    {
        if (value is null)
        {
            throw new ArgumentNullException(valueParam ?? nameof(value));
        }

        var stored = _copies ? Copier.Copy(value) : value;
        var size = _measures ? Measure(stored) : 0;
        long expiresAt, sliding, cap;
        if (_noDefaultExpiry)
        {
            (expiresAt, sliding, cap) = (Never, 0, Never);
        }
        else
        {
            Expiration.Default.Resolve(now, Options, "expiration", out expiresAt, out sliding, out cap);
        }

        return WriteLocked(key, stored, existing, expiresAt, sliding, cap, size, now, condition, ref evicted);
    }

    /// <summary>After a write's lock is released: raises its eviction events (deferred while an outer section holds the lock) and any deferred ones.</summary>
    /// <param name="evicted">The write's events, or null.</param>
    private protected void AfterWrite(List<EntryEvictedEventArgs>? evicted)
    {
        if (evicted is not null)
        {
            Raise(evicted);
        }

        if (Volatile.Read(ref _deferred) is not null && !Monitor.IsEntered(_gate))
        {
            RaiseDeferred();
        }
    }

    /// <summary>
    /// Atomically reads the live value (if any), computes a new one and writes it: a read-modify-write
    /// that no concurrent write can interleave with.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="update">Receives the current value (a copy) and whether it exists; returns the value to store. Runs under the table's lock: keep it short and do not block in it.</param>
    /// <param name="expiration">Expiry for a newly created entry, and for an existing one unless <paramref name="keepExpiry"/>.</param>
    /// <param name="keepExpiry">Keep an existing entry's expiry (as a counter increment does).</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The stored value (a copy, for copied values).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="update"/> is null, or <paramref name="update"/> returned null.</exception>
    /// <exception cref="QuotaExceededException">The new value does not fit and the policy is <see cref="QuotaPolicy.Throw"/>.</exception>
    public TValue AddOrUpdate(
        TKey key,
        Func<TValue?, bool, TValue> update,
        Expiration expiration = default,
        bool keepExpiry = false,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        CheckKey(key, keyParam);

        ArgumentNullException.ThrowIfNull(update);
        List<EntryEvictedEventArgs>? evicted = null;
        TValue result;
        try
        {
            lock (_gate)
            {
                var now = NowTicks();

                // Validated whether or not it is used: an absolute instant in the past is a bad argument either way.
                expiration.Resolve(now, Options, nameof(expiration), out var expiresAt, out var sliding, out var cap);
                var current = LiveLocked(key, now, ref evicted);
                var next = update(current is null ? default : Copier.Copy(current.Value), current is not null);
                if (next is null)
                {
                    throw new ArgumentNullException(nameof(update), "The update function returned null.");
                }

                var stored = Copier.Copy(next);
                if (keepExpiry && current is not null)
                {
                    expiresAt = Volatile.Read(ref current.ExpiresAt);
                    sliding = current.Sliding;
                    cap = current.Cap;
                }

                var outcome = WriteLocked(key, stored, expiresAt, sliding, cap, _measures ? Measure(stored) : 0, now, WriteCondition.Any, ref evicted);
                result = outcome == WriteOutcome.Rejected && current is not null ? current.Value : stored;
            }
        }
        finally
        {
            // An expired entry removed on the way is gone even when the update then throws: report it.
            Raise(evicted);
        }

        return Copier.Copy(result);
    }

    /// <summary>Removes an entry.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when a live entry was removed.</returns>
    public bool Remove(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => RemoveCore(key, copyValue: false, out _, keyParam);

    /// <summary>Removes an entry and returns its value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The removed value (a copy, for copied values).</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when a live entry was removed.</returns>
    public bool Remove(TKey key, [MaybeNullWhen(false)] out TValue value, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => RemoveCore(key, copyValue: true, out value, keyParam);

    /// <summary>Removes an entry; copies its value out only for a caller that takes it (a plain delete allocates nothing).</summary>
    private bool RemoveCore(TKey key, bool copyValue, [MaybeNullWhen(false)] out TValue value, string? keyParam)
    {
        CheckKey(key, keyParam);

        List<EntryEvictedEventArgs>? evicted = null;
        bool removed;
        value = default;
        lock (_gate)
        {
            // A removal records no time: the clock is read only to tell whether an entry that can expire still lives.
            var entry = LiveLockedReadingClockIfExpiring(key, ref evicted);
            removed = entry is not null;
            if (entry is not null)
            {
                if (ChecksRemovalsLocked)
                {
                    CheckRemovalLocked(new[] { entry.Key });
                }

                UnlinkLocked(entry);
                ShrinkIfSparseLocked();

                if (copyValue)
                {
                    // A copy: the stored instance may also be held by a snapshot.
                    value = Copier.Copy(entry.Value);
                }
            }
        }

        Raise(evicted);
        return removed;
    }

    /// <summary>Removes an entry only if <paramref name="predicate"/> accepts its current value, atomically.</summary>
    /// <param name="key">The key.</param>
    /// <param name="predicate">Decides on the stored value; runs under the table's lock.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when removed; <see langword="false"/> when missing or refused.</returns>
    public bool RemoveIf(TKey key, Func<TValue, bool> predicate, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        CheckKey(key, keyParam);

        ArgumentNullException.ThrowIfNull(predicate);
        List<EntryEvictedEventArgs>? evicted = null;
        bool removed = false;
        lock (_gate)
        {
            // A removal records no time: the clock is read only when the entry found can expire (as Remove does).
            var entry = LiveLockedReadingClockIfExpiring(key, ref evicted);
            if (entry is not null && predicate(entry.Value))
            {
                if (ChecksRemovalsLocked)
                {
                    CheckRemovalLocked(new[] { entry.Key });
                }

                UnlinkLocked(entry);
                ShrinkIfSparseLocked();
                removed = true;
            }
        }

        Raise(evicted);
        return removed;
    }

    /// <summary>Renews a sliding entry's window and marks it used.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when a live entry exists.</returns>
    public bool Refresh(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        CheckKey(key, keyParam);

        if (TryGetLive(key, renew: true, out var entry))
        {
            if (_tracksRecency)
            {
                MarkUsed(entry);
            }

            return true;
        }

        return false;
    }

    /// <summary>Sets a new expiry on an existing live entry without changing its value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="expiration">The new expiry; <see cref="Expiration.Never"/> makes it persistent, <see cref="Expiration.Default"/> applies the table's default.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when the entry exists.</returns>
    public bool Expire(TKey key, Expiration expiration, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        CheckKey(key, keyParam);

        List<EntryEvictedEventArgs>? evicted = null;
        bool found;
        lock (_gate)
        {
            var now = NowTicks();

            // Validated whether or not the key exists; Default means the table's default expiry, as for every write.
            expiration.Resolve(now, Options, nameof(expiration), out var expiresAt, out var sliding, out var cap);
            var entry = LiveLocked(key, now, ref evicted);
            found = entry is not null;
            if (entry is not null)
            {
                ReplaceLocked(entry, entry.Value, expiresAt, sliding, cap, entry.Size, now, bumpVersion: false);
            }
        }

        Raise(evicted);
        return found;
    }

    /// <summary>How long a live entry has left, or <see langword="null"/> when it is missing or does not expire.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The remaining time to live.</returns>
    public TimeSpan? GetTimeToLive(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        CheckKey(key, keyParam);

        if (!TryGetLive(key, renew: false, out var entry))
        {
            return null;
        }

        var expiresAt = Volatile.Read(ref entry.ExpiresAt);
        if (expiresAt == Never)
        {
            return null;
        }

        var now = NowTicks();
        return expiresAt > now ? TimeSpan.FromTicks(expiresAt - now) : null;
    }

    /// <summary>Describes one live entry, or <see langword="null"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entry's description.</returns>
    public EntryInfo? Inspect(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryGetLive(key, renew: false, out var entry) ? Describe(entry) : null;
    }

    /// <inheritdoc />
    public override IReadOnlyList<EntryInfo> Inspect()
    {
        var result = new List<EntryInfo>();
        lock (_gate)
        {
            var now = NowTicks();
            for (var i = _orderStart; i < _orderEnd; i++)
            {
                if (_order[i].Entry is not { } entry)
                {
                    continue;
                }

                if (Volatile.Read(ref entry.ExpiresAt) > now)
                {
                    result.Add(Describe(entry));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// A byte[] key's copy (any other key as it is): a new entry keeps its own, as a store keyed by bytes does (neo's
    /// MemoryStore stores key[..]), and Keys/Entries hand out copies, so a caller changing an array changes no stored key
    /// (whose hash the table depends on). The JIT drops the test for every other key type.
    /// </summary>
    private static TKey KeyCopy(TKey key) => typeof(TKey) == typeof(byte[]) ? (TKey)(object)((byte[])(object)key).AsSpan().ToArray() : key;

    /// <summary>The keys of live entries, in insertion order.</summary>
    /// <returns>A snapshot of the keys.</returns>
    public List<TKey> Keys()
    {
        var keys = new List<TKey>();
        lock (_gate)
        {
            // A listing records no time: the clock only when some entry can expire (QueryNowLocked, as Values does).
            var now = QueryNowLocked();
            for (var i = _orderStart; i < _orderEnd; i++)
            {
                if (_order[i].Entry is not { } entry)
                {
                    continue;
                }

                if (Volatile.Read(ref entry.ExpiresAt) > now)
                {
                    keys.Add(KeyCopy(entry.Key));
                }
            }
        }

        return keys;
    }

    /// <summary>The values of live entries (copies, for copied values), in insertion order.</summary>
    /// <returns>A snapshot of the values.</returns>
    public List<TValue> Values() => Where(static _ => true, sizeForAll: true);

    /// <summary>The values of live entries that satisfy <paramref name="predicate"/>, in insertion order.</summary>
    /// <param name="predicate">The filter; it sees the stored value and runs under the table's lock.</param>
    /// <returns>Copies of the matching values.</returns>
    public List<TValue> Where(Func<TValue, bool> predicate) => Where(predicate, sizeForAll: false);

    private List<TValue> Where(Func<TValue, bool> predicate, bool sizeForAll)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        List<TValue> values;
        lock (_gate)
        {
            // A listing (Values, GetAll) takes every live entry: sized for them, in one allocation.
            values = sizeForAll ? new List<TValue>(_count) : new List<TValue>();

            // The clock only when some entry can expire (QueryNowLocked): a listing records no time.
            var now = QueryNowLocked();
            var order = _order;
            var checkExpiry = _expiry?.Count > 0;
            for (var i = _orderStart; i < _orderEnd; i++)
            {
                ref readonly var slot = ref order[i];
                if (slot.Entry is not { } entry || (checkExpiry && Volatile.Read(ref entry.ExpiresAt) <= now) || !predicate(slot.Value))
                {
                    continue;
                }

                values.Add(slot.Value);
            }
        }

        if (Copier.Copies)
        {
            for (var i = 0; i < values.Count; i++)
            {
                values[i] = Copier.Copy(values[i]);
            }
        }

        return values;
    }

    /// <summary>The live key/value pairs (copied values), in insertion order.</summary>
    /// <returns>A snapshot of the entries.</returns>
    public List<KeyValuePair<TKey, TValue>> Entries()
    {
        var pairs = new List<KeyValuePair<TKey, TValue>>();
        lock (_gate)
        {
            var now = NowTicks();
            for (var i = _orderStart; i < _orderEnd; i++)
            {
                if (_order[i].Entry is not { } entry)
                {
                    continue;
                }

                if (Volatile.Read(ref entry.ExpiresAt) > now)
                {
                    pairs.Add(new KeyValuePair<TKey, TValue>(KeyCopy(entry.Key), Copier.Copy(entry.Value)));
                }
            }
        }

        return pairs;
    }

    /// <summary>Removes every live entry that satisfies <paramref name="predicate"/>, atomically.</summary>
    /// <param name="predicate">The filter; runs under the table's lock.</param>
    /// <returns>How many entries were removed.</returns>
    public int RemoveWhere(Func<TValue, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var removed = 0;
        lock (_gate)
        {
            // A checked table (a tree's) judges the removal as a whole before any of it happens: the entries are found
            // first, each asked once, then removed.
            var doomed = ChecksRemovalsLocked ? new List<Entry>() : null;

            // Lock-free readers see all of the removals or none.
            BeginMultiStepLocked();
            try
            {
                // A removal records no time: the clock only when some entry can expire (QueryNowLocked; 0 lets every
                // entry that never expires through).
                var now = QueryNowLocked();
                for (var i = _orderStart; i < _orderEnd; i++)
                {
                    if (_order[i].Entry is { } entry && Volatile.Read(ref entry.ExpiresAt) > now && predicate(entry.Value))
                    {
                        if (doomed is not null)
                        {
                            doomed.Add(entry);
                            continue;
                        }

                        UnlinkLocked(entry);
                        removed++;
                    }
                }

                if (doomed is { Count: > 0 })
                {
                    CheckRemovalLocked(doomed.ConvertAll(static entry => entry.Key));
                    foreach (var entry in doomed)
                    {
                        UnlinkLocked(entry);
                        removed++;
                    }
                }
            }
            finally
            {
                EndMultiStepLocked();
            }

            ShrinkIfSparseLocked();
        }

        return removed;
    }

    /// <inheritdoc />
    public override void Clear()
    {
        lock (_gate)
        {
            RefuseInsideAllOrNothingLocked(nameof(Clear));
            BeginMultiStepLocked();
            try
            {
                ClearLocked();
            }
            finally
            {
                EndMultiStepLocked();
            }
        }
    }

    /// <summary>
    /// Removes every entry and restarts the table's generated-key sequences in one step under the table's lock, so a
    /// concurrent Add either lands before the reset (and is removed) or after it (and gets a key of the new sequence).
    /// Lock-free readers see the table as it was or empty, never half-cleared.
    /// </summary>
    public override void Reset()
    {
        lock (_gate)
        {
            RefuseInsideAllOrNothingLocked(nameof(Reset));
            BeginMultiStepLocked();
            try
            {
                ClearLocked();
                ResetSequencesLocked();
            }
            finally
            {
                EndMultiStepLocked();
            }
        }
    }

    /// <summary>Removes expired entries now and raises their events; normally the timer does this.</summary>
    /// <returns>How many entries were removed.</returns>
    public int SweepExpired()
    {
        List<EntryEvictedEventArgs>? evicted = null;
        lock (_gate)
        {
            SweepLocked(NowTicks(), ref evicted);
        }

        Raise(evicted);
        return evicted?.Count ?? 0;
    }

    /// <summary>
    /// Runs <paramref name="action"/> under the table's lock, for multi-step operations (such as
    /// checking secondary indexes) that must be atomic with the writes they make through
    /// <see cref="Write"/> and <see cref="Remove(TKey, string?)"/> (the lock is re-entrant).
    /// </summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="action">The work; keep it short and never block or await in it.</param>
    /// <returns>The action's result.</returns>
    public TResult Atomically<TResult>(Func<TResult> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            lock (_gate)
            {
                // Lock-free readers see the section's writes all at once, when it ends.
                BeginMultiStepLocked();
                try
                {
                    return action();
                }
                finally
                {
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

    internal override object CaptureState()
    {
        lock (_gate)
        {
            var now = NowTicks();
            var saved = new List<SavedEntry>(_count);
            for (var i = _orderStart; i < _orderEnd; i++)
            {
                if (_order[i].Entry is not { } entry)
                {
                    continue;
                }

                var expiresAt = Volatile.Read(ref entry.ExpiresAt);
                if (expiresAt > now)
                {
                    saved.Add(new SavedEntry(entry.Key, entry.Value, expiresAt, entry.Sliding, entry.Size, entry.Version, entry.CreatedAt, entry.ModifiedAt) { Cap = entry.Cap });
                }
            }

            return new SavedTable(saved, _sequence, CaptureExtra());
        }
    }

    internal override void RestoreState(object state)
    {
        if (state is not SavedTable saved)
        {
            throw new ArgumentException($"The snapshot does not belong to table '{Name}'.", nameof(state));
        }

        lock (_gate)
        {
            RefuseInsideAllOrNothingLocked("Restore");

            // Lock-free readers see the table as it was or as restored, never in between.
            BeginMultiStepLocked();
            try
            {
                ClearLocked();
                var now = NowTicks();
                foreach (var item in saved.Entries)
                {
                    if (item.ExpiresAt <= now)
                    {
                        continue;
                    }

                    var entry = NewEntry(item.Key, item.Value, item.ExpiresAt, item.Sliding, item.Size, item.Version, item.CreatedAt, item.ModifiedAt, ++_sequence, item.Cap);
                    PublishLocked(entry, previous: null, now);
                }

                _sequence = Math.Max(_sequence, saved.Sequence);
                RestoreExtra(saved.Extra);
            }
            finally
            {
                EndMultiStepLocked();
            }
        }
    }

    internal override bool CanSeed(Type itemType) => itemType == typeof(KeyValuePair<TKey, TValue>);

    internal override void Seed(object item)
    {
        var pair = (KeyValuePair<TKey, TValue>)item;
        Write(pair.Key, pair.Value, Expiration.Default, WriteCondition.Any, "key", "value");
    }

    /// <summary>Lets a derived table add its own state (such as key sequences) to snapshots.</summary>
    /// <returns>The extra state, or <see langword="null"/>.</returns>
    private protected virtual object? CaptureExtra() => null;

    /// <summary>Restores what <see cref="CaptureExtra"/> captured.</summary>
    /// <param name="extra">The extra state.</param>
    private protected virtual void RestoreExtra(object? extra)
    {
    }

    /// <summary>The table clock now, in UTC ticks.</summary>
    /// <returns>The ticks.</returns>
    private protected long NowTicks() => _systemClock ? DateTime.UtcNow.Ticks : _clock.GetUtcNow().UtcTicks;

    /// <summary>Blob keys must be non-empty on every entry point, reads included (set by <see cref="BlobTable"/>).</summary>
    private protected bool RejectsEmptyKeys { get; init; }

    /// <summary>Refuses a null key (and an empty one where keys must be non-empty), naming the caller's argument.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected void CheckKey([NotNull] TKey key, string? keyParam)
    {
        // The type test first: for value-type keys the whole check compiles away.
        if (key is null || (key is string { Length: 0 } && RejectsEmptyKeys))
        {
            ThrowBadKey(key, keyParam);
        }
    }

    [DoesNotReturn]
    private static void ThrowBadKey(TKey? key, string? keyParam)
    {
        if (key is null)
        {
            throw new ArgumentNullException(keyParam ?? "key");
        }

        throw new ArgumentException("A blob key must not be empty.", keyParam ?? "key");
    }

    private long Measure(TValue value)
    {
        if (value is null)
        {
            // A null value a store keeps (WriteNull) has no content.
            return 0;
        }

        var size = _estimate(value);
        if (size < 0)
        {
            throw new InvalidOperationException($"{Name}: the size estimator returned a negative size ({size}).");
        }

        return size;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsLive(Entry entry)
    {
        var expiresAt = Volatile.Read(ref entry.ExpiresAt);
        return expiresAt == Never || IsLiveExpiring(entry, expiresAt);
    }

    /// <summary><see cref="IsLive"/> for an entry that expires: reads the clock, and renews a sliding window.</summary>
    private bool IsLiveExpiring(Entry entry, long expiresAt)
    {
        // An absolute expiry still far ahead of the system clock is live without the precise read (SystemClockBound); a
        // sliding window needs the precise instant to renew from.
        if (_systemClock && entry.Sliding == 0 && SystemClockBound.IsCertainlyBefore(expiresAt))
        {
            return true;
        }

        var now = NowTicks();
        while (true)
        {
            if (expiresAt <= now)
            {
                return false;
            }

            if (entry.Sliding == 0)
            {
                return true;
            }

            // Renew the sliding window, never past its cap. A sweeper that claims the entry swaps in Dead, so exactly one wins.
            var renewed = Math.Min(Expiration.SaturatingAdd(now, entry.Sliding), entry.Cap);
            if (renewed <= expiresAt)
            {
                return true;
            }

            var seen = Interlocked.CompareExchange(ref entry.ExpiresAt, renewed, expiresAt);
            if (seen == expiresAt)
            {
                NoteRenewed(entry, expiresAt, renewed);
                return true;
            }

            if (seen >= renewed)
            {
                return true;
            }

            expiresAt = seen;
        }
    }

    private void MarkUsed(Entry entry)
    {
        lock (_gate)
        {
            if (ReferenceEquals(MapFind(entry.Key), entry))
            {
                NoteUsedLocked(entry);
                RemoveFromRecency(entry);
                AppendToRecency(entry);
            }
        }
    }

    /// <summary>
    /// <see cref="LiveLocked(TKey, long, ref List{EntryEvictedEventArgs}?)"/> for an operation that records no time: the
    /// clock is read only when the entry found can expire (an entry that never expires is live whatever the time).
    /// </summary>
    private Entry? LiveLockedReadingClockIfExpiring(TKey key, ref List<EntryEvictedEventArgs>? evicted)
    {
        if (MapFind(key) is not { } entry)
        {
            return null;
        }

        return Volatile.Read(ref entry.ExpiresAt) == Never ? entry : LiveLocked(key, NowTicks(), ref evicted);
    }

    /// <summary>The live entry for a key; an expired one found on the way is removed and reported.</summary>
    private Entry? LiveLocked(TKey key, long now, ref List<EntryEvictedEventArgs>? evicted)
    {
        if (MapFind(key) is not { } entry)
        {
            return null;
        }

        var expiresAt = Volatile.Read(ref entry.ExpiresAt);
        if (expiresAt > now)
        {
            return entry;
        }

        if (Interlocked.CompareExchange(ref entry.ExpiresAt, Dead, expiresAt) == expiresAt)
        {
            NoteKilledLocked(entry, expiresAt);
            UnlinkLocked(entry);
            (evicted ??= new()).Add(Evicted(entry, EvictionReason.Expired, ExpiryInstant(expiresAt)));
            return null;
        }

        return LiveLocked(key, now, ref evicted);
    }

    private WriteOutcome WriteLocked(TKey key, TValue value, long expiresAt, long sliding, long cap, long size, long now, WriteCondition condition, ref List<EntryEvictedEventArgs>? evicted)
        => WriteLocked(key, value, LiveLocked(key, now, ref evicted), expiresAt, sliding, cap, size, now, condition, ref evicted);

    /// <summary>A write under the lock, with the live entry for the key (or null) that the caller has just looked up under the same lock.</summary>
    private WriteOutcome WriteLocked(TKey key, TValue value, Entry? existing, long expiresAt, long sliding, long cap, long size, long now, WriteCondition condition, ref List<EntryEvictedEventArgs>? evicted)
    {
        if (existing is not null && condition == WriteCondition.MustNotExist)
        {
            return WriteOutcome.Exists;
        }

        if (existing is null && condition == WriteCondition.MustExist)
        {
            return WriteOutcome.Missing;
        }

        if (_indexes is not null)
        {
            // Before the quota can evict anything: a write refused for a unique value leaves the store as it was.
            CheckUniqueLocked(key, value, now, ref evicted);
        }

        var evicting = false;
        try
        {
            if (_quota.IsLimited && !MakeRoomLocked(key, existing, size, now, ref evicted, ref evicting))
            {
                return WriteOutcome.Rejected;
            }

            if (existing is not null)
            {
                ReplaceLocked(existing, value, expiresAt, sliding, cap, size, now, bumpVersion: true);
                return WriteOutcome.Replaced;
            }

            PublishLocked(NewEntry(KeyCopy(key), value, expiresAt, sliding, size, 1, now, now, ++_sequence, cap), previous: null, now);
            return WriteOutcome.Created;
        }
        finally
        {
            if (evicting)
            {
                EndMultiStepLocked();
            }
        }
    }

    /// <summary>Checks the quota for a write; evicts per policy. Returns false when the policy rejects; throws for <see cref="QuotaPolicy.Throw"/>.</summary>
    /// <remarks>Evicting opens a multi-step section (<paramref name="evicting"/> set) that the caller closes once the write is published, so lock-free readers never see the victims gone and the new entry missing.</remarks>
    private bool MakeRoomLocked(TKey key, Entry? existing, long size, long now, ref List<EntryEvictedEventArgs>? evicted, ref bool evicting)
    {
        int Needed() => _count + (existing is null ? 1 : 0);
        long NeededBytes() => _bytes - (existing?.Size ?? 0) + size;
        bool Fits() => (_quota.MaxEntries == 0 || Needed() <= _quota.MaxEntries) && (_quota.MaxBytes == 0 || NeededBytes() <= _quota.MaxBytes);

        if (Fits())
        {
            return true;
        }

        SweepLocked(now, ref evicted);
        if (Fits())
        {
            return true;
        }

        if (_quota.Policy == QuotaPolicy.Reject)
        {
            return false;
        }

        var evictionPolicy = _quota.Policy is QuotaPolicy.EvictOldest or QuotaPolicy.EvictLeastRecentlyUsed;
        var fitsWhenAlone = _quota.MaxBytes == 0 || size <= _quota.MaxBytes;
        if (evictionPolicy && fitsWhenAlone)
        {
            // Plan first, then evict: if the plan cannot make room, nothing is removed.
            var recency = _quota.Policy == QuotaPolicy.EvictLeastRecentlyUsed;
            var victims = new List<Entry>();
            int count = Needed();
            long bytes = NeededBytes();
            var slot = _orderStart;
            for (var candidate = recency ? _lruHead : NextInOrder(ref slot); candidate is not null; candidate = recency ? candidate.LruNext : NextInOrder(ref slot))
            {
                if ((_quota.MaxEntries == 0 || count <= _quota.MaxEntries) && (_quota.MaxBytes == 0 || bytes <= _quota.MaxBytes))
                {
                    break;
                }

                if (ReferenceEquals(candidate, existing))
                {
                    continue;
                }

                victims.Add(candidate);
                count--;
                bytes -= candidate.Size;
            }

            var reason = recency ? EvictionReason.LeastRecentlyUsed : EvictionReason.Oldest;

            // The write's own instant (read once, under this lock): the eviction happens at the write that makes room.
            var at = new DateTimeOffset(now, TimeSpan.Zero);
            if (victims.Count > 0 && !evicting)
            {
                BeginMultiStepLocked();
                evicting = true;
            }

            foreach (var victim in victims)
            {
                NoteKilledLocked(victim, Interlocked.Exchange(ref victim.ExpiresAt, Dead));
                UnlinkLocked(victim);
                (evicted ??= new()).Add(Evicted(victim, reason, at));
            }

            return true;
        }

        throw Options.Errors.CreateQuotaExceeded(Name, key, _quota.Describe(Needed(), NeededBytes()));
    }

    /// <summary>The next entry in insertion order from <paramref name="slot"/> on (which moves past it), or null at the end.</summary>
    private Entry? NextInOrder(ref int slot)
    {
        while (slot < _orderEnd)
        {
            if (_order[slot++].Entry is { } entry)
            {
                return entry;
            }
        }

        return null;
    }

    private void ReplaceLocked(Entry existing, TValue value, long expiresAt, long sliding, long cap, long size, long now, bool bumpVersion)
    {
        var entry = NewEntry(existing.Key, value, expiresAt, sliding, size, bumpVersion ? existing.Version + 1 : existing.Version, existing.CreatedAt, bumpVersion ? now : existing.ModifiedAt, existing.Sequence, cap);
        PublishLocked(entry, existing, now);
    }

    /// <summary>Makes an entry visible: map, insertion order (taking the previous entry's place), recency list, byte count, expiry index.</summary>
    private void PublishLocked(Entry entry, Entry? previous, long now)
    {
        if (_indexes is null)
        {
            PublishStepsLocked(entry, previous, now);
            return;
        }

        // With indexes a write changes two structures that readers search without the lock (the map and the indexes):
        // as a multi-step change, a lock-free index probe sees both changed or neither.
        BeginMultiStepLocked();
        try
        {
            PublishStepsLocked(entry, previous, now);
        }
        finally
        {
            EndMultiStepLocked();
        }
    }

    private void PublishStepsLocked(Entry entry, Entry? previous, long now)
    {
        NoteChangedLocked();
        NotePublishedLocked(entry, previous);
        if (_indexes is not null)
        {
            IndexPublishLocked(entry, previous);
        }

        if (previous is null)
        {
            OrderAppendLocked(entry);
            MapAddLocked(entry);
            _count++;
            NoteGrowthLocked();
        }
        else
        {
            OrderReplaceLocked(previous, entry);
            MapReplaceLocked(previous, entry);
            if (_tracksRecency)
            {
                RemoveFromRecency(previous);
            }
        }

        // Written only when it changes: an overwrite of the same size (or in a table that does not measure) leaves the
        // table object untouched, so readers on other cores keep its cache lines.
        var grown = entry.Size - (previous?.Size ?? 0);
        if (grown != 0)
        {
            _bytes += grown;
        }
        if (_tracksRecency)
        {
            AppendToRecency(entry);
        }

        var expiresAt = entry.ExpiresAt;
        if (expiresAt != Never)
        {
            if (previous is not null && previous.CoverDue <= expiresAt)
            {
                // The key already has an expiry-heap node due no later than this entry expires: when it comes up, the
                // sweep finds this entry live and files it at its own instant. So overwriting a key whose expiry moves
                // later (a cache set with the same TTL) costs no heap work.
                entry.CoverDue = previous.CoverDue;
            }
            else
            {
                EnqueueExpiryLocked(entry, expiresAt, now);
                if (_expiry!.Count > 64 && _expiry.Count > 2 * _count)
                {
                    CompactExpiryLocked();
                }
            }
        }
    }

    /// <summary>Files an entry in the expiry heap at <paramref name="due"/> (no later than it expires) and arms the timer.</summary>
    private void EnqueueExpiryLocked(Entry entry, long due, long now)
    {
        (_expiry ??= new()).Enqueue(entry.Key, (due, entry.Sequence));
        entry.CoverDue = due;
        ArmTimerLocked(due, now);
    }

    /// <summary>
    /// Drops the expiry-heap nodes of entries that were overwritten with an earlier expiry, or removed. Those are otherwise
    /// dropped only when their instant comes, so the heap would grow (and keep replaced entries alive) for the whole TTL.
    /// Runs once stale nodes outnumber live entries, so its O(n) rebuild is paid for by as many writes.
    /// </summary>
    private void CompactExpiryLocked()
    {
        _expiry?.Clear();
        for (var i = _orderStart; i < _orderEnd; i++)
        {
            if (_order[i].Entry is not { } entry)
            {
                continue;
            }

            var expiresAt = Volatile.Read(ref entry.ExpiresAt);
            if (expiresAt != Never && expiresAt != Dead)
            {
                (_expiry ??= new()).Enqueue(entry.Key, (expiresAt, entry.Sequence));
                entry.CoverDue = expiresAt;
            }
        }
    }

    private void UnlinkLocked(Entry entry)
    {
        if (_indexes is null)
        {
            UnlinkStepsLocked(entry);
            return;
        }

        // Map and indexes change together for lock-free index probes, as in PublishLocked.
        BeginMultiStepLocked();
        try
        {
            UnlinkStepsLocked(entry);
        }
        finally
        {
            EndMultiStepLocked();
        }
    }

    private void UnlinkStepsLocked(Entry entry)
    {
        NoteChangedLocked();
        NoteUnlinkedLocked(entry);
        if (_indexes is not null)
        {
            IndexUnlinkLocked(entry);
        }

        MapRemoveLocked(entry);
        OrderRemoveLocked(entry);
        if (_tracksRecency)
        {
            RemoveFromRecency(entry);
        }

        _count--;
        _bytes -= entry.Size;
    }

    private void AppendToRecency(Entry entry)
    {
        entry.LruPrev = _lruTail;
        entry.LruNext = null;
        if (_lruTail is null)
        {
            _lruHead = entry;
        }
        else
        {
            _lruTail.LruNext = entry;
        }

        _lruTail = entry;
    }

    private void RemoveFromRecency(Entry entry)
    {
        if (entry.LruPrev is null)
        {
            if (ReferenceEquals(_lruHead, entry))
            {
                _lruHead = entry.LruNext;
            }
        }
        else
        {
            entry.LruPrev.LruNext = entry.LruNext;
        }

        if (entry.LruNext is null)
        {
            if (ReferenceEquals(_lruTail, entry))
            {
                _lruTail = entry.LruPrev;
            }
        }
        else
        {
            entry.LruNext.LruPrev = entry.LruPrev;
        }

        entry.LruPrev = entry.LruNext = null;
    }

    private void ClearLocked()
    {
        NoteChangedLocked();
        for (var i = _orderStart; i < _orderEnd; i++)
        {
            if (_order[i].Entry is { } entry)
            {
                Interlocked.Exchange(ref entry.ExpiresAt, Dead);
            }
        }

        // A large table gives its buckets and slots back; a small one keeps them for the next test.
        var release = _peak >= ShrinkThreshold;
        MapClearLocked(release);
        OrderClearLocked(release);
        if (_indexes is not null)
        {
            IndexClearLocked();
        }

        _lruHead = _lruTail = null;
        _count = 0;
        _bytes = 0;
        _expiry?.Clear();

        // Give back the memory a large table held: the expiry heap's array and the indexes' buckets.
        _expiry?.TrimExcess();
        if (_indexes is not null)
        {
            IndexTrimLocked();
        }

        _peak = 0;
    }

    private void SweepLocked(long now, ref List<EntryEvictedEventArgs>? evicted)
    {
        var expiry = _expiry;
        while (expiry is not null && expiry.TryPeek(out var node, out var due) && due.Due <= now)
        {
            expiry.Dequeue();

            // A node stands for its key: the entry it was filed for may have been overwritten since (the new one took
            // over its cover, see PublishLocked) or removed.
            if (MapFind(node) is not { } entry)
            {
                continue;
            }

            var expiresAt = Volatile.Read(ref entry.ExpiresAt);
            if (expiresAt == Never || expiresAt == Dead)
            {
                continue;
            }

            if (expiresAt > due.Due)
            {
                // Not due at this node's instant (overwritten with a later expiry, or a read renewed its sliding
                // window): file it at its own instant if this was the node covering it. Filed at its own instant, it
                // comes up in order, in this sweep if that instant has passed too.
                if (entry.CoverDue <= due.Due)
                {
                    expiry.Enqueue(entry.Key, (expiresAt, entry.Sequence));
                    entry.CoverDue = expiresAt;
                }

                continue;
            }

            if (Interlocked.CompareExchange(ref entry.ExpiresAt, Dead, expiresAt) != expiresAt)
            {
                var renewed = Volatile.Read(ref entry.ExpiresAt);
                expiry.Enqueue(entry.Key, (renewed, entry.Sequence));
                entry.CoverDue = renewed;
                continue;
            }

            NoteKilledLocked(entry, expiresAt);
            UnlinkLocked(entry);
            (evicted ??= new()).Add(Evicted(entry, EvictionReason.Expired, ExpiryInstant(expiresAt)));
        }

        ShrinkIfSparseLocked();
    }

    private void ArmTimerLocked(long dueTicks, long now)
    {
        if (dueTicks >= _timerDue)
        {
            return;
        }

        _timerDue = dueTicks;
        var delay = TimeSpan.FromTicks(Math.Clamp(dueTicks - now, 1, MaxTimerDelayTicks));
        if (_timer is null)
        {
            var self = new WeakReference<FakeTable<TKey, TValue>>(this);
            _timer = _clock.CreateTimer(static state => OnTimer((WeakReference<FakeTable<TKey, TValue>>)state!), self, delay, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private static void OnTimer(WeakReference<FakeTable<TKey, TValue>> self)
    {
        if (self.TryGetTarget(out var table))
        {
            table.OnTimer();
        }
    }

    private void OnTimer()
    {
        List<EntryEvictedEventArgs>? evicted = null;
        lock (_gate)
        {
            var now = NowTicks();
            _timerDue = Never;
            SweepLocked(now, ref evicted);
            if (_expiry is { } expiry && expiry.TryPeek(out _, out var next))
            {
                ArmTimerLocked(next.Due, now);
            }
        }

        Raise(evicted);
    }

    // Inlined into every write: almost always there is nothing to raise.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Raise(List<EntryEvictedEventArgs>? evicted)
    {
        if (evicted is not null)
        {
            RaiseEvents(evicted);
        }
    }

    private void RaiseEvents(List<EntryEvictedEventArgs> evicted)
    {
        if (Monitor.IsEntered(_gate))
        {
            // Inside Atomically: handlers run only once the outermost lock is released.
            lock (_gate)
            {
                (_deferred ??= new()).AddRange(evicted);
            }

            return;
        }

        foreach (var args in evicted)
        {
            RaiseEvicted(args);
        }
    }

    private void RaiseDeferred()
    {
        // Deferred events are added only by the thread holding the lock, inside Atomically, and that thread calls this
        // once it has left: when it added none, there is nothing to take and no need to lock again.
        if (Volatile.Read(ref _deferred) is null)
        {
            return;
        }

        List<EntryEvictedEventArgs>? deferred;
        lock (_gate)
        {
            deferred = _deferred;
            _deferred = null;
        }

        Raise(deferred);
    }

    private EntryEvictedEventArgs Evicted(Entry entry, EvictionReason reason, DateTimeOffset at)
        => new(Name, entry.Key, Copier.Copy(entry.Value), reason, at);

    private EntryInfo Describe(Entry entry)
    {
        var expiresAt = Volatile.Read(ref entry.ExpiresAt);
        return new EntryInfo(
            Name,
            entry.Key,
            new DateTimeOffset(entry.CreatedAt, TimeSpan.Zero),
            new DateTimeOffset(entry.ModifiedAt, TimeSpan.Zero),
            expiresAt == Never ? null : new DateTimeOffset(expiresAt, TimeSpan.Zero),
            entry.Sliding == 0 ? null : TimeSpan.FromTicks(entry.Sliding),
            entry.Size,
            entry.Version);
    }

    /// <summary>
    /// A new entry: a <see cref="LinkedEntry"/> in a table that keeps a recency list or secondary indexes (both are fixed
    /// before the table holds an entry) or for a sliding window or its cap, else the smaller <see cref="Entry"/> (no room
    /// for fields it would never use).
    /// </summary>
    private Entry NewEntry(TKey key, TValue value, long expiresAt, long sliding, long size, long version, long createdAt, long modifiedAt, long sequence, long cap)
        => _tracksRecency || _indexes is not null || sliding != 0 || cap != Never
            ? new LinkedEntry(key, value, expiresAt, sliding, size, version, createdAt, modifiedAt, sequence, cap)
            : new Entry(key, value, expiresAt, size, version, createdAt, modifiedAt, sequence);

    /// <summary>One stored entry: immutable once published, except its expiry (sliding renewals) and its links.</summary>
    /// <remarks>
    /// The fields every table uses live here (104 bytes with the object header, for a key of up to 8 bytes). A sliding
    /// window, its cap, the recency links and the index values, used only by sliding entries and by tables with a
    /// least-recently-used quota or secondary indexes, live in <see cref="LinkedEntry"/>, which such a write or table
    /// creates (<see cref="NewEntry"/>). On a plain entry they read as what they always held there (no window, no cap,
    /// null links), and setting a link to anything but null throws (a table that needs links made a plain entry: a bug).
    /// </remarks>
    private protected class Entry
    {
        internal readonly TKey Key;
        internal readonly TValue Value;
        internal readonly long Size;
        internal readonly long Version;
        internal readonly long CreatedAt;
        internal readonly long ModifiedAt;
        internal readonly long Sequence;
        internal long ExpiresAt;

        // The next entry in the same hash bucket (see FakeTableOfT.Map.cs), and the key's hash.
        internal Entry? Chain;
        internal int Hash;

        // The entry's place in the insertion order (kept after it is unlinked, so an undo puts it back there).
        internal int Slot;

        // The instant of a pending expiry-heap node for this key that is due no later than this entry expires (or Never):
        // the node that will make the sweep look at the key again.
        internal long CoverDue = Never;

        internal Entry(TKey key, TValue value, long expiresAt, long size, long version, long createdAt, long modifiedAt, long sequence)
        {
            Key = key;
            Value = value;
            ExpiresAt = expiresAt;
            Size = size;
            Version = version;
            CreatedAt = createdAt;
            ModifiedAt = modifiedAt;
            Sequence = sequence;
        }

        /// <summary>The sliding window in ticks, or 0.</summary>
        internal long Sliding => this is LinkedEntry linked ? linked.SlidingTicks : 0;

        /// <summary>The instant a sliding window is never renewed past (an absolute or relative expiry given with it), or Never.</summary>
        internal long Cap => this is LinkedEntry linked ? linked.CapTicks : Never;

        /// <summary>The previous entry in the recency list (least-recently-used quota only).</summary>
        internal Entry? LruPrev
        {
            get => (this as LinkedEntry)?.Prev;
            set
            {
                if (this is LinkedEntry linked)
                {
                    linked.Prev = value;
                }
                else if (value is not null)
                {
                    ThrowNoLinks();
                }
            }
        }

        /// <summary>The next entry in the recency list (least-recently-used quota only).</summary>
        internal Entry? LruNext
        {
            get => (this as LinkedEntry)?.Next;
            set
            {
                if (this is LinkedEntry linked)
                {
                    linked.Next = value;
                }
                else if (value is not null)
                {
                    ThrowNoLinks();
                }
            }
        }

        /// <summary>The values each secondary index holds this entry under, computed once when it is published.</summary>
        internal object?[]? IndexValues
        {
            get => (this as LinkedEntry)?.Indexed;
            set
            {
                if (this is LinkedEntry linked)
                {
                    linked.Indexed = value;
                }
                else if (value is not null)
                {
                    ThrowNoLinks();
                }
            }
        }

        // Clearing a link a plain entry does not have leaves it as it is (null); setting one means a table that needs
        // links created a plain entry.
        [DoesNotReturn]
        private static void ThrowNoLinks()
            => throw new InvalidOperationException("A table that keeps recency or indexes created an entry without links.");
    }

    /// <summary>
    /// An entry with a sliding window or a cap, or of a table with a least-recently-used quota or secondary indexes:
    /// <see cref="Entry"/> and those fields.
    /// </summary>
    private protected sealed class LinkedEntry : Entry
    {
        internal readonly long SlidingTicks;
        internal readonly long CapTicks;
        internal Entry? Prev;
        internal Entry? Next;
        internal object?[]? Indexed;

        internal LinkedEntry(TKey key, TValue value, long expiresAt, long sliding, long size, long version, long createdAt, long modifiedAt, long sequence, long cap)
            : base(key, value, expiresAt, size, version, createdAt, modifiedAt, sequence)
        {
            SlidingTicks = sliding;
            CapTicks = cap;
        }
    }

    private sealed record SavedEntry(TKey Key, TValue Value, long ExpiresAt, long Sliding, long Size, long Version, long CreatedAt, long ModifiedAt)
    {
        /// <summary>The instant a sliding window is never renewed past, or <c>Never</c>.</summary>
        public long Cap { get; init; } = Never;
    }

    private sealed record SavedTable(List<SavedEntry> Entries, long Sequence, object? Extra);
}

/// <summary>
/// 64 bytes of nothing, ending a table object so that what the allocator puts after the table is a cache line away from
/// the fields lock-free readers read. Outside the generic table: a generic type cannot have an explicit layout.
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit, Size = 64)]
internal readonly struct CacheLinePadding
{
}
