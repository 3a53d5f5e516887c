// Source: https://github.com/abpframework/abp
// Commit: f4458ac7d039 (IRepository.cs; the ABP 4.x family: IBasicRepository.cs 48d6b42dcc49, IReadOnlyBasicRepository.cs
//   204310378b5f, IReadOnlyRepository.cs 0b3271e0206c)
// Licence: LGPL-3.0
// Path: framework/src/Volo.Abp.Ddd.Domain/Volo/Abp/Domain/Repositories/IRepository.cs (IBasicRepository.cs,
//   IReadOnlyBasicRepository.cs, IReadOnlyRepository.cs; entity base: framework/src/Volo.Abp.Ddd.Domain/Volo/Abp/Domain/
//   Entities/Entity.cs)
// Adapted: IAsyncQueryableExecuter (Volo.Abp.Linq) is an empty interface here; [NotNull] (JetBrains) dropped; Entity<TKey>
//   keeps Id with its protected setter and GetKeys; closed over a Book entity with a Guid key set by its constructor.
// Real store: framework/src/Volo.Abp.EntityFrameworkCore/Volo/Abp/Domain/Repositories/EntityFrameworkCore/EfCoreRepository.cs
//   (each call in its own unit of work, autoSave or not): GetAsync(id) throws EntityNotFoundException for a missing id,
//   FindAsync(id) returns null; InsertAsync returns the entity; DeleteAsync(id) finds first and does nothing when missing;
//   GetListAsync returns every entity; GetCountAsync counts; GetPagedListAsync orders by the dynamic-LINQ `sorting` string
//   ("Name desc"; Id when empty) then skips/takes; FindAsync(predicate) is SingleOrDefault (null when none, throws when
//   several), GetAsync(predicate) throws EntityNotFoundException when none; DeleteAsync(predicate) deletes every match;
//   the repository itself is an IQueryable over the DbSet.
// Shapes: *=core; GetPagedListAsync=14; FindAsync=2; GetAsync=2; DeleteAsync=2; WithDetails=9; WithDetailsAsync=9; GetQueryableAsync=9; AsyncExecuter=core
// First try (a75b0ce): incomplete: IMF0001 AsyncExecuter, WithDetails (2), WithDetailsAsync (2), GetPagedListAsync
//   (string sorting), the IQueryable members ElementType, Expression, Provider, GetEnumerator (2) | WRONG: GetAsync(id)
//   and GetAsync(predicate) returned null for a missing entity (ABP throws EntityNotFoundException): the oblivious-Get
//   rule needed a one-parameter FindAsync, and ABP's takes includeDetails and a token; FindAsync(predicate) returns the
//   first match where ABP's SingleOrDefault throws for several
// Configured: MissingDelete = MissingDelete.Ignore, MissingEntityDelete = MissingDelete.NotFound: DeleteAsync(entity) is
//   EfCoreRepository's DbSet.Remove, saved by the unit of work, and EF Core's SaveChanges of a row that is not there
//   throws DbUpdateConcurrencyException (AbpDbContext rethrows it as AbpDbConcurrencyException); DeleteAsync(id) finds
//   the entity and deletes it only when found (nothing for a missing id). Re-read in EfCoreRepository.cs
//   (abp 01d2cf3a8bee). MissingEntityDelete states the removal by entity apart from MissingDelete's by key (one
//   MissingDelete value could not state both, so this was refused before).
// Now (lead, 2026-12-03): the repository is a live query of its books (ElementType, Expression, Provider and both
//   GetEnumerators are generated: LINQ composed on it reads the table when it runs, as a query over the DbSet does);
//   only AsyncExecuter stays refused (ABP's IAsyncQueryableExecuter is a service that runs queries, an empty interface
//   in this transcription, so the fake has nothing to return).
// Still wrong: DeleteAsync(entity) of a missing entity throws NotFoundException at once, where ABP's throws
//   AbpDbConcurrencyException (EF Core's DbUpdateConcurrencyException) when the unit of work saves (at once only with
//   autoSave: true); the type differs unless NotFoundException = typeof(...) names ABP's. Reached only by removing an
//   entity that is not stored.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Abp.IRepositoryCase;

public interface IEntity
{
    object[] GetKeys();
}

public interface IEntity<TKey> : IEntity
{
    TKey Id { get; }
}

public abstract class Entity<TKey> : IEntity<TKey>
{
    public virtual TKey Id { get; protected set; }

    protected Entity()
    {
    }

    protected Entity(TKey id)
    {
        Id = id;
    }

    public virtual object[] GetKeys() => new object[] { Id };
}

public class Book : Entity<Guid>
{
    public string Name { get; set; }
    public float Price { get; set; }

    protected Book()
    {
    }

    public Book(Guid id, string name, float price) : base(id)
    {
        Name = name;
        Price = price;
    }
}

public interface IAsyncQueryableExecuter
{
}

public interface IRepository
{
}

public interface IReadOnlyBasicRepository<TEntity> : IRepository
    where TEntity : class, IEntity
{
    Task<List<TEntity>> GetListAsync(bool includeDetails = false, CancellationToken cancellationToken = default);

    Task<List<TEntity>> GetListAsync(
        Expression<Func<TEntity, bool>> predicate,
        bool includeDetails = false,
        CancellationToken cancellationToken = default);

    Task<long> GetCountAsync(CancellationToken cancellationToken = default);

    Task<List<TEntity>> GetPagedListAsync(
        int skipCount,
        int maxResultCount,
        string sorting,
        bool includeDetails = false,
        CancellationToken cancellationToken = default);
}

public interface IReadOnlyBasicRepository<TEntity, TKey> : IReadOnlyBasicRepository<TEntity>
    where TEntity : class, IEntity<TKey>
{
    Task<TEntity> GetAsync(TKey id, bool includeDetails = true, CancellationToken cancellationToken = default);

    Task<TEntity> FindAsync(TKey id, bool includeDetails = true, CancellationToken cancellationToken = default);
}

public interface IReadOnlyRepository<TEntity> : IQueryable<TEntity>, IReadOnlyBasicRepository<TEntity>
    where TEntity : class, IEntity
{
    IAsyncQueryableExecuter AsyncExecuter { get; }

    [Obsolete("Use WithDetailsAsync method.")]
    IQueryable<TEntity> WithDetails();

    [Obsolete("Use WithDetailsAsync method.")]
    IQueryable<TEntity> WithDetails(params Expression<Func<TEntity, object>>[] propertySelectors);

    Task<IQueryable<TEntity>> WithDetailsAsync();

    Task<IQueryable<TEntity>> WithDetailsAsync(params Expression<Func<TEntity, object>>[] propertySelectors);

    Task<IQueryable<TEntity>> GetQueryableAsync();
}

public interface IReadOnlyRepository<TEntity, TKey> : IReadOnlyRepository<TEntity>, IReadOnlyBasicRepository<TEntity, TKey>
    where TEntity : class, IEntity<TKey>
{
}

public interface IBasicRepository<TEntity> : IReadOnlyBasicRepository<TEntity>
    where TEntity : class, IEntity
{
    Task<TEntity> InsertAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);

    Task<TEntity> UpdateAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);

    Task DeleteAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);
}

public interface IBasicRepository<TEntity, TKey> : IBasicRepository<TEntity>, IReadOnlyBasicRepository<TEntity, TKey>
    where TEntity : class, IEntity<TKey>
{
    Task DeleteAsync(TKey id, bool autoSave = false, CancellationToken cancellationToken = default);
}

public interface IRepository<TEntity> : IReadOnlyRepository<TEntity>, IBasicRepository<TEntity>
    where TEntity : class, IEntity
{
    Task<TEntity> FindAsync(
        Expression<Func<TEntity, bool>> predicate,
        bool includeDetails = true,
        CancellationToken cancellationToken = default
    );

    Task<TEntity> GetAsync(
        Expression<Func<TEntity, bool>> predicate,
        bool includeDetails = true,
        CancellationToken cancellationToken = default
    );

    Task DeleteAsync(
        Expression<Func<TEntity, bool>> predicate,
        bool autoSave = false,
        CancellationToken cancellationToken = default
    );
}

public interface IRepository<TEntity, TKey> : IRepository<TEntity>, IReadOnlyRepository<TEntity, TKey>, IBasicRepository<TEntity, TKey>
    where TEntity : class, IEntity<TKey>
{
}

[InMemoryFake(typeof(IRepository<Book, Guid>), MissingDelete = MissingDelete.Ignore, MissingEntityDelete = MissingDelete.NotFound)]
public partial class BookRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<Book, Guid> store)
    {
        var id = Guid.NewGuid();
        var inserted = await store.InsertAsync(new Book(id, "Dune", 9.5f), autoSave: true);
        Check.Equal(id, inserted.Id, "InsertAsync returns the entity with the Id its constructor set");
        await store.InsertAsync(new Book(Guid.NewGuid(), "Emma", 4f));
        await store.InsertAsync(new Book(Guid.NewGuid(), "Carrie", 7f));
        Check.Equal("Dune", (await store.GetAsync(id)).Name, "GetAsync(id) finds the book");
        await Check.ThrowsAsync<Exception>(() => store.GetAsync(Guid.NewGuid()), "GetAsync(id) of a missing id throws EntityNotFoundException");
        Check.Null(await store.FindAsync(Guid.NewGuid()), "FindAsync(id) of a missing id returns null");
        Check.Equal(3L, await store.GetCountAsync(), "GetCountAsync counts every book");
        Check.Equal(3, (await store.GetListAsync()).Count, "GetListAsync returns every book");
        Check.Equal(2, (await store.GetListAsync(b => b.Price > 5)).Count, "GetListAsync(predicate) filters");
        var page = await store.GetPagedListAsync(0, 2, "Name desc");
        Check.Equal("Emma,Dune", string.Join(",", page.Select(b => b.Name)), "GetPagedListAsync sorts by the dynamic-LINQ sorting string, then skips and takes");
        var byId = await store.GetPagedListAsync(1, 5, null);
        Check.Equal(2, byId.Count, "GetPagedListAsync with no sorting orders by Id and skips skipCount");
        Check.Equal("Emma", (await store.FindAsync(b => b.Price < 5)).Name, "FindAsync(predicate) returns the single match");
        Check.Null(await store.FindAsync(b => b.Price > 100), "FindAsync(predicate) of no match returns null");
        await Check.ThrowsAsync<InvalidOperationException>(() => store.FindAsync(b => b.Price > 0), "FindAsync(predicate) with several matches throws (SingleOrDefault)");
        await Check.ThrowsAsync<Exception>(() => store.GetAsync(b => b.Price > 100), "GetAsync(predicate) of no match throws EntityNotFoundException");
        Check.Equal("Carrie", store.Where(b => b.Price == 7f).Select(b => b.Name).Single(), "the repository is itself queryable");
        Check.Equal(3, (await store.GetQueryableAsync()).Count(), "GetQueryableAsync is a queryable over every book");
        var dune = await store.GetAsync(id);
        dune.Price = 11f;
        await store.UpdateAsync(dune, autoSave: true);
        Check.Equal(11f, (await store.GetAsync(id)).Price, "UpdateAsync saves the change");
        await store.DeleteAsync(Guid.NewGuid());
        await store.DeleteAsync(id);
        Check.Null(await store.FindAsync(id), "DeleteAsync(id) deletes the book; a missing id does nothing");
        await Check.ThrowsAsync<Exception>(() => store.DeleteAsync(new Book(Guid.NewGuid(), "Gone", 1f)), "DeleteAsync(entity) of a missing entity fails (EF Core's DbUpdateConcurrencyException at the save, AbpDbConcurrencyException)");
        await store.DeleteAsync(b => b.Price > 5);
        Check.Equal(1L, await store.GetCountAsync(), "DeleteAsync(predicate) deletes every match");
    }
}
