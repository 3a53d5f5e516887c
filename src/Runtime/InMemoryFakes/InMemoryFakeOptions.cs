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

    /// <summary>
    /// The change tracker this fake shares with the other fakes of its scope (repositories and an <c>IUnitOfWork</c> over
    /// one <c>DbContext</c>): a fake with a unit of work tracks its tables in it, so one save writes them all. <see langword="null"/>
    /// gives each such fake its own tracker. See <see cref="InMemoryFakes.SharedUnitOfWork"/>.
    /// </summary>
    public SharedUnitOfWork? SharedUnitOfWork { get; set; }

    /// <summary>The store choices to copy (text comparison per property, null ordering); see <see cref="StoreSemantics"/>. <see langword="null"/> is <see cref="StoreSemantics.Default"/>.</summary>
    public StoreSemantics? Semantics { get; set; }
}
