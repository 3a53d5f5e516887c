using System;
using System.Linq;
using System.Threading;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

public sealed class Stamped
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public DateTime Created { get; set; }

    public DateTimeOffset? Updated { get; set; }
}

/// <summary>EntityModel.Stamps and RefusePresetKeys: the table stamps from its clock and refuses a preset key, store unchanged.</summary>
public class AuditStampAndPresetKeyTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 6, 0, 0, TimeSpan.Zero);

    private static EntityTable<int, Stamped> Table(ManualClock clock, bool updatedOnInsert = false, bool refusePresetKeys = false)
        => new(
            new TableOptions("stamped") { Clock = clock },
            new EntityModel<int, Stamped>(static e => e.Id)
            {
                WithKey = static (e, k) => { e.Id = k; return e; },
                GenerateKeys = true,
                RefusePresetKeys = refusePresetKeys,
                DeepCopy = static e => new Stamped { Id = e.Id, Name = e.Name, Created = e.Created, Updated = e.Updated },
                Stamps = new AuditStamps<Stamped>
                {
                    Created = static (e, t) => { e.Created = t.UtcDateTime; return e; },
                    KeepCreated = static (e, s) => { e.Created = s.Created; return e; },
                    Updated = static (e, t) => { e.Updated = t; return e; },
                    UpdatedOnInsert = updatedOnInsert,
                },
            });

    [Fact]
    public void Add_stamps_created_and_leaves_updated_unless_inserts_stamp_it()
    {
        var clock = new ManualClock(Start);
        var leave = Table(clock);
        var stamp = Table(clock, updatedOnInsert: true);

        var left = leave.Add(new Stamped { Name = "a" });
        var stamped = stamp.Add(new Stamped { Name = "a" });

        Assert.Equal(Start.UtcDateTime, left.Created);
        Assert.Null(left.Updated);
        Assert.Equal(Start, stamped.Updated);
        Assert.Equal(Start.UtcDateTime, leave.Get(left.Id).Created);
    }

    [Fact]
    public void Update_and_a_replacing_upsert_stamp_updated_and_keep_the_stored_created()
    {
        var clock = new ManualClock(Start);
        var table = Table(clock);
        var added = table.Add(new Stamped { Name = "a" });

        clock.Advance(TimeSpan.FromHours(1));
        table.Update(new Stamped { Id = added.Id, Name = "b", Created = DateTime.MinValue });
        clock.Advance(TimeSpan.FromHours(1));
        table.Upsert(new Stamped { Id = added.Id, Name = "c" });

        var stored = table.Get(added.Id);
        Assert.Equal(Start.UtcDateTime, stored.Created);
        Assert.Equal(Start.AddHours(2), stored.Updated);
    }

    /// <summary>A clock that moves one millisecond on every read, so two reads within one write would disagree.</summary>
    private sealed class MovesOnEveryRead(ManualClock clock) : TimeProvider
    {
        private readonly TimersNeverFire _timers = new(clock);

        public override DateTimeOffset GetUtcNow()
        {
            var now = clock.GetUtcNow();
            clock.Advance(TimeSpan.FromMilliseconds(1));
            return now;
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
            => _timers.CreateTimer(callback, state, dueTime, period);
    }

    [Fact]
    public void An_update_stamps_the_instant_its_entry_records_as_modified()
    {
        var clock = new ManualClock(Start);
        var table = new EntityTable<int, Stamped>(
            new TableOptions("stamped") { Clock = new MovesOnEveryRead(clock) },
            new EntityModel<int, Stamped>(static e => e.Id)
            {
                DeepCopy = static e => new Stamped { Id = e.Id, Name = e.Name, Created = e.Created, Updated = e.Updated },
                Stamps = new AuditStamps<Stamped> { Updated = static (e, t) => { e.Updated = t; return e; } },
            });
        table.Add(new Stamped { Id = 1, Name = "a" });

        table.Update(new Stamped { Id = 1, Name = "b" });

        var modified = Assert.Single(table.Inspect()).LastModified;
        Assert.Equal(modified, table.Get(1).Updated);
    }

    [Fact]
    public void Seed_stores_the_stamps_it_is_given()
    {
        var table = Table(new ManualClock(Start));
        var old = new DateTime(1999, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        table.Seed(new Stamped { Id = 3, Created = old });

        Assert.Equal(old, table.Get(3).Created);
        Assert.Null(table.Get(3).Updated);
    }

    [Fact]
    public void A_refused_preset_key_throws_InvalidOperationException_and_changes_nothing_in_a_range_either()
    {
        var table = Table(new ManualClock(Start), refusePresetKeys: true);
        table.Add(new Stamped { Name = "first" });
        var before = table.Values().Select(static e => (e.Id, e.Name, e.Created)).ToList();

        var single = Assert.Throws<InvalidOperationException>(() => table.Add(new Stamped { Id = 7 }));
        Assert.Throws<InvalidOperationException>(() => table.AddRange(new[] { new Stamped { Name = "new" }, new Stamped { Id = 8 } }));

        Assert.Contains("(7)", single.Message, StringComparison.Ordinal);
        Assert.Equal(before, table.Values().Select(static e => (e.Id, e.Name, e.Created)).ToList());
        Assert.Equal(2, table.Add(new Stamped()).Id);
    }
}
