// Source: https://github.com/Azure-Samples/eShopLite
// Commit: f6349114992b
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample51 rule (Corpus/CognitiveServicesSpeechSdk/IClientService.cs has it in full, with the repositories
//   skipped and why), fixed before probing. This one: the 4th pick (eShopLite; the first such interface in path order,
//   IProductService at the end of scenarios/01-SemanticSearch/src/Store/Services/CartService.cs, declares 2 members;
//   this one, beside it, 6).
// Path: scenarios/01-SemanticSearch/src/Store/Services/ICartService.cs (real store: Services/CartService.cs over
//   Blazor's ProtectedSessionStorage and IProductService (the Products API over SQLite, seeded by
//   src/Products/Models/DbInitializer.cs); models: src/CartEntities/Cart.cs, CartItem.cs)
// Adapted: the namespaces (one for all); the models as they are. Nullable enabled, as in the source.
// Real store: CartService, scoped to one Blazor circuit, keeps one Cart as JSON in the browser's session storage under
//   "cart" (a new session: no cart). GetCartAsync(): the stored cart, or a new empty Cart. AddToCartAsync(productId):
//   looks the product up in the Products API's catalog (GetProducts(), seeded with 9 products, Ids 1 to 9: 1 "Solar
//   Powered Flashlight" 19.99, 2 "Hiking Poles" 24.99, ...); a product not in the catalog: nothing (a warning logged);
//   a product already in the cart: its Quantity + 1; else a new CartItem copying the product's Id, Name, Description,
//   Price and ImageUrl with Quantity 1. UpdateQuantityAsync(productId, quantity): the cart's item for productId gets
//   that Quantity, or is removed when quantity <= 0; no such item: nothing. RemoveFromCartAsync(productId): removes the
//   item; none: nothing. ClearCartAsync(): deletes the stored cart. GetCartItemCountAsync(): the cart's ItemCount (the
//   sum of the quantities). Every member catches and logs its exceptions; none throws.
// Shapes: *=core
// First try (30887e9): incomplete, nothing generated: IMF0009 (CartItem, the element of Cart.Items, has no key) on
//   the interface. The store holds one cart per session and changes its items by product id, and AddToCartAsync copies
//   a product from a catalog no member shows. The probe cannot run (no fake) | WRONG: none (no member generated).
// After this round: unchanged (IMF0009), rightly: the store keeps one cart, not a table of items by a key, and
//   AddToCartAsync(productId) copies the name, description, price and image of a product from the Products API, which
//   no member of the interface reads or writes.
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EShopLite.ICartServiceCase;

public class Cart
{
    public List<CartItem> Items { get; set; } = new();
    public decimal Subtotal => Items.Sum(item => item.Total);
    public decimal Tax => Subtotal * 0.08m; // 8% tax rate
    public decimal Total => Subtotal + Tax;
    public int ItemCount => Items.Sum(item => item.Quantity);
}

public class CartItem
{
    public int ProductId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public decimal Price { get; set; }
    public string ImageUrl { get; set; } = string.Empty;
    public int Quantity { get; set; } = 1;
    public decimal Total => Price * Quantity;
}

[InMemoryFake]
public interface ICartService
{
    Task<Cart> GetCartAsync();
    Task AddToCartAsync(int productId);
    Task UpdateQuantityAsync(int productId, int quantity);
    Task RemoveFromCartAsync(int productId);
    Task ClearCartAsync();
    Task<int> GetCartItemCountAsync();
}

public static class Smoke
{
    public static async Task RunAsync(ICartService cart)
    {
        Check.Equal(0, (await cart.GetCartAsync()).Items.Count, "a new session's cart is empty");
        Check.Equal(0, await cart.GetCartItemCountAsync(), "and counts no item");

        await cart.AddToCartAsync(1);
        var item = Check.NotNull((await cart.GetCartAsync()).Items.SingleOrDefault(i => i.ProductId == 1), "AddToCartAsync puts the product in the cart");
        Check.Equal("Solar Powered Flashlight", item.Name, "copying the catalog's name");
        Check.Equal(19.99m, item.Price, "and price");
        Check.Equal(1, item.Quantity, "with quantity 1");
        await cart.AddToCartAsync(1);
        Check.Equal(2, (await cart.GetCartAsync()).Items.Single(i => i.ProductId == 1).Quantity, "adding it again raises its quantity");
        await cart.AddToCartAsync(2);
        Check.Equal(3, await cart.GetCartItemCountAsync(), "GetCartItemCountAsync sums the quantities");
        await cart.AddToCartAsync(999);
        Check.Equal(2, (await cart.GetCartAsync()).Items.Count, "a product not in the catalog is not added");

        await cart.UpdateQuantityAsync(2, 5);
        Check.Equal(5, (await cart.GetCartAsync()).Items.Single(i => i.ProductId == 2).Quantity, "UpdateQuantityAsync sets the quantity");
        await cart.UpdateQuantityAsync(3, 4);
        Check.Equal(2, (await cart.GetCartAsync()).Items.Count, "UpdateQuantityAsync of a product not in the cart adds nothing");
        await cart.UpdateQuantityAsync(1, 0);
        Check.Null((await cart.GetCartAsync()).Items.SingleOrDefault(i => i.ProductId == 1), "UpdateQuantityAsync to 0 removes the item");

        await cart.RemoveFromCartAsync(2);
        Check.Equal(0, (await cart.GetCartAsync()).Items.Count, "RemoveFromCartAsync removes the item");
        await cart.RemoveFromCartAsync(2);
        await cart.AddToCartAsync(3);
        await cart.ClearCartAsync();
        Check.Equal(0, await cart.GetCartItemCountAsync(), "ClearCartAsync empties the cart");
    }
}
