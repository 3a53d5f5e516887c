// Source: https://github.com/microsoft/CodeContracts
// Commit: 7255a95ec1de
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample62 rule, fixed before probing (h-sample61's rule, Corpus/AgentGovernanceToolkit/ISandboxProvider.cs,
//   continued): find_repos("microsoft/b") in its order from the repository after Broadcast-Development-Kit (the last
//   h-sample61 considered), then find_repos("microsoft/c"), ("microsoft/d"), ... letter by letter, each in its order,
//   leaving out the first listing's 100 (find_repos("microsoft/")), the repositories earlier headers account for and
//   owners that are not Microsoft itself; kept: C# code (find_files ext cs, or the fetched snapshot) and not a corpus
//   source already; for each, at the newest stored snapshot (fetch, then git grep -n -E "interface
//   I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b" -- '*.cs', paths sorted ordinally, then line order), the
//   first interface outside paths containing "test" (any case) that declares at least 3 members (inherited ones count
//   if the base is in the same repository) and holds state (a member writes or keeps data that another reads back; a
//   ...Provider that only computes, or only hands out services it makes, is skipped); at most 1 per repository; stop
//   after 8. The rest of microsoft/b gave none (no C# file, no interface of the pattern, or only providers that compute
//   or declare 1-2 members: BPerf, BikeSharing360_MobileApps, b2c-to-meeid-migration-tool; Build26-LAB502 has no
//   snapshot); in microsoft/c: CsWinRT, CoseSignTool, CDM, cppwinrt gave none; CodeContracts gives IClousotCache (this
//   file); coyote IBlobContainerProvider; cci IAssemblyCache; CmdPalGitHubExtension ISearchRepository; CromwellOnAzure
//   IAzureStorage; CmdPalAzureExtension IAccountProvider; contosotraders-cloudtesting ICartRepository; CRA
//   IBlobStorageProvider (the 8th: stop). The full walk, with every repository skipped and why, is in docs/generator.md,
//   "Out-of-sample round h-sample62 (session 26)".
//   This one: the 1st pick (CodeContracts; its first hit in path order is the interface's contract-binding part, "public
//   partial interface IClousotCache { }", whose whole declares 19 members and IDisposable).
// Path: Microsoft.Research/Clousot.Cache/IClousotCache.cs (real store: ClousotCache.cs beside it, over an ICacheModel:
//   SQLCacheModel, Entity Framework over SQL Server or LocalDB, or MemCacheModel; models: Clousot.Cache/Models/*.cs,
//   DataStructures/ByteArray.cs, AnalysisTypes/WarningContext.cs)
// Adapted: the namespaces (one for all); the contract class (IClousotCacheContract) dropped. Models cut down to the
//   properties the members need: Metadata (Key, Value), Method (Id, Hash, Name, FullName), AssemblyInfo (AssemblyId,
//   Name, Created, IsBaseLine, SourceControlInfo), OutcomeOrSuggestion (Id, MethodId, Message, Method) with Outcome
//   (Related) and Suggestion (Kind, Type, ExtraInfo), OutcomeContext (Id, OutcomeId, Outcome), ContextEdge (Id, Rank),
//   WarningContext (a struct of two ints), ByteArray (a byte[] compared by content). ClousotSuggestion's Kind and
//   ExtraSuggestionInfo as a nested enum and class. Nullable disabled, as in the source (2017, C# 6).
// Real store: ClousotCache over an Entity Framework model (SQLCacheModel). On creation it writes the metadata "Version"
//   (the analyzer's version, UTF-8) into a fresh database; IsValid says whether the model opened. GetMetadataOrNull(key)
//   reads that table by key (null when missing). TryGetMethodModelForHash(hash) finds the method whose Hash equals the
//   bytes; TryGetBaselineModel(name, baselineId) the baseline stored for the MD5 of the name. AddAssemblyInfo(name, guid)
//   gets or creates the assembly row by its Guid and stamps it (Created = now, the options' source-control info and
//   baseline flag). AddOrUpdateMethod(method, methodId) adds the method and a binding of the id to its hash for now;
//   DeleteMethodModel removes it. AddNew{Outcome,Suggestion,OutcomeContext,ContextEdge} create child rows of a method or
//   outcome and return them; NewMethodModel() creates a detached method. SaveChanges(now) writes pending rows (batched
//   unless now). GetHashForDate(methodId, date, after) finds the hash bound to the id before or after a date.
//   TestCache() compares the stored "Version" with the options' version. AddAssemblyBinding links a method to an
//   assembly. CacheName is the database's name. Every member answers null, false or nothing when the model is invalid.
// Shapes: *=core
// First try (71d37bc): incomplete: IMF0001 on 18 of 19 members, read as a key-value store of ByteArray values
//   (GetHashForDate's result): IsValid and CacheName (properties no key-value convention reads), GetMetadataOrNull,
//   TryGetMethodModelForHash, TryGetBaselineModel, AddAssemblyInfo, AddOrUpdateMethod, DeleteMethodModel,
//   AddOrUpdateBaseline, AddNewOutcome, AddNewSuggestion, AddNewOutcomeContext, AddNewContextEdge, SaveChanges,
//   GetHashForDate (a noun after the verb that is not the store's), NewMethodModel, TestCache, AddAssemblyBinding
//   ('not a known verb'); Dispose generated (a no-op, as every inherited IDisposable) | WRONG: none (the probe stops
//   at IsValid, the script's first line).
// After this round: unchanged, and rightly refused: an analyzer's cache over an Entity Framework model of seven
//   entity types whose rows the store itself creates (NewMethodModel, AddNew...), finds by a hash or by the MD5 of a
//   name, and binds to dates; no member reads or writes one value by a key its signature names, and IsValid,
//   TestCache and CacheName answer the database's state.
// After session 35 (h-refusals35): no refusal offers Kind = StoreKind.EntityRepository any more (the note ended all
//   18): read under that setting none of these members is generated, and a refusal names a setting only where
//   it would generate the member. No outcome changed.
#nullable disable

using System;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CodeContracts.IClousotCacheCase;

public class ByteArray : IEquatable<ByteArray>
{
    public ByteArray(byte[] bytes) { Bytes = bytes; }

    public byte[] Bytes { get; }

    public bool Equals(ByteArray other) => other != null && (Bytes ?? new byte[0]).SequenceEqual(other.Bytes ?? new byte[0]);

    public override bool Equals(object obj) => Equals(obj as ByteArray);

    public override int GetHashCode() => Bytes == null || Bytes.Length == 0 ? 0 : Bytes[0];
}

public struct WarningContext
{
    public int Type { get; set; }
    public int AssociatedInfo { get; set; }
}

public static class ClousotSuggestion
{
    public enum Kind
    {
        Requires,
        Ensures,
        ObjectInvariant
    }

    public class ExtraSuggestionInfo
    {
        public string Serialize() => string.Empty;
    }
}

public class Metadata
{
    public string Key { get; set; }
    public byte[] Value { get; set; }
}

public class Method
{
    public long Id { get; set; }
    public byte[] Hash { get; set; }
    public string Name { get; set; }
    public string FullName { get; set; }
}

public class AssemblyInfo
{
    public Guid AssemblyId { get; set; }
    public string Name { get; set; }
    public DateTime Created { get; set; }
    public bool IsBaseLine { get; set; }
    public string SourceControlInfo { get; set; }
}

public abstract class OutcomeOrSuggestion
{
    public long Id { get; set; }
    public long MethodId { get; set; }
    public string Message { get; set; }
    public virtual Method Method { get; set; }
}

public class Outcome : OutcomeOrSuggestion
{
    public bool Related { get; set; }
}

public class Suggestion : OutcomeOrSuggestion
{
    public string Kind { get; set; }
    public byte Type { get; set; }
    public string ExtraInfo { get; set; }
}

public class OutcomeContext
{
    public long Id { get; set; }
    public long OutcomeId { get; set; }
    public virtual Outcome Outcome { get; set; }
}

public class ContextEdge
{
    public long Id { get; set; }
    public int Rank { get; set; }
}

[InMemoryFake]
public partial interface IClousotCache { }

public partial interface IClousotCache : IDisposable
{
    bool IsValid { get; }
    Metadata GetMetadataOrNull(string key, bool silent = false);
    bool TryGetMethodModelForHash(ByteArray hash, out Method result);
    bool TryGetBaselineModel(string methodFullName, string baselineId, out Method result);
    AssemblyInfo AddAssemblyInfo(string name, Guid guid);
    void AddOrUpdateMethod(Method methodModel, ByteArray methodId);

    void DeleteMethodModel(Method methodModel);

    void AddOrUpdateBaseline(string fullname, string baselineId, Method baseline);
    Outcome AddNewOutcome(Method method, string message, bool related);
    Suggestion AddNewSuggestion(Method method, string suggestion, string kind, ClousotSuggestion.Kind type, ClousotSuggestion.ExtraSuggestionInfo extraInfo);
    OutcomeContext AddNewOutcomeContext(Outcome outcome, WarningContext warningContext);
    ContextEdge AddNewContextEdge(OutcomeOrSuggestion item, int rank);
    void SaveChanges(bool now = false);
    ByteArray GetHashForDate(ByteArray methodId, DateTime datetime, bool afterDateTime);
    // Create a new IMethodModel object, but do not attach it yet (use TryAddMethodModel to attach it)
    Method NewMethodModel();
    bool TestCache();
    void AddAssemblyBinding(Method methodModel, AssemblyInfo assemblyInfo);
    string CacheName { get; }
}

public static class Smoke
{
    public static Task RunAsync(IClousotCache cache)
    {
        Check.True(cache.IsValid, "a cache whose database opened is valid");
        Check.NotNull(cache.GetMetadataOrNull("Version"), "a fresh cache stores the analyzer's version under \"Version\"");
        Check.Null(cache.GetMetadataOrNull("NoSuchKey"), "a key never written reads null");
        Check.True(cache.TestCache(), "the stored version is the analyzer's own");

        var method = cache.NewMethodModel();
        Check.NotNull(method, "NewMethodModel makes a detached method");
        method.Hash = new byte[] { 1, 2, 3 };
        method.Name = "M";
        method.FullName = "N.C.M";
        cache.AddOrUpdateMethod(method, new ByteArray(new byte[] { 9 }));
        cache.SaveChanges(now: true);
        Check.True(cache.TryGetMethodModelForHash(new ByteArray(new byte[] { 1, 2, 3 }), out var found), "a saved method is found by its hash");
        Check.Equal("N.C.M", found.FullName, "the method found is the one saved");
        Check.False(cache.TryGetMethodModelForHash(new ByteArray(new byte[] { 7 }), out var none), "another hash finds none");
        Check.Null(none, "and answers null");

        var guid = Guid.NewGuid();
        var assembly = cache.AddAssemblyInfo("Lib", guid);
        Check.Equal(guid, assembly.AssemblyId, "the assembly row is keyed by its Guid");
        Check.True(cache.AddAssemblyInfo("Lib2", guid).Name == "Lib2", "the same Guid gets the same row, renamed");

        var outcome = cache.AddNewOutcome(found, "possible null", related: false);
        Check.Equal("possible null", outcome.Message, "an outcome is created for the method with its message");

        cache.DeleteMethodModel(found);
        cache.SaveChanges(now: true);
        Check.False(cache.TryGetMethodModelForHash(new ByteArray(new byte[] { 1, 2, 3 }), out _), "a deleted method is gone");
        return Task.CompletedTask;
    }
}
