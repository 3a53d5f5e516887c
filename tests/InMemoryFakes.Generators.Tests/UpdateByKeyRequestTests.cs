using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The update by key as ASP.NET Core tutorials write it (found by the lead's first try on fresh interfaces, session 21):
/// <c>UpdateAsync(int id, UpdateStockRequestDto dto)</c> copies the request's fields onto the row the key names
/// (<c>var existing = await db.Stocks.FindAsync(id); if (existing is null) return null; existing.Symbol = dto.Symbol; …</c>),
/// and <c>UpdateAsync(int id, Product product)</c> is called with a product mapped from a request body whose <c>Id</c> is
/// still 0. Both were refused or threw before; a field write declared nullable (<c>Product? UpdateName(id, name)</c>) threw
/// not-found for a missing key where its <c>?</c> says null.
/// </summary>
public class UpdateByKeyRequestTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void An_update_by_key_with_a_request_object_writes_its_fields_onto_the_row_and_keeps_the_others()
    {
        var run = Run("""
            namespace V;
            public class Stock { public int Id { get; set; } public string Symbol { get; set; } = ""; public string CompanyName { get; set; } = ""; public decimal Purchase { get; set; } public DateTime CreatedOn { get; set; } }
            public class UpdateStockRequestDto { public string Symbol { get; set; } = ""; public string CompanyName { get; set; } = ""; public decimal Purchase { get; set; } }
            public class RenameStock { public int Id { get; set; } public string CompanyName { get; set; } = ""; }
            [InMemoryFake]
            public interface IStockRepository
            {
                Task<Stock> CreateAsync(Stock stockModel);
                Task<Stock?> GetByIdAsync(int id);
                Task<Stock?> UpdateAsync(int id, UpdateStockRequestDto stockDto);
                bool Edit(int id, RenameStock rename);
                void Modify(int id, UpdateStockRequestDto request);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IStockRepository stocks = new InMemoryStockRepository();
                    var created = new DateTime(2026, 1, 2);
                    var stock = stocks.CreateAsync(new Stock { Symbol = "MSFT", CompanyName = "Microsoft", Purchase = 10m, CreatedOn = created }).GetAwaiter().GetResult();
                    var updated = stocks.UpdateAsync(stock.Id, new UpdateStockRequestDto { Symbol = "MSFT2", CompanyName = "Microsoft Corp", Purchase = 12m }).GetAwaiter().GetResult();
                    Is("MSFT2", updated!.Symbol, "UpdateAsync answers the row with the request's Symbol");
                    var read = stocks.GetByIdAsync(stock.Id).GetAwaiter().GetResult()!;
                    Is("Microsoft Corp", read.CompanyName, "the request's CompanyName is stored");
                    Is(12m, read.Purchase, "the request's Purchase is stored");
                    Is(created, read.CreatedOn, "a property the request does not carry keeps its stored value");
                    Is(stock.Id, read.Id, "the key stays");
                    Is(null, stocks.UpdateAsync(999, new UpdateStockRequestDto()).GetAwaiter().GetResult(), "UpdateAsync of a missing id answers null (its result is declared nullable)");
                    Is(true, stocks.Edit(stock.Id, new RenameStock { Id = 555, CompanyName = "MS" }), "Edit of a stored id");
                    Is("MS", stocks.GetByIdAsync(stock.Id).GetAwaiter().GetResult()!.CompanyName, "Edit writes CompanyName");
                    Is(null, stocks.GetByIdAsync(555).GetAwaiter().GetResult(), "the request's Id is not the row's key: the key parameter says which row");
                    Is(false, stocks.Edit(999, new RenameStock { CompanyName = "x" }), "Edit of a missing id answers false");
                    Throws<NotFoundException>(() => stocks.Modify(999, new UpdateStockRequestDto()), null, "Modify (returns nothing) of a missing id");
                    Throws<ArgumentNullException>(() => stocks.Modify(stock.Id, null!), "request", "a null request");
                    Is("MS", stocks.GetByIdAsync(stock.Id).GetAwaiter().GetResult()!.CompanyName, "a refused update changes nothing");
                }
            }
            """);
    }

    [Fact]
    public void A_record_entity_is_updated_from_the_request_with_one_with_expression()
    {
        var run = Run("""
            namespace V;
            public record Course(Guid Id, string Title, int Seats);
            public record UpdateCourseRequest(string Title, int Seats);
            [InMemoryFake]
            public interface ICourseRepository
            {
                Task AddAsync(Course course);
                Task<Course?> GetAsync(Guid id);
                Task UpdateAsync(Guid id, UpdateCourseRequest request, CancellationToken cancellationToken = default);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ICourseRepository courses = new InMemoryCourseRepository();
                    var id = Guid.NewGuid();
                    courses.AddAsync(new Course(id, "Algebra", 20)).GetAwaiter().GetResult();
                    courses.UpdateAsync(id, new UpdateCourseRequest("Geometry", 25)).GetAwaiter().GetResult();
                    Is(new Course(id, "Geometry", 25), courses.GetAsync(id).GetAwaiter().GetResult(), "the record is stored with the request's values");
                }
            }
            """);
    }

    [Fact]
    public void A_request_whose_fields_do_not_prove_the_write_is_refused()
    {
        var run = Run("""
            namespace V;
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } public int Total => 0; }
            public class PatchProduct { public string? Name { get; set; } public decimal? Price { get; set; } }
            public class UpdateProductCommand { public string Name { get; set; } = ""; public string Reason { get; set; } = ""; }
            public class SetTotal { public int Total { get; set; } }
            public class Reprice { public string Price { get; set; } = ""; }
            [InMemoryFake]
            public interface IProductRepository
            {
                Task<Product?> GetByIdAsync(int id);
                Task<Product?> UpdateAsync(int id, PatchProduct patch);
                Task<Product?> EditAsync(int id, UpdateProductCommand command);
                void Modify(int id, SetTotal total);
                void UpdateProduct(int id, Reprice reprice);
            }
            """);
        Refusals.Exactly(
            run,
            ("UpdateAsync", "'patch' has a nullable Name where Product.Name is not, so whether a null leaves the stored value (a partial update) or is an error is the store's own"),
            ("EditAsync", "'command' is a UpdateProductCommand whose Reason names no property of Product, so what the update does with it is the store's own"),
            ("Modify", "'total' carries Total, but Product.Total has no setter the fake can write"),
            ("UpdateProduct", "'reprice' has Price of type string, which does not convert to Product.Price (decimal)"));
    }

    [Fact]
    public void An_update_by_key_of_an_entity_whose_generated_key_is_unset_updates_the_row_the_key_names()
    {
        var run = Run("""
            namespace V;
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } }
            [InMemoryFake]
            public interface IProductRepository
            {
                Task<Product> CreateAsync(Product product);
                Task<Product?> GetByIdAsync(int id);
                Task<Product?> UpdateAsync(int id, Product product);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IProductRepository products = new InMemoryProductRepository();
                    var stored = products.CreateAsync(new Product { Name = "Pen", Price = 1m }).GetAwaiter().GetResult();
                    var fromRequest = new Product { Name = "Ink pen", Price = 2m };
                    var updated = products.UpdateAsync(stored.Id, fromRequest).GetAwaiter().GetResult();
                    Is(stored.Id, updated!.Id, "the update answers the row the key names");
                    Is("Ink pen", products.GetByIdAsync(stored.Id).GetAwaiter().GetResult()!.Name, "a product whose Id is unset (0) updates the row the key names");
                    Is(null, products.GetByIdAsync(stored.Id + 1).GetAwaiter().GetResult(), "no row was added");
                    Is(null, products.UpdateAsync(999, new Product { Name = "x" }).GetAwaiter().GetResult(), "a missing id answers null");
                    Throws<ArgumentException>(() => products.UpdateAsync(stored.Id, new Product { Id = stored.Id + 1, Name = "y" }).GetAwaiter().GetResult(), "product", "an entity whose own key is another row's");
                    Is("Ink pen", products.GetByIdAsync(stored.Id).GetAwaiter().GetResult()!.Name, "the refused update changed nothing");
                }
            }
            """);
    }

    [Fact]
    public void A_field_write_declared_nullable_answers_null_for_a_missing_key()
    {
        var run = Run("""
            namespace V;
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } }
            [InMemoryFake]
            public interface IProductRepository
            {
                Task AddAsync(Product product);
                Task<Product?> UpdatePriceAsync(int id, decimal price);
                Product? UpdateName(int id, string name);
                Product UpdatePrice(int id, decimal price);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IProductRepository products = new InMemoryProductRepository();
                    var product = new Product { Name = "Pen" };
                    products.AddAsync(product).GetAwaiter().GetResult();
                    Is(3m, products.UpdatePriceAsync(product.Id, 3m).GetAwaiter().GetResult()!.Price, "UpdatePriceAsync answers the updated row");
                    Is(null, products.UpdatePriceAsync(999, 3m).GetAwaiter().GetResult(), "UpdatePriceAsync of a missing id answers null");
                    Is(null, products.UpdateName(999, "x"), "UpdateName of a missing id answers null");
                    Throws<NotFoundException>(() => products.UpdatePrice(999, 1m), null, "a result declared not null: the not-found error");
                }
            }
            """);
    }
}
