// Source: https://github.com/NuGet/NuGet.Client
// Commit: fac35579c8
// Licence: Apache-2.0
// Sample: h-sample9 rule, fixed before probing: in these repositories, in this order
//   (AzureAD/microsoft-authentication-library-for-dotnet, git-ecosystem/git-credential-manager, dotnet/maui,
//   microsoft/teams-ai, Azure/azure-webjobs-sdk, microsoft/durabletask-dotnet, NuGet/NuGet.Client, dotnet/roslyn,
//   dotnet/sdk, microsoft/ApplicationInsights-dotnet, microsoft/kiota-dotnet, Azure/azure-sdk-for-net), skipping any
//   the tools do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does not
//   count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage, Cache or
//   Accessor, that declare at least 3 members (inherited ones count if the base interface is in the same repository)
//   and are not already in the corpus; stop after 12. dotnet/maui (2.2 GB), dotnet/roslyn (3.8 GB), dotnet/sdk
//   (551 MB) and Azure/azure-sdk-for-net (4.4 GB) are over fetch's 500 MB limit, and find_files lists a repository's
//   files 100 a call as a union over its crawled history (dotnet/maui alone: 4,027 .cs files under src/), which does
//   not give the newest snapshot's interfaces in path order within the round: skipped, unprobed (a gap to close).
//   microsoft/teams-ai's snapshot has no C# file; durabletask-dotnet and ApplicationInsights-dotnet have no such
//   interface; azure-webjobs-sdk's IConcurrencyStatusRepository and IScaleMetricsRepository declare 2 members.
//   8 interfaces from 5 repositories.
//   This one: the 2nd of NuGet/NuGet.Client (its base ISettingsStore, the 1st, is in the same repository: 10 members).
// Path: src/NuGet.Clients/NuGet.PackageManagement.VisualStudio/Setting/IWritableSettingsStore.cs (base:
//   ISettingsStore.cs in the same folder)
// Adapted: none. The project builds without nullable annotations (#nullable disable).
// Real store: src/NuGet.Clients/NuGet.PackageManagement.VisualStudio/Setting/WritableSettingsStoreWrapper.cs over
//   Visual Studio's IVsWritableSettingsStore (its documented contract, learn.microsoft.com): properties live in
//   named collections. CreateCollection(collection) creates each nested collection of the path, skipping those that
//   exist (an existing one keeps its properties); DeleteCollection(collection) deletes it with its properties and
//   sub-collections (S_FALSE, ignored, when it does not exist); CollectionExists as in ISettingsStore;
//   SetBoolean/SetInt32/SetString(collection, propertyName, value) write the property (created or replaced);
//   Get*(collection, propertyName, defaultValue) read it, or the default when the collection or property does not
//   exist; DeleteProperty(collection, propertyName) returns ErrorHandler.Succeeded(hr) of a call that returns S_OK
//   when the property was deleted and S_FALSE when the property or collection does not exist: both succeed, so it
//   returns true either way.
// Shapes: *=core
// First try (38cb94c): incomplete: IMF0001 on all 10 members (collections, a second key part, type words Boolean and
//   Int32 beside string values) | WRONG: none
//   Now: unchanged. h-twokey (keys of two parts): the pair (collection, propertyName) is recognised as the key, and
//   every member taking it is refused because the parts are declared without nullable annotations (#nullable disable);
//   even declared non-nullable, CollectionExists and CreateCollection stay refused (an empty collection exists in
//   Visual Studio's store, which a table of entries cannot show), and so do the type words over one value type
//   and the default-value reads.
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NuGetClient.IWritableSettingsStoreCase;

public interface ISettingsStore
{
    bool CollectionExists(string collection);
    bool GetBoolean(string collection, string propertyName, bool defaultValue);
    int GetInt32(string collection, string propertyName, int defaultValue);
    string GetString(string collection, string propertyName, string defaultValue);
}

[InMemoryFake]
public interface IWritableSettingsStore : ISettingsStore
{
    void DeleteCollection(string collection);
    void CreateCollection(string collection);
    bool DeleteProperty(string collection, string propertyName);

    void SetBoolean(string collection, string propertyName, bool value);
    void SetInt32(string collection, string propertyName, int value);
    void SetString(string collection, string propertyName, string value);
}

public static class Smoke
{
    public static Task RunAsync(IWritableSettingsStore store)
    {
        Check.False(store.CollectionExists("NuGet"), "no collection before CreateCollection");
        store.CreateCollection("NuGet");
        Check.True(store.CollectionExists("NuGet"), "CreateCollection creates the collection");
        Check.Equal("fallback", store.GetString("NuGet", "Source", "fallback"), "GetString of a property not written returns the default");
        store.SetString("NuGet", "Source", "https://api.nuget.org/v3/index.json");
        Check.Equal("https://api.nuget.org/v3/index.json", store.GetString("NuGet", "Source", "fallback"), "GetString returns what SetString wrote");
        store.SetString("NuGet", "Source", "https://example.org/index.json");
        Check.Equal("https://example.org/index.json", store.GetString("NuGet", "Source", null), "SetString replaces the value");
        store.SetInt32("NuGet", "Count", 3);
        Check.Equal(3, store.GetInt32("NuGet", "Count", 0), "GetInt32 returns what SetInt32 wrote");
        store.SetBoolean("NuGet", "SkipWarning", true);
        Check.True(store.GetBoolean("NuGet", "SkipWarning", false), "GetBoolean returns what SetBoolean wrote");
        store.CreateCollection("NuGet");
        Check.Equal(3, store.GetInt32("NuGet", "Count", 0), "CreateCollection of an existing collection keeps its properties");
        Check.True(store.DeleteProperty("NuGet", "Count"), "DeleteProperty of a stored property returns true");
        Check.Equal(7, store.GetInt32("NuGet", "Count", 7), "a deleted property reads as the default");
        Check.True(store.DeleteProperty("NuGet", "Count"), "DeleteProperty of a missing property also returns true (S_FALSE is a success HRESULT)");
        Check.Equal("https://example.org/index.json", store.GetString("NuGet", "Source", null), "deleting one property leaves the others");
        store.DeleteCollection("NuGet");
        Check.False(store.CollectionExists("NuGet"), "DeleteCollection deletes the collection");
        Check.Null(store.GetString("NuGet", "Source", null), "and its properties");
        return Task.CompletedTask;
    }
}
