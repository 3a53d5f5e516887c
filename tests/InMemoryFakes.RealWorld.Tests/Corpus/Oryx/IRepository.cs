// Source: https://github.com/microsoft/Oryx
// Commit: d91d836e
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample29 rule, fixed before probing: in these repositories, in this order (dotnet/maui,
//   microsoft/agent-framework, microsoft/RulesEngine, Azure/Industrial-IoT, microsoft/healthcare-shared-components,
//   Azure-Samples/azure-search-openai-demo-csharp, Azure-Samples/eShopOnAzure, microsoft/mcp, microsoft/typechat.net,
//   microsoft/kiota, dotnet/sdk, dotnet/razor, dotnet/diagnostics, microsoft/testfx, microsoft/vstest,
//   microsoft/sarif-sdk, microsoft/Oryx, microsoft/ApplicationInspector, microsoft/OSSGadget, microsoft/CoseSignTool),
//   skipping any the tools do not hold, that are over fetch's limit, and every interface already in the corpus
//   (Corpus/ folder names and Source:/Path: lines), at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order not yet in the corpus (at most 2 per repository; an identical copy of one already in the corpus
//   does not count), outside paths containing "test" (any case), that declare at least 3 members (inherited ones count
//   if the base interface is in the same repository); stop after 10; each transcribed whole (up to 50 members),
//   signatures exact, models cut down to what the members need, in the source's nullable context.
//   dotnet/maui (2,174 MB) and dotnet/sdk (551 MB) are over fetch's 500 MB limit: skipped. dotnet/razor's snapshot is
//   archived (a README only). RulesEngine, Industrial-IoT, azure-search-openai-demo-csharp, typechat.net, kiota,
//   diagnostics, testfx, sarif-sdk, ApplicationInspector, OSSGadget and CoseSignTool have no such interface; vstest's
//   two (ITestRunCache, IXmlTestStore) are under paths containing "Test". eShopOnAzure's IBasketRepository,
//   IBuyerRepository and IOrderRepository are identical copies of dotnet/eShop's (Corpus/EShop) and its IRepository<T>
//   declares 1 member; microsoft/mcp's only one, ISessionStore, declares 2, as does healthcare-shared-components'
//   IReadOnlySchemaManagerDataStore. So the rule picks 6, not 10, in order: agent-framework IConversationStorage and
//   ICheckpointStore<TStoreObject>; healthcare-shared-components ISchemaDataStore and ISchemaManagerDataStore; Oryx
//   ISourceRepo (src/BuildScriptGenerator) and IRepository (src/BuildServer).
//   This one: the 2nd of microsoft/Oryx (4 members).
// Path: src/BuildServer/Repositories/IRepository.cs (real store: BuildRepository.cs beside it, over JsonFlatFileDataStore
//   2.4.0, made in src/BuildServer/Startup.cs as new DataStore("/store/builds.json", keyProperty: "id"); models:
//   src/BuildServer/Models/Build.cs, Exceptions/IntegrityException.cs, OperationFailedException.cs, ServiceException.cs)
// Adapted: nothing but the namespaces. Nullable disabled, as in the source (the project does not enable it).
// Real store: BuildRepository over a JsonFlatFileDataStore collection of Build (a list kept in memory and written to a
//   JSON file), keyed by Id (the key property "id", matched ignoring case). InsertAsync(build): an Id already stored
//   throws IntegrityException ("Build with id … already present"); else stores a copy of the build (ReplaceOneAsync
//   with upsert: a new Build with the given one's properties) at the end of the list and returns the build given.
//   GetById(id): the stored build with that Id (the instance the list holds, not a copy), null when none. GetAllAsync:
//   every build, in the order they were inserted. UpdateAsync(build): copies every property of the given build onto the
//   stored one with its Id (UpdateOneAsync: a flat model of strings, so all of them, null too: a replace) and returns
//   the build given; no build with that Id throws OperationFailedException ("Update Failed"). BuildService calls
//   InsertAsync on a new build, then UpdateAsync with its Status changed (COMPLETED, FAILED, CANCELLED).
// Shapes: *=core
// Configured: DuplicateKeyException = typeof(IntegrityException), NotFoundException = typeof(OperationFailedException):
//   BuildRepository throws its own exceptions for an Id already inserted and for an update of an Id not stored, which no
//   signature shows (the conditions are the fake's defaults; only the types are stated).
// First try (7be611e): complete (attribute bare): InsertAsync (an add; a taken Id is DuplicateKeyException), GetById
//   (null when missing: an oblivious result), GetAllAsync (insertion order), UpdateAsync (the not-found error for an Id not
//   stored) | WRONG: UpdateAsync took Build.Version, the platform version ("20"), for a concurrency token by its name:
//   it compared it with the stored one (a caller's build with another version got ConcurrencyConflictException) and
//   replaced it with a new GUID, in the store and on the caller's build, where BuildRepository writes every property as
//   given. The smoke script failed earlier, at IntegrityException (DuplicateKeyException), before the settings above.
// After this round: complete and right: a string named Version is a version label unless marked [ConcurrencyCheck] or
//   [Timestamp] (docs/generator.md, optimistic concurrency), so UpdateAsync writes it as given; the smoke script passes.
// Still wrong: none in the script. GetById and GetAllAsync hand out copies where JsonFlatFileDataStore hands out the
//   instances its list holds (a caller that changes a build it read without UpdateAsync changes the list there, until the
//   file is read again); no member of the interface shows it.
// After h-oblivious (session 29): complete as before; GetById answers null for a missing entity as before, now with
//   IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).

#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Oryx.IRepositoryCase;

public class ServiceException : System.Exception
{
    public ServiceException(string message)
        : base(message)
    {
    }
}

public class IntegrityException : ServiceException
{
    public IntegrityException(string message)
        : base(message)
    {
    }
}

public class OperationFailedException : ServiceException
{
    public OperationFailedException(string message)
        : base(message)
    {
    }
}

public class Build
{
    public string Id { get; set; }

    public string Status { get; set; }

    public string Platform { get; set; }

    public string Version { get; set; }

    public string SourcePath { get; set; }

    public string OutputPath { get; set; }

    public string LogPath { get; set; }
}

[InMemoryFake(DuplicateKeyException = typeof(IntegrityException), NotFoundException = typeof(OperationFailedException))]
public interface IRepository
{
    public Task<Build> InsertAsync(Build build);

    public Task<IEnumerable<Build>> GetAllAsync();

    public Task<Build> UpdateAsync(Build build);

    public Build GetById(string id);
}

public static class Smoke
{
    public static async Task RunAsync(IRepository store)
    {
        Check.Null(store.GetById("build-1"), "GetById of an unknown id is null");

        var build = new Build { Id = "build-1", Status = "IN_PROGRESS", Platform = "nodejs", Version = "20", SourcePath = "/src", OutputPath = "/out", LogPath = "/logs/build-1.log" };
        var inserted = await store.InsertAsync(build);
        Check.Equal("build-1", inserted?.Id, "InsertAsync returns the build");
        Check.Equal("nodejs", store.GetById("build-1")?.Platform, "GetById finds the inserted build");
        await Check.ThrowsAsync<IntegrityException>(() => store.InsertAsync(new Build { Id = "build-1", Status = "IN_PROGRESS" }), "inserting an id already stored throws IntegrityException");
        Check.Equal("nodejs", store.GetById("build-1")?.Platform, "and leaves the stored build as it was");

        await store.InsertAsync(new Build { Id = "build-2", Status = "IN_PROGRESS", Platform = "python" });
        var all = (await store.GetAllAsync()).ToList();
        Check.Equal("build-1,build-2", string.Join(",", all.Select(static b => b.Id)), "GetAllAsync lists every build in insertion order");

        build.Status = "COMPLETED";
        var updated = await store.UpdateAsync(build);
        Check.Equal("COMPLETED", updated?.Status, "UpdateAsync returns the build");
        Check.Equal("COMPLETED", store.GetById("build-1")?.Status, "UpdateAsync writes the new status");
        Check.Equal("/logs/build-1.log", store.GetById("build-1")?.LogPath, "and keeps the other properties it was given");
        Check.Equal("20", store.GetById("build-1")?.Version, "the platform version among them, as given");
        Check.Equal("20", build.Version, "and leaves the caller's build as it was");
        await Check.ThrowsAsync<OperationFailedException>(() => store.UpdateAsync(new Build { Id = "build-9", Status = "FAILED" }), "UpdateAsync of an id not stored throws OperationFailedException");
        Check.Null(store.GetById("build-9"), "and stores nothing");
    }
}
