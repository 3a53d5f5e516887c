using System;

namespace InMemoryFakes;

/// <summary>What the store knows about one live entry, for inspection in tests.</summary>
/// <param name="Store">The table's name.</param>
/// <param name="Key">The entry's key.</param>
/// <param name="CreatedAt">When the key was first written.</param>
/// <param name="LastModified">When the entry was last written.</param>
/// <param name="ExpiresAt">When it disappears, or <see langword="null"/> if it does not expire.</param>
/// <param name="SlidingWindow">The sliding window every read renews, or <see langword="null"/>.</param>
/// <param name="Size">Its size in bytes, when the table measures sizes (a byte quota, or a blob); otherwise 0.</param>
/// <param name="Version">Starts at 1 and grows by one with every write of the key.</param>
public sealed record EntryInfo(
    string Store,
    object Key,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastModified,
    DateTimeOffset? ExpiresAt,
    TimeSpan? SlidingWindow,
    long Size,
    long Version);

/// <summary>Describes an entry the store removed on its own.</summary>
public sealed class EntryEvictedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="store">The table's name.</param>
    /// <param name="key">The removed key.</param>
    /// <param name="value">The removed value.</param>
    /// <param name="reason">Why it was removed.</param>
    /// <param name="at">The store's clock when it was removed (for expiry, the exact expiry instant when swept by a timer).</param>
    public EntryEvictedEventArgs(string store, object key, object? value, EvictionReason reason, DateTimeOffset at)
    {
        Store = store;
        Key = key;
        Value = value;
        Reason = reason;
        At = at;
    }

    /// <summary>The table's name.</summary>
    public string Store { get; }

    /// <summary>The removed key.</summary>
    public object Key { get; }

    /// <summary>The removed value.</summary>
    public object? Value { get; }

    /// <summary>Why it was removed.</summary>
    public EvictionReason Reason { get; }

    /// <summary>The store's clock when it was removed.</summary>
    public DateTimeOffset At { get; }
}
