using System;
using System.Collections.Generic;

namespace InMemoryFakes;

/// <summary>
/// Per-instance settings for a generated fake. Every property left <see langword="null"/> falls
/// back to the value on <see cref="InMemoryFakeAttribute"/>, then to the runtime default.
/// </summary>
public sealed class InMemoryFakeOptions
{
    /// <summary>The clock for expiry and timestamps; defaults to the backend's clock, then <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>A backend whose tables this fake shares with other fakes; <see langword="null"/> gives the fake its own (isolated) backend.</summary>
    public InMemoryBackend? Backend { get; set; }

    /// <summary>Overrides <see cref="InMemoryFakeAttribute.MaxEntries"/>; 0 means no limit.</summary>
    public int? MaxEntries { get; set; }

    /// <summary>Overrides <see cref="InMemoryFakeAttribute.MaxBytes"/>; 0 means no limit.</summary>
    public long? MaxBytes { get; set; }

    /// <summary>Overrides <see cref="InMemoryFakeAttribute.QuotaPolicy"/>.</summary>
    public QuotaPolicy? QuotaPolicy { get; set; }

    /// <summary>Overrides <see cref="InMemoryFakeAttribute.DefaultTtlSeconds"/>.</summary>
    public TimeSpan? DefaultTimeToLive { get; set; }

    /// <summary>Overrides <see cref="InMemoryFakeAttribute.CopyMode"/>.</summary>
    public CopyMode? CopyMode { get; set; }

    /// <summary>
    /// User copies for value types no copy rule knows (a mutable type from another assembly whose state the generator
    /// cannot reach): see <see cref="InMemoryFakes.CopyHooks"/>. Values of such types without a hook are stored by
    /// reference and reported through <see cref="FakeCore.ValueStoredByReference"/>.
    /// </summary>
    public CopyHooks? CopyHooks { get; set; }

    /// <summary>Measures values for a byte quota; see <see cref="InMemoryFakes.SizeEstimator"/>.</summary>
    public Func<object?, long>? SizeEstimator { get; set; }

    /// <summary>Compares string keys; defaults to ordinal. Pass <see cref="StringComparer.OrdinalIgnoreCase"/> for case-insensitive keys.</summary>
    public IEqualityComparer<string>? StringKeyComparer { get; set; }

    /// <summary>
    /// A token every member of the fake observes besides its own <see cref="System.Threading.CancellationToken"/>
    /// parameter: once it is cancelled, calls throw <see cref="OperationCanceledException"/> without touching the store.
    /// Test fixtures pass the test's cancellation token here.
    /// </summary>
    public System.Threading.CancellationToken CancellationToken { get; set; }

    /// <summary>Record every call in <see cref="IInMemoryFake.Calls"/>. Off by default so a prototype app does not grow a log forever.</summary>
    public bool RecordCalls { get; set; }

    /// <summary>The store choices to copy (text comparison per property, null ordering); see <see cref="StoreSemantics"/>. <see langword="null"/> is <see cref="StoreSemantics.Default"/>.</summary>
    public StoreSemantics? Semantics { get; set; }
}

/// <summary>The defaults a generated fake carries from its <see cref="InMemoryFakeAttribute"/>. Emitted by the generator.</summary>
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
