using System;
using System.Runtime.CompilerServices;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// After a million short-lived keys expire, or after <c>Clear()</c>, the table gives back the memory its key map, expiry
/// heap and indexes grew to (the issue measured 35 MB kept forever). Measured with <see cref="GC.GetTotalMemory(bool)"/>
/// against a baseline taken with the empty table already built; the clock is a <see cref="ManualClock"/>.
/// </summary>
[Collection(MemoryMeasurements.Name)]
public class ExpiryReleaseTests
{
    private const int Keys = 1_000_000;

    // A million live entries hold ~200 MB; the structures left over before the fix were ~35 MB. Near the baseline means
    // within 2 MB (measured: well under 0.1 MB; see docs/runtime.md).
    private const long NearBaseline = 2 * 1024 * 1024;

    [Fact]
    public void After_a_million_keys_expire_memory_returns_near_the_baseline()
    {
        var clock = new ManualClock();
        var table = new KeyValueTable<int, int>(new TableOptions("kv") { Clock = clock });
        var baseline = Measure();

        Fill(table, Expiration.After(TimeSpan.FromMilliseconds(50)));
        var full = Measure();
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(0, table.Count);
        var after = Measure();
        Assert.True(full - baseline > 50L * 1024 * 1024, $"The filled table should hold far more than the slack: {full - baseline} bytes.");
        Assert.True(after - baseline < NearBaseline, $"{after - baseline} bytes stay allocated after every key expired.");

        // Still a working table.
        table.Set(1, 1, Expiration.After(TimeSpan.FromSeconds(1)));
        Assert.Equal(1, table.GetRequired(1));
        GC.KeepAlive(table);
    }

    [Fact]
    public void After_Clear_memory_returns_near_the_baseline()
    {
        var clock = new ManualClock();
        var table = new KeyValueTable<int, int>(new TableOptions("kv") { Clock = clock });
        var baseline = Measure();

        Fill(table, Expiration.After(TimeSpan.FromHours(1)));
        table.Clear();

        var after = Measure();
        Assert.True(after - baseline < NearBaseline, $"{after - baseline} bytes stay allocated after Clear().");
        GC.KeepAlive(table);
    }

    [Fact]
    public void When_most_keys_expire_the_survivors_stay_readable_and_memory_shrinks()
    {
        var clock = new ManualClock();
        var table = new KeyValueTable<int, int>(new TableOptions("kv") { Clock = clock });
        var baseline = Measure();
        for (var i = 0; i < Keys; i++)
        {
            table.Set(i, i, i % 1000 == 0 ? Expiration.Never : Expiration.After(TimeSpan.FromMilliseconds(50)));
        }

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(Keys / 1000, table.Count);
        Assert.Equal(5000, table.GetRequired(5000));
        Assert.False(table.ContainsKey(5001));
        var after = Measure();

        // 1,000 live entries are ~0.2 MB.
        Assert.True(after - baseline < NearBaseline, $"{after - baseline} bytes stay allocated for 1,000 live entries.");
        GC.KeepAlive(table);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fill(KeyValueTable<int, int> table, Expiration expiration)
    {
        for (var i = 0; i < Keys; i++)
        {
            table.Set(i, i, expiration);
        }
    }

    /// <summary>
    /// The heap after full collections, the least of three readings. One reading can catch a transient allocation
    /// elsewhere in the process: after the h-perf3 merge, 2 of 14 full runs of this project saw about 3.4 MB on one
    /// figure (never with this class run alone; the allocator was not found). What the table keeps is in every reading,
    /// so the least of three still catches a table that does not give memory back (10 of 10 runs passed with it).
    /// </summary>
    private static long Measure()
    {
        var least = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            least = Math.Min(least, GC.GetTotalMemory(forceFullCollection: true));
        }

        return least;
    }
}

/// <summary>Tests that measure the process's memory run alone: other tests allocating meanwhile would blur the figure.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurements
{
    public const string Name = "Memory measurements";
}
