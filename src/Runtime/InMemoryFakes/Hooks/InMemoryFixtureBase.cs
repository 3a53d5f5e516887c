using System;
using System.Threading;

namespace InMemoryFakes;

/// <summary>
/// The surface every test-framework fixture shares: the current test's fakes, clock, backend and
/// cancellation token, all read from its <see cref="FakeScope{TClock}"/>. A framework package derives from it
/// and says only how the current test's scope is found.
/// </summary>
/// <typeparam name="TClock">The clock each test gets: <see cref="ManualClock"/>, or <c>FakeTimeProvider</c> from
/// Microsoft.Extensions.TimeProvider.Testing (or any <see cref="TimeProvider"/> with a parameterless constructor;
/// override <see cref="CreateClock"/> to construct it another way).</typeparam>
public abstract class InMemoryFixtureBase<TClock>
    where TClock : TimeProvider, new()
{
    /// <summary>The current test's scope: its clock, backend and fakes.</summary>
    public abstract FakeScope<TClock> Scope { get; }

    /// <summary>The current test's clock.</summary>
    public TClock Clock => Scope.Clock;

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
    /// <exception cref="InvalidOperationException"><see cref="CreateClock"/> returned null.</exception>
    protected FakeScope<TClock> CreateScope(CancellationToken cancellationToken)
    {
        var clock = CreateClock() ?? throw new InvalidOperationException($"{GetType().Name}.CreateClock() returned null; return a new {typeof(TClock).Name}.");
        return new FakeScope<TClock>(clock, Configure, cancellationToken);
    }

    /// <summary>Creates each test's clock; override to start at another instant. The default is <c>new TClock()</c>
    /// (<see cref="ManualClock"/> and <c>FakeTimeProvider</c> both start at 2000-01-01T00:00:00Z).</summary>
    /// <returns>A new clock.</returns>
    protected virtual TClock CreateClock() => new();

    /// <summary>Adjusts the options of every fake created for a test (quotas, copy mode, call recording…).</summary>
    /// <param name="options">The options; clock, backend and cancellation token are already set.</param>
    protected virtual void Configure(InMemoryFakeOptions options)
    {
    }
}
