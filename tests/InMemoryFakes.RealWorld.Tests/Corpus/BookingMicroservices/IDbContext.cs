// Source: https://github.com/meysamhadeli/booking-microservices
// Commit: bd94742d1808
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample71 rule (the whole rule and the repositories it skipped: Corpus/EndazonMicroservicesPlatform/
//   IConversionJobStore.cs). This one: the 6th pick (the 65th repository listed), and the last. Before it in path order:
//   Caching's ICacheRequest and IInvalidateCacheRequest (what a request declares, 2 and 1 members), the CQRS and event
//   markers, IEventDispatcher (2 members, it publishes), IEventMapper (it maps), the paging models, and IDataSeeder (1).
// Path: src/BuildingBlocks/EFCore/IDbContext.cs (real store: src/BuildingBlocks/EFCore/AppDbContextBase.cs, the base of
//   each service's EF Core DbContext over PostgreSQL; models: src/BuildingBlocks/Core/Model/IAggregate.cs, IEntity.cs,
//   IVersion.cs, Core/Event/IDomainEvent.cs)
// Adapted: IDomainEvent is a marker here (MediatR's INotification dropped); IAggregate and IEntity are cut to what
//   AppDbContextBase reads (the audit fields, IsDeleted, Version, the domain events); Flight and FlightDelayed are this
//   test's own. DbSet<T>, IExecutionStrategy are EF Core's own (Microsoft.EntityFrameworkCore 10). Nullable enabled, as
//   in the source (Directory.Build.props).
// Real store: AppDbContextBase : DbContext. Set<T>() is DbContext's set of that entity type. SaveChangesAsync first
//   stamps every tracked IAggregate: added ones get CreatedBy and CreatedAt, modified ones LastModifiedBy, LastModified
//   and Version + 1, and deleted ones are turned into modified ones with IsDeleted = true (a soft delete); then EF Core
//   saves and answers the rows written (on a concurrency conflict it refreshes the original values and saves again).
//   GetDomainEvents() collects the domain events of every tracked aggregate that has some, clears them on the
//   aggregates, and answers them. BeginTransactionAsync starts a ReadCommitted transaction unless one is open;
//   CommitTransactionAsync saves the changes and commits (rolling back and rethrowing on failure);
//   RollbackTransactionAsync rolls back; ExecuteTransactionalAsync saves the changes inside a transaction of its own, under
//   the provider's execution strategy; CreateExecutionStrategy() answers that strategy.
// Shapes: *=none; SaveChangesAsync=3; Set=5
// First try (0487eace): incomplete, nothing generated: IMF0001 all 8 (Set<TEntity>(): generic without a key parameter;
//   GetDomainEvents, SaveChangesAsync, CreateExecutionStrategy: a known verb and a noun of nothing in the store;
//   Begin/Commit/RollbackTransaction, ExecuteTransactional: no known verb) | WRONG: none.
// After this round: unchanged, and the refusals are right: the context hands out EF Core's own DbSet<T> for any entity
//   type, stamps audit fields and turns deletes into soft deletes as it saves, and runs database transactions and an
//   execution strategy; the fake's DbContext convention covers DbSet properties and SaveChanges, not a generic Set<T>()
//   beside them.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corpus.BookingMicroservices.IDbContextCase;

public interface IDomainEvent
{
}

public interface IAggregate
{
    DateTime? CreatedAt { get; set; }
    long? CreatedBy { get; set; }
    DateTime? LastModified { get; set; }
    long? LastModifiedBy { get; set; }
    bool IsDeleted { get; set; }
    long Version { get; set; }
    IReadOnlyList<IDomainEvent> DomainEvents { get; }
    IDomainEvent[] ClearDomainEvents();
}

public sealed record FlightDelayed(long FlightId, int Minutes) : IDomainEvent;

public class Flight : IAggregate
{
    private readonly List<IDomainEvent> _domainEvents = new();

    public long Id { get; set; }
    public string FlightNumber { get; set; } = "";
    public int DelayMinutes { get; set; }
    public DateTime? CreatedAt { get; set; }
    public long? CreatedBy { get; set; }
    public DateTime? LastModified { get; set; }
    public long? LastModifiedBy { get; set; }
    public bool IsDeleted { get; set; }
    public long Version { get; set; }
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    public void Delay(int minutes)
    {
        DelayMinutes += minutes;
        _domainEvents.Add(new FlightDelayed(Id, minutes));
    }

    public IDomainEvent[] ClearDomainEvents()
    {
        var events = _domainEvents.ToArray();
        _domainEvents.Clear();
        return events;
    }
}

[InMemoryFake]
public interface IDbContext
{
    DbSet<TEntity> Set<TEntity>() where TEntity : class;
    IReadOnlyList<IDomainEvent> GetDomainEvents();
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
    Task BeginTransactionAsync(CancellationToken cancellationToken = default);
    Task CommitTransactionAsync(CancellationToken cancellationToken = default);
    Task RollbackTransactionAsync(CancellationToken cancellationToken = default);
    IExecutionStrategy CreateExecutionStrategy();
    Task ExecuteTransactionalAsync(CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IDbContext db)
    {
        var flight = new Flight { Id = 101, FlightNumber = "BZ101" };
        db.Set<Flight>().Add(flight);
        Check.Equal(1, await db.SaveChangesAsync(), "SaveChangesAsync writes the added flight");
        Check.True(flight.CreatedAt is not null, "and stamps CreatedAt on an added aggregate");
        Check.NotNull(await db.Set<Flight>().FindAsync(101L), "the flight is found by its key");

        flight.Delay(15);
        var events = db.GetDomainEvents();
        Check.Equal(1, events.Count, "GetDomainEvents collects the tracked aggregates' events");
        Check.Equal(0, flight.DomainEvents.Count, "and clears them on the aggregate");
        Check.Equal(0, db.GetDomainEvents().Count, "so a second call finds none");

        Check.Equal(1, await db.SaveChangesAsync(), "the change made through Delay is written");
        Check.Equal(1L, flight.Version, "a modified aggregate's Version is raised");

        await db.BeginTransactionAsync();
        db.Set<Flight>().Add(new Flight { Id = 102, FlightNumber = "BZ102" });
        await db.CommitTransactionAsync();
        Check.Equal(2, await db.Set<Flight>().CountAsync(), "CommitTransactionAsync saves the pending changes");

        db.Set<Flight>().Remove(flight);
        await db.SaveChangesAsync();
        Check.True(flight.IsDeleted, "removing an aggregate soft-deletes it");
        Check.NotNull(db.CreateExecutionStrategy(), "CreateExecutionStrategy answers the provider's strategy");
    }
}
