using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// Everything time does to a fake on a <see cref="ManualClock"/> also holds on Microsoft's <see cref="FakeTimeProvider"/>
/// (Microsoft.Extensions.TimeProvider.Testing): exact expiry on every read path, sweeping on advance with events,
/// sliding renewal, timestamps, and injected delays.
/// </summary>
public sealed class FakeTimeProviderTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void An_entry_is_visible_until_the_instant_its_ttl_ends_and_gone_at_it_on_every_read_path()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = _clock });
        table.Set("k", "v", Expiration.After(TimeSpan.FromMinutes(5)));

        _clock.Advance(TimeSpan.FromMinutes(5) - Tick);
        Assert.True(table.TryGetValue("k", out _));
        Assert.True(table.ContainsKey("k"));
        Assert.Equal(1, table.Count);
        Assert.Equal(["k"], table.Keys());

        _clock.Advance(Tick);
        Assert.False(table.TryGetValue("k", out _));
        Assert.False(table.ContainsKey("k"));
        Assert.Equal(0, table.Count);
        Assert.Empty(table.Keys());
        Assert.Empty(table.Inspect());
    }

    [Fact]
    public void Advancing_the_FakeTimeProvider_sweeps_expired_entries_without_a_read_and_raises_an_event_at_the_expiry_instant()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = new BlobTable(new TableOptions("blobs") { Clock = _clock });
        table.EntryEvicted += (_, e) => events.Add(e);
        var written = _clock.GetUtcNow();
        table.Put("a", new byte[100], expiration: Expiration.After(TimeSpan.FromSeconds(10)));
        table.Put("b", new byte[50]);

        _clock.Advance(TimeSpan.FromSeconds(10) - Tick);
        Assert.Empty(events);
        _clock.Advance(Tick);

        var e = Assert.Single(events);
        Assert.Equal("a", e.Key);
        Assert.Equal(EvictionReason.Expired, e.Reason);
        Assert.Equal(written.AddSeconds(10), e.At);
        Assert.Equal(50, table.Bytes);
    }

    // FakeTimeProvider moves the clock to the end of an Advance before it fires the timers that fell due, so the sweep runs
    // at the end of the advance; the event still reports the instant the entry expired (EntryEvicted.At is the expiry
    // instant for expiries), as it does under ManualClock, and reads are exact either way.
    [Fact]
    public void An_expiry_event_reports_the_instant_the_entry_expired_even_when_the_sweep_ran_later()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = _clock });
        table.EntryEvicted += (_, e) => events.Add(e);
        var written = _clock.GetUtcNow();
        table.Set("k", "v", Expiration.After(TimeSpan.FromSeconds(10)));

        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(written.AddSeconds(10), Assert.Single(events).At);
    }

    [Fact]
    public void Entries_are_swept_in_expiry_order_while_later_ones_stay()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = _clock });
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("c", "3", Expiration.After(TimeSpan.FromSeconds(30)));
        table.Set("a", "1", Expiration.After(TimeSpan.FromSeconds(10)));
        table.Set("b", "2", Expiration.After(TimeSpan.FromSeconds(20)));

        _clock.Advance(TimeSpan.FromSeconds(25));
        Assert.Equal(new object[] { "a", "b" }, events.Select(e => e.Key));
        Assert.Equal(["c"], table.Keys());

        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(new object[] { "a", "b", "c" }, events.Select(e => e.Key));
    }

    [Fact]
    public void A_read_renews_a_sliding_entry_which_then_expires_a_window_after_its_last_read()
    {
        var events = new List<EntryEvictedEventArgs>();
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = _clock });
        table.EntryEvicted += (_, e) => events.Add(e);
        table.Set("s", "v", Expiration.Sliding(TimeSpan.FromSeconds(10)));

        _clock.Advance(TimeSpan.FromSeconds(7));
        Assert.True(table.TryGetValue("s", out _));
        var lastRead = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(10) - Tick);
        Assert.Empty(events);
        Assert.Single(table.Inspect());

        _clock.Advance(Tick);

        Assert.Equal(lastRead.AddSeconds(10), Assert.Single(events).At);
        Assert.False(table.ContainsKey("s"));
    }

    [Fact]
    public void Entry_timestamps_come_from_the_FakeTimeProvider()
    {
        _clock.SetUtcNow(new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = _clock });
        table.Set("k", "v", Expiration.After(TimeSpan.FromHours(1)));
        _clock.Advance(TimeSpan.FromMinutes(1));
        table.Set("k", "w", Expiration.After(TimeSpan.FromHours(1)));

        var info = Assert.Single(table.Inspect());

        Assert.Equal(new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero), info.CreatedAt);
        Assert.Equal(new DateTimeOffset(2030, 6, 1, 12, 1, 0, TimeSpan.Zero), info.LastModified);
        Assert.Equal(new DateTimeOffset(2030, 6, 1, 13, 1, 0, TimeSpan.Zero), info.ExpiresAt);
    }

    [Fact]
    public async Task An_injected_delay_completes_only_when_the_FakeTimeProvider_passes_it()
    {
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = _clock }, new FakeDefaults("IStore"));
        core.Faults.Delay("GetAsync", TimeSpan.FromSeconds(5), times: 1);

        var call = core.InterceptAsync("GetAsync", TestContext.Current.CancellationToken).AsTask();
        _clock.Advance(TimeSpan.FromSeconds(5) - Tick);
        Assert.False(call.IsCompleted);

        _clock.Advance(Tick);
        await call.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.True(call.IsCompletedSuccessfully);
    }

    [Fact]
    public void A_scope_on_a_FakeTimeProvider_builds_its_backend_on_that_clock()
    {
        var scope = new FakeScope<FakeTimeProvider>(_clock);

        Assert.Same(_clock, scope.Clock);
        Assert.Same(_clock, scope.Backend.Clock);
    }
}
