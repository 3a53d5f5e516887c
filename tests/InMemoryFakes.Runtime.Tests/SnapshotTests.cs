using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Reset, Clear, Snapshot and Restore on a fake.</summary>
public class SnapshotTests
{
    private sealed class Fake
    {
        public Fake(InMemoryFakeOptions? options = null, string name = "IStore")
        {
            Core = new FakeCore(options ?? new InMemoryFakeOptions { TimeProvider = Clock }, new FakeDefaults(name) { Members = new[] { "Get", "Add" } });
            Users = Core.EntityTable("users", Support.UserModel());
            Cache = Core.KeyValueTable<string, string>("cache");
        }

        public ManualClock Clock { get; } = new();

        public FakeCore Core { get; }

        public IInMemoryFake Hooks => Core;

        public EntityTable<int, User> Users { get; }

        public KeyValueTable<string, string> Cache { get; }
    }

    // ---- Reset ----

    [Fact]
    public void Reset_clears_data_and_restarts_generated_keys_at_one()
    {
        var fake = new Fake();
        fake.Users.Add(new User { Name = "Ann" });
        fake.Users.Add(new User { Name = "Bob" });
        fake.Cache.Set("k", "v");

        fake.Hooks.Reset();

        Assert.Equal(0, fake.Hooks.Count);
        Assert.Empty(fake.Hooks.Entries);
        Assert.Null(fake.Cache.GetValueOrDefault("k"));
        Assert.Equal(1, fake.Users.Add(new User { Name = "Cid" }).Id);
        Assert.Equal(2, fake.Users.Add(new User { Name = "Dee" }).Id);
    }

    [Fact]
    public void Reset_clears_the_call_log_and_the_faults()
    {
        var fake = new Fake();
        fake.Core.Calls.Enabled = true;
        fake.Core.Intercept("Get", 1);
        fake.Hooks.Faults.Throw("Add", new InvalidOperationException("boom"));

        fake.Hooks.Reset();

        Assert.Empty(fake.Hooks.Calls.All);
        Assert.True(fake.Hooks.Calls.Enabled);
        fake.Core.Intercept("Add", 1);
        Assert.Single(fake.Hooks.Calls.All);
    }

    [Fact]
    public void Resetting_is_raised_before_the_data_is_cleared()
    {
        var fake = new Fake();
        fake.Users.Add(new User { Name = "Ann" });
        var seen = new List<int>();
        fake.Hooks.Resetting += (sender, _) =>
        {
            Assert.Same(fake.Core, sender);
            seen.Add(fake.Hooks.Count);
            seen.Add(fake.Users.Values().Count);
        };

        fake.Hooks.Reset();

        Assert.Equal(new[] { 1, 1 }, seen);
        Assert.Equal(0, fake.Hooks.Count);
    }

    [Fact]
    public void Clear_removes_data_but_keeps_key_sequences_call_log_and_faults()
    {
        var fake = new Fake();
        fake.Core.Calls.Enabled = true;
        fake.Users.Add(new User { Name = "Ann" });
        fake.Cache.Set("k", "v");
        fake.Core.Intercept("Get", 1);
        fake.Hooks.Faults.Throw("Add", new InvalidOperationException("boom"));

        fake.Hooks.Clear();

        Assert.Equal(0, fake.Hooks.Count);
        Assert.Equal(2, fake.Users.Add(new User { Name = "Bob" }).Id);
        Assert.Single(fake.Hooks.Calls.All);
        Assert.Throws<InvalidOperationException>(() => fake.Core.Intercept("Add"));
    }

    // ---- Snapshot / Restore ----

    [Fact]
    public void Restore_gives_back_the_data_and_the_key_sequence_position_of_the_snapshot()
    {
        var fake = new Fake();
        fake.Users.Add(new User { Name = "Ann" });
        fake.Users.Add(new User { Name = "Bob" });
        fake.Cache.Set("k", "v1");
        var snapshot = fake.Hooks.Snapshot();

        fake.Users.Add(new User { Name = "Cid" });
        fake.Users.Add(new User { Name = "Dee" });
        fake.Users.Update(new User { Id = 1, Name = "Ann changed" });
        Assert.True(fake.Users.Remove(2));
        fake.Cache.Set("k", "v2");
        fake.Cache.Set("other", "x");

        fake.Hooks.Restore(snapshot);

        Assert.Equal(new[] { (1, "Ann"), (2, "Bob") }, fake.Users.Values().Select(u => (u.Id, u.Name)));
        Assert.Equal(new[] { KeyValuePair.Create("k", "v1") }, fake.Cache.Entries());
        Assert.Equal(3, fake.Users.Add(new User { Name = "Eve" }).Id);
    }

    [Fact]
    public void Restore_keeps_entry_versions_timestamps_and_expiry()
    {
        var fake = new Fake();
        fake.Cache.Set("k", "v1", Expiration.After(TimeSpan.FromSeconds(10)));
        fake.Cache.Set("k", "v2", Expiration.After(TimeSpan.FromSeconds(10)));
        var before = fake.Cache.Inspect();
        var snapshot = fake.Hooks.Snapshot();
        fake.Clock.Advance(TimeSpan.FromSeconds(1));
        fake.Cache.Set("k", "v3");

        fake.Hooks.Restore(snapshot);

        Assert.Equal(before, fake.Cache.Inspect());
        Assert.Equal(2, fake.Cache.Inspect().Single().Version);
        fake.Clock.Advance(TimeSpan.FromSeconds(9) - Support.OneTick);
        Assert.Equal("v2", fake.Cache.GetValueOrDefault("k"));
        fake.Clock.Advance(Support.OneTick);
        Assert.Null(fake.Cache.GetValueOrDefault("k"));
    }

    [Fact]
    public void Restore_drops_entries_that_expired_since_the_snapshot()
    {
        var fake = new Fake();
        fake.Cache.Set("short", "s", Expiration.After(TimeSpan.FromSeconds(1)));
        fake.Cache.Set("long", "l");
        var snapshot = fake.Hooks.Snapshot();
        fake.Clock.Advance(TimeSpan.FromSeconds(5));

        fake.Hooks.Restore(snapshot);

        Assert.Equal(new[] { "long" }, fake.Cache.Keys());
        Assert.Equal(1, fake.Cache.Count);
    }

    [Fact]
    public void A_snapshot_can_be_restored_more_than_once_and_is_not_changed_by_later_writes()
    {
        var fake = new Fake();
        fake.Users.Add(new User { Name = "Ann" });
        var snapshot = fake.Hooks.Snapshot();

        for (var round = 0; round < 3; round++)
        {
            var user = fake.Users.Get(1);
            user.Name = "round " + round;
            fake.Users.Update(user);
            fake.Users.Add(new User { Name = "extra" });

            fake.Hooks.Restore(snapshot);

            Assert.Equal(new[] { "Ann" }, fake.Users.Values().Select(u => u.Name));
            Assert.Equal(2, fake.Users.Add(new User { Name = "next" }).Id);
            fake.Hooks.Restore(snapshot);
        }
    }

    [Fact]
    public void Restore_resets_tables_created_after_the_snapshot()
    {
        var fake = new Fake();
        var snapshot = fake.Hooks.Snapshot();
        var later = fake.Core.BlobTable("files");
        later.PutText("a.txt", "hello");

        fake.Hooks.Restore(snapshot);

        Assert.Equal(0, later.Count);
    }

    [Fact]
    public void Restoring_another_fakes_snapshot_throws_ArgumentException_and_changes_nothing()
    {
        var fake = new Fake();
        var other = new Fake(name: "IOther");
        other.Users.Add(new User { Name = "Other" });
        fake.Users.Add(new User { Name = "Ann" });
        var foreign = other.Hooks.Snapshot();

        var ex = Assert.Throws<ArgumentException>(() => fake.Hooks.Restore(foreign));

        Assert.Equal("snapshot", ex.ParamName);
        Assert.Contains("IOther", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "Ann" }, fake.Users.Values().Select(u => u.Name));
    }

    [Fact]
    public void Restore_with_null_throws_ArgumentNullException()
    {
        var fake = new Fake();

        Assert.Throws<ArgumentNullException>("snapshot", () => fake.Hooks.Restore(null!));
    }

    [Fact]
    public void Snapshot_of_a_fake_on_a_shared_backend_from_another_fake_is_refused()
    {
        var backend = new InMemoryBackend(new ManualClock());
        var a = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IUsers"));
        var b = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IUsers"));
        a.EntityTable("users", Support.UserModel()).Add(new User { Name = "Ann" });
        b.EntityTable("users", Support.UserModel());

        Assert.Throws<ArgumentException>(() => b.Restore(a.Snapshot()));
        Assert.Equal(1, b.Count);
    }
}
