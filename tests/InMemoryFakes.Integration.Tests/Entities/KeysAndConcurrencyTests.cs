using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

public sealed class Ticket
{
    public long Id { get; set; }

    public string Title { get; set; } = "";
}

public sealed class Device
{
    public Guid Id { get; set; }

    public string Serial { get; set; } = "";
}

public sealed record Note(int Id, string Text);

public sealed class Seat
{
    [Key]
    public string Hall { get; set; } = "";

    [Key]
    public int Number { get; set; }

    public string? Holder { get; set; }
}

public sealed class VersionedDoc
{
    public int Id { get; set; }

    public string Body { get; set; } = "";

    public int Version { get; set; }
}

public sealed class StampedDoc
{
    public int Id { get; set; }

    public string Body { get; set; } = "";

    [Timestamp]
    public byte[] Stamp { get; set; } = [];
}

public sealed class TaggedDoc
{
    public int Id { get; set; }

    public string Body { get; set; } = "";

    public string? ETag { get; set; }
}

public sealed record RevisedDoc(int Id, string Body)
{
    [ConcurrencyCheck]
    public long Revision { get; init; }
}

[InMemoryFake]
public interface ITickets
{
    Ticket Add(Ticket ticket);

    Ticket? Find(long id);

    IReadOnlyList<Ticket> GetAll();
}

[InMemoryFake]
public interface IDevices
{
    Device Add(Device device);

    Guid AddDevice(Device device);

    IReadOnlyList<Device> FindBySerialStartingWith(string prefix);
}

[InMemoryFake]
public interface INotes
{
    Note Add(Note note);

    Note? Get(int id);
}

[InMemoryFake]
public interface ISeats
{
    void Add(Seat seat);

    Seat? Get(string hall, int number);

    Seat Get((string Hall, int Number) key);

    bool Delete(string hall, int number);

    IReadOnlyList<Seat> FindByHallOrderByNumberDesc(string hall);
}

[InMemoryFake]
public interface IVersionedDocs
{
    VersionedDoc Add(VersionedDoc doc);

    VersionedDoc Update(VersionedDoc doc);

    VersionedDoc Save(VersionedDoc doc);

    bool Delete(VersionedDoc doc);

    VersionedDoc Get(int id);
}

[InMemoryFake(MissingDelete = MissingDelete.Ignore)]
public interface IStampedDocs
{
    StampedDoc Add(StampedDoc doc);

    StampedDoc Update(StampedDoc doc);

    void Remove(StampedDoc doc);

    StampedDoc? Find(int id);
}

[InMemoryFake]
public interface ITaggedDocs
{
    TaggedDoc Add(TaggedDoc doc);

    bool Update(TaggedDoc doc);

    TaggedDoc Get(int id);
}

[InMemoryFake]
public interface IRevisedDocs
{
    RevisedDoc Add(RevisedDoc doc);

    RevisedDoc Update(RevisedDoc doc);

    RevisedDoc Get(int id);
}

/// <summary>Generated keys and optimistic concurrency, on real generated fakes.</summary>
public class KeysAndConcurrencyTests
{
    [Fact]
    public void Long_keys_left_at_zero_are_generated_explicit_keys_move_the_sequence_and_reset_restarts_it()
    {
        ITickets tickets = new InMemoryTickets();
        Assert.Equal(1L, tickets.Add(new Ticket { Title = "a" }).Id);
        Assert.Equal(10L, tickets.Add(new Ticket { Id = 10, Title = "b" }).Id);
        Assert.Equal(11L, tickets.Add(new Ticket { Title = "c" }).Id);

        var snapshot = Fakes.Of(tickets).Snapshot();
        Assert.Equal(12L, tickets.Add(new Ticket { Title = "d" }).Id);
        Fakes.Of(tickets).Restore(snapshot);
        Assert.Equal(12L, tickets.Add(new Ticket { Title = "d again" }).Id);

        Fakes.Of(tickets).Reset();
        Assert.Empty(tickets.GetAll());
        Assert.Equal(1L, tickets.Add(new Ticket { Title = "after reset" }).Id);
    }

    [Fact]
    public void Guid_keys_left_empty_get_new_guids_and_a_key_result_returns_the_generated_key()
    {
        IDevices devices = new InMemoryDevices();
        var a = devices.Add(new Device { Serial = "s-1" }).Id;
        var b = devices.AddDevice(new Device { Serial = "s-2" });

        Assert.NotEqual(Guid.Empty, a);
        Assert.NotEqual(Guid.Empty, b);
        Assert.NotEqual(a, b);
        Assert.Equal(new[] { a, b }, devices.FindBySerialStartingWith("s-").Select(static d => d.Id));
    }

    [Fact]
    public void A_record_key_is_generated_with_with()
    {
        INotes notes = new InMemoryNotes();
        var first = notes.Add(new Note(0, "one"));
        var second = notes.Add(new Note(0, "two"));

        Assert.Equal(new Note(1, "one"), first);
        Assert.Equal(new Note(2, "two"), notes.Get(2));
        Assert.Equal(2, second.Id);
    }

    [Fact]
    public void A_composite_key_from_several_Key_properties_identifies_entities_and_refuses_duplicates()
    {
        ISeats seats = new InMemorySeats();
        seats.Add(new Seat { Hall = "A", Number = 1, Holder = "ann" });
        seats.Add(new Seat { Hall = "A", Number = 2 });
        seats.Add(new Seat { Hall = "B", Number = 1 });

        Assert.Equal("ann", seats.Get("A", 1)!.Holder);
        Assert.Null(seats.Get("C", 1));
        Assert.Equal(2, seats.Get(("A", 2)).Number);
        var duplicate = Assert.Throws<DuplicateKeyException>(() => seats.Add(new Seat { Hall = "A", Number = 1 }));
        Assert.Equal(("A", 1), duplicate.Key);
        Assert.Equal(new[] { 2, 1 }, seats.FindByHallOrderByNumberDesc("A").Select(static s => s.Number));
        Assert.True(seats.Delete("A", 1));
        Assert.False(seats.Delete("A", 1));
    }

    [Fact]
    public void A_Version_property_is_checked_on_update_and_delete_and_bumped_on_success()
    {
        IVersionedDocs docs = new InMemoryVersionedDocs();
        var added = docs.Add(new VersionedDoc { Body = "v1" });
        Assert.Equal(0, added.Version);

        var updated = docs.Update(new VersionedDoc { Id = added.Id, Body = "v2", Version = 0 });
        Assert.Equal(1, updated.Version);
        Assert.Equal(1, docs.Get(added.Id).Version);

        var stale = new VersionedDoc { Id = added.Id, Body = "stale", Version = 0 };
        var conflict = Assert.Throws<ConcurrencyConflictException>(() => docs.Update(stale));
        Assert.Contains("expected version '0'", conflict.Message, StringComparison.Ordinal);
        Assert.Throws<ConcurrencyConflictException>(() => docs.Save(stale));
        Assert.Throws<ConcurrencyConflictException>(() => docs.Delete(stale));
        Assert.Equal("v2", docs.Get(added.Id).Body);
        Assert.Equal(1, docs.Get(added.Id).Version);

        var saved = docs.Save(new VersionedDoc { Id = added.Id, Body = "v3", Version = 1 });
        Assert.Equal(2, saved.Version);
        Assert.True(docs.Delete(new VersionedDoc { Id = added.Id, Version = 2 }));
        Assert.Throws<NotFoundException>(() => docs.Get(added.Id));
    }

    [Fact]
    public void A_Timestamp_row_version_counts_up_and_a_stale_one_conflicts()
    {
        IStampedDocs docs = new InMemoryStampedDocs();
        var added = docs.Add(new StampedDoc { Body = "v1" });
        var updated = docs.Update(new StampedDoc { Id = added.Id, Body = "v2", Stamp = added.Stamp });

        // A row version is written on insert too (the database's, EF Core's ValueGeneratedOnAddOrUpdate), then counts up.
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0, 1 }, added.Stamp);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0, 2 }, updated.Stamp);
        Assert.Throws<ConcurrencyConflictException>(() => docs.Update(new StampedDoc { Id = added.Id, Body = "stale", Stamp = added.Stamp }));
        Assert.Throws<ConcurrencyConflictException>(() => docs.Remove(new StampedDoc { Id = added.Id, Stamp = added.Stamp }));
        Assert.Equal("v2", docs.Find(added.Id)!.Body);

        docs.Remove(new StampedDoc { Id = added.Id, Stamp = updated.Stamp });
        Assert.Null(docs.Find(added.Id));
    }

    [Fact]
    public void An_ETag_string_is_replaced_on_update_and_a_stale_one_conflicts()
    {
        ITaggedDocs docs = new InMemoryTaggedDocs();
        var added = docs.Add(new TaggedDoc { Body = "v1", ETag = "start" });
        Assert.True(docs.Update(new TaggedDoc { Id = added.Id, Body = "v2", ETag = "start" }));
        var etag = docs.Get(added.Id).ETag;
        Assert.NotEqual("start", etag);

        Assert.Throws<ConcurrencyConflictException>(() => docs.Update(new TaggedDoc { Id = added.Id, Body = "stale", ETag = "start" }));
        Assert.False(docs.Update(new TaggedDoc { Id = 99, Body = "missing" }));
        Assert.Equal("v2", docs.Get(added.Id).Body);
        Assert.Equal(etag, docs.Get(added.Id).ETag);
    }

    [Fact]
    public void A_ConcurrencyCheck_on_an_init_property_of_a_record_is_bumped_with_with()
    {
        IRevisedDocs docs = new InMemoryRevisedDocs();
        var added = docs.Add(new RevisedDoc(0, "v1"));
        var updated = docs.Update(added with { Body = "v2" });

        Assert.Equal(1L, updated.Revision);
        Assert.Throws<ConcurrencyConflictException>(() => docs.Update(added with { Body = "stale" }));
        Assert.Equal(updated, docs.Get(added.Id));
    }
}
