using System;
using Xunit;

namespace InMemoryFakes.Xunit;

/// <summary>
/// Fresh in-memory fakes for every xunit v3 test, on a <see cref="ManualClock"/>. Use it as a base class of a
/// test class (xunit creates one instance per test) or inject it as a class or collection fixture: a shared
/// instance notices when the running test changes and starts a new <see cref="FakeScope{TClock}"/> for it, so
/// every test begins with empty fakes, a new clock and its own cancellation token
/// (<c>TestContext.Current.CancellationToken</c>). For another clock, derive from <see cref="InMemoryFixture{TClock}"/>.
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
public class InMemoryFixture : InMemoryFixture<ManualClock>
{
}

/// <summary>
/// Fresh in-memory fakes for every xunit v3 test, on a clock of type <typeparamref name="TClock"/> — for example
/// <c>InMemoryFixture&lt;FakeTimeProvider&gt;</c> (Microsoft.Extensions.TimeProvider.Testing). Otherwise the same
/// as <see cref="InMemoryFixture"/>.
/// </summary>
/// <typeparam name="TClock">The clock each test gets.</typeparam>
public class InMemoryFixture<TClock> : InMemoryFixtureBase<TClock>
    where TClock : TimeProvider, new()
{
    private readonly object _gate = new();
    private string? _testId;
    private FakeScope<TClock>? _scope;

    /// <inheritdoc />
    public override FakeScope<TClock> Scope
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
