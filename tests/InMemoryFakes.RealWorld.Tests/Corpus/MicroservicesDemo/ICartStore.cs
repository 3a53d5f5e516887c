// Source: https://github.com/GoogleCloudPlatform/microservices-demo
// Commit: 34ffea917594
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample71 rule (the whole rule and the repositories it skipped: Corpus/EndazonMicroservicesPlatform/
//   IConversionJobStore.cs). This one: the 4th pick (the 52nd repository listed; the only C# interface of its cart
//   service).
// Path: src/cartservice/src/cartstore/ICartStore.cs (real stores: RedisCartStore.cs over IDistributedCache, the default;
//   AlloyDBCartStore.cs and SpannerCartStore.cs over SQL; model: protos/demo.proto's Cart and CartItem)
// Adapted: Hipstershop.Cart and CartItem, protobuf messages generated from demo.proto, are plain classes with the same
//   fields (UserId, Items; ProductId, Quantity); the copyright header dropped. Nullable disabled, as in the source
//   (cartservice.csproj sets no Nullable).
// Real store: RedisCartStore, one protobuf-serialized Cart per user id in the distributed cache. AddItemAsync(userId,
//   productId, quantity) reads the user's cart (or starts one with UserId = userId), adds quantity to the item of that
//   product or appends a new item, and writes the cart back. EmptyCartAsync(userId) writes a new, empty Cart (its UserId
//   "", so a later AddItemAsync keeps that ""). GetCartAsync(userId) answers the stored cart, or a new empty Cart (UserId
//   "") for a user with none. Any cache failure is an RpcException (FailedPrecondition). Ping() answers true.
// Shapes: *=none
// First try (0487eace): incomplete, nothing generated: IMF0001 all 4 (AddItem: 'quantity' is no time to live, as the
//   store was read as a cache of strings keyed by userId; EmptyCart, Ping: no known verb; GetCart: a Cart is not the
//   store's string values) | WRONG: none.
// After this round: unchanged, and the refusals are right: a cart per user whose AddItem merges quantities by product
//   and whose reads answer an empty cart for none, the store's own; a GetCart/AddItem pair over a cart-of-items store
//   has no key-value or entity meaning that another cart service would share (Spanner's adds a row per call).
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MicroservicesDemo.ICartStoreCase;

public class CartItem
{
    public string ProductId { get; set; } = "";
    public int Quantity { get; set; }
}

public class Cart
{
    public string UserId { get; set; } = "";
    public List<CartItem> Items { get; } = new List<CartItem>();
}

[InMemoryFake]
public interface ICartStore
{
    Task AddItemAsync(string userId, string productId, int quantity);
    Task EmptyCartAsync(string userId);
    Task<Cart> GetCartAsync(string userId);
    bool Ping();
}

public static class Smoke
{
    public static async Task RunAsync(ICartStore carts)
    {
        Check.True(carts.Ping(), "Ping answers true");
        var none = await carts.GetCartAsync("ada");
        Check.Equal(0, none.Items.Count, "a user without a cart gets an empty cart");
        Check.Equal("", none.UserId, "with no user id");

        await carts.AddItemAsync("ada", "OLJCESPC7Z", 2);
        await carts.AddItemAsync("ada", "OLJCESPC7Z", 3);
        await carts.AddItemAsync("ada", "66VCHSJNUP", 1);
        var cart = await carts.GetCartAsync("ada");
        Check.Equal("ada", cart.UserId, "the first AddItem starts the user's cart");
        Check.Equal(2, cart.Items.Count, "one item per product");
        Check.Equal(5, cart.Items.Single(i => i.ProductId == "OLJCESPC7Z").Quantity, "AddItem adds to the quantity of a product already there");
        Check.Equal(0, (await carts.GetCartAsync("bob")).Items.Count, "another user's cart is apart");

        await carts.EmptyCartAsync("ada");
        Check.Equal(0, (await carts.GetCartAsync("ada")).Items.Count, "EmptyCart leaves no item");
        await carts.AddItemAsync("ada", "66VCHSJNUP", 1);
        var after = await carts.GetCartAsync("ada");
        Check.Equal(1, after.Items.Count, "items added after EmptyCart are kept");
        Check.Equal("", after.UserId, "in the empty cart EmptyCart wrote, whose user id stays empty");
    }
}
