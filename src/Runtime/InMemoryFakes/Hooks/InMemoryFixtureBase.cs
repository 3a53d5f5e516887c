using System.Threading;

namespace InMemoryFakes;

/// <summary>
/// The surface every test-framework fixture shares: the current test's fakes, clock, backend and
/// cancellation token, all read from its <see cref="FakeScope"/>. A framework package derives from it
/// and says only how the current test's scope is found.
/// </summary>
public abstract class InMemoryFixtureBase
{
    /// <summary>The current test's scope: its clock, backend and fakes.</summary>
    public abstract FakeScope Scope { get; }

    /// <summary>The current test's clock.</summary>
    public ManualClock Clock => Scope.Clock;

    /// <summary>The current test's backend, shared by all its fakes.</summary>
    public InMemoryBackend Backend => Scope.Backend;

    /// <summary>The current test's cancellation token; every fake of the test also observes it.</summary>
    public CancellationToken CancellationToken => Scope.CancellationToken;

    /// <summary>The current test's fake for <typeparamref name="TInterface"/>, created on first use.</summary>
    /// <typeparam name="TInterface">An interface with a generated fake.</typeparam>
    /// <returns>The same instance for the rest of the test.</returns>
    public TInterface Get<TInterface>()
        where TInterface : class
        => Scope.Get<TInterface>();

    /// <summary>The test hooks (reset, snapshot, faults, call log, locks) of the current test's fake for <typeparamref name="TInterface"/>.</summary>
    /// <typeparam name="TInterface">An interface with a generated fake.</typeparam>
    /// <returns>Its <see cref="IInMemoryFake"/> view.</returns>
    public IInMemoryFake HooksOf<TInterface>()
        where TInterface : class
        => Scope.HooksOf<TInterface>();

    /// <summary>Creates a scope for a test; derived fixtures call it when a new test starts.</summary>
    /// <param name="cancellationToken">The test's cancellation token.</param>
    /// <returns>A fresh scope.</returns>
    protected FakeScope CreateScope(CancellationToken cancellationToken)
        => new(clock: CreateClock(), configure: Configure, cancellationToken: cancellationToken);

    /// <summary>Creates each test's clock; override to start at another instant.</summary>
    /// <returns>A new clock.</returns>
    protected virtual ManualClock CreateClock() => new();

    /// <summary>Adjusts the options of every fake created for a test (quotas, copy mode, call recording…).</summary>
    /// <param name="options">The options; clock, backend and cancellation token are already set.</param>
    protected virtual void Configure(InMemoryFakeOptions options)
    {
    }
}
