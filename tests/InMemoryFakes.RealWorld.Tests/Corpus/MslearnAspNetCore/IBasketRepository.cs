// Source: https://github.com/MicrosoftDocs/mslearn-aspnet-core
// Commit: 087ccb8bcde6
// Licence: MIT (code samples; CC-BY-4.0 documentation)
// Sample: h-sample7 rule, fixed before probing: in these repositories, in this order (dotnet/AspNetCore.Docs,
//   dotnet/docs, the Azure-Samples repositories whose name starts with cosmos-db, azure-sql or storage-blob,
//   microsoft/PowerToys, microsoft/Windows-appsample-*, MicrosoftDocs/mslearn-*, dotnet/aspire-samples,
//   dotnet/maui-samples; each group in ordinal name order), skipping any the tools do not hold, at its newest stored
//   snapshot (fetch, then git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical
//   copy of one already taken from the same repository does not count), whose name ends in Repository, Store, Storage
//   or Cache, that declare at least 3 members and are not already in the corpus; stop after 12. AspNetCore.Docs (874
//   MB), dotnet/docs (1.7 GB) and PowerToys (565 MB) are over fetch's 500 MB limit: skipped. The 33 Azure-Samples
//   repositories fetched (those with C#, by name or find_files) had none; of the 15 microsoft/Windows-appsample-*,
//   only customers-orders-database (whose first 2 are in the corpus) and lunch-scheduler had any; of the 100+
//   mslearn-* repositories the 38 .NET ones fetched were searched (mslearn-microservices-architecture's
//   IDeliveryRepository has 2 members; the other mslearn-tailspin-spacegame-web-* modules copy its
//   IDocumentDBRepository). 11 interfaces from 8 repositories.
//   This one: the 1st of MicrosoftDocs/mslearn-aspnet-core (a Learn module's copy of eShopOnContainers' basket; the
//   corpus's eShop and eShopOnDapr baskets have neither GetUsers nor DeleteBasketAsync's bool).
// Path: modules/microservices-apigateway-aspnet-core/src/Services/Basket/Basket.API/Model/IBasketRepository.cs (models:
//   Model/CustomerBasket.cs, Model/BasketItem.cs)
// Adapted: BasketItem's IValidatableObject is left out. The project builds without nullable annotations (#nullable disable).
// Real store: Basket.API/Infrastructure/Repositories/RedisBasketRepository.cs: one Redis string per basket, its key the
//   basket's BuyerId, its value the basket's JSON; GetBasketAsync(customerId) reads the key customerId (null when
//   missing); UpdateBasketAsync(basket) SETs the key basket.BuyerId (creating or replacing it) and returns the basket
//   read back; DeleteBasketAsync(id) deletes the key id and returns whether it existed; GetUsers() every key of the
//   Redis server (every buyer with a basket).
// Configured: Key = "BuyerId" (h-corpus3, session of 2026-12-04): the real store,
//   Basket.API/Infrastructure/Repositories/RedisBasketRepository.cs (eShopOnContainers' store, as
//   EShop/IBasketRepository.cs), keys each basket by its BuyerId (StringSetAsync(basket.BuyerId, json)); the basket has
//   no Id, which no name says (docs/generator.md, attribute settings). MissingUpdate = MissingUpdate.Insert:
//   UpdateBasketAsync, the only write, is a Redis SET (When.Always): it creates or replaces, so an update of a missing
//   basket stores it, as for eShop's basket in the corpus. What the fake reports next: GetBasketAsync(customerId) stays
//   refused, its parameter naming neither BuyerId nor a property (that the customer's id is the buyer's is the store's
//   Redis key, not the signature), as for EShop/IBasketRepository.cs.
// Shapes: *=core; GetUsers=19
// First try (4060da2): incomplete: IMF0009 CustomerBasket has no key (its identity is BuyerId, which no name says;
//   Key = "BuyerId" would still leave GetBasketAsync(customerId) and the create-or-replace UpdateBasketAsync refused, as
//   for eShop's basket in the corpus) | WRONG: none (nothing is generated)
// Now (session 17, lead): GetBasketAsync(customerId) is generated and reads BuyerId: CustomerBasket's own constructor,
//   CustomerBasket(string customerId) { BuyerId = customerId; }, stores a value of that name unchanged in BuyerId, which
//   proves what the parameter is (Parsing/ConstructorParameterRule.cs). Still incomplete: GetUsers (every buyer with a
//   basket, read from the Redis server's keys). The probe now reaches UpdateBasketAsync of a basket with no BuyerId:
//   the fake refuses it with ArgumentNullException naming 'basket' (loud), where the real store returns null and writes
//   nothing (its first line; no setting states it).
// After h-oblivious (session 29): still incomplete (other members); GetBasketAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MslearnAspNetCore.IBasketRepositoryCase;

public class BasketItem
{
    public string Id { get; set; }
    public int ProductId { get; set; }
    public string ProductName { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal OldUnitPrice { get; set; }
    public int Quantity { get; set; }
    public string PictureUrl { get; set; }
}

public class CustomerBasket
{
    public string BuyerId { get; set; }
    public List<BasketItem> Items { get; set; } = new List<BasketItem>();

    public CustomerBasket()
    {
    }

    public CustomerBasket(string customerId)
    {
        BuyerId = customerId;
    }
}

[InMemoryFake(Key = "BuyerId", MissingUpdate = MissingUpdate.Insert)]
public interface IBasketRepository
{
    Task<CustomerBasket> GetBasketAsync(string customerId);
    IEnumerable<string> GetUsers();
    Task<CustomerBasket> UpdateBasketAsync(CustomerBasket basket);
    Task<bool> DeleteBasketAsync(string id);
}

public static class Smoke
{
    public static async Task RunAsync(IBasketRepository repository)
    {
        Check.Null(await repository.GetBasketAsync("alice"), "GetBasketAsync of a buyer with no basket is null");
        var basket = new CustomerBasket("alice");
        basket.Items.Add(new BasketItem { Id = "1", ProductId = 7, Quantity = 2 });
        var stored = await repository.UpdateBasketAsync(basket);
        Check.Equal("alice", stored?.BuyerId, "UpdateBasketAsync creates a missing basket and returns it");
        Check.Equal(2, (await repository.GetBasketAsync("alice"))?.Items.Single().Quantity, "GetBasketAsync(customerId) reads the basket stored under that buyer");
        basket.Items[0].Quantity = 5;
        await repository.UpdateBasketAsync(basket);
        Check.Equal(5, (await repository.GetBasketAsync("alice"))?.Items.Single().Quantity, "UpdateBasketAsync replaces the basket");
        await repository.UpdateBasketAsync(new CustomerBasket("bob"));
        Check.Equal(2, repository.GetUsers().Count(), "GetUsers lists every buyer with a basket");
        Check.True(await repository.DeleteBasketAsync("alice"), "DeleteBasketAsync of a stored basket is true");
        Check.False(await repository.DeleteBasketAsync("alice"), "DeleteBasketAsync of a missing basket is false");
        Check.Null(await repository.GetBasketAsync("alice"), "DeleteBasketAsync deletes the basket");
    }
}
