using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.Projections;

// A list query named after the entity's rows (GetOrdersFromBuyer) whose elements are a summary type: each match is
// projected by member names, a constructor parameter or property from the entity property of that name or from a
// Get{Name}() method (eShopOnDapr's OrderSummary.Total = order.GetTotal()).
public sealed class Order
{
    public Guid Id { get; set; }

    public int OrderNumber { get; set; }

    public string BuyerId { get; set; } = "";

    public string Status { get; set; } = "";

    public List<OrderLine> Lines { get; set; } = new();

    public decimal GetTotal() => Lines.Sum(static l => l.Units * l.UnitPrice);
}

public sealed class OrderLine
{
    public int Units { get; set; }

    public decimal UnitPrice { get; set; }
}

public sealed record OrderSummary(Guid Id, int OrderNumber, string Status, decimal Total);

public sealed class OrderListItem
{
    public int OrderNumber { get; set; }

    public string BuyerId { get; set; } = "";

    public decimal Total { get; init; }

    public string Label => "#" + OrderNumber;
}

[InMemoryFake]
public interface IOrderRepository
{
    void Add(Order order);

    void Update(Order order);

    Task<IEnumerable<OrderSummary>> GetOrdersFromBuyerAsync(string buyerId);

    OrderListItem[] GetOrdersByStatusOrderByOrderNumber(string status);

    Task<List<OrderSummary>> GetAllOrdersAsync();
}

public sealed class ProjectionTests
{
    private static IOrderRepository Seeded()
    {
        IOrderRepository orders = new InMemoryOrderRepository();
        orders.Add(new Order { OrderNumber = 2, BuyerId = "ann", Status = "Paid", Lines = { new OrderLine { Units = 2, UnitPrice = 5m } } });
        orders.Add(new Order { OrderNumber = 1, BuyerId = "bob", Status = "Paid" });
        orders.Add(new Order { OrderNumber = 3, BuyerId = "ann", Status = "Submitted", Lines = { new OrderLine { Units = 1, UnitPrice = 7m }, new OrderLine { Units = 3, UnitPrice = 1m } } });
        return orders;
    }

    [Fact]
    public async Task Each_match_becomes_a_summary_whose_constructor_reads_same_named_properties_and_Get_methods()
    {
        var orders = Seeded();

        var summaries = (await orders.GetOrdersFromBuyerAsync("ann")).ToList();

        Assert.Equal(new[] { (2, "Paid", 10m), (3, "Submitted", 10m) }, summaries.Select(static s => (s.OrderNumber, s.Status, s.Total)).ToArray());
        Assert.Empty(await orders.GetOrdersFromBuyerAsync("carol"));
    }

    [Fact]
    public void Settable_properties_are_filled_by_name_in_the_query_order_and_a_computed_property_is_left_to_the_type()
    {
        var orders = Seeded();

        var paid = orders.GetOrdersByStatusOrderByOrderNumber("Paid");

        Assert.Equal(new[] { (1, "bob", "#1"), (2, "ann", "#2") }, paid.Select(static p => (p.OrderNumber, p.BuyerId, p.Label)).ToArray());
    }

    [Fact]
    public async Task A_list_of_every_entity_named_after_its_rows_is_projected_in_insertion_order()
    {
        var orders = Seeded();

        var all = await orders.GetAllOrdersAsync();

        Assert.Equal(new[] { 2, 1, 3 }, all.Select(static s => s.OrderNumber).ToArray());
        Assert.Equal(new[] { 10m, 0m, 10m }, all.Select(static s => s.Total).ToArray());
    }

    [Fact]
    public async Task A_summary_is_made_from_the_stored_state_at_the_time_of_the_query()
    {
        var orders = Seeded();
        var first = (await orders.GetOrdersFromBuyerAsync("bob")).Single();

        orders.Update(new Order { Id = first.Id, OrderNumber = 1, BuyerId = "bob", Status = "Shipped" });

        Assert.Equal("Paid", first.Status);
        Assert.Equal("Shipped", (await orders.GetOrdersFromBuyerAsync("bob")).Single().Status);
    }
}
