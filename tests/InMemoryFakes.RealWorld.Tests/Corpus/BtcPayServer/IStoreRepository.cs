// Source: https://github.com/btcpayserver/btcpayserver
// Commit: 03345c2886a5
// Licence: MIT
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 2nd of btcpayserver/btcpayserver.
// Path: BTCPayServer.Abstractions/Contracts/IStoreRepository.cs
// Adapted: CheckoutSettings is a test settings class (a store setting is any JSON-serializable class). The file's own
//   #nullable enable is kept.
// Real store: BTCPayServer/Services/Stores/StoreRepository.cs (EF Core StoreSettings rows of (StoreId, Name, JSON
//   Value)): GetSettingAsync<T>(storeId, name) deserializes the row of that store and name as T, or null when there is
//   none; GetSettingsAsync<T>(name) a dictionary from store id to the deserialized setting of that name, for every
//   store that has one; UpdateSetting<T>(storeId, name, obj) writes obj's JSON as that row (an update, an insert when
//   new) and deletes the row when obj is null.
// Shapes: *=5
// First try (ffaa154): incomplete: IMF0001 GetSettingAsync, GetSettingsAsync, UpdateSetting | WRONG: none
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BtcPayServer.IStoreRepositoryCase;

public class CheckoutSettings
{
    public string? Theme { get; set; }
    public bool ShowRecommendedFee { get; set; }
}

[InMemoryFake]
public interface IStoreRepository
{
    Task<T?> GetSettingAsync<T>(string storeId, string name) where T : class;
    Task<Dictionary<string, T?>> GetSettingsAsync<T>(string name) where T : class;
    Task UpdateSetting<T>(string storeId, string name, T obj) where T : class;
}

public static class Smoke
{
    public static async Task RunAsync(IStoreRepository repository)
    {
        Check.Null(await repository.GetSettingAsync<CheckoutSettings>("store1", "Checkout"), "GetSettingAsync of a setting never written is null");
        await repository.UpdateSetting("store1", "Checkout", new CheckoutSettings { Theme = "dark" });
        await repository.UpdateSetting("store2", "Checkout", new CheckoutSettings { Theme = "light" });
        Check.Equal("dark", (await repository.GetSettingAsync<CheckoutSettings>("store1", "Checkout"))?.Theme, "GetSettingAsync reads the store's setting");
        Check.Null(await repository.GetSettingAsync<CheckoutSettings>("store1", "Other"), "GetSettingAsync of another name is null");
        var all = await repository.GetSettingsAsync<CheckoutSettings>("Checkout");
        Check.Equal(2, all.Count, "GetSettingsAsync returns the setting of every store that has it");
        Check.Equal("light", all["store2"]?.Theme, "GetSettingsAsync is keyed by store id");
        await repository.UpdateSetting<CheckoutSettings>("store1", "Checkout", null!);
        Check.Null(await repository.GetSettingAsync<CheckoutSettings>("store1", "Checkout"), "UpdateSetting with null deletes the setting");
    }
}
