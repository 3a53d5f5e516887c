// Source: https://github.com/Sonarr/Sonarr
// Commit: 49df353fa14c
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-arr rule, fixed before probing (2026-12-04, before any fix for these files): in Sonarr/Sonarr at its
//   newest stored snapshot, the interfaces declared as `interface I… : … IBasicRepository<…>` in files under src/
//   whose path does not contain "test" (any case), in ordinal path order, skipping those already in Corpus/Sonarr,
//   those that declare no member of their own (IAutoTaggingRepository, ICustomFilterRepository,
//   ICustomFormatRepository: IBasicRepository<T> itself, which Corpus/Sonarr/IBasicRepository.cs covers) and member-
//   for-member copies of a corpus interface (Sonarr's IUserRepository is Corpus/Lidarr/IUserRepository.cs); the
//   first 3: IConfigRepository, ISceneMappingRepository, IDownloadHistoryRepository. First try: main's generator at
//   h-arr's branch point (b66671e) with a bare [InMemoryFake]; h-arr's commits change only the base members
//   (SetFields, GetPaged, Get(ids)) and no member of these interfaces' own, so their own members' first try is what
//   the branch reports for them. This one: the 3rd of 3.
// Path: src/NzbDrone.Core/Download/History/DownloadHistoryRepository.cs (models: DownloadHistory.cs,
//   src/NzbDrone.Core/Datastore/BasicRepository.cs, ModelBase.cs, PagingSpec.cs)
// Adapted: DownloadHistory drops Release (a ReleaseInfo of the parser); DownloadProtocol is cut down to its members.
//   PagingSpec keeps its data properties. Sonarr builds without nullable annotations (#nullable disable).
// Real store: src/NzbDrone.Core/Datastore/BasicRepository.cs (Dapper over SQLite or PostgreSQL), as in
//   Corpus/Sonarr/IBasicRepository.cs: Find(id) the row or null; Get(id) the row or ModelNotFoundException; Get(ids)
//   the rows in table order, ApplicationException when the row count differs from ids.Count(); Insert(model)
//   InvalidOperationException when model.Id is not 0; Update(model) InvalidOperationException when Id is 0;
//   Delete(model)/Delete(id) delete by Id (missing ignored); SetFields writes only the given columns; GetPaged fills
//   the spec's Records and TotalRecords. FindByDownloadId(downloadId): Query(h => h.DownloadId ==
//   downloadId).OrderByDescending(h => h.Date).ToList(): the rows of that download, newest first;
//   DeleteBySeriesIds(seriesIds): Delete(r => seriesIds.Contains(r.SeriesId)), missing ids ignored.
// Shapes: *=core; FindByDownloadId=6; DeleteBySeriesIds=6,18
// First try (b66671e): incomplete: IMF0001 SetFields (both) and GetPaged, IMF0018 Get(IEnumerable<int> ids), IMF0001
//   Delete(model) (MissingDelete unstated) | WRONG: FindByDownloadId lists the matches in insertion order where the
//   real store orders them by Date, newest first (OrderByDescending in its body, in no signature); Insert of a model
//   whose Id is set stores it (the preset-key case a setting states: Configured below). DeleteBySeriesIds is
//   generated right.
// After h-arr (session 16, 2026-12-04): complete, smoke script fails: SetFields, GetPaged and (configured) Get(ids)
//   generate, DeleteBySeriesIds is right, and FindByDownloadId still lists in insertion order where the real store
//   orders by Date descending: the order is in the real query's body, not in its name or result, so the fake lists
//   matches as every derived query without OrderBy does (KnownSmokeMismatches; DefaultOrder = "Date desc" would
//   reorder All() and Get(ids) too, which the real store lists by Id).
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Refuse (BasicRepository.Insert throws InvalidOperationException for a
//   preset Id), MissingDelete = MissingDelete.Ignore (Delete(model) is a SQL DELETE by Id with no affected-row
//   check), ByKeysOrder = ByKeysOrder.Stored and ByKeysMissing = ByKeysMissing.Throw (Get(ids) is a Contains query,
//   table order, ApplicationException when the row count differs): as the other *arr corpus files, since no
//   signature says them.
// Still wrong: FindByDownloadId lists in insertion order, not newest first. SetFields of a model whose Id is not
//   stored throws the not-found error (the real UPDATE changes nothing); Get(ids) throws NotFoundException where the
//   real store throws ApplicationException; GetPaged leaves a null SortKey null (the real store writes "{table}.Id"
//   into it).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Sonarr.IDownloadHistoryRepositoryCase;

public abstract class ModelBase
{
    public int Id { get; set; }
}

public enum DownloadHistoryEventType
{
    DownloadGrabbed = 1,
    DownloadImported = 2,
    DownloadFailed = 3,
    DownloadIgnored = 4,
    FileImported = 5,
}

public enum DownloadProtocol
{
    Unknown = 0,
    Usenet = 1,
    Torrent = 2,
}

public class DownloadHistory : ModelBase
{
    public DownloadHistory()
    {
        Data = new Dictionary<string, string>();
    }

    public DownloadHistoryEventType EventType { get; set; }
    public int SeriesId { get; set; }
    public string DownloadId { get; set; }
    public string SourceTitle { get; set; }
    public DateTime Date { get; set; }
    public DownloadProtocol Protocol { get; set; }
    public int IndexerId { get; set; }
    public int DownloadClientId { get; set; }
    public Dictionary<string, string> Data { get; set; }
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

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingDelete = MissingDelete.Ignore, ByKeysOrder = ByKeysOrder.Stored, ByKeysMissing = ByKeysMissing.Throw)]
public interface IDownloadHistoryRepository : IBasicRepository<DownloadHistory>
{
    List<DownloadHistory> FindByDownloadId(string downloadId);
    void DeleteBySeriesIds(List<int> seriesIds);
}

public static class Smoke
{
    public static Task RunAsync(IDownloadHistoryRepository repository)
    {
        var grabbed = repository.Insert(new DownloadHistory { DownloadId = "d1", SeriesId = 1, EventType = DownloadHistoryEventType.DownloadGrabbed, Date = new DateTime(2024, 1, 1) });
        Check.True(grabbed.Id != 0, "Insert sets the new Id");
        repository.Insert(new DownloadHistory { DownloadId = "d1", SeriesId = 1, EventType = DownloadHistoryEventType.DownloadImported, Date = new DateTime(2024, 1, 2) });
        repository.Insert(new DownloadHistory { DownloadId = "d2", SeriesId = 2, Date = new DateTime(2024, 1, 3) });
        var d1 = repository.FindByDownloadId("d1");
        Check.Equal(2, d1.Count, "FindByDownloadId returns the rows of that download");
        Check.Equal(DownloadHistoryEventType.DownloadImported, d1[0].EventType, "FindByDownloadId orders by Date, newest first");
        repository.SetFields(new DownloadHistory { Id = grabbed.Id, SourceTitle = "Show.S01E01", SeriesId = 9 }, h => h.SourceTitle);
        Check.Equal("Show.S01E01", repository.Get(grabbed.Id).SourceTitle, "SetFields writes the listed column");
        Check.Equal(1, repository.Get(grabbed.Id).SeriesId, "SetFields leaves the other columns as stored");
        repository.DeleteBySeriesIds(new List<int> { 1, 99 });
        Check.Equal(1, repository.Count(), "DeleteBySeriesIds deletes the rows of those series");
        Check.Equal(0, repository.FindByDownloadId("d1").Count, "no row of the deleted series is left");
        return Task.CompletedTask;
    }
}
