// Source: https://github.com/danliris/com-danliris-service-packing-inventory
// Commit: 6e8ba5f6b6ff
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample77 rule (the whole rule and the repositories it skipped: Corpus/HomeInventory/IScope.cs).
//   This one: the 2nd pick (the 21st of find_repos("Inventory")). Before it in path order: IAggregateRoot (a marker),
//   the domain's IRepository<T> (1 member), the domain's IUnitOfWork (no implementation in the repository: UnitOfWork
//   implements the infrastructure's), IDynamicIntegrationEventHandler and IIntegrationEventHandler (handlers), IEventBus
//   (publishes to Azure Service Bus).
// Path: src/BuildingBlocks/Com.Danliris.Service.Packing.Inventory.EventBus/IEventBusSubscriptionsManager.cs (real
//   store: InMemoryEventBusSubscriptionsManager.cs beside it, SubscriptionInfo.cs nested in it; models:
//   Events/IntegrationEvent.cs, Abstractions/IIntegrationEventHandler.cs, Abstractions/IDynamicIntegrationEventHandler.cs)
// Adapted: InMemoryEventBusSubscriptionsManager is kept only as the class SubscriptionInfo is nested in (the interface
//   names it through `using static`), without its implementation; IntegrationEvent without its Json.NET attributes.
//   Nullable disabled, as in the source (netcoreapp2.2, C# 7.1).
// Real store: InMemoryEventBusSubscriptionsManager, eShopOnContainers' design: a Dictionary<string, List<SubscriptionInfo>>
//   of handlers by event name (an event type's Name for typed subscriptions) and a List<Type> of the event types
//   subscribed. AddSubscription<T, TH>() adds a typed SubscriptionInfo of TH under typeof(T).Name and records T;
//   AddDynamicSubscription<TH>(eventName) adds a dynamic one under the name given; a handler type already under that
//   name throws ArgumentException. RemoveSubscription<T, TH>() and RemoveDynamicSubscription<TH>(eventName) remove the
//   handler's entry (nothing when it is not there); the last one of a name removes the name and its event type and
//   raises OnEventRemoved(name). HasSubscriptionsForEvent answers whether the name has handlers; GetHandlersForEvent
//   answers them (KeyNotFoundException for a name without); GetEventTypeByName answers the recorded event type of that
//   Name (null when none); GetEventKey<T>() is typeof(T).Name; IsEmpty says no name has handlers; Clear() drops every
//   name's handlers (the recorded event types stay).
// Shapes: *=none
// First try (2df64237): incomplete: IMF0009 on the interface (SubscriptionInfo, the type its reads return, has no key)
//   | WRONG: none (nothing generated).
// After this round: unchanged, and the refusal is right: lists of handler registrations per event name, the name
//   being a generic argument's type name (typeof(T).Name), a duplicate handler an ArgumentException, the last removal
//   of a name an event; no SubscriptionInfo is stored under a key of its own, and the type arguments are the data.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using static Corpus.DanlirisPackingInventory.IEventBusSubscriptionsManagerCase.InMemoryEventBusSubscriptionsManager;

namespace Corpus.DanlirisPackingInventory.IEventBusSubscriptionsManagerCase;

public class IntegrationEvent
{
    public IntegrationEvent()
    {
        Id = Guid.NewGuid();
        CreationDate = DateTime.UtcNow;
    }

    public IntegrationEvent(Guid id, DateTime createDate)
    {
        Id = id;
        CreationDate = createDate;
    }

    public Guid Id { get; private set; }

    public DateTime CreationDate { get; private set; }
}

public interface IIntegrationEventHandler<in TIntegrationEvent> : IIntegrationEventHandler
    where TIntegrationEvent : IntegrationEvent
{
    Task Handle(TIntegrationEvent @event);
}

public interface IIntegrationEventHandler
{
}

public interface IDynamicIntegrationEventHandler
{
    Task Handle(dynamic eventData);
}

public partial class InMemoryEventBusSubscriptionsManager
{
    public class SubscriptionInfo
    {
        public bool IsDynamic { get; }
        public Type HandlerType { get; }

        private SubscriptionInfo(bool isDynamic, Type handlerType)
        {
            IsDynamic = isDynamic;
            HandlerType = handlerType;
        }

        public static SubscriptionInfo Dynamic(Type handlerType)
        {
            return new SubscriptionInfo(true, handlerType);
        }

        public static SubscriptionInfo Typed(Type handlerType)
        {
            return new SubscriptionInfo(false, handlerType);
        }
    }
}

[InMemoryFake]
public interface IEventBusSubscriptionsManager
{
    bool IsEmpty { get; }
    event EventHandler<string> OnEventRemoved;
    void AddDynamicSubscription<TH>(string eventName)
       where TH : IDynamicIntegrationEventHandler;

    void AddSubscription<T, TH>()
       where T : IntegrationEvent
       where TH : IIntegrationEventHandler<T>;

    void RemoveSubscription<T, TH>()
         where TH : IIntegrationEventHandler<T>
         where T : IntegrationEvent;
    void RemoveDynamicSubscription<TH>(string eventName)
        where TH : IDynamicIntegrationEventHandler;

    bool HasSubscriptionsForEvent<T>() where T : IntegrationEvent;
    bool HasSubscriptionsForEvent(string eventName);
    Type GetEventTypeByName(string eventName);
    void Clear();
    IEnumerable<SubscriptionInfo> GetHandlersForEvent<T>() where T : IntegrationEvent;
    IEnumerable<SubscriptionInfo> GetHandlersForEvent(string eventName);
    string GetEventKey<T>();
}

public class ProductCreatedIntegrationEvent : IntegrationEvent
{
}

public class ProductCreatedHandler : IIntegrationEventHandler<ProductCreatedIntegrationEvent>
{
    public Task Handle(ProductCreatedIntegrationEvent @event) => Task.CompletedTask;
}

public class AuditHandler : IIntegrationEventHandler<ProductCreatedIntegrationEvent>
{
    public Task Handle(ProductCreatedIntegrationEvent @event) => Task.CompletedTask;
}

public class AnyEventHandler : IDynamicIntegrationEventHandler
{
    public Task Handle(dynamic eventData) => Task.CompletedTask;
}

public static class Smoke
{
    public static Task RunAsync(IEventBusSubscriptionsManager subscriptions)
    {
        var removed = new List<string>();
        subscriptions.OnEventRemoved += (_, name) => removed.Add(name);
        Check.True(subscriptions.IsEmpty, "a new manager has no subscription");
        Check.Equal("ProductCreatedIntegrationEvent", subscriptions.GetEventKey<ProductCreatedIntegrationEvent>(), "an event's key is its type's name");

        subscriptions.AddSubscription<ProductCreatedIntegrationEvent, ProductCreatedHandler>();
        subscriptions.AddSubscription<ProductCreatedIntegrationEvent, AuditHandler>();
        Check.False(subscriptions.IsEmpty, "a subscription makes it not empty");
        Check.True(subscriptions.HasSubscriptionsForEvent<ProductCreatedIntegrationEvent>(), "the event has subscriptions");
        Check.True(subscriptions.HasSubscriptionsForEvent("ProductCreatedIntegrationEvent"), "under its type's name too");
        var handlers = subscriptions.GetHandlersForEvent<ProductCreatedIntegrationEvent>().ToList();
        Check.Equal(2, handlers.Count, "both handlers are listed");
        Check.Equal(typeof(ProductCreatedHandler), handlers[0].HandlerType, "in the order they subscribed");
        Check.False(handlers[0].IsDynamic, "a typed subscription is not dynamic");
        Check.Equal(typeof(ProductCreatedIntegrationEvent), subscriptions.GetEventTypeByName("ProductCreatedIntegrationEvent"), "the event type is found by its name");
        Check.Throws<ArgumentException>(() => subscriptions.AddSubscription<ProductCreatedIntegrationEvent, AuditHandler>(), "a handler subscribed twice to one event throws");

        subscriptions.AddDynamicSubscription<AnyEventHandler>("StockMoved");
        var dynamicHandlers = subscriptions.GetHandlersForEvent("StockMoved").ToList();
        Check.Equal(1, dynamicHandlers.Count, "a dynamic subscription is listed under the name given");
        Check.True(dynamicHandlers[0].IsDynamic, "as dynamic");
        Check.Null(subscriptions.GetEventTypeByName("StockMoved"), "a dynamic subscription records no event type");

        subscriptions.RemoveSubscription<ProductCreatedIntegrationEvent, AuditHandler>();
        Check.Equal(1, subscriptions.GetHandlersForEvent<ProductCreatedIntegrationEvent>().Count(), "removing one handler keeps the other");
        Check.Equal(0, removed.Count, "the event is not removed while a handler is left");
        subscriptions.RemoveSubscription<ProductCreatedIntegrationEvent, ProductCreatedHandler>();
        Check.False(subscriptions.HasSubscriptionsForEvent<ProductCreatedIntegrationEvent>(), "removing the last handler removes the event");
        Check.Equal("ProductCreatedIntegrationEvent", removed.Single(), "and raises OnEventRemoved with its name");
        Check.Null(subscriptions.GetEventTypeByName("ProductCreatedIntegrationEvent"), "its event type is forgotten");
        Check.Throws<KeyNotFoundException>(() => subscriptions.GetHandlersForEvent("ProductCreatedIntegrationEvent"), "listing the handlers of an event without any throws");
        subscriptions.RemoveSubscription<ProductCreatedIntegrationEvent, ProductCreatedHandler>();
        Check.Equal(1, removed.Count, "removing a handler not subscribed does nothing");

        subscriptions.Clear();
        Check.True(subscriptions.IsEmpty, "Clear drops every subscription");
        Check.False(subscriptions.HasSubscriptionsForEvent("StockMoved"), "the dynamic one too");
        return Task.CompletedTask;
    }
}
