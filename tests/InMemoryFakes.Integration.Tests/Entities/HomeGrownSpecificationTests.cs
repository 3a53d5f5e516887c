using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.HomeGrownSpecifications;

// The specification of eShopOnWeb's first versions and of the courses built on it (Skinet): the repository's own
// evaluator applies Criteria, then OrderBy/OrderByDescending, then Skip/Take when IsPagingEnabled; Includes load
// navigations. Before, the fake applied the criteria only: a sorted, paged specification came back unsorted and whole.
public sealed class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public decimal Price { get; set; }

    public int BrandId { get; set; }
}

public interface ISpecification<T>
{
    Expression<Func<T, bool>>? Criteria { get; }

    List<Expression<Func<T, object>>> Includes { get; }

    Expression<Func<T, object>>? OrderBy { get; }

    Expression<Func<T, object>>? OrderByDescending { get; }

    int Take { get; }

    int Skip { get; }

    bool IsPagingEnabled { get; }
}

public class BaseSpecification<T> : ISpecification<T>
{
    public BaseSpecification()
    {
    }

    public BaseSpecification(Expression<Func<T, bool>> criteria) => Criteria = criteria;

    public Expression<Func<T, bool>>? Criteria { get; }

    public List<Expression<Func<T, object>>> Includes { get; } = new();

    public Expression<Func<T, object>>? OrderBy { get; private set; }

    public Expression<Func<T, object>>? OrderByDescending { get; private set; }

    public int Take { get; private set; }

    public int Skip { get; private set; }

    public bool IsPagingEnabled { get; private set; }

    public BaseSpecification<T> SortBy(Expression<Func<T, object>> key)
    {
        OrderBy = key;
        return this;
    }

    public BaseSpecification<T> SortByDescending(Expression<Func<T, object>> key)
    {
        OrderByDescending = key;
        return this;
    }

    public BaseSpecification<T> Page(int skip, int take)
    {
        Skip = skip;
        Take = take;
        IsPagingEnabled = true;
        return this;
    }
}

[InMemoryFake]
public interface IProductRepository
{
    Task<Product?> GetByIdAsync(int id);

    Task<Product?> GetEntityWithSpec(ISpecification<Product> spec);

    Task<IReadOnlyList<Product>> ListAsync(ISpecification<Product> spec);

    Task<int> CountAsync(ISpecification<Product> spec);

    Task<List<int>> FindManyIdsAsync(ISpecification<Product> spec);

    void Add(Product product);

    Task<bool> SaveAllAsync();
}

// A specification that tests one entity: IsSatisfiedBy.
public interface IProductRule
{
    bool IsSatisfiedBy(Product product);
}

public sealed class CheaperThan(decimal price) : IProductRule
{
    public bool IsSatisfiedBy(Product product) => product.Price < price;
}

[InMemoryFake]
public interface IProductRules
{
    void Add(Product product);

    IReadOnlyList<Product> List(IProductRule rule);

    bool Any(IProductRule rule);

    int Delete(IProductRule rule);
}

public sealed class HomeGrownSpecificationTests
{
    private static async Task<IProductRepository> SeededAsync()
    {
        IProductRepository products = new InMemoryProductRepository();
        products.Add(new Product { Name = "Cap", Price = 12m, BrandId = 1 });
        products.Add(new Product { Name = "Anorak", Price = 90m, BrandId = 2 });
        products.Add(new Product { Name = "Boots", Price = 60m, BrandId = 1 });
        products.Add(new Product { Name = "Dress", Price = 45m, BrandId = 2 });
        Assert.True(await products.SaveAllAsync());
        return products;
    }

    private static string[] Names(IEnumerable<Product> products) => products.Select(static p => p.Name).ToArray();

    [Fact]
    public async Task The_criteria_filters_and_a_specification_without_criteria_matches_every_entity_in_insertion_order()
    {
        var products = await SeededAsync();

        Assert.Equal(new[] { "Cap", "Boots" }, Names(await products.ListAsync(new BaseSpecification<Product>(p => p.BrandId == 1))));
        Assert.Equal(new[] { "Cap", "Anorak", "Boots", "Dress" }, Names(await products.ListAsync(new BaseSpecification<Product>())));
        Assert.Equal(4, await products.CountAsync(new BaseSpecification<Product>()));
    }

    [Fact]
    public async Task OrderBy_and_OrderByDescending_order_the_matches()
    {
        var products = await SeededAsync();

        Assert.Equal(new[] { "Anorak", "Boots", "Cap", "Dress" }, Names(await products.ListAsync(new BaseSpecification<Product>().SortBy(p => p.Name))));
        Assert.Equal(new[] { "Anorak", "Boots", "Dress", "Cap" }, Names(await products.ListAsync(new BaseSpecification<Product>().SortByDescending(p => p.Price))));
        Assert.Equal("Anorak", (await products.GetEntityWithSpec(new BaseSpecification<Product>().SortByDescending(p => p.Price)))!.Name);
    }

    [Fact]
    public async Task Paging_applies_after_the_order_only_when_enabled_and_a_count_counts_the_page_as_the_evaluator_does()
    {
        var products = await SeededAsync();

        var page2 = new BaseSpecification<Product>().SortBy(p => p.Price).Page(skip: 2, take: 2);
        Assert.Equal(new[] { "Boots", "Anorak" }, Names(await products.ListAsync(page2)));
        Assert.Equal(new[] { 3, 2 }, await products.FindManyIdsAsync(page2));
        Assert.Equal(2, await products.CountAsync(page2));
        Assert.Equal(1, await products.CountAsync(new BaseSpecification<Product>().Page(skip: 3, take: 2)));
    }

    [Fact]
    public async Task Both_orders_set_is_refused_at_run_time_because_evaluators_differ()
    {
        var products = await SeededAsync();

        var both = new BaseSpecification<Product>().SortBy(p => p.Name).SortByDescending(p => p.Price);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => products.ListAsync(both));
        Assert.Contains("both OrderBy and OrderByDescending", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bool_save_says_whether_it_wrote_anything()
    {
        var products = await SeededAsync();

        Assert.False(await products.SaveAllAsync());
        var cap = await products.GetByIdAsync(1);
        cap!.Price = 14m;
        Assert.True(await products.SaveAllAsync());
        Assert.False(await products.SaveAllAsync());
    }

    [Fact]
    public void An_IsSatisfiedBy_specification_lists_tests_and_deletes_its_matches()
    {
        IProductRules rules = new InMemoryProductRules();
        rules.Add(new Product { Name = "Cap", Price = 12m });
        rules.Add(new Product { Name = "Anorak", Price = 90m });
        rules.Add(new Product { Name = "Socks", Price = 5m });

        Assert.Equal(new[] { "Cap", "Socks" }, Names(rules.List(new CheaperThan(20m))));
        Assert.False(rules.Any(new CheaperThan(5m)));
        Assert.Equal(2, rules.Delete(new CheaperThan(20m)));
        Assert.Equal(new[] { "Anorak" }, Names(rules.List(new CheaperThan(1000m))));
    }
}
