// Source: https://github.com/ServiceStack/ServiceStack
// Commit: 1d95209be771
// Licence: AGPL-3.0 with ServiceStack's FOSS exception (an interface signature transcribed for a test)
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 1st of ServiceStack/ServiceStack.
// Path: ServiceStack.Blazor/src/ServiceStack.Blazor/LocalStorage.cs (the interface is declared there)
// Real store: the same file's LocalStorage (the browser's localStorage through JS interop; CachedLocalStorage adds a
//   memory cache in front): one string per name. SetStringAsync(name, value) sets it; SetItemAsync<T>(name, value)
//   sets value.ToJson(); GetStringAsync(name) returns it, or null; GetItemAsync<T>(name) returns the stored string
//   parsed FromJson<T>, or default when missing; RemoveAsync(name) removes it. A value set as a string can be read as an
//   item and the other way round (one table of strings).
// Shapes: SetItemAsync=5; GetItemAsync=5; *=core
// First try (2f120b5): incomplete: IMF0001 SetStringAsync, GetStringAsync ('SetString'/'GetString' are no
//   verbs) | WRONG: none (SetItemAsync<T>/GetItemAsync<T> keep the object; the real store keeps its JSON, so an item read
//   as another type than it was written converts where the fake returns default)
// After h-sample16's round: GetStringAsync is refused (IMF0001: a read of one type beside a write of any value,
//   SetItemAsync<T>; docs/generator.md "Refused guesses" of key-value stores). It was generated until then and returned
//   null for a name SetItemAsync wrote, where the real store returns the item's JSON (silently wrong; the smoke script
//   did not reach it). The fake is now incomplete; nothing generated is known to be wrong.
#nullable enable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ServiceStack.ILocalStorageCase;

public class Settings
{
    public string Theme { get; set; } = "";
}

[InMemoryFake]
public interface ILocalStorage
{
    Task SetStringAsync(string name, string value);
    Task SetItemAsync<T>(string name, T value);
    Task<string?> GetStringAsync(string name);
    Task<T?> GetItemAsync<T>(string name);
    Task RemoveAsync(string name);
}

public static class Smoke
{
    public static async Task RunAsync(ILocalStorage storage)
    {
        Check.Null(await storage.GetStringAsync("token"), "GetStringAsync of a missing name is null");
        await storage.SetStringAsync("token", "abc");
        Check.Equal("abc", await storage.GetStringAsync("token"), "GetStringAsync returns what SetStringAsync set");
        await storage.SetItemAsync("settings", new Settings { Theme = "dark" });
        Check.Equal("dark", (await storage.GetItemAsync<Settings>("settings"))?.Theme, "GetItemAsync returns what SetItemAsync set");
        Check.Null(await storage.GetItemAsync<Settings>("missing"), "GetItemAsync of a missing name is default");
        await storage.RemoveAsync("token");
        Check.Null(await storage.GetStringAsync("token"), "RemoveAsync removes the value");
    }
}
