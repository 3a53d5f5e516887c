using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Multi-thread smoke tests with exact invariants.</summary>
public class ConcurrencyTests
{
    private const int OpsPerWorker = 20_000;

    private static void RunThreads(int count, Action<int> body)
    {
        using var start = new Barrier(count);
        var errors = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                body(i);
            }
            catch (Exception ex)
            {
                errors.Enqueue(ex);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
    }

    [Fact]
    public void Increment_from_four_threads_is_exact()
    {
        var table = new KeyValueTable<string, long>(new TableOptions("counters"));

        RunThreads(4, _ =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                table.Increment("hits");
            }
        });

        Assert.Equal(40_000, table.GetValueOrDefault("hits"));
    }

    [Fact]
    public void Increment_and_Decrement_from_several_threads_cancel_out_exactly()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("counters"));
        table.Set("n", "100");

        RunThreads(4, t =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                if (t % 2 == 0)
                {
                    table.Increment("n", 3);
                }
                else
                {
                    table.Decrement("n", 3);
                }
            }
        });

        Assert.Equal("100", table.GetValueOrDefault("n"));
    }

    [Fact]
    public void IncrementByFloat_from_four_threads_is_exact()
    {
        var table = new KeyValueTable<string, double>(new TableOptions("floats"));

        RunThreads(4, _ =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                table.IncrementByFloat("x", 0.5);
            }
        });

        Assert.Equal(10_000.0, table.GetValueOrDefault("x"));
    }

    [Fact]
    public void Concurrent_adds_with_random_keys_never_admit_a_duplicate_key_or_unique_value()
    {
        var users = Support.Users(uniqueEmail: true);
        var admitted = new ConcurrentBag<User>();
        var refused = 0;

        RunThreads(4, t =>
        {
            var random = new Random(1234 + t);
            for (var i = 0; i < 2_000; i++)
            {
                var candidate = new User { Id = random.Next(1, 500), Email = "user" + random.Next(0, 300) + "@example.com" };
                try
                {
                    admitted.Add(users.Add(candidate));
                }
                catch (DuplicateKeyException)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        });

        var stored = users.Values();
        Assert.Equal(admitted.Count, stored.Count);
        Assert.Equal(8_000, admitted.Count + refused);
        Assert.Equal(stored.Count, stored.Select(u => u.Email).Distinct().Count());
        Assert.Equal(stored.Count, stored.Select(u => u.Id).Distinct().Count());
        Assert.Equal(admitted.Select(u => u.Id).OrderBy(id => id), stored.Select(u => u.Id).OrderBy(id => id));
    }

    [Fact]
    public void Concurrent_generated_key_adds_hand_out_each_key_once()
    {
        var users = Support.Users();

        RunThreads(4, _ =>
        {
            for (var i = 0; i < 2_500; i++)
            {
                users.Add(new User());
            }
        });

        Assert.Equal(Enumerable.Range(1, 10_000), users.Keys().OrderBy(k => k));
    }

    [Fact]
    public void Concurrent_Set_Remove_Count_with_ttl_and_clock_advances_never_throw_and_end_consistent()
    {
        var clock = new ManualClock();
        var events = new ConcurrentQueue<EntryEvictedEventArgs>();
        var table = new KeyValueTable<int, string>(new TableOptions("kv") { Clock = clock });
        table.EntryEvicted += (_, e) => events.Enqueue(e);
        var workersLeft = 4;

        RunThreads(5, t =>
        {
            var random = new Random(99 + t);
            if (t == 0)
            {
                while (Volatile.Read(ref workersLeft) > 0)
                {
                    clock.Advance(TimeSpan.FromMilliseconds(random.Next(0, 50)));
                    Thread.Yield();
                }

                return;
            }

            try
            {
                for (var op = 0; op < OpsPerWorker; op++)
                {
                    var key = random.Next(0, 64);
                    switch (random.Next(0, 8))
                    {
                        case 0:
                        case 1:
                            table.Set(key, "v", Expiration.After(TimeSpan.FromMilliseconds(random.Next(1, 500))));
                            break;
                        case 2:
                            table.Set(key, "p");
                            break;
                        case 3:
                            table.Remove(key);
                            break;
                        case 4:
                            Assert.InRange(table.Count, 0, 64);
                            break;
                        case 5:
                            table.TryGetValue(key, out _);
                            table.GetTimeToLive(key);
                            break;
                        case 6:
                            var keys = table.Keys();
                            Assert.Equal(keys.Count, keys.Distinct().Count());
                            break;
                        default:
                            table.Set(key, "s", Expiration.Sliding(TimeSpan.FromMilliseconds(200)));
                            table.Inspect();
                            break;
                    }
                }
            }
            finally
            {
                Interlocked.Decrement(ref workersLeft);
            }
        });

        AssertConsistent(table);
        clock.Advance(TimeSpan.FromSeconds(1));
        AssertConsistent(table);
        Assert.All(table.Values(), v => Assert.Equal("p", v));
        Assert.All(events, e => Assert.Equal(EvictionReason.Expired, e.Reason));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_created_entry_is_accounted_for_exactly_once_as_live_removed_or_expired(bool sweeperRuns)
    {
        var clock = new ManualClock();
        var expired = 0;
        var created = 0;
        var removed = 0;
        var table = new KeyValueTable<int, int>(new TableOptions("kv") { Clock = Support.TableClock(clock, sweeperRuns) });
        table.EntryEvicted += (_, e) =>
        {
            Assert.Equal(EvictionReason.Expired, e.Reason);
            Interlocked.Increment(ref expired);
        };
        var workersLeft = 4;

        RunThreads(5, t =>
        {
            var random = new Random(5 + t);
            if (t == 0)
            {
                while (Volatile.Read(ref workersLeft) > 0)
                {
                    clock.Advance(TimeSpan.FromMilliseconds(random.Next(0, 20)));
                    Thread.Yield();
                }

                return;
            }

            try
            {
                for (var op = 0; op < OpsPerWorker; op++)
                {
                    var key = random.Next(0, 32);
                    switch (random.Next(0, 5))
                    {
                        case 0:
                        case 1:
                            if (table.Write(key, t, Expiration.After(TimeSpan.FromMilliseconds(random.Next(1, 100)))) == WriteOutcome.Created)
                            {
                                Interlocked.Increment(ref created);
                            }

                            break;
                        case 2:
                            if (table.Remove(key))
                            {
                                Interlocked.Increment(ref removed);
                            }

                            break;
                        case 3:
                            _ = table.Count;
                            break;
                        default:
                            table.TryGetValue(key, out _);
                            break;
                    }
                }
            }
            finally
            {
                Interlocked.Decrement(ref workersLeft);
            }
        });

        var live = table.Count;
        Assert.Equal(created, removed + Volatile.Read(ref expired) + live);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, table.Count);
        Assert.Equal(created, removed + Volatile.Read(ref expired));
    }

    [Fact]
    public void Concurrent_writes_under_an_eviction_quota_never_exceed_it()
    {
        var table = new KeyValueTable<int, int>(new TableOptions("kv") { Quota = new Quota(maxEntries: 10, policy: QuotaPolicy.EvictLeastRecentlyUsed) });
        var maxSeen = 0;

        RunThreads(4, t =>
        {
            var random = new Random(7 + t);
            for (var i = 0; i < 10_000; i++)
            {
                table.Set(random.Next(0, 100), i);
                table.TryGetValue(random.Next(0, 100), out _);
                var count = table.Count;
                int seen;
                while (count > (seen = Volatile.Read(ref maxSeen)) && Interlocked.CompareExchange(ref maxSeen, count, seen) != seen)
                {
                }
            }
        });

        Assert.InRange(maxSeen, 1, 10);
        AssertConsistent(table);
        Assert.Equal(10, table.Count);
    }

    [Fact]
    public async Task Concurrent_read_modify_write_with_AddOrUpdate_is_atomic()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = new KeyValueTable<string, List<int>>(new TableOptions("lists"), copier: ValueCopier<List<int>>.Create(CopyMode.Copy, l => new List<int>(l)));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(
            () =>
            {
                for (var i = 0; i < 1_000; i++)
                {
                    table.AddOrUpdate("k", (current, exists) =>
                    {
                        var next = exists ? current! : new List<int>();
                        next.Add((t * 1_000) + i);
                        return next;
                    });
                }
            },
            ct)));

        Assert.Equal(Enumerable.Range(0, 4_000), table.GetRequired("k").OrderBy(x => x));
    }

    private static void AssertConsistent<TKey, TValue>(FakeTable<TKey, TValue> table)
        where TKey : notnull
    {
        var count = table.Count;
        Assert.Equal(count, table.Keys().Count);
        Assert.Equal(count, table.Inspect().Count);
        Assert.Equal(count, table.Entries().Count);
        Assert.Equal(count, table.Values().Count);
        Assert.All(table.Keys(), k => Assert.True(table.ContainsKey(k)));
    }
}
