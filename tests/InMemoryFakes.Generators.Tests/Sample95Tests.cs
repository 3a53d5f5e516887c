using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample95 (session 32), identity and authentication servers. spider-baby-identity's <c>IFindUserService&lt;TUser&gt;</c>
/// declares <c>FindUserWithTeamDetailsAsync(Guid? userId)</c> beside <c>FindUserAsync(Guid? userId)</c>: the user by id
/// with its team loaded (EF Core's <c>Include</c>), which selects nothing. <c>With{Navigation}</c> was read so already
/// (<c>GetProductWithCategory(id)</c>); <c>With{Navigation}Details</c> was refused as naming neither the entity nor a
/// parameter. It is the same lookup now, when the part before <c>Details</c> is a navigation of the entity; a scalar or an
/// unknown word before it (<c>WithPriceDetails</c>, <c>WithStockDetails</c>) stays refused.
/// </summary>
public class Sample95Tests
{
    private const string Users = Sources.Usings + """
        namespace V;

        public class Team
        {
            public Guid Id { get; set; }
            public string Name { get; set; } = "";
        }

        public class AppUser
        {
            public Guid Id { get; set; }
            public string? Email { get; set; }
            public Guid TeamId { get; set; }
            public Team? Team { get; set; }
        }

        [InMemoryFake]
        public interface IUserLookup
        {
            Task AddAsync(AppUser user);
            Task<AppUser?> FindUserWithTeamDetailsAsync(Guid? userId);
            Task<AppUser?> GetUserWithTeamDetails(Guid userId);
        }
        """;

    [Fact]
    public void A_lookup_with_a_navigation_and_details_is_the_lookup_by_key()
    {
        var run = GeneratorHarness.Run(Users);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var users = new InMemoryUserLookup();
                    var team = new Team { Id = Guid.NewGuid(), Name = "Core" };
                    var ann = new AppUser { Id = Guid.NewGuid(), Email = "ann@example.com", TeamId = team.Id, Team = team };
                    users.AddAsync(ann).GetAwaiter().GetResult();
                    Is("Core", users.FindUserWithTeamDetailsAsync(ann.Id).GetAwaiter().GetResult()?.Team?.Name, "FindUserWithTeamDetailsAsync finds the user by id, with the team it was given");
                    Is(null, users.FindUserWithTeamDetailsAsync(null).GetAwaiter().GetResult(), "a null id finds nothing");
                    Is(null, users.FindUserWithTeamDetailsAsync(Guid.NewGuid()).GetAwaiter().GetResult(), "an unknown id finds nothing");
                    Is("ann@example.com", users.GetUserWithTeamDetails(ann.Id).GetAwaiter().GetResult()?.Email, "GetUserWithTeamDetails is the same lookup");
                }
            }
            """);
    }

    [Fact]
    public void Details_after_anything_but_a_navigation_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            public class Category
            {
                public int Id { get; set; }
            }

            public class Product
            {
                public int Id { get; set; }
                public decimal Price { get; set; }
                public int CategoryId { get; set; }
                public Category? Category { get; set; }
            }

            [InMemoryFake]
            public interface IProductRepository
            {
                Task AddAsync(Product product);
                Task<Product?> GetProductWithCategoryDetailsAsync(int id);
                Task<Product?> GetProductWithPriceDetailsAsync(int id);
                Task<Product?> GetProductWithStockDetailsAsync(int id);
            }
            """);

        Refusals.Exactly(
            run,
            ("GetProductWithPriceDetailsAsync", "'Price' in 'GetProductWithPriceDetails' names neither the entity (Product), the interface nor a parameter"),
            ("GetProductWithStockDetailsAsync", "'Stock' in 'GetProductWithStockDetails' names neither the entity (Product), the interface nor a parameter"));
    }
}
