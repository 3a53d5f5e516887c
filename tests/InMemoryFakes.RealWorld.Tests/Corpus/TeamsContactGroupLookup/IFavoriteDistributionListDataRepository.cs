// Source: https://github.com/OfficeDev/microsoft-teams-apps-contactgrouplookup
// Commit: 33c93fa41f30
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
//   This one: the 1st of OfficeDev/microsoft-teams-apps-contactgrouplookup (7 members).
// Path: Source/Microsoft.Teams.Apps.DLLookup/Repositories/Interfaces/IFavoriteDistributionListDataRepository.cs (real
//   store: ../FavoriteDistributionListDataRepository.cs over ../FavoriteDistributionListStorageProvider.cs and
//   ../BaseStorageProvider.cs; models: ../../Models/FavoriteDistributionListTableEntity.cs,
//   FavoriteDistributionListData.cs, DistributionList.cs)
// Adapted: XML comments and Json.NET attributes dropped. TableEntity and IgnoreProperty are WindowsAzure.Storage's,
//   declared in Support/AzureStorageTypes.cs under their own namespace. Nullable disabled, as in the source.
// Real store: the Azure Table "FavoriteDistributionLists" (WindowsAzure.Storage 9.3): a user's favourite distribution
//   list is the row PartitionKey = the user's object id (UserObjectId), RowKey = the group id (GroupId), PinStatus.
//   GetFavoriteDistributionListsFromStorageAsync(userObjectId) lists the user's partition (one segment: up to 1,000
//   rows, RowKey order). AddFavoriteDistributionListToStorageAsync(e) is InsertOrReplace (a stored row is replaced, no
//   error). CreateOrUpdateFavoriteDistributionListAsync(data) maps a FavoriteDistributionListData to a row (GroupId =
//   data.Id, PinStatus = data.IsPinned, UserObjectId = data.UserObjectId) and writes it as the Add does: it stores a
//   row of the other type, not the data. RemoveFavoriteDistributionListFromStorageAsync(e) is TableOperation.Delete(e):
//   a row not stored throws StorageException (404); the callers pass the row GetFavoriteDistributionListFromStorage
//   Async read (it has an ETag; an entity without one throws ArgumentException before any request).
//   GetFavoriteDistributionListFromStorageAsync(favoriteDistributionListId, userObjectId) is Retrieve(userObjectId,
//   favoriteDistributionListId.ToLower()): the row, or null. GetDistributionListsAsync(query, accessToken) searches
//   Microsoft Graph's groups; GetFavoriteDistributionListsFromGraphAsync(entities, accessToken) reads the rows' groups
//   from Graph and answers FavoriteDistributionListData for the groups Graph found. Neither reads the table.
// First try (bf2541b): incomplete: IMF0001 every member: CreateOrUpdateFavoriteDistributionListAsync ('Or' names
//   neither the entity nor the interface), AddFavoriteDistributionListToStorageAsync and RemoveFavoriteDistributionList
//   FromStorageAsync ('To'/'Storage' name neither), GetFavoriteDistributionListsFromStorageAsync ('Storage' may filter),
//   GetFavoriteDistributionListFromStorageAsync ('favoriteDistributionListId' names neither key part nor a property),
//   GetDistributionListsAsync (DistributionList, which no member writes), GetFavoriteDistributionListsFromGraphAsync
//   (about two stored types); nothing generated | WRONG: none (nothing generated).
// After this round: unchanged, and refusing is right: the store's "Storage" and "Graph" words name where it reads, which
//   the fake cannot follow (the Graph members read no table); the Add is an InsertOrReplace, an upsert its name does not
//   say; the row key is the group id lower-cased (ToLower), the store's own. A CreateOrUpdate verb would generate
//   CreateOrUpdateFavoriteDistributionListAsync as an upsert of FavoriteDistributionListData into a table of its own,
//   where the real store maps it to a FavoriteDistributionListTableEntity row: which is why this round adds none.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.WindowsAzure.Storage.Table;

namespace Corpus.TeamsContactGroupLookup.IFavoriteDistributionListDataRepositoryCase;

public class FavoriteDistributionListTableEntity : TableEntity
{
    public bool PinStatus { get; set; }

    [IgnoreProperty]
    public string GroupId
    {
        get { return this.RowKey; }
        set { this.RowKey = value; }
    }

    [IgnoreProperty]
    public string UserObjectId
    {
        get { return this.PartitionKey; }
        set { this.PartitionKey = value; }
    }
}

public class FavoriteDistributionListData
{
    public string Id { get; set; }

    public bool IsPinned { get; set; }

    public string DisplayName { get; set; }

    public string Mail { get; set; }

    public int ContactsCount { get; set; }

    public string UserObjectId { get; set; }
}

public class DistributionList
{
    public string Id { get; set; }

    public string DisplayName { get; set; }

    public string Mail { get; set; }

    public string MailNickname { get; set; }

    public string MailEnabled { get; set; }

    public int MembersCount { get; set; }
}

[InMemoryFake]
public interface IFavoriteDistributionListDataRepository
{
    Task CreateOrUpdateFavoriteDistributionListAsync(FavoriteDistributionListData favoriteDistributionList);

    Task<List<DistributionList>> GetDistributionListsAsync(string query, string accessToken);

    Task<IEnumerable<FavoriteDistributionListTableEntity>> GetFavoriteDistributionListsFromStorageAsync(string userObjectId);

    Task AddFavoriteDistributionListToStorageAsync(FavoriteDistributionListTableEntity favoriteDistributionListEntity);

    Task RemoveFavoriteDistributionListFromStorageAsync(FavoriteDistributionListTableEntity favoriteDistributionListEntity);

    Task<FavoriteDistributionListTableEntity> GetFavoriteDistributionListFromStorageAsync(string favoriteDistributionListId, string userObjectId);

    Task<List<FavoriteDistributionListData>> GetFavoriteDistributionListsFromGraphAsync(
        IEnumerable<FavoriteDistributionListTableEntity> favoriteDistributionListEntities,
        string accessToken);
}

public static class Smoke
{
    private static string Groups(IEnumerable<FavoriteDistributionListTableEntity> rows) => string.Join(",", rows.Select(r => r.GroupId + ":" + r.PinStatus));

    public static async Task RunAsync(IFavoriteDistributionListDataRepository store)
    {
        Check.Equal("", Groups(await store.GetFavoriteDistributionListsFromStorageAsync("user-1")), "a user without favourites has none");
        await store.AddFavoriteDistributionListToStorageAsync(new FavoriteDistributionListTableEntity { UserObjectId = "user-1", GroupId = "group-b", PinStatus = false });
        await store.AddFavoriteDistributionListToStorageAsync(new FavoriteDistributionListTableEntity { UserObjectId = "user-1", GroupId = "group-a", PinStatus = false });
        Check.Equal("group-a:False,group-b:False", Groups(await store.GetFavoriteDistributionListsFromStorageAsync("user-1")), "AddFavoriteDistributionListToStorageAsync stores the rows; the user's list is in RowKey order");
        await store.AddFavoriteDistributionListToStorageAsync(new FavoriteDistributionListTableEntity { UserObjectId = "user-1", GroupId = "group-b", PinStatus = true });
        Check.Equal("group-a:False,group-b:True", Groups(await store.GetFavoriteDistributionListsFromStorageAsync("user-1")), "AddFavoriteDistributionListToStorageAsync of a stored row replaces it (InsertOrReplace), no error");

        Check.Equal(true, (await store.GetFavoriteDistributionListFromStorageAsync("group-b", "user-1"))?.PinStatus, "GetFavoriteDistributionListFromStorageAsync reads the row of (user, group)");
        Check.Equal(true, (await store.GetFavoriteDistributionListFromStorageAsync("GROUP-B", "user-1"))?.PinStatus, "with the group id in lower case (ToLower)");
        Check.Null(await store.GetFavoriteDistributionListFromStorageAsync("group-b", "user-2"), "and null for another user");

        var stored = await store.GetFavoriteDistributionListFromStorageAsync("group-a", "user-1");
        await store.RemoveFavoriteDistributionListFromStorageAsync(stored);
        Check.Equal("group-b:True", Groups(await store.GetFavoriteDistributionListsFromStorageAsync("user-1")), "RemoveFavoriteDistributionListFromStorageAsync removes the row");
        await Check.ThrowsAsync<Exception>(() => store.RemoveFavoriteDistributionListFromStorageAsync(stored), "removing a row not stored throws (StorageException 404)");

        await store.CreateOrUpdateFavoriteDistributionListAsync(new FavoriteDistributionListData { Id = "group-c", IsPinned = true, UserObjectId = "user-1", DisplayName = "Sales" });
        Check.Equal("group-b:True,group-c:True", Groups(await store.GetFavoriteDistributionListsFromStorageAsync("user-1")), "CreateOrUpdateFavoriteDistributionListAsync writes the data as a row of the table (GroupId = Id, PinStatus = IsPinned)");

        Check.Equal(0, (await store.GetDistributionListsAsync("sales", "token")).Count, "GetDistributionListsAsync searches Microsoft Graph (no group in this test's tenant)");
        Check.Equal(0, (await store.GetFavoriteDistributionListsFromGraphAsync(await store.GetFavoriteDistributionListsFromStorageAsync("user-1"), "token")).Count, "GetFavoriteDistributionListsFromGraphAsync answers the favourites whose group Graph finds (none here)");
    }
}
