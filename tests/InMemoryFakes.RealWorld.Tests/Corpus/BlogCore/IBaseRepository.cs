// Source: https://github.com/anjoy8/Blog.Core
// Commit: fc01216b
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
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
//   This one: the 2nd of anjoy8/Blog.Core (38 members, a generic interface; the smoke script closes it over
//   Advertisement).
// Path: Blog.Core.Repository/BASE/IBaseRepository.cs (models: Blog.Core.Model/PageModel.cs,
//   Blog.Core.Model/Models/RootTkey/RootEntityTkey.cs)
// Adapted: SqlSugar's ISqlSugarClient and SugarParameter stand in as empty types of the same names; PageModel<T> keeps
//   its data members (its AutoMapper ConvertTo methods dropped); Advertisement (a Blog.Core model, cut to a few
//   columns) derives from RootEntityTkey<long> whose Id is SqlSugar's primary key ([SugarColumn(IsPrimaryKey = true)],
//   attribute dropped). Faked closed over Advertisement on a partial class ([InMemoryFake(typeof(IBaseRepository<Advertisement>))]), as
//   IMF0008 asks of the open interface. Blog.Core builds without nullable annotations (#nullable disable).
// Real store: Blog.Core.Repository/BASE/BaseRepository.cs (SqlSugar over the configured database):
//   QueryById(objId[, blnUseCache]) Queryable.In(objId).SingleAsync(): the row of that primary key or null;
//   QueryByIDs(ids) the rows of those keys; Add(entity) Insertable(entity).ExecuteReturnSnowflakeIdAsync(): SqlSugar
//   (InsertableProvider.ExecuteReturnSnowflakeId) takes a NEW snowflake id, writes it into the long primary key of the
//   entity WHATEVER it held, inserts and returns it; Add(list) likewise for each (ExecuteReturnSnowflakeIdList), the ids
//   in order; Update(entity) Updateable(entity).ExecuteCommandHasChangeAsync(): writes every column of the row with
//   that key, true when a row changed (a missing key: false); Update(list) likewise; Update(entity, where) with a raw SQL
//   WHERE; Update(anonymous object) by the object's columns; Update(entity, columns, ignoreColumns, where) only some
//   columns; Delete(entity) / DeleteById(id) / DeleteByIds(ids) Deleteable by key, true when a row was deleted; Query()
//   every row; Query(where string) raw SQL WHERE; Query(expression) the matches (a null expression: all);
//   Query<TResult>(selector...) projections; Query(..., orderByFields) ORDER BY a raw SQL fragment; Query(expression,
//   orderByExpression, isAsc) ordered by the expression; Query(..., intTop, ...) Take(top); Query(..., pageIndex,
//   pageSize, ...) ToPageListAsync (1-based pages); QuerySql/QueryTable raw SQL; QueryPage(expression, pageIndex,
//   pageSize, orderByFields) a PageModel with the page's rows and the total count; QueryMuch/QueryTabsPage joins of
//   other tables; the *Split members work on date-split tables (SplitTable(beginTime, endTime)); Db the SqlSugar
//   client.
// Shapes: *=core
// First try (0920a35): incomplete: as written ([InMemoryFake] on the open interface) IMF0008 (no key constraint on
//   TEntity; the message says to fake a closed type), so the file fakes IBaseRepository<Advertisement> on a partial
//   class as IMF0008 says: IMF0001 AddSplit, DeleteSplit, UpdateSplit, Db, QuerySql, QueryTable, QueryMuch, QueryTabsPage
//   (both), five Query overloads and four of the five Update overloads; IMF0018 QueryById (both), DeleteByIds (object[]
//   ids) and four Query overloads (orderByFields, top, paging); IMF0016 QueryByIDs, QueryByIdSplit; IMF0019 QueryPage,
//   QueryPageSplit. Generated: Add (both), Delete, DeleteById, one Update, two Query | SILENTLY WRONG: Add(entity) of an
//   Advertisement
//   whose Id is set stored it under that Id and returned it (the real store gives it a new snowflake id whatever its
//   key held, as SqlSugar's ExecuteReturnSnowflakeId does). Add of an unset key numbers it and writes it back, as the
//   real store does (other numbers than snowflakes).
// After this round: unchanged. A fact only a setting could state: "the store replaces any preset key with a new
//   generated one" (a PresetKeyOnAdd value such as Replace); no setting may be added this round.
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Replace: Add(entity) and Add(list) give every advertisement a new key
//   whatever its Id held, as SqlSugar's ExecuteReturnSnowflakeId(List) does (the fake numbers 1, 2, 3… where SqlSugar
//   takes snowflake ids: other numbers, the same meaning). Added by the lead after h-close2's Replace, once it also
//   covered range adds. Still incomplete (the members listed above).
// Still wrong: none known in the generated members.
// After h-smoke38 (session 38): Delete, Update carry IMF0029 (Info): an update or a removal by entity answering bool
//   or a count answers false for an entity that is not stored (the documented default), where EF Core's Update/Remove
//   + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute
//   is left as it was: the outcome and the generated code are unchanged.

#nullable disable

using System;
using System.Collections.Generic;
using System.Data;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BlogCore.IBaseRepositoryCase;

public interface ISqlSugarClient
{
}

public class SugarParameter
{
}

public class PageModel<T>
{
    public int page { get; set; } = 1;
    public int pageCount => (int)Math.Ceiling((decimal)dataCount / PageSize);
    public int dataCount { get; set; } = 0;
    public int PageSize { set; get; } = 20;
    public List<T> data { get; set; }

    public PageModel() { }

    public PageModel(int page, int dataCount, int pageSize, List<T> data)
    {
        this.page = page;
        this.dataCount = dataCount;
        PageSize = pageSize;
        this.data = data;
    }
}

public class RootEntityTkey<Tkey> where Tkey : IEquatable<Tkey>
{
    public Tkey Id { get; set; }
}

public class Advertisement : RootEntityTkey<long>
{
    public string ImgUrl { get; set; }
    public string Title { get; set; }
    public string Url { get; set; }
    public string Remark { get; set; }
    public DateTime Createdate { get; set; } = DateTime.Now;
}

public interface IBaseRepository<TEntity> where TEntity : class
{
    /// <summary>
    /// SqlsugarClient实体
    /// </summary>
    ISqlSugarClient Db { get;}
    /// <summary>
    /// 根据Id查询实体
    /// </summary>
    /// <param name="objId"></param>
    /// <returns></returns>
    Task<TEntity> QueryById(object objId);
    Task<TEntity> QueryById(object objId, bool blnUseCache = false);
    /// <summary>
    /// 根据id数组查询实体list
    /// </summary>
    /// <param name="lstIds"></param>
    /// <returns></returns>
    Task<List<TEntity>> QueryByIDs(object[] lstIds);

    /// <summary>
    /// 添加
    /// </summary>
    /// <param name="model"></param>
    /// <returns></returns>
    Task<long> Add(TEntity model);

    /// <summary>
    /// 批量添加
    /// </summary>
    /// <param name="listEntity"></param>
    /// <returns></returns>
    Task<List<long>> Add(List<TEntity> listEntity);

    /// <summary>
    /// 根据id 删除某一实体
    /// </summary>
    /// <param name="id"></param>
    /// <returns></returns>
    Task<bool> DeleteById(object id);

    /// <summary>
    /// 根据对象，删除某一实体
    /// </summary>
    /// <param name="model"></param>
    /// <returns></returns>
    Task<bool> Delete(TEntity model);

    /// <summary>
    /// 根据id数组，删除实体list
    /// </summary>
    /// <param name="ids"></param>
    /// <returns></returns>
    Task<bool> DeleteByIds(object[] ids);

    /// <summary>
    /// 更新model
    /// </summary>
    /// <param name="model"></param>
    /// <returns></returns>
    Task<bool> Update(TEntity model);
    /// <summary>
    /// 更新model
    /// </summary>
    /// <param name="model"></param>
    /// <returns></returns>
    Task<bool> Update(List<TEntity> model);

    Task<bool> Update(TEntity entity, string where);

    Task<bool> Update(object operateAnonymousObjects);

    Task<bool> Update(TEntity entity, List<string> lstColumns = null, List<string> lstIgnoreColumns = null, string where = "");

    Task<List<TEntity>> Query();
    Task<List<TEntity>> Query(string where);
    Task<List<TEntity>> Query(Expression<Func<TEntity, bool>> whereExpression);
    Task<List<TResult>> Query<TResult>(Expression<Func<TEntity, TResult>> expression);
    Task<List<TResult>> Query<TResult>(Expression<Func<TEntity, TResult>> expression, Expression<Func<TEntity, bool>> whereExpression, string orderByFields);
    Task<List<TEntity>> Query(Expression<Func<TEntity, bool>> whereExpression, string orderByFields);
    Task<List<TEntity>> Query(Expression<Func<TEntity, bool>> whereExpression, Expression<Func<TEntity, object>> orderByExpression, bool isAsc = true);
    Task<List<TEntity>> Query(string where, string orderByFields);
    Task<List<TEntity>> Query(Expression<Func<TEntity, bool>> whereExpression, int intTop, string orderByFields);
    Task<List<TEntity>> Query(string where, int intTop, string orderByFields);
    Task<List<TEntity>> QuerySql(string sql, SugarParameter[] parameters = null);
    Task<DataTable> QueryTable(string sql, SugarParameter[] parameters = null);

    Task<List<TEntity>> Query(
        Expression<Func<TEntity, bool>> whereExpression, int pageIndex, int pageSize, string orderByFields);
    Task<List<TEntity>> Query(string where, int pageIndex, int pageSize, string orderByFields);

    Task<PageModel<TEntity>> QueryPage(Expression<Func<TEntity, bool>> whereExpression, int pageIndex = 1, int pageSize = 20, string orderByFields = null);

    Task<List<TResult>> QueryMuch<T, T2, T3, TResult>(
        Expression<Func<T, T2, T3, object[]>> joinExpression,
        Expression<Func<T, T2, T3, TResult>> selectExpression,
        Expression<Func<T, T2, T3, bool>> whereLambda = null) where T : class, new();
    Task<PageModel<TResult>> QueryTabsPage<T, T2, TResult>(
        Expression<Func<T, T2, object[]>> joinExpression,
        Expression<Func<T, T2, TResult>> selectExpression,
        Expression<Func<TResult, bool>> whereExpression,
        int pageIndex = 1,
        int pageSize = 20,
        string orderByFields = null);
    Task<PageModel<TResult>> QueryTabsPage<T, T2, TResult>(
        Expression<Func<T, T2, object[]>> joinExpression,
        Expression<Func<T, T2, TResult>> selectExpression,
        Expression<Func<TResult, bool>> whereExpression,
        Expression<Func<T, object>> groupExpression,
        int pageIndex = 1,
        int pageSize = 20,
        string orderByFields = null);

    #region 分表
    Task<TEntity> QueryByIdSplit(object objId);
    Task<List<long>> AddSplit(TEntity entity);
    Task<bool> DeleteSplit(TEntity entity, DateTime dateTime);
    Task<bool> UpdateSplit(TEntity entity, DateTime dateTime);
    Task<PageModel<TEntity>> QueryPageSplit(Expression<Func<TEntity, bool>> whereExpression, DateTime beginTime, DateTime endTime, int pageIndex = 1, int pageSize = 20, string orderByFields = null);
    #endregion
}

[InMemoryFake(typeof(IBaseRepository<Advertisement>), PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public partial class AdvertisementRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IBaseRepository<Advertisement> repository)
    {
        var first = new Advertisement { Title = "a", Url = "u1" };
        var id = await repository.Add(first);
        Check.True(id != 0, "Add returns the new snowflake id");
        Check.Equal(id, first.Id, "Add writes the new id into the entity's key");
        var preset = new Advertisement { Id = 5, Title = "b" };
        var presetId = await repository.Add(preset);
        Check.True(presetId != 5 && presetId != 0, "Add gives a new snowflake id whatever key the entity held");
        Check.Null(await repository.QueryById(5L), "nothing is stored under the key the entity held before Add");
        Check.Equal("a", (await repository.QueryById(id)).Title, "QueryById finds the row of that key");
        Check.Null(await repository.QueryById(123456789L), "QueryById of a missing key is null");
        Check.Equal(2, (await repository.Query()).Count, "Query lists every row");
        Check.Equal(1, (await repository.Query(static a => a.Title == "b")).Count, "Query(expression) keeps the matches");
        first.Title = "a2";
        Check.True(await repository.Update(first), "Update of a stored row is true");
        Check.Equal("a2", (await repository.QueryById(id)).Title, "Update writes the row");
        Check.False(await repository.Update(new Advertisement { Id = 987654321L, Title = "x" }), "Update of a missing key is false and adds nothing");
        Check.Equal(2, (await repository.Query()).Count, "the failed Update added nothing");
        Check.False(await repository.DeleteById(987654321L), "DeleteById of a missing key is false");
        Check.True(await repository.Delete(first), "Delete of a stored row is true");
        Check.Null(await repository.QueryById(id), "Delete removes the row");
        Check.True(await repository.DeleteByIds(new object[] { presetId }), "DeleteByIds removes the rows of those keys");
        Check.Equal(0, (await repository.Query()).Count, "no row is left");
    }
}
