// Source: https://github.com/dotnet/wpf
// Commit: 1cfc37f70
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample46 rule, fixed before probing: the repositories in the order find_repos("dotnet/") lists them (owner
//   dotnet only: akkadotnet/…, json-api-dotnet/…, corvus-dotnet/… and the like skipped), keeping those with C# code at
//   their newest stored snapshot and not already a corpus source; for each, at that snapshot (fetch, then `git grep -n
//   -E "interface I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b" -- '*.cs'`, paths sorted ordinally), the first
//   interface outside paths containing "test" (any case) that declares at least 3 members (inherited ones count if the
//   base interface is in the same repository, as h-sample12 ruled) and holds state (a …Provider that only computes is
//   skipped); at most 1 per repository; stop after 6. A repository over fetch's 500 MiB limit is skipped, as
//   h-sample42 ruled: find_files lists a repository's files over its whole crawled history, 100 rows a call, and cannot
//   stand in for one snapshot's ordinal path order (tried on roslyn: src/Workspaces/Core/Portable/Storage alone is
//   over 100 rows).
//   In order: roslyn (3.7 GB), docs (1.7 GB), Silk.NET (1.1 GB), maui (2.2 GB) over the limit; runtime, aspnetcore,
//   efcore, orleans, msbuild, aspire, extensions already sources; corefx's newest snapshot is its archived README (no
//   C# code); fsharp (0.99 GB), AspNetCore.Docs (0.87 GB), sdk (0.55 GB) over the limit; winforms gives
//   ICommandBindingTargetProvider (before it: IGraphicsHdcProvider, 3 members that hand out a GDI+ device context and
//   the Graphics made over it, no state a caller puts in: skipped; IToolboxItemProvider and ITargetAwareCodeDomProvider
//   1 member each); android none (IMavenRepository, ILicensesStorage, ILocalManifestProvider 2 members,
//   ILogPathProvider 1); docfx none (IMarkdownObjectRewriterProvider 1); roslynator no match at all; razor's newest
//   snapshot is a README (no C# code); ef6 none (IDbAsyncQueryProvider 2, computing; IDbModelCacheKeyProvider 1);
//   project-system gives ILaunchSettingsProvider (before it: IDebugProfileLaunchTargetsProvider, 4 members that
//   compute launch targets and run launch hooks: skipped; the others 1-2 members); wpf gives IContainItemStorage (its
//   first match is the reference copy in cycle-breakers/PresentationFramework/PresentationFramework.cs; transcribed
//   from its own file); machinelearning gives IKVCache (before it: IChannelProvider, 2 members + 2 of
//   IExceptionContext that create channels and wrap exceptions, computing; IProgressChannelProvider 1); dotNext gives
//   IClusterConfigurationStorage< TAddress> (2 members + 2 of IClusterConfigurationStorage beside it; before it:
//   IMemorySegmentProvider 2; IApplicationStatusProvider 3 health probes that compute; IWaitQueueProvider 1 + 4 of
//   ITaskBuilder that build and complete a lock's wait tasks, computing; IAwaiterStateProvider 1;
//   IClusterConfigurationStorage 2 + IDisposable, not in the repository); wpf-test has every match under src/Test;
//   BenchmarkDotNet none (IHelpProvider, IColumnProvider 1 each); arcade-services gives ICache, the 6th. No interface
//   of these repositories was in the corpus. This one: the 3rd pick (wpf; its first in path order, 5 members).
// Path: src/Microsoft.DotNet.Wpf/src/PresentationFramework/System/Windows/Controls/Primitives/IContainItemStorage.cs
//   (real stores: ItemsControl.cs and GroupItem.cs (System/Windows/Controls), both over MS/Internal/Helper.cs's
//   ReadItemValue/StoreItemValue/ClearItemValue/ClearItemValueStorage)
// Adapted: the namespace; DependencyProperty cut down to a name (the real one is a registered, reference-compared
//   identity with a GlobalIndex; so is this one: no Equals override). Nullable disabled, as in PresentationFramework.
// Real store: ItemsControl keeps a WeakDictionary<object item, List<KeyValuePair<int dpIndex, object value>>> in an
//   uncommon field. StoreItemValue(item, dp, value) writes the value under (item, dp), replacing one already there;
//   ReadItemValue(item, dp) answers it, or null when none is stored; ClearItemValue(item, dp) removes it (none:
//   nothing); ClearValue(dp) removes dp's value for every item (and in nested storage bags); Clear() empties the
//   storage. A null item is ignored by all three item members: StoreItemValue stores nothing, ReadItemValue answers
//   null, ClearItemValue does nothing. Values are kept as given (the instances, no copy).
// First try (e557a11): incomplete: IMF0001 on StoreItemValue, ReadItemValue, ClearItemValue and ClearValue (a key of
//   two parts, item and dp, that is no string pair: 'dp' after the key 'item' is nothing a key-value store knows;
//   ClearItemValue and ClearValue take parameters a Clear does not); Clear generated (empties the table, right). The
//   probe stops at ReadItemValue, the script's first line | WRONG: none.
// After this round: unchanged, and rightly refused: the key is an (object, DependencyProperty) pair compared by
//   reference in the real WeakDictionary and list, ClearValue(dp) removes the dp of every item (a removal by the second
//   part of the key, which no convention has), and a null item is ignored rather than refused. Left to the lead: a key
//   of two parts that are not strings.
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Wpf.IContainItemStorageCase;

public sealed class DependencyProperty
{
    public DependencyProperty(string name) => Name = name;

    public string Name { get; }
}

public sealed class Row
{
    public string Title { get; set; }
}

[InMemoryFake]
public interface IContainItemStorage
{
    void StoreItemValue(object item, DependencyProperty dp, object value);

    object ReadItemValue(object item, DependencyProperty dp);

    void ClearItemValue(object item, DependencyProperty dp);

    void ClearValue(DependencyProperty dp);

    void Clear();
}

public static class Smoke
{
    public static Task RunAsync(IContainItemStorage storage)
    {
        var height = new DependencyProperty("ContainerSize");
        var expanded = new DependencyProperty("IsExpanded");
        var first = new Row { Title = "first" };
        var second = new Row { Title = "second" };

        Check.Null(storage.ReadItemValue(first, height), "ReadItemValue of nothing stored is null");
        storage.StoreItemValue(first, height, 20.0);
        Check.Equal(20.0, (double)storage.ReadItemValue(first, height), "ReadItemValue answers the value stored under (item, dp)");
        storage.StoreItemValue(first, height, 24.0);
        Check.Equal(24.0, (double)storage.ReadItemValue(first, height), "a second StoreItemValue replaces it");
        storage.StoreItemValue(first, expanded, true);
        storage.StoreItemValue(second, height, 30.0);
        Check.Equal(true, (bool)storage.ReadItemValue(first, expanded), "another dp of the same item is its own value");
        Check.Equal(30.0, (double)storage.ReadItemValue(second, height), "the same dp of another item too");
        Check.Null(storage.ReadItemValue(second, expanded), "a dp not stored for that item is null");

        storage.ClearItemValue(first, height);
        Check.Null(storage.ReadItemValue(first, height), "ClearItemValue removes the value");
        Check.Equal(true, (bool)storage.ReadItemValue(first, expanded), "and keeps the item's other values");
        storage.ClearItemValue(first, height);

        storage.StoreItemValue(first, height, 21.0);
        storage.ClearValue(height);
        Check.Null(storage.ReadItemValue(first, height), "ClearValue(dp) removes dp's value for every item");
        Check.Null(storage.ReadItemValue(second, height), "the second item's too");
        Check.Equal(true, (bool)storage.ReadItemValue(first, expanded), "and keeps the other dps");

        storage.StoreItemValue(null, height, 5.0);
        Check.Null(storage.ReadItemValue(null, height), "a null item stores nothing and reads null");
        storage.ClearItemValue(null, height);

        storage.Clear();
        Check.Null(storage.ReadItemValue(first, expanded), "Clear empties the storage");
        return Task.CompletedTask;
    }
}
