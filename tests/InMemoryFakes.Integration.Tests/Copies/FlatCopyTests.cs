using System;
using System.Collections.Generic;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Copies;

// Flat entities: every field immutable (strings, numbers, enums, dates, Guid, immutable records). The generator emits a
// second, context-free copy for them (no CopyContext, no cycle tracking), which the runtime uses for values of exactly the
// entity type; a subclass value still goes through the graph-aware copy. Either way a read must return a full, separate copy.

public enum ClubLevel
{
    Basic,
    Gold,
}

/// <summary>Sealed and flat, with state a setter cannot reach: a private field, a private setter, an init-only property.</summary>
public sealed class ClubMember
{
    private string _note = "";

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public ClubLevel Level { get; set; }

    public DateTimeOffset Joined { get; set; }

    public Guid ExternalId { get; init; }

    public decimal? Balance { get; private set; }

    public Money Fee { get; set; } = new(0m, "EUR");

    public string Note => _note;

    public void Annotate(string note) => _note = note;

    public void Credit(decimal amount) => Balance = (Balance ?? 0m) + amount;
}

[InMemoryFake]
public interface IClubMemberRepository
{
    ClubMember Add(ClubMember member);

    ClubMember? Find(int id);

    void Upsert(ClubMember member);
}

/// <summary>A positional record with one mutable property: flat, and not sealed.</summary>
public record FlatTicket(int Id, string Title)
{
    public int Votes { get; set; }
}

/// <summary>A subclass of the flat record that holds a mutable list: its values must not take the flat copy.</summary>
public record TaggedFlatTicket(int Id, string Title, List<string> Tags) : FlatTicket(Id, Title);

[InMemoryFake]
public interface IFlatTicketRepository
{
    FlatTicket Add(FlatTicket ticket);

    FlatTicket? Find(int id);
}

/// <summary>An immutable positional record stored with CopyMode.Copy: copied on every read even though nothing could change it.</summary>
public sealed record FlatLabel(int Id, string Text, DateTime At);

[InMemoryFake(CopyMode = CopyMode.Copy)]
public interface IFlatLabelRepository
{
    FlatLabel Add(FlatLabel label);

    FlatLabel? Find(int id);
}

public class FlatCopyTests
{
    private static readonly Guid External = Guid.Parse("6f1c1d36-1e43-4d2e-9a43-1f2c8c0e5b11");

    private static ClubMember NewClubMember()
    {
        var member = new ClubMember
        {
            Id = 1,
            Name = "Ada",
            Level = ClubLevel.Gold,
            Joined = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
            ExternalId = External,
            Fee = new Money(12.5m, "USD"),
        };
        member.Annotate("first");
        member.Credit(10m);
        return member;
    }

    private static void AssertIsTheStoredClubMember(ClubMember member)
    {
        Assert.Equal(1, member.Id);
        Assert.Equal("Ada", member.Name);
        Assert.Equal(ClubLevel.Gold, member.Level);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), member.Joined);
        Assert.Equal(External, member.ExternalId);
        Assert.Equal(10m, member.Balance);
        Assert.Equal(new Money(12.5m, "USD"), member.Fee);
        Assert.Equal("first", member.Note);
    }

    [Fact]
    public void A_read_of_a_flat_entity_copies_every_field_private_init_only_and_private_setter_included()
    {
        var members = new InMemoryClubMemberRepository();
        members.Add(NewClubMember());

        var read = members.Find(1)!;

        AssertIsTheStoredClubMember(read);
        Assert.NotSame(read, members.Find(1));
    }

    [Fact]
    public void Mutating_a_read_flat_entity_leaves_the_stored_one_unchanged()
    {
        var members = new InMemoryClubMemberRepository();
        members.Add(NewClubMember());

        var read = members.Find(1)!;
        read.Name = "Changed";
        read.Level = ClubLevel.Basic;
        read.Annotate("changed");
        read.Credit(5m);

        AssertIsTheStoredClubMember(members.Find(1)!);
    }

    [Fact]
    public void Mutating_a_flat_entity_after_adding_or_upserting_it_leaves_the_stored_one_unchanged()
    {
        var members = new InMemoryClubMemberRepository();
        var added = NewClubMember();
        members.Add(added);
        added.Name = "Changed after add";
        added.Annotate("changed after add");
        AssertIsTheStoredClubMember(members.Find(1)!);

        var upserted = NewClubMember();
        members.Upsert(upserted);
        upserted.Credit(99m);
        AssertIsTheStoredClubMember(members.Find(1)!);
    }

    [Fact]
    public void A_positional_record_that_is_flat_is_read_as_a_separate_full_copy()
    {
        var tickets = new InMemoryFlatTicketRepository();
        tickets.Add(new FlatTicket(1, "Broken build") { Votes = 3 });

        var read = tickets.Find(1)!;
        read.Votes = 100;

        var again = tickets.Find(1)!;
        Assert.Equal(new FlatTicket(1, "Broken build") { Votes = 3 }, again);
        Assert.NotSame(read, again);
        Assert.Equal(typeof(FlatTicket), again.GetType());
    }

    [Fact]
    public void A_subclass_with_a_mutable_list_stored_under_a_flat_type_is_still_deep_copied()
    {
        var tickets = new InMemoryFlatTicketRepository();
        tickets.Add(new TaggedFlatTicket(2, "Slow tests", new List<string> { "ci" }));

        var read = Assert.IsType<TaggedFlatTicket>(tickets.Find(2));
        read.Tags.Add("added by the caller");
        read.Votes = 7;

        var again = Assert.IsType<TaggedFlatTicket>(tickets.Find(2));
        Assert.Equal(new[] { "ci" }, again.Tags);
        Assert.Equal(0, again.Votes);
        Assert.NotSame(read.Tags, again.Tags);
    }

    [Fact]
    public void An_immutable_record_under_CopyMode_Copy_is_read_as_an_equal_separate_instance()
    {
        var labels = new InMemoryFlatLabelRepository();
        var label = new FlatLabel(1, "urgent", new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        labels.Add(label);

        var read = labels.Find(1)!;

        Assert.Equal(label, read);
        Assert.NotSame(label, read);
        Assert.Equal(DateTimeKind.Utc, read.At.Kind);
    }
}
