// Source: https://github.com/NalydddNobel/AQMod
// Commit: f823418776e7
// Licence: MIT for the code (the repository's notice keeps non-code content, art and sounds, under its creators'
//   copyright; an interface signature and minimal models transcribed for a test)
// Sample: h-sample70 rule, fixed before probing: the repositories find_repos("Ddd") lists, in its order, keeping those
//   with C# files (then find_repos("DDD.") and find_repos("Domain") if that list runs out); in each, at its newest
//   stored snapshot (fetch, then git grep, paths sorted ordinally), the first C# interface outside test paths that has
//   at least 3 members and whose implementation in the same repository keeps state (a database, cache, blob, table,
//   in-memory collection: read as the members reading or writing records the implementation holds or hands on to such
//   a store); not a corpus source already; a licence that allows transcribing a signature (no licence file: skipped);
//   at most 1 per repository; stop after 6. Skipped, in order: next-step/ddd-tactical-design, DDD-Enterprises/dopemux-mvp,
//   next-step/ddd-legacy, wwwwodddd/Zukunft, Geolid/symfony-ddd-cqrs-es, dddjava/jig, DragoniteSpam/DDDEditorGMS2,
//   changja88/dddjango, BakhodiribnYashinibnMansur/go-ddd-clean-template, babinecd722-dot/dddddddddddddddddddd,
//   wangyonghui888/ddd, pkmStudio/vehicles-ddd, iaammssssstupiddddd-commits/hell-workers, Cahmoraes/clean-arch-solid-ddd,
//   ddd-4-java/ddd4j, visual-ddd/ddd-code-generator, Neiland85/a4co-ddd-microservices, qpjoy/de-llaaddddeerr,
//   liuxd6825/dapr-go-ddd-sdk, masterdddgznu-bit/PairWise, dddd2024/Nerelan, ddd-mall/j-store, dayatang/dddlib,
//   xingkaixin/dddlbuilder, miguelperezcolom/ddd-bolierplate-generator, vytches/ddd, blaidddwr/socref,
//   training-practice-sofkau/C1-2023--DDD-Uruguay, esgi-lyon/question-ddd, spring-ddd-project/spring-ddd,
//   kiana0512/liclick_modddif, CodelyTV/php-ddd-example, TangibleInc/tangible-ddd and ashrafemon/ddd-boilerplate hold no
//   .cs file (Java, Kotlin, PHP, Go, TypeScript, Python, GameMaker; jackooo-dddd/RTS has no snapshot and lists none);
//   DDDHL0704/riftbound, DijanaPenic/DDD-VShop and cccdddcjwrght/dev (only vendored third-party licences) have no
//   licence file. The "Ddd" list gives all 6, in order: AQMod ICustomStorage; baranacikgoz modular-monolith-ddd-vsa-webapi
//   IBackgroundJobs; DylanSnel DDDToolkit IDDDBuilder; falberthen EcommerceDDD ITokenRequester; xavierjohn FunctionalDDD
//   (Trellis) Recipe 16's IOrderRepository; richardchanjr90-cpu ddd-by-example IDbContext.
//   This one: the 1st pick (the 3rd of find_repos("Ddd"), a Terraria mod). Before it in path order: game hooks
//   (IOnAddBuff, IScanInfo, IDrawSystem, ITileAnimation…), none with state of records, and IIDEntry (one content entry's
//   own name and id, no collection).
// Path: Common/Entities/Containers/ICustomStorage.cs (real store: Content/Systems/Keys/Keychains/Keychain.cs through
//   IStorageItem, handing on to KeychainPlayer.cs's list of keys)
// Adapted: Terraria's Item cut to its type, stack and IsAir; Player, Texture2D and ReLogic's Asset<T> to empty classes;
//   InventoryBackTexture's default reads a stub TextureAssets.InventoryBack5 here (Terraria.GameContent's in the source).
//   Nullable enabled, as in the source (Aequus.csproj).
// Real store: Keychain, over the local player's KeychainPlayer.keys (a List<Item>, at most 20 stacks). Items hands out the
//   keys held (emptied ones trimmed first), then one null slot while fewer than 20 are held. TransferItems(player,
//   acceptedItem, itemInSlot, slot) gives the key to the player's keychain: it stacks onto a held key of the same type,
//   or is added as a new stack (a clone), the accepted item turned to air; the slot is not used. CanTransferItems
//   answers whether the item's type is a key of the keychain database; Open, Close and UpdateUI keep their empty
//   defaults, InventoryBackTexture its default.
// Shapes: *=none
// First try (0487eace): incomplete: IMF0009 on Items (Item has no key), no fake generated | WRONG: none (nothing
//   generated).
// After this round: unchanged, and the refusal is right: a game inventory of item stacks (a second key of a held type
//   stacks onto it, a list keeps the order), with no property that names one stored item.
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AQMod.ICustomStorageCase;

public class Item
{
    public int type;
    public int stack;

    public bool IsAir => type == 0 || stack <= 0;
}

public class Player
{
}

public class Texture2D
{
}

public class Asset<T>
    where T : class
{
}

public static class TextureAssets
{
    public static Asset<Texture2D> InventoryBack5 { get; } = new();
}

[InMemoryFake]
public interface ICustomStorage {
    IEnumerable<Item> Items { get; }
    Asset<Texture2D> InventoryBackTexture => TextureAssets.InventoryBack5;

    void Open(Player player) { }
    void Close(Player player) { }
    void UpdateUI() { }
    bool CanTransferItems(Player player, Item itemToAccept, Item? itemInSlot, int slot) { return true; }
    void TransferItems(Player player, Item acceptedItem, Item itemInSlot, int slot);
}

public static class Smoke
{
    public static Task RunAsync(ICustomStorage storage)
    {
        var player = new Player();
        Check.Null(storage.Items.Single(), "an empty keychain shows one empty slot");
        var goldenKey = new Item { type = 327, stack = 1 };
        storage.TransferItems(player, goldenKey, null!, 0);
        var items = storage.Items.ToList();
        Check.Equal(327, items[0].type, "TransferItems adds the key to the keychain");
        Check.Null(items[1], "followed by the empty slot");
        Check.True(goldenKey.IsAir, "the accepted item is taken (turned to air)");
        storage.TransferItems(player, new Item { type = 327, stack = 2 }, items[0], 0);
        Check.Equal(3, storage.Items.First()!.stack, "a key of a type already held stacks onto it");
        Check.Equal(2, storage.Items.Count(), "still one stack and the empty slot");
        return Task.CompletedTask;
    }
}
