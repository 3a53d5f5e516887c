using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Shapes of the repositories ASP.NET Core courses and their students write (DatingApp's <c>IUserRepository</c> over an
/// <c>AppUser</c>, an EF Core category repository with <c>SaveAsync</c>), refused on the lead's first try (session 21)
/// although the interface proves them.
/// </summary>
public class TutorialRepositoryShapeTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_derived_query_may_name_the_entity_by_the_last_words_of_its_name()
    {
        var run = Run("""
            namespace V;
            public class AppUser { public int Id { get; set; } public string UserName { get; set; } = ""; public string City { get; set; } = ""; }
            [InMemoryFake]
            public interface IUserRepository
            {
                void Add(AppUser user);
                Task<AppUser?> GetUserByIdAsync(int id);
                Task<AppUser?> GetUserByUsernameAsync(string username);
                Task<List<AppUser>> FindUsersByCityAsync(string city);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IUserRepository users = new InMemoryUserRepository();
                    users.Add(new AppUser { UserName = "lisa", City = "Oslo" });
                    users.Add(new AppUser { UserName = "bob", City = "Oslo" });
                    users.Add(new AppUser { UserName = "tom", City = "Rome" });
                    Is("lisa", users.GetUserByUsernameAsync("lisa").GetAwaiter().GetResult()!.UserName, "GetUserByUsernameAsync finds the AppUser by UserName");
                    Is(null, users.GetUserByUsernameAsync("nobody").GetAwaiter().GetResult(), "no match: null");
                    Is(2, users.FindUsersByCityAsync("Oslo").GetAwaiter().GetResult().Count, "FindUsersByCityAsync: 'Users' names the AppUser list");
                }
            }
            """);
    }

    [Fact]
    public void A_word_that_is_not_the_end_of_the_entity_name_stays_refused()
    {
        var run = Run("""
            namespace V;
            public class UserProfile { public int Id { get; set; } public string Email { get; set; } = ""; }
            [InMemoryFake]
            public interface IUserProfileRepository
            {
                void Add(UserProfile profile);
                UserProfile? GetUserByEmail(string email);
            }
            """);
        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0015");
        Assert.Contains("'GetUserByEmail' of IUserProfileRepository is not a derived query name that parses: 'User' between the verb and By is not First, Top<N>, Distinct, All, Many or the entity name",
            refused.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_removal_by_entity_that_waits_for_the_save_fails_the_save_for_an_entity_not_stored()
    {
        var run = Run("""
            namespace V;
            public class Category { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface ICategoryRepository
            {
                Task<IEnumerable<Category>> GetCategoriesAsync();
                Task<Category?> GetCategoryAsync(int id);
                void AddCategory(Category category);
                void DeleteCategory(Category category);
                void DeleteCategories(IEnumerable<Category> categories);
                Task<bool> SaveAsync();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ICategoryRepository categories = new InMemoryCategoryRepository();
                    categories.AddCategory(new Category { Name = "Books" });
                    categories.AddCategory(new Category { Name = "Music" });
                    Is(true, categories.SaveAsync().GetAwaiter().GetResult(), "the adds are saved");
                    var books = System.Linq.Enumerable.First(categories.GetCategoriesAsync().GetAwaiter().GetResult(), c => c.Name == "Books");
                    categories.DeleteCategory(books);
                    Is(2, System.Linq.Enumerable.Count(categories.GetCategoriesAsync().GetAwaiter().GetResult()), "the removal waits for the save");
                    Is(true, categories.SaveAsync().GetAwaiter().GetResult(), "the save writes the removal");
                    Is(null, categories.GetCategoryAsync(books.Id).GetAwaiter().GetResult(), "removed once saved");

                    categories.DeleteCategory(new Category { Id = 999, Name = "Ghost" });
                    Throws<ConcurrencyConflictException>(() => categories.SaveAsync().GetAwaiter().GetResult(), null, "the save of a removal of a category not stored fails, as EF Core's DbUpdateConcurrencyException");

                    ICategoryRepository fresh = new InMemoryCategoryRepository();
                    fresh.AddCategory(new Category { Name = "Art" });
                    fresh.SaveAsync().GetAwaiter().GetResult();
                    fresh.DeleteCategories(new[] { new Category { Id = 998, Name = "Ghost" } });
                    Throws<ConcurrencyConflictException>(() => fresh.SaveAsync().GetAwaiter().GetResult(), null, "a removal of several, one not stored, fails the save too");
                }
            }
            """);
    }

    [Fact]
    public void A_removal_by_entity_saved_at_once_still_asks_what_a_missing_entity_does()
    {
        var run = Run("""
            namespace V;
            public class Owner { public Guid Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface IOwnerRepository
            {
                IEnumerable<Owner> GetAllOwners(bool trackChanges);
                void CreateOwner(Owner owner);
                void DeleteOwner(Owner owner);
            }
            """);
        Refusals.Exactly(run, ("DeleteOwner", "a removal by entity that returns nothing cannot say what it does when the entity is not stored"));
    }

    [Fact]
    public void A_specification_with_IsDistinct_lists_the_entities_its_criteria_match()
    {
        var run = Run("""
            using System.Linq.Expressions;
            namespace V;
            public class Product { public int Id { get; set; } public string Brand { get; set; } = ""; public decimal Price { get; set; } }
            public interface ISpecification<T>
            {
                Expression<Func<T, bool>>? Criteria { get; }
                Expression<Func<T, object>>? OrderBy { get; }
                Expression<Func<T, object>>? OrderByDescending { get; }
                bool IsDistinct { get; }
                int Take { get; }
                int Skip { get; }
                bool IsPagingEnabled { get; }
            }
            public class BrandSpec : ISpecification<Product>
            {
                public BrandSpec(string brand) => Criteria = p => p.Brand == brand;
                public Expression<Func<Product, bool>>? Criteria { get; }
                public Expression<Func<Product, object>>? OrderBy => p => p.Price;
                public Expression<Func<Product, object>>? OrderByDescending => null;
                public bool IsDistinct => true;
                public int Take => 0;
                public int Skip => 0;
                public bool IsPagingEnabled => false;
            }
            [InMemoryFake]
            public interface IProductRepository
            {
                void Add(Product product);
                Task<IReadOnlyList<Product>> ListAsync(ISpecification<Product> spec);
                Task<int> CountAsync(ISpecification<Product> spec);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IProductRepository products = new InMemoryProductRepository();
                    products.Add(new Product { Brand = "Acme", Price = 3m });
                    products.Add(new Product { Brand = "Acme", Price = 3m });
                    products.Add(new Product { Brand = "Zeta", Price = 1m });
                    Is(2, products.ListAsync(new BrandSpec("Acme")).GetAwaiter().GetResult().Count, "IsDistinct keeps both rows: each is its own entity");
                    Is(2, products.CountAsync(new BrandSpec("Acme")).GetAwaiter().GetResult(), "CountAsync of the same spec");
                }
            }
            """);
    }

    [Fact]
    public void Set_given_the_entity_alone_writes_it_whether_or_not_it_is_stored()
    {
        var run = Run("""
            namespace V;
            public class ShoppingCart { public string Id { get; set; } = ""; public List<string> Items { get; set; } = new(); }
            [InMemoryFake]
            public interface ICartService
            {
                Task<ShoppingCart?> GetCartAsync(string key);
                Task<ShoppingCart?> SetCartAsync(ShoppingCart cart);
                Task<bool> DeleteCartAsync(string key);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ICartService carts = new InMemoryCartService();
                    var created = carts.SetCartAsync(new ShoppingCart { Id = "c1", Items = { "pen" } }).GetAwaiter().GetResult();
                    Is("c1", created!.Id, "SetCartAsync of a new cart stores it and answers it");
                    carts.SetCartAsync(new ShoppingCart { Id = "c1", Items = { "pen", "ink" } }).GetAwaiter().GetResult();
                    Is(2, carts.GetCartAsync("c1").GetAwaiter().GetResult()!.Items.Count, "SetCartAsync of a stored cart replaces it");
                    Is(true, carts.DeleteCartAsync("c1").GetAwaiter().GetResult(), "DeleteCartAsync");
                    Is(null, carts.GetCartAsync("c1").GetAwaiter().GetResult(), "gone");
                }
            }
            """);
    }
}
