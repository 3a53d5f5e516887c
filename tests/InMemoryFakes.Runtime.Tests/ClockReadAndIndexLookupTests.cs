using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// Operations that record no time (a delete, a listing) read the clock only when an entry can expire, and still see
/// expiry exactly when one can; lookups through an index (text values kept in their own dictionary, a single holder
/// answered directly) find what a scan finds.
/// </summary>
public class ClockReadAndIndexLookupTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A clock that counts how often the time is read, and never fires timers (nothing is swept behind a test).</summary>
    private sealed class CountingClock(ManualClock clock) : TimeProvider
    {
        private readonly TimersNeverFire _timers = new(clock);
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public override DateTimeOffset GetUtcNow()
        {
            Interlocked.Increment(ref _reads);
            return clock.GetUtcNow();
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
            => _timers.CreateTimer(callback, state, dueTime, period);
    }

    private static EntityTable<int, Member> Members(TimeProvider clock, Expiration expiration = default, EntityModel<int, Member>? model = null)
        => new(new TableOptions("members") { Clock = clock, DefaultExpiration = expiration }, model ?? IndexTests.MemberModel());

    private static Member? ByEmail(EntityTable<int, Member> members, string email, Func<Member, bool>? alsoRequired = null)
        => members.TryQueryFirst((email, alsoRequired), static (m, s) => m.Email == s.email && (s.alsoRequired is null || s.alsoRequired(m)), out var found, probe: new IndexProbe("Email", email)) ? found : null;

    [Fact]
    public void Deleting_an_entity_that_never_expires_reads_no_clock_and_removes_it()
    {
        var clock = new CountingClock(new ManualClock(Start));
        var users = Support.Users(new TableOptions("users") { Clock = clock });
        users.Add(new User { Name = "Ann" });
        var readsBefore = clock.Reads;

        Assert.True(users.Remove(1));

        Assert.Equal(readsBefore, clock.Reads);
        Assert.Null(users.Find(1));
        Assert.Equal(0, users.Count);
    }

    [Fact]
    public void Deleting_a_key_whose_ttl_has_passed_but_was_not_swept_finds_it_gone_and_reports_its_expiry_at_its_instant()
    {
        var manual = new ManualClock(Start);
        var clock = new CountingClock(manual);
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock });
        var events = new List<EntryEvictedEventArgs>();
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("session", "value", Expiration.After(TimeSpan.FromSeconds(10)));
        manual.Advance(TimeSpan.FromSeconds(10));
        var readsBefore = clock.Reads;

        Assert.False(table.Remove("session"));

        Assert.True(clock.Reads > readsBefore);
        var evicted = Assert.Single(events);
        Assert.Equal(EvictionReason.Expired, evicted.Reason);
        Assert.Equal(Start.AddSeconds(10), evicted.At);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Deleting_a_key_one_tick_before_its_ttl_ends_removes_it_without_an_expiry_event()
    {
        var manual = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = new TimersNeverFire(manual) });
        var events = new List<EntryEvictedEventArgs>();
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("session", "value", Expiration.After(TimeSpan.FromSeconds(10)));
        manual.Advance(TimeSpan.FromSeconds(10) - Support.OneTick);

        Assert.True(table.Remove("session", out var removed));

        Assert.Equal("value", removed);
        Assert.Empty(events);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void A_delete_that_hands_back_the_value_hands_back_a_copy()
    {
        var users = Support.Users();
        var original = new User { Name = "Ann" };
        users.Add(original);
        var stored = users.Find(1)!;

        Assert.True(users.Remove(1, out var removed));

        Assert.Equal("Ann", removed.Name);
        Assert.NotSame(original, removed);
        Assert.NotSame(stored, removed);
    }

    [Fact]
    public void Listing_a_table_whose_entries_never_expire_reads_no_clock()
    {
        var clock = new CountingClock(new ManualClock(Start));
        var users = Support.Users(new TableOptions("users") { Clock = clock });
        users.Add(new User { Name = "Ann" });
        users.Add(new User { Name = "Bob" });
        var readsBefore = clock.Reads;

        var listed = users.Values();

        Assert.Equal(readsBefore, clock.Reads);
        Assert.Equal(new[] { "Ann", "Bob" }, listed.ConvertAll(static u => u.Name));
    }

    [Fact]
    public void Listing_leaves_out_an_entry_whose_ttl_has_just_passed_though_no_sweep_ran()
    {
        var manual = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = new TimersNeverFire(manual) });
        table.Set("short", "gone", Expiration.After(TimeSpan.FromSeconds(10)));
        table.Set("lasting", "kept");
        manual.Advance(TimeSpan.FromSeconds(10) - Support.OneTick);
        Assert.Equal(new[] { "gone", "kept" }, table.Values());

        manual.Advance(Support.OneTick);

        Assert.Equal(new[] { "kept" }, table.Values());
    }

    [Fact]
    public void A_lookup_by_an_indexed_text_value_finds_its_holder_and_follows_updates_and_deletes()
    {
        var members = Members(new ManualClock(Start));
        members.Add(new Member { Email = "a@x", Team = "red" });
        members.Add(new Member { Email = "b@x", Team = "red" });

        Assert.Equal(1, ByEmail(members, "a@x")?.Id);
        Assert.Equal(2, ByEmail(members, "b@x")?.Id);
        Assert.Null(ByEmail(members, "A@X"));

        members.Update(new Member { Id = 1, Email = "z@x", Team = "red" });
        Assert.Null(ByEmail(members, "a@x"));
        Assert.Equal(1, ByEmail(members, "z@x")?.Id);

        members.Upsert(new Member { Id = 2, Email = "b@x", Team = "blue" });
        Assert.Equal("blue", ByEmail(members, "b@x")?.Team);

        Assert.True(members.Remove(2));
        Assert.Null(ByEmail(members, "b@x"));
        Assert.Null(members.VerifyIndexes());
    }

    [Fact]
    public void A_lookup_by_an_indexed_value_whose_only_holder_expired_unswept_finds_nothing()
    {
        var manual = new ManualClock(Start);
        var members = Members(new TimersNeverFire(manual), Expiration.After(TimeSpan.FromSeconds(10)));
        members.Add(new Member { Email = "a@x" });
        manual.Advance(TimeSpan.FromSeconds(10) - Support.OneTick);
        Assert.Equal(1, ByEmail(members, "a@x")?.Id);

        manual.Advance(Support.OneTick);

        Assert.Null(ByEmail(members, "a@x"));
    }

    [Fact]
    public void The_only_holder_of_an_indexed_value_is_still_checked_against_the_rest_of_the_query()
    {
        var members = Members(new ManualClock(Start));
        members.Add(new Member { Email = "a@x", Team = "red" });

        Assert.Null(ByEmail(members, "a@x", static m => m.Team == "blue"));
        Assert.Equal(1, ByEmail(members, "a@x", static m => m.Team == "red")?.Id);
    }

    [Fact]
    public void In_an_index_over_mixed_values_a_text_value_never_matches_a_number_that_prints_the_same()
    {
        var model = new EntityModel<int, Member>(static m => m.Id)
        {
            DeepCopy = static m => m.Copy(),
            Indexes = new[] { new EntityIndex<Member>("Mixed", static m => m.Team == "number" ? m.Level : m.Code) { Property = "Mixed" } },
        };
        var members = Members(new ManualClock(Start), model: model);
        members.Add(new Member { Id = 1, Team = "number", Level = 7 });
        members.Add(new Member { Id = 2, Team = "text", Code = "7" });

        bool Probe(object value, out Member? found)
            => members.TryQueryFirst(0, null, out found, probe: new IndexProbe("Mixed", value));

        Assert.True(Probe(7, out var byNumber));
        Assert.Equal(1, byNumber!.Id);
        Assert.True(Probe("7", out var byText));
        Assert.Equal(2, byText!.Id);
        Assert.Null(members.VerifyIndexes());
    }

    [Fact]
    public void An_index_with_its_own_text_comparer_still_matches_by_that_comparer()
    {
        var model = new EntityModel<int, Member>(static m => m.Id)
        {
            DeepCopy = static m => m.Copy(),
            UniqueConstraints = new[] { new UniqueConstraint<Member>("Email", static m => m.Email, new IgnoreCaseText()) { Property = "Email" } },
        };
        var members = Members(new ManualClock(Start), model: model);
        members.Add(new Member { Id = 1, Email = "Ann@X" });

        Assert.True(members.TryQueryFirst(0, null, out var found, probe: new IndexProbe("Email", "ann@x")));
        Assert.Equal(1, found!.Id);
        Assert.Throws<DuplicateKeyException>(() => members.Add(new Member { Id = 2, Email = "ANN@x" }));
        Assert.Null(members.VerifyIndexes());
    }

    [Fact]
    public void A_table_asked_for_by_many_threads_at_once_is_attached_to_its_fake_once_and_tells_it_of_each_eviction_once()
    {
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = new ManualClock(Start), MaxEntries = 1, QuotaPolicy = QuotaPolicy.EvictOldest }, new FakeDefaults("Users"));
        var heard = new List<EntryEvictedEventArgs>();
        core.EntryEvicted += (_, e) => heard.Add(e);
        var model = Support.UserModel();
        var tables = new EntityTable<int, User>[64];

        Parallel.For(0, tables.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => tables[i] = core.EntityTable("users", model));

        var table = Assert.Single(core.Tables);
        Assert.All(tables, t => Assert.Same(table, t));
        tables[0].Add(new User { Name = "Ann" });
        tables[0].Add(new User { Name = "Bob" });
        var evicted = Assert.Single(heard);
        Assert.Equal(EvictionReason.Oldest, evicted.Reason);
    }

    [Fact]
    public void An_object_table_hands_back_strings_as_stored_and_still_copies_a_mutable_value_read_between_them()
    {
        var core = new FakeCore(null, new FakeDefaults("ICache"));
        var table = core.KeyValueTable<string, object>("cache");
        var text = new string('x', 3);
        var names = new List<string> { "stored" };
        table.Set("text", text);
        table.Set("names", names);

        Assert.Same(text, table.GetValueOrDefault("text"));
        var first = Assert.IsType<List<string>>(table.GetValueOrDefault("names"));
        Assert.Same(text, table.GetValueOrDefault("text"));
        var second = Assert.IsType<List<string>>(table.GetValueOrDefault("names"));

        Assert.NotSame(names, first);
        Assert.NotSame(first, second);
        first[0] = "changed by the caller";
        Assert.Equal("stored", second[0]);
        Assert.Equal("stored", ((List<string>)table.GetValueOrDefault("names")!)[0]);
    }

    [Fact]
    public async Task Lookups_find_the_one_holder_of_a_value_while_writers_add_move_and_remove_others_and_the_indexes_are_rebuilt()
    {
        var members = Members(new ManualClock(Start));
        members.Add(new Member { Id = 1, Email = "fixed@x", Team = "red" });
        members.Add(new Member { Id = 2, Email = "moving@x", Team = "red" });
        var writes = 0;
        var readsDone = 0;

        var writer = Task.Run(() =>
        {
            // Grows the indexes through several resizes, moves a value back and forth, then removes what it added: past
            // 1,024 entries the table then gives memory back, so the index dictionaries are rebuilt under the readers.
            do
            {
                for (var i = 0; i < 1_500; i++)
                {
                    members.Add(new Member { Id = 100 + i, Email = $"m{i}@x", Team = i % 2 == 0 ? "blue" : "green" });
                }

                members.Upsert(new Member { Id = 2, Email = (writes & 1) == 0 ? "moved@x" : "moving@x", Team = "red" });
                for (var i = 0; i < 1_500; i++)
                {
                    members.Remove(100 + i);
                }

                Interlocked.Increment(ref writes);
            }
            while (Volatile.Read(ref readsDone) < 2);
        }, TestContext.Current.CancellationToken);

        void Reader()
        {
            try
            {
                // At least 50,000 lookups, and on until the writer has been through two rounds, so the reads overlap its
                // writes even when the writer's task starts late (it once finished no round before the readers were done).
                for (var i = 0; i < 50_000 || Volatile.Read(ref writes) < 2; i++)
                {
                    Assert.Equal(1, ByEmail(members, "fixed@x")?.Id);
                    Assert.Null(ByEmail(members, "never@x"));
                    if (ByEmail(members, "moving@x") is { } moving)
                    {
                        Assert.Equal((2, "moving@x"), (moving.Id, moving.Email));
                    }
                }
            }
            finally
            {
                Interlocked.Increment(ref readsDone);
            }
        }

        Parallel.Invoke(Reader, Reader);
        await writer;

        Assert.True(writes >= 2);
        Assert.Null(members.VerifyIndexes());
        Assert.Equal(2, members.Count);
    }

    private sealed class IgnoreCaseText : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => x is string a && y is string b ? StringComparer.OrdinalIgnoreCase.Equals(a, b) : object.Equals(x, y);

        public int GetHashCode(object obj) => obj is string s ? StringComparer.OrdinalIgnoreCase.GetHashCode(s) : obj.GetHashCode();
    }
}
