using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Expired entries are swept when the manual clock advances, without any read, and each raises an event.</summary>
public class ExpirySweepTests
{
    private static KeyValueTable<string, string> Table(ManualClock clock, List<EntryEvictedEventArgs> events)
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock });
        table.EntryEvicted += (sender, e) =>
        {
            Assert.Same(table, sender);
            events.Add(e);
        };
        return table;
    }

    [Fact]
    public void Advancing_past_expiry_raises_EntryEvicted_with_key_reason_Expired_and_the_exact_expiry_instant()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(clock, events);
        var written = clock.GetUtcNow();
        table.Set("k", "v", Expiration.After(TimeSpan.FromSeconds(10)));

        clock.Advance(TimeSpan.FromSeconds(10) - Support.OneTick);
        Assert.Empty(events);

        clock.Advance(TimeSpan.FromMinutes(5));

        var e = Assert.Single(events);
        Assert.Equal("k", e.Key);
        Assert.Equal("v", e.Value);
        Assert.Equal("kv", e.Store);
        Assert.Equal(EvictionReason.Expired, e.Reason);
        Assert.Equal(written.AddSeconds(10), e.At);
    }

    [Fact]
    public void Expired_entries_are_removed_from_memory_by_the_clock_advance_without_any_read()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = new BlobTable(new TableOptions("blobs") { Clock = clock });
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Put("a", new byte[100], expiration: Expiration.After(TimeSpan.FromSeconds(1)));
        table.Put("b", new byte[50]);
        Assert.Equal(150, table.Bytes);

        clock.Advance(TimeSpan.FromSeconds(2));

        // The event was raised during Advance: the sweep ran before anything read the table.
        Assert.Equal("a", Assert.Single(events).Key);
        Assert.Equal(new object[] { "b" }, table.Inspect().Select(i => i.Key));
        Assert.Equal(1, table.Count);
        Assert.Equal(50, table.Bytes);
    }

    [Fact]
    public void Multiple_entries_expire_in_expiry_order_each_at_its_own_instant()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(clock, events);
        var start = clock.GetUtcNow();
        table.Set("c", "3", Expiration.After(TimeSpan.FromSeconds(30)));
        table.Set("a", "1", Expiration.After(TimeSpan.FromSeconds(10)));
        table.Set("b", "2", Expiration.At(start.AddSeconds(20)));
        table.Set("d", "4", Expiration.After(TimeSpan.FromSeconds(20)));

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(new object[] { "a", "b", "d", "c" }, events.Select(e => e.Key));
        Assert.Equal(
            new[] { start.AddSeconds(10), start.AddSeconds(20), start.AddSeconds(20), start.AddSeconds(30) },
            events.Select(e => e.At));
        Assert.All(events, e => Assert.Equal(EvictionReason.Expired, e.Reason));
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Entries_expire_during_one_advance_while_later_ones_stay()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(clock, events);
        table.Set("a", "1", Expiration.After(TimeSpan.FromSeconds(10)));
        table.Set("b", "2", Expiration.After(TimeSpan.FromSeconds(20)));

        clock.Advance(TimeSpan.FromSeconds(15));

        Assert.Equal(new object[] { "a" }, events.Select(e => e.Key));
        Assert.Equal(new[] { "b" }, table.Keys());

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(new object[] { "a", "b" }, events.Select(e => e.Key));
    }

    [Fact]
    public void Sliding_entry_is_swept_at_its_last_read_plus_the_window()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(clock, events);
        table.Set("s", "v", Expiration.Sliding(TimeSpan.FromSeconds(10)));
        clock.Advance(TimeSpan.FromSeconds(7));
        Assert.True(table.TryGetValue("s", out _));
        var lastRead = clock.GetUtcNow();

        clock.Advance(TimeSpan.FromMinutes(1));

        var e = Assert.Single(events);
        Assert.Equal(lastRead.AddSeconds(10), e.At);
    }

    [Fact]
    public void Overwritten_or_removed_entries_do_not_raise_expiry_events_for_their_old_expiry()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(clock, events);
        table.Set("over", "1", Expiration.After(TimeSpan.FromSeconds(10)));
        table.Set("gone", "1", Expiration.After(TimeSpan.FromSeconds(10)));
        table.Set("over", "2", Expiration.After(TimeSpan.FromSeconds(30)));
        Assert.True(table.Remove("gone"));

        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Empty(events);
        Assert.Equal("2", table.GetValueOrDefault("over"));

        clock.Advance(TimeSpan.FromSeconds(10));
        var e = Assert.Single(events);
        Assert.Equal("2", e.Value);
        Assert.Equal(ManualClock.DefaultStartUtc.AddSeconds(30), e.At);
    }

    [Fact]
    public void Expiry_events_of_a_fake_table_are_raised_through_FakeCore_EntryEvicted()
    {
        var clock = new ManualClock();
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = clock }, new FakeDefaults("IStore"));
        var events = new List<EntryEvictedEventArgs>();
        ((IInMemoryFake)core).EntryEvicted += (_, e) => events.Add(e);
        var kv = core.KeyValueTable<string, int>("kv");
        kv.Set("k", 1, Expiration.After(TimeSpan.FromSeconds(3)));

        clock.Advance(TimeSpan.FromSeconds(3));

        var e = Assert.Single(events);
        Assert.Equal("k", e.Key);
        Assert.Equal(ManualClock.DefaultStartUtc.AddSeconds(3), e.At);
        Assert.Equal(0, core.Count);
    }

    [Fact]
    public void SweepExpired_removes_expired_entries_when_no_timer_fired_and_raises_their_events()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = new TimersNeverFire(clock) });
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("a", "1", Expiration.After(TimeSpan.FromSeconds(1)));
        table.Set("b", "2", Expiration.After(TimeSpan.FromSeconds(2)));
        table.Set("c", "3");

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(events);

        Assert.Equal(2, table.SweepExpired());
        Assert.Equal(new object[] { "a", "b" }, events.Select(e => e.Key));
        Assert.All(events, e => Assert.Equal(EvictionReason.Expired, e.Reason));
        Assert.Equal(0, table.SweepExpired());
    }

    [Fact]
    public void Clear_does_not_raise_EntryEvicted_and_cancels_pending_expiry_events()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(clock, events);
        table.Set("a", "1", Expiration.After(TimeSpan.FromSeconds(1)));

        table.Clear();
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Empty(events);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void An_expired_entry_removed_by_a_write_that_then_fails_still_raises_its_event()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = new KeyValueTable<string, string>(new TableOptions("kv")
        {
            Clock = new TimersNeverFire(clock),
            Quota = new Quota(maxBytes: 10),
        });
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("old", "12", Expiration.After(TimeSpan.FromSeconds(1)));
        table.Set("b", "12345");
        clock.Advance(TimeSpan.FromSeconds(1));

        // The quota check sweeps "old" to make room, and the write still does not fit.
        Assert.Throws<QuotaExceededException>(() => table.Set("c", "123456789"));
        Assert.Equal(1, table.Count);

        var e = Assert.Single(events);
        Assert.Equal("old", e.Key);
        Assert.Equal(EvictionReason.Expired, e.Reason);
    }

    [Fact]
    public void An_expired_entry_removed_by_an_update_that_then_throws_still_raises_its_event()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = new TimersNeverFire(clock) });
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("k", "v", Expiration.After(TimeSpan.FromSeconds(1)));
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Throws<FormatException>(() => table.AddOrUpdate("k", (_, _) => throw new FormatException()));
        Assert.Equal(0, table.Count);

        Assert.Equal("k", Assert.Single(events).Key);
    }

    [Fact]
    public void A_time_to_live_longer_than_a_system_timer_allows_expires_exactly_on_the_manual_clock()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(clock, events);
        var ttl = TimeSpan.FromDays(400);
        table.Set("k", "v", Expiration.After(ttl));

        clock.Advance(ttl - Support.OneTick);
        Assert.Empty(events);
        Assert.True(table.ContainsKey("k"));

        clock.Advance(Support.OneTick);
        Assert.Equal(ManualClock.DefaultStartUtc + ttl, Assert.Single(events).At);
    }
}
