using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>One entry of a table as <see cref="FakeTable{TKey, TValue}.Export"/> captures it and <see cref="FakeTable{TKey, TValue}.Import"/> takes it back.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
/// <param name="Key">The key.</param>
/// <param name="Value">The value (a copy of the stored one, for copied values).</param>
/// <param name="CreatedAt">When the key was first written.</param>
/// <param name="LastModified">When the entry was last written.</param>
/// <param name="ExpiresAt">The absolute instant the entry disappears, or <see langword="null"/> when it does not expire. For a sliding entry, the end of its current window.</param>
/// <param name="SlidingWindow">The window every read renews, or <see langword="null"/>.</param>
/// <param name="Version">Starts at 1 and grows by one with every write of the key.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record TableEntry<TKey, TValue>(
    TKey Key,
    TValue Value,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastModified,
    DateTimeOffset? ExpiresAt,
    TimeSpan? SlidingWindow,
    long Version)
    where TKey : notnull
{
    /// <summary>The entry's measured size when exported (0 unless the table measures sizes). Ignored by <see cref="FakeTable{TKey, TValue}.Import"/>, which measures again.</summary>
    public long Size { get; init; }
}

/// <summary>Everything a table holds, captured atomically: its live entries in insertion order and its generated-key sequence.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
/// <param name="Entries">The live entries, in insertion order.</param>
/// <param name="KeySequence">The last generated key of an entity table that generates <see cref="int"/>/<see cref="long"/> keys, or <see langword="null"/>.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record TableContents<TKey, TValue>(IReadOnlyList<TableEntry<TKey, TValue>> Entries, long? KeySequence)
    where TKey : notnull;
