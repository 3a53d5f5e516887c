// Source: https://github.com/dotnet-architecture/eShopOnDapr
// Commit: ad9a07b4d2b4
// Licence: MIT
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 2nd of dotnet-architecture/eShopOnDapr.
// Path: src/Services/Ordering/Ordering.API/Model/IOrderRepository.cs (Order.cs, OrderItem.cs, OrderSummary.cs,
//   Address.cs)
// Adapted: Order's setters are public (the real ones are private, set by EF Core and by a constructor from the
//   actor's OrderState); Address keeps Street and City.
// Real store: src/Services/Ordering/Ordering.API/Infrastructure/Repositories/OrderRepository.cs (EF Core, keyed by Id,
//   OrderNumber an alternate key the database generates): GetOrderByIdAsync(orderId) the order with that Id, or null;
//   GetOrderByOrderNumberAsync(orderNumber) the order with that OrderNumber, or null; AddOrGetOrderAsync(order) inserts
//   the order and returns it, and when its Id is already stored (a duplicate-key error) returns the STORED order instead
//   (the insert is idempotent); UpdateOrderAsync(order) replaces the stored order; GetOrdersFromBuyerAsync(buyerId)
//   returns an OrderSummary(Id, OrderNumber, OrderDate, OrderStatus, Total = GetTotal(), the sum of Units * UnitPrice)
//   for each order whose BuyerId is buyerId.
// Shapes: GetOrderByIdAsync=core; GetOrderByOrderNumberAsync=core; AddOrGetOrderAsync=19; UpdateOrderAsync=core;
//   GetOrdersFromBuyerAsync=4,5
// First try (2f120b5): incomplete: IMF0018 GetOrderByOrderNumberAsync (read as Get ordered by
//   OrderNumber, so orderNumber conditions nothing), IMF0001 AddOrGetOrderAsync, IMF0019 GetOrdersFromBuyerAsync (an
//   OrderSummary projection) | WRONG: none
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EShopOnDapr.IOrderRepositoryCase;

public record Address(string Street, string City);

public class OrderItem
{
    public int Id { get; set; }
    public Guid OrderId { get; set; }
    public int ProductId { get; set; }
    public string ProductName { get; set; } = string.Empty;
    public decimal UnitPrice { get; set; }
    public int Units { get; set; }
}

public class Order
{
    public Guid Id { get; set; }
    public int OrderNumber { get; set; }
    public DateTime OrderDate { get; set; }
    public string OrderStatus { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public Address Address { get; set; } = new("", "");
    public string BuyerId { get; set; } = string.Empty;
    public string BuyerEmail { get; set; } = string.Empty;
    public List<OrderItem> OrderItems { get; set; } = new();

    public decimal GetTotal() => OrderItems.Sum(o => o.Units * o.UnitPrice);
}

public record OrderSummary(
    Guid Id,
    int OrderNumber,
    DateTime OrderDate,
    string OrderStatus,
    decimal Total);

[InMemoryFake]
public interface IOrderRepository
{
    Task<Order?> GetOrderByIdAsync(Guid orderId);
    Task<Order?> GetOrderByOrderNumberAsync(int orderNumber);
    Task<Order> AddOrGetOrderAsync(Order order);
    Task UpdateOrderAsync(Order order);
    Task<IEnumerable<OrderSummary>> GetOrdersFromBuyerAsync(string buyerId);
}

public static class Smoke
{
    public static async Task RunAsync(IOrderRepository repository)
    {
        var id = Guid.NewGuid();
        var order = new Order { Id = id, OrderNumber = 1001, BuyerId = "ann", OrderStatus = "Submitted", OrderItems = { new OrderItem { Units = 2, UnitPrice = 5m } } };
        var added = await repository.AddOrGetOrderAsync(order);
        Check.Equal(id, added.Id, "AddOrGetOrderAsync returns the added order");
        var again = await repository.AddOrGetOrderAsync(new Order { Id = id, OrderNumber = 1001, BuyerId = "ann", OrderStatus = "Other" });
        Check.Equal("Submitted", again.OrderStatus, "AddOrGetOrderAsync of a stored Id returns the stored order");
        Check.Equal("Submitted", (await repository.GetOrderByIdAsync(id))?.OrderStatus, "AddOrGetOrderAsync of a stored Id leaves it unchanged");
        Check.Equal(id, (await repository.GetOrderByOrderNumberAsync(1001))?.Id, "GetOrderByOrderNumberAsync finds by OrderNumber");
        Check.Null(await repository.GetOrderByIdAsync(Guid.NewGuid()), "GetOrderByIdAsync of a missing id is null");
        order.OrderStatus = "Paid";
        await repository.UpdateOrderAsync(order);
        Check.Equal("Paid", (await repository.GetOrderByIdAsync(id))?.OrderStatus, "UpdateOrderAsync replaces the order");
        var summaries = (await repository.GetOrdersFromBuyerAsync("ann")).ToList();
        Check.Equal(1, summaries.Count, "GetOrdersFromBuyerAsync returns the buyer's orders");
        Check.Equal(10m, summaries[0].Total, "OrderSummary.Total is the order's GetTotal()");
    }
}
