// Source: https://github.com/microsoft/AMBROSIA
// Commit: 0087148
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample61 rule, fixed before probing (Corpus/AgentGovernanceToolkit/ISandboxProvider.cs has it in full;
//   docs/generator-rounds.md, "Out-of-sample round h-sample61 (session 25)", the walk). After Agent365-devTools in
//   find_repos("microsoft/a"): azure-quantum-python, azure-linux-dev-tools, Accera, aerial_wildlife_detection,
//   Agent365-nodejs, amplifier-foundation, azure-spring-boot, ApplicationInsights-iOS, ATADocs.de-de, ATADocs.pt-br,
//   amplifier-bundle-converge: no C# file; AttackSurfaceAnalyzer, appcenter-sdk-unity, ailab, ApplicationInspector,
//   azure-devops-engineering-extensions: no interface of the pattern; ai-dev-gallery: IImageProvider (2 members) and
//   IExternalModelProvider (fixed metadata, models it discovers, chat clients it makes: skipped, as h-sample49 skipped
//   PTVS's IPythonInterpreterFactoryProvider); agent-framework-durable-extension: no snapshot; Agent365-Samples:
//   ICuaModelProvider (2); ApplicationInsights-Kubernetes: three of 1 member each.
//   This one: the 5th pick (AMBROSIA; its one hit, 5 members). The path is a sample app's (XamarinSample, an AMBROSIA
//   "immortal" behind the Xamarin template's data store); the rule excludes only paths containing "test", so it takes it.
// Path: InternalImmortals/XamarinSample/XamarinSample/Services/IDataStore.cs (real store: Services/MockDataStore.cs
//   beside it; model: InternalImmortals/XamarinSample/CommInterfaceClasses/Class1.cs's Item)
// Adapted: the namespaces (one for all); the interface is faked closed over Item, the store's one model
//   ([InMemoryFake(typeof(IDataStore<Item>), MissingUpdate = MissingUpdate.Insert)]); Item without its DataContract attributes. Nullable disabled, as in the
//   source (netstandard2.0, no Nullable).
// Real store: MockDataStore deploys an AMBROSIA immortal (AmbrosiaMockDataStore) that keeps a List<Item>, seeded on its
//   first start with six items of new Guid ids. AddItemAsync(item) forks ImpAddItemAsync through AMBROSIA (the write is
//   logged and applied by the immortal, not awaited), which appends the item (no duplicate check: an Id already stored
//   is stored twice), and answers true. UpdateItemAsync(item) forks a removal of the first item with item's Id, if any,
//   and an append of item (a missing Id is added), true. DeleteItemAsync(id) forks a removal of the first item with that
//   Id, if any, true (also for a missing id). GetItemAsync(id) answers the first item with that Id, or null;
//   GetItemsAsync(forceRefresh) every item (forceRefresh is not read), in list order (an updated item moves to the end).
//   The script reads after writes as the app does once the immortal applied them, and leaves the six seeded items alone.
// Shapes: *=core; GetItemsAsync=20
// Configured: MissingUpdate = MissingUpdate.Insert (UpdateItemAsync of an Id not stored appends the item and answers true).
// First try (ac6de91): incomplete: IMF0001 AddItemAsync (a bool add whose name does not say what a taken key does: this
//   store keeps both items, which no keyed table does); generated: UpdateItemAsync, DeleteItemAsync, GetItemAsync,
//   GetItemsAsync. The probe stops at AddItemAsync, the script's second line | WRONG: UpdateItemAsync of an Id not stored
//   answered false and stored nothing, where the real store adds the item and answers true; DeleteItemAsync of an Id not
//   stored answers false, where the real store answers true (as Corpus/MauiSamples/IDataStore.cs, the same template).
// After this round: still incomplete (AddItemAsync, rightly refused: the repeated Id stored twice). MissingUpdate = Insert
//   (a setting that exists) makes the update right. Since h-review28 UpdateItemAsync is refused too (IMF0001, and the
//   setting IMF0010 beside it): under MissingUpdate = Insert the fake's bool update answered true only when it created
//   the item, false for a stored Id, where this store answers true either way (the script's first update).
// Still wrong: DeleteItemAsync of an Id not stored answers false (the real one answers true whatever it removed; a bool
//   removal means "removed" everywhere else, and no signature says a store answers true for nothing).
// After h-review32 (session 32): the attribute now carries the MissingUpdate = Insert the header named: it had been left
//   bare since the first round (Adapted and Configured said otherwise), so UpdateItemAsync was generated as the plain
//   bool update, which answers false and stores nothing for an Id not stored, where the real store appends the item
//   and answers true (silently different). With the setting it is refused, as the paragraph above says (a bool update
//   under Insert answers true only when it inserts).
// After h-oblivious (session 29): still incomplete (other members); GetItemAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Ambrosia.IDataStoreCase;

public class Item
{
    public string Id { get; set; }
    public string Text { get; set; }
    public string Description { get; set; }
}

public interface IDataStore<T>
{
    Task<bool> AddItemAsync(T item);
    Task<bool> UpdateItemAsync(T item);
    Task<bool> DeleteItemAsync(string id);
    Task<T> GetItemAsync(string id);
    Task<IEnumerable<T>> GetItemsAsync(bool forceRefresh = false);
}

[InMemoryFake(typeof(IDataStore<Item>), MissingUpdate = MissingUpdate.Insert)]
public partial class ItemDataStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IDataStore<Item> store)
    {
        var before = (await store.GetItemsAsync()).Count();
        Check.True(await store.AddItemAsync(new Item { Id = "a1", Text = "Milk" }), "AddItemAsync answers true");
        Check.Equal("Milk", (await store.GetItemAsync("a1"))?.Text, "GetItemAsync finds the item by Id");
        Check.Null(await store.GetItemAsync("none"), "GetItemAsync of an Id not stored is null");
        Check.Equal(before + 1, (await store.GetItemsAsync(true)).Count(), "GetItemsAsync lists every item");

        Check.True(await store.UpdateItemAsync(new Item { Id = "a1", Text = "Oat milk" }), "UpdateItemAsync of a stored Id answers true");
        Check.Equal("Oat milk", (await store.GetItemAsync("a1"))?.Text, "and replaces the item");
        Check.True(await store.UpdateItemAsync(new Item { Id = "b2", Text = "Bread" }), "UpdateItemAsync of an Id not stored answers true");
        Check.Equal("Bread", (await store.GetItemAsync("b2"))?.Text, "and adds the item");

        Check.True(await store.AddItemAsync(new Item { Id = "b2", Text = "Rye bread" }), "AddItemAsync of a stored Id answers true");
        Check.Equal(before + 3, (await store.GetItemsAsync()).Count(), "and stores a second item with that Id");
        Check.Equal("Bread", (await store.GetItemAsync("b2"))?.Text, "GetItemAsync answers the first of them");

        Check.True(await store.DeleteItemAsync("a1"), "DeleteItemAsync of a stored Id answers true");
        Check.Null(await store.GetItemAsync("a1"), "and removes the item");
        Check.True(await store.DeleteItemAsync("a1"), "DeleteItemAsync of an Id not stored answers true too");
    }
}
