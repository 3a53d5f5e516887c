using System;

namespace InMemoryFakes;

/// <summary>
/// The expiry of a cache entry whose options carry several settings at once (as <c>MemoryCacheEntryOptions</c> and
/// <c>DistributedCacheEntryOptions</c> do): an absolute instant, a time to live relative to the write, and a sliding
/// window. Generated fakes read an options object through this.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>None set: <see cref="Expiration.Default"/> (the store's default time to live).</item>
/// <item>One set: that one.</item>
/// <item>Absolute and relative: the <em>earlier</em> of the two instants wins.</item>
/// <item>Sliding with an absolute or relative end: the window is renewed by reads but never past that end. Keeping that
/// cap needs the runtime's combined expiry (<c>Expiration.Combine</c>, issue 11); until the runtime has it this throws
/// <see cref="NotSupportedException"/> rather than let the entry outlive its end.</item>
/// </list>
/// </remarks>
public static class CacheEntryExpiration
{
    /// <summary>Combines the settings of a cache entry's options.</summary>
    /// <param name="clock">The store's clock (the instant "relative to now" counts from).</param>
    /// <param name="absolute">The instant the entry disappears at the latest.</param>
    /// <param name="relative">A time to live from the write.</param>
    /// <param name="sliding">A window every read renews.</param>
    /// <param name="paramName">The caller's parameter (the options object), named by the exceptions.</param>
    /// <returns>The expiration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A duration is zero, negative or infinite, or the absolute instant is not in the future (at the write).</exception>
    /// <exception cref="NotSupportedException">A sliding window together with an absolute or relative end.</exception>
    public static Expiration Combine(TimeProvider clock, DateTimeOffset? absolute, TimeSpan? relative, TimeSpan? sliding, string paramName)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var window = sliding is { } s ? Expiration.Sliding(s, paramName) : (Expiration?)null;
        var after = relative is { } r ? Expiration.After(r, paramName) : (Expiration?)null;
        if (absolute is null && after is null)
        {
            return window ?? Expiration.Default;
        }

        if (window is not null)
        {
            throw new NotSupportedException(
                $"'{paramName}' sets a sliding expiration together with an absolute or relative one: the fake cannot yet cap a sliding window at an end instant (it comes with the runtime's combined expiry); set one of them.");
        }

        if (absolute is { } at && relative is { } ttl)
        {
            var end = clock.GetUtcNow() + ttl;
            return Expiration.At(at < end ? at : end, paramName);
        }

        return absolute is { } instant ? Expiration.At(instant, paramName) : after!.Value;
    }
}
