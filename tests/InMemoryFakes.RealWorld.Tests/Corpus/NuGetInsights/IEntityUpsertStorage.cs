// Source: https://github.com/NuGet/Insights
// Commit: 3d26e7ec
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample21 rule, fixed before probing: in these repositories, in this order (NuGet/Insights,
//   ONLYOFFICE/CommunityServer, dotnetcore/Util, fullstackhero/blazor-starter-kit, OpenRA/OpenRA,
//   bitfoundation/bitplatform, Lombiq/Helpful-Libraries, elsa-workflows/elsa-core, dotnet/try,
//   microsoft/semantic-kernel, Particular/ServiceControl, OrchardCMS/OrchardCore.Commerce), skipping any the tools do
//   not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally):
//   the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does
//   not count), outside paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or
//   Cache, that declare at least 3 members (inherited ones count if the base interface is in the same repository) and
//   are not already in the corpus; stop after 10; each transcribed whole.
//   elsa-workflows/elsa-core (Corpus/Elsa) and microsoft/semantic-kernel are in the corpus; blazor-starter-kit's four
//   (IBrandRepository, IDocumentTypeRepository: 0 members; IDocumentRepository: 2; IProductRepository: 1), Lombiq and
//   dotnet/try have none; the rule stops before OrchardCore.Commerce. So it picks 10, in order: NuGet.Insights
//   IEntityUpsertStorage<TItem, TEntity>, IAdminViewModelCache; CommunityServer ICache, IBackupRepository; Util ICache,
//   ILocalCache (ICache's 46 members, inherited); OpenRA IModelCache (its only one); bitplatform IBitBesqlStorage (its
//   only one); ServiceControl ILicensingDataStore, IAuditDataStore.
//   This one: the 1st of NuGet/Insights (7 members).
// Path: src/Logic/AzureStorage/EntityUpsertStorageService.cs (with EntityUpsertStrategy and ItemWithEntityKey<TItem>
//   there; ITableEntity from Azure.Data.Tables; src/Logic/StorageNoOpRetry/TableClientWithRetryContext.cs)
// Adapted: ITableEntity keeps PartitionKey, RowKey and Timestamp (ETag dropped: Azure.Core's struct);
//   TableClientWithRetryContext an empty class (it wraps Azure's TableClient); TaskState (Worker.Logic) keeps its keys
//   and Message; the generic interface is closed as TaskStateStorageService closes it, by an empty derived interface
//   (as the corpus closes generic repositories). The file is #nullable enable.
// Real store: not a store but the strategy EntityUpsertStorageService<TItem, TEntity> asks how to upsert; each caller
//   implements it (src/Worker.Logic/TaskState/TaskStateStorageService.cs UpsertAdapter: Select null, Strategy
//   AddOptimistically, Table the given table, GetItemFromRowKeyGroup the group's first item, GetKey the item's own
//   PartitionKey and RowKey, MapAsync the item itself, ShouldReplace false; LatestLeafStorageService's adapters map
//   catalog leaves to entities and replace an entity whose commit timestamp is older). Nothing is kept between calls.
// Shapes: *=core
// First try (cb20e85): incomplete: IMF0001 every member (MapAsync, GetKey, ShouldReplace, GetItemFromRowKeyGroup,
//   Select, Strategy, Table: a strategy's answers, no store) | WRONG: none (nothing generated).
// After this round: unchanged; refusing is right: each caller answers differently, and nothing is stored.

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NuGetInsights.IEntityUpsertStorageCase;

public interface ITableEntity
{
    string PartitionKey { get; set; }
    string RowKey { get; set; }
    DateTimeOffset? Timestamp { get; set; }
}

public class TableClientWithRetryContext
{
}

public enum EntityUpsertStrategy
{
    ReadThenAdd,
    AddOptimistically,
}

public record ItemWithEntityKey<TItem>(TItem Item, string PartitionKey, string RowKey)
{
    public ItemWithEntityKey(TItem item, (string PartitionKey, string RowKey) key)
        : this(item, key.PartitionKey, key.RowKey)
    {
    }
}

public class TaskState : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public string? Message { get; set; }
}

public interface IEntityUpsertStorage<TItem, TEntity> where TEntity : class, ITableEntity, new()
{
    Task<TEntity> MapAsync(string partitionKey, string rowKey, TItem item);
    (string PartitionKey, string RowKey) GetKey(TItem item);
    bool ShouldReplace(TItem item, TEntity entity);
    ItemWithEntityKey<TItem> GetItemFromRowKeyGroup(IGrouping<string, ItemWithEntityKey<TItem>> group);
    IReadOnlyList<string>? Select { get; }
    EntityUpsertStrategy Strategy { get; }
    TableClientWithRetryContext Table { get; }
}

/// <summary>The closed form TaskStateStorageService implements (its UpsertAdapter).</summary>
[InMemoryFake]
public interface ITaskStateUpsertStorage : IEntityUpsertStorage<TaskState, TaskState>
{
}

public static class Smoke
{
    public static async Task RunAsync(ITaskStateUpsertStorage storage)
    {
        var state = new TaskState { PartitionKey = "p", RowKey = "r" };
        Check.Equal(("p", "r"), storage.GetKey(state), "GetKey is the item's own keys (TaskStateStorageService)");
        Check.True(ReferenceEquals(state, await storage.MapAsync("p", "r", state)), "MapAsync returns the item itself");
        Check.False(storage.ShouldReplace(state, state), "ShouldReplace is false");
    }
}
