// Source: https://github.com/dotnet-architecture/eShopOnDapr
// Commit: ad9a07b4d2b4
// Licence: MIT
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 1st of dotnet-architecture/eShopOnDapr.
// Path: src/Services/Basket/Basket.API/Model/IBasketRepository.cs (CustomerBasket.cs, BasketItem.cs)
// Adapted: BasketItem drops its IValidatableObject validation.
// Real store: src/Services/Basket/Basket.API/Infrastructure/Repositories/DaprBasketRepository.cs (a Dapr state store):
//   the basket is the state under its BuyerId. GetBasketAsync(customerId) returns the state under that key, or null when
//   there is none (DaprClient.GetStateAsync's default); UpdateBasketAsync(basket) writes the basket under basket.BuyerId
//   (insert or replace) and returns what GetBasketAsync(basket.BuyerId) then reads; DeleteBasketAsync(id) deletes the
//   state under that key (nothing when absent).
// Configured: Key = "BuyerId": the real store keys each basket by its BuyerId (the basket has no Id), which no name
//   says (docs/generator.md, attribute settings). Still refused with it: GetBasketAsync(customerId), whose parameter names
//   neither BuyerId nor a property (that the customer's id is the buyer's is the store's Redis key, not the signature).
//   MissingUpdate = MissingUpdate.Insert (h-close2, session of 2026-12-03): UpdateBasketAsync, the only write, is
//   GetStateEntryAsync(StoreName, basket.BuyerId), Value = basket, SaveAsync() (a Dapr state write with
//   no ETag: it creates or replaces); the setting states that an update of a missing basket stores it, and
//   UpdateBasketAsync is generated as an upsert (before, refused: an Update elsewhere fails for a missing entity).
// Shapes: GetBasketAsync=4; UpdateBasketAsync=core; DeleteBasketAsync=core
// First try (2f120b5): incomplete: IMF0009 (CustomerBasket has no key: it is keyed by BuyerId) | WRONG:
//   none (no member generated)
// Now (session 17, lead): complete. GetBasketAsync(customerId) reads BuyerId: CustomerBasket's own constructor,
//   CustomerBasket(string customerId) { BuyerId = customerId; }, stores a value of that name unchanged in BuyerId, which
//   proves what the parameter is (Parsing/ConstructorParameterRule.cs). Configured: MissingKeyReads =
//   MissingKeyRead.Default: the result is declared Task<CustomerBasket> (not null) under nullable annotations, yet
//   DaprBasketRepository returns DaprClient.GetStateAsync<CustomerBasket>'s default! for a missing basket (null); without
//   the setting the fake throws the not-found error there (loud, but not the real store).
#nullable enable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EShopOnDapr.IBasketRepositoryCase;

public class BasketItem
{
    public int ProductId { get; set; }
    public string ProductName { get; set; } = "";
    public decimal UnitPrice { get; set; }
    public int Quantity { get; set; }
    public string PictureFileName { get; set; } = "";
}

public class CustomerBasket
{
    public string BuyerId { get; set; } = "";
    public List<BasketItem> Items { get; set; } = new List<BasketItem>();

    public CustomerBasket()
    {
    }

    public CustomerBasket(string customerId)
    {
        BuyerId = customerId;
    }
}

[InMemoryFake(Key = "BuyerId", MissingUpdate = MissingUpdate.Insert, MissingKeyReads = MissingKeyRead.Default)]
public interface IBasketRepository
{
    Task<CustomerBasket> GetBasketAsync(string customerId);
    Task<CustomerBasket> UpdateBasketAsync(CustomerBasket basket);
    Task DeleteBasketAsync(string id);
}

public static class Smoke
{
    public static async Task RunAsync(IBasketRepository repository)
    {
        Check.Null(await repository.GetBasketAsync("buyer-1"), "GetBasketAsync of a buyer without a basket is null");
        var basket = new CustomerBasket("buyer-1") { Items = { new BasketItem { ProductId = 1, Quantity = 2 } } };
        var saved = await repository.UpdateBasketAsync(basket);
        Check.Equal(1, saved.Items.Count, "UpdateBasketAsync returns the stored basket");
        Check.Equal(2, (await repository.GetBasketAsync("buyer-1"))?.Items[0].Quantity, "GetBasketAsync returns the buyer's basket");
        await repository.UpdateBasketAsync(new CustomerBasket("buyer-1"));
        Check.Equal(0, (await repository.GetBasketAsync("buyer-1"))?.Items.Count, "UpdateBasketAsync replaces the basket");
        await repository.DeleteBasketAsync("buyer-1");
        Check.Null(await repository.GetBasketAsync("buyer-1"), "DeleteBasketAsync deletes the basket");
    }
}
