// Source: https://github.com/microsoft/healthcare-shared-components
// Commit: ad7e5fc2
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
//   This one: the 2nd of microsoft/healthcare-shared-components (5 members of its own, GetCurrentSchemaVersionAsync
//   and ObjectExistsAsync of IReadOnlySchemaManagerDataStore, its base in the same repository: 7).
// Path: src/Microsoft.Health.SqlServer/Features/Schema/Manager/ISchemaManagerDataStore.cs (base:
//   IReadOnlySchemaManagerDataStore.cs beside it; real store: SchemaManagerDataStore.cs beside it, over the stored
//   procedures of Features/Schema/Migrations/BaseSchema.sql)
// Adapted: XML comments dropped. Nullable disabled, as in the source (neither Directory.Build.props nor the project
//   enables it).
// Real store: SchemaManagerDataStore, the only one, runs SQL against SQL Server. GetCurrentSchemaVersionAsync: the
//   highest Version of the SchemaVersion table whose Status is 'complete' or 'completed', 0 when none.
//   ExecuteScriptAndCompleteSchemaVersionAsync(script, version, applyFullSchemaSnapshot): a null script throws
//   ArgumentNullException, a version below 1 ArgumentOutOfRangeException; unless applyFullSchemaSnapshot (the snapshot
//   script writes it itself) upserts (version, 'started'); runs the script (split at "\nGO"), then upserts
//   (version, 'completed'); a SqlException upserts (version, 'failed') and is rethrown. DeleteSchemaVersionAsync(version,
//   status): deletes the SchemaVersion row with that version and that status (nothing when none); the same argument
//   checks. ExecuteScriptAsync(script): runs the script. ObjectExistsAsync(objectName, objectType): whether sys.objects
//   has an object of that name and type (a table 'U', a procedure 'P'…). BaseSchemaExistsAsync:
//   ObjectExistsAsync("SelectCurrentVersionsInformation", "P"), true once the base schema script has run.
//   InstanceSchemaRecordExistsAsync: whether the InstanceSchema table has a row (written by ISchemaDataStore's
//   UpsertInstanceSchemaInformationAsync, not by this interface).
// Shapes: *=core
// First try (7be611e): incomplete: IMF0001 on all 7 members, classified a key-value store (string keys, object values):
//   ObjectExistsAsync ("its parameter 'objectType' is neither the key nor anything else a key-value store knows"), the
//   other six ("… is not a known verb": GetCurrentSchemaVersion, ExecuteScriptAndCompleteSchemaVersion,
//   DeleteSchemaVersion, ExecuteScript, BaseSchemaExists, InstanceSchemaRecordExists); generated: nothing | WRONG: none.
// After this round: unchanged; the refusals are right: it runs SQL scripts and reads the database's catalog and version
//   table; nothing in it is a keyed entry.
// Still wrong: none reached (the smoke script stops at BaseSchemaExistsAsync, refused, in its first line).

#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.HealthcareSharedComponents.ISchemaManagerDataStoreCase;

public interface IReadOnlySchemaManagerDataStore
{
    Task<int> GetCurrentSchemaVersionAsync(CancellationToken cancellationToken);

    Task<bool> ObjectExistsAsync(string objectName, string objectType, CancellationToken cancellationToken);
}

[InMemoryFake]
public interface ISchemaManagerDataStore : IReadOnlySchemaManagerDataStore
{
    Task ExecuteScriptAndCompleteSchemaVersionAsync(string script, int version, bool applyFullSchemaSnapshot, CancellationToken cancellationToken);

    Task DeleteSchemaVersionAsync(int version, string status, CancellationToken cancellationToken);

    Task ExecuteScriptAsync(string script, CancellationToken cancellationToken);

    Task<bool> BaseSchemaExistsAsync(CancellationToken cancellationToken);

    Task<bool> InstanceSchemaRecordExistsAsync(CancellationToken cancellationToken);
}

public static class Smoke
{
    // What BaseSchemaRunner.EnsureBaseSchemaExistsAsync runs on a new database (BaseSchema.sql, cut to its first batch).
    private const string BaseSchema = "IF NOT EXISTS (SELECT * FROM sys.objects WHERE name = 'SchemaVersion' and type = 'U')\n    CREATE TABLE dbo.SchemaVersion (Version int PRIMARY KEY, Status varchar(10))\nGO\n";

    public static async Task RunAsync(ISchemaManagerDataStore store)
    {
        var none = CancellationToken.None;
        Check.False(await store.BaseSchemaExistsAsync(none), "a new database has no base schema");
        await store.ExecuteScriptAsync(BaseSchema, none);
        Check.True(await store.ObjectExistsAsync("SchemaVersion", "U", none), "ExecuteScriptAsync runs the script: the table it creates exists");
        Check.False(await store.ObjectExistsAsync("SchemaVersion", "P", none), "an object of another type does not");
        Check.False(await store.InstanceSchemaRecordExistsAsync(none), "no instance has registered");

        Check.Equal(0, await store.GetCurrentSchemaVersionAsync(none), "no version completed: 0");
        await store.ExecuteScriptAndCompleteSchemaVersionAsync("SELECT 1", 1, false, none);
        await store.ExecuteScriptAndCompleteSchemaVersionAsync("SELECT 2", 2, false, none);
        Check.Equal(2, await store.GetCurrentSchemaVersionAsync(none), "the current version is the highest completed one");

        await store.DeleteSchemaVersionAsync(2, "started", none);
        Check.Equal(2, await store.GetCurrentSchemaVersionAsync(none), "DeleteSchemaVersionAsync with another status deletes nothing");
        await store.DeleteSchemaVersionAsync(2, "completed", none);
        Check.Equal(1, await store.GetCurrentSchemaVersionAsync(none), "DeleteSchemaVersionAsync removes that version");

        await Check.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ExecuteScriptAndCompleteSchemaVersionAsync("SELECT 0", 0, false, none), "a version below 1 throws ArgumentOutOfRangeException");
        await Check.ThrowsAsync<ArgumentNullException>(() => store.ExecuteScriptAsync(null, none), "a null script throws ArgumentNullException");
    }
}
