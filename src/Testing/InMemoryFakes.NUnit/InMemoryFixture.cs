using System.Collections.Concurrent;
using System.Threading;
using NUnit.Framework;

namespace InMemoryFakes.NUnit;

/// <summary>
/// Fresh in-memory fakes for every NUnit 4 test. Derive your fixture from it. Each running test gets
/// its own <see cref="FakeScope"/> (keyed by the test's id), so tests of one fixture instance running
/// in parallel under <c>[Parallelizable(ParallelScope.All)]</c> never see each other's data, and it
/// works unchanged with <c>[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]</c>. The scope is
/// dropped when the test tears down.
/// </summary>
public class InMemoryFixture
{
    private readonly ConcurrentDictionary<string, FakeScope> _scopes = new();

    /// <summary>The current test's scope: its clock, backend and fakes.</summary>
    public FakeScope Scope
    {
        get
        {
            var context = TestContext.CurrentContext;
            return _scopes.GetOrAdd(
                context.Test.ID,
                static (_, state) => new FakeScope(clock: state.Fixture.CreateClock(), configure: state.Fixture.Configure, cancellationToken: state.Token),
                (Fixture: this, Token: context.CancellationToken));
        }
    }

    /// <summary>The current test's clock.</summary>
    public ManualClock Clock => Scope.Clock;

    /// <summary>The current test's backend, shared by all its fakes.</summary>
    public InMemoryBackend Backend => Scope.Backend;

    /// <summary>The current test's cancellation token (NUnit's <c>TestContext.CurrentContext.CancellationToken</c>); every fake also observes it.</summary>
    public CancellationToken CancellationToken => Scope.CancellationToken;

    /// <summary>The current test's fake for <typeparamref name="TInterface"/>, created on first use.</summary>
    /// <typeparam name="TInterface">An interface with a generated fake.</typeparam>
    /// <returns>The same instance for the rest of the test.</returns>
    public TInterface Get<TInterface>()
        where TInterface : class
        => Scope.Get<TInterface>();

    /// <summary>The test hooks of the current test's fake for <typeparamref name="TInterface"/>.</summary>
    /// <typeparam name="TInterface">An interface with a generated fake.</typeparam>
    /// <returns>Its <see cref="IInMemoryFake"/> view.</returns>
    public IInMemoryFake HooksOf<TInterface>()
        where TInterface : class
        => Scope.HooksOf<TInterface>();

    /// <summary>Drops the finished test's scope.</summary>
    [TearDown]
    public void ReleaseInMemoryFakes() => _scopes.TryRemove(TestContext.CurrentContext.Test.ID, out _);

    /// <summary>Creates each test's clock; override to start at another instant.</summary>
    /// <returns>A new clock.</returns>
    protected virtual ManualClock CreateClock() => new();

    /// <summary>Adjusts the options of every fake created for a test.</summary>
    /// <param name="options">The options; clock, backend and cancellation token are already set.</param>
    protected virtual void Configure(InMemoryFakeOptions options)
    {
    }
}
