// Source: https://github.com/dotnet/eShop
// Path: src/Basket.API/Repositories/IBasketRepository.cs (entity: src/Basket.API/Model/CustomerBasket.cs)
// Commit: 5624ad564d16
// Licence: MIT
// Real store: src/Basket.API/Repositories/RedisBasketRepository.cs: one Redis string per basket under key
//   "/basket/{BuyerId}"; GetBasketAsync(customerId) returns null when missing; UpdateBasketAsync writes (creates or
//   replaces) the basket under its BuyerId and returns it read back; DeleteBasketAsync(id) returns whether a key
//   was deleted. The basket's identity is BuyerId (it has no Id property).
// Configured: Key = "BuyerId": the real store keys each basket by its BuyerId (the basket has no Id), which no name
//   says (docs/generator.md, attribute settings). Still refused with it: GetBasketAsync(customerId), whose parameter names
//   neither BuyerId nor a property (that the customer's id is the buyer's is the store's Redis key, not the signature).
//   MissingUpdate = MissingUpdate.Insert (h-close2, session of 2026-12-03): UpdateBasketAsync, the only write, is
//   StringSetAsync(GetBasketKey(basket.BuyerId), json) (a Redis SET with When.Always: it creates or
//   replaces, and returns true, so the null branch is never taken); the setting states that an update of a missing basket stores it, and
//   UpdateBasketAsync is generated as an upsert (before, refused: an Update elsewhere fails for a missing entity).
// Shapes: fake=4; GetBasketAsync=1,4; UpdateBasketAsync=1; DeleteBasketAsync=1,4
// Now (session 17, lead): complete. GetBasketAsync(customerId) reads BuyerId: CustomerBasket's own constructor,
//   CustomerBasket(string customerId) { BuyerId = customerId; }, stores a value of that name unchanged in BuyerId, which
//   proves what the parameter is (Parsing/ConstructorParameterRule.cs; docs/generator.md). Its result is oblivious
//   (#nullable disable), so a missing basket is null, as the real store's.
// After h-oblivious (session 29): complete as before; GetBasketAsync answers null for a missing entity as before, now
//   with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EShop.IBasketRepositoryCase;

public class BasketItem
{
    public int ProductId { get; set; }
    public int Quantity { get; set; }
}

public class CustomerBasket
{
    public string BuyerId { get; set; }

    public List<BasketItem> Items { get; set; } = [];

    public CustomerBasket() { }

    public CustomerBasket(string customerId)
    {
        BuyerId = customerId;
    }
}

[InMemoryFake(Key = "BuyerId", MissingUpdate = MissingUpdate.Insert)]
public interface IBasketRepository
{
    Task<CustomerBasket> GetBasketAsync(string customerId);
    Task<CustomerBasket> UpdateBasketAsync(CustomerBasket basket);
    Task<bool> DeleteBasketAsync(string id);
}

public static class Smoke
{
    public static async Task RunAsync(IBasketRepository store)
    {
        Check.Null(await store.GetBasketAsync("alice"), "GetBasketAsync of an unknown customer returns null");
        var basket = new CustomerBasket("alice") { Items = [new BasketItem { ProductId = 1, Quantity = 2 }] };
        var saved = await store.UpdateBasketAsync(basket);
        Check.Equal("alice", saved?.BuyerId, "UpdateBasketAsync creates the basket and returns it");
        basket.Items.Add(new BasketItem { ProductId = 2, Quantity = 1 });
        await store.UpdateBasketAsync(basket);
        Check.Equal(2, (await store.GetBasketAsync("alice"))?.Items.Count, "UpdateBasketAsync replaces the basket of the same BuyerId");
        Check.Null(await store.GetBasketAsync("bob"), "another customer's basket is separate");
        Check.True(await store.DeleteBasketAsync("alice"), "DeleteBasketAsync returns true when the basket existed");
        Check.False(await store.DeleteBasketAsync("alice"), "DeleteBasketAsync returns false when nothing was deleted");
        Check.Null(await store.GetBasketAsync("alice"), "the deleted basket is gone");
    }
}
