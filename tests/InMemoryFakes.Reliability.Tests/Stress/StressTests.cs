using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.Stress;

/// <summary>An entity whose two fields are always written equal: a reader that sees them differ saw a torn write.</summary>
public sealed class Pair
{
    public int Id { get; set; }

    public int A { get; set; }

    public int B { get; set; }

    public string Text { get; set; } = "0";

    public int Version { get; set; }
}

/// <summary>A mutable key-value payload with the same invariant.</summary>
public sealed class Twin
{
    public long Left { get; set; }

    public long Right { get; set; }
}

/// <summary>Many threads on one table or fake, with invariants that must hold exactly.</summary>
public sealed class StressTests
{
    public static readonly TheoryData<int> ThreadCounts = new() { 2, 4, 8 };

    private static FakeCore Core(QuotaPolicy policy = QuotaPolicy.Throw, int maxEntries = 0, long maxBytes = 0, CopyMode copyMode = CopyMode.Auto, TimeProvider? clock = null)
        => new(new InMemoryFakeOptions
        {
            TimeProvider = clock ?? new ManualClock(),
            MaxEntries = maxEntries,
            MaxBytes = maxBytes,
            QuotaPolicy = policy,
            CopyMode = copyMode,
        }, new FakeDefaults("IStress"));

    // ---- counter totals ----

    [Theory]
    [MemberData(nameof(ThreadCounts))]
    public void Concurrent_increments_and_decrements_add_up_exactly(int threads)
    {
        const int Iterations = 4_000;
        var table = Core().KeyValueTable<string, long>("counters");
        var store = new InMemoryRateLimitStore(new ManualClock());
        var expected = new long[threads, 4];

        Concurrently.Run(threads, (worker, token) =>
        {
            var random = new Random(worker);
            for (var i = 0; i < Iterations && !token.IsCancellationRequested; i++)
            {
                table.Increment("hits");
                store.Increment("hits");
                var slot = random.Next(4);
                var amount = random.Next(-5, 6);
                if (amount < 0)
                {
                    table.Decrement("k" + slot, -amount);
                }
                else
                {
                    table.Increment("k" + slot, amount);
                }

                expected[worker, slot] += amount;
            }
        });

        Assert.Equal((long)threads * Iterations, table.GetValueOrDefault("hits"));
        Assert.Equal((long)threads * Iterations, store.Increment("hits", 0));
        for (var slot = 0; slot < 4; slot++)
        {
            var sum = 0L;
            for (var worker = 0; worker < threads; worker++)
            {
                sum += expected[worker, slot];
            }

            Assert.Equal(sum, table.TryGetValue("k" + slot, out var value) ? value : 0);
        }
    }

    // ---- uniqueness ----

    [Theory]
    [MemberData(nameof(ThreadCounts))]
    public void Concurrent_adds_with_colliding_unique_values_and_keys_admit_exactly_one_per_value(int threads)
    {
        const int Values = 300;
        var repository = new InMemoryCustomerRepository(new ManualClock());
        var winsByEmail = new int[Values];
        var winsById = new int[Values];
        var duplicates = 0;

        Concurrently.Run(threads, (worker, token) =>
        {
            // Every worker tries every value, each in its own order, so the collisions are real races.
            var order = Enumerable.Range(0, Values).OrderBy(_ => Guid.NewGuid()).ToArray();
            foreach (var value in order)
            {
                if (token.IsCancellationRequested)
                {
                    return;
                }

                try
                {
                    repository.Add(new Customer { Email = "user" + value + "@example.com", Name = "w" + worker });
                    Interlocked.Increment(ref winsByEmail[value]);
                }
                catch (DuplicateKeyException)
                {
                    Interlocked.Increment(ref duplicates);
                }

                try
                {
                    // Negative keys: explicit, and never in the generated sequence's way (a positive explicit key moves it).
                    repository.Add(new Customer { Id = -1 - value, Name = "w" + worker });
                    Interlocked.Increment(ref winsById[value]);
                }
                catch (DuplicateKeyException)
                {
                    Interlocked.Increment(ref duplicates);
                }
            }
        });

        Assert.All(winsByEmail, wins => Assert.Equal(1, wins));
        Assert.All(winsById, wins => Assert.Equal(1, wins));
        Assert.Equal(2 * Values * (threads - 1), duplicates);
        var all = repository.GetAll();
        Assert.Equal(2 * Values, repository.Count());
        Assert.Equal(2 * Values, all.Count);
        Assert.Equal(all.Count, all.Select(static c => c.Id).Distinct().Count());
        var emails = all.Where(static c => c.Email is not null).Select(static c => c.Email).ToList();
        Assert.Equal(Values, emails.Count);
        Assert.Equal(Values, emails.Distinct().Count());

        // Every explicit key is stored once, and no refused add used up a generated key: they are exactly 1…Values.
        Assert.Equal(Enumerable.Range(-Values, Values), all.Where(static c => c.Email is null).Select(static c => c.Id).Order());
        Assert.Equal(Enumerable.Range(1, Values), all.Where(static c => c.Email is not null).Select(static c => c.Id).Order());
    }

    [Theory]
    [MemberData(nameof(ThreadCounts))]
    public void Concurrent_updates_that_swap_unique_values_never_leave_two_rows_sharing_one(int threads)
    {
        const int Rows = 12;
        const int Iterations = 1_500;
        var repository = new InMemoryCustomerRepository(new ManualClock());
        for (var i = 1; i <= Rows; i++)
        {
            repository.Add(new Customer { Id = i, Email = "e" + i, Name = "n" + i });
        }

        var violations = 0;
        Concurrently.Run(threads, (worker, token) =>
        {
            var random = new Random(worker);
            for (var i = 0; i < Iterations && !token.IsCancellationRequested; i++)
            {
                var row = repository.Find(random.Next(1, Rows + 1))!;
                row.Email = "e" + random.Next(1, Rows + 4);
                try
                {
                    repository.Update(row);
                }
                catch (Exception error) when (error is DuplicateKeyException or ConcurrencyConflictException)
                {
                }
            }
        }, _ =>
        {
            var emails = repository.GetAll().Select(static c => c.Email).ToList();
            if (emails.Count != emails.Distinct().Count())
            {
                Interlocked.Increment(ref violations);
            }
        });

        Assert.Equal(0, violations);
        Assert.Equal(Rows, repository.Count());
    }

    // ---- quotas ----

    public static TheoryData<int, QuotaPolicy> ThreadsAndPolicies()
    {
        var data = new TheoryData<int, QuotaPolicy>();
        foreach (var threads in new[] { 2, 4, 8 })
        {
            foreach (var policy in new[] { QuotaPolicy.Throw, QuotaPolicy.Reject, QuotaPolicy.EvictOldest, QuotaPolicy.EvictLeastRecentlyUsed })
            {
                data.Add(threads, policy);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ThreadsAndPolicies))]
    public void A_concurrent_observer_never_sees_a_key_value_table_past_its_quota(int threads, QuotaPolicy policy)
    {
        const int MaxEntries = 16;
        const long MaxBytes = 64;
        const int Iterations = 2_500;
        var clock = new ManualClock();
        var table = Core(policy, MaxEntries, MaxBytes, clock: clock).KeyValueTable<string, string>("kv");
        var values = new[] { "a", "bb", "cccc", "dddddddd", "€" };
        var over = new ConcurrentQueue<string>();
        var refused = 0;

        var samples = Concurrently.Run(threads, (worker, token) =>
        {
            var random = new Random(worker);
            for (var i = 0; i < Iterations && !token.IsCancellationRequested; i++)
            {
                var key = "k" + random.Next(64);
                try
                {
                    switch (random.Next(10))
                    {
                        case 0:
                            table.Remove(key);
                            break;
                        case 1:
                        case 2:
                            table.GetValueOrDefault(key);
                            break;
                        case 3:
                            table.Set(key, values[random.Next(values.Length)], Expiration.After(TimeSpan.FromSeconds(random.Next(1, 4))));
                            break;
                        case 4 when worker == 0:
                            // Expiry sweeps race with the writers.
                            clock.Advance(TimeSpan.FromMilliseconds(250));
                            break;
                        default:
                            table.Set(key, values[random.Next(values.Length)]);
                            break;
                    }
                }
                catch (QuotaExceededException) when (policy == QuotaPolicy.Throw)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        }, _ =>
        {
            var count = table.Count;
            var bytes = table.Bytes;
            var keys = table.Keys().Count;
            var entries = table.Entries();
            var entryBytes = entries.Sum(static e => System.Text.Encoding.UTF8.GetByteCount(e.Value));
            if (count > MaxEntries || bytes > MaxBytes || keys > MaxEntries || entries.Count > MaxEntries || entryBytes > MaxBytes)
            {
                over.Enqueue($"count={count} bytes={bytes} keys={keys} entries={entries.Count} entryBytes={entryBytes}");
            }
        });

        Assert.Empty(over);
        Assert.True(samples > 1);
        Assert.True(policy != QuotaPolicy.Throw || refused > 0, "The Throw policy never refused a write: the test did not reach the quota.");
    }

    [Theory]
    [MemberData(nameof(ThreadsAndPolicies))]
    public void A_concurrent_observer_never_sees_a_blob_table_past_its_byte_quota(int threads, QuotaPolicy policy)
    {
        const long MaxBytes = 256;
        const int Iterations = 1_500;
        var table = Core(policy, maxBytes: MaxBytes).BlobTable("blobs");
        var over = new ConcurrentQueue<string>();

        var samples = Concurrently.Run(threads, (worker, token) =>
        {
            var random = new Random(worker);
            for (var i = 0; i < Iterations && !token.IsCancellationRequested; i++)
            {
                var key = "f/" + random.Next(40);
                try
                {
                    switch (random.Next(8))
                    {
                        case 0:
                            table.Remove(key);
                            break;
                        case 1:
                            table.Copy(key, "f/" + random.Next(40));
                            break;
                        case 2:
                            table.Move(key, "f/" + random.Next(40));
                            break;
                        default:
                            table.Put(key, new byte[random.Next(1, 64)]);
                            break;
                    }
                }
                catch (QuotaExceededException) when (policy == QuotaPolicy.Throw)
                {
                }
                catch (NotFoundException)
                {
                    // Copy or move of a blob another worker removed.
                }
            }
        }, _ =>
        {
            var bytes = table.Bytes;
            var listed = table.List().Sum(static p => p.Size);
            if (bytes > MaxBytes || listed > MaxBytes)
            {
                over.Enqueue($"bytes={bytes} listed={listed}");
            }
        });

        Assert.Empty(over);
        Assert.True(samples > 1);
        Assert.Equal(table.List().Sum(static p => p.Size), table.Bytes);
    }

    // ---- reset under load ----

    [Theory]
    [MemberData(nameof(ThreadCounts))]
    public void Reset_under_load_never_hands_out_a_taken_key_and_keeps_indexes_exact(int threads)
    {
        const int Iterations = 2_000;
        var core = Core();
        var model = new EntityModel<int, Pair>(static p => p.Id)
        {
            WithKey = static (p, id) =>
            {
                p.Id = id;
                return p;
            },
            GenerateKeys = true,
            DeepCopyInContext = static (p, context) => context.Copy(p, static _ => new Pair(), static (from, to, _) =>
            {
                to.Id = from.Id;
                to.A = from.A;
                to.B = from.B;
                to.Text = from.Text;
                to.Version = from.Version;
            }),
            UniqueConstraints = new[] { new UniqueConstraint<Pair>("Text", static p => p.Text) },
            Indexes = new[] { new EntityIndex<Pair>("A", static p => p.A) { Property = "A" } },
        };
        var users = core.EntityTable("Pair", model);
        var counters = core.KeyValueTable<string, long>("counters");
        var problems = new ConcurrentQueue<string>();
        var resets = 0;

        Concurrently.Run(threads, (worker, token) =>
        {
            var random = new Random(worker);
            for (var i = 0; i < Iterations && !token.IsCancellationRequested; i++)
            {
                try
                {
                    switch (random.Next(10))
                    {
                        case 0 when worker == 0:
                            core.Reset();
                            Interlocked.Increment(ref resets);
                            break;
                        case 1:
                        case 2:
                        {
                            var added = users.Add(new Pair { A = worker, B = worker, Text = "t" + random.Next(1_000_000) });
                            if (added.Id <= 0)
                            {
                                problems.Enqueue($"generated key {added.Id}");
                            }

                            break;
                        }

                        case 3:
                            users.AddRange(Enumerable.Range(0, 3).Select(_ => new Pair { A = worker, Text = "r" + random.Next(1_000_000) }));
                            break;
                        case 4:
                            if (counters.Increment("hits") < 1)
                            {
                                problems.Enqueue("a counter went below 1");
                            }

                            break;
                        default:
                        {
                            var id = random.Next(1, 200);
                            if (users.Find(id) is { } found && found.Id != id)
                            {
                                problems.Enqueue($"Find({id}) returned #{found.Id}");
                            }

                            break;
                        }
                    }
                }
                catch (DuplicateKeyException error) when (error.Constraint is not null)
                {
                    // Two random unique values collided: a legitimate refusal.
                }
                catch (Exception error)
                {
                    problems.Enqueue(error.GetType().Name + ": " + error.Message);
                }
            }
        }, _ =>
        {
            if (users.VerifyIndexes() is { } broken)
            {
                problems.Enqueue(broken);
            }
        });

        Assert.Empty(problems);
        Assert.True(resets > 0, "The test never reset the fake.");
        core.Reset();
        Assert.Equal(0, core.Count);
        Assert.Equal(1, users.Add(new Pair { Text = "after" }).Id);
        Assert.Null(users.VerifyIndexes());
    }

    // ---- torn writes ----

    [Theory]
    [MemberData(nameof(ThreadCounts))]
    public void Concurrent_writers_and_readers_never_see_a_torn_entity(int threads)
    {
        const int Rows = 8;
        const int Iterations = 3_000;
        var model = new EntityModel<int, Pair>(static p => p.Id)
        {
            DeepCopyInContext = static (p, context) => context.Copy(p, static _ => new Pair(), static (from, to, _) =>
            {
                to.Id = from.Id;
                to.A = from.A;
                to.B = from.B;
                to.Text = from.Text;
                to.Version = from.Version;
            }),
            ConcurrencyToken = new ConcurrencyToken<Pair>("Version", static p => p.Version, static (p, v) =>
            {
                p.Version = (int)v!;
                return p;
            }),
        };
        var table = Core(copyMode: CopyMode.Copy).EntityTable("Pair", model);
        for (var id = 1; id <= Rows; id++)
        {
            table.Add(new Pair { Id = id });
        }

        var torn = new ConcurrentQueue<string>();
        var updates = new int[Rows + 1];
        var kv = Core(copyMode: CopyMode.Copy).KeyValueTable<int, Twin>("twins", new CopyPlan<Twin>(static (t, _) => new Twin { Left = t.Left, Right = t.Right }));

        void Check(Pair? pair, string where)
        {
            if (pair is not null && (pair.A != pair.B || pair.Text != pair.A.ToString(CultureInfo.InvariantCulture)))
            {
                torn.Enqueue($"{where}: #{pair.Id} A={pair.A} B={pair.B} Text={pair.Text}");
            }
        }

        Concurrently.Run(threads, (worker, token) =>
        {
            var random = new Random(worker);
            for (var i = 0; i < Iterations && !token.IsCancellationRequested; i++)
            {
                var id = random.Next(1, Rows + 1);
                switch (random.Next(6))
                {
                    case 0:
                    {
                        // Read-modify-write with optimistic concurrency: only a successful update counts.
                        var pair = table.Find(id)!;
                        Check(pair, "Find");
                        var next = pair.A + 1;
                        pair.A = next;
                        pair.Text = next.ToString(CultureInfo.InvariantCulture);
                        pair.B = next;
                        try
                        {
                            table.Update(pair);
                            Interlocked.Increment(ref updates[id]);
                        }
                        catch (ConcurrencyConflictException)
                        {
                        }

                        break;
                    }

                    case 1:
                    {
                        // A caller mutating its copy half-way must not tear the stored row.
                        var pair = table.Find(id)!;
                        pair.A = -1;
                        Check(table.Find(id), "Find after mutating a copy");
                        break;
                    }

                    case 2:
                        foreach (var pair in table.Values())
                        {
                            Check(pair, "Values");
                        }

                        break;
                    case 3:
                    {
                        var value = random.Next(1_000_000);
                        kv.Set(id, new Twin { Left = value, Right = value });
                        break;
                    }

                    case 4:
                        if (kv.TryGetValue(id, out var twin) && twin.Left != twin.Right)
                        {
                            torn.Enqueue($"twin #{id}: {twin.Left} != {twin.Right}");
                        }

                        break;
                    default:
                        kv.AddOrUpdate(id, (current, exists) =>
                        {
                            var next = (exists ? current!.Left : 0) + 1;
                            return new Twin { Left = next, Right = next };
                        });
                        break;
                }
            }
        }, _ =>
        {
            foreach (var pair in table.Values())
            {
                Check(pair, "observer");
            }
        });

        Assert.Empty(torn);
        for (var id = 1; id <= Rows; id++)
        {
            var pair = table.Find(id)!;
            Assert.Equal(updates[id], pair.A);
            Assert.Equal(updates[id], pair.Version);
        }
    }

    // ---- key locks ----

    [Theory]
    [MemberData(nameof(ThreadCounts))]
    public async Task LockAsync_serialises_read_modify_write_so_no_update_is_lost(int workers)
    {
        const int Iterations = 400;
        var store = new InMemoryRateLimitStore(new ManualClock());
        var hooks = Fakes.Of(store);
        var ttl = TimeSpan.FromHours(1);
        store.Set("a", "0", ttl);
        store.Set("b", "0", ttl);
        var inside = new int[2];
        var overlaps = 0;

        await Concurrently.RunAsync(workers, async (worker, token) =>
        {
            for (var i = 0; i < Iterations; i++)
            {
                // Workers share two keys: a lock on one never blocks the other.
                var slot = (worker + i) % 2;
                var key = slot == 0 ? "a" : "b";
                await using (await hooks.LockAsync(key, token))
                {
                    if (Interlocked.Increment(ref inside[slot]) != 1)
                    {
                        Interlocked.Increment(ref overlaps);
                    }

                    var value = long.Parse(store.Get(key)!, CultureInfo.InvariantCulture);
                    await Task.Yield();
                    store.Set(key, (value + 1).ToString(CultureInfo.InvariantCulture), ttl);
                    Interlocked.Decrement(ref inside[slot]);
                }
            }
        });

        Assert.Equal(0, overlaps);
        Assert.Equal((long)workers * Iterations, long.Parse(store.Get("a")!, CultureInfo.InvariantCulture) + long.Parse(store.Get("b")!, CultureInfo.InvariantCulture));
        Assert.Equal((long)workers * Iterations / 2, long.Parse(store.Get("a")!, CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(ThreadCounts))]
    public async Task KeyLocks_release_every_slot_even_when_waits_are_cancelled(int workers)
    {
        const int Iterations = 300;
        var locks = new KeyLocks();
        var counter = 0L;
        var cancelled = 0;

        await Concurrently.RunAsync(workers, async (worker, token) =>
        {
            for (var i = 0; i < Iterations; i++)
            {
                // Every third wait is cancelled before it starts: it must give up without holding or leaking the slot.
                using var early = CancellationTokenSource.CreateLinkedTokenSource(token);
                if (i % 3 == 2)
                {
                    await early.CancelAsync();
                }

                try
                {
                    await using (await locks.AcquireAsync("counter", early.Token))
                    {
                        var value = Interlocked.Read(ref counter);
                        await Task.Yield();
                        Interlocked.Exchange(ref counter, value + 1);
                    }
                }
                catch (OperationCanceledException) when (early.IsCancellationRequested && !token.IsCancellationRequested)
                {
                    Interlocked.Increment(ref cancelled);
                }
            }
        });

        Assert.Equal((long)workers * Iterations - cancelled, Interlocked.Read(ref counter));
        Assert.Equal(workers * (Iterations / 3), cancelled);
        Assert.Equal(0, locks.ActiveKeys);
    }
}
