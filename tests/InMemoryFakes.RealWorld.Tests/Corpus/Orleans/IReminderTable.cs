// Source: https://github.com/dotnet/orleans
// Commit: e558829b0b0f
// Licence: MIT
// Path: src/Orleans.Reminders/SystemTargetInterfaces/IReminderTable.cs (ReminderTableData, ReminderEntry in the same file)
// Adapted: GrainId is a record struct of (Type, Key) instead of Orleans' GrainType/IdSpan struct; ReadRows(begin, end)
//   selects by the grain id's uniform hash in Orleans, which the cut-down GrainId has not got (the smoke script does not call it).
// Real store: src/Orleans.Reminders/ReminderService/InMemoryReminderTable.cs over GrainBasedReminderTable.cs
//   (ReminderTableGrain), ranges from src/Orleans.Core/Runtime/RingRange.cs (SingleRange.InRange): rows keyed by
//   (GrainId, ReminderName); UpsertRow(entry) gives the row a new ETag (Guid.NewGuid().ToString()), inserts or replaces
//   it, keeps StartAt and Period as given and returns that ETag (the caller's entry reaches the grain as a copy, so it is
//   not changed); ReadRow returns the row or null; ReadRows(grainId) returns the grain's rows (empty data when none);
//   ReadRows(begin, end) returns the rows whose GrainId.GetUniformHashCode() is in (begin, end] on the ring: above begin
//   and at most end, wrapping (above begin OR at most end) when begin >= end, so begin == end is every row;
//   RemoveRow(grainId, name, eTag) removes the row only when its ETag equals eTag and returns whether it did (false on a
//   mismatch or a missing row); TestOnlyClearTable removes every row. StartAsync/Init/StopAsync are default interface
//   members. Orleans.IReminderTable itself is a complete fake by these rules (Conventions.FrameworkReminderTables,
//   proven with a real silo in tests/InMemoryFakes.Framework.Tests/ReminderTableTests.cs); this look-alike in its own
//   namespace keeps the general rules.
// Shapes: *=4,14; UpsertRow=13,19; RemoveRow=19
// First try (a75b0ce): incomplete: IMF0009 ReminderEntry (no key)
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Orleans.IReminderTableCase;

public readonly record struct GrainId(string Type, string Key);

[InMemoryFake]
public interface IReminderTable
{
    Task StartAsync(CancellationToken cancellationToken = default)
#pragma warning disable CS0618 // Type or member is obsolete
        => Init();
#pragma warning restore CS0618 // Type or member is obsolete

    [Obsolete("Implement and use StartAsync instead")]
    Task Init() => Task.CompletedTask;

    Task<ReminderTableData> ReadRows(GrainId grainId);

    Task<ReminderTableData> ReadRows(uint begin, uint end);

    Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName);

    Task<string?> UpsertRow(ReminderEntry entry);

    Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag);

    Task TestOnlyClearTable();

    Task StopAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}

public sealed class ReminderTableData
{
    public ReminderTableData(IEnumerable<ReminderEntry> list)
    {
        Reminders = new List<ReminderEntry>(list);
    }

    public ReminderTableData(ReminderEntry entry)
    {
        Reminders = new[] { entry };
    }

    public ReminderTableData()
    {
        Reminders = Array.Empty<ReminderEntry>();
    }

    public IList<ReminderEntry> Reminders { get; private set; }
}

public sealed class ReminderEntry
{
    public GrainId GrainId { get; set; }

    public string ReminderName { get; set; } = null!;

    public DateTime StartAt { get; set; }

    public TimeSpan Period { get; set; }

    public string? ETag { get; set; }
}

public static class Smoke
{
    public static async Task RunAsync(IReminderTable table)
    {
        var grain = new GrainId("counter", "1");
        var entry = new ReminderEntry { GrainId = grain, ReminderName = "tick", Period = TimeSpan.FromMinutes(1) };
        var etag = await table.UpsertRow(entry);
        Check.True(!string.IsNullOrEmpty(etag), "UpsertRow returns the row's new ETag");
        var row = Check.NotNull(await table.ReadRow(grain, "tick"), "ReadRow finds the row by (grain, name)");
        Check.Equal(etag, row.ETag, "the stored row carries the ETag UpsertRow returned");
        Check.Null(await table.ReadRow(grain, "other"), "ReadRow of another name is null");
        await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "tock", Period = TimeSpan.FromMinutes(2) });
        Check.Equal(2, (await table.ReadRows(grain)).Reminders.Count, "ReadRows(grainId) returns the grain's rows");
        var etag2 = await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "tick", Period = TimeSpan.FromMinutes(5) });
        Check.True(etag2 != etag, "an upsert of the same row gives a new ETag");
        Check.False(await table.RemoveRow(grain, "tick", etag!), "RemoveRow with an old ETag removes nothing");
        Check.True(await table.RemoveRow(grain, "tick", etag2!), "RemoveRow with the current ETag removes the row");
        Check.Null(await table.ReadRow(grain, "tick"), "the removed row is gone");
        await table.TestOnlyClearTable();
        Check.Equal(0, (await table.ReadRows(grain)).Reminders.Count, "TestOnlyClearTable removes every row");
    }
}
