// Source: https://github.com/dotnet/eShop
// Path: src/Ordering.Domain/AggregatesModel/BuyerAggregate/IBuyerRepository.cs (with SeedWork/IRepository.cs,
//   SeedWork/IUnitOfWork.cs, SeedWork/Entity.cs, BuyerAggregate/Buyer.cs)
// Commit: 5624ad564d16
// Licence: MIT
// Real store: src/Ordering.Infrastructure/Repositories/BuyerRepository.cs over OrderingContext (EF Core):
//   Add/Update only track the entity; nothing is stored until UnitOfWork.SaveEntitiesAsync (OrderingContext:
//   dispatches domain events, then SaveChangesAsync, returns true); FindAsync(identity) queries
//   Buyers.Where(b => b.IdentityGuid == identity).SingleOrDefaultAsync() (null when missing, and a query does not
//   see unsaved adds); FindByIdAsync(id) the same on Id. The database assigns Id (HiLo "buyerseq").
// Shapes: FindAsync=4; FindByIdAsync=core; UnitOfWork=3; SaveChangesAsync=3; SaveEntitiesAsync=3; Dispose=17; Add=core; Update=core
#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EShop.IBuyerRepositoryCase;

public interface IAggregateRoot { }

public interface IUnitOfWork : IDisposable
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
    Task<bool> SaveEntitiesAsync(CancellationToken cancellationToken = default);
}

public interface IRepository<T> where T : IAggregateRoot
{
    IUnitOfWork UnitOfWork { get; }
}

public abstract class Entity
{
    int _Id;
    public virtual int Id
    {
        get
        {
            return _Id;
        }
        protected set
        {
            _Id = value;
        }
    }
}

public class Buyer : Entity, IAggregateRoot
{
    public string IdentityGuid { get; private set; }

    public string Name { get; private set; }

    protected Buyer() { }

    public Buyer(string identity, string name) : this()
    {
        IdentityGuid = !string.IsNullOrWhiteSpace(identity) ? identity : throw new ArgumentNullException(nameof(identity));
        Name = !string.IsNullOrWhiteSpace(name) ? name : throw new ArgumentNullException(nameof(name));
    }
}

[InMemoryFake]
public interface IBuyerRepository : IRepository<Buyer>
{
    Buyer Add(Buyer buyer);
    Buyer Update(Buyer buyer);
    Task<Buyer> FindAsync(string BuyerIdentityGuid);
    Task<Buyer> FindByIdAsync(int id);
}

public static class Smoke
{
    public static async Task RunAsync(IBuyerRepository store)
    {
        store.Add(new Buyer("b1c7-identity", "Alice"));
        Check.Null(await store.FindAsync("b1c7-identity"), "a query does not see a buyer added but not saved");
        Check.True(await store.UnitOfWork.SaveEntitiesAsync(), "SaveEntitiesAsync returns true");
        var buyer = await store.FindAsync("b1c7-identity");
        Check.Equal("Alice", buyer?.Name, "FindAsync(identity) finds the buyer by IdentityGuid after SaveEntitiesAsync");
        Check.True(buyer.Id != 0, "saving assigns the buyer an Id");
        Check.Equal("b1c7-identity", (await store.FindByIdAsync(buyer.Id))?.IdentityGuid, "FindByIdAsync finds the buyer by Id");
        Check.Null(await store.FindAsync("someone-else"), "FindAsync of an unknown identity returns null");
        Check.Null(await store.FindByIdAsync(buyer.Id + 1000), "FindByIdAsync of a missing id returns null");
    }
}
