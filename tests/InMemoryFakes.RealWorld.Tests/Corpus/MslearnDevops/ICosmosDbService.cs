// Source: https://github.com/MicrosoftLearning/mslearn-devops
// Commit: 3648793b150a
// Licence: MIT (a class's public members, as an extracted interface, and minimal models transcribed for a test)
// Sample: h-sample54 rule (Corpus/Course20486D/IData.cs has it in full, with the repositories skipped and why), fixed
//   before probing. This one: the 4th pick (mslearn-devops; the first such type in path order, a class: transcribed as
//   the interface Visual Studio's "Extract interface" gives from its 8 public instance members, in declaration order,
//   named ICosmosDbService; the constructor and the private seeding and container helpers are not members of it).
// Path: sre-agent-src/src/CatalogApi/Services/CosmosDbService.cs (Microsoft.Azure.Cosmos 3.46, camelCase serializer;
//   models: Models/Product.cs, Order.cs; registered AddSingleton<CosmosDbService>() in Program.cs, whose minimal API
//   maps /health, /products, /products/{id}, /orders, /orders/{id} onto it)
// Adapted: the namespaces (one for all); the models as they are. Nullable enabled, as in the source (net9.0).
// Real store: one Cosmos DB database (catalogdb) with a products container (partition key /category) and an orders
//   container (/customerId). InitializeAsync(): creates the database and containers if missing; seeds 8 products
//   (Wireless Keyboard, USB-C Monitor, Standing Desk, Desk Lamp, Webcam HD, Office Chair, Laptop Stand, Mouse Pad XL)
//   into an empty products container and 4 orders (cust-001 to cust-004) into an empty orders container.
//   GetProductsAsync()/GetOrdersAsync(): every item ("SELECT * FROM c", across partitions: no order is promised).
//   GetProductByIdAsync(id)/GetOrderByIdAsync(id): a cross-partition query on c.id: the first match, or null.
//   CreateProductAsync(product): sets product.Id = Guid.NewGuid().ToString() (whatever Id it had), CreateItemAsync in
//   the product's Category partition, returns the item Cosmos DB sends back (a new instance). CreateOrderAsync(order):
//   likewise a new Id, and sets CreatedAt = DateTime.UtcNow and Status = "pending" whatever they held.
//   CheckHealthAsync(): true when ReadAccountAsync succeeds, false when it throws.
// Shapes: *=core
// First try (10e6d05): incomplete: IMF0001 InitializeAsync and CheckHealthAsync (no entity type in their signature or
//   name); the other six generated over a table per type keyed by the string Id: GetProductsAsync/GetOrdersAsync list
//   every item, GetProductByIdAsync/GetOrderByIdAsync find one (null when missing), CreateProductAsync/CreateOrderAsync
//   add the entity and return it as stored; IMF0025 (Info) for Order.CreatedAt. The probe stops at InitializeAsync, the
//   script's first line | WRONG (not reached by the probe): CreateProductAsync and CreateOrderAsync store the entity
//   under the Id it was given (a product created with Id "pen-1" is found by it; a second create of one instance is the
//   duplicate error), where the real service gives every new item a new Guid id whatever it had; CreateOrderAsync keeps
//   the Status and CreatedAt it is given, where the real one sets "pending" and DateTime.UtcNow.
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Replace (h-sample54): every create gives the item a new Guid string
//   ("D"), written into the caller's instance, whatever Id it had, as CosmosDbService does. CreatedStamp = "CreatedAt"
//   would state CreateOrderAsync's DateTime.UtcNow, but a store of several types stamps every table and Product has no
//   CreatedAt (IMF0010), so it is not set.
// After this round: the two creates now give a new id, right. Still wrong, not reached by the probe: CreateOrderAsync
//   keeps the Status and CreatedAt it is given, where the real one sets "pending" and DateTime.UtcNow (a store that
//   rewrites values it is given: no signature says so; CreatedAt only through the stamp setting above). Still
//   incomplete: InitializeAsync (the lab's seed of 8 products and 4 orders) and CheckHealthAsync (whether the account
//   answers), rightly.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MslearnDevops.ICosmosDbServiceCase;

public class Product
{
    public string Id { get; set; } = Guid.NewGuid().ToString();
    public string Name { get; set; } = string.Empty;
    public string Category { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public decimal Price { get; set; }
    public int Stock { get; set; }
}

public class Order
{
    public string Id { get; set; } = Guid.NewGuid().ToString();
    public string CustomerId { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public string ProductName { get; set; } = string.Empty;
    public int Quantity { get; set; }
    public decimal Total { get; set; }
    public string Status { get; set; } = "pending";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public interface ICosmosDbService
{
    Task InitializeAsync();
    Task<IEnumerable<Product>> GetProductsAsync();
    Task<Product?> GetProductByIdAsync(string id);
    Task<Product> CreateProductAsync(Product product);
    Task<IEnumerable<Order>> GetOrdersAsync();
    Task<Order?> GetOrderByIdAsync(string id);
    Task<Order> CreateOrderAsync(Order order);
    Task<bool> CheckHealthAsync();
}

public static class Smoke
{
    public static async Task RunAsync(ICosmosDbService db)
    {
        await db.InitializeAsync();
        Check.Equal(8, (await db.GetProductsAsync()).Count(), "InitializeAsync seeds the 8 sample products");
        Check.Equal(4, (await db.GetOrdersAsync()).Count(), "and the 4 sample orders");
        await db.InitializeAsync();
        Check.Equal(8, (await db.GetProductsAsync()).Count(), "a second InitializeAsync seeds nothing more (the container is not empty)");

        var created = await db.CreateProductAsync(new Product { Id = "pen-1", Name = "Pen", Category = "Office", Price = 1.5m, Stock = 10 });
        Check.True(Guid.TryParse(created.Id, out _), "CreateProductAsync gives the product a new Guid id, whatever Id it had");
        Check.Equal("Pen", Check.NotNull(await db.GetProductByIdAsync(created.Id), "GetProductByIdAsync finds it by the new id").Name, "the product created");
        Check.Null(await db.GetProductByIdAsync("pen-1"), "the Id it was given is not stored");
        Check.Equal(9, (await db.GetProductsAsync()).Count(), "GetProductsAsync lists it beside the seeded ones");

        var order = await db.CreateOrderAsync(new Order { Id = "o-1", CustomerId = "cust-009", ProductName = "Pen", Quantity = 2, Total = 3m, Status = "shipped" });
        Check.Equal("pending", order.Status, "CreateOrderAsync sets a new order's Status to pending");
        Check.True(order.Id != "o-1", "and gives it a new id");
        Check.Equal("cust-009", Check.NotNull(await db.GetOrderByIdAsync(order.Id), "GetOrderByIdAsync finds it").CustomerId, "the order created");
        Check.Null(await db.GetOrderByIdAsync("o-1"), "GetOrderByIdAsync of an id not stored is null");
        Check.Equal(5, (await db.GetOrdersAsync()).Count(), "GetOrdersAsync lists 5 orders");
        Check.True(await db.CheckHealthAsync(), "CheckHealthAsync is true while the account answers");
    }
}
