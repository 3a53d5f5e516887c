// Source: https://github.com/aspnetboilerplate/aspnetboilerplate
// Commit: a2ccd05f849f
// Licence: MIT
// Path: src/Abp/Domain/Repositories/IRepositoryOfTEntityAndTPrimaryKey.cs (IRepository.cs; src/Abp/Domain/Entities/
//   IEntityOfTPrimaryKey.cs, EntityOfTPrimaryKey.cs)
// Adapted: the non-generic IRepository marker (: ITransientDependency) is an empty interface here; IEntity<T>/Entity<T>
//   keep Id and IsTransient; closed over a Person entity with a long key.
// Real store: src/Abp.EntityFrameworkCore/EntityFrameworkCore/Repositories/EfCoreRepositoryBaseOfTEntityAndTPrimaryKey.cs
//   (each call in its own unit of work, ABP's default for application service calls): Get/GetAsync throw
//   EntityNotFoundException for a missing id, FirstOrDefault(id) returns null; Insert returns the entity;
//   InsertAndGetId saves to obtain the database-generated Id; InsertOrUpdate inserts a transient entity, else updates;
//   Update(id, action) loads (throws when missing), applies the action, and returns the entity; Delete(id) of a missing
//   entity does nothing; Delete(predicate) deletes every match; Count/LongCount count (with or without predicate).
// Shapes: *=core; GetAll=9; GetAllAsync=9; GetAllReadonly=9; GetAllReadonlyAsync=9; GetAllIncluding=8,9; GetAllIncludingAsync=8,9; GetAllReadonlyIncluding=8,9; GetAllReadonlyIncludingAsync=8,9; Query=5,9; InsertAndGetId=13; InsertAndGetIdAsync=13; InsertOrUpdateAndGetId=13; InsertOrUpdateAndGetIdAsync=13; Update=20; UpdateAsync=20; Single=19; SingleAsync=19; LongCount=19; LongCountAsync=19; Load=core; FirstOrDefault=core; FirstOrDefaultAsync=core
// Configured: MissingDelete = MissingDelete.Ignore, MissingEntityDelete = MissingDelete.NotFound (h-close2, session of
//   2026-12-03; MissingEntityDelete, added for ABP vNext's IRepository, tells the two removals apart): Delete(entity) is
//   EfCoreRepositoryBase's AttachIfNot + Table.Remove (DeleteAsync(entity) calls it), saved by the unit of work, and EF
//   Core's SaveChanges of a row that is not there throws DbUpdateConcurrencyException (AbpDbContext.SaveChanges rethrows
//   it as AbpDbConcurrencyException); Delete(id) looks in the change tracker, then FirstOrDefault(id), and deletes only
//   what it finds ("Could not found the entity, do nothing."). Re-read at a2ccd05f8. Before: Delete(entity) and
//   DeleteAsync(entity) refused, since MissingDelete alone could not state both (the first try's Delete(entity) of a
//   missing entity did nothing: silently wrong).
// Still wrong: Delete(entity) of a missing entity throws NotFoundException at once, where ABP's throws
//   AbpDbConcurrencyException when the unit of work saves (the type differs; NotFoundException = typeof(...) would also
//   change Get's EntityNotFoundException, which the smoke script checks only as an exception). Reached only by removing
//   an entity that is not stored.
// After this round (h-wrongclass4): the generated members no smoke script calls were reviewed (docs/generator.md,
//   session 21's table): right but InsertOrUpdateAsync, which stores an entity whose Id is set but not stored, where
//   ABP's IsTransient() ? Insert : Update fails the save; the documented preset-key decision, left to the lead.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AspNetBoilerplate.IRepositoryCase;

public interface IEntity<TPrimaryKey>
{
    TPrimaryKey Id { get; set; }

    bool IsTransient();
}

public abstract class Entity<TPrimaryKey> : IEntity<TPrimaryKey>
{
    public virtual TPrimaryKey Id { get; set; }

    public virtual bool IsTransient() => EqualityComparer<TPrimaryKey>.Default.Equals(Id, default);
}

public class Person : Entity<long>
{
    public string Name { get; set; }
    public int Age { get; set; }
}

public interface IRepository
{
}

public interface IRepository<TEntity, TPrimaryKey> : IRepository where TEntity : class, IEntity<TPrimaryKey>
{
    IQueryable<TEntity> GetAll();
    IQueryable<TEntity> GetAllReadonly();
    Task<IQueryable<TEntity>> GetAllReadonlyAsync();
    Task<IQueryable<TEntity>> GetAllAsync();
    IQueryable<TEntity> GetAllIncluding(params Expression<Func<TEntity, object>>[] propertySelectors);
    Task<IQueryable<TEntity>> GetAllIncludingAsync(params Expression<Func<TEntity, object>>[] propertySelectors);
    IQueryable<TEntity> GetAllReadonlyIncluding(params Expression<Func<TEntity, object>>[] propertySelectors);
    Task<IQueryable<TEntity>> GetAllReadonlyIncludingAsync(params Expression<Func<TEntity, object>>[] propertySelectors);
    List<TEntity> GetAllList();
    Task<List<TEntity>> GetAllListAsync();
    List<TEntity> GetAllList(Expression<Func<TEntity, bool>> predicate);
    Task<List<TEntity>> GetAllListAsync(Expression<Func<TEntity, bool>> predicate);
    T Query<T>(Func<IQueryable<TEntity>, T> queryMethod);
    TEntity Get(TPrimaryKey id);
    Task<TEntity> GetAsync(TPrimaryKey id);
    TEntity Single(Expression<Func<TEntity, bool>> predicate);
    Task<TEntity> SingleAsync(Expression<Func<TEntity, bool>> predicate);
    TEntity FirstOrDefault(TPrimaryKey id);
    Task<TEntity> FirstOrDefaultAsync(TPrimaryKey id);
    TEntity FirstOrDefault(Expression<Func<TEntity, bool>> predicate);
    Task<TEntity> FirstOrDefaultAsync(Expression<Func<TEntity, bool>> predicate);
    TEntity Load(TPrimaryKey id);
    TEntity Insert(TEntity entity);
    Task<TEntity> InsertAsync(TEntity entity);
    TPrimaryKey InsertAndGetId(TEntity entity);
    Task<TPrimaryKey> InsertAndGetIdAsync(TEntity entity);
    TEntity InsertOrUpdate(TEntity entity);
    Task<TEntity> InsertOrUpdateAsync(TEntity entity);
    TPrimaryKey InsertOrUpdateAndGetId(TEntity entity);
    Task<TPrimaryKey> InsertOrUpdateAndGetIdAsync(TEntity entity);
    TEntity Update(TEntity entity);
    Task<TEntity> UpdateAsync(TEntity entity);
    TEntity Update(TPrimaryKey id, Action<TEntity> updateAction);
    Task<TEntity> UpdateAsync(TPrimaryKey id, Func<TEntity, Task> updateAction);
    void Delete(TEntity entity);
    Task DeleteAsync(TEntity entity);
    void Delete(TPrimaryKey id);
    Task DeleteAsync(TPrimaryKey id);
    void Delete(Expression<Func<TEntity, bool>> predicate);
    Task DeleteAsync(Expression<Func<TEntity, bool>> predicate);
    int Count();
    Task<int> CountAsync();
    int Count(Expression<Func<TEntity, bool>> predicate);
    Task<int> CountAsync(Expression<Func<TEntity, bool>> predicate);
    long LongCount();
    Task<long> LongCountAsync();
    long LongCount(Expression<Func<TEntity, bool>> predicate);
    Task<long> LongCountAsync(Expression<Func<TEntity, bool>> predicate);
}

[InMemoryFake(typeof(IRepository<Person, long>), MissingDelete = MissingDelete.Ignore, MissingEntityDelete = MissingDelete.NotFound)]
public partial class PersonRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<Person, long> store)
    {
        var id = store.InsertAndGetId(new Person { Name = "Halil", Age = 30 });
        Check.True(id != 0, "InsertAndGetId returns the generated Id");
        Check.Equal("Halil", store.Get(id).Name, "Get finds the person");
        Check.Throws<Exception>(() => store.Get(id + 1000), "Get of a missing id throws (EntityNotFoundException)");
        Check.Null(store.FirstOrDefault(id + 1000), "FirstOrDefault(id) of a missing id returns null");
        await store.InsertAsync(new Person { Name = "Ismail", Age = 40 });
        Check.Equal(1, store.Count(p => p.Age > 35), "Count(predicate) counts the matches");
        store.Update(id, p => p.Age = 31);
        Check.Equal(31, (await store.GetAsync(id)).Age, "Update(id, action) applies and saves the change");
        Check.Equal("Ismail", store.GetAll().Where(p => p.Age == 40).Select(p => p.Name).Single(), "GetAll() is queryable");
        store.Delete(id + 1000);
        store.Delete(p => p.Age == 40);
        Check.Equal(1L, await store.LongCountAsync(), "Delete(predicate) deletes the matches");
        var saved = store.InsertOrUpdate(new Person { Id = id, Name = "Halil", Age = 32 });
        Check.Equal(32, store.Get(id).Age, "InsertOrUpdate of a stored (non-transient) entity updates it");
        Check.Equal(id, saved.Id, "InsertOrUpdate returns the entity it wrote");
        var newId = store.InsertOrUpdateAndGetId(new Person { Name = "Yunus", Age = 25 });
        Check.True(newId != 0 && newId != id, "InsertOrUpdateAndGetId of a transient entity inserts it and returns the generated Id");
        Check.Equal(id, await store.InsertOrUpdateAndGetIdAsync(new Person { Id = id, Name = "Halil", Age = 33 }), "InsertOrUpdateAndGetIdAsync of a stored entity returns its Id");
        Check.Equal(33, store.Get(id).Age, "InsertOrUpdateAndGetIdAsync of a stored entity updates it");
        var ghost = new Person { Id = id + 2000, Name = "Ghost" };
        Check.Throws<Exception>(() => store.Delete(ghost), "Delete(entity) of a missing entity fails (EF Core's DbUpdateConcurrencyException at the save, AbpDbConcurrencyException)");
        await store.DeleteAsync(newId);
        Check.Null(store.FirstOrDefault(newId), "DeleteAsync(id) deletes the person");
        await store.DeleteAsync(store.Get(id));
        Check.Equal(0, store.GetAllList().Count, "DeleteAsync(entity) deletes the person");
    }
}
