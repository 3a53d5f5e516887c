// Source: https://github.com/oskardudycz/EventSourcing.NetCore
// Commit: bb5e42363677
// Licence: CC-BY-SA-4.0
// Sample: h-sample8 rule, fixed before probing: in these repositories, in this order (ivanpaulovich/clean-architecture-manga,
//   amantinband/clean-architecture, aspnetrun/run-aspnetcore-microservices, EdwinVW/pitstop,
//   kgrzybek/sample-dotnet-core-cqrs-api, oskardudycz/EventSourcing.NetCore, fullstackhero/dotnet-starter-kit,
//   phongnguyend/Practical.CleanArchitecture, jeangatto/ASP.NET-Core-Clean-Architecture-CQRS-Event-Sourcing,
//   dotnet-architecture/eShopOnContainers, vietnam-devs/coolstore-microservices, PacktPublishing/Clean-Architecture-with-.NET),
//   skipping any the tools do not hold or that are already in the corpus, at the newest stored snapshot (fetch, then
//   git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already
//   taken does not count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or
//   Cache, that declare at least 3 members (inherited ones count if the base interface is in the same repository) and
//   are not already in the corpus; stop after 12. The 12 were reached in phongnguyend/Practical.CleanArchitecture (the
//   repositories after it were not needed). kgrzybek's ICustomerRepository, IPaymentRepository and IProductRepository
//   and fullstackhero's IInboxStore declare 2 members each; pitstop's ICustomerRepository (after its first 2) was not
//   needed.
//   This one: the 2nd of oskardudycz/EventSourcing.NetCore.
// Path: Core.EventStoreDB/Repository/EventStoreDBRepository.cs (the interface, above its implementation; models:
//   Core/Aggregates/IAggregate.cs, Aggregate.cs, Core/Projections/IProjection.cs; Core.EventStoreDB/Events/
//   AggregateStreamExtensions.cs)
// Adapted: Aggregate<TEvent, TId> is cut to its Guid, object-event form (Aggregate); the aggregate used here, Cart, is
//   written for the probe after the samples' shopping carts (open, cancel). Nullable enabled, as the repository builds.
// Real store: the same file's EventStoreDBRepository<T> over EventStoreDB, one stream per aggregate ("{type}-{id}"):
//   Find(id) reads the stream and rebuilds a new T (its private constructor) by Apply-ing every event, or null when the
//   stream does not exist; Add(id, aggregate) appends the aggregate's uncommitted events (DequeueUncommittedEvents
//   empties them) to a stream that must not exist (StreamState.NoStream: WrongExpectedVersionException otherwise) and
//   returns the stream's next expected revision (the number of events written minus 1); Update(id, aggregate,
//   expectedRevision) appends the uncommitted events expecting that revision (default: aggregate.Version minus the new
//   events' count; a mismatch: WrongExpectedVersionException) and returns the new revision; Delete(id, aggregate,
//   expectedRevision) is Update: it appends the aggregate's events (e.g. a cancellation) and the stream stays, so Find
//   still returns the aggregate, in its deleted state.
// Shapes: *=core; Add=1,13; Update=1,13,19; Delete=1,13,19
// First try (38cb94c): incomplete: IMF0001 Add and Update (the id beside the aggregate, and Update's expectedRevision;
//   the message offered IgnoredParameters for the id, and now says it is no parameter to ignore),
//   Delete (by id and aggregate) | WRONG: none (Find generated as the stored aggregate or null; the real store rebuilds
//   it from its events, to the same state). An event store's writes append events and return stream revisions; a
//   removal that keeps the stream is no entity write.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EventSourcingNetCore.IEventStoreDBRepositoryCase;

public interface IProjection
{
    void Apply(object @event);
}

public interface IAggregate : IProjection
{
    int Version { get; }

    object[] DequeueUncommittedEvents();
}

public abstract class Aggregate : IAggregate
{
    public Guid Id { get; protected set; }

    public int Version { get; protected set; }

    [NonSerialized] private readonly Queue<object> uncommittedEvents = new();

    public virtual void Apply(object @event) { }

    public object[] DequeueUncommittedEvents()
    {
        var dequeuedEvents = uncommittedEvents.ToArray();
        uncommittedEvents.Clear();
        return dequeuedEvents;
    }

    protected void Enqueue(object @event)
    {
        uncommittedEvents.Enqueue(@event);
        Apply(@event);
    }
}

public sealed record CartOpened(Guid CartId, Guid ClientId);

public sealed record CartCanceled(Guid CartId);

public enum CartStatus
{
    Pending,
    Canceled,
}

public class Cart : Aggregate
{
    public Guid ClientId { get; private set; }

    public CartStatus Status { get; private set; }

    private Cart()
    {
    }

    public static Cart Open(Guid cartId, Guid clientId)
    {
        var cart = new Cart();
        cart.Enqueue(new CartOpened(cartId, clientId));
        return cart;
    }

    public void Cancel() => Enqueue(new CartCanceled(Id));

    public override void Apply(object @event)
    {
        switch (@event)
        {
            case CartOpened opened:
                Id = opened.CartId;
                ClientId = opened.ClientId;
                Status = CartStatus.Pending;
                break;
            case CartCanceled:
                Status = CartStatus.Canceled;
                break;
        }

        Version++;
    }
}

public interface IEventStoreDBRepository<T> where T : class, IAggregate
{
    Task<T?> Find(Guid id, CancellationToken cancellationToken);
    Task<ulong> Add(Guid id, T aggregate, CancellationToken ct = default);
    Task<ulong> Update(Guid id, T aggregate, ulong? expectedRevision = null, CancellationToken ct = default);
    Task<ulong> Delete(Guid id, T aggregate, ulong? expectedRevision = null, CancellationToken ct = default);
}

[InMemoryFake(typeof(IEventStoreDBRepository<Cart>))]
public partial class CartEventStoreDBRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IEventStoreDBRepository<Cart> repository)
    {
        var ct = CancellationToken.None;
        var id = Guid.NewGuid();
        Check.Null(await repository.Find(id, ct), "Find of an unknown stream is null");
        var cart = Cart.Open(id, Guid.NewGuid());
        Check.Equal(0UL, await repository.Add(id, cart, ct), "Add of one event returns the next expected revision 0");
        Check.Equal(CartStatus.Pending, Check.NotNull(await repository.Find(id, ct), "Find rebuilds the added cart").Status, "Find returns the state its events make");
        await Check.ThrowsAsync<Exception>(() => repository.Add(id, Cart.Open(id, Guid.NewGuid()), ct), "Add of an existing stream throws (WrongExpectedVersionException)");
        cart.Cancel();
        Check.Equal(1UL, await repository.Delete(id, cart, ct: ct), "Delete appends the cancellation: revision 1");
        Check.Equal(CartStatus.Canceled, Check.NotNull(await repository.Find(id, ct), "Find after Delete still finds the stream").Status, "the deleted cart is found in its canceled state");
    }
}
