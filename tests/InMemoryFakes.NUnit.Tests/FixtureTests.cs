using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace InMemoryFakes.NUnit.Tests;

// One fixture instance, every test case in parallel: each test still has its own fakes and clock.
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class SharedInstanceRunningInParallel : InMemoryFixture
{
    [Test]
    public async Task Each_of_fifty_parallel_tests_sees_only_its_own_data([Range(1, 50)] int test)
    {
        var owner = "test-" + test;
        var notes = Get<INoteRepository>();
        Assert.That(notes.Count(), Is.Zero);
        for (var i = 0; i < 20; i++)
        {
            notes.Add(new Note { Id = owner + "-" + i, Owner = owner });
            await Task.Yield();
        }

        var all = notes.GetAll();
        Assert.That(all, Has.Count.EqualTo(20));
        Assert.That(all.Select(n => n.Owner), Is.All.EqualTo(owner));
    }

    [Test]
    public void Each_test_gets_its_own_clock_at_the_start_instant([Range(1, 10)] int test)
    {
        Assert.That(Clock.GetUtcNow(), Is.EqualTo(ManualClock.DefaultStartUtc));
        Clock.Advance(TimeSpan.FromMinutes(test));
        Assert.That(Clock.GetUtcNow(), Is.EqualTo(ManualClock.DefaultStartUtc.AddMinutes(test)));
    }

    [Test]
    public async Task Ttl_is_driven_by_the_tests_clock()
    {
        var cache = Get<ITokenCache>();
        await cache.SetAsync("t", "v", TimeSpan.FromMinutes(5), CancellationToken);

        Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.That(await cache.GetAsync("t", CancellationToken), Is.EqualTo("v"));
        Clock.Advance(TimeSpan.FromTicks(1));
        Assert.That(await cache.GetAsync("t", CancellationToken), Is.Null);
    }

    [Test]
    public void The_fixture_hands_out_the_tests_cancellation_token()
        => Assert.That(CancellationToken, Is.EqualTo(TestContext.CurrentContext.CancellationToken));
}

// A new fixture instance per test case: the same guarantees.
[TestFixture]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
[Parallelizable(ParallelScope.All)]
public class InstancePerTestCase : InMemoryFixture
{
    [Test]
    public void First_writer_sees_an_empty_store()
    {
        var notes = Get<INoteRepository>();
        Assert.That(notes.Count(), Is.Zero);
        notes.Add(new Note { Id = "a" });
        Assert.That(notes.Count(), Is.EqualTo(1));
    }

    [Test]
    public void Second_writer_sees_an_empty_store()
    {
        var notes = Get<INoteRepository>();
        Assert.That(notes.Count(), Is.Zero);
        notes.Add(new Note { Id = "b" });
        Assert.That(notes.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Each_of_fifty_parallel_tests_sees_only_its_own_data([Range(1, 50)] int test)
    {
        var owner = "instance-" + test;
        var notes = Get<INoteRepository>();
        for (var i = 0; i < 10; i++)
        {
            notes.Add(new Note { Id = owner + "-" + i, Owner = owner });
            await Task.Yield();
        }

        Assert.That(notes.GetAll().Select(n => n.Owner), Is.All.EqualTo(owner));
    }
}

// Sequential tests on one shared instance, in declaration order and reverse: each starts empty.
[TestFixture]
[NonParallelizable]
public class SequentialSharedInstance : InMemoryFixture
{
    [Test]
    [Order(1)]
    public void Writer_one() => WriteOneAndExpectEmptyFirst("one");

    [Test]
    [Order(2)]
    public void Writer_two() => WriteOneAndExpectEmptyFirst("two");

    [Test]
    [Order(3)]
    public void Writer_one_again_after_two() => WriteOneAndExpectEmptyFirst("one");

    [Test]
    public void The_scope_is_dropped_after_the_test_and_a_new_one_made_for_the_next()
    {
        var first = Scope;
        ReleaseInMemoryFakes();
        Assert.That(Scope, Is.Not.SameAs(first));
    }

    private void WriteOneAndExpectEmptyFirst(string id)
    {
        var notes = Get<INoteRepository>();
        Assert.That(notes.Count(), Is.Zero);
        notes.Add(new Note { Id = id });
        Assert.That(notes.Count(), Is.EqualTo(1));
    }
}
