using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace InMemoryFakes.MSTest;

/// <summary>
/// Fresh in-memory fakes for every MSTest 4 test, on a <see cref="ManualClock"/>. Derive your test class from it.
/// MSTest creates one instance of the class per test and sets its <see cref="TestContext"/>; the fixture makes
/// the test's <see cref="FakeScope{TClock}"/> on first use, with the test's <c>TestContext.CancellationToken</c>.
/// Tests running in parallel (<c>[assembly: Parallelize]</c>) each have their own instance, so they never see
/// each other's data. For another clock, derive from <see cref="InMemoryFixture{TClock}"/>.
/// </summary>
public class InMemoryFixture : InMemoryFixture<ManualClock>
{
}

/// <summary>
/// Fresh in-memory fakes for every MSTest 4 test, on a clock of type <typeparamref name="TClock"/> — for example
/// <c>InMemoryFixture&lt;FakeTimeProvider&gt;</c> (Microsoft.Extensions.TimeProvider.Testing). Otherwise the same
/// as <see cref="InMemoryFixture"/>.
/// </summary>
/// <typeparam name="TClock">The clock each test gets.</typeparam>
public class InMemoryFixture<TClock> : InMemoryFixtureBase<TClock>
    where TClock : TimeProvider, new()
{
    private readonly object _gate = new();
    private TestContext? _scopeContext;
    private FakeScope<TClock>? _scope;

    /// <summary>
    /// The running test's context. MSTest sets it before <c>[TestInitialize]</c>; use this inherited property
    /// rather than declaring another <c>TestContext</c> property in the test class (MSTest would set only that one).
    /// </summary>
    public TestContext? TestContext { get; set; }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">MSTest has not set <see cref="TestContext"/> yet (the fixture is
    /// used from the constructor), or the test class declares its own <c>TestContext</c> property.</exception>
    public override FakeScope<TClock> Scope
    {
        get
        {
            var context = TestContext ?? throw new InvalidOperationException(
                "InMemoryFixture.TestContext is not set. Use the fixture from a test method or [TestInitialize] (MSTest sets the test's context after the constructor), "
                + "and do not declare another TestContext property in the test class: MSTest then sets that one instead of the fixture's.");
            lock (_gate)
            {
                if (_scope is null || !ReferenceEquals(_scopeContext, context))
                {
                    _scope = CreateScope(context.CancellationToken);
                    _scopeContext = context;
                }

                return _scope;
            }
        }
    }

    /// <summary>Drops the finished test's scope.</summary>
    [TestCleanup]
    public void ReleaseInMemoryFakes()
    {
        lock (_gate)
        {
            _scope = null;
            _scopeContext = null;
        }
    }
}
