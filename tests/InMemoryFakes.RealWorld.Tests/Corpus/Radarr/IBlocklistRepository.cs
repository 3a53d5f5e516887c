// Source: https://github.com/Radarr/Radarr
// Commit: 1b9662d58823
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample6 rule, fixed before probing: in these repositories, in this order (FoundatioFx/Foundatio,
//   jamesmontemagno/monkey-cache, Blazored/LocalStorage, reactiveui/Akavache, eventflow/EventFlow, quartznet/quartznet,
//   Radarr/Radarr, Ombi-app/Ombi, CommunityToolkit/WindowsCommunityToolkit, VahidN/EFCoreSecondLevelCacheInterceptor,
//   ZiggyCreatures/FusionCache, martinothamar/Mediator, JasperFx/marten), skipping any the find_repos/fetch tools do
//   not hold or already in the corpus, stopping after 8 usable ones, at its newest stored snapshot: the first 2
//   interfaces in ordinal path order, outside paths containing "test" (any case), whose name ends in Repository, Store,
//   Storage or Cache and that declare at least 3 members. monkey-cache, Blazored/LocalStorage and
//   WindowsCommunityToolkit had none; Foundatio, Akavache, EventFlow, EFCoreSecondLevelCacheInterceptor and FusionCache
//   had one: 11 interfaces from 8 repositories (Foundatio, Akavache, EventFlow, quartznet, Radarr, Ombi,
//   EFCoreSecondLevelCacheInterceptor, FusionCache).
//   This one: the 1st of Radarr/Radarr (Radarr is a fork of Sonarr; the corpus has Sonarr's pair, and the rule
//   keeps Radarr's: its interfaces differ in names, the member order and BlocklistedByMovie's ordering).
// Path: src/NzbDrone.Core/Blocklisting/BlocklistRepository.cs (models: Blocklist.cs, src/NzbDrone.Core/Datastore/BasicRepository.cs, ModelBase.cs, PagingSpec.cs)
// Adapted: Blocklist drops its Movie, Quality, Languages and enum-typed properties; PagingSpec keeps its data
//   properties. Radarr builds without nullable annotations (#nullable disable).
// Real store: src/NzbDrone.Core/Datastore/BasicRepository.cs (Dapper over SQLite or PostgreSQL; the same code as
//   Sonarr's): All every row; Count the row count; Get(id) the row or ModelNotFoundException; Find(id) the row or null;
//   Get(ids) the rows, ApplicationException when one is missing; Insert(model) InvalidOperationException when model.Id
//   is not 0, else inserts, sets the new Id and returns the model; InsertMany likewise for all; Update(model)
//   InvalidOperationException when Id is 0, else writes every column of the row with that Id (a missing Id changes
//   nothing); UpdateMany likewise; Upsert inserts when Id is 0, else updates; Delete(model)/Delete(id)/DeleteMany
//   delete by Id (missing ids ignored); SetFields writes only the given columns; Purge deletes every row (and VACUUMs
//   when asked); HasItems whether a row exists; Single/SingleOrDefault Enumerable.Single(OrDefault) of All();
//   GetPaged fills the spec's Records and TotalRecords for its page, sort and filters. BlocklistedByTitle(movieId, sourceTitle) and
//   BlocklistedByTorrentInfoHash(movieId, hash) the movie's rows whose SourceTitle / TorrentInfoHash CONTAINS the text;
//   BlocklistedByMovie(movieId) the movie's rows (joined to Movie) ordered by Date DESCENDING; DeleteForMovies(movieIds)
//   deletes the rows of those movies; GetPaged joins Movie and MovieMetadata.
// Shapes: *=core; Get=18; SetFields=20; Purge=8,19; HasItems=19; Single=19; SingleOrDefault=19; GetPaged=14; InsertMany=18; UpdateMany=18; DeleteMany=18; DeleteForMovies=6; BlocklistedByTitle=6; BlocklistedByTorrentInfoHash=6; BlocklistedByMovie=6,14
// Configured: MissingDelete = MissingDelete.Ignore: BasicRepository.Delete(model) is Delete(model.Id), which is
//   Delete(x => x.Id == id): a SQL DELETE run through Dapper's conn.Execute with no affected-row check, so a
//   missing entity deletes nothing, as Delete(id) does; a removal that returns nothing cannot say it
//   (docs/generator.md, attribute settings).
// First try (46fe673): incomplete: IMF0001 SetFields (both), Get(IEnumerable<int> ids), Purge, HasItems, Single,
//   SingleOrDefault, GetPaged, BlocklistedByTitle, BlocklistedByTorrentInfoHash, BlocklistedByMovie | WRONG: Insert and
//   InsertMany keep a model whose Id is already set, where the real store throws InvalidOperationException (known from
//   Sonarr's pair; the other base members and DeleteForMovies generated right). HasItems, Single and
//   SingleOrDefault are now generated (whole-table reads named with LINQ's words; docs/generator.md)
// After h-conv1 (session 15, 2026-12-04): Purge(bool vacuum = false) is generated as a clear: every row removed, as
//   BasicRepository.Purge's DELETE FROM does; vacuum is ignored, since SQLite's VACUUM rebuilds the file and changes
//   no row. The other refusals stand.
// After h-arr (session 16, 2026-12-04): SetFields(model, params properties) and SetFields(models, params
//   properties) write only the listed properties of the stored row with the model's Id (the real UPDATE … SET
//   those columns WHERE Id = @Id); GetPaged reads Page (1-based, 0 the first), PageSize, SortKey (any case; null
//   orders by Id), SortDirection and FilterExpressions and fills Records and TotalRecords from one read,
//   returning the spec (docs/generator.md#paging-specs); Get(IEnumerable<int> ids) is generated under the
//   settings below. Still incomplete: BlocklistedByTitle, BlocklistedByTorrentInfoHash, BlocklistedByMovie.
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Refuse: Insert and InsertMany of a model whose Id is already set throw
//   InvalidOperationException and store nothing, as the real BasicRepository.Insert does ("Can't insert model with
//   existing ID"); no signature says a store refuses a preset key.
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
//   ArgumentException in the fake. The real BlocklistRepository overrides GetPaged with an INNER JOIN of Movie
//   (and MovieMetadata), so a row whose movie is not stored is not listed; the fake lists every row (no
//   signature shows the join).
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Radarr.IBlocklistRepositoryCase;

public abstract class ModelBase
{
    public int Id { get; set; }
}

public class Blocklist : ModelBase
{
    public int MovieId { get; set; }
    public string SourceTitle { get; set; }
    public DateTime Date { get; set; }
    public DateTime? PublishedDate { get; set; }
    public long? Size { get; set; }
    public string Indexer { get; set; }
    public string Message { get; set; }
    public string TorrentInfoHash { get; set; }
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
    TModel Get(int id);
    TModel Find(int id);
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

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingDelete = MissingDelete.Ignore, ByKeysOrder = ByKeysOrder.Stored, ByKeysMissing = ByKeysMissing.Throw)]
public interface IBlocklistRepository : IBasicRepository<Blocklist>
{
    List<Blocklist> BlocklistedByTitle(int movieId, string sourceTitle);
    List<Blocklist> BlocklistedByTorrentInfoHash(int movieId, string torrentInfoHash);
    List<Blocklist> BlocklistedByMovie(int movieId);
    void DeleteForMovies(List<int> movieIds);
}

public static class Smoke
{
    public static Task RunAsync(IBlocklistRepository repository)
    {
        var first = repository.Insert(new Blocklist { MovieId = 1, SourceTitle = "Movie.2020.720p", TorrentInfoHash = "abc123", Date = new DateTime(2024, 1, 1) });
        Check.True(first.Id != 0, "Insert sets the new Id");
        Check.Throws<InvalidOperationException>(() => repository.Insert(new Blocklist { Id = 77, MovieId = 7 }), "Insert of a model whose Id is set throws InvalidOperationException");
        Check.Null(repository.Find(77), "the refused Insert stored nothing");
        var second = repository.Insert(new Blocklist { MovieId = 2, SourceTitle = "Other.2021.1080p", Date = new DateTime(2024, 1, 2) });
        Check.Equal("Movie.2020.720p", repository.Find(first.Id)?.SourceTitle, "Find returns the row");
        Check.Null(repository.Find(999), "Find of a missing id is null");
        Check.Throws<Exception>(() => repository.Get(999), "Get of a missing id throws");
        Check.Equal(2, repository.Count(), "Count counts the rows");
        first.Message = "bad release";
        repository.Update(first);
        Check.Equal("bad release", repository.Get(first.Id).Message, "Update writes the row");
        var third = repository.Upsert(new Blocklist { MovieId = 3, SourceTitle = "Third.2022" });
        Check.True(third.Id != 0, "Upsert of an Id-0 model inserts it");
        repository.Delete(third.Id);
        Check.Null(repository.Find(third.Id), "Delete(id) deletes the row");
        repository.InsertMany(new List<Blocklist> { new Blocklist { MovieId = 4 }, new Blocklist { MovieId = 5 } });
        Check.Equal(4, repository.All().Count(), "InsertMany inserts every model");
        repository.DeleteMany(repository.All().Where(b => b.MovieId >= 4).Select(b => b.Id));
        Check.Equal(2, repository.Count(), "DeleteMany(ids) deletes those rows");
        Check.True(repository.HasItems(), "HasItems with rows is true");
        Check.Throws<InvalidOperationException>(() => repository.Single(), "Single of two rows throws (Enumerable.Single of All())");
        Check.Throws<InvalidOperationException>(() => repository.SingleOrDefault(), "SingleOrDefault of two rows throws");
        repository.Insert(new Blocklist { MovieId = 9, SourceTitle = "Nine" });
        repository.DeleteForMovies(new List<int> { 9 });
        Check.Equal(2, repository.Count(), "DeleteForMovies deletes the rows of those movies");
        Check.Equal(1, repository.BlocklistedByTitle(1, "2020").Count, "BlocklistedByTitle matches a part of the source title");
        Check.Equal(1, repository.BlocklistedByTorrentInfoHash(1, "abc").Count, "BlocklistedByTorrentInfoHash matches a part of the hash");
        repository.Insert(new Blocklist { MovieId = 2, SourceTitle = "Other.2021.2160p", Date = new DateTime(2024, 3, 1) });
        var byMovie = repository.BlocklistedByMovie(2);
        Check.Equal(2, byMovie.Count, "BlocklistedByMovie returns the movie's rows");
        Check.Equal("Other.2021.2160p", byMovie[0].SourceTitle, "BlocklistedByMovie orders by Date, newest first");
        Check.True(repository.HasItems(), "HasItems with rows is true");
        // SetFields, Get(ids) and GetPaged, as BasicRepository does them (h-arr): SetFields is UPDATE of the listed columns
        // WHERE Id = @Id; Get(ids) throws when the row count differs from the ids' count; GetPaged filters, orders by
        // SortKey (Id when null) and fills Records and TotalRecords. (Every row's series/movie/artist/author is taken to be
        // stored: the blocklists' own GetPaged joins that table.)
        var setA = repository.Insert(new Blocklist { MovieId = 31, SourceTitle = "b-title", Message = "m" });
        var setB = repository.Insert(new Blocklist { MovieId = 32, SourceTitle = "a-title" });
        repository.SetFields(new Blocklist { Id = setA.Id, MovieId = 99, SourceTitle = "changed", Message = "set" }, x => x.Message);
        Check.Equal("set", repository.Get(setA.Id).Message, "SetFields writes the listed column");
        Check.Equal(31, repository.Get(setA.Id).MovieId, "SetFields leaves the other columns as stored");
        Check.Equal("b-title", repository.Get(setA.Id).SourceTitle, "SetFields leaves the other columns as stored");
        Check.Throws<Exception>(() => repository.SetFields(new Blocklist { SourceTitle = "x" }, x => x.SourceTitle), "SetFields of a model without an Id throws");
        repository.SetFields(new List<Blocklist> { new Blocklist { Id = setA.Id, SourceTitle = "b-title", MovieId = 99 }, new Blocklist { Id = setB.Id, SourceTitle = "a-title2" } }, x => x.SourceTitle);
        Check.Equal("a-title2", repository.Get(setB.Id).SourceTitle, "SetFields(models) writes each model's listed column");
        Check.Equal(31, repository.Get(setA.Id).MovieId, "SetFields(models) leaves the other columns as stored");
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
