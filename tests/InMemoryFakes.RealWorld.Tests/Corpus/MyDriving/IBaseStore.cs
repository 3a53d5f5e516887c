// Source: https://github.com/Azure-Samples/MyDriving
// Commit: b6a53187938c
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample42 rule 2, fixed before probing (Corpus/AzureIntelligentEdgePatterns/IImageEventRepository.cs has
//   both rules in full: rule 1, nine search queries, picked nothing Microsoft's; rule 2, the Azure-Samples repositories
//   find_repos answers, first *Repository/Repo/Store/Storage/StorageService/Cache/CacheProvider interface in path order
//   with >= 3 members, 1 per repository, stop after 3). This one: rule 2, the 3rd pick (MyDriving; its first in path
//   order, 10 members; IHubIOTStore, IPOIStore, IPhotoStore, ITripPointStore, ITripStore and IUserStore extend it).
// Path: src/MobileApps/MyDriving/MyDriving.DataStore.Abstractions/IBaseStore.cs (real store:
//   MyDriving.DataStore.Azure/Stores/BaseStore.cs, over an Azure Mobile Apps offline sync table
//   (IMobileServiceSyncTable<T>, a local SQLite store pushed and pulled by SyncAsync); closed over Photo, whose store
//   is PhotoStore.cs there (Identifier "Photo", SyncAsync answers true without syncing, everything else BaseStore's);
//   model: MyDriving.DataObjects/Photo.cs, BaseDataObject.cs)
// Adapted: the namespace; Photo without ObservableObject (its base's change notification). Faked closed over Photo on
//   a partial class ([InMemoryFake(typeof(IBaseStore<Photo>))]), as IMF0008 asks of the open interface (T has no
//   constraint). Nullable disabled, as in the source (a portable library, C# 6).
// Real store: PhotoStore on BaseStore<Photo>. Identifier: "Photo" (BaseStore's is "Items"; the other stores name
//   their table). InitializeStoreAsync: initializes the store manager once (nothing stored changes).
//   GetItemsAsync(skip, take, forceRefresh): every photo of the local table, Table.ToEnumerableAsync(): skip and take
//   are NOT applied (only TripStore's override uses them); forceRefresh syncs first. GetItemAsync(id):
//   Table.LookupAsync(id): the photo, or null. InsertAsync(item): inserts into the local table, then syncs; true.
//   UpdateAsync(item): updates the local row, then syncs; true. RemoveAsync(item): deletes the local row, then syncs;
//   true, or false when anything threw (caught and logged). RemoveItemsAsync(items): result = result && await
//   RemoveAsync(item) for each: true when every removal did; after the first false, the rest are not even tried
//   (&& short-circuits). SyncAsync: true (PhotoStore's override). DropTable(): forgets the cached table reference and
//   answers true: the rows stay (the next call resolves the same sync table again).
// First try (f04f4fc): incomplete: as written ([InMemoryFake] on the open interface) IMF0008 (T has no constraint with
//   a key); closed over Photo on a partial class as IMF0008 says (the file's form): IMF0001 Identifier (a string
//   property), InitializeStoreAsync, SyncAsync and DropTable (verbs no convention knows), GetItemsAsync (`skip` and
//   `take` beside `forceRefresh`, which the conventions do not read), InsertAsync (an add returning bool: TakenKeyAdds
//   unstated), RemoveItemsAsync (a range removal returning bool). Generated: GetItemAsync (the photo, or null),
//   UpdateAsync (Task<bool>), RemoveAsync (Task<bool>: whether it removed one). The probe stops at InitializeStoreAsync,
//   the script's first line | WRONG: none found (a copy of the script that seeds three photos and then runs
//   GetItemAsync, UpdateAsync and RemoveAsync passes).
// After this round: unchanged. The refusals are right for this store: its GetItemsAsync applies neither skip nor take
//   (a fake that paged would have been silently wrong), DropTable keeps every row, and SyncAsync, InitializeStoreAsync
//   and Identifier are the sync client's. Not in the script: RemoveAsync of a photo not stored (false here; the real
//   one answers false only when the sync table throws, and whether a delete of an unknown id throws is the Mobile Apps
//   client's), InsertAsync of a taken Id and UpdateAsync of a photo not stored (the sync table's own rules), so no
//   TakenKeyAdds or MissingUpdate setting is stated.
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

namespace Corpus.MyDriving.IBaseStoreCase;

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

public class Photo : BaseDataObject
{
    public string TripId { get; set; }

    public string PhotoUrl { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public DateTime TimeStamp { get; set; }
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

[InMemoryFake(typeof(IBaseStore<Photo>))]
public partial class PhotoStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IBaseStore<Photo> store)
    {
        await store.InitializeStoreAsync();
        Check.Equal(0, (await store.GetItemsAsync()).Count(), "GetItemsAsync of an empty table is empty");
        var a = new Photo { TripId = "trip-1", PhotoUrl = "https://example.org/a.jpg", TimeStamp = new DateTime(2016, 3, 30, 9, 0, 0, DateTimeKind.Utc) };
        var b = new Photo { TripId = "trip-1", PhotoUrl = "https://example.org/b.jpg", TimeStamp = new DateTime(2016, 3, 30, 9, 5, 0, DateTimeKind.Utc) };
        var c = new Photo { TripId = "trip-2", PhotoUrl = "https://example.org/c.jpg", TimeStamp = new DateTime(2016, 3, 31, 9, 0, 0, DateTimeKind.Utc) };
        Check.True(await store.InsertAsync(a), "InsertAsync answers true");
        Check.True(await store.InsertAsync(b), "for each photo");
        Check.True(await store.InsertAsync(c), "inserted");

        Check.Equal("https://example.org/a.jpg", Check.NotNull(await store.GetItemAsync(a.Id), "GetItemAsync finds an inserted photo").PhotoUrl, "by its Id");
        Check.Null(await store.GetItemAsync(Guid.NewGuid().ToString()), "GetItemAsync of an unknown id is null (LookupAsync)");
        Check.Equal(3, (await store.GetItemsAsync()).Count(), "GetItemsAsync returns every photo");

        a.PhotoUrl = "https://example.org/a2.jpg";
        Check.True(await store.UpdateAsync(a), "UpdateAsync answers true");
        Check.Equal("https://example.org/a2.jpg", (await store.GetItemAsync(a.Id)).PhotoUrl, "and writes the photo");

        Check.True(await store.SyncAsync(), "SyncAsync answers true (PhotoStore's)");
        Check.True(await store.RemoveAsync(c), "RemoveAsync of a stored photo answers true");
        Check.Null(await store.GetItemAsync(c.Id), "and removes it");
        Check.True(await store.DropTable(), "DropTable answers true");
        Check.Equal(2, (await store.GetItemsAsync()).Count(), "and keeps the rows: it only forgets the cached table reference");
        Check.True(await store.RemoveItemsAsync(new[] { a, b }), "RemoveItemsAsync of stored photos answers true");
        Check.Equal(0, (await store.GetItemsAsync()).Count(), "and removes them");
        Check.Equal("Photo", store.Identifier, "Identifier names the photo table");

        for (var i = 0; i < 3; i++)
        {
            await store.InsertAsync(new Photo { TripId = "trip-3", PhotoUrl = "https://example.org/" + i + ".jpg" });
        }

        Check.Equal(3, (await store.GetItemsAsync(skip: 1, take: 1)).Count(), "GetItemsAsync applies neither skip nor take: every photo");
    }
}
