// Source: https://github.com/Azure/azure-render-hub
// Commit: dcbef478b602
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample59 rule, fixed before probing (the whole walk is in Corpus/AzureIotRemoteMonitoring/
//   IVirtualDeviceStorage.cs): h-sample57's rule continued from the repository after the last it considered: the Azure/
//   repositories in find_repos("Azure/azure-") order past Azure-AppServices-Diagnostics (then, past that list's 100,
//   the same order from find_repos("Azure/azure-a") ... ("Azure/azure-x") merged), mostly C# at the newest stored
//   snapshot and not a corpus source; in each, the first match of `git grep -n -E "interface
//   I\w*(Repository|Store|Storage|Cache|StateProvider|Persistence|DataAccess|Dao)\b" -- '*.cs'` in ordinal path order,
//   outside paths containing "test", "sample" or "generated", that declares at least 3 members and whose implementation
//   keeps state; at most 1 per repository; stop after 8.
//   This one: the 6th pick (azure-render-hub, 227 .cs of 260 source files; its first in path order, 4 members).
// Path: src/AzureRenderHub/AzureRenderHub.WebApp/Config/Coordinators/IConfigRepository.cs (real stores beside it:
//   GenericConfigRepository.cs, the store, followed here, and CachingConfigRepository.cs, an IMemoryCache in front of
//   it; model: Config/RenderingEnvironment.cs)
// Adapted: the namespaces (one for all). [InMemoryFake] on the open generic interface; the smoke script closes it over
//   RenderingEnvironment (cut down to Name, its Id => Name, LocationName and ResourceGroupName), as Startup registers
//   IConfigRepository<RenderingEnvironment>. Nullable disabled, as in the source (netcoreapp2.2, no Nullable).
// Real store: GenericConfigRepository<T>, one JSON blob per config in a blob container, named by the config name.
//   Get(configName) downloads and deserializes the blob (a new T), default (null) when the blob or the container is
//   not there (404). Update(config, configName, originalName) uploads the JSON of config as the blob configName
//   (replacing it; the container is created when missing), then, when originalName is not null and differs from
//   configName, deletes the blob originalName if it exists: a rename. Remove(configName) is DeleteIfExistsAsync,
//   answering whether the blob was there. List() the names of every blob in the container (in the blob service's
//   lexicographic order; none when the container is not there). The caching store in front keeps the same meanings.
// First try (ac6de91): incomplete: read as a key-value store of STRING values (Update(T config, string configName, ...)
//   voted T as the key type and configName's string as the value type, beside List()'s strings): IMF0001 Get ("its
//   value type T differs from the store's value type string") and Update ("its parameter 'config' (T) is not the key
//   (string)"). Generated: Remove (true when the name was there) and List (every value of the store). The probe passes
//   List on the empty store and stops at Get, the script's second line | WRONG: List(), which answered the values of a
//   store of strings, where the real store lists the config names (the blob names); the probe did not reach it.
// After this round: incomplete, and right where generated: a write whose first two parameters are the value a read by
//   key returns and that read's key (Update(T config, string configName, ...) beside Task<T> Get(string configName))
//   votes so (docs/generator.md, how an interface is classified; Sample59Tests), so the store holds T by name: Get is
//   generated (default for a name not stored, as the 404), Remove as before. List is refused (a list of strings in a
//   store of T; its message, "a list of T must be returned as ...", names a cause it does not have: left to the lead),
//   and so is Update, rightly: value first, and a rename when originalName differs is the store's. The probe stops at
//   List, the script's first line.
// After h-oblivious2 (session 30): still incomplete (other members); Get answers default for a missing key as before,
//   now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers
//   default for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and
//   silences the Info).
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureRenderHub.IConfigRepositoryCase;

public class RenderingEnvironment
{
    public string Id => Name;

    public string Name { get; set; }

    public string ResourceGroupName { get; set; }

    public string LocationName { get; set; }
}

[InMemoryFake]
public interface IConfigRepository<T>
{
    Task<T> Get(string configName);

    Task<bool> Remove(string configName);

    Task Update(T config, string configName, string originalName);

    Task<List<string>> List();
}

public static class Smoke
{
    public static async Task RunAsync(IConfigRepository<RenderingEnvironment> repository)
    {
        Check.Equal(0, (await repository.List()).Count, "List of an empty container");
        Check.Null(await repository.Get("render-west"), "Get of a config not stored is null (404)");

        await repository.Update(new RenderingEnvironment { Name = "render-west", LocationName = "westus2", ResourceGroupName = "rg-west" }, "render-west", null);
        Check.Equal("westus2", (await repository.Get("render-west")).LocationName, "Get reads the config Update wrote under its name");
        await repository.Update(new RenderingEnvironment { Name = "render-east", LocationName = "eastus", ResourceGroupName = "rg-east" }, "render-east", null);
        Check.Equal("render-east,render-west", string.Join(",", await repository.List()), "List answers the config names, in name order");

        await repository.Update(new RenderingEnvironment { Name = "render-west", LocationName = "westus3", ResourceGroupName = "rg-west" }, "render-west", "render-west");
        Check.Equal("westus3", (await repository.Get("render-west")).LocationName, "Update of a stored name replaces the config");
        Check.Equal(2, (await repository.List()).Count, "and an originalName equal to the name removes nothing");

        await repository.Update(new RenderingEnvironment { Name = "render-east-2", LocationName = "eastus2", ResourceGroupName = "rg-east" }, "render-east-2", "render-east");
        Check.Equal("eastus2", (await repository.Get("render-east-2")).LocationName, "Update with another originalName stores the config under the new name");
        Check.Null(await repository.Get("render-east"), "and deletes the original: a rename");
        Check.Equal("render-east-2,render-west", string.Join(",", await repository.List()), "List after the rename");

        Check.True(await repository.Remove("render-west"), "Remove of a stored config answers true (DeleteIfExists)");
        Check.Null(await repository.Get("render-west"), "and it is gone");
        Check.False(await repository.Remove("render-west"), "Remove of a config not stored answers false");
    }
}
