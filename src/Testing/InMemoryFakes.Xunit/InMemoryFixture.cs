using System;
using System.Threading;
using Xunit;

namespace InMemoryFakes.Xunit;

/// <summary>
/// Fresh in-memory fakes for every xunit v3 test. Use it as a base class of a test class (xunit
/// creates one instance per test) or inject it as a class or collection fixture: a shared instance
/// notices when the running test changes and starts a new <see cref="FakeScope"/> for it, so every
/// test begins with empty fakes, a new <see cref="ManualClock"/> and its own cancellation token.
/// </summary>
/// <example>
/// <code>
/// public class OrderTests(InMemoryFixture fakes) : IClassFixture&lt;InMemoryFixture&gt;
/// {
///     [Fact]
///     public async Task Expired_orders_disappear()
///     {
///         var orders = fakes.Get&lt;IOrderCache&gt;();
///         await orders.SetAsync("o1", order, TimeSpan.FromMinutes(5), fakes.CancellationToken);
///         fakes.Clock.Advance(TimeSpan.FromMinutes(5));
///         Assert.Null(await orders.GetAsync("o1", fakes.CancellationToken));
///     }
/// }
/// </code>
/// </example>
public class InMemoryFixture
{
    private readonly object _gate = new();
    private string? _testId;
    private FakeScope? _scope;

    /// <summary>The current test's scope: its clock, backend and fakes.</summary>
    public FakeScope Scope
    {
        get
        {
            var context = TestContext.Current;
            var testId = context.Test?.UniqueID ?? string.Empty;
            lock (_gate)
            {
                if (_scope is null || !string.Equals(_testId, testId, StringComparison.Ordinal))
                {
                    _scope = new FakeScope(clock: CreateClock(), configure: Configure, cancellationToken: context.CancellationToken);
                    _testId = testId;
                }

                return _scope;
            }
        }
    }

    /// <summary>The current test's clock.</summary>
    public ManualClock Clock => Scope.Clock;

    /// <summary>The current test's backend, shared by all its fakes.</summary>
    public InMemoryBackend Backend => Scope.Backend;

    /// <summary>The current test's cancellation token (xunit's <c>TestContext.Current.CancellationToken</c>); every fake also observes it.</summary>
    public CancellationToken CancellationToken => Scope.CancellationToken;

    /// <summary>The current test's fake for <typeparamref name="TInterface"/>, created on first use.</summary>
    /// <typeparam name="TInterface">An interface with a generated fake.</typeparam>
    /// <returns>The same instance for the rest of the test.</returns>
    public TInterface Get<TInterface>()
        where TInterface : class
        => Scope.Get<TInterface>();

    /// <summary>The test hooks (reset, snapshot, faults, call log) of the current test's fake for <typeparamref name="TInterface"/>.</summary>
    /// <typeparam name="TInterface">An interface with a generated fake.</typeparam>
    /// <returns>Its <see cref="IInMemoryFake"/> view.</returns>
    public IInMemoryFake HooksOf<TInterface>()
        where TInterface : class
        => Scope.HooksOf<TInterface>();

    /// <summary>Creates each test's clock; override to start at another instant.</summary>
    /// <returns>A new clock.</returns>
    protected virtual ManualClock CreateClock() => new();

    /// <summary>Adjusts the options of every fake created for a test (quotas, copy mode, call recording…).</summary>
    /// <param name="options">The options; clock, backend and cancellation token are already set.</param>
    protected virtual void Configure(InMemoryFakeOptions options)
    {
    }
}
