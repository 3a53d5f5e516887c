// Source: https://github.com/OfficeDev/microsoft-teams-apps-company-communicator
// Commit: dcf3b169084d
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample36 rule, fixed before probing: the repositories find_repos("microsoft-teams-apps") answers with owner
//   OfficeDev, sorted ordinally by name, then Azure-Samples/cosmos-db-design-patterns, Azure-Samples/eShopOnAzure,
//   dotnet/eShopSupport and Azure-Samples/azure-search-openai-demo-csharp, skipping any the tools do not hold and every
//   interface already in the corpus (grep of Corpus/ for its name), at the newest stored snapshot (fetch, then git grep
//   for `interface I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b` in *.cs, paths sorted ordinally): the first
//   interface in ordinal path order (at most 1 per repository), outside paths containing "test" (any case), declaring at
//   least 3 members (inherited ones count if the base interface is in the same repository), whose members read or write
//   stored data (a …Provider that stores nothing is skipped); stop after 8; each transcribed whole (up to 50 members).
//   In that order: microsoft-teams-apps-adopt-bot, -askaway, -attendance, -buildingaccess, -call-queue-scheduler and
//   -champion-management have no *.cs file at their newest snapshot; -callrecord-insights has no such interface;
//   -crowdsourcer's first, IConfigurationStorageProvider, declares 2 members. No interface of these repositories was in
//   the corpus. So the rule picks 8, and stops before the Azure samples: appointment-manager IAgentRepository<TKey>,
//   bookaroom IFavoriteStorageProvider, celebrations IEventDataProvider, company-communicator IAppConfigRepository,
//   contactgrouplookup IFavoriteDistributionListDataRepository, course-companion IGradeRepository, crowdsourcer
//   IQnaServiceProvider, employeetraining IBlobRepository.
//   This one: the 1st of OfficeDev/microsoft-teams-apps-company-communicator (none of its own and the 14 of
//   IRepository<T>, its base in the same repository).
// Path: Source/CompanyCommunicator.Common/Repositories/AppConfig/IAppConfigRepository.cs (base: ../IRepository.cs; real
//   store: AppConfigRepository.cs beside it over ../BaseRepository.cs, table and partition names in
//   AppConfigTableName.cs; model: AppConfigEntity.cs)
// Adapted: XML comments dropped. TableEntity, CloudTable and TableContinuationToken are Microsoft.Azure.Cosmos.Table's,
//   declared in Support/AzureStorageTypes.cs under their own namespace. Nullable disabled, as in the source.
// Real store: AppConfigRepository (BaseRepository<AppConfigEntity>) over the Azure Table "AppConfig", default partition
//   "Settings" (rows "ServiceUrl", "UserAppId"). Table is the CloudTable. CreateOrUpdateAsync(e) is InsertOrReplace;
//   InsertOrMergeAsync(e) is InsertOrMerge (a missing row is inserted; a stored one gets e's properties written over
//   it, keeping those e does not carry). DeleteAsync(e) reads the row of e's keys and throws KeyNotFoundException when
//   there is none, else deletes it. GetAsync(partitionKey, rowKey) is Retrieve: the row or null. GetWithFilterAsync(
//   filter, partition) runs an OData filter text within the partition (partition null or blank: "Settings").
//   GetAllAsync(partition = null, count = null) lists the partition's rows ("Settings" when null or blank) in RowKey
//   order, at most count (segments are read until count is reached). GetAllDeleteAsync(partition, count) ignores both
//   and lists every row of the table. GetPagedAsync(partition, count, token) answers one segment of the partition and
//   the continuation token. GetAllBetweenDateTimesAsync(start, end) lists rows whose Timestamp (the service's) is <=
//   start and >= end. GetStreamsAsync(partition, count) yields the partition's segments. BatchInsertOrMergeAsync(es)
//   InsertOrMerges in batches of 100 (each batch one transaction, one partition); BatchDeleteAsync(es) deletes in
//   batches of 100 (a missing row fails its batch: 404).
// First try (bf2541b): incomplete: IMF0001 every member but GetAsync: CreateOrUpdateAsync and InsertOrMergeAsync ('Or'
//   names neither the entity nor the interface), DeleteAsync (a removal by entity returning nothing: MissingDelete),
//   GetAllAsync, GetAllDeleteAsync, GetPagedAsync and GetStreamsAsync ('partition' names neither key part nor a
//   property), GetWithFilterAsync ('filter', an OData text), GetAllBetweenDateTimesAsync ('startDateTime' names no
//   property), BatchInsertOrMergeAsync and BatchDeleteAsync (not known verbs), Table (a CloudTable). Generated:
//   GetAsync(partitionKey, rowKey), the row of the composite key (PartitionKey, RowKey) or null | WRONG: none (the probe
//   passes GetAsync, then stops at CreateOrUpdateAsync).
// After this round: unchanged. CreateOrUpdate reads as an upsert (InsertOrReplace here), but this round does not add it
//   to the upsert verbs: IFavoriteDistributionListDataRepository (Corpus/TeamsContactGroupLookup) has a
//   CreateOrUpdate{E}(data) that writes a row of another type, which the fake would then store as its own table, silently
//   wrong. 'partition' defaults to the store's own partition ("Settings") when null, GetAllDeleteAsync ignores both of
//   its parameters, and the OData filter is a query language: the store's own.
// After h-oblivious (session 29): still incomplete (other members); GetAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Azure.Cosmos.Table;

namespace Corpus.TeamsCompanyCommunicator.IAppConfigRepositoryCase;

public class AppConfigEntity : TableEntity
{
    public string Value { get; set; }
}

public interface IRepository<T>
    where T : TableEntity, new()
{
    public CloudTable Table { get; }

    public Task CreateOrUpdateAsync(T entity);

    public Task InsertOrMergeAsync(T entity);

    public Task DeleteAsync(T entity);

    public Task<T> GetAsync(string partitionKey, string rowKey);

    public Task<IEnumerable<T>> GetWithFilterAsync(string filter, string partition = null);

    public Task<IEnumerable<T>> GetAllAsync(string partition = null, int? count = null);

    public Task<IEnumerable<T>> GetAllDeleteAsync(string partition = null, int? count = null);

    Task<(IEnumerable<T>, TableContinuationToken)> GetPagedAsync(string partition = null, int? count = null, TableContinuationToken token = null);

    public Task<IEnumerable<T>> GetAllBetweenDateTimesAsync(DateTime startDateTime, DateTime endDateTime);

    public IAsyncEnumerable<IEnumerable<T>> GetStreamsAsync(string partition = null, int? count = null);

    public Task BatchInsertOrMergeAsync(IEnumerable<T> entities);

    public Task BatchDeleteAsync(IEnumerable<T> entities);
}

[InMemoryFake]
public interface IAppConfigRepository : IRepository<AppConfigEntity>
{
}

public static class Smoke
{
    private static AppConfigEntity Setting(string rowKey, string value, string partition = "Settings")
        => new() { PartitionKey = partition, RowKey = rowKey, Value = value };

    private static string Values(IEnumerable<AppConfigEntity> rows) => string.Join(",", rows.Select(r => r.Value));

    public static async Task RunAsync(IAppConfigRepository store)
    {
        Check.Null(await store.GetAsync("Settings", "ServiceUrl"), "GetAsync of a row not stored is null");
        await store.CreateOrUpdateAsync(Setting("ServiceUrl", "https://smba.one"));
        Check.Equal("https://smba.one", (await store.GetAsync("Settings", "ServiceUrl"))?.Value, "CreateOrUpdateAsync inserts the row");
        await store.CreateOrUpdateAsync(Setting("ServiceUrl", "https://smba.two"));
        Check.Equal("https://smba.two", (await store.GetAsync("Settings", "ServiceUrl"))?.Value, "CreateOrUpdateAsync replaces a stored row");

        await store.InsertOrMergeAsync(Setting("UserAppId", "app-1"));
        Check.Equal("app-1", (await store.GetAsync("Settings", "UserAppId"))?.Value, "InsertOrMergeAsync inserts a missing row");
        await store.InsertOrMergeAsync(Setting("UserAppId", "app-2"));
        Check.Equal("app-2", (await store.GetAsync("Settings", "UserAppId"))?.Value, "InsertOrMergeAsync writes the properties it carries over a stored row");

        await store.CreateOrUpdateAsync(Setting("Other", "o", partition: "Elsewhere"));
        Check.Equal("https://smba.two,app-2", Values(await store.GetAllAsync()), "GetAllAsync() lists the default partition (Settings) in RowKey order");
        Check.Equal("https://smba.two", Values(await store.GetAllAsync(null, 1)), "at most count rows");
        Check.Equal("o", Values(await store.GetAllAsync("Elsewhere")), "GetAllAsync(partition) lists that partition");

        await store.BatchInsertOrMergeAsync(new[] { Setting("A", "a"), Setting("B", "b") });
        Check.Equal("a", (await store.GetAsync("Settings", "A"))?.Value, "BatchInsertOrMergeAsync writes every row");
        await store.BatchDeleteAsync(new[] { Setting("A", "a"), Setting("B", "b") });
        Check.Null(await store.GetAsync("Settings", "B"), "BatchDeleteAsync removes every row");

        await store.DeleteAsync(Setting("UserAppId", null));
        Check.Null(await store.GetAsync("Settings", "UserAppId"), "DeleteAsync removes the row of the entity's keys");
        await Check.ThrowsAsync<KeyNotFoundException>(() => store.DeleteAsync(Setting("UserAppId", null)), "DeleteAsync of a row not stored throws KeyNotFoundException");

        Check.Equal(2, (await store.GetAllDeleteAsync("ignored", 1)).Count(), "GetAllDeleteAsync lists every row of the table whatever it is given");
        Check.Equal("https://smba.two", Values(await store.GetWithFilterAsync("RowKey eq 'ServiceUrl'")), "GetWithFilterAsync runs the OData filter in the default partition");
        var (page, _) = await store.GetPagedAsync(null, 10, null);
        Check.Equal("https://smba.two", Values(page), "GetPagedAsync answers a segment of the default partition");
        Check.NotNull(store.Table, "Table is the CloudTable");
    }
}
