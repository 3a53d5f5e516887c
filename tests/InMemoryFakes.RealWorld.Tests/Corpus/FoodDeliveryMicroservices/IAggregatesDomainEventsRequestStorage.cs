// Source: https://github.com/mehdihadeli/food-delivery-microservices
// Commit: 78bbbed2
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample16 rule, fixed before probing: in these repositories, in this order (anjoy8/Blog.Core,
//   zhontai/Admin.Core, mehdihadeli/food-delivery-microservices, cloudscribe/cloudscribe, dotnetcore/WTM,
//   Readarr/Readarr, Jackett/Jackett, HangfireIO/Hangfire, JosefNemec/Playnite,
//   gothinkster/aspnetcore-realworld-example-app, SteeltoeOSS/Steeltoe, DotNetNext/SqlSugar), skipping any the tools
//   do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted
//   ordinally): the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already
//   taken or already in the corpus does not count), outside paths containing "test" (any case), whose name ends in
//   Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones count if the base
//   interface is in the same repository) and are not already in the corpus; stop after 10; each transcribed whole.
//   dotnetcore/WTM, Jackett/Jackett, HangfireIO/Hangfire, JosefNemec/Playnite,
//   gothinkster/aspnetcore-realworld-example-app and SteeltoeOSS/Steeltoe have no such interface; SqlSugar's only ones
//   (ISugarRepository, copies in three source trees) declare 1 member; Readarr's IUserRepository is Lidarr's (in the
//   corpus) word for word and its IAuthorStatisticsRepository declares 2. So the rule picks 9, all transcribed, in
//   order: Blog.Core IRedisBasketRepository, IBaseRepository<TEntity>; Admin.Core IApiRepository, IDictRepository
//   (IRepositoryBase<T> over FreeSql's IBaseRepository); food-delivery IAggregatesDomainEventsRequestStorage,
//   IMessagePersistenceRepository; cloudscribe IIpAddressCache (its only one); Readarr IBlocklistRepository,
//   IAuthorMetadataRepository.
//   This one: the 1st of mehdihadeli/food-delivery-microservices (5 members).
// Path: src/BuildingBlocks/BuildingBlocks.Abstractions/Events/IAggregatesDomainEventsRequestStorage.cs (models:
//   Abstractions/Domain/IAggregateBase.cs, Abstractions/Events/IDomainEvent.cs, IEvent.cs)
// Adapted: IDomainEvent keeps EventId and EventType (its dynamic AggregateId, versions, WithAggregate and Mediator's
//   INotification dropped); IAggregateBase keeps AddDomainEvents and DequeueUncommittedDomainEvents; TestAggregate and
//   TestEvent stand in for an application's. Nullable enabled as in src/Directory.Build.props.
// Real store: src/BuildingBlocks/BuildingBlocks.Core/Events/AggregateDomainEventsStorage.cs (registered scoped, one
//   per request; a List<IDomainEvent>): AddEventsFromAggregate(aggregate) calls aggregate.DequeueUncommittedDomainEvents()
//   (which empties the aggregate's own list), appends those events and returns them; AddEvents(events) appends them in
//   order (repeats kept: a list, not a set keyed by EventId); GetAllUncommittedEvents() the list itself (every event
//   added, in order); DequeueUncommittedDomainEvents() a copy of the list, then clears it; ClearDomainEvents() clears.
// Shapes: *=core
// First try (0920a35): incomplete: IMF0001 all five (AddEvents, AddEventsFromAggregate,
//   GetAllUncommittedEvents, DequeueUncommittedDomainEvents, ClearDomainEvents: a list of events, no key). Nothing
//   generated, nothing wrong.
// After this round: unchanged.

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FoodDeliveryMicroservices.IAggregatesDomainEventsRequestStorageCase;

public interface IDomainEvent
{
    Guid EventId { get; }

    string EventType { get; }
}

public interface IAggregateBase
{
    void AddDomainEvents(IDomainEvent domainEvent);

    IReadOnlyList<IDomainEvent> DequeueUncommittedDomainEvents();
}

public sealed record TestEvent(Guid EventId, string EventType) : IDomainEvent;

public sealed class TestAggregate : IAggregateBase
{
    private readonly List<IDomainEvent> _events = new();

    public void AddDomainEvents(IDomainEvent domainEvent) => _events.Add(domainEvent);

    public IReadOnlyList<IDomainEvent> DequeueUncommittedDomainEvents()
    {
        var events = _events.ToList();
        _events.Clear();
        return events;
    }
}

[InMemoryFake]
public interface IAggregatesDomainEventsRequestStorage
{
    /// <summary>
    /// Add domain events to the aggregate store and remove uncommitted events from aggregate.
    /// </summary>
    /// <param name="aggregate"></param>
    /// <typeparam name="TAggregate"></typeparam>
    /// <returns></returns>
    IReadOnlyList<IDomainEvent> AddEventsFromAggregate<TAggregate>(TAggregate aggregate)
        where TAggregate : IAggregateBase;

    void AddEvents(IReadOnlyList<IDomainEvent> events);

    IReadOnlyList<IDomainEvent> GetAllUncommittedEvents();
    IReadOnlyList<IDomainEvent> DequeueUncommittedDomainEvents();

    void ClearDomainEvents();
}

public static class Smoke
{
    public static Task RunAsync(IAggregatesDomainEventsRequestStorage storage)
    {
        var a = new TestEvent(Guid.NewGuid(), "A");
        var b = new TestEvent(Guid.NewGuid(), "B");
        storage.AddEvents(new IDomainEvent[] { a, b });
        storage.AddEvents(new IDomainEvent[] { a });
        Check.Equal("A,B,A", string.Join(",", storage.GetAllUncommittedEvents().Select(static e => e.EventType)), "AddEvents appends in order, a repeated event too");
        var aggregate = new TestAggregate();
        var c = new TestEvent(Guid.NewGuid(), "C");
        aggregate.AddDomainEvents(c);
        var taken = storage.AddEventsFromAggregate(aggregate);
        Check.Equal("C", string.Join(",", taken.Select(static e => e.EventType)), "AddEventsFromAggregate returns the aggregate's uncommitted events");
        Check.Equal(0, aggregate.DequeueUncommittedDomainEvents().Count, "AddEventsFromAggregate dequeues them from the aggregate");
        var dequeued = storage.DequeueUncommittedDomainEvents();
        Check.Equal("A,B,A,C", string.Join(",", dequeued.Select(static e => e.EventType)), "DequeueUncommittedDomainEvents returns every event in order");
        Check.Equal(0, storage.GetAllUncommittedEvents().Count, "DequeueUncommittedDomainEvents empties the storage");
        storage.AddEvents(new IDomainEvent[] { b });
        storage.ClearDomainEvents();
        Check.Equal(0, storage.GetAllUncommittedEvents().Count, "ClearDomainEvents empties the storage");
        return Task.CompletedTask;
    }
}
