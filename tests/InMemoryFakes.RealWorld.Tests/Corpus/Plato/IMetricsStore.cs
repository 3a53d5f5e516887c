// Source: https://github.com/crazyants/plato
// Commit: 1577508f2037 (the snapshot's HEAD, 2019-10-03, the version the search result shows: IMetricsStore.cs last
//   changed in 4447162b, IStore.cs in 8f32a861 "Initial work adding CancelTokens to all stores"; MetricsStore.cs,
//   MetricsRepository.cs, Metric.cs, FeatureEventHandler.cs, ProcedureBuilder.cs, MetricsManager.cs and StartUp.cs read
//   at the same commit)
// Licence: GPL-3.0 (no licence file; the README's "License" section states that Plato is licensed under the GNU General
//   Public License version 3; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample133 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample133-rule.md,
//   with the walk): IoT, telemetry and monitoring codebases; the search tool (corpus code) with these queries, in this
//   order: (1) `interface IDeviceRepository Task`, (2) `interface ISensorRepository`, (3) `interface
//   ITelemetryRepository`, (4) `interface IMeasurementRepository`, (5) `interface IAlarmRepository`, (6) `interface
//   IReadingRepository`, (7) `interface IMetricStore`, (8) `interface IGatewayRepository`, (9) `interface
//   IFirmwareRepository`, (10) `interface IMonitorRepository`; from each, the FIRST result in the order returned that is
//   a C# interface declaration with at least 3 members (inherited ones count when the base interface is declared in the
//   same repository), whose path contains no "test" (any case), from a repository that has a licence, is not already a
//   corpus source and is not already picked; a result naming no repository or path (anonymous excerpt) is not taken; at
//   most 1 per repository; stop after 3. Picks: (1) query (7), rank 3, crazyants/plato IMetricsStore<TModel> (this one);
//   (2) query (9), rank 2, GreenOlvi/smart-home-www IFirmwareRepository. The ten queries ran out with 2 picks: the other
//   named C# results of 3 members or more were in 9 repositories without a licence.
//   This one: query (7), rank 3 (none of its own; 7 in IStore<TModel> and its bases ICacheableStore<TModel> and
//   IQueryableStore<TModel>, declared in the same repository).
// Path: src/Plato/Modules/Plato.Metrics/Stores/IMetricsStore.cs (bases: src/Plato.Internal.Stores.Abstractions/IStore.cs,
//   IQueryableStore.cs; query types: src/Plato.Internal.Data.Abstractions/IQuery.cs, QueryOptions.cs, IPagedResults.cs;
//   real store: src/Plato/Modules/Plato.Metrics/Stores/MetricsStore.cs over Repositories/MetricsRepository.cs (stored
//   procedures on SQL Server made by Handlers/FeatureEventHandler.cs through
//   src/Plato.Internal.Data.Schemas/Builders/ProcedureBuilder.cs); model: Models/Metric.cs; registered in StartUp.cs as
//   IMetricsStore<Metric>)
// Adapted: one namespace for the source's four (Plato.Metrics.Stores, Plato.Internal.Stores.Abstractions,
//   Plato.Internal.Data.Abstractions, Plato.Metrics.Models). Metric drops CreatedBy (an ISimpleUser the reads fill from a
//   join with the Users table) and IDbModel.PopulateModel(IDataReader); IQuery<TModel>, IQueryOptions, QueryOptions,
//   OrderBy and IPagedResults<T> keep their members (PagedResults<T>, the implementation, is left out). Nullable
//   disabled, as in the source (netstandard2.0, 2019). The app uses the interface closed over Metric only (StartUp.cs:
//   services.AddScoped<IMetricsStore<Metric>, MetricsStore>()), so the fake is closed over Metric on a partial class, as
//   Sonarr's IBasicRepository<Blocklist> is: the harness runs a smoke script on a closed fake only.
// Real store: MetricsStore over MetricsRepository (SQL Server, Plato's generated stored procedures). CreateAsync(model)
//   and UpdateAsync(model) are the same call, InsertUpdateAsync: ArgumentNullException for null; the procedure
//   InsertUpdateMetric updates every column of the row whose Id is model.Id when one exists, else INSERTs a new row whose
//   Id is the table's IDENTITY(1,1) (the model's Id, 0 or not, is not stored); a null or MinValue CreatedDate is written
//   as DateTimeOffset.UtcNow (ToDateIfNull); then the row is read back (SelectMetricById) and that new instance returned,
//   the caller's model untouched. So UpdateAsync of a metric not stored inserts it under a new Id, and CreateAsync of a
//   stored Id updates that row. DeleteAsync(model) runs DeleteMetricById(model.Id): true when a row was deleted, false
//   when none had that Id (NullReferenceException for null). GetByIdAsync(id): the row, or null. CancelTokens(model)
//   cancels the cache tokens of the store type (the cache SelectAsync fills), changing no row. QueryAsync() returns a
//   MetricQuery (a builder whose Select<MetricQueryParams>, Take and OrderBy compose SQL that ToList() runs through
//   SelectAsync); SelectAsync(dbParams) runs the procedure SelectMetricsPaged with the parameters given and caches the
//   page under their values. PopulateModel reads no FeatureId column, so every metric read back has FeatureId 0.
// Shapes: *=core; QueryAsync=9; SelectAsync=14
// First try (ffa26680): incomplete: IMF0001 CancelTokens, QueryAsync, SelectAsync (each "'…' is not a known verb": true;
//   a cache hook, a query builder of Plato's own and a stored-procedure call with ADO.NET parameters); IMF0026 info on
//   GetByIdAsync, IMF0029 info on DeleteAsync, IMF0025 info on CreatedDate. Generated: CreateAsync (an add: a stored Id
//   the duplicate-key error, an Id set and not stored kept, an unset Id numbered and written into the caller's metric),
//   UpdateAsync (the not-found error for an Id not stored), DeleteAsync (false when not stored), GetByIdAsync (null when
//   missing). [InMemoryFake] bare on the open IMetricsStore<TModel>, as the source would carry it, is IMF0008 (TModel
//   has no constraint with a key) and generates nothing; the app closes it over Metric, and so does this file | WRONG:
//   CreateAsync of a metric whose Id is set and not stored keeps that Id, where InsertUpdateMetric inserts it under the
//   next IDENTITY value (the probe's last check); CreateAsync writes the generated Id into the caller's metric, where the
//   real store returns a new instance read back and leaves the caller's untouched; and the real store reads every metric
//   back with FeatureId 0 (PopulateModel reads no FeatureId column), the fake as written. Loud, not silent: a CreateAsync
//   of a stored Id throws DuplicateKeyException (the unconfigured probe ends there) where the procedure updates the row;
//   UpdateAsync of an Id not stored throws the not-found error where the procedure inserts it under the next IDENTITY.
// Configured: TakenKeyAdds = TakenKeyAdd.Replace (CreateAsync of a stored Id updates that row: InsertUpdateMetric's IF
//   EXISTS … UPDATE); MissingKeyReads = MissingKeyRead.Default (GetByIdAsync: null, SelectMetricById finds no row);
//   MissingEntityDelete = MissingDelete.Ignore (DeleteAsync answers false: DeleteMetricById selects 0). Not set:
//   PresetKeyOnAdd (Replace would give a stored Id a new key too, where the procedure updates the row); MissingUpdate
//   (Insert would store under the Id given, where the procedure numbers the row anew: the loud not-found error is kept);
//   CreatedStamp/NotStamped (the procedure writes DateTimeOffset.UtcNow for a null or MinValue CreatedDate, on an update
//   too, and keeps one given: neither setting says that, so IMF0025 stays).
// After this round: the generator changes of h-sample133 move nothing here (the three refusals keep their causes). With
//   the settings the probe passes the create of a stored Id and ends at the script's last check, the set Id not stored
//   (WRONG MEANING: kept as 40, where the real store numbers it 3).
// Still wrong: CreateAsync of a set Id not stored keeps it (real: the next IDENTITY value); UpdateAsync of an Id not
//   stored throws the not-found error (real: inserted under the next IDENTITY value); a null CreatedDate is stored null
//   (real: UtcNow, on an update too); the caller's metric gets the generated Id (real: untouched, a new instance is
//   returned); FeatureId reads back as written (real: 0). None is in a signature; the script checks the first only.
#nullable disable

using System;
using System.Collections.Generic;
using System.Data;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Plato.IMetricsStoreCase;

public class Metric
{
    public int Id { get; set; }

    public int FeatureId { get; set; }

    public string Title { get; set; }

    public string Url { get; set; }

    public string IpV4Address { get; set; }

    public string IpV6Address { get; set; }

    public string UserAgent { get; set; }

    public int CreatedUserId { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }
}

public enum SearchTypes
{
    Tsql = 0,
    ContainsTable = 1,
    FreeTextTable = 2,
}

public interface IQueryOptions
{
    string TablePrefix { get; set; }

    int MaxResults { get; set; }

    SearchTypes SearchType { get; set; }
}

public class QueryOptions : IQueryOptions
{
    public string TablePrefix { get; set; }

    public int MaxResults { get; set; }

    public SearchTypes SearchType { get; set; } = SearchTypes.Tsql;
}

public enum OrderBy
{
    Desc = 0,
    Asc = 1,
}

public interface IQuery<TModel> where TModel : class
{
    IQueryOptions Options { get; }

    IQuery<TModel> Take(int page, int size);

    IQuery<TModel> Take(int size);

    IQuery<TModel> Configure(Action<QueryOptions> configure);

    IQuery<TModel> Select<TParams>(Action<TParams> configure) where TParams : new();

    IQuery<TModel> OrderBy(string columnName, OrderBy sortOrder = Corpus.Plato.IMetricsStoreCase.OrderBy.Asc);

    IQuery<TModel> OrderBy(IDictionary<string, OrderBy> columns);

    Task<IPagedResults<TModel>> ToList();

    IDictionary<string, OrderBy> SortColumns { get; }
}

public interface IPagedResults<T> where T : class
{
    int Total { get; set; }

    IList<T> Data { get; set; }

    void PopulateTotal(IDataReader reader);
}

public interface ICacheableStore<TModel> where TModel : class
{
    void CancelTokens(TModel model);
}

public interface IQueryableStore<TModel> where TModel : class
{
    IQuery<TModel> QueryAsync();

    Task<IPagedResults<TModel>> SelectAsync(IDbDataParameter[] dbParams);
}

public interface IStore<TModel> :
    ICacheableStore<TModel>,
    IQueryableStore<TModel> where TModel : class
{
    Task<TModel> CreateAsync(TModel model);

    Task<TModel> UpdateAsync(TModel model);

    Task<bool> DeleteAsync(TModel model);

    Task<TModel> GetByIdAsync(int id);
}

public interface IMetricsStore<TModel> : IStore<TModel> where TModel : class
{
}

[InMemoryFake(typeof(IMetricsStore<Metric>), TakenKeyAdds = TakenKeyAdd.Replace, MissingKeyReads = MissingKeyRead.Default, MissingEntityDelete = MissingDelete.Ignore)]
public partial class MetricsStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IMetricsStore<Metric> store)
    {
        var at = new DateTimeOffset(2019, 10, 3, 12, 0, 0, TimeSpan.Zero);
        var created = await store.CreateAsync(new Metric { FeatureId = 3, Title = "Home", Url = "/", UserAgent = "Mozilla/5.0", IpV4Address = "10.0.0.1", CreatedDate = at });
        Check.Equal(1, created.Id, "CreateAsync inserts the metric under the table's IDENTITY(1,1): the first Id is 1");
        Check.Equal("Home", created.Title, "CreateAsync returns the metric read back");
        Check.Equal(at, created.CreatedDate, "a CreatedDate given is stored as it is");
        Check.Equal("/", (await store.GetByIdAsync(created.Id))?.Url, "GetByIdAsync finds it by its Id");
        Check.Null(await store.GetByIdAsync(99), "GetByIdAsync of an Id not stored is null (SelectMetricById finds no row)");

        var about = await store.CreateAsync(new Metric { Title = "About", Url = "/about", CreatedDate = at.AddMinutes(1) });
        Check.Equal(2, about.Id, "the next metric gets the next Id");
        about.Title = "About us";
        var updated = await store.UpdateAsync(about);
        Check.Equal("About us", updated.Title, "UpdateAsync writes every column of the row with the metric's Id and returns it read back");
        Check.Equal("About us", (await store.GetByIdAsync(2))?.Title, "the change is stored");

        Check.True(await store.DeleteAsync(updated), "DeleteAsync answers true when the row was deleted");
        Check.Null(await store.GetByIdAsync(2), "the deleted metric is gone");
        Check.False(await store.DeleteAsync(updated), "DeleteAsync of a metric no longer stored answers false (DeleteMetricById selects 0)");
        Check.Equal("Home", (await store.GetByIdAsync(1))?.Title, "the other metric stays");

        var again = await store.CreateAsync(new Metric { Id = 1, Title = "Home page", Url = "/", CreatedDate = at });
        Check.Equal(1, again.Id, "CreateAsync of a metric whose Id is stored updates that row (InsertUpdateMetric: IF EXISTS … UPDATE), no duplicate error");
        Check.Equal("Home page", (await store.GetByIdAsync(1))?.Title, "the stored row has the new values");

        // The checks below are the ones the fake does not pass (the header's Still wrong); the first ends the script.
        var contact = await store.CreateAsync(new Metric { Id = 40, Title = "Contact", Url = "/contact", CreatedDate = at });
        Check.Equal(3, contact.Id, "CreateAsync of a metric whose Id is not stored inserts it under the next IDENTITY value (3), not under the Id given");
        Check.Null(await store.GetByIdAsync(40), "nothing is stored under the Id given");
    }
}
