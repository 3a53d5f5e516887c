// Source: https://github.com/microsoft/developer-immersion-data
// Commit: 19161924eea8 (the interface last changed in 2a6c8e99a888)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample64 rule, fixed before probing (written in full in Corpus/CodeChallenges/IPersonRepository.cs).
//   This one: the 6th pick (developer-immersion-data; its first hit in path order, 3 members; a payload web app of a
//   lab, which the rule, excluding only paths containing "test", keeps).
// Path: source/sp-gda/gdaexpericence2/PayloadData/azure-cosmos-db-graph-api/Web.NetCore/GraphExplorer/Utilities/
//   IRepository.cs (real store: FileSystemRepository.cs beside it, a JSON file under App_Data; model: Models/
//   GraphSettings.cs; the callers: Controllers/api/SettingsController.cs and QueryController.cs)
// Adapted: the namespaces (one for all); the interface made public (it is internal, beside a public implementation).
//   GraphSettings with its three properties, Newtonsoft's JsonProperty names dropped. Nullable disabled, as in the source
//   (net451).
// Real store: FileSystemRepository<T>, a Dictionary<string, T> read from a JSON file (App_Data/graphsettings.json for
//   the settings) and written back whole after each change, keyed by the collection id (ordinal). GetItemAsync(
//   collectionId) answers the item of that collection; for a collection with none it stores and answers the file's
//   "__defaultItem" (the shipped files hold one), and throws KeyNotFoundException when the file holds no default item.
//   CreateOrUpdateItemAsync(item, collectionId) adds or overwrites the collection's item. DeleteItemAsync(id,
//   collectionId) removes the collection's item, nothing when there is none; id is not used (SettingsController passes
//   the constant "__settings").
// Shapes: *=4; DeleteItemAsync=4; GetItemAsync=12
// First try (f923f300): incomplete: IMF0001 on CreateOrUpdateItemAsync (the value before the key) and DeleteItemAsync
//   (collectionId after a key read as 'id'); GetItemAsync generated | WRONG: GetItemAsync of a collection with no item
//   answers null (an oblivious read), where the real store answers and stores the file's "__defaultItem", or throws
//   KeyNotFoundException when the file holds none (the probe stops at the script's first line, the refused write).
// After this round: unchanged. DeleteItemAsync is rightly refused: its id is not used and the collection is the key,
//   which only the code shows. The write takes the value before the key, which no convention reads. The read's default
//   item is the file's own content; MissingKeyReads = NotFound with NotFoundException = typeof(KeyNotFoundException) would
//   state the case without one, not stated since the shipped files hold a default.
// After h-oblivious2 (session 30): still incomplete (other members); GetItemAsync answers default for a missing key as
//   before, now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing
//   key, and stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store
//   answers the file's default item for a collection with none, or throws KeyNotFoundException when the file holds no
//   default item: the fake's default differs, which the Info now says (`MissingKeyReads = MissingKeyRead.NotFound` with
//   `NotFoundException = typeof(KeyNotFoundException)` states the second case).
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DeveloperImmersionData.IRepositoryCase;

public class GraphSettings
{
    public object IconGroups { get; set; }

    public object Options { get; set; }

    public bool ShowEdgeLabel { get; set; }
}

[InMemoryFake]
public interface IRepository<T>
{
    Task<T> GetItemAsync(string collectionId);
    Task CreateOrUpdateItemAsync(T item, string collectionId);
    Task DeleteItemAsync(string id, string collectionId);
}

public static class Smoke
{
    public static async Task RunAsync(IRepository<GraphSettings> settings)
    {
        await settings.CreateOrUpdateItemAsync(new GraphSettings { ShowEdgeLabel = true }, "persons");
        await settings.CreateOrUpdateItemAsync(new GraphSettings { ShowEdgeLabel = false }, "planets");
        Check.True((await settings.GetItemAsync("persons")).ShowEdgeLabel, "GetItemAsync answers the collection's item");
        Check.False((await settings.GetItemAsync("planets")).ShowEdgeLabel, "each collection its own");

        await settings.CreateOrUpdateItemAsync(new GraphSettings { ShowEdgeLabel = false }, "persons");
        Check.False((await settings.GetItemAsync("persons")).ShowEdgeLabel, "CreateOrUpdateItemAsync overwrites the collection's item");

        await settings.DeleteItemAsync("__settings", "persons");
        await Check.ThrowsAsync<KeyNotFoundException>(() => settings.GetItemAsync("persons"), "DeleteItemAsync removes the collection's item (the id is not used); with no default item in the file a read of it throws");
        Check.False((await settings.GetItemAsync("planets")).ShowEdgeLabel, "the other collection's item stays");
        await settings.DeleteItemAsync("__settings", "persons");
        await settings.DeleteItemAsync("planets", "nowhere");
        Check.False((await settings.GetItemAsync("planets")).ShowEdgeLabel, "a delete of a collection with no item does nothing, whatever id it names");
    }
}
