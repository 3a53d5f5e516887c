using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

[assembly: Parallelize(Workers = 8, Scope = ExecutionScope.MethodLevel)]

namespace InMemoryFakes.MSTest.Tests;

[TestClass]
public class FreshFakesPerTest : InMemoryFixture
{
    public static IEnumerable<object[]> Fifty => Enumerable.Range(1, 50).Select(static i => new object[] { i });

    [TestMethod]
    [DynamicData(nameof(Fifty))]
    public async Task Each_of_fifty_parallel_tests_sees_only_its_own_data(int test)
    {
        var owner = "test-" + test;
        var notes = Get<INoteRepository>();
        Assert.AreEqual(0, notes.Count());
        for (var i = 0; i < 20; i++)
        {
            notes.Add(new Note { Id = owner + "-" + i, Owner = owner });
            await Task.Yield();
        }

        var all = notes.GetAll();
        Assert.HasCount(20, all);
        Assert.IsTrue(all.All(n => n.Owner == owner), "a test saw another test's notes");
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    public void Each_test_gets_its_own_clock_at_the_start_instant(int minutes)
    {
        Assert.AreEqual(ManualClock.DefaultStartUtc, Clock.GetUtcNow());
        Clock.Advance(TimeSpan.FromMinutes(minutes));
        Assert.AreEqual(ManualClock.DefaultStartUtc.AddMinutes(minutes), Clock.GetUtcNow());
    }

    [TestMethod]
    public async Task Ttl_is_driven_by_the_tests_clock()
    {
        var cache = Get<ITokenCache>();
        await cache.SetAsync("t", "v", TimeSpan.FromMinutes(5), CancellationToken);

        Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.AreEqual("v", await cache.GetAsync("t", CancellationToken));
        Clock.Advance(TimeSpan.FromTicks(1));
        Assert.IsNull(await cache.GetAsync("t", CancellationToken));
    }

    [TestMethod]
    public void The_fixture_hands_out_the_tests_cancellation_token()
    {
        Assert.IsNotNull(TestContext);
        Assert.AreEqual(TestContext.CancellationToken, CancellationToken);
    }

    [TestMethod]
    public void Every_fake_of_a_test_shares_its_backend_and_clock()
    {
        var hooks = HooksOf<INoteRepository>();
        Assert.AreSame(Backend, hooks.Backend);
        Assert.AreSame(Clock, hooks.Clock);
        Assert.AreSame(Get<INoteRepository>(), Get<INoteRepository>());
    }

    [TestMethod]
    public void The_scope_is_dropped_after_the_test_and_a_new_one_made_for_the_next()
    {
        var first = Scope;
        ReleaseInMemoryFakes();
        Assert.AreNotSame(first, Scope);
    }
}

[TestClass]
public class FakeTimeProviderFixture : InMemoryFixture<FakeTimeProvider>
{
    [TestMethod]
    public async Task A_fixture_on_FakeTimeProvider_expires_entries_when_that_clock_advances()
    {
        var cache = Get<ITokenCache>();
        await cache.SetAsync("t", "v", TimeSpan.FromMinutes(5), CancellationToken);

        Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.AreEqual("v", await cache.GetAsync("t", CancellationToken));
        Clock.Advance(TimeSpan.FromTicks(1));
        Assert.IsNull(await cache.GetAsync("t", CancellationToken));
    }

    [TestMethod]
    public void Each_test_gets_a_fresh_FakeTimeProvider()
    {
        Assert.AreEqual(new FakeTimeProvider().GetUtcNow(), Clock.GetUtcNow());
        Assert.AreSame(Clock, HooksOf<INoteRepository>().Clock);
    }
}

[TestClass]
public class Misuse
{
    [TestMethod]
    public void Using_the_fixture_before_MSTest_sets_the_TestContext_says_so()
    {
        var fixture = new InMemoryFixture();

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => fixture.Get<INoteRepository>());
        Assert.Contains("TestContext is not set", error.Message);
    }
}
