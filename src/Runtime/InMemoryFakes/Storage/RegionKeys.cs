using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace InMemoryFakes.Support;

/// <summary>
/// Keys of a key-value store with regions (CacheManager's <c>Get(key, region)</c>): the region is part of the entry's
/// identity, so the table's key is <c>(region, key)</c> and a key without a region is <c>(null, key)</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RegionKeys
{
    /// <summary>The key of an entry in a region.</summary>
    /// <param name="region">The region; not null or empty.</param>
    /// <param name="key">The key; not null.</param>
    /// <param name="regionParam">The caller's parameter name for <paramref name="region"/>; filled in by the compiler.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The table key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> or <paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="region"/> is empty.</exception>
    public static (string? Region, string Key) In(string region, string key,
        [CallerArgumentExpression(nameof(region))] string? regionParam = null,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(region, regionParam);
        return (region, key ?? throw new ArgumentNullException(keyParam ?? nameof(key)));
    }

    /// <summary>The key of an entry without a region.</summary>
    /// <param name="key">The key; not null.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The table key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static (string? Region, string Key) Without(string key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => (null, key ?? throw new ArgumentNullException(keyParam ?? nameof(key)));
}
