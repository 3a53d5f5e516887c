using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.Tutorial;

// Repositories as tutorials and blog posts write them: an entity with both a navigation (Category) and its foreign key
// (CategoryId), lookups that ask for related rows (GetProductWithCategory), an existence check named after a property
// (SlugExists) and an update that returns null for a missing row (Task<T?> UpdateAsync).
public sealed class Category
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public List<Product> Products { get; set; } = new();
}

public sealed class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public int CategoryId { get; set; }

    public Category? Category { get; set; }
}

[InMemoryFake]
public interface IProductRepository
{
    Task AddAsync(Product product);

    Task<IEnumerable<Product>> GetProductsByCategoryAsync(int categoryId);

    Task<Product?> GetProductWithCategoryAsync(int id);

    Task<bool> SlugExistsAsync(string slug);

    Task<Product?> UpdateAsync(Product product);
}

[InMemoryFake]
public interface ICategoryRepository
{
    Task AddAsync(Category category);

    Task<Category?> GetCategoryWithProductsAsync(int id);

    Task<Category> UpdateAsync(Category category);
}

public sealed class TutorialRepositoryTests
{
    private static async Task<IProductRepository> SeededAsync()
    {
        IProductRepository products = new InMemoryProductRepository();
        var books = new Category { Id = 1, Name = "Books" };
        await products.AddAsync(new Product { Id = 10, Name = "Dune", Slug = "dune", CategoryId = 1, Category = books });
        await products.AddAsync(new Product { Id = 11, Name = "Emma", Slug = "emma", CategoryId = 1 });
        await products.AddAsync(new Product { Id = 20, Name = "Lamp", Slug = "lamp", CategoryId = 2 });
        return products;
    }

    [Fact]
    public async Task A_lookup_by_a_navigation_with_a_foreign_key_parameter_compares_the_foreign_key()
    {
        var products = await SeededAsync();

        Assert.Equal(new[] { 10, 11 }, (await products.GetProductsByCategoryAsync(1)).Select(static p => p.Id).OrderBy(static id => id));
        Assert.Equal(new[] { 20 }, (await products.GetProductsByCategoryAsync(2)).Select(static p => p.Id));
        Assert.Empty(await products.GetProductsByCategoryAsync(3));
    }

    [Fact]
    public async Task A_lookup_with_a_navigation_returns_the_entity_by_key_with_the_graph_it_was_given()
    {
        var products = await SeededAsync();

        var dune = await products.GetProductWithCategoryAsync(10);
        Assert.Equal("Books", dune?.Category?.Name);
        Assert.Null((await products.GetProductWithCategoryAsync(11))?.Category);
        Assert.Null(await products.GetProductWithCategoryAsync(99));

        ICategoryRepository categories = new InMemoryCategoryRepository();
        await categories.AddAsync(new Category { Id = 1, Name = "Books", Products = { new Product { Id = 10, Name = "Dune" } } });
        Assert.Equal("Dune", Assert.Single((await categories.GetCategoryWithProductsAsync(1))!.Products).Name);
    }

    [Fact]
    public async Task Property_exists_asks_whether_some_entity_has_the_value()
    {
        var products = await SeededAsync();

        Assert.True(await products.SlugExistsAsync("emma"));
        Assert.False(await products.SlugExistsAsync("Emma"));
        Assert.False(await products.SlugExistsAsync("tea"));
    }

    [Fact]
    public async Task An_update_declared_to_return_a_nullable_entity_returns_null_for_a_missing_key_and_stores_nothing()
    {
        var products = await SeededAsync();

        Assert.Null(await products.UpdateAsync(new Product { Id = 99, Name = "Ghost", Slug = "ghost" }));
        Assert.False(await products.SlugExistsAsync("ghost"));

        var updated = await products.UpdateAsync(new Product { Id = 11, Name = "Emma (2nd ed.)", Slug = "emma-2", CategoryId = 1 });
        Assert.Equal("Emma (2nd ed.)", updated?.Name);
        Assert.True(await products.SlugExistsAsync("emma-2"));
        Assert.False(await products.SlugExistsAsync("emma"));
    }

    [Fact]
    public async Task An_update_declared_to_return_the_entity_itself_still_throws_not_found_for_a_missing_key()
    {
        ICategoryRepository categories = new InMemoryCategoryRepository();

        await Assert.ThrowsAsync<NotFoundException>(() => categories.UpdateAsync(new Category { Id = 5, Name = "Toys" }));
    }
}

[InMemoryFake]
public interface IProductTableRepository
{
    IQueryable<Product> Table { get; }

    IQueryable<Product> TableNoTracking { get; }

    void Insert(Product product);
}

public sealed class TrackingOptionQueryableTests
{
    [Fact]
    public void A_queryable_named_with_a_tracking_option_reads_the_same_rows()
    {
        IProductTableRepository products = new InMemoryProductTableRepository();
        products.Insert(new Product { Id = 1, Name = "Dune", CategoryId = 1 });
        products.Insert(new Product { Id = 2, Name = "Lamp", CategoryId = 2 });

        Assert.Equal(new[] { "Dune" }, products.TableNoTracking.Where(static p => p.CategoryId == 1).Select(static p => p.Name).ToArray());
        Assert.Equal(products.Table.Select(static p => p.Id).OrderBy(static id => id), products.TableNoTracking.Select(static p => p.Id).OrderBy(static id => id));
    }
}

public sealed class Account
{
    public Guid Id { get; set; }

    public string Email { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public DateTime? LastLoginAt { get; set; }
}

[InMemoryFake]
public interface IAccountRepository
{
    Task AddAsync(Account account);

    Task<Account?> GetByIdAsync(Guid id);

    Task UpdateLastLoginAsync(Guid id, DateTime lastLoginAt);

    Task<bool> UpdatePasswordAsync(Guid id, string passwordHash);
}

public sealed class FieldNamedByValueTests
{
    private static readonly Guid Ada = new("00000000-0000-0000-0000-00000000000a");

    [Fact]
    public async Task A_one_field_update_whose_value_names_the_field_sets_that_field_only()
    {
        IAccountRepository accounts = new InMemoryAccountRepository();
        await accounts.AddAsync(new Account { Id = Ada, Email = "ada@example.com", PasswordHash = "old" });
        var at = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);

        await accounts.UpdateLastLoginAsync(Ada, at);
        Assert.True(await accounts.UpdatePasswordAsync(Ada, "new"));
        Assert.False(await accounts.UpdatePasswordAsync(Guid.NewGuid(), "x"));

        var stored = await accounts.GetByIdAsync(Ada);
        Assert.Equal(at, stored?.LastLoginAt);
        Assert.Equal("new", stored?.PasswordHash);
        Assert.Equal("ada@example.com", stored?.Email);
        await Assert.ThrowsAsync<NotFoundException>(() => accounts.UpdateLastLoginAsync(Guid.NewGuid(), at));
    }
}

[InMemoryFake]
public interface IProductLookup
{
    void Add(Product product);

    bool TryGet(int id, out Product? product);

    bool TryGetProductById(int id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Product? product);

    bool TryFindById(int id, out Product? product);

    bool TryReadProduct(int id, out Product? product);
}

public sealed class TryGetEntityTests
{
    [Fact]
    public void Try_get_by_key_says_whether_it_found_the_entity_and_hands_out_a_copy()
    {
        IProductLookup products = new InMemoryProductLookup();
        products.Add(new Product { Id = 1, Name = "Dune" });

        Assert.True(products.TryGet(1, out var dune));
        Assert.Equal("Dune", dune!.Name);
        dune.Name = "changed";
        Assert.True(products.TryGetProductById(1, out var again));
        Assert.Equal("Dune", again.Name);

        Assert.False(products.TryGet(2, out var missing));
        Assert.Null(missing);
        Assert.True(products.TryFindById(1, out var found) && found!.Name == "Dune");
        Assert.True(products.TryReadProduct(1, out var read) && read!.Name == "Dune");
        Assert.False(products.TryReadProduct(2, out _));
    }
}
