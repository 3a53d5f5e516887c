// Source: https://github.com/eventflow/EventFlow
// Commit: 73a9b46633ba
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample6 rule, fixed before probing: in these repositories, in this order (FoundatioFx/Foundatio,
//   jamesmontemagno/monkey-cache, Blazored/LocalStorage, reactiveui/Akavache, eventflow/EventFlow, quartznet/quartznet,
//   Radarr/Radarr, Ombi-app/Ombi, CommunityToolkit/WindowsCommunityToolkit, VahidN/EFCoreSecondLevelCacheInterceptor,
//   ZiggyCreatures/FusionCache, martinothamar/Mediator, JasperFx/marten), skipping any the find_repos/fetch tools do
//   not hold or already in the corpus, stopping after 8 usable ones, at its newest stored snapshot: the first 2
//   interfaces in ordinal path order, outside paths containing "test" (any case), whose name ends in Repository, Store,
//   Storage or Cache and that declare at least 3 members. monkey-cache, Blazored/LocalStorage and
//   WindowsCommunityToolkit had none; Foundatio, Akavache, EventFlow, EFCoreSecondLevelCacheInterceptor and FusionCache
//   had one: 11 interfaces from 8 repositories (Foundatio, Akavache, EventFlow, quartznet, Radarr, Ombi,
//   EFCoreSecondLevelCacheInterceptor, FusionCache).
//   This one: the 1st (and only) of eventflow/EventFlow.
// Path: Source/EventFlow/EventStores/IEventStore.cs (models: Aggregates/IDomainEvent.cs, IUncommittedEvent.cs,
//   IAggregateRoot.cs, Core/IIdentity.cs, ISourceId.cs, EventStores/AllEventsPage.cs, GlobalPosition.cs,
//   IEventUpgradeContext.cs)
// Adapted: the models keep the members the store reads or returns (IUncommittedEvent's aggregate event and metadata,
//   the metadata's aggregate sequence number, IDomainEvent's identity, sequence number and event; IAggregateRoot's
//   identity and version); ISerializer, the metadata providers and the upgrade pipeline are left out. EventFlow's core
//   project builds without nullable annotations (#nullable disable).
// Real store: Source/EventFlow/EventStores/EventStoreBase.cs over an IEventPersistence (InMemoryEventPersistence,
//   MsSql, PostgreSql, SQLite, Files, Mongo, EventStore): StoreAsync ArgumentNullException for a null id or a none
//   source id, an empty array for no events, else serializes each event with its metadata (plus batch id and source
//   id) and commits them for the id: the first event's AggregateSequenceNumber must be one past the events already
//   stored for the id, else OptimisticConcurrencyException; each committed event gets the next global sequence number;
//   returns the committed events as domain events. LoadEventsAsync(id) the id's events from sequence number 1, in
//   order; LoadEventsAsync(id, from) from that number (ArgumentOutOfRangeException below 1); LoadEventsAsync(id, from,
//   to) that range (ArgumentOutOfRangeException when from < 1 or to <= from); LoadAllEventsAsync(position, pageSize)
//   a page of every aggregate's events in global order from the position (ArgumentOutOfRangeException when pageSize
//   <= 0) and the next position; LoadAggregateAsync a new aggregate with the id's events (and snapshot) applied;
//   DeleteAggregateAsync deletes the id's events. Events pass through the upgrade manager on load.
// Shapes: *=core; StoreAsync=1; LoadAllEventsAsync=14; LoadAggregateAsync=2
// First try (46fe673): incomplete: IMF0001 every member (7, each generic over the aggregate and its identity type),
//   IMF0020 Metadata | WRONG: none
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EventFlow.IEventStoreCase;

public interface IIdentity
{
    string Value { get; }
}

public interface ISourceId
{
    string Value { get; }
}

public interface IAggregateEvent
{
}

public interface IMetadata : IReadOnlyDictionary<string, string>
{
    int AggregateSequenceNumber { get; }
}

public interface IUncommittedEvent
{
    IAggregateEvent AggregateEvent { get; }
    IMetadata Metadata { get; }
}

public interface IAggregateRoot
{
    int Version { get; }
}

public interface IAggregateRoot<out TIdentity> : IAggregateRoot
    where TIdentity : IIdentity
{
    TIdentity Id { get; }
}

public interface IDomainEvent
{
    int AggregateSequenceNumber { get; }
    IMetadata Metadata { get; }
    IAggregateEvent GetAggregateEvent();
}

public interface IDomainEvent<TAggregate, out TIdentity> : IDomainEvent
    where TAggregate : IAggregateRoot<TIdentity>
    where TIdentity : IIdentity
{
    TIdentity AggregateIdentity { get; }
}

public class GlobalPosition
{
    public static GlobalPosition Start { get; } = new GlobalPosition(string.Empty);

    public GlobalPosition(string value)
    {
        Value = value;
    }

    public string Value { get; }
}

public class AllEventsPage
{
    public AllEventsPage(GlobalPosition nextGlobalPosition, IReadOnlyCollection<IDomainEvent> domainEvents)
    {
        NextGlobalPosition = nextGlobalPosition;
        DomainEvents = domainEvents;
    }

    public GlobalPosition NextGlobalPosition { get; }
    public IReadOnlyCollection<IDomainEvent> DomainEvents { get; }
}

public interface IEventUpgradeContext
{
}

[InMemoryFake]
public interface IEventStore
{
    Task<IReadOnlyCollection<IDomainEvent<TAggregate, TIdentity>>> StoreAsync<TAggregate, TIdentity>(
        TIdentity id,
        IReadOnlyCollection<IUncommittedEvent> uncommittedDomainEvents,
        ISourceId sourceId,
        CancellationToken cancellationToken)
        where TAggregate : IAggregateRoot<TIdentity>
        where TIdentity : IIdentity;

    Task<AllEventsPage> LoadAllEventsAsync(
        GlobalPosition globalPosition,
        int pageSize,
        IEventUpgradeContext eventUpgradeContext,
        CancellationToken cancellationToken);

    Task<IReadOnlyCollection<IDomainEvent<TAggregate, TIdentity>>> LoadEventsAsync<TAggregate, TIdentity>(
        TIdentity id,
        CancellationToken cancellationToken)
        where TAggregate : IAggregateRoot<TIdentity>
        where TIdentity : IIdentity;

    Task<IReadOnlyCollection<IDomainEvent<TAggregate, TIdentity>>> LoadEventsAsync<TAggregate, TIdentity>(
        TIdentity id,
        int fromSequenceNumber,
        int toSequenceNumber,
        CancellationToken cancellationToken)
        where TAggregate : IAggregateRoot<TIdentity>
        where TIdentity : IIdentity;

    Task<IReadOnlyCollection<IDomainEvent<TAggregate, TIdentity>>> LoadEventsAsync<TAggregate, TIdentity>(
        TIdentity id,
        int fromEventSequenceNumber,
        CancellationToken cancellationToken)
        where TAggregate : IAggregateRoot<TIdentity>
        where TIdentity : IIdentity;

    [Obsolete("Use IAggregateStore.LoadAsync instead")]
    Task<TAggregate> LoadAggregateAsync<TAggregate, TIdentity>(
        TIdentity id,
        CancellationToken cancellationToken)
        where TAggregate : IAggregateRoot<TIdentity>
        where TIdentity : IIdentity;

    Task DeleteAggregateAsync<TAggregate, TIdentity>(
        TIdentity id,
        CancellationToken cancellationToken)
        where TAggregate : IAggregateRoot<TIdentity>
        where TIdentity : IIdentity;
}

public sealed class ThingyId(string value) : IIdentity
{
    public string Value { get; } = value;
}

public sealed class Thingy(ThingyId id) : IAggregateRoot<ThingyId>
{
    public ThingyId Id { get; } = id;
    public int Version { get; set; }
}

public sealed class SourceId(string value) : ISourceId
{
    public string Value { get; } = value;
}

public sealed class PingEvent : IAggregateEvent
{
}

public sealed class Metadata(int sequenceNumber) : Dictionary<string, string>, IMetadata
{
    public int AggregateSequenceNumber { get; } = sequenceNumber;
}

public sealed class UncommittedEvent(int sequenceNumber) : IUncommittedEvent
{
    public IAggregateEvent AggregateEvent { get; } = new PingEvent();
    public IMetadata Metadata { get; } = new Metadata(sequenceNumber);
}

public static class Smoke
{
    public static async Task RunAsync(IEventStore store)
    {
        var id = new ThingyId("thingy-1");
        var source = new SourceId("command-1");
        var stored = await store.StoreAsync<Thingy, ThingyId>(id, new IUncommittedEvent[] { new UncommittedEvent(1), new UncommittedEvent(2) }, source, CancellationToken.None);
        Check.Equal(2, stored.Count, "StoreAsync returns the committed events");
        var loaded = await store.LoadEventsAsync<Thingy, ThingyId>(id, CancellationToken.None);
        Check.Equal(2, loaded.Count, "LoadEventsAsync returns the aggregate's events");
        Check.Equal(1, loaded.First().AggregateSequenceNumber, "events load in sequence order");
        await Check.ThrowsAsync<Exception>(() => store.StoreAsync<Thingy, ThingyId>(id, new IUncommittedEvent[] { new UncommittedEvent(2) }, source, CancellationToken.None), "a sequence number already stored is an optimistic concurrency error");
        Check.Equal(1, (await store.LoadEventsAsync<Thingy, ThingyId>(id, 2, CancellationToken.None)).Count, "LoadEventsAsync(from) starts at that sequence number");
        Check.Equal(0, (await store.LoadEventsAsync<Thingy, ThingyId>(new ThingyId("thingy-2"), CancellationToken.None)).Count, "an aggregate with no events loads none");
        var page = await store.LoadAllEventsAsync(GlobalPosition.Start, 10, null, CancellationToken.None);
        Check.Equal(2, page.DomainEvents.Count, "LoadAllEventsAsync pages every aggregate's events");
        await store.DeleteAggregateAsync<Thingy, ThingyId>(id, CancellationToken.None);
        Check.Equal(0, (await store.LoadEventsAsync<Thingy, ThingyId>(id, CancellationToken.None)).Count, "DeleteAggregateAsync deletes the aggregate's events");
    }
}
