using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.OptionalFilters;

// Hand-written repositories take optional filters: a nullable parameter for a property that cannot hold null
// (OrderStatus? status = null for OrderStatus Status) is written as `if (status is not null) query = query.Where(…)`.
// The fake compared Status with null before, so leaving the filter out matched nothing.
public enum OrderStatus
{
    New,
    Paid,
    Shipped,
}

public sealed class OrderLine
{
    public string Sku { get; set; } = "";
}

public sealed class Order
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public OrderStatus Status { get; set; }

    public string Region { get; set; } = "";

    public List<OrderLine> Lines { get; set; } = new();

    public decimal Total { get; set; }

    public decimal? Discount { get; set; }

    public DateTime PlacedAt { get; set; }
}

[InMemoryFake]
public interface IOrderRepository
{
    Task AddAsync(Order order);

    Task<IEnumerable<Order>> GetOrdersAsync(int customerId, OrderStatus? status = null);

    Task<IEnumerable<Order>> FindAsync(int? customerId, OrderStatus? status, string? region);

    Task<List<Order>> GetByCustomerAsync(int customerId, int page = 1, int pageSize = 20);

    Task<Order?> GetOrderAsync(int id, bool includeLines = false);

    Task<IReadOnlyList<Order>> GetOrdersAsync(OrderStatus? status = null, decimal? minTotal = null, decimal? maxTotal = null);

    Task<List<Order>> FindAsync(decimal minTotal, decimal maxTotal);

    Task<List<Order>> ListAsync(decimal? minimumDiscount, DateTime? placedAtMax);

    Task<int> GetTotalCountAsync();
}

public sealed class OptionalFilterTests
{
    private static async Task<IOrderRepository> SeededAsync()
    {
        IOrderRepository orders = new InMemoryOrderRepository();
        await orders.AddAsync(new Order { Id = 1, CustomerId = 7, Status = OrderStatus.New, Region = "EU", Lines = { new OrderLine { Sku = "A" } }, Total = 10m, PlacedAt = new DateTime(2026, 1, 1) });
        await orders.AddAsync(new Order { Id = 2, CustomerId = 7, Status = OrderStatus.Paid, Region = "US", Total = 20m, Discount = 5m, PlacedAt = new DateTime(2026, 2, 1) });
        await orders.AddAsync(new Order { Id = 3, CustomerId = 8, Status = OrderStatus.Paid, Region = "EU", Total = 30m, Discount = 1m, PlacedAt = new DateTime(2026, 3, 1) });
        await orders.AddAsync(new Order { Id = 4, CustomerId = 7, Status = OrderStatus.Shipped, Region = "EU", Total = 40m, PlacedAt = new DateTime(2026, 4, 1) });
        return orders;
    }

    private static int[] Ids(IEnumerable<Order> orders) => orders.Select(static o => o.Id).OrderBy(static id => id).ToArray();

    [Fact]
    public async Task A_left_out_optional_filter_is_no_condition_and_a_given_one_filters()
    {
        var orders = await SeededAsync();

        Assert.Equal(new[] { 1, 2, 4 }, Ids(await orders.GetOrdersAsync(7)));
        Assert.Equal(new[] { 2 }, Ids(await orders.GetOrdersAsync(7, OrderStatus.Paid)));
        Assert.Empty(await orders.GetOrdersAsync(9, OrderStatus.Paid));
    }

    [Fact]
    public async Task Nullable_filters_without_defaults_combine_only_the_ones_given()
    {
        var orders = await SeededAsync();

        Assert.Equal(new[] { 1, 2, 3, 4 }, Ids(await orders.FindAsync(null, null, null)));
        Assert.Equal(new[] { 2, 3 }, Ids(await orders.FindAsync(null, OrderStatus.Paid, null)));
        Assert.Equal(new[] { 3 }, Ids(await orders.FindAsync(null, OrderStatus.Paid, "EU")));
        Assert.Equal(new[] { 1, 4 }, Ids(await orders.FindAsync(7, null, "EU")));
    }

    [Fact]
    public async Task A_foreign_key_lookup_followed_by_page_parameters_pages_the_matches()
    {
        var orders = await SeededAsync();

        Assert.Equal(new[] { 1, 2 }, Ids(await orders.GetByCustomerAsync(7, page: 1, pageSize: 2)));
        Assert.Equal(new[] { 4 }, Ids(await orders.GetByCustomerAsync(7, page: 2, pageSize: 2)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => orders.GetByCustomerAsync(7, page: 0, pageSize: 2));
    }

    [Fact]
    public async Task An_include_flag_naming_a_navigation_is_ignored_and_the_graph_comes_back_as_given()
    {
        var orders = await SeededAsync();

        Assert.Equal("A", Assert.Single((await orders.GetOrderAsync(1))!.Lines).Sku);
        Assert.Equal("A", Assert.Single((await orders.GetOrderAsync(1, includeLines: true))!.Lines).Sku);
        Assert.Null(await orders.GetOrderAsync(99, includeLines: true));
    }

    [Fact]
    public async Task Min_and_max_parameters_are_inclusive_bounds_and_a_left_out_bound_is_none()
    {
        var orders = await SeededAsync();

        Assert.Equal(new[] { 1, 2, 3, 4 }, Ids(await orders.GetOrdersAsync()));
        Assert.Equal(new[] { 2, 3, 4 }, Ids(await orders.GetOrdersAsync(minTotal: 20m)));
        Assert.Equal(new[] { 1, 2 }, Ids(await orders.GetOrdersAsync(maxTotal: 20m)));
        Assert.Equal(new[] { 2, 3 }, Ids(await orders.GetOrdersAsync(OrderStatus.Paid, minTotal: 20m, maxTotal: 30m)));
        Assert.Equal(new[] { 2, 3 }, Ids(await orders.FindAsync(15m, 35m)));
        Assert.Empty(await orders.FindAsync(35m, 15m));
    }

    [Fact]
    public async Task A_null_bound_on_a_nullable_property_is_no_bound_and_a_given_one_skips_the_nulls_as_SQL_does()
    {
        var orders = await SeededAsync();

        Assert.Equal(new[] { 1, 2, 3, 4 }, Ids(await orders.ListAsync(null, null)));
        Assert.Equal(new[] { 2, 3 }, Ids(await orders.ListAsync(0m, null)));
        Assert.Equal(new[] { 2 }, Ids(await orders.ListAsync(2m, null)));
        Assert.Equal(new[] { 1, 2 }, Ids(await orders.ListAsync(null, new DateTime(2026, 2, 1))));
    }

    [Fact]
    public async Task GetTotalCount_counts_every_entity()
    {
        var orders = await SeededAsync();

        Assert.Equal(4, await orders.GetTotalCountAsync());
    }
}
