// Source: https://github.com/microsoft/service-fabric
// Commit: ddfed33d
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample34 rule, fixed before probing: in these repositories, in this order
//   (microsoft/Windows-appsample-customers-orders-database, microsoft/garnet,
//   microsoft/service-fabric-services-and-actors-dotnet, microsoft/durabletask-dotnet, microsoft/teams-ai,
//   microsoft/autogen, Azure/azure-functions-durable-extension, microsoft/ApplicationInsights-dotnet,
//   microsoft/component-detection, microsoft/sbom-tool, microsoft/RulesEngine, dotnet/templating, dotnet/roslyn,
//   dotnet/maui, microsoft/PowerToys, microsoft/WindowsTemplateStudio), skipping any the tools do not hold or that are
//   over fetch's limit and every interface already in the corpus, at the newest stored snapshot (fetch, then git grep
//   for `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first interfaces
//   in ordinal path order not yet in the corpus (at most 2 per repository), outside paths containing "test" (any
//   case), declaring at least 3 members (inherited ones count if the base interface is in the same repository); stop
//   after 8; each transcribed whole (up to 50 members). dotnet/roslyn (3.75 GB), dotnet/maui (2.17 GB) and
//   microsoft/PowerToys (565 MB) are over fetch's 500 MB limit: skipped. The four of
//   Windows-appsample-customers-orders-database (ContosoRepository/I{Contoso,Customer,Order,Product}Repository.cs) are
//   in the corpus (Corpus/ContosoOrders/); garnet, service-fabric-services-and-actors-dotnet, teams-ai (no *.cs file at
//   its newest snapshot), autogen, azure-functions-durable-extension, ApplicationInsights-dotnet, component-detection,
//   sbom-tool and RulesEngine have no such interface; durabletask-dotnet's two (IUserRepository, IOrderRepository) are
//   under test/; templating's only one, ITemplateInfoHostJsonCache, declares 1 member. So the list gives 1:
//   WindowsTemplateStudio's IItemRepository. Extension, fixed before any of its candidates was read, because the list
//   gives 1: the repositories find_repos answered for "microsoft/" (most file versions first), in that order, skipping
//   those listed above, those without a *.cs file and those over fetch's limit; the same selection; until 5 in all (the
//   time this round has). In that order Microsoft/azure-docs.cs-cz, microsoft/vscode, microsoft/TypeScript,
//   microsoft/fluentui, Microsoft/azure-docs.pt-pt, Microsoft/azure-docs.pl-pl, microsoft/vcpkg and
//   microsoft/ALAppExtensions have no *.cs file; microsoft/FluidFramework (1.46 GB), microsoft/onnxruntime (946 MB) and
//   microsoft/windows-rs (1.1 GB) are over the limit; microsoft/semantic-kernel's IMemoryStore is in the corpus and its
//   IPluginStore (dotnet/samples/Concepts/) declares 1 member; microsoft/typespec's only one, IGenerationCache, declares
//   2; microsoft/service-fabric gives IConfigStore and ICache<TKey, TValue> (both under
//   src/prod/src/managed/Api/src/System/Fabric/Common/), microsoft/BuildXL IContentLocationStore and
//   IGrpcClusterStateStorage (both under Public/Src/Cache/ContentStore/Distributed/). So the round has 5.
//   This one: the 1st of microsoft/service-fabric (5 members).
// Path: src/prod/src/managed/Api/src/System/Fabric/Common/IConfigStore.cs (real store: NativeConfigStore.cs beside it,
//   over the native config store: src/prod/src/Common/ComConfigStore.cpp, ConfigSettingsConfigStore.cpp, ConfigStore.cpp;
//   used by Common/Tracing/TraceConfig.cs's ConfigReader and the DCA, FabricCAS and FabricUS services)
// Adapted: nothing but the namespace. The interface is internal, as in the source, so the smoke script's entry point
//   takes the fake as object. Nullable disabled, as in the source.
// Real store: NativeConfigStore, a read-only view of the node's configuration (sections of key/value parameters, some
//   encrypted) that the interface never writes. GetSections(partialSectionName) lists the sections whose name
//   contains it, case-insensitively (StringUtility::ContainsCaseInsensitive), and throws ArgumentException for a null or
//   empty one; GetKeys(sectionName, partialKeyName) lists the section's keys that contain the partial name,
//   case-insensitively (none for a section not configured); ReadString(sectionName, keyName, out isEncrypted) returns
//   the value and whether it is encrypted, or "" and false for a key not configured; ReadUnencryptedString returns the
//   same value, "" for a key not configured, and throws InvalidOperationException for an encrypted one.
//   IgnoreUpdateFailures is a flag of the store (false until set), read back as set.
// Shapes: *=core
// First try (e79390d): incomplete: IMF0001 GetSections and ReadUnencryptedString ("not a known verb"), GetKeys ("Keys must
//   take no parameters"), ReadString ("ref, in and out parameters are not supported"), IgnoreUpdateFailures ("properties
//   with a setter are not supported"); nothing generated | WRONG: none (nothing generated; the probe stops at
//   IgnoreUpdateFailures, in the script's first line).
// After this round: unchanged, and refusing is right: nothing in the interface writes the configuration (the node's
//   manifest and settings fill it natively), sections and keys are listed by a case-insensitive substring no
//   convention reads, ReadString answers "" (not null) for a key not configured beside an out flag the fake has no
//   value for, ReadUnencryptedString throws for an encrypted value, and IgnoreUpdateFailures is a switch of the native
//   store.
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ServiceFabric.IConfigStoreCase;

[InMemoryFake]
internal interface IConfigStore
{
    ICollection<string> GetSections(string partialSectionName);

    ICollection<string> GetKeys(string sectionName, string partialKeyName);

    string ReadUnencryptedString(string sectionName, string keyName);

    string ReadString(string sectionName, string keyName, out bool isEncrypted);

    bool IgnoreUpdateFailures { get; set; }
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object store) => RunCoreAsync((IConfigStore)store);

    private static Task RunCoreAsync(IConfigStore store)
    {
        Check.False(store.IgnoreUpdateFailures, "IgnoreUpdateFailures is false until set");
        store.IgnoreUpdateFailures = true;
        Check.True(store.IgnoreUpdateFailures, "and reads back as set");

        Check.Equal(0, store.GetSections("Trace").Count, "no section of an empty configuration contains 'Trace'");
        Check.Equal(0, store.GetKeys("Trace/Etw", "Level").Count, "a section not configured has no keys");
        Check.Equal("", store.ReadString("Trace/Etw", "Level", out var isEncrypted), "ReadString of a key not configured returns \"\"");
        Check.False(isEncrypted, "and says it is not encrypted");
        Check.Equal("", store.ReadUnencryptedString("Trace/Etw", "Level"), "ReadUnencryptedString of a key not configured returns \"\"");
        return Task.CompletedTask;
    }
}
