using System;
using System.Runtime.CompilerServices;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// Overwriting or removing an entry that has a long time to live must not keep the old value alive until that TTL is
/// reached: a hot key rewritten with a 10-minute TTL once grew the expiry index (and kept every replaced value) by
/// ~150 bytes per write, 1.6 GB after 10 million writes of 1,024 keys (found by the benchmarks).
/// </summary>
public class ExpiryMemoryTests
{
    private static readonly Expiration LongTtl = Expiration.After(TimeSpan.FromHours(1));

    [Fact]
    public void An_overwritten_value_with_a_long_ttl_is_not_kept_alive()
    {
        var table = new KeyValueTable<string, Box>(new TableOptions("kv") { Clock = new ManualClock() });
        var first = WriteAndForget(table, "hot");
        for (var i = 0; i < 1_000; i++)
        {
            table.Set("hot", new Box { Label = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, LongTtl);
        }

        Collect();
        Assert.False(first.IsAlive, "The replaced value is still referenced by the table.");
        Assert.Equal("999", table.GetRequired("hot").Label);
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void A_removed_value_with_a_long_ttl_is_not_kept_alive_once_the_table_is_written_again()
    {
        var table = new KeyValueTable<string, Box>(new TableOptions("kv") { Clock = new ManualClock() });
        var removed = WriteAndForget(table, "gone");
        Assert.True(table.Remove("gone"));
        for (var i = 0; i < 1_000; i++)
        {
            table.Set("other", new Box(), LongTtl);
        }

        Collect();
        Assert.False(removed.IsAlive, "The removed value is still referenced by the table.");
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Compacting_the_expiry_index_keeps_every_live_expiry_exact()
    {
        var clock = new ManualClock();
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock });
        var expired = 0;
        table.EntryEvicted += (_, e) => expired++;

        // 10 keys with TTLs of 1..10 minutes, each rewritten many times (forcing several compactions) with the same TTL.
        for (var round = 0; round < 200; round++)
        {
            for (var k = 1; k <= 10; k++)
            {
                table.Set("k" + k.ToString(System.Globalization.CultureInfo.InvariantCulture), "v", Expiration.After(TimeSpan.FromMinutes(k)));
            }
        }

        for (var k = 1; k <= 10; k++)
        {
            clock.Advance(TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(1));
            Assert.Equal(11 - k, table.Count);
            clock.Advance(TimeSpan.FromTicks(1));
            Assert.Equal(10 - k, table.Count);
            Assert.Equal(k, expired);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference WriteAndForget(KeyValueTable<string, Box> table, string key)
    {
        var box = new Box { Label = "first" };
        table.Set(key, box, LongTtl);
        return new WeakReference(box);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
