using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Mark[Entity]As{Word}(key) sets the field the word proves (issue 10, shape 20): eShop's MarkEventAsPublishedAsync(eventId)
// sets State = Published on the row found by key (EF Core's Single: a missing row throws); MarkAsRead(id) sets IsRead.

public enum OutboxState
{
    NotPublished,
    InProgress,
    Published,
    PublishedFailed,
}

public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public OutboxState State { get; set; }

    public bool IsRead { get; set; }
}

[InMemoryFake]
public interface IOutbox
{
    void Add(OutboxMessage message);

    OutboxMessage? Find(Guid id);

    Task MarkAsPublishedAsync(Guid id);

    bool MarkMessageAsInProgress(Guid id);

    void MarkAsRead(Guid id);
}

public sealed class MarkAsTests
{
    [Fact]
    public async Task Mark_as_an_enum_member_sets_the_enum_property_of_the_row_found_by_key()
    {
        var outbox = new InMemoryOutbox();
        var id = Guid.NewGuid();
        var other = Guid.NewGuid();
        outbox.Add(new OutboxMessage { Id = id });
        outbox.Add(new OutboxMessage { Id = other });

        Assert.True(outbox.MarkMessageAsInProgress(id));
        Assert.Equal(OutboxState.InProgress, outbox.Find(id)!.State);
        await outbox.MarkAsPublishedAsync(id);

        Assert.Equal(OutboxState.Published, outbox.Find(id)!.State);
        Assert.Equal(OutboxState.NotPublished, outbox.Find(other)!.State);
    }

    [Fact]
    public async Task Mark_as_of_a_missing_key_throws_or_returns_false_and_changes_nothing()
    {
        var outbox = new InMemoryOutbox();

        await Assert.ThrowsAsync<NotFoundException>(() => outbox.MarkAsPublishedAsync(Guid.NewGuid()));
        Assert.False(outbox.MarkMessageAsInProgress(Guid.NewGuid()));
    }

    [Fact]
    public void Mark_as_a_word_with_a_bool_property_sets_it_true()
    {
        var outbox = new InMemoryOutbox();
        var id = Guid.NewGuid();
        outbox.Add(new OutboxMessage { Id = id });

        outbox.MarkAsRead(id);

        Assert.True(outbox.Find(id)!.IsRead);
    }
}
