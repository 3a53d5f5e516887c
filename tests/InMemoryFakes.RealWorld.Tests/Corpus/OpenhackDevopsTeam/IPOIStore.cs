// Source: https://github.com/Azure-Samples/openhack-devops-team
// Commit: 4699af386cb3
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample63 rule (Corpus/CognitiveServicesSpeechSdk/IStorageConnector.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 8th and last pick (openhack-devops-team,
//   whose MobileApps/MyDriving is a copy of Azure-Samples/MyDriving; in path order IAccelerometerListener, IAzureClient
//   (1 member), IBaseDataObject (a model), IBaseStore<T> (a copy of Corpus/MyDriving/IBaseStore.cs) and IHubIOTStore (a
//   copy of this round's 3rd pick, byte for byte but line endings), then this one: 1 member of its own and
//   IBaseStore<POI>'s ten).
// Path: MobileApps/MyDriving/MyDriving.DataStore.Abstractions/IPOIStore.cs (base: IBaseStore.cs beside it; real store:
//   MyDriving.DataStore.Azure/Stores/POIStore.cs on BaseStore.cs, an Azure Mobile Apps offline sync table; model:
//   MyDriving.DataObjects/POI.cs, POIType.cs, BaseDataObject.cs)
// Adapted: the namespace (one for all); POIType keeps the two values the app records. Nullable disabled, as in the
//   source (a portable library, C# 6).
// Real store: POIStore on BaseStore<POI>: the points of interest (hard brakes, hard accelerations) of the user's trips.
//   GetItemsAsync(tripId): initializes, syncs, then the rows whose TripId equals tripId (Table.CreateQuery().Where(p =>
//   p.TripId == tripId)). The rest is BaseStore's: Identifier "Items" (POIStore does not override it);
//   GetItemsAsync(skip, take, forceRefresh): every row, skip and take NOT applied; GetItemAsync(id): the row or null;
//   InsertAsync, UpdateAsync: true; RemoveAsync: true, false when anything threw; RemoveItemsAsync: RemoveAsync of each
//   while all answered true; SyncAsync: pushes and pulls, false when offline or when the sync throws; DropTable:
//   forgets the table reference, answers true, rows kept.
// Shapes: *=core
// First try (71d37bc): incomplete: IMF0001 Identifier, InitializeStoreAsync, SyncAsync, DropTable, GetItemsAsync(skip,
//   take, forceRefresh), InsertAsync, RemoveItemsAsync (the base interface's seven, as in
//   Corpus/MyDriving/IBaseStore.cs). Generated: GetItemsAsync(tripId) (the rows whose TripId equals it), GetItemAsync,
//   UpdateAsync, RemoveAsync | WRONG: none (the script passes with the seven refused members written as the real
//   store's in a partial class, SyncAsync as online; the corpus probe stops at InitializeStoreAsync, the script's first
//   line).
// After this round: unchanged, and the refusals are right, for the reasons Corpus/MyDriving/IBaseStore.cs gives
//   (GetItemsAsync applies neither skip nor take; DropTable keeps the rows; Identifier, InitializeStoreAsync and
//   SyncAsync are the sync client's; an insert of a taken Id and a range removal's bool are the Mobile Apps table's).
//   The interface's own member, a lookup by a property named as its parameter, is generated right.
// After h-oblivious (session 29): still incomplete (other members); GetItemAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
// After h-smoke38 (session 38): RemoveAsync, UpdateAsync carry IMF0029 (Info): an update or a removal by entity
//   answering bool or a count answers false for an entity that is not stored (the documented default), where EF
//   Core's Update/Remove + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state
//   which. The attribute is left as it was: the outcome and the generated code are unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OpenhackDevopsTeam.IPOIStoreCase;

public interface IBaseDataObject
{
    string Id { get; set; }
}

public class BaseDataObject : IBaseDataObject
{
    public BaseDataObject()
    {
        Id = Guid.NewGuid().ToString();
    }

    public string Id { get; set; }
}

public enum POIType
{
    HardAcceleration = 1,
    HardBrake = 2,
}

public class POI : BaseDataObject
{
    public string TripId { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public POIType POIType { get; set; }
    public DateTime Timestamp { get; set; }
}

public interface IBaseStore<T>
{
    string Identifier { get; }
    Task InitializeStoreAsync();
    Task<IEnumerable<T>> GetItemsAsync(int skip = 0, int take = 100, bool forceRefresh = false);
    Task<T> GetItemAsync(string id);
    Task<bool> InsertAsync(T item);
    Task<bool> UpdateAsync(T item);
    Task<bool> RemoveAsync(T item);
    Task<bool> RemoveItemsAsync(IEnumerable<T> items);
    Task<bool> SyncAsync();
    Task<bool> DropTable();
}

[InMemoryFake]
public interface IPOIStore : IBaseStore<POI>
{
    Task<IEnumerable<POI>> GetItemsAsync(string tripId);
}

public static class Smoke
{
    public static async Task RunAsync(IPOIStore store)
    {
        await store.InitializeStoreAsync();
        Check.Equal("Items", store.Identifier, "Identifier is BaseStore's \"Items\" (POIStore does not override it)");
        var brake = new POI { TripId = "trip-1", POIType = POIType.HardBrake, Latitude = 47.64, Longitude = -122.13, Timestamp = new DateTime(2016, 3, 30, 9, 0, 0, DateTimeKind.Utc) };
        var accel = new POI { TripId = "trip-1", POIType = POIType.HardAcceleration, Latitude = 47.65, Longitude = -122.14, Timestamp = new DateTime(2016, 3, 30, 9, 2, 0, DateTimeKind.Utc) };
        var other = new POI { TripId = "trip-2", POIType = POIType.HardBrake, Latitude = 47.70, Longitude = -122.20, Timestamp = new DateTime(2016, 3, 31, 9, 0, 0, DateTimeKind.Utc) };
        Check.True(await store.InsertAsync(brake), "InsertAsync answers true");
        Check.True(await store.InsertAsync(accel), "for each point of interest");
        Check.True(await store.InsertAsync(other), "inserted");

        var trip1 = (await store.GetItemsAsync("trip-1")).Select(p => p.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Check.Equal(string.Join(",", new[] { brake.Id, accel.Id }.OrderBy(id => id, StringComparer.Ordinal)), string.Join(",", trip1), "GetItemsAsync(tripId) answers the trip's points (Where(p => p.TripId == tripId))");
        Check.Equal(0, (await store.GetItemsAsync("trip-9")).Count(), "and none for a trip without any");
        Check.Equal(HardBrake(), Check.NotNull(await store.GetItemAsync(brake.Id), "GetItemAsync finds an inserted point").POIType, "by its Id");
        Check.Null(await store.GetItemAsync(Guid.NewGuid().ToString()), "GetItemAsync of an unknown id is null (LookupAsync)");
        Check.Equal(3, (await store.GetItemsAsync(skip: 1, take: 1)).Count(), "GetItemsAsync(skip, take) applies neither: every point");

        brake.Latitude = 47.66;
        Check.True(await store.UpdateAsync(brake), "UpdateAsync answers true");
        Check.Equal(47.66, (await store.GetItemAsync(brake.Id)).Latitude, "and writes the point");
        Check.True(await store.RemoveAsync(other), "RemoveAsync of a stored point answers true");
        Check.Null(await store.GetItemAsync(other.Id), "and removes it");
        Check.True(await store.DropTable(), "DropTable answers true");
        Check.Equal(2, (await store.GetItemsAsync("trip-1")).Count(), "and keeps the rows: it only forgets the cached table reference");
        Check.True(await store.RemoveItemsAsync(new[] { brake, accel }), "RemoveItemsAsync of stored points answers true");
        Check.Equal(0, (await store.GetItemsAsync()).Count(), "and removes them");
    }

    private static POIType HardBrake() => POIType.HardBrake;
}
