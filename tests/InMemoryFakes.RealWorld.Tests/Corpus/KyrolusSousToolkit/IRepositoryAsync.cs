// Source: https://github.com/kyroluskamal/KyrolusSous.AspNetCoreToolkit
// Commit: 02b8baf23df0
// Licence: Apache-2.0
// Sample: h-sample87 rule (the rule and the walk: Corpus/AspNetCoreDocs/IBrainStormSessionRepository.cs). In this
//   repository, by git grep of the snapshot in path order: Src/KyrolusSous.CQRSInterfaces' ICacheableRequest and
//   ISPermanent are markers; EasyAPI's ICommandQueryHandler<TResponse, TModel, TKey> (9 members) answers HTTP results
//   by sending commands through the mediator and keeps nothing itself; IKyrolusApiConfig, IEndpointConfig,
//   IKyrolusMapper, IKyrolusModule, IModuleRegistration and IRouteMapper configure endpoints; the RabbitMQ interfaces
//   wrap a connection; IDbContextInitializer has 1 member; then IRespositoryInterfaces' IRepositoryAsync.
//   This one: the 5th pick (kyroluskamal/KyrolusSous.AspNetCoreToolkit).
// Path: Src/KyrolusSous.IRespositoryInterfaces/IRepository/IRepositoryAsync.cs (real store:
//   Src/KyrolusSous.BaseRepositoryEF/Repository/RepositoryAsync.cs; the Marten one is the other implementation; the
//   unit of work: IUnitOfWork/IUnitOfWork.cs and BaseRepositoryEF/UnitOfWork/UnitOfWork.cs)
// Adapted: the namespace. The library closes the interface nowhere (its CQRS handlers call
//   unitOfWork.Repository<TResponse, TKey>() for the caller's types), so this file closes it over a minimal entity of
//   its own, Product (Id, Name, Price), and an empty ShopDbContext, on a partial class as IMF0008's fix says. Nullable
//   enabled, as in the source.
// Real store: RepositoryAsync<TDbcontext, TEntity, TKey> over the context's DbSet<TEntity>; no member saves: the
//   caller saves through IUnitOfWork<TDbcontext>.Save()/SaveAsync<T>(), another interface. GetAllAsync(filter,
//   orderBy, includeProperties): the rows matching filter (all when null), ordered by orderBy when given, the named
//   navigations included. GetByIdAsync(id, …) is GetAllAsync(x => EF.Property<TKey>(x, nameof(id)).Equals(id))
//   .FirstOrDefault(): it names the property "id", which EF Core does not find on an entity keyed by Id (an
//   InvalidOperationException when the query runs); the smoke script follows what the member is for. AddAsync and
//   AddRangeAsync add and return what they were given. UpdateAsync(entity) finds the stored row by the entity's key
//   (none: NotFoundException, thrown although the result is declared nullable) and copies onto it the properties the
//   change tracker sees changed, returning the stored row. UpdateRangeAsync does that for each, then throws
//   NotFoundException naming every key not found (the caller saves nothing then). PatchAsync(keyValues, updates) finds
//   the row by the key values and sets each named property (an unknown name: InvalidOperationException).
//   Remove(entity) and Remove(keyValues) find the row (none: NotFoundException), remove it and answer true: never false.
//   RemoveRangeAsync removes all, or throws NotFoundException for any not found and removes none. ExistAsync(filter) is
//   AnyAsync(filter).
// Shapes: GetAllAsync=2; PatchAsync=20; Remove(keyValues)=18; ExistAsync=19; *=none
// First try (8b82adcf): incomplete: IMF0008 with [InMemoryFake] on the open interface (TEntity has no constraint with
//   a key); closed over (ShopDbContext, Product, int) on a partial class as its fix says (this file's form): GetByIdAsync,
//   GetAllAsync (the predicate and the ordering applied, the include list ignored), AddAsync, AddRangeAsync,
//   UpdateAsync, UpdateRangeAsync and Remove(entity) generated; IMF0001 on PatchAsync (not a known verb), Remove(object?[]?
//   keyValues) (neither keys of the key's type nor a property), RemoveRangeAsync (a bool result) and ExistAsync (Exist is
//   not Exists) | WRONG: UpdateAsync (an entity not stored: the fake answers null, as its T? result says; the store
//   throws NotFoundException), Remove(entity) (not stored: the fake answers false, as a bool removal says; the store
//   throws NotFoundException), GetByIdAsync (the store's query fails on the property name "id"; the fake reads by key).
//   The writes take effect at once in the fake, where the store's wait for the unit of work's save: the interface has no
//   save, so IMF0022's rule does not apply and the fake is the repository with its unit of work saved after each write.
// After this round: unchanged. The refusals are right: PatchAsync sets properties named by strings, Remove(object?[]?)
//   takes untyped key values, a RemoveRange answering bool does not say what false means (this one never answers it),
//   and Exist is no verb the conventions read. The three members wrong for this store follow their signatures (a
//   nullable result, a bool result, a key parameter) where the store throws or fails; no convention could read the
//   store's exceptions from them.
// After h-smoke38 (session 38): Remove carries IMF0029 (Info): an update or a removal by entity answering bool or a
//   count answers false for an entity that is not stored (the documented default), where EF Core's Update/Remove +
//   SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute is
//   left as it was: the outcome and the generated code are unchanged.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.KyrolusSousToolkit.IRepositoryAsyncCase;

public class ShopDbContext
{
}

public class Product
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public decimal Price { get; set; }
}

public interface IRepositoryAsync<TDbcontext, TEntity, TKey>
where TEntity : class
where TKey : IEquatable<TKey>
where TDbcontext : class
{
    Task<TEntity?> GetByIdAsync(TKey id,
        List<string>? includeProperties = null, CancellationToken cancellationToken = default);
    Task<IEnumerable<TEntity>> GetAllAsync(Expression<Func<TEntity, bool>>? filter = null, Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>>? orderBy = null,
                            List<string>? includeProperties = null, CancellationToken cancellationToken = default);
    Task<TEntity> AddAsync(TEntity entity, CancellationToken cancellationToken = default);
    Task<IEnumerable<TEntity>> AddRangeAsync(IEnumerable<TEntity> entities, CancellationToken cancellationToken = default);

    Task<TEntity?> UpdateAsync(TEntity entity);
    Task<IEnumerable<TEntity>> UpdateRangeAsync(IEnumerable<TEntity> entities);
    Task<TEntity?> PatchAsync(object?[]? keyValues, Dictionary<string, object> updates);
    Task<bool> Remove(TEntity entity);
    Task<bool> Remove(object?[]? keyValues);
    Task<bool> RemoveRangeAsync(IEnumerable<TEntity> entities);
    Task<bool> ExistAsync(Expression<Func<TEntity, bool>> filter, CancellationToken cancellationToken = default);
}

[InMemoryFake(typeof(IRepositoryAsync<ShopDbContext, Product, int>))]
public partial class ProductRepositoryFake;

public static class Smoke
{
    // Each write is followed by the unit of work's save in the real flow (the CQRS handlers call unitOfWork.SaveAsync).
    public static async Task RunAsync(IRepositoryAsync<ShopDbContext, Product, int> repository)
    {
        var pen = await repository.AddAsync(new Product { Name = "Pen", Price = 2m });
        Check.Equal("Pen", pen.Name, "AddAsync returns the entity added");
        await repository.AddRangeAsync(new[] { new Product { Name = "Ink", Price = 5m }, new Product { Name = "Pad", Price = 3m } });
        Check.Equal(3, (await repository.GetAllAsync()).Count(), "GetAllAsync lists every product");
        Check.Equal("Ink", (await repository.GetAllAsync(p => p.Price > 4m)).Single().Name, "and those the filter keeps");
        Check.Equal("Pen,Pad,Ink", string.Join(",", (await repository.GetAllAsync(orderBy: q => q.OrderBy(p => p.Price))).Select(p => p.Name)), "in orderBy's order");

        var stored = Check.NotNull(await repository.GetByIdAsync(pen.Id), "GetByIdAsync reads the product by its key");
        Check.Equal("Pen", stored.Name, "the one added");
        Check.Null(await repository.GetByIdAsync(999), "a key not stored reads null (FirstOrDefault)");

        stored.Price = 2.5m;
        var updated = Check.NotNull(await repository.UpdateAsync(stored), "UpdateAsync returns the stored row");
        Check.Equal(2.5m, updated.Price, "with the change");
        Check.Equal(2.5m, (await repository.GetByIdAsync(pen.Id))!.Price, "which is kept");
        await Check.ThrowsAsync<Exception>(() => repository.UpdateAsync(new Product { Id = 999, Name = "Ghost" }), "UpdateAsync of a product not stored throws NotFoundException");

        Check.True(await repository.Remove(stored), "Remove(entity) answers true");
        Check.Null(await repository.GetByIdAsync(pen.Id), "and the product is gone");
        await Check.ThrowsAsync<Exception>(() => repository.Remove(stored), "Remove of a product not stored throws NotFoundException");
        Check.True(await repository.ExistAsync(p => p.Name == "Ink"), "ExistAsync answers whether a product matches");
    }
}
