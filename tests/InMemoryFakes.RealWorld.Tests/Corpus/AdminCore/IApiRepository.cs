// Source: https://github.com/zhontai/Admin.Core
// Commit: a31b62f6
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample16 rule, fixed before probing: in these repositories, in this order (anjoy8/Blog.Core,
//   zhontai/Admin.Core, mehdihadeli/food-delivery-microservices, cloudscribe/cloudscribe, dotnetcore/WTM,
//   Readarr/Readarr, Jackett/Jackett, HangfireIO/Hangfire, JosefNemec/Playnite,
//   gothinkster/aspnetcore-realworld-example-app, SteeltoeOSS/Steeltoe, DotNetNext/SqlSugar), skipping any the tools
//   do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted
//   ordinally): the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already
//   taken or already in the corpus does not count), outside paths containing "test" (any case), whose name ends in
//   Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones count if the base
//   interface is in the same repository) and are not already in the corpus; stop after 10; each transcribed whole.
//   dotnetcore/WTM, Jackett/Jackett, HangfireIO/Hangfire, JosefNemec/Playnite,
//   gothinkster/aspnetcore-realworld-example-app and SteeltoeOSS/Steeltoe have no such interface; SqlSugar's only ones
//   (ISugarRepository, copies in three source trees) declare 1 member; Readarr's IUserRepository is Lidarr's (in the
//   corpus) word for word and its IAuthorStatisticsRepository declares 2. So the rule picks 9, all transcribed, in
//   order: Blog.Core IRedisBasketRepository, IBaseRepository<TEntity>; Admin.Core IApiRepository, IDictRepository
//   (IRepositoryBase<T> over FreeSql's IBaseRepository); food-delivery IAggregatesDomainEventsRequestStorage,
//   IMessagePersistenceRepository; cloudscribe IIpAddressCache (its only one); Readarr IBlocklistRepository,
//   IAuthorMetadataRepository.
//   This one: the 1st of zhontai/Admin.Core (no member of its own; IRepositoryBase<T>'s 9 in the same repository,
//   and FreeSql's IBaseRepository<TEntity, TKey> with its bases: 54 members in all, more than 50, transcribed whole).
// Path: src/modules/admin/ZhonTai.Admin.Contracts/Domain/Api/IApiRepository.cs (bases:
//   src/modules/admin/ZhonTai.Admin.Core/Repositories/IRepositoryBase.cs, FreeSql
//   FreeSql.DbContext/Repository/Repository/IBaseRepository.cs at dotnetcore/FreeSql 0ecab32f; models: ZhonTai.Admin.Contracts/Domain/Api/ApiEntity.cs,
//   ZhonTai.Admin.Core/Entities/Entity.cs, EntityAdd.cs, EntityUpdate.cs, EntityDelete.cs, EntityBase.cs,
//   ZhonTai.Admin.Core/Auth/IUser.cs)
// Adapted: FreeSql's IFreeSql, IUnitOfWork, DbContextOptions, IDataFilter<T>, ISelect<T> and IUpdate<T> stand in as
//   empty types of the same names (the real ones are FreeSql's query builders and services); the net40 branch of
//   IBaseRepository is left out (FreeSql compiles it only for net40). IUser keeps Id, UserName and Name. The entity keeps
//   its columns; FreeSql's [Column]/[Snowflake]/[Navigate] attributes are dropped (Id is the primary key, snowflake
//   numbered). ZhonTai.Admin builds without nullable annotations (#nullable disable).
// Real store: RepositoryBase<TEntity, TKey> (src/modules/admin/ZhonTai.Admin.Core/Repositories/RepositoryBase.cs) over
//   FreeSql's BaseRepository, with Admin.Core's DbHelper: Insert/InsertAsync(entity) gives an entity whose long Id is 0
//   a new snowflake id (YitIdHelper.NextId; a set Id is kept), stamps CreatedTime and the current user, inserts and
//   returns the entity; Get/Find(id) and their Async forms Select.WhereDynamic(id).ToOne(): the row or null, and the
//   global filter IsDeleted == false (DbHelper, FilterNames.Delete) hides soft-deleted rows from every Select, Get and
//   Find; Update(entity) re-reads the row by key and writes the changed columns, returning the affected rows (a row not
//   found is FreeSql's Exception "data not tracked, should be queried first or Attach"); Delete(id)/Delete(entity)
//   return the deleted rows (0 for a missing one); Delete(predicate) the rows it matched; InsertOrUpdate inserts or
//   updates by key; GetAsync<TDto>(id)/(exp) the row mapped to TDto by column names (ToOneAsync<TDto>);
//   GetAsync(exp) the first match or null; SoftDeleteAsync(id/ids/exp) sets IsDeleted = true and the Modified* audit
//   columns from User, returning true whatever it changed; DeleteRecursiveAsync/SoftDeleteRecursiveAsync act on the
//   matches and their descendants (AsTreeCte over ParentId); Select/Where/UpdateDiy are FreeSql query builders;
//   Attach/FlushState/CompareState/BeginEdit/EndEdit the repository's change tracking; UnitOfWork/Orm/DataFilter/
//   DbContextOptions/AsType/AsTable its configuration; Dispose releases it.
// Shapes: *=core
// First try (0920a35): incomplete: IMF0001 the repository's configuration and tracking members (EntityType,
//   UnitOfWork, Orm, DbContextOptions, AsType, AsTable, DataFilter, Select, UpdateDiy, FlushState, Attach (both),
//   AttachOnlyPrimary, CompareState, BeginEdit, EndEdit, SaveMany, SaveManyAsync), User, GetAsync<TDto> (both),
//   SoftDeleteAsync (the three), SoftDeleteRecursiveAsync; IMF0018 DeleteRecursiveAsync; IMF0019 Where, WhereIf,
//   RemoveCascadeByDatabase(Async). Generated: Insert(Async), Update(Async), InsertOrUpdate(Async), Delete(Async) by
//   entity, entities, predicate and id, Get/Find(Async)(id), GetAsync(exp), Dispose | WRONG (loud): GetAsync(id) of a
//   missing id throws NotFoundException where FreeSql's answers null (the oblivious Task<TEntity> reads as a required
//   lookup); the probe stops there. Nothing silently wrong reached.
// After this round: unchanged.
// Still wrong: Get/Find/GetAsync return a row whose IsDeleted is true, where Admin.Core's global filter (IsDeleted ==
//   false) hides it; reached only by writing a row with IsDeleted set, since the soft deletes are refused.
//   CreatedTime (insert) and ModifiedTime (update) stay as given, where Admin.Core's DbHelper stamps DateTime.Now minus
//   the server's offset when they are unset ([ServerTime]); IMF0025 (Info) names both, and the audit-stamp settings
//   stamp the fake's clock in UTC whatever the property held, which is not what this store does, so none is set.
// After this round (h-wrongclass4): Update(entity)/UpdateAsync(entity) of a row that is not stored answer 0, where
//   FreeSql's repository throws ("data not tracked"); the documented reading of an update returning a count, left.
// After h-smoke38 (session 38): Delete, DeleteAsync, Update, UpdateAsync carry IMF0029 (Info): an update or a removal
//   by entity answering bool or a count answers 0 for an entity that is not stored (the documented default), where EF
//   Core's Update/Remove + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state
//   which. The attribute is left as it was: the outcome and the generated code are unchanged.

#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AdminCore.IApiRepositoryCase;

public interface IFreeSql
{
}

public interface IUnitOfWork
{
}

public class DbContextOptions
{
}

public interface IDataFilter<TEntity>
{
}

public interface ISelect<TEntity>
{
}

public interface IUpdate<TEntity>
{
}

public interface IUser
{
    long Id { get; }
    string UserName { get; }
    string Name { get; }
}

public interface IDelete
{
    bool IsDeleted { get; set; }
}

public class Entity<TKey>
{
    public virtual TKey Id { get; set; }
}

public class EntityAdd<TKey> : Entity<TKey> where TKey : struct
{
    public virtual long? CreatedUserId { get; set; }
    public virtual string CreatedUserName { get; set; }
    public virtual string CreatedUserRealName { get; set; }
    public virtual DateTime? CreatedTime { get; set; }
}

public class EntityUpdate<TKey> : EntityAdd<TKey> where TKey : struct
{
    public virtual long? ModifiedUserId { get; set; }
    public virtual string ModifiedUserName { get; set; }
    public virtual string ModifiedUserRealName { get; set; }
    public virtual DateTime? ModifiedTime { get; set; }
}

public class EntityDelete<TKey> : EntityUpdate<TKey>, IDelete where TKey : struct
{
    public virtual bool IsDeleted { get; set; } = false;
}

public class EntityBase : EntityDelete<long>
{
}

public partial class ApiEntity : EntityBase
{
    public long ParentId { get; set; }
    public string Name { get; set; }
    public string Label { get; set; }
    public string Path { get; set; }
    public string HttpMethods { get; set; }
    public bool EnabledLog { get; set; } = true;
    public bool EnabledParams { get; set; } = false;
    public bool EnabledResult { get; set; } = false;
    public string Description { get; set; }
    public int Sort { get; set; }
    public bool Enabled { get; set; } = true;
    public List<ApiEntity> Childs { get; set; }
}

public interface IBaseRepository : IDisposable
{
    Type EntityType { get; }
    IUnitOfWork UnitOfWork { get; set; }
    IFreeSql Orm { get; }

    /// <summary>
    /// 动态Type，在使用 Repository&lt;object&gt; 后使用本方法，指定实体类型
    /// </summary>
    /// <param name="entityType"></param>
    /// <returns></returns>
    void AsType(Type entityType);
    /// <summary>
    /// 分表规则，参数：旧表名；返回：新表名 https://github.com/2881099/FreeSql/wiki/Repository
    /// </summary>
    /// <param name="rule"></param>
    void AsTable(Func<string, string> rule);

    /// <summary>
    /// 设置 DbContext 选项
    /// </summary>
    DbContextOptions DbContextOptions { get; set; }
}

public interface IBaseRepository<TEntity> : IBaseRepository
    where TEntity : class
{
    IDataFilter<TEntity> DataFilter { get; }
    ISelect<TEntity> Select { get; }

    ISelect<TEntity> Where(Expression<Func<TEntity, bool>> exp);
    ISelect<TEntity> WhereIf(bool condition, Expression<Func<TEntity, bool>> exp);

    TEntity Insert(TEntity entity);
    List<TEntity> Insert(IEnumerable<TEntity> entitys);

    void FlushState();
    void Attach(TEntity entity);
    void Attach(IEnumerable<TEntity> entity);
    IBaseRepository<TEntity> AttachOnlyPrimary(TEntity data);
    Dictionary<string, object[]> CompareState(TEntity newdata);

    int Update(TEntity entity);
    int Update(IEnumerable<TEntity> entitys);

    TEntity InsertOrUpdate(TEntity entity);
    void SaveMany(TEntity entity, string propertyName);

    IUpdate<TEntity> UpdateDiy { get; }

    int Delete(TEntity entity);
    int Delete(IEnumerable<TEntity> entitys);
    int Delete(Expression<Func<TEntity, bool>> predicate);
    List<object> RemoveCascadeByDatabase(Expression<Func<TEntity, bool>> predicate);

    void BeginEdit(List<TEntity> data);
    int EndEdit(List<TEntity> data = null);

    Task<TEntity> InsertAsync(TEntity entity, CancellationToken cancellationToken = default);
    Task<List<TEntity>> InsertAsync(IEnumerable<TEntity> entitys, CancellationToken cancellationToken = default);

    Task<int> UpdateAsync(TEntity entity, CancellationToken cancellationToken = default);
    Task<int> UpdateAsync(IEnumerable<TEntity> entitys, CancellationToken cancellationToken = default);
    Task<TEntity> InsertOrUpdateAsync(TEntity entity, CancellationToken cancellationToken = default);
    Task SaveManyAsync(TEntity entity, string propertyName, CancellationToken cancellationToken = default);

    Task<int> DeleteAsync(TEntity entity, CancellationToken cancellationToken = default);
    Task<int> DeleteAsync(IEnumerable<TEntity> entitys, CancellationToken cancellationToken = default);
    Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate, CancellationToken cancellationToken = default);
    Task<List<object>> RemoveCascadeByDatabaseAsync(Expression<Func<TEntity, bool>> predicate, CancellationToken cancellationToken = default);
}

public interface IBaseRepository<TEntity, TKey> : IBaseRepository<TEntity>
    where TEntity : class
{
    TEntity Get(TKey id);
    TEntity Find(TKey id);
    int Delete(TKey id);

    Task<TEntity> GetAsync(TKey id, CancellationToken cancellationToken = default);
    Task<TEntity> FindAsync(TKey id, CancellationToken cancellationToken = default);
    Task<int> DeleteAsync(TKey id, CancellationToken cancellationToken = default);
}

public interface IRepositoryBase<TEntity, TKey> : IBaseRepository<TEntity, TKey> where TEntity : class
{
    IUser User { get; set; }

    /// <summary>
    /// 获得Dto
    /// </summary>
    /// <typeparam name="TDto"></typeparam>
    /// <param name="id">主键</param>
    /// <returns></returns>
    Task<TDto> GetAsync<TDto>(TKey id);

    /// <summary>
    /// 根据条件获取Dto
    /// </summary>
    /// <param name="exp"></param>
    /// <returns></returns>
    Task<TDto> GetAsync<TDto>(Expression<Func<TEntity, bool>> exp);

    /// <summary>
    /// 根据条件获取实体
    /// </summary>
    /// <param name="exp"></param>
    /// <returns></returns>
    Task<TEntity> GetAsync(Expression<Func<TEntity, bool>> exp);

    /// <summary>
    /// 软删除
    /// </summary>
    /// <param name="id">主键</param>
    /// <returns></returns>
    Task<bool> SoftDeleteAsync(TKey id);

    /// <summary>
    /// 批量软删除
    /// </summary>
    /// <param name="ids">主键数组</param>
    /// <returns></returns>
    Task<bool> SoftDeleteAsync(TKey[] ids);

    /// <summary>
    /// 软删除
    /// </summary>
    /// <param name="exp"></param>
    /// <param name="disableGlobalFilterNames">禁用全局过滤器名</param>
    /// <returns></returns>
    Task<bool> SoftDeleteAsync(Expression<Func<TEntity, bool>> exp, params string[] disableGlobalFilterNames);

    /// <summary>
    /// 递归删除
    /// </summary>
    /// <param name="exp"></param>
    /// <param name="disableGlobalFilterNames">禁用全局过滤器名</param>
    /// <returns></returns>
    Task<bool> DeleteRecursiveAsync(Expression<Func<TEntity, bool>> exp, params string[] disableGlobalFilterNames);

    /// <summary>
    /// 递归软删除
    /// </summary>
    /// <param name="exp"></param>
    /// <param name="disableGlobalFilterNames">禁用全局过滤器名</param>
    /// <returns></returns>
    Task<bool> SoftDeleteRecursiveAsync(Expression<Func<TEntity, bool>> exp, params string[] disableGlobalFilterNames);
}

public interface IRepositoryBase<TEntity> : IRepositoryBase<TEntity, long> where TEntity : class
{
}

[InMemoryFake]
public interface IApiRepository : IRepositoryBase<ApiEntity>
{
}

public static class Smoke
{
    public static async Task RunAsync(IApiRepository repository)
    {
        var api = await repository.InsertAsync(new ApiEntity { Name = "user", Path = "/api/user", HttpMethods = "get" });
        Check.True(api.Id != 0, "InsertAsync gives the entity a new snowflake Id");
        Check.Equal("/api/user", (await repository.GetAsync(api.Id)).Path, "GetAsync(id) finds the row");
        Check.Null(await repository.GetAsync(123456789L), "GetAsync of a missing id is null");
        Check.Null(repository.Find(123456789L), "Find of a missing id is null");
        Check.Equal("user", (await repository.GetAsync(a => a.Path == "/api/user")).Name, "GetAsync(exp) returns the match");
        api.Label = "User";
        Check.Equal(1, await repository.UpdateAsync(api), "UpdateAsync of a stored row changes one row");
        Check.Equal("User", repository.Get(api.Id).Label, "UpdateAsync writes the row");
        var other = repository.Insert(new ApiEntity { Name = "role", Path = "/api/role" });
        Check.True(await repository.SoftDeleteAsync(other.Id), "SoftDeleteAsync answers true");
        Check.Null(await repository.GetAsync(other.Id), "a soft-deleted row is hidden from GetAsync by the IsDeleted filter");
        Check.Equal(0, await repository.DeleteAsync(987654321L), "DeleteAsync of a missing id deletes no row");
        Check.Equal(1, await repository.DeleteAsync(api.Id), "DeleteAsync of a stored id deletes one row");
        Check.Null(repository.Get(api.Id), "the deleted row is gone");
    }
}
