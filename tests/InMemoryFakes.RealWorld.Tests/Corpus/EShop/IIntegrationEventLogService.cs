// Source: https://github.com/dotnet/eShop
// Path: src/IntegrationEventLogEF/Services/IIntegrationEventLogService.cs (entity: IntegrationEventLogEntry.cs)
// Commit: 5624ad564d16
// Licence: MIT
// Adapted: IDbContextTransaction (EF Core) and IntegrationEvent are minimal stand-ins with what the members use.
// Real store: src/IntegrationEventLogEF/Services/IntegrationEventLogService.cs: SaveEventAsync stores an entry
//   (EventId = event.Id, State = NotPublished, TimesSent = 0, TransactionId = transaction.TransactionId; null
//   transaction -> ArgumentNullException); RetrieveEventLogsPendingToPublishAsync(transactionId) returns that
//   transaction's NotPublished entries by CreationTime; MarkEventAs{Published|InProgress|Failed}Async(eventId) sets
//   State (InProgress also increments TimesSent) via Set<>.Single(e => e.EventId == eventId): a missing id throws.
// Shapes: RetrieveEventLogsPendingToPublishAsync=1,4; SaveEventAsync=1; MarkEventAsPublishedAsync=20; MarkEventAsInProgressAsync=20; MarkEventAsFailedAsync=20
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EShop.IIntegrationEventLogServiceCase;

public interface IDbContextTransaction : IDisposable
{
    Guid TransactionId { get; }
}

public record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public DateTime CreationDate { get; init; } = DateTime.UtcNow;
}

public enum EventStateEnum
{
    NotPublished = 0,
    InProgress = 1,
    Published = 2,
    PublishedFailed = 3,
}

public class IntegrationEventLogEntry
{
    private IntegrationEventLogEntry() { }

    public IntegrationEventLogEntry(IntegrationEvent @event, Guid transactionId)
    {
        EventId = @event.Id;
        CreationTime = @event.CreationDate;
        State = EventStateEnum.NotPublished;
        TimesSent = 0;
        TransactionId = transactionId;
    }

    public Guid EventId { get; private set; }
    public EventStateEnum State { get; set; }
    public int TimesSent { get; set; }
    public DateTime CreationTime { get; private set; }
    public Guid TransactionId { get; private set; }
}

[InMemoryFake]
public interface IIntegrationEventLogService
{
    Task<IEnumerable<IntegrationEventLogEntry>> RetrieveEventLogsPendingToPublishAsync(Guid transactionId);
    Task SaveEventAsync(IntegrationEvent @event, IDbContextTransaction transaction);
    Task MarkEventAsPublishedAsync(Guid eventId);
    Task MarkEventAsInProgressAsync(Guid eventId);
    Task MarkEventAsFailedAsync(Guid eventId);
}

public sealed class Transaction : IDbContextTransaction
{
    public Guid TransactionId { get; } = Guid.NewGuid();

    public void Dispose() { }
}

public static class Smoke
{
    public static async Task RunAsync(IIntegrationEventLogService store)
    {
        using var transaction = new Transaction();
        var first = new IntegrationEvent();
        var second = new IntegrationEvent();
        await store.SaveEventAsync(first, transaction);
        await store.SaveEventAsync(second, transaction);
        var pending = (await store.RetrieveEventLogsPendingToPublishAsync(transaction.TransactionId)).ToList();
        Check.Equal(2, pending.Count, "both saved events are pending for their transaction");
        Check.Equal(0, (await store.RetrieveEventLogsPendingToPublishAsync(Guid.NewGuid())).Count(), "another transaction has no pending events");

        await store.MarkEventAsInProgressAsync(first.Id);
        await store.MarkEventAsPublishedAsync(first.Id);
        pending = (await store.RetrieveEventLogsPendingToPublishAsync(transaction.TransactionId)).ToList();
        Check.Equal(second.Id, pending.Single().EventId, "a published event is no longer pending");
        await Check.ThrowsAsync<Exception>(() => store.MarkEventAsFailedAsync(Guid.NewGuid()), "marking an unknown event throws");
    }
}
