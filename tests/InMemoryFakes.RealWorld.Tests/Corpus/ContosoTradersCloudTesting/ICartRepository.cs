// Source: https://github.com/microsoft/contosotraders-cloudtesting
// Commit: 6039159c0c63 (the interfaces last changed in ed474b40d189)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample62 rule, fixed before probing (written in full in Corpus/CodeContracts/IClousotCache.cs).
//   This one: the 7th pick (contosotraders-cloudtesting; its first hit in path order: ICartRepository declares none of
//   its own and inherits 6 from ICosmosGenericRepository<CartDao> in the same repository).
// Path: src/ContosoTraders.Api.Core/Repositories/Interfaces/ICartRepository.cs and ICosmosGenericRepository.cs beside it
//   (real store: Repositories/Implementations/CartRepository.cs over CosmosGenericRepositoryBase.cs, the Cosmos DB .NET
//   SDK v3; model: Models/Implementations/Dao/CartDao.cs and Models/Interfaces/ICosmosDao.cs; the caller:
//   Services/Implementations/CartService.cs)
// Adapted: the namespaces (one for all); the remark on the type constraint dropped. CartDao and ICosmosDao<T> as
//   declared. Nullable disabled, as in the source (ContosoTraders.Api.Core.csproj).
// Real store: a Cosmos DB container "carts" partitioned by Email; an item is identified by (partition key, id).
//   QueryAsync(querySpec) runs a Cosmos SQL query text and answers its items; ListAsync(filterClause) runs "select * from
//   c" plus " where " + the clause when it is not blank (CartService passes LOWER(c.Email) = '<email>'), every item when
//   it is. GetAsync(partitionKey, id) reads the item (null on 404). AddAsync(partitionKey, entity) creates it (409
//   Conflict, a CosmosException, when that id is in that partition; CartService sets id to a new Guid first).
//   UpsertAsync replaces or creates it. DeleteAsync(partitionKey, id) deletes it (404 CosmosException when missing). A
//   partition key that differs from the item's Email is a 400 on writes.
// Shapes: *=4
// First try (71d37bc): incomplete: IMF0001 on all 6, read as a repository of CartDao keyed by id: QueryAsync ('not a
//   known verb': a Cosmos SQL text), ListAsync (filterClause names no property), GetAsync, DeleteAsync (partitionKey
//   names no property), AddAsync, UpsertAsync (partitionKey beside the entity) | WRONG: none (nothing generated).
// After this round: unchanged, and rightly refused: Cosmos DB identifies an item by its partition key and id
//   together, and that the partition key is Email is the container's configuration (a comment in CartDao), so the
//   same id in two partitions is two items, which a fake keyed by id would refuse; QueryAsync and ListAsync take
//   Cosmos SQL text.
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ContosoTradersCloudTesting.ICartRepositoryCase;

public interface ICosmosDao<T>
{
    public T id { get; set; }
}

public class CartDao : ICosmosDao<string>
{
    public string Email { get; set; } // partition key

    public int ProductId { get; set; }

    public string Name { get; set; }

    public int Price { get; set; }

    public string ImageUrl { get; set; }

    public int Quantity { get; set; }

    public string id { get; set; }
}

public interface ICosmosGenericRepository<TEntity> where TEntity : class
{
    Task<IEnumerable<TEntity>> QueryAsync(string querySpec, CancellationToken cancellationToken = default);

    Task<IEnumerable<TEntity>> ListAsync(string filterClause = default, CancellationToken cancellationToken = default);

    Task<TEntity> GetAsync(string partitionKey, string id, CancellationToken cancellationToken = default);

    Task AddAsync(string partitionKey, TEntity entity, CancellationToken cancellationToken = default);

    Task UpsertAsync(string partitionKey, TEntity entity, CancellationToken cancellationToken = default);

    Task DeleteAsync(string partitionKey, string id, CancellationToken cancellationToken = default);
}

[InMemoryFake]
public interface ICartRepository : ICosmosGenericRepository<CartDao>
{
}

public static class Smoke
{
    public static async Task RunAsync(ICartRepository carts)
    {
        var item = new CartDao { id = "a1", Email = "ann@example.com", ProductId = 7, Name = "Mug", Price = 12, Quantity = 1 };
        await carts.AddAsync(item.Email, item);
        await Check.ThrowsAsync<System.Exception>(() => carts.AddAsync(item.Email, new CartDao { id = "a1", Email = "ann@example.com", ProductId = 8 }), "an id taken in the partition is 409 Conflict");
        await carts.AddAsync("bob@example.com", new CartDao { id = "a1", Email = "bob@example.com", ProductId = 9, Quantity = 2 });

        Check.Equal(7, (await carts.GetAsync("ann@example.com", "a1")).ProductId, "an item is read by its partition key and id");
        Check.Equal(9, (await carts.GetAsync("bob@example.com", "a1")).ProductId, "the same id in another partition is another item");
        Check.Null(await carts.GetAsync("ann@example.com", "zz"), "a missing item reads null (the 404 is caught)");

        Check.Equal(2, (await carts.ListAsync()).Count(), "ListAsync with no filter lists every item");
        Check.Equal(1, (await carts.ListAsync("LOWER(c.Email) = 'ann@example.com'")).Count(), "a filter clause is Cosmos SQL after where");

        item.Quantity = 3;
        await carts.UpsertAsync(item.Email, item);
        Check.Equal(3, (await carts.GetAsync("ann@example.com", "a1")).Quantity, "an upsert replaces the stored item");
        await carts.UpsertAsync("ann@example.com", new CartDao { id = "a2", Email = "ann@example.com", ProductId = 5 });
        Check.Equal(5, (await carts.GetAsync("ann@example.com", "a2")).ProductId, "and creates a missing one");

        await carts.DeleteAsync("ann@example.com", "a2");
        Check.Null(await carts.GetAsync("ann@example.com", "a2"), "a deleted item is gone");
        await Check.ThrowsAsync<System.Exception>(() => carts.DeleteAsync("ann@example.com", "a2"), "deleting a missing item is 404");
        Check.Equal(2, (await carts.QueryAsync("select * from c")).Count(), "QueryAsync runs the query text");
    }
}
