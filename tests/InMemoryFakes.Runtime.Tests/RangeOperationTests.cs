using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Range operations and TryUpdate: one runtime implementation, all or nothing, no snapshot of the fake.</summary>
public class RangeOperationTests
{
    private static EntityTable<int, User> Seeded(bool token = false, Quota? quota = null)
    {
        var table = new EntityTable<int, User>(new TableOptions("users") { Quota = quota ?? Quota.None }, Support.UserModel(token));
        table.Add(new User { Id = 1, Name = "a" });
        table.Add(new User { Id = 2, Name = "b" });
        table.Add(new User { Id = 3, Name = "c" });
        return table;
    }

    /// <summary>Everything observable about a table of users, by value.</summary>
    private static List<string> Describe(EntityTable<int, User> table)
        => table.Values().Select(u => $"{u.Id}:{u.Name}:{u.Email}:{u.Version}").Concat(table.Inspect().Select(i => i.ToString())).ToList();

    [Fact]
    public void UpdateRange_updates_every_entity_and_bumps_their_tokens()
    {
        var table = Seeded(token: true);
        var updated = table.UpdateRange(new[] { new User { Id = 1, Name = "A", Version = 0 }, new User { Id = 3, Name = "C", Version = 0 } });

        Assert.Equal(new[] { 1, 1 }, updated.Select(u => u.Version));
        Assert.Equal(new[] { "A", "b", "C" }, table.Values().Select(u => u.Name));
    }

    [Fact]
    public void UpdateRange_with_a_missing_key_changes_nothing()
    {
        var table = Seeded();
        var before = Describe(table);

        Assert.Throws<NotFoundException>(() => table.UpdateRange(new[] { new User { Id = 1, Name = "A" }, new User { Id = 9, Name = "X" } }));

        Assert.Equal(before, Describe(table));
    }

    [Fact]
    public void UpdateRange_that_updates_one_entity_twice_with_the_same_token_is_a_conflict_and_changes_nothing()
    {
        var table = Seeded(token: true);
        var before = Describe(table);

        Assert.Throws<ConcurrencyConflictException>(() => table.UpdateRange(new[] { new User { Id = 2, Name = "B1" }, new User { Id = 2, Name = "B2" } }));

        Assert.Equal(before, Describe(table));
    }

    [Fact]
    public void UpsertRange_adds_and_replaces_and_a_conflict_undoes_both()
    {
        var table = Seeded(token: true);
        var saved = table.UpsertRange(new[] { new User { Id = 2, Name = "B" }, new User { Name = "new" } });
        Assert.Equal(new[] { 2, 4 }, saved.Select(u => u.Id));
        var before = Describe(table);

        Assert.Throws<ConcurrencyConflictException>(() => table.UpsertRange(new[] { new User { Name = "newer" }, new User { Id = 2, Name = "stale", Version = 0 } }));

        Assert.Equal(before, Describe(table));
        Assert.Equal(5, table.Add(new User { Name = "next" }).Id);
    }

    [Fact]
    public void RemoveRange_removes_the_keys_it_finds_and_counts_them()
    {
        var table = Seeded();
        Assert.Equal(2, table.RemoveRange(new[] { 1, 3, 7 }));
        Assert.Equal(new[] { 2 }, table.Keys());
    }

    [Fact]
    public void RemoveEntities_with_a_stale_token_removes_nothing()
    {
        var table = Seeded(token: true);
        table.Update(new User { Id = 3, Name = "c2" });
        var before = Describe(table);

        Assert.Throws<ConcurrencyConflictException>(() => table.RemoveEntities(new[] { new User { Id = 1 }, new User { Id = 3, Version = 0 } }));

        Assert.Equal(before, Describe(table));
        Assert.Equal(1, table.RemoveEntities(new[] { new User { Id = 1 }, new User { Id = 9 } }));
    }

    [Fact]
    public void A_range_with_a_null_element_is_refused_naming_the_argument_and_changes_nothing()
    {
        var table = Seeded();
        var before = Describe(table);
        var users = new[] { new User { Id = 7 }, null! };

        Assert.Equal("users", Assert.Throws<ArgumentNullException>(() => table.AddRange(users)).ParamName);
        Assert.Equal("users", Assert.Throws<ArgumentNullException>(() => table.UpsertRange(users)).ParamName);
        Assert.Equal(before, Describe(table));
    }

    [Fact]
    public void Under_the_Reject_policy_a_range_that_does_not_fit_is_dropped_whole()
    {
        var table = Seeded(quota: new Quota(maxEntries: 4, policy: QuotaPolicy.Reject));
        var before = Describe(table);
        var fresh = new[] { new User { Name = "x" }, new User { Name = "y" } };

        Assert.False(table.TryAddRange(fresh, out var added));
        Assert.Empty(added);
        Assert.Empty(table.AddRange(fresh));
        Assert.Empty(table.UpsertRange(fresh));

        Assert.Equal(before, Describe(table));
        Assert.All(fresh, u => Assert.Equal(0, u.Id));
        Assert.Equal(4, table.Add(new User { Name = "fits" }).Id);
    }

    [Fact]
    public void Under_EvictOldest_a_range_evicts_like_its_single_writes_and_raises_the_events_after_it_succeeds()
    {
        var table = Seeded(quota: new Quota(maxEntries: 3, policy: QuotaPolicy.EvictOldest));
        var evicted = new List<object>();
        table.EntryEvicted += (_, e) => evicted.Add(e.Key);

        table.AddRange(new[] { new User { Name = "d" }, new User { Name = "e" } });

        Assert.Equal(new object[] { 1, 2 }, evicted);
        Assert.Equal(new[] { 3, 4, 5 }, table.Keys());
    }

    [Fact]
    public void TryUpdate_returns_false_for_a_missing_key_and_changes_nothing()
    {
        var table = Seeded();
        var before = Describe(table);

        Assert.False(table.TryUpdate(new User { Id = 9, Name = "x" }));

        Assert.Equal(before, Describe(table));
        Assert.True(table.TryUpdate(new User { Id = 2, Name = "B" }, out var updated));
        Assert.Equal("B", updated.Name);
        Assert.Equal("B", table.Get(2).Name);
    }

    [Fact]
    public void TryUpdate_is_not_a_use_when_the_key_is_missing_and_does_not_renew_a_sliding_entry_on_conflict()
    {
        var clock = new ManualClock();
        var table = new EntityTable<int, User>(new TableOptions("users") { Clock = clock, DefaultExpiration = Expiration.Sliding(TimeSpan.FromMinutes(1)) }, Support.UserModel(token: true));
        table.Add(new User { Id = 1 });
        clock.Advance(TimeSpan.FromSeconds(40));

        Assert.Throws<ConcurrencyConflictException>(() => table.TryUpdate(new User { Id = 1, Version = 7 }));
        clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Null(table.Find(1));
    }

    [Fact]
    public void AllOrNothing_undoes_every_write_of_a_section_that_throws_and_refuses_Clear_inside_it()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv"));
        table.Set("a", "1");
        table.Set("b", "2");
        var before = Support.State(table);

        Assert.Throws<InvalidOperationException>(() => table.AllOrNothing<int>(() =>
        {
            table.Set("a", "changed");
            table.Remove("b");
            table.Set("c", "3");
            throw new InvalidOperationException("boom");
        }));

        Support.AssertUnchanged(before, table);
        Assert.Equal(new[] { "a", "b" }, table.Keys());
        Assert.Throws<InvalidOperationException>(() => table.AllOrNothing(() =>
        {
            table.Clear();
            return 0;
        }));
    }

    [Fact]
    public void A_nested_section_that_throws_undoes_only_its_own_writes()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv"));
        var result = table.AllOrNothing(() =>
        {
            table.Set("outer", "1");
            try
            {
                table.AllOrNothing<int>(() =>
                {
                    table.Set("inner", "2");
                    throw new InvalidOperationException();
                });
            }
            catch (InvalidOperationException)
            {
            }

            return table.Keys();
        });

        Assert.Equal(new[] { "outer" }, result);
        Assert.Equal(new[] { "outer" }, table.Keys());
    }
}
