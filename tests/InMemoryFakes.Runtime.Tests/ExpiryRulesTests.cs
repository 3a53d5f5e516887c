using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>The expiry rules of issue 11: caps, the earlier instant, the evicted-at instant on every clock, clamping.</summary>
public class ExpiryRulesTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_sliding_expiry_is_never_renewed_past_the_absolute_expiry_given_with_it()
    {
        var clock = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock });
        table.Set("k", "v", Expiration.Combine(absolute: Start.AddMinutes(10), sliding: TimeSpan.FromMinutes(3)));

        // Read every two minutes: each read would renew a plain sliding entry for three more minutes.
        for (var minute = 2; minute < 10; minute += 2)
        {
            clock.SetUtcNow(Start.AddMinutes(minute));
            Assert.True(table.ContainsKey("k"));
        }

        Assert.Equal(Start.AddMinutes(10), table.Inspect("k")!.ExpiresAt);
        clock.SetUtcNow(Start.AddMinutes(10) - TimeSpan.FromTicks(1));
        Assert.True(table.ContainsKey("k"));
        clock.SetUtcNow(Start.AddMinutes(10));
        Assert.False(table.ContainsKey("k"));
    }

    [Fact]
    public void A_sliding_expiry_is_never_renewed_past_the_relative_expiry_given_with_it()
    {
        var clock = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock });
        table.Set("k", "v", Expiration.Combine(relative: TimeSpan.FromMinutes(5), sliding: TimeSpan.FromMinutes(2)));

        clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.True(table.ContainsKey("k"));
        clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.True(table.ContainsKey("k"));
        clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.True(table.ContainsKey("k"));
        Assert.Equal(Start.AddMinutes(5), table.Inspect("k")!.ExpiresAt);
        clock.SetUtcNow(Start.AddMinutes(5));
        Assert.False(table.ContainsKey("k"));
    }

    [Fact]
    public void Without_reads_a_capped_sliding_entry_expires_after_its_window()
    {
        var clock = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock });
        table.Set("k", "v", Expiration.Combine(absolute: Start.AddHours(1), sliding: TimeSpan.FromMinutes(3)));

        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.False(table.ContainsKey("k"));
    }

    [Theory]
    [InlineData(10, 20, 10)]
    [InlineData(20, 10, 10)]
    [InlineData(15, 15, 15)]
    public void With_absolute_and_relative_expiry_both_set_the_earlier_one_wins(int absoluteMinutes, int relativeMinutes, int expectedMinutes)
    {
        var clock = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock });
        table.Set("k", "v", Expiration.Combine(absolute: Start.AddMinutes(absoluteMinutes), relative: TimeSpan.FromMinutes(relativeMinutes)));

        Assert.Equal(Start.AddMinutes(expectedMinutes), table.Inspect("k")!.ExpiresAt);
        clock.SetUtcNow(Start.AddMinutes(expectedMinutes) - TimeSpan.FromTicks(1));
        Assert.True(table.ContainsKey("k"));
        clock.SetUtcNow(Start.AddMinutes(expectedMinutes));
        Assert.False(table.ContainsKey("k"));
    }

    [Fact]
    public void Combine_with_a_past_absolute_instant_is_refused_even_when_the_relative_one_is_earlier()
    {
        var clock = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock });
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => table.Set("k", "v", Expiration.Combine(absolute: Start.AddMinutes(-1), relative: TimeSpan.FromMinutes(1), paramName: "options")));
        Assert.Equal("options", error.ParamName);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Combine_without_any_setting_is_the_default()
        => Assert.True(Expiration.Combine().IsDefault);

    [Fact]
    public void Combine_refuses_a_zero_sliding_window_naming_the_parameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.Combine(sliding: TimeSpan.Zero, paramName: "options"));
        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void EntryEvicted_At_is_the_expiry_instant_on_a_ManualClock_advanced_past_it()
    {
        var clock = new ManualClock(Start);
        var at = CollectExpiry(clock, out var table);
        table.Set("k", "v", Expiration.After(TimeSpan.FromSeconds(10)));

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new[] { Start.AddSeconds(10) }, at);
    }

    [Fact]
    public void EntryEvicted_At_is_the_expiry_instant_on_FakeTimeProvider()
    {
        var clock = new FakeTimeProvider(Start);
        var at = CollectExpiry(clock, out var table);
        table.Set("a", "v", Expiration.After(TimeSpan.FromSeconds(10)));
        table.Set("b", "v", Expiration.After(TimeSpan.FromSeconds(20)));

        // One jump past both: the sweep runs at (or after) the end of the jump, the events still carry each expiry instant.
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new[] { Start.AddSeconds(10), Start.AddSeconds(20) }, at);
    }

    [Fact]
    public void EntryEvicted_At_is_the_expiry_instant_when_a_read_finds_the_entry_expired()
    {
        var clock = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = new TimersNeverFire(clock) });
        var at = new List<DateTimeOffset>();
        table.EntryEvicted += (_, e) => at.Add(e.At);
        table.Set("k", "v", Expiration.After(TimeSpan.FromSeconds(10)));

        clock.Advance(TimeSpan.FromMinutes(5));
        table.Set("k", "new");
        Assert.Equal(new[] { Start.AddSeconds(10) }, at);
    }

    [Fact]
    public async Task EntryEvicted_At_is_the_expiry_instant_on_the_system_clock()
    {
        // The one test on real time: the system timer fires some milliseconds after the instant; the event must not say so.
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = TimeProvider.System });
        var evicted = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        table.EntryEvicted += (_, e) => evicted.TrySetResult(e.At);
        // An absolute instant: known exactly, however late this thread runs.
        var expiresAt = DateTimeOffset.UtcNow.AddMilliseconds(500);
        table.Set("k", "v", Expiration.At(expiresAt));

        var at = await evicted.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // The sweep timer holds its table weakly: keep the table alive while waiting for it.
        GC.KeepAlive(table);
        Assert.Equal(expiresAt, at);
    }

    [Fact]
    public void A_ttl_whose_end_passes_DateTimeOffset_MaxValue_is_clamped_and_every_read_still_works()
    {
        var clock = new ManualClock(Start);
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = clock }, new FakeDefaults("Cache"));
        var table = core.KeyValueTable<string, string>("kv");
        table.Set("ttl", "v", Expiration.After(TimeSpan.MaxValue - TimeSpan.FromTicks(1)));
        table.Set("sliding", "v", Expiration.Sliding(TimeSpan.MaxValue - TimeSpan.FromTicks(1)));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.True(table.ContainsKey("sliding"));
        var entries = core.Entries;
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(DateTimeOffset.MaxValue, e.ExpiresAt));
        Assert.Equal(2, table.Entries().Count);
        Assert.Equal(DateTimeOffset.MaxValue - clock.GetUtcNow(), table.GetTimeToLive("ttl"));
        Assert.Equal(2, core.Snapshot() is { } snapshot ? RestoreAndCount(core, snapshot) : 0);
    }

    [Fact]
    public void An_absolute_expiry_at_DateTimeOffset_MaxValue_is_kept_as_it_is()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = new ManualClock(Start) });
        table.Set("k", "v", Expiration.At(DateTimeOffset.MaxValue));
        Assert.Equal(DateTimeOffset.MaxValue, table.Inspect("k")!.ExpiresAt);
    }

    private static int RestoreAndCount(FakeCore core, FakeSnapshot snapshot)
    {
        core.Restore(snapshot);
        return core.Entries.Count;
    }

    private static List<DateTimeOffset> CollectExpiry(TimeProvider clock, out KeyValueTable<string, string> table)
    {
        var at = new List<DateTimeOffset>();
        table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock });
        table.EntryEvicted += (_, e) =>
        {
            lock (at)
            {
                at.Add(e.At);
            }
        };
        return at;
    }
}
