using System.Collections.Concurrent;
using NUnit.Framework;

namespace InMemoryFakes.NUnit;

/// <summary>
/// Fresh in-memory fakes for every NUnit 4 test. Derive your fixture from it. Each running test gets
/// its own <see cref="FakeScope"/> (keyed by the test's id), so tests of one fixture instance running
/// in parallel under <c>[Parallelizable(ParallelScope.All)]</c> never see each other's data, and it
/// works unchanged with <c>[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]</c>. The scope uses the
/// test's <c>TestContext.CurrentContext.CancellationToken</c> and is dropped when the test tears down.
/// </summary>
public class InMemoryFixture : InMemoryFixtureBase
{
    private readonly ConcurrentDictionary<string, FakeScope> _scopes = new();

    /// <inheritdoc />
    public override FakeScope Scope
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
