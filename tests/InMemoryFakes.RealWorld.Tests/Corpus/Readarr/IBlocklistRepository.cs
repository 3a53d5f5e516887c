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
//   This one: the 1st of Readarr/Readarr (3 members plus IBasicRepository's 21 from the same repository; not a copy of
//   Lidarr's IBlocklistRepository: author ids, and BlocklistedByAuthor(authorId) takes one id).
// Path: src/NzbDrone.Core/Blocklisting/BlocklistRepository.cs (models: Blocklist.cs,
//   src/NzbDrone.Core/Datastore/BasicRepository.cs, ModelBase.cs, PagingSpec.cs)
// Adapted: Blocklist drops its Author, Quality and enum-typed properties; PagingSpec keeps its data properties.
//   Readarr builds without nullable annotations (#nullable disable).
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
//   BlocklistedByTitle(authorId, sourceTitle) and BlocklistedByTorrentInfoHash(authorId, hash) the author's rows
//   whose SourceTitle / TorrentInfoHash CONTAINS the text (Query(e => e.AuthorId == authorId &&
//   e.SourceTitle.Contains(sourceTitle))); BlocklistedByAuthor(authorId) the author's rows; GetPaged joins Author.
// Shapes: *=core
// First try (0920a35): incomplete: IMF0001 BlocklistedByAuthor, BlocklistedByTitle, BlocklistedByTorrentInfoHash
//   ('Blocklisted' unproven), GetPaged, Purge, SetFields (both), Delete(model) (MissingDelete not stated); IMF0018
//   Get(ids) | SILENTLY WRONG: Insert of a model whose Id is set stored it under that Id (the real BasicRepository.Insert
//   throws InvalidOperationException), as Lidarr's and Prowlarr's first tries. The rest generated right (as Lidarr's).
// After this round: configured as Lidarr's and Prowlarr's BasicRepository (the same code), so Insert refuses a preset
//   Id and Delete(model) is generated; the Blocklisted* reads and the rest stay refused.
// After h-conv1 (session 15, 2026-12-04): Purge(bool vacuum = false) is generated as a clear: every row removed, as
//   BasicRepository.Purge's DELETE FROM does; vacuum is ignored, since SQLite's VACUUM rebuilds the file and changes
//   no row. The other refusals stand.
// After h-arr (session 16, 2026-12-04): SetFields(model, params properties) and SetFields(models, params
//   properties) write only the listed properties of the stored row with the model's Id (the real UPDATE … SET
//   those columns WHERE Id = @Id); GetPaged reads Page (1-based, 0 the first), PageSize, SortKey (any case; null
//   orders by Id), SortDirection and FilterExpressions and fills Records and TotalRecords from one read,
//   returning the spec (docs/generator.md#paging-specs); Get(IEnumerable<int> ids) is generated under the
//   settings below. Still incomplete: BlocklistedByTitle, BlocklistedByTorrentInfoHash, BlocklistedByAuthor.
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
//   ArgumentException in the fake. The real BlocklistRepository overrides GetPaged with an INNER JOIN of Author
//   and AuthorMetadata, so a row whose author is not stored is not listed; the fake lists every row (no
//   signature shows the join).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Readarr.IBlocklistRepositoryCase;

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

public class Blocklist : ModelBase
{
    public int AuthorId { get; set; }
    public List<int> BookIds { get; set; }
    public string SourceTitle { get; set; }
    public DateTime Date { get; set; }
    public DateTime? PublishedDate { get; set; }
    public long? Size { get; set; }
    public string Indexer { get; set; }
    public string Message { get; set; }
    public string TorrentInfoHash { get; set; }
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingDelete = MissingDelete.Ignore, ByKeysOrder = ByKeysOrder.Stored, ByKeysMissing = ByKeysMissing.Throw)]
public interface IBlocklistRepository : IBasicRepository<Blocklist>
{
    List<Blocklist> BlocklistedByTitle(int authorId, string sourceTitle);
    List<Blocklist> BlocklistedByTorrentInfoHash(int authorId, string torrentInfoHash);
    List<Blocklist> BlocklistedByAuthor(int authorId);
}

public static class Smoke
{
    public static Task RunAsync(IBlocklistRepository repository)
    {
        var first = repository.Insert(new Blocklist { AuthorId = 1, SourceTitle = "Author - Book [EPUB]", TorrentInfoHash = "abc123" });
        Check.True(first.Id != 0, "Insert sets the new Id");
        Check.Throws<InvalidOperationException>(() => repository.Insert(new Blocklist { Id = 77, AuthorId = 7 }), "Insert of a model whose Id is set throws InvalidOperationException");
        Check.Null(repository.Find(77), "the refused Insert stored nothing");
        repository.Insert(new Blocklist { AuthorId = 1, SourceTitle = "Author - Other [MOBI]" });
        repository.Insert(new Blocklist { AuthorId = 2, SourceTitle = "Second - Book" });
        Check.Equal(3, repository.Count(), "Count counts the rows");
        Check.Null(repository.Find(999), "Find of a missing id is null");
        Check.Throws<Exception>(() => repository.Get(999), "Get of a missing id throws");
        Check.Equal(1, repository.BlocklistedByTitle(1, "EPUB").Count, "BlocklistedByTitle matches a part of the source title");
        Check.Equal(0, repository.BlocklistedByTitle(2, "EPUB").Count, "of that author only");
        Check.Equal(1, repository.BlocklistedByTorrentInfoHash(1, "abc").Count, "BlocklistedByTorrentInfoHash matches a part of the hash");
        Check.Equal(2, repository.BlocklistedByAuthor(1).Count, "BlocklistedByAuthor returns the author's rows");
        first.Message = "m";
        repository.Update(first);
        Check.Equal("m", repository.Get(first.Id).Message, "Update writes the row");
        Check.Throws<InvalidOperationException>(() => repository.Update(new Blocklist { AuthorId = 5 }), "Update of an Id-0 model throws InvalidOperationException");
        repository.Delete(999);
        repository.Delete(new Blocklist { Id = 998 });
        Check.Equal(3, repository.Count(), "Delete of a missing id or model changes nothing and does not throw");
        repository.Delete(first);
        Check.Equal(2, repository.Count(), "Delete(model) deletes by Id");
        Check.True(repository.HasItems(), "HasItems with rows is true");
        // SetFields, Get(ids) and GetPaged, as BasicRepository does them (h-arr): SetFields is UPDATE of the listed columns
        // WHERE Id = @Id; Get(ids) throws when the row count differs from the ids' count; GetPaged filters, orders by
        // SortKey (Id when null) and fills Records and TotalRecords. (Every row's series/movie/artist/author is taken to be
        // stored: the blocklists' own GetPaged joins that table.)
        var setA = repository.Insert(new Blocklist { AuthorId = 31, SourceTitle = "b-title", Message = "m" });
        var setB = repository.Insert(new Blocklist { AuthorId = 32, SourceTitle = "a-title" });
        repository.SetFields(new Blocklist { Id = setA.Id, AuthorId = 99, SourceTitle = "changed", Message = "set" }, x => x.Message);
        Check.Equal("set", repository.Get(setA.Id).Message, "SetFields writes the listed column");
        Check.Equal(31, repository.Get(setA.Id).AuthorId, "SetFields leaves the other columns as stored");
        Check.Equal("b-title", repository.Get(setA.Id).SourceTitle, "SetFields leaves the other columns as stored");
        Check.Throws<Exception>(() => repository.SetFields(new Blocklist { SourceTitle = "x" }, x => x.SourceTitle), "SetFields of a model without an Id throws");
        repository.SetFields(new List<Blocklist> { new Blocklist { Id = setA.Id, SourceTitle = "b-title", AuthorId = 99 }, new Blocklist { Id = setB.Id, SourceTitle = "a-title2" } }, x => x.SourceTitle);
        Check.Equal("a-title2", repository.Get(setB.Id).SourceTitle, "SetFields(models) writes each model's listed column");
        Check.Equal(31, repository.Get(setA.Id).AuthorId, "SetFields(models) leaves the other columns as stored");
        Check.Equal(2, repository.Get(new[] { setA.Id, setB.Id }).Count(), "Get(ids) returns those rows");
        Check.Throws<Exception>(() => repository.Get(new[] { setA.Id, 999 }), "Get(ids) with a missing id throws (ApplicationException: the row count differs)");
        Check.Equal(0, repository.Get(new int[0]).Count(), "Get of no ids is empty");
        var fromId = setA.Id;
        var pageSpec = new PagingSpec<Blocklist> { Page = 1, PageSize = 1, SortKey = "sourceTitle", SortDirection = SortDirection.Ascending };
        pageSpec.FilterExpressions.Add(x => x.Id >= fromId);
        var pagedSpec = repository.GetPaged(pageSpec);
        Check.True(ReferenceEquals(pageSpec, pagedSpec), "GetPaged returns the spec it was given");
        Check.Equal(2, pageSpec.TotalRecords, "TotalRecords counts the filtered rows");
        Check.Equal("a-title2", pageSpec.Records.Single().SourceTitle, "Records holds the first page by the sort key");
        var pageTwo = new PagingSpec<Blocklist> { Page = 2, PageSize = 1, SortKey = "sourceTitle", SortDirection = SortDirection.Descending };
        pageTwo.FilterExpressions.Add(x => x.Id >= fromId);
        Check.Equal("a-title2", repository.GetPaged(pageTwo).Records.Single().SourceTitle, "page 2, descending");
        var byKeySpec = new PagingSpec<Blocklist> { Page = 1, PageSize = 10 };
        byKeySpec.FilterExpressions.Add(x => x.Id >= fromId);
        Check.Equal(setA.Id, repository.GetPaged(byKeySpec).Records.First().Id, "no sort key orders by Id");
        repository.Delete(setA.Id);
        repository.Delete(setB.Id);
        return Task.CompletedTask;
    }
}
