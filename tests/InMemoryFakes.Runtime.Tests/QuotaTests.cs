using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Entry and byte quotas with each policy.</summary>
public class QuotaTests
{
    private static KeyValueTable<string, string> Table(Quota quota, ManualClock? clock = null, List<EntryEvictedEventArgs>? events = null, Func<object?, long>? estimator = null)
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv")
        {
            Clock = clock ?? new ManualClock(),
            Quota = quota,
            SizeEstimator = estimator,
        });
        if (events is not null)
        {
            table.EntryEvicted += (_, e) => events.Add(e);
        }

        return table;
    }

    // ---- Throw ----

    [Fact]
    public void Throw_policy_throws_QuotaExceededException_naming_store_and_key_and_leaves_the_store_exactly_unchanged()
    {
        var table = Table(new Quota(maxEntries: 2, policy: QuotaPolicy.Throw));
        table.Set("a", "1");
        table.Set("b", "2");
        table.Set("a", "1b");
        var before = Support.State(table);

        var ex = Assert.Throws<QuotaExceededException>(() => table.Set("c", "3"));

        Assert.Contains("kv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'c'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxEntries 2", ex.Message, StringComparison.Ordinal);
        Assert.Equal("kv", ex.StoreName);
        Assert.Equal("c", ex.Key);
        Support.AssertUnchanged(before, table);
        Assert.Equal(new long[] { 2, 1 }, table.Inspect().Select(i => i.Version));
        Assert.False(table.ContainsKey("c"));
    }

    [Fact]
    public void Throw_is_the_default_policy()
    {
        var table = Table(new Quota(maxEntries: 1));
        table.Set("a", "1");

        Assert.Throws<QuotaExceededException>(() => table.Set("b", "2"));
        Assert.Equal(new[] { "a" }, table.Keys());
    }

    [Fact]
    public void Overwriting_a_key_in_a_full_table_is_within_the_entry_quota()
    {
        var table = Table(new Quota(maxEntries: 2));
        table.Set("a", "1");
        table.Set("b", "2");

        Assert.True(table.Set("a", "1b"));

        Assert.Equal(new[] { KeyValuePair.Create("a", "1b"), KeyValuePair.Create("b", "2") }, table.Entries());
    }

    [Fact]
    public void Removing_an_entry_frees_its_place_in_the_quota()
    {
        var table = Table(new Quota(maxEntries: 1));
        table.Set("a", "1");
        Assert.True(table.Remove("a"));

        Assert.True(table.Set("b", "2"));
        Assert.Equal(new[] { "b" }, table.Keys());
    }

    [Fact]
    public void Mapped_quota_error_throws_the_users_exception_type()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv")
        {
            Quota = new Quota(maxEntries: 1),
            Errors = new FakeErrors { QuotaExceeded = m => new InvalidProgramException(m) },
        });
        table.Set("a", "1");

        var ex = Assert.Throws<InvalidProgramException>(() => table.Set("b", "2"));
        Assert.Contains("'b'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, table.Count);
    }

    // ---- Reject ----

    [Fact]
    public void Reject_policy_makes_Set_return_false_and_changes_nothing()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(new Quota(maxEntries: 2, policy: QuotaPolicy.Reject), events: events);
        Assert.True(table.Set("a", "1"));
        Assert.True(table.Set("b", "2"));
        var before = Support.State(table);

        Assert.False(table.Set("c", "3"));
        Assert.False(table.SetIfAbsent("d", "4"));

        Support.AssertUnchanged(before, table);
        Assert.Empty(events);
        Assert.True(table.Set("a", "overwrite fits"));
    }

    [Fact]
    public void Reject_policy_on_an_entity_table_makes_TryAdd_return_false_and_changes_nothing()
    {
        var users = Support.Users(new TableOptions("users") { Quota = new Quota(maxEntries: 1, policy: QuotaPolicy.Reject) });
        users.Add(new User { Name = "Ann" });

        Assert.False(users.TryAdd(new User { Name = "Bob" }, out _));

        Assert.Equal(new[] { "Ann" }, users.Values().Select(u => u.Name));
    }

    // ---- EvictOldest ----

    [Fact]
    public void EvictOldest_evicts_the_first_inserted_entry_and_raises_EntryEvicted_with_reason_Oldest()
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(new Quota(maxEntries: 2, policy: QuotaPolicy.EvictOldest), clock, events);
        table.Set("a", "1");
        table.Set("b", "2");
        Assert.True(table.TryGetValue("a", out _)); // reads do not matter for FIFO
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(table.Set("c", "3"));

        Assert.Equal(new[] { "b", "c" }, table.Keys());
        var e = Assert.Single(events);
        Assert.Equal("a", e.Key);
        Assert.Equal("1", e.Value);
        Assert.Equal(EvictionReason.Oldest, e.Reason);
        Assert.Equal(clock.GetUtcNow(), e.At);
    }

    [Fact]
    public void EvictOldest_overwrite_keeps_the_keys_original_position()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(new Quota(maxEntries: 2, policy: QuotaPolicy.EvictOldest), events: events);
        table.Set("a", "1");
        table.Set("b", "2");
        table.Set("a", "1b");

        table.Set("c", "3");

        Assert.Equal(new object[] { "a" }, events.Select(e => e.Key));
        Assert.Equal(new[] { "b", "c" }, table.Keys());
    }

    [Fact]
    public void EvictOldest_with_a_byte_quota_evicts_as_many_oldest_entries_as_needed()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(new Quota(maxBytes: 10, policy: QuotaPolicy.EvictOldest), events: events);
        table.Set("a", "123");
        table.Set("b", "123");
        table.Set("c", "123");

        table.Set("d", "12345678");

        Assert.Equal(new object[] { "a", "b", "c" }, events.Select(e => e.Key));
        Assert.Equal(new[] { "d" }, table.Keys());
        Assert.Equal(8, table.Bytes);
    }

    [Fact]
    public void EvictOldest_growing_the_oldest_key_evicts_the_next_oldest_and_keeps_the_written_key()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(new Quota(maxBytes: 10, policy: QuotaPolicy.EvictOldest), events: events);
        table.Set("a", "12345");
        table.Set("b", "12345");

        Assert.True(table.Set("a", "12345678"));

        Assert.Equal(new object[] { "b" }, events.Select(e => e.Key));
        Assert.Equal(new[] { KeyValuePair.Create("a", "12345678") }, table.Entries());
        Assert.Equal(8, table.Bytes);
    }

    [Theory]
    [InlineData(QuotaPolicy.EvictOldest)]
    [InlineData(QuotaPolicy.EvictLeastRecentlyUsed)]
    public void Eviction_removes_expired_entries_before_any_live_one(QuotaPolicy policy)
    {
        var clock = new ManualClock();
        var events = new List<EntryEvictedEventArgs>();
        var table = new KeyValueTable<string, string>(new TableOptions("kv")
        {
            Clock = new TimersNeverFire(clock),
            Quota = new Quota(maxEntries: 2, policy: policy),
        });
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("live", "1");
        table.Set("expiring", "2", Expiration.After(TimeSpan.FromSeconds(1)));
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(table.Set("new", "3"));

        Assert.Equal(new[] { "live", "new" }, table.Keys());
        var e = Assert.Single(events);
        Assert.Equal("expiring", e.Key);
        Assert.Equal(EvictionReason.Expired, e.Reason);
    }

    // ---- EvictLeastRecentlyUsed ----

    [Fact]
    public void EvictLeastRecentlyUsed_a_read_makes_an_entry_recent_so_the_unread_one_is_evicted()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(new Quota(maxEntries: 2, policy: QuotaPolicy.EvictLeastRecentlyUsed), events: events);
        table.Set("a", "1");
        table.Set("b", "2");
        Assert.Equal("1", table.GetValueOrDefault("a"));

        table.Set("c", "3");

        Assert.Equal(new[] { "a", "c" }, table.Keys());
        var e = Assert.Single(events);
        Assert.Equal("b", e.Key);
        Assert.Equal(EvictionReason.LeastRecentlyUsed, e.Reason);
    }

    [Fact]
    public void EvictLeastRecentlyUsed_without_reads_evicts_in_write_order_and_a_write_makes_an_entry_recent()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(new Quota(maxEntries: 3, policy: QuotaPolicy.EvictLeastRecentlyUsed), events: events);
        table.Set("a", "1");
        table.Set("b", "2");
        table.Set("c", "3");
        table.Set("a", "1b");

        table.Set("d", "4");
        table.Set("e", "5");

        Assert.Equal(new object[] { "b", "c" }, events.Select(e => e.Key));
        Assert.Equal(new[] { "a", "d", "e" }, table.Keys());
    }

    [Fact]
    public void EvictLeastRecentlyUsed_Refresh_makes_an_entry_recent()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(new Quota(maxEntries: 2, policy: QuotaPolicy.EvictLeastRecentlyUsed), events: events);
        table.Set("a", "1");
        table.Set("b", "2");
        Assert.True(table.Refresh("a"));

        table.Set("c", "3");

        Assert.Equal("b", Assert.Single(events).Key);
    }

    // ---- MaxBytes ----

    [Fact]
    public void MaxBytes_with_the_default_estimator_counts_utf8_bytes_of_strings()
    {
        var table = Table(new Quota(maxBytes: 10));
        table.Set("a", "12345");
        table.Set("b", "é12"); // 4 UTF-8 bytes
        Assert.Equal(9, table.Bytes);
        Assert.Equal(new long[] { 5, 4 }, table.Inspect().Select(i => i.Size));
        var before = Support.State(table);

        var ex = Assert.Throws<QuotaExceededException>(() => table.Set("c", "12"));

        Assert.Contains("MaxBytes 10", ex.Message, StringComparison.Ordinal);
        Support.AssertUnchanged(before, table);
        Assert.True(table.Set("c", "1"));
        Assert.Equal(10, table.Bytes);
    }

    [Fact]
    public void MaxBytes_uses_a_custom_size_estimator()
    {
        var table = Table(new Quota(maxBytes: 1000), estimator: v => ((string)v!).Length * 100L);
        table.Set("a", "12345");
        Assert.Equal(500, table.Bytes);

        Assert.Throws<QuotaExceededException>(() => table.Set("b", "123456"));
        Assert.True(table.Set("b", "12345"));
        Assert.Equal(1000, table.Bytes);
    }

    [Fact]
    public void MaxBytes_overwrite_accounts_the_old_size_so_a_larger_value_for_the_same_key_fits()
    {
        var table = new KeyValueTable<string, byte[]>(new TableOptions("bytes") { Quota = new Quota(maxBytes: 10) });
        table.Set("k", new byte[8]);

        Assert.True(table.Set("k", new byte[9]));
        Assert.Equal(9, table.Bytes);
        Assert.True(table.Set("k", new byte[2]));
        Assert.Equal(2, table.Bytes);
        Assert.True(table.Set("other", new byte[8]));
        Assert.Equal(10, table.Bytes);
        Assert.Throws<QuotaExceededException>(() => table.Set("k", new byte[3]));
        Assert.Equal(2, table.GetValueOrDefault("k")!.Length);
        Assert.Equal(10, table.Bytes);
    }

    [Theory]
    [InlineData(QuotaPolicy.Throw)]
    [InlineData(QuotaPolicy.EvictOldest)]
    [InlineData(QuotaPolicy.EvictLeastRecentlyUsed)]
    public void A_single_value_bigger_than_MaxBytes_throws_under_every_policy_and_evicts_nothing(QuotaPolicy policy)
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = Table(new Quota(maxBytes: 10, policy: policy), events: events);
        table.Set("a", "123");
        table.Set("b", "456");
        var before = Support.State(table);

        var ex = Assert.Throws<QuotaExceededException>(() => table.Set("big", "12345678901"));

        Assert.Contains("'big'", ex.Message, StringComparison.Ordinal);
        Support.AssertUnchanged(before, table);
        Assert.Empty(events);
    }

    [Fact]
    public void Default_estimator_refuses_unknown_types_with_a_message_that_says_how_to_fix_it()
    {
        var table = new KeyValueTable<string, Box>(new TableOptions("boxes") { Quota = new Quota(maxBytes: 100) });

        var ex = Assert.Throws<NotSupportedException>(() => table.Set("a", new Box()));

        Assert.Contains("SizeEstimator", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void FakeCore_quota_from_defaults_and_options_applies_to_its_tables()
    {
        var core = new FakeCore(
            new InMemoryFakeOptions { MaxEntries = 1 },
            new FakeDefaults("IStore") { MaxEntries = 5, QuotaPolicy = QuotaPolicy.Reject });
        var kv = core.KeyValueTable<string, string>("kv");

        Assert.True(kv.Set("a", "1"));
        Assert.False(kv.Set("b", "2"));
        Assert.Equal(new Quota(1, 0, QuotaPolicy.Reject), core.Quota);
    }

    // ---- expired entries ----

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Expired_entries_do_not_count_against_the_quota(bool sweeperRuns)
    {
        var clock = new ManualClock();
        var table = new KeyValueTable<string, string>(new TableOptions("kv")
        {
            Clock = Support.TableClock(clock, sweeperRuns),
            Quota = new Quota(maxEntries: 2, maxBytes: 4),
        });
        table.Set("a", "11", Expiration.After(TimeSpan.FromSeconds(10)));
        table.Set("b", "22");
        Assert.Throws<QuotaExceededException>(() => table.Set("c", "3"));

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.True(table.Set("c", "33"));
        Assert.Equal(new[] { "b", "c" }, table.Keys());
        Assert.Equal(4, table.Bytes);
    }
}
