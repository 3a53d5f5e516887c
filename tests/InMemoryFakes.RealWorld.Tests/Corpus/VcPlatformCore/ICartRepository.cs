// Source: https://github.com/VirtoCommerce/vc-platform-core
// Commit: e874329e7118
// Licence: Virto Commerce Open Software License (an interface signature and minimal models transcribed for a test)
// Sample: h-sample66 rule (the whole rule and the repositories it skipped: Corpus/ECommerceSpareParts/IS3StorageService.cs).
//   This one: the 2nd pick (VirtoCommerce/vc-platform-core, the 71st of find_repos("commerce"); not
//   VirtoCommerce/vc-platform, a source). Its first in path order: Module1's IMyService and IThirdPartyService declare
//   1 member; IShoppingCartBuilder holds one cart and saves through IShoppingCartService, and IShoppingCartSearchService
//   and IShoppingCartService reach the database only through ICartRepository; IShoppingCartTotalsCalculator keeps
//   nothing; so ICartRepository (3 members, and the 5 of IRepository, its base in the same repository).
// Path: Modules/vc-module-cart/VirtoCommerce.CartModule.Data/Repositories/ICartRepository.cs (real store:
//   Repositories/CartRepository.cs over VirtoCommerce.Platform.Data/Infrastructure/DbContextRepositoryBase.cs and
//   DbContextUnitOfWork.cs; models: VirtoCommerce.Platform.Core/Domain/IRepository.cs, IUnitOfWork.cs, Entity.cs,
//   AuditableEntity.cs, CartModule.Data/Model/ShoppingCartEntity.cs)
// Adapted: the namespaces (one for all); ShoppingCartEntity cut down to Id (from Entity) and eight scalar properties
//   (its audit fields, totals, child collections of items, payments, shipments, addresses and discounts, and its
//   ToModel/FromModel/Patch methods dropped); the XML comments dropped. Nullable disabled, as in the source (no project
//   of vc-platform-core enables it).
// Real store: CartRepository, an EF Core DbContext (CartDbContext). ShoppingCarts is DbContext.Set<ShoppingCartEntity>():
//   a query over the carts table (committed rows; what Add only marked is not in it). GetShoppingCartsByIdsAsync(ids,
//   responseGroup) answers the stored carts whose Id is in ids (tracked), and loads the children responseGroup names
//   (CartResponseGroup flags, Full when null or not parsed) into the context. RemoveCartsAsync(ids) loads those carts
//   and marks each Deleted. Attach/Add/Update/Remove<T>(item) mark an item of any mapped type T Unchanged/Added/
//   Modified/Deleted; nothing is written until UnitOfWork.Commit()/CommitAsync() (SaveChanges), which returns the
//   number of rows written. Dispose disposes the context.
// Shapes: *=core; RemoveCartsAsync=18; GetShoppingCartsByIdsAsync=18,8; UnitOfWork=3; ShoppingCarts=9; Dispose=17
// First try (f923f300): incomplete: IMF0001 Attach, Add, Update, Remove (generic methods over any entity type T);
//   IMF0018 GetShoppingCartsByIdsAsync (responseGroup is read by no condition); ShoppingCarts (the saved rows),
//   RemoveCartsAsync (a pending removal of the carts among the ids), UnitOfWork with Commit/CommitAsync (SaveChanges) and
//   Dispose generated | WRONG: none.
// After this round: unchanged, and the refusals are right: the base's generic writes mark an item of any mapped type of
//   the DbContext (Corpus/VcPlatform/IRepository.cs, the same base), and responseGroup chooses which children the real
//   store loads into the carts (IgnoredParameters = new[] { "responseGroup" } says the fake's whole graphs are what Full
//   loads; then the list by keys asks for its order, a Contains query's).
#nullable disable

using System;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.VcPlatformCore.ICartRepositoryCase;

public abstract class Entity
{
    public string Id { get; set; }
}

public class ShoppingCartEntity : Entity
{
    public string Name { get; set; }
    public string StoreId { get; set; }
    public string ChannelId { get; set; }
    public bool IsAnonymous { get; set; }
    public string CustomerId { get; set; }
    public string CustomerName { get; set; }
    public string Currency { get; set; }
    public string Status { get; set; }
}

public interface IUnitOfWork
{
    int Commit();
    Task<int> CommitAsync();
}

public interface IRepository : IDisposable
{
    IUnitOfWork UnitOfWork { get; }
    void Attach<T>(T item) where T : class;
    void Add<T>(T item) where T : class;
    void Update<T>(T item) where T : class;
    void Remove<T>(T item) where T : class;
}

[InMemoryFake]
public interface ICartRepository : IRepository
{
    IQueryable<ShoppingCartEntity> ShoppingCarts { get; }
    Task<ShoppingCartEntity[]> GetShoppingCartsByIdsAsync(string[] ids, string responseGroup = null);
    Task RemoveCartsAsync(string[] ids);
}

public static class Smoke
{
    public static async Task RunAsync(ICartRepository carts)
    {
        var cart = new ShoppingCartEntity { Id = "c1", Name = "default", StoreId = "B2B-store", CustomerId = "u1", Currency = "USD" };
        carts.Add(cart);
        Check.Equal(0, carts.ShoppingCarts.Count(), "an added cart is not in the table before Commit");
        Check.Equal(1, await carts.UnitOfWork.CommitAsync(), "Commit writes the added cart");
        Check.Equal(1, carts.ShoppingCarts.Count(), "and the table holds it");

        var found = await carts.GetShoppingCartsByIdsAsync(new[] { "c1", "missing" });
        Check.Equal(1, found.Length, "GetShoppingCartsByIdsAsync answers the stored carts among the ids");
        Check.Equal("default", found[0].Name, "the cart stored");

        found[0].Name = "wishlist";
        carts.Update(found[0]);
        Check.Equal(1, carts.UnitOfWork.Commit(), "Commit writes the updated cart");
        Check.Equal("wishlist", carts.ShoppingCarts.Single().Name, "the table holds the change");

        await carts.RemoveCartsAsync(new[] { "c1" });
        Check.Equal(1, carts.ShoppingCarts.Count(), "a removed cart is still in the table before Commit");
        Check.Equal(1, carts.UnitOfWork.Commit(), "Commit deletes it");
        Check.Equal(0, (await carts.GetShoppingCartsByIdsAsync(new[] { "c1" })).Length, "and it is gone");
        carts.Dispose();
    }
}
