using System;
using System.Collections.Generic;
using System.Threading;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

public class EvictionEventTests
{
    [Fact]
    public void Eviction_event_carries_a_copy_so_a_handler_cannot_change_what_a_snapshot_restores()
    {
        var core = new FakeCore(new InMemoryFakeOptions { MaxEntries = 1, QuotaPolicy = QuotaPolicy.EvictOldest }, new FakeDefaults("IBoxes"));
        var table = core.KeyValueTable<string, Box>("boxes", Support.BoxCopy);
        table.Set("a", new Box { Label = "original" });
        var snapshot = core.Snapshot();
        table.EntryEvicted += (_, e) => ((Box)e.Value!).Label = "mutated by handler";

        table.Set("b", new Box { Label = "second" });
        core.Restore(snapshot);

        Assert.Equal("original", table.GetValueOrDefault("a")!.Label);
    }

    [Fact]
    public void Evictions_inside_an_atomic_entity_add_are_raised_after_the_lock_is_released()
    {
        var users = Support.Users(new TableOptions("users") { Quota = new Quota(maxEntries: 1, policy: QuotaPolicy.EvictOldest) });
        users.Add(new User { Id = 1, Name = "first" });
        var otherThreadGotTheLock = false;
        users.EntryEvicted += (_, _) =>
        {
            // Another thread can take the table's lock (Keys() does) only if the handler runs outside it.
            var other = new Thread(() => users.Keys());
            other.Start();
            otherThreadGotTheLock = other.Join(TimeSpan.FromSeconds(5));
        };

        users.Add(new User { Id = 2, Name = "second" });

        Assert.True(otherThreadGotTheLock);
        Assert.Equal(new[] { 2 }, users.Keys());
    }

    [Fact]
    public void IncrementByFloat_on_an_integer_table_refuses_a_fractional_result_and_keeps_the_value()
    {
        var table = new KeyValueTable<string, long>(new TableOptions("counters"));
        table.Increment("n", 2);

        var error = Assert.Throws<InvalidOperationException>(() => table.IncrementByFloat("n", 0.5));

        Assert.Contains("2.5", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, table.GetValueOrDefault("n"));
        Assert.Equal(3.0, table.IncrementByFloat("n", 1.0));
    }
}
