// Source: https://github.com/N-Endy/InventoryManager
// Commit: 75a163ab (the version the search returned: int ids and CreateProduct; later commits made the id a string and
//   moved CreateProduct out)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample40 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IUserRepository GetByEmailAsync`, (2) `interface IProductRepository Task`, (3) `interface
//   ICacheService GetAsync SetAsync RemoveAsync`, (4) `interface IOrderRepository`, (5) `interface IFileStorageService
//   UploadAsync DownloadAsync`, (6) `interface INotificationRepository`, (7) `interface IBookRepository`, (8) `interface
//   ISessionStore`; from each, the FIRST result in the order returned that is a C# interface declaration with at least
//   3 members (inherited ones count if the base interface is in the same repository, as in the earlier rules), outside
//   paths containing "test" (any case), from a repository not already a corpus source; at most 1 per repository; stop
//   after 6. A result that names no repository or path (the tool's anonymous excerpts, ranks 5-12 of most queries)
//   cannot be cited, checked against the corpus or read further (find_string and read_file name no repository either),
//   so it is not taken. Each transcribed at the stored version the tool reads (the commit below), with its real store.
//   Picks: (1) rank 1, FranciszekBaron/FileSharing IUserRepository (1 member in the excerpt, 2 at the version read, 5
//   inherited from IRepositoryBase<T> in the same repository); (2) rank 2, N-Endy/InventoryManager IProductRepository
//   (rank 1 declares 2); (3) rank 3, bdaluz/clean-architecture-study ICacheService (rank 1 declares 2, rank 2 is
//   TypeScript); (4) rank 1, juan-mejiap/Costumer IOrderRepository; (5) rank 1, stanl33y/motcyApi IStorageService;
//   (6) rank 4, mustafa-allamy/UsersMicroservices_RabbitMQ INotificationRepository (ranks 1-3 are Dart, Go and
//   TypeScript; it declares none, its base IRepositoryBase<T> in the same repository 11). Six, so queries 7 and 8 pick
//   nothing. None of the six repositories was a corpus source.
//   This one: query (2), rank 2.
// Path: IProductRepository.cs (real store: ProductRepository.cs beside it, the only one; model: Product.cs; caller:
//   InventoryManager.cs)
// Adapted: Product's ToString left out; its string properties initialised to "" (the source leaves them unset, which
//   warns under its <Nullable>enable</Nullable>). Nullable enabled, as in the source. The namespace added.
// Real store: ProductRepository over a List<Product> (a console app). AddProduct appends the product as given, with no
//   check of its ProductId (a second product with a taken id is appended too; GetProductById then finds the first).
//   RemoveProduct(id) removes the first product with that id; an unknown id does nothing. UpdateProduct(product)
//   copies Name, Description, Price and Quantity onto the first stored product with its ProductId; an unknown id does
//   nothing. GetProductById(id) = FirstOrDefault: the stored instance, or null when none (whatever Product says).
//   GetAllProducts() prints every product through IProductUserInteraction.PrintAllProducts and returns nothing.
//   CreateProduct() reads a new product's fields from the console and returns it, unstored.
// First try (4e2e83f): incomplete: IMF0001 CreateProduct (takes no Product: a factory that reads the console),
//   GetAllProducts (returns nothing: it prints). Generated: AddProduct, RemoveProduct (a missing id does nothing),
//   UpdateProduct (a missing product throws the not-found error), GetProductById (the not-found error for a missing id:
//   Product is declared non-null). The probe passes the adds and a found GetProductById, then ERRORS (loud):
//   GetProductById(9) throws NotFoundException where the real store answers null. Probed past it: UpdateProduct writes
//   the fields; UpdateProduct of an unknown id throws not-found where the real list does nothing (loud); RemoveProduct
//   passes; AddProduct of a taken id throws DuplicateKeyException where the real list appends it (loud) | WRONG: none
//   silent.
// Configured: MissingUpdate = MissingUpdate.Ignore: the real UpdateProduct does nothing when no product has the id.
// After this round: still incomplete (CreateProduct and GetAllProducts, rightly: neither touches the stored products
//   the way a signature can show). Still wrong, loud: GetProductById of a missing id throws where the real store answers
//   null (the signature says never null; no setting states null for an entity lookup); AddProduct of a taken id throws
//   where the list appends a second product (no setting states a store that keeps two under one key). The probe stops at
//   GetProductById(9).
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.InventoryManager.IProductRepositoryCase;

public class Product
{
    public int ProductId { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal Price { get; set; }
    public int Quantity { get; set; }
}

[InMemoryFake(MissingUpdate = MissingUpdate.Ignore)]
public interface IProductRepository
{
    void AddProduct(Product product);
    void RemoveProduct(int productId);
    void UpdateProduct(Product product);
    Product GetProductById(int productId);
    void GetAllProducts();
    Product CreateProduct();
}

public static class Smoke
{
    public static Task RunAsync(IProductRepository products)
    {
        products.AddProduct(new Product { ProductId = 1, Name = "Pen", Description = "Blue", Price = 1.5m, Quantity = 10 });
        products.AddProduct(new Product { ProductId = 2, Name = "Ink", Description = "Black", Price = 4m, Quantity = 3 });
        Check.Equal("Pen", products.GetProductById(1)?.Name, "GetProductById finds an added product");
        Check.Null(products.GetProductById(9), "GetProductById of an unknown id is null (FirstOrDefault)");

        products.UpdateProduct(new Product { ProductId = 1, Name = "Pencil", Description = "Grey", Price = 0.5m, Quantity = 20 });
        var updated = products.GetProductById(1);
        Check.Equal("Pencil", updated?.Name, "UpdateProduct writes Name");
        Check.Equal(20, updated?.Quantity, "and Quantity");
        products.UpdateProduct(new Product { ProductId = 9, Name = "Ghost" });
        Check.Null(products.GetProductById(9), "UpdateProduct of an unknown id does nothing (no throw, nothing added)");

        products.RemoveProduct(2);
        Check.Null(products.GetProductById(2), "RemoveProduct removes the product");
        products.RemoveProduct(2);

        products.AddProduct(new Product { ProductId = 1, Name = "Second pen" });
        Check.Equal("Pencil", products.GetProductById(1)?.Name, "AddProduct of a taken id appends it; GetProductById still finds the first");
        products.GetAllProducts();
        return Task.CompletedTask;
    }
}
