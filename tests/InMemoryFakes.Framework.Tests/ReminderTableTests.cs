using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.TestingHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>A grain that keeps reminders through the silo's reminder service (none fires in these tests: each is due in an hour).</summary>
public interface IReminderOwnerGrain : IGrainWithStringKey
{
    /// <summary>Registers (or updates) the reminder, due in an hour, every <paramref name="periodMinutes"/> minutes.</summary>
    Task RegisterAsync(string name, int periodMinutes);

    /// <summary>Whether the reminder service finds the reminder (GetReminder).</summary>
    Task<bool> HasAsync(string name);

    /// <summary>The names of the grain's reminders (GetReminders).</summary>
    Task<List<string>> NamesAsync();

    /// <summary>Reads the reminder and unregisters it.</summary>
    Task UnregisterAsync(string name);

    /// <summary>Reads the reminder (with its ETag) and keeps it for <see cref="UnregisterHeldAsync"/>.</summary>
    Task HoldAsync(string name);

    /// <summary>Unregisters the reminder <see cref="HoldAsync"/> read, with the ETag it had then.</summary>
    Task UnregisterHeldAsync();
}

/// <summary>The reminder owner grain: every call goes through Orleans' reminder registry and LocalReminderService to the table.</summary>
public sealed class ReminderOwnerGrain : Grain, IReminderOwnerGrain, IRemindable
{
    private IGrainReminder? _held;

    /// <inheritdoc />
    public Task RegisterAsync(string name, int periodMinutes) => this.RegisterOrUpdateReminder(name, TimeSpan.FromHours(1), TimeSpan.FromMinutes(periodMinutes));

    /// <inheritdoc />
    public async Task<bool> HasAsync(string name) => await this.GetReminder(name) is not null;

    /// <inheritdoc />
    public async Task<List<string>> NamesAsync() => (await this.GetReminders()).Select(static r => r.ReminderName).OrderBy(static n => n, StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public async Task UnregisterAsync(string name)
    {
        var reminder = await this.GetReminder(name) ?? throw new InvalidOperationException("no reminder " + name);
        await this.UnregisterReminder(reminder);
    }

    /// <inheritdoc />
    public async Task HoldAsync(string name) => _held = await this.GetReminder(name) ?? throw new InvalidOperationException("no reminder " + name);

    /// <inheritdoc />
    public Task UnregisterHeldAsync() => this.UnregisterReminder(_held ?? throw new InvalidOperationException("nothing held"));

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}

/// <summary>
/// Orleans' <see cref="IReminderTable"/> faked with nothing written by hand: as the reminder table of a real silo (the
/// in-process test cluster, on loopback, stopped by each test) behind a grain's reminders, and called directly against
/// the rules of Orleans' in-memory table (ReminderTableGrain) and its ring ranges (SingleRange.InRange).
/// </summary>
public sealed class ReminderTableTests
{
    [Fact]
    public async Task A_grains_reminders_are_registered_read_updated_and_unregistered_through_the_fake()
    {
        var fake = new ReminderTableFake();
        IReminderTable table = fake;
        await using var cluster = await StartAsync(fake);
        var grain = cluster.Client.GetGrain<IReminderOwnerGrain>("owner");
        var id = grain.GetGrainId();

        await grain.RegisterAsync("tick", 5);
        var first = Assert.Single((await table.ReadRows(id, TestContext.Current.CancellationToken)).Reminders);
        Assert.Equal("tick", first.ReminderName);
        Assert.Equal(id, first.GrainId);
        Assert.Equal(TimeSpan.FromMinutes(5), first.Period);
        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.True(await grain.HasAsync("tick"));
        Assert.False(await grain.HasAsync("tock"));

        await grain.RegisterAsync("tick", 7);
        var updated = Assert.Single((await table.ReadRows(id, TestContext.Current.CancellationToken)).Reminders);
        Assert.Equal(TimeSpan.FromMinutes(7), updated.Period);
        Assert.NotEqual(first.ETag, updated.ETag);

        await grain.RegisterAsync("tock", 3);
        Assert.Equal(["tick", "tock"], await grain.NamesAsync());
        Assert.Equal(2, (await table.ReadRows(id, TestContext.Current.CancellationToken)).Reminders.Count);

        await grain.UnregisterAsync("tick");
        Assert.Null(await table.ReadRow(id, "tick", TestContext.Current.CancellationToken));
        Assert.False(await grain.HasAsync("tick"));
        Assert.Equal(["tock"], await grain.NamesAsync());
        Assert.Empty((await table.ReadRows(cluster.Client.GetGrain<IReminderOwnerGrain>("other").GetGrainId(), TestContext.Current.CancellationToken)).Reminders);
    }

    [Fact]
    public async Task Unregistering_with_a_stale_ETag_fails_as_Orleans_reports_it()
    {
        var fake = new ReminderTableFake();
        IReminderTable table = fake;
        await using var cluster = await StartAsync(fake);
        var grain = cluster.Client.GetGrain<IReminderOwnerGrain>("owner");
        await grain.RegisterAsync("tick", 5);
        var row = Assert.Single((await table.ReadRows(grain.GetGrainId(), TestContext.Current.CancellationToken)).Reminders);

        // The grain reads its reminder (with this ETag), then another writer replaces the row before it unregisters.
        await grain.HoldAsync("tick");
        await table.UpsertRow(new ReminderEntry { GrainId = row.GrainId, ReminderName = "tick", StartAt = row.StartAt, Period = TimeSpan.FromMinutes(9) }, TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<ReminderException>(grain.UnregisterHeldAsync);

        var kept = Assert.Single((await table.ReadRows(grain.GetGrainId(), TestContext.Current.CancellationToken)).Reminders);
        Assert.Equal(TimeSpan.FromMinutes(9), kept.Period);
    }

    [Fact]
    public async Task Upsert_gives_each_write_a_new_ETag_keeps_the_values_and_never_shares_a_row()
    {
        IReminderTable table = new ReminderTableFake();
        var id = GrainId.Create("owner", "1");
        var startAt = new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var entry = new ReminderEntry { GrainId = id, ReminderName = "tick", StartAt = startAt, Period = TimeSpan.FromMinutes(2) };

        var firstTag = await table.UpsertRow(entry, TestContext.Current.CancellationToken);
        Assert.False(string.IsNullOrEmpty(firstTag));
        Assert.Null(entry.ETag);

        var read = await table.ReadRow(id, "tick", TestContext.Current.CancellationToken);
        Assert.NotNull(read);
        Assert.NotSame(entry, read);
        Assert.Equal((id, "tick", startAt, TimeSpan.FromMinutes(2), firstTag), (read.GrainId, read.ReminderName, read.StartAt, read.Period, read.ETag));

        entry.Period = TimeSpan.FromMinutes(30);
        read.Period = TimeSpan.FromMinutes(40);
        read.ETag = "changed by the caller";
        var again = await table.ReadRow(id, "tick", TestContext.Current.CancellationToken);
        Assert.Equal((TimeSpan.FromMinutes(2), firstTag), (again!.Period, again.ETag));

        var secondTag = await table.UpsertRow(entry, TestContext.Current.CancellationToken);
        Assert.NotEqual(firstTag, secondTag);
        var replaced = Assert.Single((await table.ReadRows(id, TestContext.Current.CancellationToken)).Reminders);
        Assert.Equal((TimeSpan.FromMinutes(30), secondTag), (replaced.Period, replaced.ETag));
    }

    [Fact]
    public async Task RemoveRow_removes_only_on_the_current_ETag_and_is_false_for_a_missing_row()
    {
        IReminderTable table = new ReminderTableFake();
        var id = GrainId.Create("owner", "1");
        var oldTag = await table.UpsertRow(new ReminderEntry { GrainId = id, ReminderName = "tick", Period = TimeSpan.FromMinutes(1) }, TestContext.Current.CancellationToken);
        var currentTag = await table.UpsertRow(new ReminderEntry { GrainId = id, ReminderName = "tick", Period = TimeSpan.FromMinutes(2) }, TestContext.Current.CancellationToken);

        Assert.False(await table.RemoveRow(id, "tick", oldTag!, TestContext.Current.CancellationToken));
        Assert.NotNull(await table.ReadRow(id, "tick", TestContext.Current.CancellationToken));
        Assert.False(await table.RemoveRow(id, "tock", currentTag!, TestContext.Current.CancellationToken));
        Assert.False(await table.RemoveRow(GrainId.Create("owner", "2"), "tick", currentTag!, TestContext.Current.CancellationToken));

        Assert.True(await table.RemoveRow(id, "tick", currentTag!, TestContext.Current.CancellationToken));
        Assert.Null(await table.ReadRow(id, "tick", TestContext.Current.CancellationToken));
        Assert.False(await table.RemoveRow(id, "tick", currentTag!, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Rows_are_kept_per_grain_and_name_and_missing_ones_read_as_null_or_empty()
    {
        IReminderTable table = new ReminderTableFake();
        var one = GrainId.Create("owner", "1");
        var two = GrainId.Create("owner", "2");
        await table.UpsertRow(new ReminderEntry { GrainId = one, ReminderName = "tick", Period = TimeSpan.FromMinutes(1) }, TestContext.Current.CancellationToken);
        await table.UpsertRow(new ReminderEntry { GrainId = one, ReminderName = "tock", Period = TimeSpan.FromMinutes(1) }, TestContext.Current.CancellationToken);
        await table.UpsertRow(new ReminderEntry { GrainId = two, ReminderName = "tick", Period = TimeSpan.FromMinutes(1) }, TestContext.Current.CancellationToken);

        Assert.Equal(["tick", "tock"], (await table.ReadRows(one, TestContext.Current.CancellationToken)).Reminders.Select(static r => r.ReminderName).Order(StringComparer.Ordinal));
        Assert.Single((await table.ReadRows(two, TestContext.Current.CancellationToken)).Reminders);
        Assert.Empty((await table.ReadRows(GrainId.Create("owner", "3"), TestContext.Current.CancellationToken)).Reminders);
        Assert.Null(await table.ReadRow(two, "tock", TestContext.Current.CancellationToken));

        await table.TestOnlyClearTable(TestContext.Current.CancellationToken);
        Assert.Empty((await table.ReadRows(one, TestContext.Current.CancellationToken)).Reminders);
        Assert.Empty((await table.ReadRows(0, 0, TestContext.Current.CancellationToken)).Reminders);
    }

    [Fact]
    public async Task Range_reads_take_hashes_in_begin_exclusive_end_inclusive_and_wrap_around_the_ring()
    {
        IReminderTable table = new ReminderTableFake();

        // Three grains whose uniform hashes differ, in hash order (low, middle, high).
        var grains = Enumerable.Range(0, 64).Select(static i => GrainId.Create("owner", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .DistinctBy(static g => g.GetUniformHashCode()).OrderBy(static g => g.GetUniformHashCode()).ToArray();
        var (low, middle, high) = (grains[0], grains[grains.Length / 2], grains[^1]);
        foreach (var grain in new[] { low, middle, high })
        {
            await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "tick", Period = TimeSpan.FromMinutes(1) }, TestContext.Current.CancellationToken);
        }

        async Task<GrainId[]> Range(uint begin, uint end)
            => (await table.ReadRows(begin, end, TestContext.Current.CancellationToken)).Reminders.Select(static r => r.GrainId).OrderBy(static g => g.GetUniformHashCode()).ToArray();

        var (l, m, h) = (low.GetUniformHashCode(), middle.GetUniformHashCode(), high.GetUniformHashCode());
        Assert.Equal([middle], await Range(l, m));
        Assert.Equal([middle, high], await Range(l, h));
        Assert.Equal([low, middle], await Range(l - 1, m));
        Assert.Equal([low, high], await Range(m, l));
        Assert.Equal([low], await Range(h, l));
        Assert.Equal([low, middle, high], await Range(m, m));
        Assert.Equal([low, middle, high], await Range(0, 0));
        Assert.Empty(await Range(h, uint.MaxValue));
    }

    private static async Task<InProcessTestCluster> StartAsync(ReminderTableFake table)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddReminders();
            silo.Services.AddSingleton<IReminderTable>(table);
        });
        var cluster = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await cluster.DeployAsync().WaitAsync(timeout.Token);
        return cluster;
    }
}
