// Source: https://github.com/aspnetrun/run-aspnetcore-microservices
// Commit: 7e43d808f50f
// Licence: MIT
// Sample: h-sample8 rule, fixed before probing: in these repositories, in this order (ivanpaulovich/clean-architecture-manga,
//   amantinband/clean-architecture, aspnetrun/run-aspnetcore-microservices, EdwinVW/pitstop,
//   kgrzybek/sample-dotnet-core-cqrs-api, oskardudycz/EventSourcing.NetCore, fullstackhero/dotnet-starter-kit,
//   phongnguyend/Practical.CleanArchitecture, jeangatto/ASP.NET-Core-Clean-Architecture-CQRS-Event-Sourcing,
//   dotnet-architecture/eShopOnContainers, vietnam-devs/coolstore-microservices, PacktPublishing/Clean-Architecture-with-.NET),
//   skipping any the tools do not hold or that are already in the corpus, at the newest stored snapshot (fetch, then
//   git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already
//   taken does not count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or
//   Cache, that declare at least 3 members (inherited ones count if the base interface is in the same repository) and
//   are not already in the corpus; stop after 12. The 12 were reached in phongnguyend/Practical.CleanArchitecture (the
//   repositories after it were not needed). kgrzybek's ICustomerRepository, IPaymentRepository and IProductRepository
//   and fullstackhero's IInboxStore declare 2 members each; pitstop's ICustomerRepository (after its first 2) was not
//   needed.
//   This one: the 1st of aspnetrun/run-aspnetcore-microservices (its only one).
// Path: src/Services/Basket/Basket.API/Data/IBasketRepository.cs (models: Models/ShoppingCart.cs, ShoppingCartItem.cs;
//   Exceptions/BasketNotFoundException.cs, BuildingBlocks/Exceptions/NotFoundException.cs)
// Adapted: the exceptions keep their names and bases; nullable enabled, as the project builds.
// Real store: src/Services/Basket/Basket.API/Data/BasketRepository.cs over Marten (Program.cs:
//   Schema.For<ShoppingCart>().Identity(x => x.UserName): a cart's key is its UserName), decorated by
//   CachedBasketRepository (IDistributedCache in front, same answers): GetBasket(userName) the cart stored under that
//   user name, or BasketNotFoundException (a NotFoundException) when none; StoreBasket(basket) = session.Store +
//   SaveChanges, an upsert keyed by UserName, returns the basket given; DeleteBasket(userName) = session.Delete +
//   SaveChanges and returns true always (a missing basket too: Marten deletes nothing without error).
// Shapes: *=core; DeleteBasket=7
// First try (38cb94c): complete | WRONG: DeleteBasket of an unknown user returns false, where the real one returns true
//   whatever it deleted (the fake's bool says whether a basket was removed, as a removal's bool means elsewhere); GetBasket
//   of an unknown user throws the runtime's not-found error, not BasketNotFoundException (the app's exception handler
//   maps NotFoundException to 404)
// Configured: NotFoundException = typeof(BasketNotFoundException): the real GetBasket of an unknown user throws the
//   app's own BasketNotFoundException, which the interface does not name (docs/generator.md, attribute settings).
// Still wrong: DeleteBasket of an unknown user returns false (the real one always returns true; no signature says a store
//   answers true for nothing deleted): a known smoke mismatch, as MauiSamples/IDataStore. Only a new attribute setting
//   could state it (a removal whose bool is true whatever it removed); this round adds none.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AspnetrunMicroservices.IBasketRepositoryCase;

public class NotFoundException : Exception
{
    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string name, object key)
        : base($"Entity \"{name}\" ({key}) was not found.")
    {
    }
}

public class BasketNotFoundException : NotFoundException
{
    public BasketNotFoundException(string userName)
        : base("Basket", userName)
    {
    }
}

public class ShoppingCartItem
{
    public int Quantity { get; set; } = default!;
    public string Color { get; set; } = default!;
    public decimal Price { get; set; } = default!;
    public Guid ProductId { get; set; } = default!;
    public string ProductName { get; set; } = default!;
}

public class ShoppingCart
{
    public string UserName { get; set; } = default!;
    public List<ShoppingCartItem> Items { get; set; } = new();
    public decimal TotalPrice => Items.Sum(x => x.Price * x.Quantity);

    public ShoppingCart(string userName)
    {
        UserName = userName;
    }

    public ShoppingCart()
    {
    }
}

[InMemoryFake(NotFoundException = typeof(BasketNotFoundException))]
public interface IBasketRepository
{
    Task<ShoppingCart> GetBasket(string userName, CancellationToken cancellationToken = default);
    Task<ShoppingCart> StoreBasket(ShoppingCart basket, CancellationToken cancellationToken = default);
    Task<bool> DeleteBasket(string userName, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IBasketRepository repository)
    {
        await Check.ThrowsAsync<BasketNotFoundException>(() => repository.GetBasket("swn"), "GetBasket of an unknown user throws (BasketNotFoundException)");
        var cart = new ShoppingCart("swn") { Items = [new ShoppingCartItem { Quantity = 2, Price = 5m, ProductName = "pen", Color = "red", ProductId = Guid.NewGuid() }] };
        Check.Equal("swn", (await repository.StoreBasket(cart)).UserName, "StoreBasket returns the basket");
        Check.Equal(10m, (await repository.GetBasket("swn")).TotalPrice, "GetBasket returns the stored cart, keyed by UserName");
        cart.Items.Add(new ShoppingCartItem { Quantity = 1, Price = 1m, ProductName = "ink", Color = "blue", ProductId = Guid.NewGuid() });
        await repository.StoreBasket(cart);
        Check.Equal(11m, (await repository.GetBasket("swn")).TotalPrice, "StoreBasket of a stored user name replaces the cart (Marten's Store is an upsert)");
        Check.True(await repository.DeleteBasket("swn"), "DeleteBasket returns true");
        await Check.ThrowsAsync<BasketNotFoundException>(() => repository.GetBasket("swn"), "GetBasket after DeleteBasket throws");
        Check.True(await repository.DeleteBasket("nobody"), "DeleteBasket of an unknown user also returns true (Marten deletes nothing, and the method returns true)");
    }
}
