using System;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

public sealed class DatedDoc
{
    public int Id { get; set; }

    public string Body { get; set; } = "";

    [ConcurrencyCheck]
    public DateTime ChangedAt { get; set; }
}

[InMemoryFake]
public interface IDatedDocs
{
    DatedDoc Add(DatedDoc doc);

    bool Update(DatedDoc doc);

    void Upsert(DatedDoc doc);

    DatedDoc Get(int id);
}

/// <summary>
/// A <see cref="DateTime"/> concurrency token is bumped to the fake's clock, the instant the write records as the entry's
/// modified time (it read the system clock before, whatever the fake's clock): on a <see cref="ManualClock"/> the token
/// is manual time, and a second write at the same instant moves it one tick on, so it still changes on every write.
/// </summary>
public sealed class DateTimeTokenClockTests
{
    private static readonly DateTimeOffset Start = new(2030, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Fact]
    public void Update_sets_the_token_to_the_fake_clock_and_the_entry_modified_instant()
    {
        var clock = new ManualClock(Start);
        IDatedDocs docs = new InMemoryDatedDocs(clock);
        var added = docs.Add(new DatedDoc { Body = "v1" });
        var first = added.ChangedAt;
        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.True(docs.Update(new DatedDoc { Id = added.Id, Body = "v2", ChangedAt = first }));

        var stored = docs.Get(added.Id);
        Assert.Equal("v2", stored.Body);
        Assert.Equal(Start.AddMinutes(5).UtcDateTime, stored.ChangedAt);
        Assert.Equal(DateTimeKind.Utc, stored.ChangedAt.Kind);
        var entry = Fakes.Of(docs).Entries.Single();
        Assert.Equal(entry.LastModified.UtcDateTime, stored.ChangedAt);

        // The token moved: the stale one is refused and nothing changes.
        Assert.Throws<ConcurrencyConflictException>(() => docs.Update(new DatedDoc { Id = added.Id, Body = "stale", ChangedAt = first }));
        Assert.Equal("v2", docs.Get(added.Id).Body);
    }

    [Fact]
    public void A_second_update_at_the_same_instant_moves_the_token_one_tick()
    {
        var clock = new ManualClock(Start);
        IDatedDocs docs = new InMemoryDatedDocs(clock);
        var added = docs.Add(new DatedDoc { Body = "v1" });
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(docs.Update(new DatedDoc { Id = added.Id, Body = "v2", ChangedAt = added.ChangedAt }));
        var second = docs.Get(added.Id).ChangedAt;

        Assert.True(docs.Update(new DatedDoc { Id = added.Id, Body = "v3", ChangedAt = second }));

        var third = docs.Get(added.Id).ChangedAt;
        Assert.Equal(second.AddTicks(1), third);
        Assert.Equal("v3", docs.Get(added.Id).Body);
    }

    [Fact]
    public void Upsert_of_an_existing_entity_stamps_the_write_instant()
    {
        var clock = new ManualClock(Start);
        IDatedDocs docs = new InMemoryDatedDocs(clock);
        var added = docs.Add(new DatedDoc { Body = "v1" });
        clock.Advance(TimeSpan.FromHours(2));

        docs.Upsert(new DatedDoc { Id = added.Id, Body = "v2", ChangedAt = added.ChangedAt });

        var stored = docs.Get(added.Id);
        Assert.Equal(Start.AddHours(2).UtcDateTime, stored.ChangedAt);
        Assert.Equal(Fakes.Of(docs).Entries.Single().LastModified.UtcDateTime, stored.ChangedAt);
        Assert.Throws<ConcurrencyConflictException>(() => docs.Upsert(new DatedDoc { Id = added.Id, Body = "stale", ChangedAt = added.ChangedAt }));
        Assert.Equal("v2", docs.Get(added.Id).Body);
    }

    [Fact]
    public void The_token_never_moves_back_when_the_stored_one_is_later_than_the_clock()
    {
        var clock = new ManualClock(Start);
        IDatedDocs docs = new InMemoryDatedDocs(clock);
        var later = Start.AddYears(1).UtcDateTime;
        var added = docs.Add(new DatedDoc { Body = "v1", ChangedAt = later });

        Assert.True(docs.Update(new DatedDoc { Id = added.Id, Body = "v2", ChangedAt = later }));

        Assert.Equal(later.AddTicks(1), docs.Get(added.Id).ChangedAt);
    }
}
