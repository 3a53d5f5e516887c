using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>The defaults a generated fake carries from its <see cref="InMemoryFakeAttribute"/>. Emitted by the generator.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record FakeDefaults
{
    /// <summary>Creates defaults.</summary>
    /// <param name="name">The fake's name (the interface name), used for its tables and in messages.</param>
    public FakeDefaults(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The fake's name.</summary>
    public string Name { get; }

    /// <summary>Most live entries per table; 0 means no limit.</summary>
    public int MaxEntries { get; init; }

    /// <summary>Most bytes per table; 0 means no limit.</summary>
    public long MaxBytes { get; init; }

    /// <summary>What a write past a limit does.</summary>
    public QuotaPolicy QuotaPolicy { get; init; }

    /// <summary>Time to live for entries written without one, or <see langword="null"/>.</summary>
    public TimeSpan? DefaultTimeToLive { get; init; }

    /// <summary>How values are isolated from callers.</summary>
    public CopyMode CopyMode { get; init; }

    /// <summary>
    /// How string keys compare (<see cref="InMemoryFakeAttribute.StringKeys"/>), or <see langword="null"/> for ordinal;
    /// <see cref="InMemoryFakeOptions.StringKeyComparer"/> overrides it.
    /// </summary>
    public IEqualityComparer<string>? StringKeyComparer { get; init; }

    /// <summary>The exceptions the fake throws.</summary>
    public FakeErrors Errors { get; init; } = FakeErrors.Default;

    /// <summary>
    /// Set by generated code that passes every exception its members throw through
    /// <see cref="FakeCore.TryTranslateError"/>: the fake's tables then throw the runtime's own exception types, and each
    /// fake applies its own <see cref="Errors"/> mapping in that one place, so fakes sharing a backend (and so a table)
    /// each throw their own types. <see langword="false"/> (older generated code): a table throws the mapped types of the
    /// fake that created it.
    /// </summary>
    public bool TranslatesErrors { get; init; }

    /// <summary>The names of the fake's members, so fault injection can reject a misspelt name; empty accepts any name.</summary>
    public IReadOnlyList<string> Members { get; init; } = Array.Empty<string>();
}
