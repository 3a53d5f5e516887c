// Source: https://github.com/abpframework/abp
// Commit: 19b49ed4018d (base interfaces: the ABP 4.x family of Abp/IRepository.cs)
// Licence: LGPL-3.0
// Path: modules/feature-management/src/Volo.Abp.FeatureManagement.Domain/Volo/Abp/FeatureManagement/IFeatureValueRepository.cs
//   (FeatureValue.cs; base interfaces framework/src/Volo.Abp.Ddd.Domain/Volo/Abp/Domain/Repositories/IBasicRepository.cs,
//   IReadOnlyBasicRepository.cs, IRepository.cs)
// Adapted: the base interfaces are the ABP 4.x ones of Abp/IRepository.cs (this module file is from a later release, whose
//   IBasicRepository adds InsertMany/UpdateMany/DeleteMany); FeatureValue keeps its Guid Id (protected setter, set by its
//   constructor), Name, Value, ProviderName and ProviderKey.
// Real store: modules/feature-management/src/Volo.Abp.FeatureManagement.EntityFrameworkCore/Volo/Abp/FeatureManagement/
//   EntityFrameworkCore/EfCoreFeatureValueRepository.cs: FindAsync(name, providerName, providerKey) is the first value (by
//   Id) whose Name, ProviderName and ProviderKey equal the arguments, or null; FindAllAsync the list of them;
//   GetListAsync(providerName, providerKey) lists the provider's values; DeleteAsync(providerName, providerKey) deletes every
//   value of that provider; the base members as EfCoreRepository (Abp/IRepository.cs).
// Shapes: *=core; FindAsync=4; FindAllAsync=4; GetListAsync=4; DeleteAsync=4; GetPagedListAsync=14
// Configured: MissingDelete = MissingDelete.Ignore, MissingEntityDelete = MissingDelete.NotFound: DeleteAsync(entity) is
//   EfCoreRepository's DbSet.Remove, saved by the unit of work, and EF Core's SaveChanges of a row that is not there
//   throws DbUpdateConcurrencyException (AbpDbContext rethrows it as AbpDbConcurrencyException); DeleteAsync(id) finds
//   the entity and deletes it only when found (nothing for a missing id) (the smoke script checks both). Re-read in EfCoreRepository.cs
//   (abp 01d2cf3a8bee). MissingEntityDelete states the removal by entity apart from MissingDelete's by key (one
//   MissingDelete value could not state both, so this was refused before).
// First try (a75b0ce): incomplete: IMF0001 GetListAsync(providerName, providerKey), GetPagedListAsync (string sorting)
//   | WRONG: GetAsync(id) returned null for a missing id (ABP throws EntityNotFoundException)
// Still wrong: DeleteAsync(entity) of a missing entity throws NotFoundException at once, where ABP's throws
//   AbpDbConcurrencyException (EF Core's DbUpdateConcurrencyException) when the unit of work saves (at once only with
//   autoSave: true); the type differs unless NotFoundException = typeof(...) names ABP's. Reached only by removing an
//   entity that is not stored. FindAsync(name, providerName, providerKey) of a combination several rows share throws
//   InvalidOperationException (SeveralMatches unstated: the name does not say), where the real store returns the first
//   value by Id (Real store, above); SeveralMatches = First would return the first inserted, and
//   DefaultOrder = "Id" compares Guids as .NET does, not as the database does, so neither is stated. Reached only with
//   duplicate rows.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Abp.IFeatureValueRepositoryCase;

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

public class FeatureValue : Entity<Guid>
{
    public virtual string Name { get; protected set; }
    public virtual string Value { get; internal set; }
    public virtual string ProviderName { get; protected set; }
    public virtual string ProviderKey { get; protected set; }

    protected FeatureValue()
    {
    }

    public FeatureValue(Guid id, string name, string value, string providerName, string providerKey) : base(id)
    {
        Name = name;
        Value = value;
        ProviderName = providerName;
        ProviderKey = providerKey;
    }
}

[InMemoryFake(MissingDelete = MissingDelete.Ignore, MissingEntityDelete = MissingDelete.NotFound)]
public interface IFeatureValueRepository : IBasicRepository<FeatureValue, Guid>
{
    Task<FeatureValue> FindAsync(
        string name,
        string providerName,
        string providerKey,
        CancellationToken cancellationToken = default);

    Task<List<FeatureValue>> FindAllAsync(
        string name,
        string providerName,
        string providerKey,
        CancellationToken cancellationToken = default);

    Task<List<FeatureValue>> GetListAsync(
        string providerName,
        string providerKey,
        CancellationToken cancellationToken = default);

    Task DeleteAsync(
        string providerName,
        string providerKey,
        CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IFeatureValueRepository store)
    {
        var id = Guid.NewGuid();
        await store.InsertAsync(new FeatureValue(id, "MaxUsers", "10", "T", "acme"), autoSave: true);
        await store.InsertAsync(new FeatureValue(Guid.NewGuid(), "Reports", "true", "T", "acme"));
        await store.InsertAsync(new FeatureValue(Guid.NewGuid(), "MaxUsers", "5", "T", "globex"));
        await Check.ThrowsAsync<Exception>(() => store.GetAsync(Guid.NewGuid()), "GetAsync(id) of a missing id throws EntityNotFoundException");
        Check.Equal("10", (await store.FindAsync("MaxUsers", "T", "acme"))?.Value, "FindAsync(name, providerName, providerKey) matches all three");
        Check.Null(await store.FindAsync("MaxUsers", "E", "acme"), "FindAsync of no match returns null");
        Check.Equal(1, (await store.FindAllAsync("MaxUsers", "T", "globex")).Count, "FindAllAsync lists the matches");
        Check.Equal(2, (await store.GetListAsync("T", "acme")).Count, "GetListAsync(providerName, providerKey) lists the provider's values");
        Check.Equal("MaxUsers,MaxUsers,Reports", string.Join(",", (await store.GetPagedListAsync(0, 10, "Name")).Select(s => s.Name)), "GetPagedListAsync sorts by the sorting string");
        await store.DeleteAsync("T", "acme");
        Check.Equal(1L, await store.GetCountAsync(), "DeleteAsync(providerName, providerKey) deletes every value of that provider");
        Check.Null(await store.FindAsync(id), "the deleted values are gone");
        var count = await store.GetCountAsync();
        await Check.ThrowsAsync<Exception>(() => store.DeleteAsync(new FeatureValue(Guid.NewGuid(), "Gone", "x", "T", "zed")), "DeleteAsync(entity) of a missing entity fails (EF Core's DbUpdateConcurrencyException at the save, AbpDbConcurrencyException)");
        Check.Equal(count, await store.GetCountAsync(), "a failed DeleteAsync(entity) deletes nothing");
    }
}
