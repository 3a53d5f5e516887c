// Source: https://github.com/dotnet/eShop
// Path: src/Ordering.Domain/AggregatesModel/OrderAggregate/IOrderRepository.cs (with SeedWork/IRepository.cs,
//   SeedWork/IUnitOfWork.cs, SeedWork/Entity.cs, OrderAggregate/Order.cs)
// Commit: 5624ad564d16
// Licence: MIT
// Adapted: Order keeps its key (Entity.Id), its status with the domain method that changes it, and a description.
// Real store: src/Ordering.Infrastructure/Repositories/OrderRepository.cs over OrderingContext (EF Core): Add tracks
//   the order; Update marks it Modified; GetAsync(orderId) = Orders.FindAsync(orderId), null when missing (FindAsync
//   also returns a tracked, unsaved entity); a change made through a domain method on a loaded order is written by
//   UnitOfWork.SaveEntitiesAsync (change tracking), and without it nothing is persisted.
// Shapes: GetAsync=core; UnitOfWork=3; SaveChangesAsync=3; SaveEntitiesAsync=3; Dispose=17; Add=core; Update=core
// After h-oblivious (session 29): complete as before; GetAsync answers null for a missing entity as before, now with
//   IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EShop.IOrderRepositoryCase;

public interface IAggregateRoot { }

public interface IUnitOfWork : IDisposable
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
    Task<bool> SaveEntitiesAsync(CancellationToken cancellationToken = default);
}

public interface IRepository<T> where T : IAggregateRoot
{
    IUnitOfWork UnitOfWork { get; }
}

public abstract class Entity
{
    int _Id;
    public virtual int Id
    {
        get
        {
            return _Id;
        }
        protected set
        {
            _Id = value;
        }
    }
}

public enum OrderStatus
{
    Submitted = 1,
    AwaitingValidation = 2,
    Cancelled = 6,
}

public class Order : Entity, IAggregateRoot
{
    public string Description { get; private set; }
    public OrderStatus OrderStatus { get; private set; }

    protected Order() { }

    public Order(string description) : this()
    {
        Description = description;
        OrderStatus = OrderStatus.Submitted;
    }

    public void SetCancelledStatus()
    {
        OrderStatus = OrderStatus.Cancelled;
        Description = "The order was cancelled.";
    }
}

[InMemoryFake]
public interface IOrderRepository : IRepository<Order>
{
    Order Add(Order order);

    void Update(Order order);

    Task<Order> GetAsync(int orderId);
}

public static class Smoke
{
    public static async Task RunAsync(IOrderRepository store)
    {
        var order = store.Add(new Order("two mugs"));
        await store.UnitOfWork.SaveEntitiesAsync();
        Check.True(order.Id != 0, "saving assigns the order an Id");
        var loaded = await store.GetAsync(order.Id);
        Check.Equal(OrderStatus.Submitted, loaded?.OrderStatus, "GetAsync finds the saved order");
        Check.Null(await store.GetAsync(order.Id + 1000), "GetAsync of a missing id returns null");

        loaded.SetCancelledStatus();
        await store.UnitOfWork.SaveEntitiesAsync();
        Check.Equal(OrderStatus.Cancelled, (await store.GetAsync(order.Id))?.OrderStatus, "a domain-method change on a loaded order survives SaveEntitiesAsync");
    }
}
