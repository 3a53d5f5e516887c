using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.OrderedLists;

// Every entity in an order named after the verb: GetAllOrderedByYearDesc(), GetSortedByTitle(), as Spring Data's
// findAllByOrderByYearDesc.
public sealed class Book
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public int Year { get; set; }
}

[InMemoryFake]
public interface IBookRepository
{
    void Add(Book book);

    Task<IEnumerable<Book>> GetAllOrderedByYearDescAsync();

    Task<List<Book>> GetBooksSortedByTitleAsync();

    Task<IReadOnlyList<Book>> ListOrderByTitleAsync();

    Task<Book?> GetFirstOrderedByYearAsync();

    Task<IEnumerable<Book>> SearchByTitleContainingAsync(string title);
}

// An entity named Order (or PurchaseOrder…): the "Order" right before By is the entity's own name when the words
// between the verb and By name the entity, as eShopOnDapr's GetOrderByOrderNumberAsync(int orderNumber) does.
public sealed class Order
{
    public int Id { get; set; }

    public int OrderNumber { get; set; }

    public string BuyerId { get; set; } = "";
}

[InMemoryFake]
public interface IOrderRepository
{
    void Add(Order order);

    Task<Order?> GetOrderByOrderNumberAsync(int orderNumber);

    Task<IReadOnlyList<Order>> GetAllOrderByOrderNumberAsync();

    Task<IReadOnlyList<Order>> GetAllOrderedByOrderNumberAsync();
}

public sealed class OrderedListTests
{
    private static IBookRepository Seeded()
    {
        IBookRepository books = new InMemoryBookRepository();
        books.Add(new Book { Title = "Dune", Year = 1965 });
        books.Add(new Book { Title = "Anathem", Year = 2008 });
        books.Add(new Book { Title = "Solaris", Year = 1961 });
        return books;
    }

    private static string[] Titles(IEnumerable<Book> books) => books.Select(static b => b.Title).ToArray();

    [Fact]
    public async Task An_ordering_word_before_By_orders_every_entity()
    {
        var books = Seeded();

        Assert.Equal(new[] { "Anathem", "Dune", "Solaris" }, Titles(await books.GetAllOrderedByYearDescAsync()));
        Assert.Equal(new[] { "Anathem", "Dune", "Solaris" }, Titles(await books.GetBooksSortedByTitleAsync()));
        Assert.Equal(new[] { "Anathem", "Dune", "Solaris" }, Titles(await books.ListOrderByTitleAsync()));
        Assert.Equal("Solaris", (await books.GetFirstOrderedByYearAsync())!.Title);
    }

    [Fact]
    public async Task An_entity_named_Order_right_before_By_is_the_subject_of_a_lookup_not_an_ordering()
    {
        IOrderRepository orders = new InMemoryOrderRepository();
        orders.Add(new Order { OrderNumber = 1002, BuyerId = "bob" });
        orders.Add(new Order { OrderNumber = 1001, BuyerId = "ann" });

        Assert.Equal("ann", (await orders.GetOrderByOrderNumberAsync(1001))?.BuyerId);
        Assert.Null(await orders.GetOrderByOrderNumberAsync(999));
        Assert.Equal(new[] { 1001, 1002 }, (await orders.GetAllOrderByOrderNumberAsync()).Select(static o => o.OrderNumber));
        Assert.Equal(new[] { 1001, 1002 }, (await orders.GetAllOrderedByOrderNumberAsync()).Select(static o => o.OrderNumber));
    }

    [Fact]
    public async Task A_search_that_says_Containing_searches_within_the_text()
    {
        var books = Seeded();

        Assert.Equal(new[] { "Anathem" }, Titles(await books.SearchByTitleContainingAsync("nat")));
    }
}
