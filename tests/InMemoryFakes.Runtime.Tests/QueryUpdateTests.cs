using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// <c>QueryUpdate</c> and <c>UpdateRangeWith</c>: the table operations behind generated bulk flag writes
/// (<c>MarkAllAsRead(userId)</c>, <c>MarkAsRead(ids)</c>), each one all-or-nothing step that stores every change as
/// <c>Update</c> does.
/// </summary>
public class QueryUpdateTests
{
    private static User Renamed(User user)
    {
        user.Name = user.Name.ToUpperInvariant();
        return user;
    }

    /// <summary>Everything observable about a table of users, by value.</summary>
    private static List<string> Describe(EntityTable<int, User> table)
        => table.Values().Select(static u => $"{u.Id}:{u.Name}:{u.Email}:{u.Version}").Concat(table.Inspect().Select(static i => i.ToString())).ToList();

    private static EntityTable<int, User> Seeded(EntityTable<int, User> table)
    {
        table.Add(new User { Id = 1, Name = "a", Email = "x" });
        table.Add(new User { Id = 2, Name = "b", Email = "y" });
        table.Add(new User { Id = 3, Name = "c", Email = "x" });
        return table;
    }

    [Fact]
    public void QueryUpdate_changes_exactly_the_matches_bumps_their_tokens_and_counts_every_match()
    {
        var table = Seeded(Support.Users(token: true));

        Assert.Equal(2, table.QueryUpdate("x", static (u, email) => u.Email == email, Renamed));
        Assert.Equal(2, table.QueryUpdate("x", static (u, email) => u.Email == email, Renamed));

        Assert.Equal(new[] { "A", "b", "C" }, table.Values().Select(static u => u.Name));
        Assert.Equal(new[] { 2, 0, 2 }, table.Values().Select(static u => u.Version));
        Assert.Equal(3, table.QueryUpdate(predicate: null, Renamed));
        Assert.Equal(0, table.QueryUpdate(static u => u.Email == "none", Renamed));
    }

    [Fact]
    public void QueryUpdate_that_fails_part_way_changes_nothing_and_raises_nothing()
    {
        var table = Support.Users(token: true, uniqueEmail: true);
        table.Add(new User { Id = 1, Name = "a", Email = "x" });
        table.Add(new User { Id = 2, Name = "b", Email = "y" });
        var before = Describe(table);
        var events = new List<EntryEvictedEventArgs>();
        table.EntryEvicted += (_, e) => events.Add(e);

        // The second match takes the first one's new e-mail: a unique violation after one write.
        Assert.Throws<DuplicateKeyException>(() => table.QueryUpdate(predicate: null, static u =>
        {
            u.Email = "same";
            return u;
        }));

        Assert.Equal(before, Describe(table));
        Assert.Empty(events);
    }

    [Fact]
    public void A_snapshot_restores_what_a_QueryUpdate_changed()
    {
        var core = new FakeCore(null, new FakeDefaults("IUsers"));
        var table = Seeded(core.EntityTable("users", Support.UserModel(token: true)));
        var snapshot = core.Snapshot();

        table.QueryUpdate(predicate: null, Renamed);
        core.Restore(snapshot);

        Assert.Equal(new[] { "a", "b", "c" }, table.Values().Select(static u => u.Name));
        Assert.Equal(new[] { 0, 0, 0 }, table.Values().Select(static u => u.Version));
    }

    [Fact]
    public void UpdateRangeWith_a_missing_key_is_not_found_and_changes_nothing_unless_told_to_skip_it()
    {
        var table = Seeded(Support.Users(token: true));
        var before = Describe(table);

        Assert.Throws<NotFoundException>(() => table.UpdateRangeWith(new[] { 1, 9 }, Renamed));
        Assert.Equal(before, Describe(table));

        Assert.Equal(2, table.UpdateRangeWith(new[] { 1, 9, 3, 1 }, Renamed, missingThrows: false));
        Assert.Equal(new[] { "A", "b", "C" }, table.Values().Select(static u => u.Name));
        Assert.Equal(new[] { 1, 0, 1 }, table.Values().Select(static u => u.Version));
        Assert.Equal("keys", Assert.Throws<System.ArgumentNullException>(() => table.UpdateRangeWith(null!, Renamed, keysParam: "keys")).ParamName);
    }

    [Fact]
    public void A_deferred_unit_of_work_writes_a_QueryUpdate_only_when_saved()
    {
        var core = new FakeCore(null, new FakeDefaults("IUsers"));
        var table = Seeded(core.EntityTable("users", Support.UserModel(token: true, sameState: static (a, b) => a.Name == b.Name && a.Email == b.Email)));
        var unitOfWork = core.UnitOfWork();
        var session = unitOfWork.Track(table);

        Assert.Equal(2, session.QueryUpdate("x", static (u, email) => u.Email == email, Renamed));
        Assert.Equal(new[] { "a", "b", "c" }, table.Values().Select(static u => u.Name));
        Assert.Equal("A", session.Get(1).Name);
        Assert.Throws<NotFoundException>(() => session.UpdateRangeWith(new[] { 2, 9 }, Renamed));
        Assert.Equal("b", session.Get(2).Name);

        Assert.Equal(2, unitOfWork.SaveChanges());
        Assert.Equal(new[] { "A", "b", "C" }, table.Values().Select(static u => u.Name));
    }

    [Fact]
    public void An_immediate_unit_of_work_writes_a_QueryUpdate_at_once_and_tracks_what_it_stored()
    {
        var core = new FakeCore(null, new FakeDefaults("IUsers"));
        var table = Seeded(core.EntityTable("users", Support.UserModel(token: true)));
        var session = core.UnitOfWork(UnitOfWorkWrites.Immediate).Track(table);
        var stale = session.Get(1);

        Assert.Equal(1, session.UpdateRangeWith(new[] { 1 }, Renamed));

        Assert.Equal("A", table.Get(1).Name);
        Assert.Equal("A", session.Get(1).Name);
        Assert.NotSame(stale, session.Get(1));
    }

    [Fact]
    public void The_stores_UpdateWhere_changes_every_match_in_one_step_for_a_hand_written_member()
    {
        var core = new FakeCore(null, new FakeDefaults("IUsers"));
        var store = new EntityStore<int, User>(core, Seeded(core.EntityTable("users", Support.UserModel(token: true))));

        Assert.Equal(2, store.UpdateWhere(static u => u.Email == "x", Renamed));

        Assert.Equal(new[] { "A", "b", "C" }, store.All().Select(static u => u.Name));
        Assert.Equal("predicate", Assert.Throws<System.ArgumentNullException>(() => store.UpdateWhere(null!, Renamed)).ParamName);
    }
}
