// Source: https://github.com/OfficeDev/microsoft-teams-apps-bookaroom
// Commit: 3f90a4c0ad1d
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
//   This one: the 1st of OfficeDev/microsoft-teams-apps-bookaroom (4 members).
// Path: Source/Microsoft.Teams.App.BookAThing.Common/Providers/Interfaces/IFavoriteStorageProvider.cs (real store:
//   ../Storage/FavoriteStorageProvider.cs; model: ../../Models/TableEntities/UserFavoriteRoomEntity.cs)
// Adapted: XML comments dropped. TableEntity is WindowsAzure.Storage's, declared in Support/AzureStorageTypes.cs under
//   its own namespace (keys, Timestamp, ETag). Nullable disabled, as in the source.
// Real store: FavoriteStorageProvider over the Azure Table "FavoriteRooms" (WindowsAzure.Storage 9.3): a user's
//   favourite room is the row PartitionKey = the user's AAD object id (UserAdObjectId), RowKey = the room's email
//   (RoomEmail). GetAsync(userObjectIdentifier, roomEmail = null) queries the user's partition, with RowKey = roomEmail
//   too when roomEmail is not null or empty, and answers every row (all segments) in the service's order (RowKey
//   ascending within the partition); an unknown user gets an empty list. AddAsync(room) is TableOperation.
//   InsertOrReplace (a stored room is replaced, no error), then answers GetAsync(room.PartitionKey): the user's rooms
//   after the write. AddBatchAsync(rooms) is TableOperation.Insert of each, as entity-group transactions of 100: a room
//   already stored fails its batch with StorageException 409 and writes none of that batch; true otherwise.
//   DeleteAllAsync(userObjectIdentifier) reads the user's rooms and deletes them in batches; true (also for a user
//   without rooms).
// First try (bf2541b): incomplete: IMF0001 every member: AddAsync (it answers a list: the user's rooms after the
//   write), AddBatchAsync (a range add returning bool), DeleteAllAsync (its parameter names no property),
//   GetAsync ('userIdentifier' names neither key part nor a property: the user's id is PartitionKey, aliased
//   UserAdObjectId); no member generated | WRONG: none (nothing generated).
// After this round: unchanged, and refusing is right: that userIdentifier is PartitionKey is in the store's query, not
//   the signature; AddAsync's answer is a second read, and AddBatchAsync's bool (true, or a 409 thrown) says nothing a
//   name proves.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.WindowsAzure.Storage.Table;

namespace Corpus.TeamsBookARoom.IFavoriteStorageProviderCase;

public class UserFavoriteRoomEntity : TableEntity
{
    public string UserAdObjectId
    {
        get { return this.PartitionKey; }
        set { this.PartitionKey = value; }
    }

    public string RoomEmail
    {
        get { return this.RowKey; }
        set { this.RowKey = value; }
    }

    public string RoomName { get; set; }

    public string BuildingName { get; set; }

    public string BuildingEmail { get; set; }
}

[InMemoryFake]
public interface IFavoriteStorageProvider
{
    Task<IList<UserFavoriteRoomEntity>> AddAsync(UserFavoriteRoomEntity room);

    Task<bool> AddBatchAsync(IList<UserFavoriteRoomEntity> rooms);

    Task<bool> DeleteAllAsync(string userIdentifier);

    Task<IList<UserFavoriteRoomEntity>> GetAsync(string userIdentifier, string rowKey = null);
}

public static class Smoke
{
    private static UserFavoriteRoomEntity Room(string user, string email, string name)
        => new() { UserAdObjectId = user, RoomEmail = email, RoomName = name, BuildingName = "B1", BuildingEmail = "b1@contoso.com" };

    private static string Names(IEnumerable<UserFavoriteRoomEntity> rooms) => string.Join(",", rooms.Select(r => r.RoomName));

    public static async Task RunAsync(IFavoriteStorageProvider store)
    {
        Check.Equal(0, (await store.GetAsync("user-1")).Count, "GetAsync of a user without favourites is an empty list");

        Check.Equal("Bravo", Names(await store.AddAsync(Room("user-1", "bravo@contoso.com", "Bravo"))), "AddAsync answers the user's rooms after the write");
        Check.Equal("Alpha,Bravo", Names(await store.AddAsync(Room("user-1", "alpha@contoso.com", "Alpha"))), "in RowKey order (the room emails)");
        Check.Equal("Alpha,Bravo 2", Names(await store.AddAsync(Room("user-1", "bravo@contoso.com", "Bravo 2"))), "AddAsync of a stored room replaces it (InsertOrReplace), no error");

        Check.Equal("Bravo 2", Names(await store.GetAsync("user-1", "bravo@contoso.com")), "GetAsync with a row key answers that room");
        Check.Equal("Alpha,Bravo 2", Names(await store.GetAsync("user-1", null)), "GetAsync with a null row key answers every room of the user");
        Check.Equal("Alpha,Bravo 2", Names(await store.GetAsync("user-1", "")), "and with an empty one too (IsNullOrEmpty)");

        Check.True(await store.AddBatchAsync(new List<UserFavoriteRoomEntity> { Room("user-2", "charlie@contoso.com", "Charlie"), Room("user-2", "delta@contoso.com", "Delta") }), "AddBatchAsync answers true");
        Check.Equal("Charlie,Delta", Names(await store.GetAsync("user-2")), "and inserts every room");
        await Check.ThrowsAsync<Exception>(() => store.AddBatchAsync(new List<UserFavoriteRoomEntity> { Room("user-2", "echo@contoso.com", "Echo"), Room("user-2", "delta@contoso.com", "Delta 2") }), "AddBatchAsync with a room already stored throws (Insert: StorageException 409)");
        Check.Equal("Charlie,Delta", Names(await store.GetAsync("user-2")), "and writes none of the batch (an entity-group transaction)");

        Check.True(await store.DeleteAllAsync("user-1"), "DeleteAllAsync answers true");
        Check.Equal(0, (await store.GetAsync("user-1")).Count, "and removes every room of the user");
        Check.Equal("Charlie,Delta", Names(await store.GetAsync("user-2")), "and none of another user");
        Check.True(await store.DeleteAllAsync("user-nobody"), "DeleteAllAsync of a user without rooms answers true");
    }
}
