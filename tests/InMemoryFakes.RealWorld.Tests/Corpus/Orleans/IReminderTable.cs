// Source: https://github.com/dotnet/orleans
// Commit: the Microsoft.Orleans.Reminders 10.4.2 package this project references (interface transcribed first at e558829b0b0f)
// Licence: MIT
// Path: src/Orleans.Reminders/SystemTargetInterfaces/IReminderTable.cs (ReminderTableData, ReminderEntry in the same file)
// Adapted (h-corpus3, session of 2026-12-04): the fake is now declared over the real Orleans.IReminderTable
//   ([InMemoryFake(typeof(IReminderTable))], Orleans' own GrainId, ReminderEntry and ReminderTableData), as a user who
//   meets the refusal does: docs/generator.md "Framework stores" has a rule for this interface, matched by its full name
//   (Conventions.FrameworkReminderTables, proven with a real silo in tests/InMemoryFakes.Framework.Tests/
//   ReminderTableTests.cs), and the look-alike copy this file held before (GrainId cut down to two strings, in the file's
//   own namespace) was refused on purpose (IMF0009: ReminderEntry has no key; the row table contract is in no signature).
//   The smoke script is the same walk on the real types, plus ReadRows(begin, end) over the whole ring, which the
//   look-alike's GrainId (no uniform hash) could not reach.
// Real store: src/Orleans.Reminders/ReminderService/InMemoryReminderTable.cs over GrainBasedReminderTable.cs
//   (ReminderTableGrain), ranges from src/Orleans.Core/Runtime/RingRange.cs (SingleRange.InRange): rows keyed by
//   (GrainId, ReminderName); UpsertRow(entry) gives the row a new ETag (Guid.NewGuid().ToString()), inserts or replaces
//   it, keeps StartAt and Period as given and returns that ETag (the caller's entry reaches the grain as a copy, so it is
//   not changed); ReadRow returns the row or null; ReadRows(grainId) returns the grain's rows (empty data when none);
//   ReadRows(begin, end) returns the rows whose GrainId.GetUniformHashCode() is in (begin, end] on the ring: above begin
//   and at most end, wrapping (above begin OR at most end) when begin >= end, so begin == end is every row;
//   RemoveRow(grainId, name, eTag) removes the row only when its ETag equals eTag and returns whether it did (false on a
//   mismatch or a missing row); TestOnlyClearTable removes every row. StartAsync/Init/StopAsync are default interface
//   members (InMemoryReminderTable.cs read again at 05417072 for the real types).
// Shapes: *=4,14; UpsertRow=13,19; RemoveRow=19
// First try (a75b0ce): incomplete: IMF0009 ReminderEntry (no key)
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;
using Orleans;
using Orleans.Runtime;

namespace Corpus.Orleans.IReminderTableCase;

[InMemoryFake(typeof(IReminderTable))]
public partial class ReminderTableFake;

public static class Smoke
{
    public static async Task RunAsync(IReminderTable table)
    {
        var grain = GrainId.Create("counter", "1");
        var entry = new ReminderEntry { GrainId = grain, ReminderName = "tick", Period = TimeSpan.FromMinutes(1) };
        var etag = await table.UpsertRow(entry);
        Check.True(!string.IsNullOrEmpty(etag), "UpsertRow returns the row's new ETag");
        var row = Check.NotNull(await table.ReadRow(grain, "tick"), "ReadRow finds the row by (grain, name)");
        Check.Equal(etag, row.ETag, "the stored row carries the ETag UpsertRow returned");
        Check.Equal(TimeSpan.FromMinutes(1), row.Period, "the stored row keeps the Period given");
        Check.Null(await table.ReadRow(grain, "other"), "ReadRow of another name is null");
        Check.Null(await table.ReadRow(GrainId.Create("counter", "2"), "tick"), "ReadRow of another grain is null");
        await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "tock", Period = TimeSpan.FromMinutes(2) });
        Check.Equal(2, (await table.ReadRows(grain)).Reminders.Count, "ReadRows(grainId) returns the grain's rows");
        Check.Equal(0, (await table.ReadRows(GrainId.Create("counter", "2"))).Reminders.Count, "ReadRows of a grain with no rows is empty");
        Check.Equal(2, (await table.ReadRows(7u, 7u)).Reminders.Count, "ReadRows(begin, end) with begin == end is the whole ring: every row");
        var etag2 = await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "tick", Period = TimeSpan.FromMinutes(5) });
        Check.True(etag2 != etag, "an upsert of the same row gives a new ETag");
        Check.Equal(2, (await table.ReadRows(grain)).Reminders.Count, "an upsert of the same (grain, name) replaces the row");
        Check.False(await table.RemoveRow(grain, "tick", etag!), "RemoveRow with an old ETag removes nothing");
        Check.True(await table.RemoveRow(grain, "tick", etag2!), "RemoveRow with the current ETag removes the row");
        Check.Null(await table.ReadRow(grain, "tick"), "the removed row is gone");
        Check.False(await table.RemoveRow(grain, "tick", etag2!), "RemoveRow of a missing row is false");
        await table.TestOnlyClearTable();
        Check.Equal(0, (await table.ReadRows(grain)).Reminders.Count, "TestOnlyClearTable removes every row");
    }
}
