// Source: https://github.com/smartstore/Smartstore
// Commit: 087de664d084
// Licence: AGPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 2nd of smartstore/Smartstore.
// Path: src/Smartstore.Core/Content/Menus/Services/IMenuStorage.cs (models: Content/Menus/Domain/MenuInfo.cs,
//   MenuItemEntity.cs, Identity/Domain/CustomerRole.cs, src/Smartstore/Caching/ISet.cs)
// Adapted: Smartstore's ISet (a cache-backed set of strings) keeps Contains and Count; CustomerRole keeps Id, Active,
//   SystemName; MenuItemEntity keeps Id, MenuId, ParentItemId, Title.
// Real store: src/Smartstore.Core/Content/Menus/Services/MenuStorage.cs (EF Core behind a cache): MenuExistsAsync(
//   systemName) is false for an empty name, else whether the published menus of the current store include one with
//   that SystemName; GetMenuSystemNamesAsync(ensureCreated, storeId) those system names (read from the cache, filled
//   from the database when ensureCreated or already cached); GetUserMenuInfosAsync(roles, storeId) the menus visible to
//   the roles (the current customer's when null) in the store (the current one when null), sorted; DeleteMenuItemAsync
//   (item, deleteChilds) deletes the item, and its descendants when deleteChilds, then invalidates the cache.
// Shapes: *=core; DeleteMenuItemAsync=8
// First try (ffaa154): incomplete: IMF0001 GetUserMenuInfosAsync, GetMenuSystemNamesAsync, DeleteMenuItemAsync |
//   WRONG: none (MenuExistsAsync is generated as the existence of a key: the system name)
// After session 35 (h-refusals35): no refusal offers Kind = StoreKind.EntityRepository any more (the note ended all
//   3): read under that setting none of these members is generated, and a refusal names a setting only where
//   it would generate the member. No outcome changed.
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Smartstore.IMenuStorageCase;

public interface ISet : IEnumerable<string>
{
    bool Contains(string value);
    int Count { get; }
}

public class MenuInfo
{
    public int Id { get; set; }
    public string SystemName { get; set; }
    public string Template { get; set; }
    public string[] WidgetZones { get; set; } = [];
    public int DisplayOrder { get; set; }
}

public class CustomerRole
{
    public int Id { get; set; }
    public bool Active { get; set; }
    public string SystemName { get; set; }
}

public class MenuItemEntity
{
    public int Id { get; set; }
    public int MenuId { get; set; }
    public int ParentItemId { get; set; }
    public string Title { get; set; }
}

[InMemoryFake]
public partial interface IMenuStorage
{
    Task<IEnumerable<MenuInfo>> GetUserMenuInfosAsync(IEnumerable<CustomerRole> roles = null, int? storeId = null);
    Task<bool> MenuExistsAsync(string systemName);
    Task<ISet> GetMenuSystemNamesAsync(bool ensureCreated, int? storeId = null);
    Task DeleteMenuItemAsync(MenuItemEntity item, bool deleteChilds = true);
}

public static class Smoke
{
    public static async Task RunAsync(IMenuStorage storage)
    {
        Check.False(await storage.MenuExistsAsync("Main"), "MenuExistsAsync with no menus is false");
        Check.False(await storage.MenuExistsAsync(""), "MenuExistsAsync of an empty name is false");
        Check.Equal(0, (await storage.GetMenuSystemNamesAsync(true, 1)).Count, "GetMenuSystemNamesAsync with no menus is empty");
        Check.Equal(0, (await storage.GetUserMenuInfosAsync(new[] { new CustomerRole { Id = 1, Active = true } }, 1)).Count(), "GetUserMenuInfosAsync with no menus is empty");
        await storage.DeleteMenuItemAsync(null);
    }
}
