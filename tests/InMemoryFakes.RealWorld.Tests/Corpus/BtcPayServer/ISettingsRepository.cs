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
//   This one: the 1st of btcpayserver/btcpayserver.
// Path: BTCPayServer.Abstractions/Contracts/ISettingsRepository.cs (the settings classes are two of BTCPay's:
//   BTCPayServer/Services/PoliciesSettings.cs, ThemeSettings.cs, cut down)
// Adapted: PoliciesSettings keeps LockSubscription and RootAppId; ThemeSettings keeps CustomTheme. The file's own
//   #nullable enable is kept.
// Real store: BTCPayServer/Services/SettingsRepository.cs (EF Core rows of (Id, JSON Value) behind an IMemoryCache):
//   GetSettingAsync<T>(name) reads the row whose Id is name, or, when name is null, the type's full name
//   (typeof(T).FullName), and deserializes its JSON as T (null when there is no row); UpdateSetting<T>(obj, name)
//   serializes obj to JSON under name or, when null, obj's runtime type's full name (an update, an insert when the
//   row is new), drops the cache entry and publishes SettingsChanged<T>; WaitSettingsChanged<T>(token) completes with
//   the next settings of type T published by UpdateSetting.
// Shapes: *=5; WaitSettingsChanged=core
// First try (ffaa154): incomplete: IMF0001 GetSettingAsync, UpdateSetting, WaitSettingsChanged | WRONG: none
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BtcPayServer.ISettingsRepositoryCase;

public class PoliciesSettings
{
    public bool LockSubscription { get; set; }
    public string? RootAppId { get; set; }
}

public class ThemeSettings
{
    public string? CustomTheme { get; set; }
}

[InMemoryFake]
public interface ISettingsRepository
{
    Task<T?> GetSettingAsync<T>(string? name = null) where T : class;
    Task UpdateSetting<T>(T obj, string? name = null) where T : class;
    Task<T> WaitSettingsChanged<T>(CancellationToken cancellationToken = default) where T : class;
}

public static class Smoke
{
    public static async Task RunAsync(ISettingsRepository repository)
    {
        Check.Null(await repository.GetSettingAsync<PoliciesSettings>(), "GetSettingAsync of settings never written is null");
        await repository.UpdateSetting(new PoliciesSettings { LockSubscription = true });
        Check.True((await repository.GetSettingAsync<PoliciesSettings>())?.LockSubscription == true, "UpdateSetting without a name writes under the type's name");
        await repository.UpdateSetting(new ThemeSettings { CustomTheme = "dark.css" }, "CustomTheme");
        Check.Equal("dark.css", (await repository.GetSettingAsync<ThemeSettings>("CustomTheme"))?.CustomTheme, "GetSettingAsync reads settings written under a name");
        Check.Null(await repository.GetSettingAsync<ThemeSettings>(), "settings written under a name are not under the type's name");
        var stored = await repository.GetSettingAsync<PoliciesSettings>();
        stored!.RootAppId = "changed";
        Check.Null((await repository.GetSettingAsync<PoliciesSettings>())?.RootAppId, "GetSettingAsync returns a copy (the store keeps JSON)");
    }
}
