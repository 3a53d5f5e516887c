using System;
using System.Collections.Generic;
using System.Globalization;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

// The reference model's own vocabulary. Nothing in this file (or in the *Model classes) calls the runtime:
// the rules are written from docs/runtime.md and DESIGN.md §4.

/// <summary>How a model write asks to expire, mirroring the documented factories.</summary>
internal enum ExpiryKind
{
    Default,
    Never,
    After,
    AfterSeconds,
    At,
    Sliding,
}

/// <summary>An expiry request: <see cref="Ticks"/> is the duration (After, Sliding), the instant (At) or unused.</summary>
internal readonly record struct ExpirySpec(ExpiryKind Kind, long Ticks, double Seconds = 0)
{
    public static ExpirySpec Default => new(ExpiryKind.Default, 0);

    public override string ToString() => Kind switch
    {
        ExpiryKind.Default => "default",
        ExpiryKind.Never => "never",
        ExpiryKind.After => "after " + Ticks.ToString(CultureInfo.InvariantCulture) + "t",
        ExpiryKind.AfterSeconds => "afterSeconds " + Seconds.ToString("R", CultureInfo.InvariantCulture),
        ExpiryKind.At => "at " + Ticks.ToString(CultureInfo.InvariantCulture),
        _ => "sliding " + Ticks.ToString(CultureInfo.InvariantCulture) + "t",
    };
}

/// <summary>The documented expiry rules.</summary>
internal static class ModelExpiry
{
    /// <summary>Entries that never expire.</summary>
    public const long Never = long.MaxValue;

    /// <summary>
    /// Resolves a request at write time <paramref name="now"/>: visible while now &lt; expiresAt. <c>Default</c> is the store's
    /// default time to live (none unless configured). An absolute instant that is not in the future is invalid.
    /// </summary>
    public static bool TryResolve(ExpirySpec spec, long now, long? defaultTtl, out long expiresAt, out long sliding)
    {
        sliding = 0;
        switch (spec.Kind)
        {
            case ExpiryKind.Default:
                expiresAt = defaultTtl is { } ttl ? now + ttl : Never;
                return true;
            case ExpiryKind.Never:
                expiresAt = Never;
                return true;
            case ExpiryKind.After:
                expiresAt = now + spec.Ticks;
                return true;
            case ExpiryKind.AfterSeconds:
                // The generators only use seconds that are exact in ticks (multiples of 1/4 s).
                expiresAt = now + (long)(spec.Seconds * 10_000_000);
                return true;
            case ExpiryKind.At:
                expiresAt = spec.Ticks;
                return spec.Ticks > now;
            default:
                sliding = spec.Ticks;
                expiresAt = now + spec.Ticks;
                return true;
        }
    }

    public static string Render(long expiresAt) => expiresAt == Never ? "never" : expiresAt.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The quota settings of a model store.</summary>
internal sealed record QuotaSpec(int MaxEntries, long MaxBytes, QuotaPolicy Policy)
{
    public bool Limited => MaxEntries > 0 || MaxBytes > 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"MaxEntries={MaxEntries} MaxBytes={MaxBytes} Policy={Policy}");
}

/// <summary>What the quota says about one write.</summary>
internal enum QuotaVerdict
{
    Fits,
    Reject,
    Throw,
    Evict,
}

/// <summary>
/// The documented quota rules, on plain lists: a write fits, or the policy throws (store unchanged), rejects (dropped),
/// or evicts the oldest-inserted / least-recently-used other entries until it fits; a value bigger than MaxBytes
/// alone throws under every policy but Reject.
/// </summary>
internal static class ModelQuota
{
    /// <param name="quota">The limits.</param>
    /// <param name="insertionOrder">Live keys with their sizes, first-written first.</param>
    /// <param name="recencyOrder">Live keys, least recently used first.</param>
    /// <param name="key">The key being written.</param>
    /// <param name="newSize">Its new size.</param>
    /// <param name="victims">The keys to evict, in order, when the verdict is <see cref="QuotaVerdict.Evict"/>.</param>
    public static QuotaVerdict Plan<TKey>(
        QuotaSpec quota,
        IReadOnlyList<(TKey Key, long Size)> insertionOrder,
        IReadOnlyList<TKey> recencyOrder,
        TKey key,
        long newSize,
        out List<TKey> victims)
        where TKey : notnull
    {
        victims = new List<TKey>();
        if (!quota.Limited)
        {
            return QuotaVerdict.Fits;
        }

        var comparer = EqualityComparer<TKey>.Default;
        var sizes = new Dictionary<TKey, long>();
        long bytes = 0;
        foreach (var (k, size) in insertionOrder)
        {
            sizes[k] = size;
            bytes += size;
        }

        var exists = sizes.TryGetValue(key, out var oldSize);
        var count = insertionOrder.Count + (exists ? 0 : 1);
        bytes = bytes - (exists ? oldSize : 0) + newSize;
        bool Fits() => (quota.MaxEntries == 0 || count <= quota.MaxEntries) && (quota.MaxBytes == 0 || bytes <= quota.MaxBytes);

        if (Fits())
        {
            return QuotaVerdict.Fits;
        }

        switch (quota.Policy)
        {
            case QuotaPolicy.Reject:
                return QuotaVerdict.Reject;
            case QuotaPolicy.Throw:
                return QuotaVerdict.Throw;
        }

        if (quota.MaxBytes > 0 && newSize > quota.MaxBytes)
        {
            return QuotaVerdict.Throw;
        }

        var candidates = new List<TKey>();
        if (quota.Policy == QuotaPolicy.EvictOldest)
        {
            foreach (var (k, _) in insertionOrder)
            {
                candidates.Add(k);
            }
        }
        else
        {
            candidates.AddRange(recencyOrder);
        }

        foreach (var candidate in candidates)
        {
            if (Fits())
            {
                break;
            }

            if (comparer.Equals(candidate, key))
            {
                continue;
            }

            victims.Add(candidate);
            count--;
            bytes -= sizes[candidate];
        }

        return QuotaVerdict.Evict;
    }

    public static EvictionReason ReasonFor(QuotaPolicy policy)
        => policy == QuotaPolicy.EvictOldest ? EvictionReason.Oldest : EvictionReason.LeastRecentlyUsed;
}

/// <summary>A key's place in least-recently-used order: a plain list, least recent first.</summary>
internal sealed class RecencyList<TKey>
    where TKey : notnull
{
    private readonly List<TKey> _keys;

    public RecencyList()
    {
        _keys = new List<TKey>();
    }

    private RecencyList(List<TKey> keys)
    {
        _keys = keys;
    }

    public IReadOnlyList<TKey> Keys => _keys;

    public void Use(TKey key)
    {
        _keys.Remove(key);
        _keys.Add(key);
    }

    public void Forget(TKey key) => _keys.Remove(key);

    public void Clear() => _keys.Clear();

    public RecencyList<TKey> Clone() => new(new List<TKey>(_keys));
}
