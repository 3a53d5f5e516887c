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
//   the branch reports for them. This one: the 1st of 3.
// Path: src/NzbDrone.Core/Configuration/ConfigRepository.cs (models: Config.cs,
//   src/NzbDrone.Core/Datastore/BasicRepository.cs, ModelBase.cs, PagingSpec.cs)
// Adapted: PagingSpec keeps its data properties; Config is as declared (its Key setter lower-cases the value).
//   Sonarr builds without nullable annotations (#nullable disable).
// Real store: src/NzbDrone.Core/Datastore/BasicRepository.cs (Dapper over SQLite or PostgreSQL), as in
//   Corpus/Sonarr/IBasicRepository.cs: Find(id) the row or null; Get(id) the row or ModelNotFoundException; Get(ids)
//   the rows in table order, ApplicationException when the row count differs from ids.Count(); Insert(model)
//   InvalidOperationException when model.Id is not 0; Update(model) InvalidOperationException when Id is 0;
//   Delete(model)/Delete(id) delete by Id (missing ignored); SetFields writes only the given columns; GetPaged fills
//   the spec's Records and TotalRecords. Get(key): Query(c => c.Key == key).SingleOrDefault(): the row whose stored
//   Key equals the key as given (case-sensitive SQL equality; the stored Key is lower-case, so Get("Foo") finds
//   nothing), null when none, InvalidOperationException when several. Upsert(key, value): Get(key), then Insert(new
//   Config { Key = key, Value = value }) when null, else sets Value and Update(row); returns the row.
// Shapes: *=core; Get=4; Upsert=20
// First try (b66671e): incomplete: IMF0001 Upsert(key, value), IMF0001 SetFields (both) and GetPaged, IMF0018
//   Get(IEnumerable<int> ids), IMF0001 Delete(model) (MissingDelete unstated) | WRONG: Insert of a model whose Id is
//   set stores it where the real store throws InvalidOperationException (the preset-key case a setting states:
//   Configured below). Get(key) is generated right (a lookup by the Key property; two matches throw
//   InvalidOperationException, as SingleOrDefault does).
// After h-arr (session 16, 2026-12-04): SetFields, GetPaged and (configured) Get(ids) generate; still incomplete:
//   IMF0001 Upsert(string key, string value) ("it must take one Config parameter and nothing else the conventions
//   know"): an upsert by a key property and one value is Sonarr's own (Get, then Insert or Update).
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Refuse (BasicRepository.Insert throws InvalidOperationException for a
//   preset Id), MissingDelete = MissingDelete.Ignore (Delete(model) is a SQL DELETE by Id with no affected-row
//   check), ByKeysOrder = ByKeysOrder.Stored and ByKeysMissing = ByKeysMissing.Throw (Get(ids) is a Contains query,
//   table order, ApplicationException when the row count differs): as the other *arr corpus files, since no
//   signature says them.
// Still wrong: SetFields of a model whose Id is not stored throws the not-found error (the real UPDATE changes
//   nothing); Get(ids) throws NotFoundException where the real store throws ApplicationException; GetPaged leaves a
//   null SortKey null (the real store writes "{table}.Id" into it).
// After h-oblivious (session 29): still incomplete (other members); Get answers null for a missing entity as before,
//   now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that
//   signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake
//   does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Sonarr.IConfigRepositoryCase;

public abstract class ModelBase
{
    public int Id { get; set; }
}

public class Config : ModelBase
{
    private string _key;

    public string Key
    {
        get { return _key; }
        set { _key = value.ToLowerInvariant(); }
    }

    public string Value { get; set; }
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
public interface IConfigRepository : IBasicRepository<Config>
{
    Config Get(string key);
    Config Upsert(string key, string value);
}

public static class Smoke
{
    public static Task RunAsync(IConfigRepository repository)
    {
        var created = repository.Insert(new Config { Key = "apikey", Value = "abc" });
        Check.True(created.Id != 0, "Insert sets the new Id");
        Check.Equal("abc", repository.Get("apikey")?.Value, "Get(key) returns the row with that Key");
        Check.Null(repository.Get("missing"), "Get of an unknown key is null");
        Check.Null(repository.Get("APIKEY"), "Get compares the key as given with the stored lower-case Key");
        repository.SetFields(new Config { Id = created.Id, Key = "other", Value = "def" }, c => c.Value);
        Check.Equal("def", repository.Get("apikey")?.Value, "SetFields writes the listed column only");
        var upserted = repository.Upsert("apikey", "ghi");
        Check.Equal(created.Id, upserted.Id, "Upsert of a stored key updates that row");
        Check.Equal("ghi", repository.Get("apikey")?.Value, "Upsert writes the value");
        var added = repository.Upsert("port", "8989");
        Check.True(added.Id != 0 && added.Id != created.Id, "Upsert of a new key inserts a row");
        Check.Equal(2, repository.Count(), "Count counts the rows");
        var page = repository.GetPaged(new PagingSpec<Config> { Page = 1, PageSize = 10, SortKey = "key", SortDirection = SortDirection.Descending });
        Check.Equal("port", page.Records.First().Key, "GetPaged orders by the sort key");
        Check.Equal(2, repository.Get(new[] { created.Id, added.Id }).Count(), "Get(ids) returns those rows");
        return Task.CompletedTask;
    }
}
