using System;
using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>Settings shared by every kind of table: its name, clock, quota, default expiry and errors.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record TableOptions
{
    /// <summary>Creates settings for a table.</summary>
    /// <param name="name">The name used in messages and events, e.g. the entity or interface name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public TableOptions(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The name used in messages and events.</summary>
    public string Name { get; }

    /// <summary>The clock that expiry is measured against.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Entry and byte limits.</summary>
    public Quota Quota { get; init; } = Quota.None;

    /// <summary>Expiry applied to writes that do not ask for one.</summary>
    public Expiration DefaultExpiration { get; init; }

    /// <summary>The exceptions the table throws.</summary>
    public FakeErrors Errors { get; init; } = FakeErrors.Default;

    /// <summary>User copies for value types no copy rule knows (from <see cref="InMemoryFakeOptions.CopyHooks"/>).</summary>
    public CopyHooks? CopyHooks { get; init; }

    /// <summary>Measures values for <see cref="Quota.MaxBytes"/>; <see langword="null"/> uses <see cref="SizeEstimator.Default"/>.</summary>
    public Func<object?, long>? SizeEstimator { get; init; }
}
