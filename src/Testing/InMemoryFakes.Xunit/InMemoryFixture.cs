using System;
using Xunit;

namespace InMemoryFakes.Xunit;

/// <summary>
/// Fresh in-memory fakes for every xunit v3 test. Use it as a base class of a test class (xunit
/// creates one instance per test) or inject it as a class or collection fixture: a shared instance
/// notices when the running test changes and starts a new <see cref="FakeScope"/> for it, so every
/// test begins with empty fakes, a new <see cref="ManualClock"/> and its own cancellation token
/// (<c>TestContext.Current.CancellationToken</c>).
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
public class InMemoryFixture : InMemoryFixtureBase
{
    private readonly object _gate = new();
    private string? _testId;
    private FakeScope? _scope;

    /// <inheritdoc />
    public override FakeScope Scope
    {
        get
        {
            var context = TestContext.Current;
            var testId = context.Test?.UniqueID ?? string.Empty;
            lock (_gate)
            {
                if (_scope is null || !string.Equals(_testId, testId, StringComparison.Ordinal))
                {
                    _scope = CreateScope(context.CancellationToken);
                    _testId = testId;
                }

                return _scope;
            }
        }
    }
}
