using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using InMemoryFakes.Support;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// Issue 14, session 35: how often each write path reads the table's clock, counted through a <see cref="TimeProvider"/>
/// that counts its reads (the non-system path; the system path reads <c>DateTime.UtcNow</c> at the same places, through
/// the same <c>NowTicks</c>). Every write reads it exactly once, and what that one read records is observable: the
/// entry's created and modified instants (<c>Inspect</c>, <c>Entries</c>, snapshots), a time to live, an eviction's
/// instant. The last tests pin that behaviour on a table with no expiry, so a write that skipped its read would fail them.
/// </summary>
public class WriteClockReadTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(10);

    /// <summary>Counts reads of the time (<c>GetUtcNow</c> and <c>GetTimestamp</c>); its timers never fire, so no sweep reads behind a test.</summary>
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

        public override long GetTimestamp()
        {
            Interlocked.Increment(ref _reads);
            return clock.GetTimestamp();
        }

        public override long TimestampFrequency => clock.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
            => _timers.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Reads the clock makes while <paramref name="action"/> runs.</summary>
    private static int ReadsOf(CountingClock clock, Action action)
    {
        var before = clock.Reads;
        action();
        return clock.Reads - before;
    }

    private static EntityTable<int, User> Users(TimeProvider clock, Quota? quota = null)
        => Support.Users(new TableOptions("users") { Clock = clock, Quota = quota ?? Quota.None }, copyMode: CopyMode.Reference);

    [Fact]
    public void An_upsert_of_an_existing_key_on_a_table_with_no_expiry_reads_the_clock_once()
    {
        var clock = new CountingClock(new ManualClock(Start));
        var users = Users(clock);
        users.Add(new User { Name = "Ann" });

        Assert.Equal(1, ReadsOf(clock, () => users.Upsert(new User { Id = 1, Name = "Ann 2" })));
        Assert.Equal(1, ReadsOf(clock, () => users.Upsert(new User { Id = 2, Name = "Bob" })));
        Assert.Equal("Ann 2", users.Find(1)!.Name);
    }

    [Fact]
    public void An_add_and_an_update_read_the_clock_once_each_and_a_read_of_an_entry_that_never_expires_none()
    {
        var clock = new CountingClock(new ManualClock(Start));
        var users = Users(clock);

        Assert.Equal(1, ReadsOf(clock, () => users.Add(new User { Name = "Ann" })));
        Assert.Equal(1, ReadsOf(clock, () => users.Update(new User { Id = 1, Name = "Ann 2" })));
        Assert.Equal(0, ReadsOf(clock, () => Assert.Equal("Ann 2", users.Find(1)!.Name)));
    }

    private sealed class Note
    {
        public int Id { get; set; }

        public string Text { get; set; } = "";

        public DateTimeOffset? ModifiedAt { get; set; }
    }

    [Fact]
    public void An_update_and_an_upsert_with_a_timed_concurrency_token_read_the_clock_once_and_the_token_is_the_entrys_instant()
    {
        var manual = new ManualClock(Start);
        var clock = new CountingClock(manual);
        var notes = new EntityTable<int, Note>(
            new TableOptions("notes") { Clock = clock },
            new EntityModel<int, Note>(static e => e.Id)
            {
                DeepCopy = static e => new Note { Id = e.Id, Text = e.Text, ModifiedAt = e.ModifiedAt },
                ConcurrencyToken = new ConcurrencyToken<Note>("ModifiedAt", static e => e.ModifiedAt, static (e, v) => { e.ModifiedAt = (DateTimeOffset?)v; return e; })
                {
                    TokenType = typeof(DateTimeOffset),
                },
            });
        notes.Add(new Note { Id = 1, Text = "a" });
        manual.Advance(TimeSpan.FromSeconds(1));

        Note? updated = null;
        Assert.Equal(1, ReadsOf(clock, () => updated = notes.Update(notes.Get(1))));
        Assert.Equal(Start.AddSeconds(1), updated!.ModifiedAt);
        Assert.Equal(notes.Inspect(1)!.LastModified, updated.ModifiedAt);

        manual.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, ReadsOf(clock, () => notes.Upsert(notes.Get(1))));
        Assert.Equal(Start.AddSeconds(2), notes.Get(1).ModifiedAt);
        Assert.Equal(notes.Inspect(1)!.LastModified, notes.Get(1).ModifiedAt);
    }

    [Fact]
    public void AddIfAbsent_reads_the_clock_once_whether_it_adds_or_finds_the_key_taken()
    {
        var clock = new CountingClock(new ManualClock(Start));
        var users = Users(clock);

        Assert.Equal(1, ReadsOf(clock, () => Assert.True(users.AddIfAbsent(new User { Name = "Ann" }, out _))));
        Assert.Equal(1, ReadsOf(clock, () => Assert.False(users.AddIfAbsent(new User { Id = 1, Name = "Other" }, out _))));
        Assert.Equal("Ann", users.Find(1)!.Name);
        Assert.Equal(1, users.Count);
    }

    [Fact]
    public void A_set_with_a_ttl_reads_the_clock_once_for_a_new_key_and_once_over_a_live_one()
    {
        var clock = new CountingClock(new ManualClock(Start));
        var table = new KeyValueTable<string, string>(new TableOptions("cache") { Clock = clock });

        Assert.Equal(1, ReadsOf(clock, () => table.Set("session", "a", Expiration.After(Ttl))));
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(1, ReadsOf(clock, () => table.Set("session", "b", Expiration.After(Ttl))));
        }

        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void A_write_that_evicts_the_oldest_entry_reads_the_clock_once_and_reports_the_eviction_at_the_writes_instant()
    {
        var manual = new ManualClock(Start);
        var clock = new CountingClock(manual);
        var table = new KeyValueTable<string, string>(new TableOptions("cache") { Clock = clock, Quota = new Quota(maxEntries: 2, policy: QuotaPolicy.EvictOldest) });
        var events = new List<EntryEvictedEventArgs>();
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("a", "1");
        table.Set("b", "2");
        manual.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, ReadsOf(clock, () => table.Set("c", "3")));

        var evicted = Assert.Single(events);
        Assert.Equal("a", evicted.Key);
        Assert.Equal(EvictionReason.Oldest, evicted.Reason);
        Assert.Equal(Start.AddSeconds(5), evicted.At);
        Assert.Equal(table.Inspect("c")!.LastModified, evicted.At);
        Assert.Equal(new[] { "b", "c" }, table.Keys());
    }

    [Fact]
    public void A_blob_put_reads_the_clock_once_and_its_properties_carry_the_entrys_instants()
    {
        var manual = new ManualClock(Start);
        var clock = new CountingClock(manual);
        var blobs = new BlobTable(new TableOptions("blobs") { Clock = clock });
        blobs.Put("a.txt", new byte[] { 1 });
        manual.Advance(TimeSpan.FromSeconds(3));

        BlobProperties? properties = null;
        Assert.Equal(1, ReadsOf(clock, () => properties = blobs.Put("a.txt", new byte[] { 2, 3 }, expiration: Expiration.After(Ttl))));

        var entry = blobs.Inspect("a.txt")!;
        Assert.Equal(Start, properties!.CreatedAt);
        Assert.Equal(Start.AddSeconds(3), properties.LastModified);
        Assert.Equal(entry.LastModified, properties.LastModified);
        Assert.Equal(Start.AddSeconds(3) + Ttl, entry.ExpiresAt);
    }

    [Fact]
    public void A_tagged_set_reads_the_clock_once_and_stamps_the_value_and_its_tags_with_the_same_instant()
    {
        var manual = new ManualClock(Start);
        var clock = new CountingClock(manual);
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = clock }, new FakeDefaults("ICache"));
        var values = core.KeyValueTable<string, string>("cache");
        var tags = new EntryTags<string, string>(core, values);
        tags.Set("page", "v1", new[] { "t1" }, Expiration.After(Ttl));
        manual.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(1, ReadsOf(clock, () => tags.Set("page", "v2", new[] { "t2" }, Expiration.After(Ttl))));

        Assert.Equal(new[] { "t2" }, tags.TagsOf("page"));
        Assert.Equal(Start.AddSeconds(2), values.Inspect("page")!.LastModified);
        Assert.Equal(Start.AddSeconds(2), tags.Table.Inspect("page")!.LastModified);
    }

    [Fact]
    public void A_conditional_removal_a_removal_by_predicate_and_a_key_listing_read_no_clock_on_a_table_whose_entries_never_expire()
    {
        var clock = new CountingClock(new ManualClock(Start));
        var table = new KeyValueTable<string, string>(new TableOptions("cache") { Clock = clock });
        table.Set("a", "1");
        table.Set("b", "2");
        table.Set("c", "3");

        Assert.Equal(0, ReadsOf(clock, () => Assert.False(table.RemoveIf("a", static v => v == "other"))));
        Assert.Equal(0, ReadsOf(clock, () => Assert.True(table.RemoveIf("a", static v => v == "1"))));
        Assert.Equal(0, ReadsOf(clock, () => Assert.Equal(new[] { "b", "c" }, table.Keys())));
        Assert.Equal(0, ReadsOf(clock, () => Assert.Equal(1, table.RemoveWhere(static v => v == "2"))));
        Assert.Equal(new[] { "c" }, table.Keys());
    }

    [Fact]
    public void A_conditional_removal_a_removal_by_predicate_and_a_key_listing_still_see_an_unswept_expired_entry_as_gone()
    {
        var manual = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("cache") { Clock = new TimersNeverFire(manual) });
        var events = new List<EntryEvictedEventArgs>();
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("short", "x", Expiration.After(TimeSpan.FromSeconds(10)));
        table.Set("other", "x", Expiration.After(TimeSpan.FromSeconds(10)));
        table.Set("lasting", "x");
        manual.Advance(TimeSpan.FromSeconds(10) - Support.OneTick);
        Assert.Equal(new[] { "short", "other", "lasting" }, table.Keys());

        manual.Advance(Support.OneTick);

        Assert.Equal(new[] { "lasting" }, table.Keys());
        Assert.False(table.RemoveIf("short", static _ => true));
        var evicted = Assert.Single(events);
        Assert.Equal(("short", EvictionReason.Expired, Start.AddSeconds(10)), (evicted.Key, evicted.Reason, evicted.At));
        Assert.Equal(1, table.RemoveWhere(static v => v == "x"));
        Assert.Empty(table.Keys());
    }

    [Fact]
    public void Plain_upserts_on_a_table_with_no_expiry_record_each_writes_instant_and_a_snapshot_keeps_them()
    {
        // Why an upsert on a table with no expiry and no timed token still reads the clock: the entry's modified instant
        // is observable (Inspect, Entries, snapshots, persisted files). A write that skipped the read would fail here.
        var clock = new ManualClock(Start);
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = clock, CopyMode = CopyMode.Reference }, new FakeDefaults("IUsers"));
        var users = core.EntityTable("users", Support.UserModel());
        users.Upsert(new User { Id = 1, Name = "Ann" });
        clock.Advance(TimeSpan.FromSeconds(7));
        users.Upsert(new User { Id = 1, Name = "Ann 2" });
        clock.Advance(TimeSpan.FromSeconds(4));
        users.Upsert(new User { Id = 2, Name = "Bob" });

        var ann = users.Inspect(1)!;
        Assert.Equal(Start, ann.CreatedAt);
        Assert.Equal(Start.AddSeconds(7), ann.LastModified);
        Assert.Equal(2, ann.Version);
        Assert.Null(ann.ExpiresAt);
        Assert.Equal(Start.AddSeconds(11), users.Inspect(2)!.LastModified);

        var snapshot = core.Snapshot();
        clock.Advance(TimeSpan.FromSeconds(30));
        users.Upsert(new User { Id = 1, Name = "Ann 3" });
        Assert.Equal(Start.AddSeconds(41), users.Inspect(1)!.LastModified);

        core.Restore(snapshot);

        Assert.Equal("Ann 2", users.Find(1)!.Name);
        Assert.Equal(new[] { (Start, Start.AddSeconds(7)), (Start.AddSeconds(11), Start.AddSeconds(11)) },
            users.Inspect().Select(static e => (e.CreatedAt, e.LastModified)).ToArray());
    }

    [Fact]
    public void A_table_that_gains_its_first_ttl_entry_after_plain_writes_expires_that_entry_at_its_instant_and_keeps_the_others()
    {
        var clock = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("cache") { Clock = clock });
        var events = new List<EntryEvictedEventArgs>();
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("a", "1");
        table.Set("b", "2");
        clock.Advance(TimeSpan.FromSeconds(1));
        table.Set("a", "1b");
        table.Set("c", "3", Expiration.After(TimeSpan.FromSeconds(10)));
        clock.Advance(TimeSpan.FromSeconds(10) - Support.OneTick);

        Assert.Equal(new[] { "a", "b", "c" }, table.Keys());
        Assert.Empty(events);

        clock.Advance(Support.OneTick);

        Assert.Equal(new[] { "a", "b" }, table.Keys());
        var evicted = Assert.Single(events);
        Assert.Equal(("c", EvictionReason.Expired, Start.AddSeconds(11)), (evicted.Key, evicted.Reason, evicted.At));
        Assert.Equal(Start.AddSeconds(1), table.Inspect("a")!.LastModified);
        Assert.Equal(Start, table.Inspect("b")!.LastModified);
        Assert.Null(table.Inspect("a")!.ExpiresAt);
    }
}
