using System;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

public class RemovableTicket
{
    public int Id { get; set; }

    public string Title { get; set; } = "";
}

public interface ITicketRemovals
{
    void Add(RemovableTicket ticket);

    void Delete(RemovableTicket ticket);

    void Delete(int id);

    int Count();
}

/// <summary>ABP's EfCoreRepository: Delete(entity) is EF Core's Remove (fails for a missing row), Delete(id) finds first (nothing when missing).</summary>
[InMemoryFake(MissingDelete = MissingDelete.Ignore, MissingEntityDelete = MissingDelete.NotFound)]
public interface IAbpTickets : ITicketRemovals;

/// <summary>The reverse: by key a 404, by entity nothing.</summary>
[InMemoryFake(MissingDelete = MissingDelete.NotFound, MissingEntityDelete = MissingDelete.Ignore)]
public interface IReverseTickets : ITicketRemovals;

/// <summary>MissingEntityDelete unset takes MissingDelete's value for removals by entity too.</summary>
[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IStrictTickets : ITicketRemovals;

public class MissingEntityDeleteTests
{
    [Fact]
    public void By_entity_NotFound_and_by_key_Ignore_are_told_apart()
    {
        ITicketRemovals tickets = new InMemoryAbpTickets();
        tickets.Add(new RemovableTicket { Id = 1, Title = "a" });

        Assert.Throws<NotFoundException>(() => tickets.Delete(new RemovableTicket { Id = 7 }));
        tickets.Delete(7);
        Assert.Equal(1, tickets.Count());

        tickets.Delete(new RemovableTicket { Id = 1 });
        Assert.Equal(0, tickets.Count());
    }

    [Fact]
    public void By_entity_Ignore_and_by_key_NotFound_are_told_apart()
    {
        ITicketRemovals tickets = new InMemoryReverseTickets();
        tickets.Add(new RemovableTicket { Id = 1, Title = "a" });

        tickets.Delete(new RemovableTicket { Id = 7 });
        Assert.Throws<NotFoundException>(() => tickets.Delete(7));
        Assert.Equal(1, tickets.Count());

        tickets.Delete(1);
        Assert.Equal(0, tickets.Count());
    }

    [Fact]
    public void Unset_MissingEntityDelete_follows_MissingDelete()
    {
        ITicketRemovals tickets = new InMemoryStrictTickets();
        tickets.Add(new RemovableTicket { Id = 1, Title = "a" });

        Assert.Throws<NotFoundException>(() => tickets.Delete(new RemovableTicket { Id = 7 }));
        Assert.Throws<NotFoundException>(() => tickets.Delete(7));
        Assert.Equal(1, tickets.Count());
    }
}
