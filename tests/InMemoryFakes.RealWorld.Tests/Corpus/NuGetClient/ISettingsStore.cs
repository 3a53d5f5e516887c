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
//   This one: the 1st of NuGet/NuGet.Client.
// Path: src/NuGet.Clients/NuGet.PackageManagement.VisualStudio/Setting/ISettingsStore.cs
// Adapted: none. The project builds without nullable annotations (#nullable disable).
// Real store: src/NuGet.Clients/NuGet.PackageManagement.VisualStudio/Setting/SettingsStoreWrapper.cs over Visual
//   Studio's IVsSettingsStore (read-only view of the settings registry): properties live in named collections.
//   CollectionExists(collection) whether the collection exists; GetBoolean/GetInt32/GetString(collection, propertyName,
//   defaultValue) the property's value (GetBoolOrDefault, GetIntOrDefault, GetStringOrDefault), or defaultValue when
//   the collection or property does not exist (a failed call: false, 0, null). Nothing here writes: the values are
//   written through IWritableSettingsStore (the next corpus file) or by Visual Studio.
// Shapes: *=core
// First try (38cb94c): incomplete: IMF0001 on all 4 members (CollectionExists: no verb; Get*: a second key part,
//   propertyName, and a default value) | WRONG: none
//   Now: unchanged. h-twokey (keys of two parts): no pair is proven here (nothing writes), and the parts are declared
//   without nullable annotations, so the two-part key convention does not apply.
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NuGetClient.ISettingsStoreCase;

[InMemoryFake]
public interface ISettingsStore
{
    bool CollectionExists(string collection);
    bool GetBoolean(string collection, string propertyName, bool defaultValue);
    int GetInt32(string collection, string propertyName, int defaultValue);
    string GetString(string collection, string propertyName, string defaultValue);
}

public static class Smoke
{
    public static Task RunAsync(ISettingsStore store)
    {
        Check.False(store.CollectionExists("NuGet"), "an empty settings store has no collection");
        Check.True(store.GetBoolean("NuGet", "SkipWarning", true), "GetBoolean of a missing property returns the default (true)");
        Check.False(store.GetBoolean("NuGet", "SkipWarning", false), "GetBoolean of a missing property returns the default (false)");
        Check.Equal(42, store.GetInt32("NuGet", "Count", 42), "GetInt32 of a missing property returns the default");
        Check.Equal("fallback", store.GetString("NuGet", "Source", "fallback"), "GetString of a missing property returns the default");
        Check.Null(store.GetString("NuGet", "Source", null), "GetString of a missing property with a null default returns null");
        return Task.CompletedTask;
    }
}
