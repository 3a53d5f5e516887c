// Source: https://github.com/Eslam-Sayed7/ConsoleEcom
// Commit: f9ddc1f (Domain/CartService/ICartRepository.cs as the search result's excerpt shows it, 4 members; the
//   newest snapshot, c01f151 on, adds GetAllCarts), and at the same commit: DataAccess/CartRepository.cs,
//   Domain/CartService/Cart.cs, Domain/CartService/CartService.cs, Domain/Ordering/Order.cs, Domain/Domain.csproj
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample60 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface ICartRepository`, (2) `interface ILocationRepository`, (3) `interface IGroupRepository Task`,
//   (4) `interface IInvoiceRepository Task`, (5) `interface IReviewRepository Task`, (6) `interface IEventRepository
//   Task`, (7) `interface IVehicleRepository Task`, (8) `interface IMenuRepository`, (9) `interface
//   IAddressRepository`, (10) `interface ITicketRepository Task`, skipping any query an earlier round ran verbatim
//   ((5) and (6) ran in h-sample55, (10) in h-sample48; (1) to (3) were listed by h-sample58 and (9) by h-sample48 but
//   not reached, so no round saw their results); from each, the FIRST result in the order returned that is a C#
//   interface declaration with at least 3 members (inherited ones count if the base interface is in the same
//   repository), outside paths containing "test" (any case), from a repository not already a corpus source, that names
//   its repository and path (the tool's anonymous excerpts cannot be cited or read further); at most 1 per repository;
//   stop after 8. Each interface is transcribed at the version the result's excerpt shows (found in the fetched history
//   where read_file reads another), with its real store at that version. Picks: (1) rank 4, Eslam-Sayed7/ConsoleEcom
//   ICartRepository (4; ranks 1-3 are Go, TypeScript and Go); (2) rank 1, maxels95/crop_yields ILocationRepository (5);
//   (3) rank 1, Tadese10/MyTask IGroupRepository (declares none; its base IRepository<TDocument, TId> 11 through
//   IReadRepository and IWriteRepository, all in the same file); (4) none (rank 1 is Dart, rank 2 TypeScript; rank 3,
//   KierllosMedhat/Order-Management-System, declares 2; rank 4, matadoshi/OnlinePaymentBack, 1; ranks 5-12
//   anonymous); (7) none (rank 1, Aktden/autoshop, is a corpus source; ranks 2-4, itsmoirob/vega, smoukiDev/VegaSPA and
//   mosh-hamedani/vega, declare 1 each; ranks 5-12 anonymous); (8) rank 1, HosssDark/SGIA IMenuRepository (declares
//   none; its base IRepositoryBase<TEntity> 15); (9) rank 2, bahramsh45/BestRecruitment IAddressRepository (4; its base
//   IGenericRepository<T> 6; rank 1, sormita/MicroserviceSamples, declares 1). Five picks: seven queries ran, two gave
//   none. None of the five repositories was a corpus source.
//   This one: query (1), rank 4 (4 members).
// Path: Domain/CartService/ICartRepository.cs (real store: DataAccess/CartRepository.cs, a List<Cart> in memory; caller:
//   Domain/CartService/CartService.cs; model: Domain/CartService/Cart.cs, Domain/Ordering/Order.cs)
// Adapted: the namespaces shortened into one; Order cut down to its private item list, its items strings (OrderItem left
//   out). Nullable enabled, as in Domain.csproj (implicit usings too).
// Real store: CartRepository, one instance for the console app (UI/DIContainer), over a List<Cart>; Cart.Id (Guid) is the
//   key, Guid.NewGuid() when the cart is made. GetCartById = FirstOrDefault(c => c.Id == cartId): the cart, or NULL for
//   an id not stored (though Cart says never null; CS8603 there). AddCart = List.Add (a repeated Id is kept twice).
//   UpdateCart finds the stored cart by Id and copies UserId and order onto it; a cart not stored changes nothing, no
//   error. DeleteCart(cartId) removes the cart found, and does nothing for an id not stored. The list holds the caller's
//   own objects (a cart changed after AddCart changes the stored one).
// Shapes: *=core
// First try (ac6de91): complete (attribute bare): GetCartById (the not-found error for an id not stored: Cart is
//   declared not null), AddCart, UpdateCart (the not-found error for a cart not stored), DeleteCart (nothing for an id
//   not stored) | WRONG: GetCartById of an id not stored throws the not-found error, where FirstOrDefault answers null
//   (the smoke script's second check: it failed); UpdateCart of a cart not stored throws the not-found error, where the
//   real one changes nothing (not reached). Both loud; no setting was stated, and each has one.
// Configured: MissingKeyReads = MissingKeyRead.Default (FirstOrDefault: null for an id not stored, whatever Cart says),
//   MissingUpdate = MissingUpdate.Ignore (UpdateCart copies onto the cart it finds, and finds none for one not stored).
// After this round: unchanged in the generator (the signatures say neither: the settings state both), complete with
//   the settings, and the smoke script passes. Still differs, loud or outside the script: AddCart of an Id already
//   stored throws the duplicate error, where the list keeps both; the fake keeps copies, where the list keeps the
//   caller's objects (a cart changed after AddCart changes the stored one there); a cart whose Id is Guid.Empty gets a
//   new Guid (the generated key), where the list keeps Guid.Empty (Cart's constructor never leaves it empty).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ConsoleEcom.ICartRepositoryCase;

public class Order
{
    private IList<string> _items = new List<string>();

    public void AddOrderItem(string item)
    {
        _items.Add(item);
    }
}

public class Cart
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public Order order { get; set; }

    public Cart(Guid userId, Order order)
    {
        UserId = userId;
        this.order = order;
    }
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default, MissingUpdate = MissingUpdate.Ignore)]
public interface ICartRepository
{
    public Cart GetCartById(Guid cartId);
    public void AddCart(Cart cart);
    public void UpdateCart(Cart cart);
    public void DeleteCart(Guid cartId);
}

public static class Smoke
{
    public static Task RunAsync(ICartRepository carts)
    {
        var ann = Guid.NewGuid();
        var bob = Guid.NewGuid();
        var cart = new Cart(ann, new Order());
        carts.AddCart(cart);
        Check.Equal(ann, carts.GetCartById(cart.Id).UserId, "GetCartById reads the cart AddCart stored");
        Check.Null(carts.GetCartById(Guid.NewGuid()), "GetCartById of an id not stored is null (FirstOrDefault), whatever Cart says");

        var order = new Order();
        order.AddOrderItem("book");
        carts.UpdateCart(new Cart(bob, order) { Id = cart.Id });
        Check.Equal(bob, carts.GetCartById(cart.Id).UserId, "UpdateCart copies UserId onto the stored cart");

        var stranger = new Cart(bob, new Order());
        carts.UpdateCart(stranger);
        Check.Null(carts.GetCartById(stranger.Id), "UpdateCart of a cart not stored changes nothing and adds nothing, no error");

        carts.DeleteCart(cart.Id);
        Check.Null(carts.GetCartById(cart.Id), "DeleteCart removes the cart");
        carts.DeleteCart(Guid.NewGuid());
        Check.Null(carts.GetCartById(cart.Id), "DeleteCart of an id not stored does nothing, no error");
        return Task.CompletedTask;
    }
}
