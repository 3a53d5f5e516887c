// Source: https://github.com/Readarr/Readarr
// Commit: 4fb62c07
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
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
//   This one: the 2nd of Readarr/Readarr (2 members plus IBasicRepository's 21 from the same repository).
// Path: src/NzbDrone.Core/Books/Repositories/AuthorMetadataRepository.cs (models: Books/Model/AuthorMetadata.cs,
//   Books/Model/Entity.cs, src/NzbDrone.Core/Datastore/BasicRepository.cs, ModelBase.cs, PagingSpec.cs)
// Adapted: AuthorMetadata keeps its scalar properties (ForeignAuthorId, TitleSlug, Name, SortName, Overview, Born,
//   Died); its lists, images, links and ratings are dropped. Entity<T>'s Equals (Equ's MemberwiseEqualityComparer by
//   properties) is written out over the kept properties and Id. Readarr builds without nullable annotations
//   (#nullable disable).
// Real store: src/NzbDrone.Core/Datastore/BasicRepository.cs (Dapper over SQLite or PostgreSQL; the same code as
//   Sonarr's and Lidarr's): All every row; Count the row count; Find(id) the row or null; Get(id) the row or
//   ModelNotFoundException; Get(ids) empty for no ids, else the rows, ApplicationException when one is missing;
//   Insert(model) InvalidOperationException when model.Id is not 0, else inserts, sets the new Id and returns the
//   model; InsertMany likewise for all; Update(model) InvalidOperationException when Id is 0, else writes every column
//   of the row with that Id (a missing Id changes nothing); UpdateMany likewise; Upsert inserts when Id is 0, else
//   updates; Delete(model)/Delete(id)/DeleteMany delete by Id (Delete(x => x.Id == id), missing ids ignored);
//   SetFields writes only the given columns; Purge deletes every row (and VACUUMs when asked); HasItems whether a row
//   exists; Single/SingleOrDefault Enumerable.Single(OrDefault) of All(); GetPaged fills the spec's Records and
//   TotalRecords for its page, sort and filters.
//   FindById(foreignIds) the rows whose ForeignAuthorId is in the list (Query(x => foreignIds.Contains(
//   x.ForeignAuthorId))): the name says Id, the parameter and the body say ForeignAuthorId. UpsertMany(data) matches
//   each item to the stored row of its ForeignAuthorId (SingleOrDefault: two stored rows of one ForeignAuthorId throw),
//   copies that row's Id onto the item (UseDbFieldsFrom), updates the rows whose properties differ (Equals by
//   properties), inserts the items with no stored row (InsertMany: an item whose Id is set throws), and returns
//   whether it updated or inserted anything.
// Shapes: *=core
// First try (0920a35): incomplete: IMF0001 FindById ('FindById' of a list of foreign ids: the
//   parameter names no property), UpsertMany, GetPaged, Purge, SetFields (both), Delete(model) (MissingDelete not
//   stated); IMF0018 Get(ids) | SILENTLY WRONG: Insert of a model whose Id is set stored it under that Id (the real
//   BasicRepository.Insert throws InvalidOperationException).
// After this round: configured as IBlocklistRepository above (the same BasicRepository code); FindById and UpsertMany
//   stay refused (the probe stops at FindById).
// After h-conv1 (session 15, 2026-12-04): Purge(bool vacuum = false) is generated as a clear: every row removed, as
//   BasicRepository.Purge's DELETE FROM does; vacuum is ignored, since SQLite's VACUUM rebuilds the file and changes
//   no row. The other refusals stand.
// After h-arr (session 16, 2026-12-04): SetFields(model, params properties) and SetFields(models, params
//   properties) write only the listed properties of the stored row with the model's Id (the real UPDATE … SET
//   those columns WHERE Id = @Id); GetPaged reads Page (1-based, 0 the first), PageSize, SortKey (any case; null
//   orders by Id), SortDirection and FilterExpressions and fills Records and TotalRecords from one read,
//   returning the spec (docs/generator.md#paging-specs); Get(IEnumerable<int> ids) is generated under the
//   settings below. Still incomplete: FindById, UpsertMany.
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Refuse: BasicRepository.Insert throws InvalidOperationException("Can't
//   insert model with existing ID ...") when model.Id is not 0, and InsertMany likewise.
// Configured: MissingDelete = MissingDelete.Ignore: BasicRepository.Delete(model) is Delete(model.Id), which is
//   Delete(x => x.Id == id): a SQL DELETE with no affected-row check, so a missing model deletes nothing.
//   ByKeysOrder = ByKeysOrder.Stored, ByKeysMissing = ByKeysMissing.Throw (h-arr): BasicRepository.Get(ids) is
//   Query(x => ids.Contains(x.Id)), the table's order, and throws ApplicationException("Expected query to return
//   N rows but returned M") when the row count differs from ids.Count(), so a missing id, or an id given twice,
//   throws; no ids gives an empty list. No signature says the order or the throw.

// Still wrong: SetFields of a model whose Id is set but not stored throws the not-found error, where the real
//   UPDATE changes nothing (Update(model) did so before this round too); SetFields of an Id-0 model throws
//   ArgumentException where the real store throws InvalidOperationException; Get(ids) throws the fake's
//   NotFoundException (a KeyNotFoundException) where the real store throws ApplicationException; GetPaged with a
//   null SortKey orders by Id as the real store does but leaves SortKey null, where the real store writes
//   "{table}.Id" into it; a sort key naming a table (a joined column such as "series.sortTitle") is
//   ArgumentException in the fake.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Readarr.IAuthorMetadataRepositoryCase;

public abstract class ModelBase
{
    public int Id { get; set; }
}

public enum SortDirection
{
    Default,
    Ascending,
    Descending,
}

public class PagingSpec<TModel>
{
    public PagingSpec()
    {
        FilterExpressions = new List<Expression<Func<TModel, bool>>>();
    }

    public int Page { get; set; }
    public int PageSize { get; set; }
    public int TotalRecords { get; set; }
    public string SortKey { get; set; }
    public SortDirection SortDirection { get; set; }
    public List<TModel> Records { get; set; }
    public List<Expression<Func<TModel, bool>>> FilterExpressions { get; set; }
}

public interface IBasicRepository<TModel>
    where TModel : ModelBase, new()
{
    IEnumerable<TModel> All();
    int Count();
    TModel Find(int id);
    TModel Get(int id);
    TModel Insert(TModel model);
    TModel Update(TModel model);
    TModel Upsert(TModel model);
    void SetFields(TModel model, params Expression<Func<TModel, object>>[] properties);
    void Delete(TModel model);
    void Delete(int id);
    IEnumerable<TModel> Get(IEnumerable<int> ids);
    void InsertMany(IList<TModel> model);
    void UpdateMany(IList<TModel> model);
    void SetFields(IList<TModel> models, params Expression<Func<TModel, object>>[] properties);
    void DeleteMany(List<TModel> model);
    void DeleteMany(IEnumerable<int> ids);
    void Purge(bool vacuum = false);
    bool HasItems();
    TModel Single();
    TModel SingleOrDefault();
    PagingSpec<TModel> GetPaged(PagingSpec<TModel> pagingSpec);
}

public abstract class Entity<T> : ModelBase, IEquatable<T>
    where T : Entity<T>
{
    public virtual void UseDbFieldsFrom(T other)
    {
        Id = other.Id;
    }

    public abstract bool Equals(T other);

    public override bool Equals(object obj)
    {
        return Equals(obj as T);
    }

    public override int GetHashCode()
    {
        return Id;
    }
}

public class AuthorMetadata : Entity<AuthorMetadata>
{
    public string ForeignAuthorId { get; set; }
    public string TitleSlug { get; set; }
    public string Name { get; set; }
    public string SortName { get; set; }
    public string Overview { get; set; }
    public DateTime? Born { get; set; }
    public DateTime? Died { get; set; }

    public override bool Equals(AuthorMetadata other)
    {
        return other != null && Id == other.Id && ForeignAuthorId == other.ForeignAuthorId && TitleSlug == other.TitleSlug
            && Name == other.Name && SortName == other.SortName && Overview == other.Overview && Born == other.Born && Died == other.Died;
    }

    public override int GetHashCode()
    {
        return Id;
    }
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingDelete = MissingDelete.Ignore, ByKeysOrder = ByKeysOrder.Stored, ByKeysMissing = ByKeysMissing.Throw)]
public interface IAuthorMetadataRepository : IBasicRepository<AuthorMetadata>
{
    List<AuthorMetadata> FindById(List<string> foreignIds);
    bool UpsertMany(List<AuthorMetadata> data);
}

public static class Smoke
{
    public static Task RunAsync(IAuthorMetadataRepository repository)
    {
        var tolkien = repository.Insert(new AuthorMetadata { ForeignAuthorId = "656983", Name = "J.R.R. Tolkien" });
        Check.True(tolkien.Id != 0, "Insert sets the new Id");
        Check.Throws<InvalidOperationException>(() => repository.Insert(new AuthorMetadata { Id = 77, ForeignAuthorId = "x" }), "Insert of a model whose Id is set throws InvalidOperationException");
        Check.Equal(1, repository.FindById(new List<string> { "656983", "nope" }).Count, "FindById returns the rows whose ForeignAuthorId is listed");
        Check.Equal(0, repository.FindById(new List<string> { tolkien.Id.ToString() }).Count, "FindById does not match the numeric Id");
        Check.False(repository.UpsertMany(new List<AuthorMetadata> { new AuthorMetadata { ForeignAuthorId = "656983", Name = "J.R.R. Tolkien" } }), "UpsertMany of an unchanged author returns false");
        Check.True(repository.UpsertMany(new List<AuthorMetadata> { new AuthorMetadata { ForeignAuthorId = "656983", Name = "John Ronald Reuel Tolkien" }, new AuthorMetadata { ForeignAuthorId = "1", Name = "Ursula K. Le Guin" } }), "UpsertMany that changes or adds returns true");
        Check.Equal(2, repository.Count(), "UpsertMany updates a known ForeignAuthorId and inserts a new one");
        Check.Equal("John Ronald Reuel Tolkien", repository.Get(tolkien.Id).Name, "UpsertMany updates the row of that ForeignAuthorId, keeping its Id");
        // SetFields, Get(ids) and GetPaged, as BasicRepository does them (h-arr): SetFields is UPDATE of the listed columns
        // WHERE Id = @Id; Get(ids) throws when the row count differs from the ids' count; GetPaged filters, orders by
        // SortKey (Id when null) and fills Records and TotalRecords. (Every row's series/movie/artist/author is taken to be
        // stored: the blocklists' own GetPaged joins that table.)
        var setA = repository.Insert(new AuthorMetadata { ForeignAuthorId = "31", Name = "b-title", Overview = "m" });
        var setB = repository.Insert(new AuthorMetadata { ForeignAuthorId = "32", Name = "a-title" });
        repository.SetFields(new AuthorMetadata { Id = setA.Id, ForeignAuthorId = "99", Name = "changed", Overview = "set" }, x => x.Overview);
        Check.Equal("set", repository.Get(setA.Id).Overview, "SetFields writes the listed column");
        Check.Equal("31", repository.Get(setA.Id).ForeignAuthorId, "SetFields leaves the other columns as stored");
        Check.Equal("b-title", repository.Get(setA.Id).Name, "SetFields leaves the other columns as stored");
        Check.Throws<Exception>(() => repository.SetFields(new AuthorMetadata { Name = "x" }, x => x.Name), "SetFields of a model without an Id throws");
        repository.SetFields(new List<AuthorMetadata> { new AuthorMetadata { Id = setA.Id, Name = "b-title", ForeignAuthorId = "99" }, new AuthorMetadata { Id = setB.Id, Name = "a-title2" } }, x => x.Name);
        Check.Equal("a-title2", repository.Get(setB.Id).Name, "SetFields(models) writes each model's listed column");
        Check.Equal("31", repository.Get(setA.Id).ForeignAuthorId, "SetFields(models) leaves the other columns as stored");
        Check.Equal(2, repository.Get(new[] { setA.Id, setB.Id }).Count(), "Get(ids) returns those rows");
        Check.Throws<Exception>(() => repository.Get(new[] { setA.Id, 999 }), "Get(ids) with a missing id throws (ApplicationException: the row count differs)");
        Check.Equal(0, repository.Get(new int[0]).Count(), "Get of no ids is empty");
        var fromId = setA.Id;
        var pageSpec = new PagingSpec<AuthorMetadata> { Page = 1, PageSize = 1, SortKey = "name", SortDirection = SortDirection.Ascending };
        pageSpec.FilterExpressions.Add(x => x.Id >= fromId);
        var pagedSpec = repository.GetPaged(pageSpec);
        Check.True(ReferenceEquals(pageSpec, pagedSpec), "GetPaged returns the spec it was given");
        Check.Equal(2, pageSpec.TotalRecords, "TotalRecords counts the filtered rows");
        Check.Equal("a-title2", pageSpec.Records.Single().Name, "Records holds the first page by the sort key");
        var pageTwo = new PagingSpec<AuthorMetadata> { Page = 2, PageSize = 1, SortKey = "name", SortDirection = SortDirection.Descending };
        pageTwo.FilterExpressions.Add(x => x.Id >= fromId);
        Check.Equal("a-title2", repository.GetPaged(pageTwo).Records.Single().Name, "page 2, descending");
        var byKeySpec = new PagingSpec<AuthorMetadata> { Page = 1, PageSize = 10 };
        byKeySpec.FilterExpressions.Add(x => x.Id >= fromId);
        Check.Equal(setA.Id, repository.GetPaged(byKeySpec).Records.First().Id, "no sort key orders by Id");
        repository.Delete(setA.Id);
        repository.Delete(setB.Id);
        return Task.CompletedTask;
    }
}
