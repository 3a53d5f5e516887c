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
    public async Task A_search_that_says_Containing_searches_within_the_text()
    {
        var books = Seeded();

        Assert.Equal(new[] { "Anathem" }, Titles(await books.SearchByTitleContainingAsync("nat")));
    }
}
