using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.TuplePages;

// Tutorial repositories return a page and the total as a tuple with named elements.
public sealed class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Category { get; set; } = "";
}

[InMemoryFake]
public interface IProductRepository
{
    Task AddAsync(Product product);

    Task<(IEnumerable<Product> Items, int TotalCount)> GetPagedAsync(int page, int pageSize);

    Task<(List<Product> Products, int Total)> GetByCategoryAsync(string category, int pageNumber, int pageSize);
}

public sealed class TuplePageTests
{
    private static async Task<IProductRepository> SeededAsync()
    {
        IProductRepository products = new InMemoryProductRepository();
        for (var i = 1; i <= 5; i++)
        {
            await products.AddAsync(new Product { Name = "P" + i, Category = i % 2 == 0 ? "even" : "odd" });
        }

        return products;
    }

    [Fact]
    public async Task A_named_tuple_gets_the_page_and_the_total_of_every_match()
    {
        var products = await SeededAsync();

        var (items, total) = await products.GetPagedAsync(page: 2, pageSize: 2);
        Assert.Equal(new[] { "P3", "P4" }, items.Select(static p => p.Name).ToArray());
        Assert.Equal(5, total);

        var odd = await products.GetByCategoryAsync("odd", pageNumber: 1, pageSize: 2);
        Assert.Equal(new[] { "P1", "P3" }, odd.Products.Select(static p => p.Name).ToArray());
        Assert.Equal(3, odd.Total);
    }
}
