// Source: https://github.com/dotnet-architecture/eShopOnWeb
// Path: src/ApplicationCore/Interfaces/IRepository.cs (entity: src/ApplicationCore/Entities/BasketAggregate/Basket.cs)
// Commit: 2414014bfa0f
// Licence: MIT
// Adapted: Ardalis.Specification 9.3.1 (the version served here) instead of 7.0.0; closed over Basket as the app's
//   DI container closes it; Basket keeps its key (BaseEntity.Id, protected setter) and the members the script uses.
// Real store: src/Infrastructure/Data/EfRepository.cs = Ardalis.Specification.EntityFrameworkCore RepositoryBase<T>:
//   AddAsync adds and saves (the database assigns Id) and returns the entity; GetByIdAsync -> DbSet.FindAsync, null
//   when missing; UpdateAsync/DeleteAsync save at once; FirstOrDefaultAsync/ListAsync/CountAsync/AnyAsync evaluate
//   the specification's Where; deleting an entity that is not stored throws (EF: DbUpdateConcurrencyException).
// Shapes: *=2; GetByIdAsync=5; ListAsync=2,5; FirstOrDefaultAsync=2,5; SingleOrDefaultAsync=2,5; SaveChangesAsync=3; UpdateAsync=7; UpdateRangeAsync=7; DeleteAsync=7; AddAsync=core; AddRangeAsync=core; DeleteRangeAsync=2
// After this round (h-wrongclass4): DeleteRangeAsync(entities) (Ardalis.Specification 9: RemoveRange + SaveChangesAsync,
//   returning the count) of a range with a basket that is not stored removed the others and answered their count, where
//   EF Core throws DbUpdateConcurrencyException and removes none (silently wrong; no smoke script called it). Now all or
//   nothing with the not-found error, as DeleteAsync(entity); the smoke script removes such a range.

using System;
using System.Threading.Tasks;
using Ardalis.Specification;
using InMemoryFakes;

namespace Corpus.EShopOnWeb.IRepositoryCase;

public interface IAggregateRoot
{
}

public abstract class BaseEntity
{
    public virtual int Id { get; protected set; }
}

public class Basket : BaseEntity, IAggregateRoot
{
    public string BuyerId { get; private set; }

    public Basket(string buyerId)
    {
        BuyerId = buyerId;
    }

    public void SetNewBuyerId(string buyerId)
    {
        BuyerId = buyerId;
    }
}

public interface IRepository<T> : IRepositoryBase<T> where T : class, IAggregateRoot
{
}

[InMemoryFake(typeof(IRepository<Basket>))]
public partial class BasketRepositoryFake;

public sealed class BasketByBuyerSpecification : Specification<Basket>, ISingleResultSpecification<Basket>
{
    public BasketByBuyerSpecification(string buyerId)
    {
        Query.Where(b => b.BuyerId == buyerId);
    }
}

public static class Smoke
{
    public static async Task RunAsync(IRepository<Basket> store)
    {
        var added = await store.AddAsync(new Basket("alice"));
        Check.True(added.Id != 0, "AddAsync saves and the database assigns the Id");
        Check.Equal("alice", (await store.GetByIdAsync(added.Id))?.BuyerId, "GetByIdAsync finds the added basket");
        Check.Null(await store.GetByIdAsync(added.Id + 1000), "GetByIdAsync of a missing id returns null");
        Check.Equal(added.Id, (await store.FirstOrDefaultAsync(new BasketByBuyerSpecification("alice")))?.Id, "FirstOrDefaultAsync applies the specification");
        Check.Null(await store.FirstOrDefaultAsync(new BasketByBuyerSpecification("bob")), "FirstOrDefaultAsync of no match returns null");

        var basket = await store.GetByIdAsync(added.Id) ?? throw new InvalidOperationException("basket vanished");
        basket.SetNewBuyerId("bob");
        await store.UpdateAsync(basket);
        Check.Equal(1, await store.CountAsync(new BasketByBuyerSpecification("bob")), "UpdateAsync saves the change");
        Check.Equal(1, (await store.ListAsync()).Count, "ListAsync returns every basket");

        var carol = await store.AddAsync(new Basket("carol"));
        await Check.ThrowsAsync<Exception>(() => store.DeleteRangeAsync(new[] { carol, new Basket("nobody") }),
            "DeleteRangeAsync of a range with a basket that is not stored fails the save (DbUpdateConcurrencyException)");
        Check.True(await store.AnyAsync(new BasketByBuyerSpecification("carol")), "and removes none of the range");
        Check.Equal(1, await store.DeleteRangeAsync(new[] { carol }), "DeleteRangeAsync saves and returns the number of rows deleted");

        await store.DeleteAsync(basket);
        Check.False(await store.AnyAsync(), "DeleteAsync removes the basket");
        await Check.ThrowsAsync<Exception>(() => store.DeleteAsync(basket), "deleting a basket that is not stored throws");
    }
}
