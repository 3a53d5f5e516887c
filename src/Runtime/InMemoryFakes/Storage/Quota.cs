using System;
using System.ComponentModel;
using System.Globalization;

namespace InMemoryFakes.Support;

/// <summary>The limits of one table and what a write past them does.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record Quota
{
    /// <summary>No limits.</summary>
    public static Quota None { get; } = new();

    /// <summary>Creates a quota.</summary>
    /// <param name="maxEntries">Most live entries; 0 for no limit.</param>
    /// <param name="maxBytes">Most bytes; 0 for no limit.</param>
    /// <param name="policy">What a write past a limit does.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is negative, or the policy is not defined.</exception>
    public Quota(int maxEntries = 0, long maxBytes = 0, QuotaPolicy policy = QuotaPolicy.Throw)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxEntries);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown quota policy.");
        }

        MaxEntries = maxEntries;
        MaxBytes = maxBytes;
        Policy = policy;
    }

    /// <summary>Most live entries; 0 means no limit.</summary>
    public int MaxEntries { get; }

    /// <summary>Most bytes; 0 means no limit.</summary>
    public long MaxBytes { get; }

    /// <summary>What a write past a limit does.</summary>
    public QuotaPolicy Policy { get; }

    /// <summary><see langword="true"/> when any limit is set.</summary>
    public bool IsLimited => MaxEntries > 0 || MaxBytes > 0;

    internal string Describe(int count, long bytes)
        => MaxEntries > 0 && count > MaxEntries
            ? string.Create(CultureInfo.InvariantCulture, $"MaxEntries {MaxEntries}: would hold {count} entries")
            : string.Create(CultureInfo.InvariantCulture, $"MaxBytes {MaxBytes}: would hold {bytes} bytes");
}
