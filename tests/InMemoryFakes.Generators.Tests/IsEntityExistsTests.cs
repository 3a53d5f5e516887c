using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>Is{Entity}(values…)</c> returning bool asks whether an entity with those values is stored, as <c>{Entity}Exists</c>
/// does (a favourites repository's <c>IsFavoriteAsync(userId, productId)</c>) (docs/generator.md, "Entity repository").
/// </summary>
public class IsEntityExistsTests
{
    [Fact]
    public void Is_and_the_entity_name_asks_whether_one_is_stored_with_those_values()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Favs;
            public class Favorite { public int Id { get; set; } public string UserId { get; set; } = ""; public int ProductId { get; set; } }
            public interface IFavoriteRepository
            {
                Task AddAsync(Favorite favorite);
                Task<bool> IsFavoriteAsync(string userId, int productId);
                Task RemoveAsync(string userId, int productId);
            }
            [InMemoryFake(typeof(IFavoriteRepository))] public partial class FakeFavorites { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using Favs;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var favorites = new FakeFavorites();
                    favorites.AddAsync(new Favorite { UserId = "ann", ProductId = 7 }).GetAwaiter().GetResult();
                    Expect.Is(true, favorites.IsFavoriteAsync("ann", 7).GetAwaiter().GetResult(), "stored with both values");
                    Expect.Is(false, favorites.IsFavoriteAsync("ann", 8).GetAwaiter().GetResult(), "another product");
                    Expect.Is(false, favorites.IsFavoriteAsync("bob", 7).GetAwaiter().GetResult(), "another user");
                    favorites.RemoveAsync("ann", 7).GetAwaiter().GetResult();
                    Expect.Is(false, favorites.IsFavoriteAsync("ann", 7).GetAwaiter().GetResult(), "removed");
                }
            }
            """);
    }

    [Fact]
    public void Is_and_the_entity_name_is_refused_when_a_parameter_names_no_property()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Favs;
            public class Favorite { public int Id { get; set; } public string UserId { get; set; } = ""; public int ProductId { get; set; } }
            public interface IFavoriteRepository
            {
                Task AddAsync(Favorite favorite);
                Task<bool> IsFavoriteAsync(string userId, int itemId);
            }
            [InMemoryFake(typeof(IFavoriteRepository))] public partial class FakeFavorites { }
            """);
        Refusals.Exactly(run, ("IsFavoriteAsync", "itemId"));
    }
}
