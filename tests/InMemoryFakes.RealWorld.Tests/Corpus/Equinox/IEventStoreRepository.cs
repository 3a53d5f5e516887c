// Source: https://github.com/EduardoPires/EquinoxProject
// Commit: fde9a953eb31
// Licence: MIT
// Path: src/Equinox.Infra.Data/Repository/EventSourcing/IEventStoreRepository.cs (src/Equinox.Domain.Core/Events/
//   StoredEvent.cs; Event/Message from NetDevPack.Messaging)
// Adapted: StoredEvent keeps Id, AggregateId, MessageType, Data, User and its constructor.
// Real store: src/Equinox.Infra.Data/Repository/EventSourcing/EventStoreSqlRepository.cs: Store adds the event and
//   saves at once (append-only); All(aggregateId) lists the events whose AggregateId matches.
// Shapes: Store=12; All=4,12; Dispose=17
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Equinox.IEventStoreRepositoryCase;

public class StoredEvent
{
    public StoredEvent(Guid aggregateId, string messageType, string data, string user)
    {
        Id = Guid.NewGuid();
        AggregateId = aggregateId;
        MessageType = messageType;
        Data = data;
        User = user;
    }

    protected StoredEvent() { }

    public Guid Id { get; private set; }
    public Guid AggregateId { get; private set; }
    public string MessageType { get; private set; }
    public string Data { get; private set; }
    public string User { get; private set; }
}

[InMemoryFake]
public interface IEventStoreRepository : IDisposable
{
    void Store(StoredEvent theEvent);
    Task<IList<StoredEvent>> All(Guid aggregateId);
}

public static class Smoke
{
    public static async Task RunAsync(IEventStoreRepository store)
    {
        var customer = Guid.NewGuid();
        store.Store(new StoredEvent(customer, "CustomerRegisteredEvent", "{}", "admin"));
        store.Store(new StoredEvent(customer, "CustomerUpdatedEvent", "{}", "admin"));
        store.Store(new StoredEvent(Guid.NewGuid(), "CustomerRegisteredEvent", "{}", "admin"));
        Check.Equal(2, (await store.All(customer)).Count, "All(aggregateId) lists that aggregate's events");
        Check.Equal(0, (await store.All(Guid.NewGuid())).Count, "an unknown aggregate has no events");
        store.Dispose();
    }
}
