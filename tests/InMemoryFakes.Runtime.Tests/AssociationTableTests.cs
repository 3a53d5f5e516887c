using System;
using System.Linq;
using InMemoryFakes.Support;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Association tables: rows attached to owners, matched by the caller's condition, unique keys, orphans, snapshots.</summary>
public class AssociationTableTests
{
    private static AssociationTable<int, (string Type, string Value)> Claims() => new(new TableOptions("User.Claims") { Clock = new ManualClock() });

    private static bool SameKey((string Type, string Value) a, (string Type, string Value) b) => a.Type == b.Type;

    [Fact]
    public void Rows_are_kept_per_owner_in_the_order_they_were_added_and_may_repeat()
    {
        var table = Claims();
        table.Add(1, [("a", "1"), ("b", "2")]);
        table.Add(2, [("a", "1")]);
        table.Add(1, [("a", "1")]);

        Assert.Equal([("a", "1"), ("b", "2"), ("a", "1")], table.Rows(1));
        Assert.Equal([("a", "1")], table.Rows(2));
        Assert.Empty(table.Rows(3));
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void A_unique_key_taken_by_any_owner_refuses_the_whole_batch()
    {
        var table = Claims();
        table.Add(1, [("a", "1")], SameKey);

        var error = Assert.Throws<DuplicateKeyException>(() => table.Add(2, [("b", "2"), ("a", "9")], SameKey));
        Assert.Throws<DuplicateKeyException>(() => table.Add(3, [("c", "1"), ("c", "2")], SameKey));

        Assert.Equal("User.Claims", error.StoreName);
        Assert.Empty(table.Rows(2));
        Assert.Empty(table.Rows(3));
    }

    [Fact]
    public void A_key_unique_per_owner_may_repeat_across_owners()
    {
        var table = Claims();
        table.Add(1, [("a", "1")], SameKey, keyPerOwner: true);
        table.Add(2, [("a", "1")], SameKey, keyPerOwner: true);

        Assert.Throws<DuplicateKeyException>(() => table.Add(1, [("a", "2")], SameKey, keyPerOwner: true));
        Assert.Single(table.Rows(1));
    }

    [Fact]
    public void Remove_and_Replace_touch_only_the_matching_rows_of_one_owner_and_the_last_removal_drops_the_owner()
    {
        var table = Claims();
        table.Add(1, [("a", "1"), ("b", "2"), ("a", "1")]);
        table.Add(2, [("a", "1")]);

        Assert.Equal(2, table.Replace(1, static r => r == ("a", "1"), ("c", "3")));
        Assert.Equal(1, table.Remove(1, static r => r.Type == "b"));
        Assert.Equal([("c", "3"), ("c", "3")], table.Rows(1));
        Assert.True(table.Contains(2, static r => r.Value == "1"));
        Assert.Equal(1, table.Remove(2, static _ => true));
        Assert.Equal(0, table.Remove(2, static _ => true));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void OwnersOf_lists_one_owner_per_matching_row_and_RemoveOrphans_drops_the_rows_of_missing_owners()
    {
        var table = Claims();
        table.Add(1, [("a", "1"), ("a", "1")]);
        table.Add(2, [("a", "1")]);
        table.Add(3, [("b", "1")]);

        Assert.Equal([1, 1, 2], table.OwnersOf(static r => r.Type == "a"));
        Assert.Equal(2, table.RemoveOrphans(static owner => owner == 2));
        Assert.Equal([2], table.OwnersOf(static _ => true));
    }

    [Fact]
    public void Bad_arguments_are_named_and_leave_the_table_unchanged()
    {
        var table = Claims();
        table.Add(1, [("a", "1")]);

        Assert.Throws<ArgumentNullException>("rows", () => table.Add(1, null!));
        Assert.Throws<ArgumentNullException>("match", () => table.Remove(1, null!));
        Assert.Throws<ArgumentNullException>("exists", () => table.RemoveOrphans(null!));
        var owners = new AssociationTable<string, int>(new TableOptions("t"));
        string owner = null!;
        Assert.Throws<ArgumentNullException>("owner", () => owners.Rows(owner));
        Assert.Equal([("a", "1")], table.Rows(1));
    }

    [Fact]
    public void A_fake_snapshot_restores_the_rows_and_Reset_removes_them()
    {
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = new ManualClock() }, new FakeDefaults("IUsers"));
        var table = core.AssociationTable<int, (string Type, string Value)>("User.Claims");
        table.Add(1, [("a", "1")]);
        var snapshot = core.Snapshot();

        table.Replace(1, static _ => true, ("b", "2"));
        table.Add(2, [("c", "3")]);
        core.Restore(snapshot);

        Assert.Equal([("a", "1")], table.Rows(1));
        Assert.Empty(table.Rows(2));
        Assert.Same(table, core.AssociationTable<int, (string Type, string Value)>("User.Claims"));
        core.Reset();
        Assert.Equal(0, core.Count);
    }

    [Fact]
    public void A_backend_hands_out_a_table_another_fake_created_and_nothing_for_an_unknown_name()
    {
        var backend = new InMemoryBackend(new ManualClock());
        var core = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IUsers"));
        var created = core.AssociationTable<int, string>("User.Roles");

        Assert.True(backend.TryGetTable<AssociationTable<int, string>>("User.Roles", out var found));
        Assert.Same(created, found);
        Assert.False(backend.TryGetTable<AssociationTable<int, int>>("User.Roles", out _));
        Assert.False(backend.TryGetTable<AssociationTable<int, string>>("User.Logins", out _));
        Assert.Throws<ArgumentException>("name", () => backend.TryGetTable<AssociationTable<int, string>>("", out _));
    }
}
