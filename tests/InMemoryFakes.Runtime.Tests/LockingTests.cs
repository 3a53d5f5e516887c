using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Key locks: exclusive read-modify-write sections, cancellable waits, no leaked lock objects.</summary>
public class LockingTests
{
    private const int Iterations = 1000;

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public async Task LockAsync_serialises_read_modify_write_loops_so_no_increment_is_lost(int workers)
    {
        var ct = TestContext.Current.CancellationToken;
        var core = new FakeCore(null, new FakeDefaults("IStore"));
        var table = core.KeyValueTable<string, long>("counters");
        var inside = 0;
        var overlaps = 0;

        async Task Loop()
        {
            for (var i = 0; i < Iterations; i++)
            {
                await using (await core.LockAsync("counter", ct))
                {
                    if (Interlocked.Increment(ref inside) != 1)
                    {
                        Interlocked.Increment(ref overlaps);
                    }

                    var current = table.GetValueOrDefault("counter");
                    await Task.Yield(); // give another worker every chance to interleave
                    table.Set("counter", current + 1);
                    Interlocked.Decrement(ref inside);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Loop, ct)));

        Assert.Equal(workers * Iterations, table.GetValueOrDefault("counter"));
        Assert.Equal(0, overlaps);
    }

    [Fact]
    public async Task LockAsync_through_IInMemoryFake_serialises_sessions_stored_as_objects()
    {
        var ct = TestContext.Current.CancellationToken;
        IInMemoryFake fake = new FakeCore(null, new FakeDefaults("ISessionStore"));
        var sessions = fake.Core.KeyValueTable<string, Box>("sessions");
        sessions.Set("s1", new Box { Label = "0" });

        async Task Loop()
        {
            for (var i = 0; i < Iterations; i++)
            {
                using var held = await fake.LockAsync("s1", ct);
                var session = sessions.GetRequired("s1");
                await Task.Yield();
                session.Label = (int.Parse(session.Label, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                sessions.Set("s1", session);
            }
        }

        await Task.WhenAll(Task.Run(Loop, ct), Task.Run(Loop, ct));

        Assert.Equal((2 * Iterations).ToString(System.Globalization.CultureInfo.InvariantCulture), sessions.GetRequired("s1").Label);
    }

    [Fact]
    public async Task A_second_locker_waits_until_the_first_releases()
    {
        var ct = TestContext.Current.CancellationToken;
        var core = new FakeCore(null, new FakeDefaults("IStore"));
        var first = await core.LockAsync("k", ct);

        var second = core.LockAsync("k", ct).AsTask();
        Assert.False(second.IsCompleted);

        first.Dispose();
        var held = await second.WaitAsync(TimeSpan.FromSeconds(30), ct);
        Assert.Equal("k", held.Key);
        held.Dispose();
    }

    [Fact]
    public async Task Locks_on_different_keys_do_not_block_each_other()
    {
        var ct = TestContext.Current.CancellationToken;
        var core = new FakeCore(null, new FakeDefaults("IStore"));
        using var a = await core.LockAsync("a", ct);

        var b = core.LockAsync("b", ct);

        Assert.True(b.IsCompleted);
        (await b).Dispose();
    }

    [Fact]
    public async Task Disposing_a_lock_twice_releases_it_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var locks = new KeyLocks();
        var first = await locks.AcquireAsync("k", ct);
        first.Dispose();
        var second = await locks.AcquireAsync("k", ct);

        first.Dispose(); // must not release the second holder's lock

        var third = locks.AcquireAsync("k", ct).AsTask();
        Assert.False(third.IsCompleted);
        second.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(30), ct)).Dispose();
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task Lock_objects_exist_only_while_held_or_awaited()
    {
        var ct = TestContext.Current.CancellationToken;
        var locks = new KeyLocks();
        Assert.Equal(0, locks.ActiveKeys);

        var a = await locks.AcquireAsync("a", ct);
        var b = await locks.AcquireAsync(42, ct);
        Assert.Equal(2, locks.ActiveKeys);

        await a.DisposeAsync();
        Assert.Equal(1, locks.ActiveKeys);
        b.Dispose();
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task Waiting_with_an_already_cancelled_token_throws_OperationCanceledException_and_leaks_no_lock()
    {
        var locks = new KeyLocks();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await locks.AcquireAsync("k", cancelled.Token));

        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task Cancelling_a_waiting_locker_throws_OperationCanceledException_and_the_lock_is_not_leaked()
    {
        var ct = TestContext.Current.CancellationToken;
        var locks = new KeyLocks();
        var holder = await locks.AcquireAsync("k", ct);
        using var cts = new CancellationTokenSource();

        var waiter = locks.AcquireAsync("k", cts.Token).AsTask();
        Assert.False(waiter.IsCompleted);
        Assert.Equal(1, locks.ActiveKeys);

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        Assert.Equal(1, locks.ActiveKeys);

        holder.Dispose();
        Assert.Equal(0, locks.ActiveKeys);

        var again = locks.AcquireAsync("k", ct);
        Assert.True(again.IsCompleted);
        (await again).Dispose();
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task FakeCore_LockAsync_cancelled_while_waiting_throws_and_the_key_can_be_locked_again()
    {
        var ct = TestContext.Current.CancellationToken;
        var core = new FakeCore(null, new FakeDefaults("IStore"));
        var holder = await core.LockAsync("k", ct);
        using var cts = new CancellationTokenSource();
        var waiter = core.LockAsync("k", cts.Token).AsTask();

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        holder.Dispose();

        var again = core.LockAsync("k", ct);
        Assert.True(again.IsCompleted, "the cancelled waiter must not hold the lock");
        (await again).Dispose();
    }

    [Fact]
    public async Task LockAsync_with_a_null_key_throws_ArgumentNullException()
    {
        var ct = TestContext.Current.CancellationToken;
        var core = new FakeCore(null, new FakeDefaults("IStore"));

        var ex = await Assert.ThrowsAsync<ArgumentNullException>(async () => await core.LockAsync(null!, ct));
        Assert.Equal("key", ex.ParamName);
    }
}
