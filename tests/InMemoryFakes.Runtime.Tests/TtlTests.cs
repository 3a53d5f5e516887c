using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// Exact expiry at the boundary: written at w with TTL t, an entry is visible one tick before w + t and
/// gone at w + t, on every read path. Each test runs twice: with the table's sweeper timer firing on
/// the manual clock, and with timers that never fire (so the read path alone must hide the entry).
/// </summary>
public class TtlTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(10);

    private sealed class Fixture
    {
        public Fixture(bool sweeperRuns, Expiration? defaultExpiration = null)
        {
            Table = new KeyValueTable<string, string>(new TableOptions("kv")
            {
                Clock = Support.TableClock(Clock, sweeperRuns),
                DefaultExpiration = defaultExpiration ?? Expiration.Default,
            });
            Table.Set("forever", "stays");
        }

        public ManualClock Clock { get; } = new();

        public KeyValueTable<string, string> Table { get; }

        public void WriteAndAdvanceToOneTickBefore(Expiration expiration)
        {
            Table.Set("k", "v", expiration);
            Clock.Advance(Ttl - Support.OneTick);
        }

        public void WriteAndAdvanceToOneTickBefore() => WriteAndAdvanceToOneTickBefore(Expiration.After(Ttl));

        public void StepToExpiry() => Clock.Advance(Support.OneTick);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TryGetValue_returns_value_one_tick_before_expiry_and_nothing_at_expiry(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        f.WriteAndAdvanceToOneTickBefore();

        Assert.True(f.Table.TryGetValue("k", out var before));
        Assert.Equal("v", before);

        f.StepToExpiry();

        Assert.False(f.Table.TryGetValue("k", out var after));
        Assert.Null(after);
        Assert.True(f.Table.TryGetValue("forever", out _));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GetValueOrDefault_returns_value_one_tick_before_expiry_and_default_at_expiry(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        f.WriteAndAdvanceToOneTickBefore();

        Assert.Equal("v", f.Table.GetValueOrDefault("k"));

        f.StepToExpiry();

        Assert.Null(f.Table.GetValueOrDefault("k"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GetRequired_returns_value_one_tick_before_expiry_and_throws_not_found_at_expiry(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        f.WriteAndAdvanceToOneTickBefore();

        Assert.Equal("v", f.Table.GetRequired("k"));

        f.StepToExpiry();

        Assert.Throws<NotFoundException>(() => f.Table.GetRequired("k"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ContainsKey_is_true_one_tick_before_expiry_and_false_at_expiry(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        f.WriteAndAdvanceToOneTickBefore();

        Assert.True(f.Table.ContainsKey("k"));

        f.StepToExpiry();

        Assert.False(f.Table.ContainsKey("k"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Count_includes_entry_one_tick_before_expiry_and_excludes_it_at_expiry(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        f.WriteAndAdvanceToOneTickBefore();

        Assert.Equal(2, f.Table.Count);

        f.StepToExpiry();

        Assert.Equal(1, f.Table.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Keys_lists_entry_one_tick_before_expiry_and_not_at_expiry(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        f.WriteAndAdvanceToOneTickBefore();

        Assert.Equal(new[] { "forever", "k" }, f.Table.Keys());

        f.StepToExpiry();

        Assert.Equal(new[] { "forever" }, f.Table.Keys());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Values_and_Where_list_entry_one_tick_before_expiry_and_not_at_expiry(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        f.WriteAndAdvanceToOneTickBefore();

        Assert.Equal(new[] { "stays", "v" }, f.Table.Values());
        Assert.Equal(new[] { "v" }, f.Table.Where(v => v == "v"));

        f.StepToExpiry();

        Assert.Equal(new[] { "stays" }, f.Table.Values());
        Assert.Empty(f.Table.Where(v => v == "v"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Entries_lists_entry_one_tick_before_expiry_and_not_at_expiry(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        f.WriteAndAdvanceToOneTickBefore();

        Assert.Equal(new[] { KeyValuePair.Create("forever", "stays"), KeyValuePair.Create("k", "v") }, f.Table.Entries());

        f.StepToExpiry();

        Assert.Equal(new[] { KeyValuePair.Create("forever", "stays") }, f.Table.Entries());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Inspect_describes_entry_with_its_expiry_one_tick_before_and_omits_it_at_expiry(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        var written = f.Clock.GetUtcNow();
        f.WriteAndAdvanceToOneTickBefore();

        var info = Assert.Single(f.Table.Inspect(), e => Equals(e.Key, "k"));
        Assert.Equal(written + Ttl, info.ExpiresAt);
        Assert.Equal(written + Ttl, f.Table.Inspect("k")!.ExpiresAt);

        f.StepToExpiry();

        Assert.Equal(new object[] { "forever" }, f.Table.Inspect().Select(e => e.Key));
        Assert.Null(f.Table.Inspect("k"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GetTimeToLive_is_one_tick_one_tick_before_expiry_and_null_at_expiry(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        f.Table.Set("k", "v", Expiration.After(Ttl));

        Assert.Equal(Ttl, f.Table.GetTimeToLive("k"));
        Assert.Null(f.Table.GetTimeToLive("forever"));

        f.Clock.Advance(Ttl - Support.OneTick);
        Assert.Equal(Support.OneTick, f.Table.GetTimeToLive("k"));

        f.StepToExpiry();
        Assert.Null(f.Table.GetTimeToLive("k"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AfterSeconds_expires_exactly_that_many_seconds_after_the_write(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        f.WriteAndAdvanceToOneTickBefore(Expiration.AfterSeconds(10));

        Assert.True(f.Table.ContainsKey("k"));

        f.StepToExpiry();

        Assert.False(f.Table.ContainsKey("k"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Absolute_expiration_is_visible_one_tick_before_the_instant_and_gone_at_it(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        var at = f.Clock.GetUtcNow() + Ttl;
        f.Table.Set("k", "v", Expiration.At(at));

        f.Clock.SetUtcNow(at - Support.OneTick);
        Assert.Equal("v", f.Table.GetValueOrDefault("k"));
        Assert.Equal(at, f.Table.Inspect("k")!.ExpiresAt);

        f.Clock.SetUtcNow(at);
        Assert.Null(f.Table.GetValueOrDefault("k"));
        Assert.Equal(1, f.Table.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Table_default_expiration_applies_to_writes_without_one(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns, Expiration.After(Ttl));
        Assert.Equal(Ttl, f.Table.GetTimeToLive("forever"));
        f.Table.Set("never", "n", Expiration.Never);
        f.WriteAndAdvanceToOneTickBefore(Expiration.Default);

        // "forever" was written at the start without an expiration, so it got the default too.
        Assert.Equal(3, f.Table.Count);
        Assert.True(f.Table.ContainsKey("k"));

        f.StepToExpiry();

        Assert.False(f.Table.ContainsKey("k"));
        Assert.False(f.Table.ContainsKey("forever"));
        Assert.Equal(new[] { "never" }, f.Table.Keys());
    }

    [Fact]
    public void Writing_a_key_again_restarts_its_time_to_live()
    {
        var f = new Fixture(sweeperRuns: true);
        f.Table.Set("k", "v1", Expiration.After(Ttl));
        f.Clock.Advance(TimeSpan.FromSeconds(5));
        f.Table.Set("k", "v2", Expiration.After(Ttl));

        f.Clock.Advance(Ttl - Support.OneTick);
        Assert.Equal("v2", f.Table.GetValueOrDefault("k"));

        f.StepToExpiry();
        Assert.False(f.Table.ContainsKey("k"));
    }

    [Fact]
    public void Expire_sets_a_new_time_to_live_on_an_existing_entry_and_Never_makes_it_persistent()
    {
        var f = new Fixture(sweeperRuns: true);
        f.Table.Set("short", "s");
        f.Table.Set("long", "l", Expiration.After(Ttl));

        Assert.True(f.Table.Expire("short", Expiration.After(TimeSpan.FromSeconds(1))));
        Assert.True(f.Table.Expire("long", Expiration.Never));
        Assert.False(f.Table.Expire("missing", Expiration.Never));

        f.Clock.Advance(TimeSpan.FromSeconds(1) - Support.OneTick);
        Assert.True(f.Table.ContainsKey("short"));
        f.StepToExpiry();
        Assert.False(f.Table.ContainsKey("short"));

        f.Clock.Advance(Ttl * 10);
        Assert.Equal("l", f.Table.GetValueOrDefault("long"));
        Assert.Null(f.Table.GetTimeToLive("long"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Blob_GetBytes_GetProperties_and_List_see_blob_one_tick_before_expiry_and_not_at_expiry(bool sweeperRuns)
    {
        var clock = new ManualClock();
        var blobs = new BlobTable(new TableOptions("blobs") { Clock = Support.TableClock(clock, sweeperRuns) });
        blobs.PutText("a/keep.txt", "keep");
        blobs.PutText("a/temp.txt", "temp", expiration: Expiration.After(Ttl));

        clock.Advance(Ttl - Support.OneTick);
        Assert.Equal("temp"u8.ToArray(), blobs.GetBytes("a/temp.txt"));
        Assert.NotNull(blobs.GetBytesOrDefault("a/temp.txt"));
        Assert.NotNull(blobs.GetProperties("a/temp.txt"));
        Assert.Equal(new[] { "a/keep.txt", "a/temp.txt" }, blobs.List("a/").Select(p => p.Key));

        clock.Advance(Support.OneTick);
        Assert.Throws<NotFoundException>(() => blobs.GetBytes("a/temp.txt"));
        Assert.Null(blobs.GetBytesOrDefault("a/temp.txt"));
        Assert.Null(blobs.GetProperties("a/temp.txt"));
        Assert.Equal(new[] { "a/keep.txt" }, blobs.List("a/").Select(p => p.Key));
        Assert.Equal(4, blobs.Bytes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Entity_Find_Get_and_Values_see_entity_one_tick_before_expiry_and_not_at_expiry(bool sweeperRuns)
    {
        var clock = new ManualClock();
        var users = Support.Users(new TableOptions("users")
        {
            Clock = Support.TableClock(clock, sweeperRuns),
            DefaultExpiration = Expiration.After(Ttl),
        });
        var ann = users.Add(new User { Name = "Ann" });

        clock.Advance(Ttl - Support.OneTick);
        Assert.Equal("Ann", users.Find(ann.Id)!.Name);
        Assert.Equal("Ann", users.Get(ann.Id).Name);
        Assert.Equal(new[] { "Ann" }, users.Values().Select(u => u.Name));
        Assert.Equal(1, users.Count);

        clock.Advance(Support.OneTick);
        Assert.Null(users.Find(ann.Id));
        Assert.Throws<NotFoundException>(() => users.Get(ann.Id));
        Assert.Empty(users.Values());
        Assert.Equal(0, users.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FakeDefaults_DefaultTimeToLive_expires_fake_entries_exactly(bool sweeperRuns)
    {
        var clock = new ManualClock();
        var core = new FakeCore(
            new InMemoryFakeOptions { TimeProvider = Support.TableClock(clock, sweeperRuns) },
            new FakeDefaults("IStore") { DefaultTimeToLive = Ttl });
        var kv = core.KeyValueTable<string, string>("kv");
        var users = core.EntityTable("users", Support.UserModel());
        kv.Set("k", "v");
        var ann = users.Add(new User { Name = "Ann" });

        clock.Advance(Ttl - Support.OneTick);
        Assert.Equal("v", kv.GetValueOrDefault("k"));
        Assert.NotNull(users.Find(ann.Id));
        Assert.Equal(2, core.Count);
        Assert.Equal(2, core.Entries.Count);

        clock.Advance(Support.OneTick);
        Assert.Null(kv.GetValueOrDefault("k"));
        Assert.Null(users.Find(ann.Id));
        Assert.Equal(0, core.Count);
        Assert.Empty(core.Entries);
    }

    [Fact]
    public void Options_DefaultTimeToLive_overrides_the_attribute_default()
    {
        var clock = new ManualClock();
        var core = new FakeCore(
            new InMemoryFakeOptions { TimeProvider = clock, DefaultTimeToLive = TimeSpan.FromSeconds(2) },
            new FakeDefaults("IStore") { DefaultTimeToLive = Ttl });
        var kv = core.KeyValueTable<string, string>("kv");
        kv.Set("k", "v");

        Assert.Equal(TimeSpan.FromSeconds(2), kv.GetTimeToLive("k"));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(kv.ContainsKey("k"));
    }

    // ---- sliding expiry ----

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sliding_entry_is_renewed_by_each_read_and_expires_one_window_after_the_last_read(bool sweeperRuns)
    {
        var f = new Fixture(sweeperRuns);
        var window = TimeSpan.FromSeconds(10);
        f.Table.Set("s", "v", Expiration.Sliding(window));

        for (var i = 0; i < 5; i++)
        {
            f.Clock.Advance(window - Support.OneTick);
            Assert.True(f.Table.TryGetValue("s", out _), $"read {i}");
        }

        var lastRead = f.Clock.GetUtcNow();
        Assert.Equal(lastRead + window, f.Table.Inspect("s")!.ExpiresAt);
        Assert.Equal(window, f.Table.Inspect("s")!.SlidingWindow);

        f.Clock.Advance(window - Support.OneTick);
        Assert.Contains("s", f.Table.Keys()); // Keys() does not renew
        f.Clock.Advance(Support.OneTick);

        Assert.False(f.Table.TryGetValue("s", out _));
        Assert.Equal(1, f.Table.Count);
    }

    [Fact]
    public void Sliding_entry_is_renewed_by_Refresh_and_by_ContainsKey()
    {
        var f = new Fixture(sweeperRuns: true);
        var window = TimeSpan.FromSeconds(10);
        f.Table.Set("s", "v", Expiration.SlidingSeconds(10));

        f.Clock.Advance(TimeSpan.FromSeconds(8));
        Assert.True(f.Table.Refresh("s"));
        f.Clock.Advance(TimeSpan.FromSeconds(8));
        Assert.True(f.Table.ContainsKey("s"));
        f.Clock.Advance(window - Support.OneTick);
        Assert.True(f.Table.Refresh("s"));

        f.Clock.Advance(window);

        Assert.False(f.Table.Refresh("s"));
        Assert.False(f.Table.ContainsKey("s"));
    }

    [Fact]
    public void Sliding_entry_that_is_never_read_expires_one_window_after_the_write()
    {
        var f = new Fixture(sweeperRuns: true);
        f.Table.Set("s", "v", Expiration.Sliding(Ttl));

        f.Clock.Advance(Ttl - Support.OneTick);
        Assert.Equal(2, f.Table.Keys().Count);

        f.StepToExpiry();
        Assert.Equal(new[] { "forever" }, f.Table.Keys());
    }

    [Fact]
    public void A_time_to_live_longer_than_a_system_timer_allows_is_accepted_on_the_system_clock()
    {
        // The system clock's timers accept at most about 49.7 days; the table must not pass that limit on.
        // Nothing here waits on the wall clock: it only checks that the writes are accepted and complete.
        var table = new KeyValueTable<string, string>(new TableOptions("kv"));

        Assert.True(table.Set("long", "v", Expiration.After(TimeSpan.FromDays(60))));
        Assert.True(table.Set("year", "v", Expiration.At(DateTimeOffset.UtcNow.AddYears(1))));
        Assert.True(table.Set("sliding", "v", Expiration.Sliding(TimeSpan.FromDays(365))));

        Assert.Equal(3, table.Count);
        Assert.Equal(new[] { "long", "year", "sliding" }, table.Keys());
        Assert.InRange(table.GetTimeToLive("long")!.Value, TimeSpan.FromDays(59), TimeSpan.FromDays(60));
    }
}
