// Source: https://github.com/unlaunch/dotnet-sdk
// Commit: 6a08ab835b8a (the stored snapshot; the search result shows the same declaration)
// Licence: Apache-2.0 (stated for the repository by README.md's "License" section and by the csproj's
//   PackageLicenseExpression; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample122 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample122-rule.md;
//   the rule and the walk in short are in Corpus/AdlerZentrum/ISettingRepositoryAsync.cs). This one: query (4)
//   `interface IFeatureFlagStore`, rank 3 (rank 1, fluce/FeatureFlags, has no licence; rank 2 is Go).
// Path: client-sdk/store/IUnlaunchDataStore.cs (real store: client-sdk/store/UnlaunchHttpDataStore.cs, made by
//   RefreshableDataStoreProvider.cs; the other implementation, UnlaunchNoOpDataStore.cs, is the offline client's null
//   object; model: client-sdk/engine/FeatureFlag.cs, filled by client-sdk/utils/FlagMapper.cs)
// Adapted: the namespaces io.unlaunch.engine and io.unlaunch.store made one; FeatureFlag cut to its scalar properties
//   (Variations, PrerequisiteFlags, Rules, OffVariation and DefaultRule, which only the evaluator reads, left out).
//   Nullable disabled, as in the source (dotnet-sdk.csproj does not enable it).
// Real store: UnlaunchHttpDataStore, a read-only cache of one project environment's flags that a timer (and RefreshNow)
//   replaces whole from the Unlaunch service: a download (S3 first, then the REST API) sets the project name, the
//   environment name and a Dictionary<string, FeatureFlag> keyed by FeatureFlag.Key (ordinal, case-sensitive), swapped
//   in atomically. GetFlag(key) answers the stored FeatureFlag object itself or null for a key not there (a null key:
//   ArgumentNullException from the dictionary). GetAllFlags() lists the flags (a new list, in the dictionary's order).
//   IsFlagExist(key) is ContainsKey. GetProjectName() and GetEnvironmentName() answer the names the last download set,
//   string.Empty before any. RefreshNow() starts a download in the background unless one is running. Dispose() stops
//   the timer, replaces the flags by an empty dictionary and marks a download as running, so none runs again: after
//   it, GetFlag answers null and GetAllFlags nothing, but the names stay. No member writes a flag: the script seeds the
//   fake (IInMemoryFake.Seed) where the real store downloads.
// Shapes: *=core; IsFlagExist=19; GetProjectName=12; GetEnvironmentName=12; Dispose=17
// First try (8a14561e): incomplete: read as a key-value store of FeatureFlag values by string (no
//   member writes, and FeatureFlag's Key is no entity key convention): 4 of 7 refused (IMF0001): IsFlagExist
//   ("'IsFlagExist' is not a known verb"), GetProjectName and GetEnvironmentName ("'ProjectName' after it is no noun of
//   this store": right, they are the download's names, no entries), RefreshNow ("'Now' after it is no noun of this
//   store": a cause it does not have, it reloads the whole store); generated: GetFlag (null for a key not stored, IMF0026
//   info; ordinal keys), GetAllFlags (every value), Dispose (nothing) | WRONG: Dispose: the fake keeps every flag after
//   it, where the real one empties them (GetFlag null, GetAllFlags nothing afterwards): the documented reading of an
//   inherited IDisposable (issue 10 shape 17), which nothing in the signature contradicts; a read after Dispose is a
//   use after disposal most stores do not define.
// After this round: RefreshNow refused for its cause (Sample122Tests): "it takes no key, so it is no
//   Refresh of one entry …: 'RefreshNow' reloads the store's entries from where the real store gets them (a server, a
//   file, a database), which the fake does not have …". The rest unchanged: incomplete, rightly for the two names;
//   IsFlagExist (an Is…Exist check of one key) is left (docs/generator-rounds.md, h-sample122). The smoke cannot run.
// Still wrong: Dispose (above): a no-op, where UnlaunchHttpDataStore.Dispose empties the flags; the script checks it, so
//   the smoke would fail there once the fake is complete.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Unlaunch.IUnlaunchDataStoreCase;

public class FeatureFlag
{
    public string Key { get; set; }
    public string Name { get; set; }
    public bool Enabled { get; set; }
    public string ExpectedVariationKey { get; set; }
    public string Type { get; set; }
}

[InMemoryFake]
public interface IUnlaunchDataStore : IDisposable
{
    FeatureFlag GetFlag(string flagKey);
    IEnumerable<FeatureFlag> GetAllFlags();
    bool IsFlagExist(string flagKey);
    string GetProjectName();
    string GetEnvironmentName();
    void RefreshNow();
}

public static class Smoke
{
    public static Task RunAsync(IUnlaunchDataStore store)
    {
        Check.Equal(0, store.GetAllFlags().Count(), "a store before any download has no flag");
        Check.Null(store.GetFlag("new-checkout"), "GetFlag of a key not downloaded is null");
        Check.False(store.IsFlagExist("new-checkout"), "IsFlagExist of a key not downloaded is false");

        ((IInMemoryFake)store).Seed(
            new FeatureFlag { Key = "new-checkout", Name = "New checkout", Enabled = true, Type = "BOOLEAN" },
            new FeatureFlag { Key = "dark-mode", Name = "Dark mode", Enabled = false, Type = "STRING" });

        Check.Equal("New checkout", store.GetFlag("new-checkout")?.Name, "GetFlag finds the flag by its Key");
        Check.True(store.IsFlagExist("dark-mode"), "IsFlagExist of a downloaded key is true");
        Check.False(store.IsFlagExist("Dark-Mode"), "keys compare ordinally (the dictionary's default comparer)");
        Check.Null(store.GetFlag("missing"), "GetFlag of another key is null");
        Check.Equal("dark-mode,new-checkout", string.Join(",", store.GetAllFlags().Select(f => f.Key).OrderBy(k => k, StringComparer.Ordinal)), "GetAllFlags lists every flag");
        Check.Throws<ArgumentNullException>(() => store.IsFlagExist(null), "a null key throws (Dictionary.ContainsKey)");

        Check.Equal(string.Empty, store.GetProjectName(), "the project name is empty before a download sets it");
        Check.Equal(string.Empty, store.GetEnvironmentName(), "the environment name is empty before a download sets it");
        store.RefreshNow();

        store.Dispose();
        Check.Null(store.GetFlag("new-checkout"), "Dispose empties the flags");
        Check.Equal(0, store.GetAllFlags().Count(), "after Dispose no flag is listed");
        return Task.CompletedTask;
    }
}
