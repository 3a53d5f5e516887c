using System;
using System.Collections.Concurrent;
using NUnit.Framework;

namespace InMemoryFakes.NUnit;

/// <summary>
/// Fresh in-memory fakes for every NUnit test, on a <see cref="ManualClock"/>. Derive your fixture from it.
/// Each running test gets its own <see cref="FakeScope{TClock}"/> (keyed by the test's id), so tests of one
/// fixture instance running in parallel under <c>[Parallelizable(ParallelScope.All)]</c> never see each other's
/// data, and it works unchanged with <c>[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]</c>. The scope uses the
/// test's <c>TestContext.CurrentContext.CancellationToken</c> and is dropped when the test tears down. For
/// another clock, derive from <see cref="InMemoryFixture{TClock}"/>.
/// </summary>
public class InMemoryFixture : InMemoryFixture<ManualClock>
{
}

/// <summary>
/// Fresh in-memory fakes for every NUnit test, on a clock of type <typeparamref name="TClock"/> — for example
/// <c>InMemoryFixture&lt;FakeTimeProvider&gt;</c> (Microsoft.Extensions.TimeProvider.Testing). Otherwise the same
/// as <see cref="InMemoryFixture"/>.
/// </summary>
/// <typeparam name="TClock">The clock each test gets.</typeparam>
public class InMemoryFixture<TClock> : InMemoryFixtureBase<TClock>
    where TClock : TimeProvider, new()
{
    private readonly ConcurrentDictionary<string, FakeScope<TClock>> _scopes = new();

    /// <inheritdoc />
    public override FakeScope<TClock> Scope
    {
        get
        {
            var context = TestContext.CurrentContext;
            return _scopes.GetOrAdd(context.Test.ID, static (_, state) => state.Fixture.CreateScope(state.Token), (Fixture: this, Token: context.CancellationToken));
        }
    }

    /// <summary>Drops the finished test's scope.</summary>
    [TearDown]
    public void ReleaseInMemoryFakes() => _scopes.TryRemove(TestContext.CurrentContext.Test.ID, out _);
}
