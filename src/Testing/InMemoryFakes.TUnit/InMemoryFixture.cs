using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using TUnit.Core;

namespace InMemoryFakes.TUnit;

/// <summary>
/// Fresh in-memory fakes for every TUnit test, on a <see cref="ManualClock"/>. Derive your test class from it, or
/// inject a shared instance (<c>[ClassDataSource&lt;InMemoryFixture&gt;(Shared = SharedType.PerClass)]</c>). Each
/// running test gets its own <see cref="FakeScope{TClock}"/>, keyed by <c>TestContext.Current.Id</c>, with the
/// test's <c>TestContext.Current.Execution.CancellationToken</c>; it is dropped when the test ends. TUnit runs
/// tests in parallel by default, and tests sharing one instance still never see each other's data. For another
/// clock, derive from <see cref="InMemoryFixture{TClock}"/>.
/// </summary>
public class InMemoryFixture : InMemoryFixture<ManualClock>
{
}

/// <summary>
/// Fresh in-memory fakes for every TUnit test, on a clock of type <typeparamref name="TClock"/> — for example
/// <c>InMemoryFixture&lt;FakeTimeProvider&gt;</c> (Microsoft.Extensions.TimeProvider.Testing). Otherwise the same
/// as <see cref="InMemoryFixture"/>.
/// </summary>
/// <typeparam name="TClock">The clock each test gets.</typeparam>
public class InMemoryFixture<TClock> : InMemoryFixtureBase<TClock>
    where TClock : TimeProvider, new()
{
    private readonly ConcurrentDictionary<string, FakeScope<TClock>> _scopes = new(StringComparer.Ordinal);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No TUnit test is running on this execution context.</exception>
    public override FakeScope<TClock> Scope
    {
        get
        {
            var context = TestContext.Current ?? throw new InvalidOperationException(
                "No TUnit test is running here (TestContext.Current is null): use InMemoryFixture from a test or a test-level hook.");
            var testId = context.Id;
            if (_scopes.TryGetValue(testId, out var existing))
            {
                return existing;
            }

            var scope = CreateScope(context.Execution.CancellationToken);
            if (_scopes.TryAdd(testId, scope))
            {
                // Dropped when the test ends, so a shared instance does not keep every test's data alive.
                context.Events.OnTestEnd?.Add((_, _) => Release(testId), 0);
                return scope;
            }

            return _scopes[testId];
        }
    }

    private ValueTask Release(string testId)
    {
        _scopes.TryRemove(testId, out _);
        return ValueTask.CompletedTask;
    }
}
