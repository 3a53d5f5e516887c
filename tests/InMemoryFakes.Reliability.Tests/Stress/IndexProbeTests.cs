using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Support;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.Stress;

/// <summary>An entity with an indexed (not unique) property, looked up by a derived query.</summary>
public sealed class Member
{
    public int Id { get; set; }

    [Indexed]
    public string? Email { get; set; }
}

/// <summary>Derived lookups by an indexed property, which read the index without the table's lock.</summary>
[InMemoryFake]
public interface IMemberRepository
{
    void Add(Member member);

    Member? Find(int id);

    Member? FindByEmail(string email);

    void Remove(int id);

    void UpdateRange(IEnumerable<Member> members);
}

/// <summary>
/// A lookup through a secondary index answers without the table's lock when one entry holds the value. These check that
/// it stays linearizable with the key reads and with multi-step writes, on several threads.
/// </summary>
public sealed class IndexProbeTests
{
    public static readonly TheoryData<int> ThreadCounts = new() { 2, 4, 8 };

    [Theory]
    [MemberData(nameof(ThreadCounts))]
    public void An_index_probe_and_a_key_read_agree_in_either_order_while_rows_are_added_and_removed(int threads)
    {
        const int Rows = 10_000;
        var repository = new InMemoryMemberRepository();
        var removing = 0;
        var current = 1;
        var violations = new ConcurrentQueue<string>();
        Concurrently.Run(threads, (worker, token) =>
        {
            if (worker == 0)
            {
                for (var id = 1; id <= Rows && !token.IsCancellationRequested; id++)
                {
                    Volatile.Write(ref current, id);
                    repository.Add(new Member { Id = id, Email = "e" + id });
                }

                Volatile.Write(ref removing, 1);
                for (var id = 1; id <= Rows && !token.IsCancellationRequested; id++)
                {
                    Volatile.Write(ref current, id);
                    repository.Remove(id);
                }

                return;
            }

            var random = new Random(worker);
            while (!token.IsCancellationRequested && violations.IsEmpty)
            {
                // Mostly the row being written now, where a torn view would show.
                var id = Math.Min(Rows, Volatile.Read(ref current) + random.Next(0, 2));
                var email = "e" + id;
                var phase = Volatile.Read(ref removing);
                if (phase == 0)
                {
                    // Adding: once either read sees the row, the other one must too (unless removing began meanwhile).
                    if (repository.Find(id) is not null && repository.FindByEmail(email) is null && Volatile.Read(ref removing) == 0)
                    {
                        violations.Enqueue($"row {id} found by key, then not by email");
                    }

                    if (repository.FindByEmail(email) is { } byEmail && (byEmail.Id != id || repository.Find(id) is null) && Volatile.Read(ref removing) == 0)
                    {
                        violations.Enqueue($"row {id} found by email, then not by key");
                    }
                }
                else
                {
                    // Removing (every row was added): once either read misses the row, the other one must too.
                    if (repository.Find(id) is null && repository.FindByEmail(email) is not null)
                    {
                        violations.Enqueue($"row {id} gone by key, then found by email");
                    }

                    if (repository.FindByEmail(email) is null && repository.Find(id) is not null)
                    {
                        violations.Enqueue($"row {id} gone by email, then found by key");
                    }

                    if (repository.Find(Rows) is null)
                    {
                        return;
                    }
                }
            }
        });

        Assert.Empty(violations);
        Assert.Null(repository.FindByEmail("e1"));
        Assert.Null(Fakes.Of(repository).Core.Tables.OfType<EntityTable<int, Member>>().Single().VerifyIndexes());
    }

    [Theory]
    [MemberData(nameof(ThreadCounts))]
    public void A_value_moved_between_rows_in_one_range_update_is_always_found_on_exactly_one_row(int threads)
    {
        const int Rows = 6;
        const int Moves = 3_000;
        var repository = new InMemoryMemberRepository();
        for (var id = 1; id <= Rows; id++)
        {
            repository.Add(new Member { Id = id, Email = id == 1 ? "token" : "free" + id });
        }

        var violations = new ConcurrentQueue<string>();
        var reads = 0;
        Concurrently.Run(threads, (worker, token) =>
        {
            if (worker == 0)
            {
                // One writer moves the token: the row holding it gives it up and another takes it, in one range update.
                var holder = 1;
                var random = new Random(17);
                for (var move = 0; move < Moves && !token.IsCancellationRequested; move++)
                {
                    var next = 1 + ((holder + random.Next(1, Rows)) % Rows);
                    repository.UpdateRange(new[] { new Member { Id = holder, Email = "free" + holder }, new Member { Id = next, Email = "token" } });
                    holder = next;
                }

                return;
            }

            while (!token.IsCancellationRequested && violations.IsEmpty && Volatile.Read(ref reads) < Moves * 4)
            {
                try
                {
                    if (repository.FindByEmail("token") is null)
                    {
                        violations.Enqueue("no row held the token");
                    }
                }
                catch (InvalidOperationException error)
                {
                    violations.Enqueue("several rows held the token: " + error.Message);
                }

                Interlocked.Increment(ref reads);
            }
        });

        Assert.Empty(violations);
        Assert.NotNull(repository.FindByEmail("token"));
    }

    [Fact]
    public async Task A_lookup_that_overlaps_a_refused_range_never_sees_its_first_step()
    {
        // Deterministic: the probe's value waits inside the lock-free lookup (its GetHashCode, after the version was
        // read) until the range has made its first step, and the range waits until the lookup has compared the value
        // that step indexed; then the range fails and is undone. Only the version check after the lookup tells it
        // that what it read was never committed.
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = new ManualClock(), CopyMode = CopyMode.Reference }, new FakeDefaults("IProbe"));
        var model = new EntityModel<int, Coded>(static c => c.Id)
        {
            Indexes = new[] { new EntityIndex<Coded>("Code", static c => c.Code) { Property = "Code" } },
        };
        var table = core.EntityTable("Coded", model);
        table.Add(new Coded { Id = 1, Code = new Code("a") });
        var probe = new Code("x");
        using var hashing = new ManualResetEventSlim();
        using var stepTaken = new ManualResetEventSlim();
        using var compared = new ManualResetEventSlim();
        Code.OnReaderHash = () =>
        {
            hashing.Set();
            stepTaken.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        };
        Code.OnReaderEquals = compared.Set;

        var reader = Task.Factory.StartNew(() =>
        {
            Code.Reader = Environment.CurrentManagedThreadId;
            var found = table.TryQuerySingle(probe, static (c, s) => Equals(c.Code, s), out var row, null, new IndexProbe("Code", probe));
            Code.Reader = 0;
            return found ? row : null;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        Assert.True(hashing.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), "the lookup never hashed its value");
        Assert.Throws<InvalidOperationException>(() => table.AllOrNothing<int>(() =>
        {
            table.Update(new Coded { Id = 1, Code = new Code("x") });
            stepTaken.Set();
            Assert.True(compared.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), "the lookup never compared the indexed value");
            throw new InvalidOperationException("the range is refused");
        }));

        Assert.Null(await reader.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        Assert.Equal("a", table.Find(1)!.Code.Text);
    }
}

/// <summary>An entity with an indexed value of a type whose hashing and equality a test can pause.</summary>
public sealed class Coded
{
    public int Id { get; set; }

    public Code Code { get; set; } = new("");
}

/// <summary>A value whose GetHashCode and Equals call hooks on one thread (the reader's), to order a race exactly.</summary>
public sealed class Code(string text) : IEquatable<Code>
{
    private static int _reader;

    /// <summary>The managed thread id whose calls run the hooks; 0 for none.</summary>
    public static int Reader
    {
        get => Volatile.Read(ref _reader);
        set => Volatile.Write(ref _reader, value);
    }

    public static Action? OnReaderHash { get; set; }

    public static Action? OnReaderEquals { get; set; }

    public string Text { get; } = text;

    public bool Equals(Code? other)
    {
        if (Reader != 0 && Environment.CurrentManagedThreadId == Reader)
        {
            OnReaderEquals?.Invoke();
        }

        return other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);
    }

    public override bool Equals(object? obj) => Equals(obj as Code);

    public override int GetHashCode()
    {
        if (Reader != 0 && Environment.CurrentManagedThreadId == Reader)
        {
            OnReaderHash?.Invoke();
        }

        return StringComparer.Ordinal.GetHashCode(Text);
    }
}
