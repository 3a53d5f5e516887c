using System;
using System.ComponentModel;
using System.Diagnostics;

namespace InMemoryFakes.Support;

/// <summary>One live entry as the debugger and <see cref="FakeDump.Dump"/> show it: key, stored value and expiry.</summary>
/// <param name="Store">The table's name.</param>
/// <param name="Key">The key.</param>
/// <param name="Value">The stored value (the store's own instance: look, do not change it).</param>
/// <param name="Info">Expiry, size, version and timestamps.</param>
[DebuggerDisplay("{Key} = {Value} {ExpiryText,nq}")]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record FakeEntryView(string Store, object Key, object? Value, EntryInfo Info)
{
    /// <summary>When the entry disappears, or <see langword="null"/> if it does not expire.</summary>
    public DateTimeOffset? ExpiresAt => Info.ExpiresAt;

    /// <summary>"(expires …)", "(expires …, sliding …)" or "(no expiry)".</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string ExpiryText => Info.ExpiresAt is { } at
        ? Info.SlidingWindow is { } window ? $"(expires {FakeDump.Format(at)}, sliding {window})" : $"(expires {FakeDump.Format(at)})"
        : "(no expiry)";
}

/// <summary>A table's entries with their values, read without counting as reads (no sliding renewal, no recency).</summary>
internal interface IHasEntryViews
{
    /// <summary>The live entries, in insertion order.</summary>
    /// <returns>A snapshot.</returns>
    FakeEntryView[] EntryViews();
}
