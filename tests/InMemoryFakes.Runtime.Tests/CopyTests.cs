using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Stored values are isolated from callers' instances for mutable classes, and not copied when they need not be.</summary>
public class CopyTests
{
    [Theory]
    [InlineData(CopyMode.Auto)]
    [InlineData(CopyMode.Copy)]
    public void Mutating_an_entity_after_Add_does_not_change_the_stored_entity(CopyMode mode)
    {
        var users = Support.Users(copyMode: mode);
        var ann = new User { Name = "Ann" };
        users.Add(ann);

        ann.Name = "changed";

        Assert.Equal("Ann", users.Get(ann.Id).Name);
    }

    [Theory]
    [InlineData(CopyMode.Auto)]
    [InlineData(CopyMode.Copy)]
    public void Mutating_an_entity_returned_by_any_read_does_not_change_the_stored_entity(CopyMode mode)
    {
        var users = Support.Users(copyMode: mode);
        var id = users.Add(new User { Name = "Ann" }).Id;

        users.Find(id)!.Name = "via Find";
        users.Get(id).Name = "via Get";
        users.Values().Single().Name = "via Values";
        users.Where(_ => true).Single().Name = "via Where";
        users.Entries().Single().Value.Name = "via Entries";
        Assert.True(users.TryGetValue(id, out var got));
        got.Name = "via TryGetValue";

        Assert.Equal("Ann", users.Get(id).Name);
        Assert.NotSame(users.Find(id), users.Find(id));
    }

    [Fact]
    public void Mutating_an_entity_after_Update_or_Upsert_does_not_change_the_stored_entity()
    {
        var users = Support.Users();
        var ann = users.Add(new User { Name = "Ann" });
        var update = new User { Id = ann.Id, Name = "Ann 2" };
        users.Update(update);
        update.Name = "changed after update";
        Assert.Equal("Ann 2", users.Get(ann.Id).Name);

        var upsert = new User { Id = ann.Id, Name = "Ann 3" };
        users.Upsert(upsert);
        upsert.Name = "changed after upsert";
        Assert.Equal("Ann 3", users.Get(ann.Id).Name);
    }

    [Fact]
    public void Mutating_a_value_after_Set_or_after_a_read_does_not_change_a_key_value_fake()
    {
        var core = new FakeCore(null, new FakeDefaults("ISessions"));
        var sessions = core.KeyValueTable<string, Box>("sessions", Support.BoxCopy);
        var box = new Box { Label = "original" };
        sessions.Set("s", box);

        box.Label = "changed after set";
        sessions.GetRequired("s").Label = "changed after read";
        sessions.AddOrUpdate("s", (current, _) =>
        {
            current!.Label = "changed inside update";
            return new Box { Label = "updated" };
        }).Label = "changed after AddOrUpdate";

        Assert.Equal("updated", sessions.GetRequired("s").Label);
    }

    [Fact]
    public void A_value_returned_by_Remove_is_a_copy_so_mutating_it_does_not_change_a_snapshot()
    {
        var core = new FakeCore(null, new FakeDefaults("ISessions"));
        var sessions = core.KeyValueTable<string, Box>("sessions", Support.BoxCopy);
        sessions.Set("s", new Box { Label = "original" });
        var snapshot = core.Snapshot();

        Assert.True(sessions.Remove("s", out var removed));
        removed.Label = "mutated after remove";
        core.Restore(snapshot);

        Assert.Equal("original", sessions.GetRequired("s").Label);

        // and again: a restored value handed out by Remove must not reach back into the snapshot
        Assert.True(sessions.Remove("s", out var again));
        again.Label = "mutated again";
        core.Restore(snapshot);
        Assert.Equal("original", sessions.GetRequired("s").Label);
    }

    [Fact]
    public void Reference_mode_keeps_the_callers_instance()
    {
        var users = Support.Users(copyMode: CopyMode.Reference);
        var ann = new User { Name = "Ann" };
        users.Add(ann);

        Assert.Same(ann, users.Find(ann.Id));
        ann.Name = "changed";
        Assert.Equal("changed", users.Get(ann.Id).Name);
    }

    [Fact]
    public void Reference_mode_through_FakeCore_options_keeps_the_callers_instance()
    {
        var core = new FakeCore(new InMemoryFakeOptions { CopyMode = CopyMode.Reference }, new FakeDefaults("ISessions"));
        var sessions = core.KeyValueTable<string, Box>("sessions", Support.BoxCopy);
        var box = new Box();
        sessions.Set("s", box);

        Assert.Same(box, sessions.GetRequired("s"));
        Assert.Equal(CopyMode.Reference, core.CopyMode);
    }

    [Fact]
    public void Records_marked_immutable_are_stored_as_they_are()
    {
        var table = new EntityTable<int, Point>(new TableOptions("points"), new EntityModel<int, Point>(p => p.X) { IsImmutable = true });
        var point = new Point(1, 2);
        table.Add(point);

        Assert.Same(point, table.Find(1));
        Assert.Same(point, table.Values().Single());
    }

    [Fact]
    public void A_type_no_copy_rule_knows_is_stored_by_reference_and_reported_never_member_wise_cloned()
    {
        var table = new EntityTable<int, Point>(new TableOptions("points"), new EntityModel<int, Point>(p => p.X));
        var reported = new List<ValueStoredByReferenceEventArgs>();
        table.ValueStoredByReference += (_, e) => reported.Add(e);
        var point = new Point(1, 2);
        table.Add(point);
        table.Add(new Point(2, 3));

        Assert.Same(point, table.Find(1));
        var report = Assert.Single(reported);
        Assert.Equal(typeof(Point), report.ValueType);
        Assert.Equal("points", report.Store);
        Assert.Contains("CopyHooks", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_mode_copies_even_values_marked_immutable_when_a_copy_is_supplied()
    {
        var table = new EntityTable<int, Point>(new TableOptions("points"), new EntityModel<int, Point>(p => p.X) { IsImmutable = true, DeepCopy = p => p with { } }, CopyMode.Copy);
        var point = new Point(1, 2);
        table.Add(point);

        Assert.NotSame(point, table.Find(1));
        Assert.Equal(point, table.Find(1));
    }

    [Fact]
    public void Strings_are_not_copied()
    {
        var core = new FakeCore(new InMemoryFakeOptions { CopyMode = CopyMode.Auto }, new FakeDefaults("ICache"));
        var cache = core.KeyValueTable<string, string>("cache");
        var value = new string('x', 3);
        cache.Set("k", value);

        Assert.Same(value, cache.GetRequired("k"));
        Assert.False(cache.Copier.Copies);
    }

    [Fact]
    public void A_supplied_deep_copy_is_used_for_copies()
    {
        var copies = 0;
        var model = new EntityModel<int, User>(u => u.Id)
        {
            DeepCopy = u =>
            {
                copies++;
                return new User { Id = u.Id, Name = u.Name, Email = u.Email, Version = u.Version };
            },
        };
        var users = new EntityTable<int, User>(new TableOptions("users"), model);

        users.Add(new User { Id = 1, Name = "Ann" });
        var read = users.Get(1);

        Assert.Equal("Ann", read.Name);
        Assert.Equal(2, copies); // one on write, one on read
    }

    [Fact]
    public void Byte_array_values_are_copied_in_auto_mode()
    {
        var core = new FakeCore(null, new FakeDefaults("IBytes"));
        var table = core.KeyValueTable<string, byte[]>("bytes");
        var data = new byte[] { 1, 2, 3 };
        table.Set("k", data);

        data[0] = 9;
        table.GetRequired("k")[1] = 9;

        Assert.Equal(new byte[] { 1, 2, 3 }, table.GetRequired("k"));
    }
}
