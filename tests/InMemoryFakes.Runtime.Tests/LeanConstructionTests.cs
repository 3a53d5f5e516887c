using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// A fresh fake builds its call log, fault injector, expiry heap, key-lock registry and table directory only when first
/// needed (a test builds fakes every time). These tests pin that the lazily built parts behave as eagerly built ones did.
/// </summary>
public class LeanConstructionTests
{
    private static FakeCore Core(ManualClock clock, InMemoryBackend? backend = null, string name = "IStore")
        => new(new InMemoryFakeOptions { TimeProvider = clock, Backend = backend }, new FakeDefaults(name) { Members = new[] { "Get", "Add" } });

    [Fact]
    public void A_fault_added_after_the_fake_was_built_makes_it_intercept_until_the_fault_wears_off()
    {
        var core = Core(new ManualClock());
        Assert.False(core.IsIntercepting);

        core.Faults.Throw("Get", new InvalidOperationException("boom"), times: 1);

        Assert.True(core.IsIntercepting);
        Assert.Throws<InvalidOperationException>(() => core.Intercept("Get", 1));
        Assert.False(core.IsIntercepting);
        core.Intercept("Get", 2);
    }

    [Fact]
    public void Reset_turns_interception_off_after_faults_and_a_call_log_were_switched_on_later()
    {
        var core = Core(new ManualClock());
        core.Calls.Enabled = true;
        core.Faults.Throw("Add", new InvalidOperationException("boom"));
        core.Calls.Enabled = false;
        Assert.True(core.IsIntercepting);

        ((IInMemoryFake)core).Reset();

        Assert.False(core.IsIntercepting);
        core.Intercept("Add", 1);
        Assert.Empty(core.Calls.All);
    }

    [Fact]
    public void A_fake_whose_hooks_were_never_touched_resets_snapshots_and_restores_its_data()
    {
        var clock = new ManualClock();
        var core = Core(clock);
        var users = core.EntityTable("users", Support.UserModel());
        var fake = (IInMemoryFake)core;
        users.Add(new User { Name = "Ann" });
        var snapshot = fake.Snapshot();
        users.Add(new User { Name = "Bob" });

        fake.Restore(snapshot);
        Assert.Equal(new[] { "Ann" }, users.Values().Select(u => u.Name));
        Assert.Equal(2, users.Add(new User { Name = "Cid" }).Id);

        fake.Reset();
        Assert.Equal(0, fake.Count);
        Assert.Equal(1, users.Add(new User { Name = "Dee" }).Id);
        Assert.Empty(core.Calls.All);
    }

    [Fact]
    public void The_first_expiring_entry_of_a_table_that_held_only_lasting_ones_expires_on_time_and_is_swept()
    {
        var clock = new ManualClock();
        var core = Core(clock);
        var cache = core.KeyValueTable<string, string>("cache");
        var evicted = new List<object>();
        core.EntryEvicted += (_, e) => evicted.Add(e.Key);
        cache.Set("lasting", "1");
        Assert.Equal(1, cache.Count);

        cache.Set("short", "2", Expiration.After(TimeSpan.FromSeconds(10)));
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(2, cache.Count);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(1, cache.Count);
        Assert.Null(cache.GetValueOrDefault("short"));
        Assert.Equal(new object[] { "short" }, evicted);
    }

    [Fact]
    public void An_expiring_entry_restored_into_a_table_that_never_had_one_still_expires_on_time()
    {
        var clock = new ManualClock();
        var core = Core(clock);
        var cache = core.KeyValueTable<string, string>("cache");
        cache.Set("short", "2", Expiration.After(TimeSpan.FromSeconds(10)));
        var snapshot = ((IInMemoryFake)core).Snapshot();
        ((IInMemoryFake)core).Reset();

        ((IInMemoryFake)core).Restore(snapshot);
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal("2", cache.GetValueOrDefault("short"));
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(cache.GetValueOrDefault("short"));
        Assert.Equal(0, cache.SweepExpired() + cache.Count);
    }

    [Fact]
    public void Every_fake_on_a_shared_backend_hears_an_eviction_from_the_table_they_share_once()
    {
        var clock = new ManualClock();
        var backend = new InMemoryBackend(clock);
        var first = Core(clock, backend, "IFirst");
        var second = Core(clock, backend, "ISecond");
        var firstTable = first.KeyValueTable<string, string>("cache");
        var secondTable = second.KeyValueTable<string, string>("cache");
        Assert.Same(firstTable, secondTable);
        var heard = new List<string>();
        first.EntryEvicted += (sender, e) => heard.Add("first:" + e.Key + (ReferenceEquals(sender, first) ? "" : "?"));
        second.EntryEvicted += (sender, e) => heard.Add("second:" + e.Key + (ReferenceEquals(sender, second) ? "" : "?"));
        var tableHeard = 0;
        firstTable.EntryEvicted += (_, _) => tableHeard++;

        firstTable.Set("k", "v", Expiration.After(TimeSpan.FromSeconds(1)));
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(new[] { "first:k", "second:k" }, heard);
        Assert.Equal(1, tableHeard);
    }

    [Fact]
    public void A_backend_with_more_tables_than_it_scans_finds_each_by_name_and_type_and_lists_them_in_creation_order()
    {
        var clock = new ManualClock();
        var backend = new InMemoryBackend(clock);
        var core = Core(clock, backend);
        var tables = new List<FakeTable>();
        for (var i = 0; i < 20; i++)
        {
            tables.Add(core.KeyValueTable<string, string>("kv" + i));
            tables.Add(core.KeyValueTable<string, int>("kv" + i));
        }

        for (var i = 0; i < 20; i++)
        {
            Assert.True(backend.TryGetTable<KeyValueTable<string, string>>("kv" + i, out var strings));
            Assert.Same(tables[2 * i], strings);
            Assert.True(backend.TryGetTable<KeyValueTable<string, int>>("kv" + i, out var numbers));
            Assert.Same(tables[(2 * i) + 1], numbers);
            Assert.Same(strings, core.KeyValueTable<string, string>("kv" + i));
        }

        Assert.False(backend.TryGetTable<KeyValueTable<string, string>>("kv20", out _));
        Assert.Equal(tables, backend.Tables);
        Assert.Equal(tables, core.Tables);
    }

    [Fact]
    public async Task Generated_keys_added_from_many_threads_at_once_are_distinct_and_contiguous()
    {
        var core = Core(new ManualClock());
        var users = core.EntityTable("users", Support.UserModel());
        const int PerThread = 2_000;

        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            Enumerable.Range(0, PerThread).Select(_ => users.Add(new User { Name = "x" }).Id).ToArray())));

        var all = ids.SelectMany(static batch => batch).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 4 * PerThread), all);
        Assert.Equal((4 * PerThread) + 1, users.Add(new User { Name = "last" }).Id);
    }

    [Fact]
    public void The_clock_constant_for_the_latest_instant_is_DateTimeOffset_MaxValue()
        => Assert.Equal(Expiration.MaxInstant, DateTimeOffset.MaxValue.UtcTicks);
}
