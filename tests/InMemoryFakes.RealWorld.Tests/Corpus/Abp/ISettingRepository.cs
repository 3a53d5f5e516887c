// Source: https://github.com/abpframework/abp
// Commit: ac84ee6a6335 (base interfaces: the ABP 4.x family of Abp/IRepository.cs)
// Licence: LGPL-3.0
// Path: modules/setting-management/src/Volo.Abp.SettingManagement.Domain/Volo/Abp/SettingManagement/ISettingRepository.cs
//   (Setting.cs; base interfaces framework/src/Volo.Abp.Ddd.Domain/Volo/Abp/Domain/Repositories/IBasicRepository.cs,
//   IReadOnlyBasicRepository.cs, IRepository.cs)
// Adapted: [NotNull] (JetBrains) dropped; Setting keeps its Guid Id (protected setter, set by its constructor), Name,
//   Value, ProviderName and ProviderKey; the aggregate-root base is Entity<Guid>.
// Real store: modules/setting-management/src/Volo.Abp.SettingManagement.EntityFrameworkCore/Volo/Abp/SettingManagement/
//   EntityFrameworkCore/EfCoreSettingRepository.cs: FindAsync(name, providerName, providerKey) is the first setting (by Id)
//   whose Name, ProviderName and ProviderKey equal the arguments, or null; GetListAsync(providerName, providerKey) lists the
//   provider's settings; GetListAsync(names, providerName, providerKey) those of them whose Name is in names; the base
//   members as EfCoreRepository (Abp/IRepository.cs): GetAsync(id) throws EntityNotFoundException for a missing id,
//   FindAsync(id) returns null, DeleteAsync(id) of a missing id does nothing.
// Shapes: *=core; FindAsync=4; GetListAsync=4,6; GetPagedListAsync=14
// Configured: MissingDelete = MissingDelete.Ignore, MissingEntityDelete = MissingDelete.NotFound: DeleteAsync(entity) is
//   EfCoreRepository's DbSet.Remove, saved by the unit of work, and EF Core's SaveChanges of a row that is not there
//   throws DbUpdateConcurrencyException (AbpDbContext rethrows it as AbpDbConcurrencyException); DeleteAsync(id) finds
//   the entity and deletes it only when found (nothing for a missing id) (the smoke script checks both). Re-read in EfCoreRepository.cs
//   (abp 01d2cf3a8bee). MissingEntityDelete states the removal by entity apart from MissingDelete's by key (one
//   MissingDelete value could not state both, so this was refused before).
// First try (a75b0ce): incomplete: IMF0001 GetListAsync(providerName, providerKey), GetListAsync(names, providerName,
//   providerKey), GetPagedListAsync (string sorting) | WRONG: GetAsync(id) returned null for a missing id (ABP throws
//   EntityNotFoundException)
// Still wrong: DeleteAsync(entity) of a missing entity throws NotFoundException at once, where ABP's throws
//   AbpDbConcurrencyException (EF Core's DbUpdateConcurrencyException) when the unit of work saves (at once only with
//   autoSave: true); the type differs unless NotFoundException = typeof(...) names ABP's. Reached only by removing an
//   entity that is not stored. FindAsync(name, providerName, providerKey) of a combination several rows share throws
//   InvalidOperationException (SeveralMatches unstated: the name does not say), where the real store returns the first
//   setting by Id (Real store, above); SeveralMatches = First would return the first inserted, and
//   DefaultOrder = "Id" compares Guids as .NET does, not as the database does, so neither is stated. Reached only with
//   duplicate rows (SettingManagementDbContextModelBuilderExtensions' index on them is not unique at abp 008c8e6f48bb).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Abp.ISettingRepositoryCase;

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

public class Setting : Entity<Guid>
{
    public virtual string Name { get; protected set; }
    public virtual string Value { get; internal set; }
    public virtual string ProviderName { get; protected set; }
    public virtual string ProviderKey { get; protected set; }

    protected Setting()
    {
    }

    public Setting(Guid id, string name, string value, string providerName = null, string providerKey = null) : base(id)
    {
        Name = name;
        Value = value;
        ProviderName = providerName;
        ProviderKey = providerKey;
    }
}

[InMemoryFake(MissingDelete = MissingDelete.Ignore, MissingEntityDelete = MissingDelete.NotFound)]
public interface ISettingRepository : IBasicRepository<Setting, Guid>
{
    Task<Setting> FindAsync(string name, string providerName, string providerKey);

    Task<List<Setting>> GetListAsync(string providerName, string providerKey);

    Task<List<Setting>> GetListAsync(string[] names, string providerName, string providerKey);
}

public static class Smoke
{
    public static async Task RunAsync(ISettingRepository store)
    {
        var id = Guid.NewGuid();
        await store.InsertAsync(new Setting(id, "App.Theme", "dark", "U", "alice"), autoSave: true);
        await store.InsertAsync(new Setting(Guid.NewGuid(), "App.Lang", "en", "U", "alice"));
        await store.InsertAsync(new Setting(Guid.NewGuid(), "App.Theme", "light", "U", "bob"));
        await store.InsertAsync(new Setting(Guid.NewGuid(), "App.Theme", "blue", "G", null));
        await Check.ThrowsAsync<Exception>(() => store.GetAsync(Guid.NewGuid()), "GetAsync(id) of a missing id throws EntityNotFoundException");
        Check.Equal("dark", (await store.FindAsync("App.Theme", "U", "alice"))?.Value, "FindAsync(name, providerName, providerKey) matches all three");
        Check.Equal("blue", (await store.FindAsync("App.Theme", "G", null))?.Value, "FindAsync with a null providerKey matches a null ProviderKey");
        Check.Null(await store.FindAsync("App.Theme", "U", "carol"), "FindAsync of no match returns null");
        Check.Equal(2, (await store.GetListAsync("U", "alice")).Count, "GetListAsync(providerName, providerKey) lists the provider's settings");
        Check.Equal("App.Lang", (await store.GetListAsync(new[] { "App.Lang", "App.Other" }, "U", "alice")).Single().Name, "GetListAsync(names, …) keeps the names in the list");
        Check.Equal("dark", (await store.GetAsync(id)).Value, "GetAsync(id) finds the setting");
        Check.Null(await store.FindAsync(Guid.NewGuid()), "FindAsync(id) of a missing id returns null");
        Check.Equal("en,dark", string.Join(",", (await store.GetPagedListAsync(1, 2, "Value desc")).Select(s => s.Value)), "GetPagedListAsync sorts by the sorting string (Value desc: light, en, dark, blue), then skips and takes");
        await store.DeleteAsync(Guid.NewGuid());
        await store.DeleteAsync(id);
        Check.Equal(3L, await store.GetCountAsync(), "DeleteAsync(id) deletes the setting; a missing id does nothing");
        var count = await store.GetCountAsync();
        await Check.ThrowsAsync<Exception>(() => store.DeleteAsync(new Setting(Guid.NewGuid(), "App.Gone", "x", "U", "zed")), "DeleteAsync(entity) of a missing entity fails (EF Core's DbUpdateConcurrencyException at the save, AbpDbConcurrencyException)");
        Check.Equal(count, await store.GetCountAsync(), "a failed DeleteAsync(entity) deletes nothing");
    }
}
