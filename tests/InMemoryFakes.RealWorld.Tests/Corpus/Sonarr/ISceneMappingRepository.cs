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
//   the branch reports for them. This one: the 2nd of 3.
// Path: src/NzbDrone.Core/DataAugmentation/Scene/SceneMappingRepository.cs (models: SceneMapping.cs,
//   src/NzbDrone.Core/Datastore/BasicRepository.cs, ModelBase.cs, PagingSpec.cs)
// Adapted: SceneMapping drops SearchMode (an enum of the parser) and its JsonProperty attributes; PagingSpec keeps
//   its data properties. Sonarr builds without nullable annotations (#nullable disable).
// Real store: src/NzbDrone.Core/Datastore/BasicRepository.cs (Dapper over SQLite or PostgreSQL), as in
//   Corpus/Sonarr/IBasicRepository.cs: Find(id) the row or null; Get(id) the row or ModelNotFoundException; Get(ids)
//   the rows in table order, ApplicationException when the row count differs from ids.Count(); Insert(model)
//   InvalidOperationException when model.Id is not 0; Update(model) InvalidOperationException when Id is 0;
//   Delete(model)/Delete(id) delete by Id (missing ignored); SetFields writes only the given columns; GetPaged fills
//   the spec's Records and TotalRecords. FindByTvdbid(tvdbId): Query(x => x.TvdbId == tvdbId), every mapping of that
//   TVDB id in table order; GetAllByType(type): Query(x => x.Type == type), likewise (case-sensitive SQL equality).
// Shapes: *=core; FindByTvdbid=6; GetAllByType=6
// First try (b66671e): incomplete: IMF0001 SetFields (both) and GetPaged, IMF0018 Get(IEnumerable<int> ids), IMF0001
//   Delete(model) (MissingDelete unstated) | WRONG: Insert of a model whose Id is set stores it (the preset-key case
//   a setting states: Configured below). FindByTvdbid and GetAllByType are generated right.
// After h-arr (session 16, 2026-12-04): complete, smoke script passed: SetFields, GetPaged and (configured) Get(ids)
//   generate.
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Refuse (BasicRepository.Insert throws InvalidOperationException for a
//   preset Id), MissingDelete = MissingDelete.Ignore (Delete(model) is a SQL DELETE by Id with no affected-row
//   check), ByKeysOrder = ByKeysOrder.Stored and ByKeysMissing = ByKeysMissing.Throw (Get(ids) is a Contains query,
//   table order, ApplicationException when the row count differs): as the other *arr corpus files, since no
//   signature says them.
// Still wrong: SetFields of a model whose Id is not stored throws the not-found error (the real UPDATE changes
//   nothing); Get(ids) throws NotFoundException where the real store throws ApplicationException; GetPaged leaves a
//   null SortKey null (the real store writes "{table}.Id" into it).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Sonarr.ISceneMappingRepositoryCase;

public abstract class ModelBase
{
    public int Id { get; set; }
}

public class SceneMapping : ModelBase
{
    public string MappingId { get; set; }
    public string Title { get; set; }
    public string ParseTerm { get; set; }
    public string SearchTerm { get; set; }
    public int TvdbId { get; set; }
    public int? SeasonNumber { get; set; }
    public int? SceneSeasonNumber { get; set; }
    public string SceneOrigin { get; set; }
    public string Comment { get; set; }
    public string FilterRegex { get; set; }
    public string Type { get; set; }
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
public interface ISceneMappingRepository : IBasicRepository<SceneMapping>
{
    List<SceneMapping> FindByTvdbid(int tvdbId);
    List<SceneMapping> GetAllByType(string type);
}

public static class Smoke
{
    public static Task RunAsync(ISceneMappingRepository repository)
    {
        var first = repository.Insert(new SceneMapping { TvdbId = 1, Title = "Show", Type = "ServicesProvider" });
        Check.True(first.Id != 0, "Insert sets the new Id");
        repository.Insert(new SceneMapping { TvdbId = 1, Title = "Show (US)", Type = "XemServices" });
        repository.Insert(new SceneMapping { TvdbId = 2, Title = "Other", Type = "ServicesProvider" });
        Check.Equal(2, repository.FindByTvdbid(1).Count, "FindByTvdbid returns every mapping of that id");
        Check.Equal(0, repository.FindByTvdbid(3).Count, "FindByTvdbid of an unknown id is empty");
        Check.Equal(2, repository.GetAllByType("ServicesProvider").Count, "GetAllByType returns the mappings of that type");
        Check.Equal(0, repository.GetAllByType("servicesprovider").Count, "GetAllByType compares the type case-sensitively");
        repository.SetFields(new SceneMapping { Id = first.Id, Title = "Renamed", TvdbId = 9 }, m => m.Title);
        Check.Equal("Renamed", repository.Get(first.Id).Title, "SetFields writes the listed column");
        Check.Equal(1, repository.Get(first.Id).TvdbId, "SetFields leaves the other columns as stored");
        Check.Throws<Exception>(() => repository.Get(new[] { first.Id, 999 }), "Get(ids) with a missing id throws");
        Check.Equal(3, repository.GetPaged(new PagingSpec<SceneMapping> { Page = 1, PageSize = 2 }).TotalRecords, "GetPaged counts every row");
        return Task.CompletedTask;
    }
}
