using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Copies;

// A DDD aggregate as such code is written: private state, changed only through domain methods, children in a private
// read-only list exposed read-only, an identity from a base class. The generated copy reaches all of it through
// [UnsafeAccessor] (no reflection), so a copy is the whole aggregate and never shares a child with the store.

public abstract class AggregateRoot
{
    private readonly List<string> _events = new();

    public int Id { get; protected set; }

    public IReadOnlyList<string> Events => _events;

    protected void Raise(string domainEvent) => _events.Add(domainEvent);
}

public sealed class Attendee
{
    public Attendee(string email, string name)
    {
        Email = email;
        Name = name;
    }

    public string Email { get; }

    public string Name { get; private set; }

    public void Rename(string name) => Name = name;
}

public sealed class Meeting : AggregateRoot
{
    private readonly List<Attendee> _attendees = new();
    private readonly ReadOnlyCollection<Attendee> _attendeesView;
    private int _capacity;

    public Meeting(int id, string title, int capacity)
    {
        Id = id;
        Title = title;
        _capacity = capacity;
        _attendeesView = _attendees.AsReadOnly();
    }

    public string Title { get; private set; }

    public int Capacity => _capacity;

    /// <summary>The attendees, read-only: the list is changed only by <see cref="Invite"/>.</summary>
    public IReadOnlyCollection<Attendee> Attendees => _attendeesView;

    public void Rename(string title)
    {
        Title = title;
        Raise("renamed");
    }

    public void Enlarge(int by) => _capacity += by;

    public void Invite(Attendee attendee)
    {
        if (_attendees.Count >= _capacity)
        {
            throw new InvalidOperationException("The meeting is full.");
        }

        _attendees.Add(attendee);
        Raise("invited " + attendee.Email);
    }
}

[InMemoryFake]
public interface IMeetingRepository
{
    Meeting Add(Meeting meeting);

    Meeting? Find(int id);

    void Update(Meeting meeting);

    void Upsert(Meeting meeting);
}

public class AggregateCopyTests
{
    private static Meeting Stored(IMeetingRepository meetings)
    {
        var meeting = new Meeting(1, "Planning", capacity: 3);
        meeting.Invite(new Attendee("ann@x", "Ann"));
        meetings.Add(meeting);
        return meeting;
    }

    [Fact]
    public void A_scalar_change_made_through_a_domain_method_on_a_loaded_copy_survives_Update()
    {
        IMeetingRepository meetings = new InMemoryMeetingRepository();
        Stored(meetings);

        var loaded = meetings.Find(1)!;
        loaded.Rename("Retro");
        loaded.Enlarge(2);
        meetings.Update(loaded);

        var again = meetings.Find(1)!;
        Assert.Equal("Retro", again.Title);
        Assert.Equal(5, again.Capacity);
        Assert.Equal(["invited ann@x", "renamed"], again.Events);
    }

    [Fact]
    public void A_scalar_change_made_through_a_domain_method_on_a_loaded_copy_survives_Upsert()
    {
        IMeetingRepository meetings = new InMemoryMeetingRepository();
        Stored(meetings);

        var loaded = meetings.Find(1)!;
        loaded.Rename("Retro");
        meetings.Upsert(loaded);

        Assert.Equal("Retro", meetings.Find(1)!.Title);
    }

    [Fact]
    public void A_child_added_to_a_loaded_copy_does_not_leak_into_the_store_without_an_Update()
    {
        IMeetingRepository meetings = new InMemoryMeetingRepository();
        Stored(meetings);

        var loaded = meetings.Find(1)!;
        loaded.Invite(new Attendee("bob@x", "Bob"));
        loaded.Attendees.First().Rename("Changed");

        var again = meetings.Find(1)!;
        Assert.Equal(["ann@x"], again.Attendees.Select(static a => a.Email));
        Assert.Equal("Ann", again.Attendees.Single().Name);
        Assert.Equal(["invited ann@x"], again.Events);
    }

    [Fact]
    public void A_child_added_to_a_loaded_copy_is_stored_by_Update_and_Upsert()
    {
        IMeetingRepository meetings = new InMemoryMeetingRepository();
        Stored(meetings);

        var loaded = meetings.Find(1)!;
        loaded.Invite(new Attendee("bob@x", "Bob"));
        meetings.Update(loaded);
        Assert.Equal(["ann@x", "bob@x"], meetings.Find(1)!.Attendees.Select(static a => a.Email));

        loaded = meetings.Find(1)!;
        loaded.Invite(new Attendee("cy@x", "Cy"));
        meetings.Upsert(loaded);
        Assert.Equal(["ann@x", "bob@x", "cy@x"], meetings.Find(1)!.Attendees.Select(static a => a.Email));
    }

    [Fact]
    public void Changing_the_aggregate_after_Add_does_not_change_the_store()
    {
        IMeetingRepository meetings = new InMemoryMeetingRepository();
        var original = Stored(meetings);

        original.Rename("Changed");
        original.Invite(new Attendee("bob@x", "Bob"));

        var stored = meetings.Find(1)!;
        Assert.Equal("Planning", stored.Title);
        Assert.Single(stored.Attendees);
    }

    [Fact]
    public void The_read_only_view_of_a_copy_shows_the_copy_own_private_list()
    {
        IMeetingRepository meetings = new InMemoryMeetingRepository();
        Stored(meetings);

        // The private list and the read-only view over it are one list in the copy too: the view is not a stale snapshot.
        var loaded = meetings.Find(1)!;
        loaded.Invite(new Attendee("bob@x", "Bob"));
        Assert.Equal(2, loaded.Attendees.Count);
        Assert.Throws<InvalidOperationException>(() =>
        {
            loaded.Invite(new Attendee("cy@x", "Cy"));
            loaded.Invite(new Attendee("dee@x", "Dee"));
        });
    }
}
