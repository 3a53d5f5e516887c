// Source: https://github.com/Azure-Samples/openhack-devops-proctor
// Commit: 66aebfc
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample42 rule 2, continued by h-sample43 (session 20) as fixed there, before probing
//   (Corpus/AzureIntelligentEdgePatterns/IImageEventRepository.cs has both rules in full: the Azure-Samples repositories
//   find_repos answers, in that order, first *Repository/Repo/Store/Storage/StorageService/Cache/CacheProvider
//   interface in ordinal path order with >= 3 members, outside paths containing "test", 1 per repository). After the
//   4th and 5th picks (Corpus/LegacyModernizationAgents/IMigrationRepository.cs, Corpus/AIVideoIntelligence/IStorage.cs)
//   the order went on: azure-nvidia-robotics-reference-architecture, media-services-v3-dotnet none; then this one:
//   rule 2, the 6th pick (openhack-devops-proctor; its first in path order of three IBaseStore<T> (the simulator's API
//   and Abstractions copies, and tripviewer's), 6 members; not MyDriving's IBaseStore<T>, which has 10).
//   (Between miyagi and AI-Video-Intelligence-Solution-Accelerator, which h-sample42's list did not name, this round
//   checked azure-batch-samples, data-lake-dotnet-client, AzureStorageSnippets, communication-services-virtual-visits-js,
//   azure-search-openai-demo-csharp, azure-search-power-skills, Cognitive-Services-Voice-Assistant,
//   azure-ml-federated-learning and azure-video-indexer-samples: none; azure-finops-agent has no snapshot here.)
// Path: simulator/Simulator.DataStore.API/Interfaces/IBaseStore.cs (real store, closed over Trip:
//   simulator/Simulator.DataStore.API/Stores/TripStore.cs on BaseStore.cs, an HttpClient to the team's trips API (Go,
//   Azure-Samples/openhack-devops-team apis/trips/tripsgo/tripService.go and queries.go over SQL Server); model:
//   simulator/Simulator.DataStore.API/DataObjects/Trip.cs)
// Adapted: the namespace; Trip cut to Id, Name, UserId, Rating, IsComplete, Distance (the JSON names and the serializer
//   dropped). Faked closed over Trip on a partial class, as IMF0008 asks of the open interface (T has no constraint).
//   Nullable disabled, as in the source.
// Real store: TripStore. InitializeStore(endPoint): a new HttpClient for the endpoint (nothing stored changes; the
//   constructor calls it). CreateItemAsync(trip): POST api/trips: the API inserts a row (the database makes the Id,
//   OUTPUT Inserted.ID; an Id the caller set is ignored) and returns the trip with that Id. GetItemAsync(id): the trip,
//   or null (a row not found, or soft-deleted: 404, and the client returns null). GetItemsAsync: every trip not
//   deleted. UpdateItemAsync(trip): PATCH api/trips/{Id}: UPDATE of every column WHERE Id (a row not stored: 0 rows,
//   still 200): true (a failed request throws HttpRequestException). DeleteItemAsync(trip): DELETE api/trips/{Id}: a
//   soft delete (Deleted = 1, of the trip's points too), 200 whatever it matched: true.
// First try (d383b30): incomplete, closed over Trip on a partial class as IMF0008 says (the file's form; as written,
//   [InMemoryFake] on the open interface, IMF0008: T has no constraint with a key): IMF0001 InitializeStore and
//   GetItemsAsync ("'GetItems' is not a known verb"). Generated: GetItemAsync (the trip, or null), CreateItemAsync (an
//   add keyed by the trip's Id, returning it), UpdateItemAsync and DeleteItemAsync (Task<bool>: whether a trip was
//   written or removed). The probe fails at the script's first line: CreateItemAsync of a trip with no Id throws
//   ArgumentNullException (loud; the real API makes the Id) | WRONG, not reached by the probe: CreateItemAsync of a trip
//   whose Id is set stores it under that Id, where the database makes a new one; UpdateItemAsync of a trip not stored
//   answers false (the probe after this round shows it) and DeleteItemAsync of a trip already deleted answers false
//   (a removal's bool: whether it removed one), where the real store answers true for both (the API answers 200
//   whatever its UPDATE matched).
// After this round: GetItemsAsync is generated (every trip): a bare list verb and a neutral plural with no parameters
//   and a list of the entity now list every entity, as Get() and GetAllItems() did (docs/generator.md, entity
//   conventions; NeutralPluralListTests). With the key configured (below) the probe passes CreateItemAsync,
//   GetItemAsync, GetItemsAsync and the update of a stored trip, and stops at UpdateItemAsync of a trip not stored
//   (false here, true there). Still incomplete (InitializeStore, rightly: an HTTP client's endpoint).
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Replace: the trips API inserts without the Id and returns the one the
//   database made (OUTPUT Inserted.ID), whatever the caller set; the setting gives every added trip a new Guid string.
// Still wrong: UpdateItemAsync and DeleteItemAsync answer whether they found the trip, where this store answers true
//   for any 200 (its API reports no match); no signature says a bool is always true, and no setting states it.
// After h-oblivious (session 29): still incomplete (other members); GetItemAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
// After h-smoke38 (session 38): DeleteItemAsync, UpdateItemAsync carry IMF0029 (Info): an update or a removal by
//   entity answering bool or a count answers false for an entity that is not stored (the documented default), where
//   EF Core's Update/Remove + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would
//   state which. The attribute is left as it was: the outcome and the generated code are unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OpenhackDevopsProctor.IBaseStoreCase;

public partial class Trip
{
    public string Id { get; set; }
    public string Name { get; set; }
    public string UserId { get; set; }
    public long Rating { get; set; }
    public bool IsComplete { get; set; }
    public double Distance { get; set; }
}

public interface IBaseStore<T>
{
    Task InitializeStore(string EndPoint);
    Task<T> GetItemAsync(string id);
    Task<List<T>> GetItemsAsync();
    Task<T> CreateItemAsync(T item);
    Task<bool> UpdateItemAsync(T item);
    Task<bool> DeleteItemAsync(T item);
}

[InMemoryFake(typeof(IBaseStore<Trip>), PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public partial class TripStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IBaseStore<Trip> store)
    {
        var a = await store.CreateItemAsync(new Trip { Name = "Morning", UserId = "user-1", Distance = 12.5 });
        Check.False(string.IsNullOrEmpty(a.Id), "CreateItemAsync returns the trip with the Id the database made");
        var b = await store.CreateItemAsync(new Trip { Id = "preset", Name = "Evening", UserId = "user-1" });
        Check.True(b.Id != "preset" && b.Id != a.Id, "a new Id for each trip, whatever Id the caller set");

        Check.Equal("Morning", Check.NotNull(await store.GetItemAsync(a.Id), "GetItemAsync finds a created trip").Name, "by its Id");
        Check.Null(await store.GetItemAsync(Guid.NewGuid().ToString()), "GetItemAsync of an unknown id is null (404)");
        Check.Equal(2, (await store.GetItemsAsync()).Count, "GetItemsAsync returns every trip");

        a.Name = "Commute";
        Check.True(await store.UpdateItemAsync(a), "UpdateItemAsync answers true");
        Check.Equal("Commute", (await store.GetItemAsync(a.Id)).Name, "and writes the trip");
        var unknown = new Trip { Id = Guid.NewGuid().ToString(), Name = "Ghost" };
        Check.True(await store.UpdateItemAsync(unknown), "UpdateItemAsync of a trip not stored answers true too (an UPDATE of no row)");
        Check.Null(await store.GetItemAsync(unknown.Id), "and stores nothing");

        Check.True(await store.DeleteItemAsync(b), "DeleteItemAsync answers true");
        Check.Null(await store.GetItemAsync(b.Id), "and the trip is gone");
        Check.Equal(1, (await store.GetItemsAsync()).Count, "from the list too");
        Check.True(await store.DeleteItemAsync(b), "DeleteItemAsync of a trip already deleted answers true (200 whatever it matched)");

        await store.InitializeStore("http://localhost:8080");
        Check.Equal(1, (await store.GetItemsAsync()).Count, "InitializeStore keeps every trip (a new client to the same API)");
    }
}
