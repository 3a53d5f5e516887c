using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>Increment{P}(key)</c> and <c>Increase{P}(key, amount)</c>: add to an int or long property of the entity found by
/// key (a blog's <c>IncrementViewCountAsync(int id)</c>, found by the lead's first try on fresh interfaces, session 20).
/// A decrement and an integer result stay refused: a store that decreases a stock guards it, and an integer is the new
/// value in some stores and the rows updated in others.
/// </summary>
public class IncrementFieldTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void An_increment_adds_one_or_the_amount_to_the_property_of_the_row_found_by_key()
    {
        var run = Run("""
            namespace V;
            public class Article { public int Id { get; set; } public int ViewCount { get; set; } public long Stock { get; set; } public string Title { get; set; } = ""; }
            [InMemoryFake]
            public interface IArticleRepository
            {
                Task AddAsync(Article article);
                Task<Article?> GetByIdAsync(int id);
                Task IncrementViewCountAsync(int id);
                bool IncreaseStock(int id, long quantity);
                Article IncrementViewCount(int id, int by);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IArticleRepository articles = new InMemoryArticleRepository();
                    var article = new Article { Title = "x" };
                    articles.AddAsync(article).GetAwaiter().GetResult();
                    articles.IncrementViewCountAsync(article.Id).GetAwaiter().GetResult();
                    articles.IncrementViewCountAsync(article.Id).GetAwaiter().GetResult();
                    Is(2, articles.GetByIdAsync(article.Id).GetAwaiter().GetResult()!.ViewCount, "two increments");
                    Is(12, articles.IncrementViewCount(article.Id, 10).ViewCount, "IncrementViewCount(id, by) returns the row");
                    Is(true, articles.IncreaseStock(article.Id, 5), "IncreaseStock of a stored id");
                    Is(false, articles.IncreaseStock(999, 5), "IncreaseStock of a missing id");
                    Is(5L, articles.GetByIdAsync(article.Id).GetAwaiter().GetResult()!.Stock, "Stock");
                    Is("x", articles.GetByIdAsync(article.Id).GetAwaiter().GetResult()!.Title, "the other properties stay");
                    Throws<NotFoundException>(() => articles.IncrementViewCountAsync(999).GetAwaiter().GetResult(), null, "an increment of a missing id");
                }
            }
            """);
    }

    [Fact]
    public void A_decrement_an_integer_result_and_a_non_integer_property_stay_refused()
    {
        var run = Run("""
            namespace V;
            public class Product { public int Id { get; set; } public int Stock { get; set; } public decimal Price { get; set; } }
            [InMemoryFake]
            public interface IProductRepository
            {
                void Add(Product product);
                Task DecreaseStockAsync(int id, int quantity);
                Task<int> IncrementStockAsync(int id);
                void IncreasePrice(int id, int amount);
                void IncrementStock(int id, int userId);
            }
            """);
        Refusals.Exactly(
            run,
            ("DecreaseStockAsync", "'DecreaseStock' is not a known verb"),
            ("IncrementStockAsync", "an integer result is the new value in some stores and the rows updated in others"),
            ("IncreasePrice", "'Price' is decimal, and an increment adds to an int or long property"),
            ("IncrementStock", "'userId'"));
    }
}
