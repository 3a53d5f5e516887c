using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// An add built from values (loose, or a request object's) that gives a quantity beside a reference to another row is a
/// cart, basket or stock line (session 26, lead): eShop's basket <c>AddItem</c> raises the quantity of the line already
/// holding the product, a plain repository inserts a second line, and the signature says neither, so it is refused. Values
/// without that pair (a product's name and price, a comment on a post, a quantity with no reference) still build the entity.
/// </summary>
public class CartLineAddRefusalTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_quantity_beside_a_reference_is_refused_loose_or_in_a_request()
    {
        var run = Run("""
            namespace V;
            public class CartItem { public int Id { get; set; } public int ProductId { get; set; } public int Quantity { get; set; } }
            public class AddLine { public int ProductId { get; set; } public int Quantity { get; set; } }
            public class BasketLine { public Guid Id { get; set; } public string UserId { get; set; } = ""; public int ProductId { get; set; } public decimal Qty { get; set; } }
            [InMemoryFake]
            public interface ICartRepository
            {
                CartItem AddItem(int productId, int quantity);
                CartItem Add(AddLine line);
                CartItem? Find(int id);
            }
            [InMemoryFake]
            public interface IBasketRepository
            {
                Task<BasketLine> AddAsync(string userId, int productId, decimal qty);
                Task<BasketLine?> GetAsync(Guid id);
            }
            """);
        Refusals.Exactly(run,
            ("AddItem", "it adds a CartItem with Quantity beside ProductId, the shape of a cart, basket or stock line: a store may add Quantity to the line that already holds that ProductId (eShop's basket AddItem raises the quantity of the product's line) or add a second line beside it, and the signature says neither; write the member (Store.Add(new CartItem { … }), or for the line found Store.UpdateWith(id, quantity, static (line, more) => { line.Quantity += more; return line; }))"),
            ("Add", "it adds a CartItem with Quantity beside ProductId, the shape of a cart, basket or stock line"),
            ("AddAsync", "it adds a BasketLine with Qty beside UserId and ProductId, the shape of a cart, basket or stock line: a store may add Qty to the line that already holds those"));
    }

    [Fact]
    public void Values_without_a_quantity_and_a_reference_still_build_the_entity()
    {
        var run = Run("""
            namespace V;
            public class Comment { public int Id { get; set; } public int PostId { get; set; } public string Text { get; set; } = ""; }
            public class Stock { public int Id { get; set; } public string Sku { get; set; } = ""; public int Quantity { get; set; } }
            [InMemoryFake]
            public interface IComments
            {
                Comment Add(int postId, string text);
                Comment? Find(int id);
                IReadOnlyList<Comment> GetAll();
            }
            [InMemoryFake]
            public interface IStocks
            {
                Stock Add(string sku, int quantity);
                Stock? Find(int id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IComments comments = new InMemoryComments();
                    var first = comments.Add(7, "hi");
                    var second = comments.Add(7, "again");
                    Is(1, first.Id, "numbered");
                    Is(2, comments.GetAll().Count, "two comments on one post: a new row each");
                    Is("again", comments.Find(second.Id)!.Text, "stored text");
                    IStocks stocks = new InMemoryStocks();
                    var stock = stocks.Add("A-1", 5);
                    Is(5, stocks.Find(stock.Id)!.Quantity, "a quantity with no reference to another row is a value");
                }
            }
            """);
    }
}
