using System;
using System.ComponentModel.DataAnnotations;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

public sealed class TaggedNote
{
    public int Id { get; set; }

    public string Text { get; set; } = "";

    [ConcurrencyCheck]
    public string? ETag { get; set; }
}

public sealed class VersionedNote
{
    public int Id { get; set; }

    public string Text { get; set; } = "";

    [ConcurrencyCheck]
    public long? Version { get; set; }
}

public sealed class StampedNote
{
    public int Id { get; set; }

    public string Text { get; set; } = "";

    [Timestamp]
    public byte[]? RowVersion { get; set; }
}

[InMemoryFake]
public interface ITaggedNotes
{
    void Upsert(TaggedNote note);

    bool Update(TaggedNote note);

    TaggedNote Get(int id);
}

[InMemoryFake]
public interface IVersionedNotes
{
    void Upsert(VersionedNote note);

    VersionedNote Get(int id);
}

[InMemoryFake]
public interface IStampedNotes
{
    void Upsert(StampedNote note);

    StampedNote Get(int id);
}

/// <summary>
/// A nullable concurrency token stored as null gets a first value of its own type on the next write. It got the
/// <c>int</c> 1 whatever its type, so the write threw <see cref="InvalidCastException"/> for a <c>string?</c>,
/// <c>long?</c> or <c>byte[]?</c> token.
/// </summary>
public sealed class NullTokenTests
{
    [Fact]
    public void A_null_string_token_becomes_a_new_string_on_the_next_write()
    {
        ITaggedNotes notes = new InMemoryTaggedNotes();
        notes.Upsert(new TaggedNote { Id = 1, Text = "a" });
        var stored = notes.Get(1);

        notes.Upsert(new TaggedNote { Id = 1, Text = "b", ETag = stored.ETag });

        var after = notes.Get(1);
        Assert.Equal("b", after.Text);
        Assert.False(string.IsNullOrEmpty(after.ETag));
        Assert.NotEqual(stored.ETag, after.ETag);

        // The new token is compared as any other: the old one is stale, the new one is not.
        Assert.Throws<ConcurrencyConflictException>(() => notes.Update(new TaggedNote { Id = 1, Text = "stale", ETag = stored.ETag }));
        Assert.True(notes.Update(new TaggedNote { Id = 1, Text = "c", ETag = after.ETag }));
        Assert.Equal("c", notes.Get(1).Text);
    }

    [Fact]
    public void A_null_long_token_becomes_one()
    {
        IVersionedNotes notes = new InMemoryVersionedNotes();
        notes.Upsert(new VersionedNote { Id = 1, Text = "a" });
        var first = notes.Get(1).Version;

        notes.Upsert(new VersionedNote { Id = 1, Text = "b", Version = first });

        var after = notes.Get(1);
        Assert.Equal("b", after.Text);
        Assert.Equal(first is null ? 1L : first + 1, after.Version);
    }

    [Fact]
    public void A_null_row_version_becomes_a_first_row_version()
    {
        IStampedNotes notes = new InMemoryStampedNotes();
        notes.Upsert(new StampedNote { Id = 1, Text = "a" });
        var first = notes.Get(1).RowVersion;

        notes.Upsert(new StampedNote { Id = 1, Text = "b", RowVersion = first });

        var after = notes.Get(1);
        Assert.Equal("b", after.Text);
        Assert.NotNull(after.RowVersion);
        Assert.NotEqual(first, after.RowVersion);
    }
}
