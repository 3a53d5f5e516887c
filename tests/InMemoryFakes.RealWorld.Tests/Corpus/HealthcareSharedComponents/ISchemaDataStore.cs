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
//   This one: the 1st of microsoft/healthcare-shared-components (4 members).
// Path: src/Microsoft.Health.SqlServer/Features/Schema/ISchemaDataStore.cs (real store: src/Microsoft.Health.SqlServer/
//   Features/Storage/SqlServerSchemaDataStore.cs over the stored procedures of Features/Schema/Migrations/BaseSchema.sql;
//   models: Features/Schema/Model/CompatibleVersions.cs, CurrentVersionInformation.cs, Features/Schema/
//   SchemaInformation.cs, SchemaVersionStatus.cs, Features/Exceptions/CompatibleVersionsNotFoundException.cs)
// Adapted: XML comments dropped; EnsureArg.IsLte written as an ArgumentOutOfRangeException; SchemaVersionStatus's
//   JSON converter dropped; CompatibleVersionsNotFoundException cut down to an Exception with a message (its
//   SqlRecordNotFoundException base dropped). Nullable disabled, as in the source (neither Directory.Build.props nor
//   the project enables it).
// Real store: SqlServerSchemaDataStore, the only one, runs SQL Server stored procedures over two tables: SchemaVersion
//   (Version, Status: the schema versions applied to the database) and InstanceSchema (one row per server instance by
//   Name: CurrentVersion, MaxVersion, MinVersion, Timeout). UpsertInstanceSchemaInformationAsync(name, info):
//   inserts or updates the instance's row (MaxVersion and MinVersion from info, Timeout = now + the configured
//   InstanceRecordExpirationTimeInMinutes; an update keeps the old MinVersion) with CurrentVersion = the highest
//   'completed' SchemaVersion (0 when none), and returns that CurrentVersion. GetLatestCompatibleVersionsAsync: the
//   largest MinVersion and the smallest MaxVersion over the instances whose Timeout has not passed; none throws
//   CompatibleVersionsNotFoundException. GetCurrentVersionAsync: one entry per SchemaVersion row (Version, Status, the
//   instances whose CurrentVersion it is); an empty list when there are none. DeleteExpiredInstanceSchemaAsync:
//   deletes the instance rows whose Timeout has passed. Nothing in this interface writes SchemaVersion (the schema
//   manager's ExecuteScriptAndCompleteSchemaVersionAsync does).
// Shapes: *=core
// First try (7be611e): incomplete: IMF0001 on all 4 members, classified an entity repository (of
//   CurrentVersionInformation, keyed by Id): GetLatestCompatibleVersionsAsync, GetCurrentVersionAsync,
//   DeleteExpiredInstanceSchemaAsync, UpsertInstanceSchemaInformationAsync ("… is not a known verb"); generated: nothing |
//   WRONG: none.
// After this round: unchanged; the refusals are right: every member is a stored procedure over two tables (instances
//   with a timeout, schema versions), an aggregate (the largest minimum and smallest maximum), a join, and a purge by
//   the database's clock, none of which a signature says.
// Still wrong: none reached (the smoke script stops at GetLatestCompatibleVersionsAsync, refused, in its first line).

#nullable disable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.HealthcareSharedComponents.ISchemaDataStoreCase;

public enum SchemaVersionStatus
{
    started,
    completed,
    failed,
}

public class CompatibleVersions
{
    public CompatibleVersions(int min, int max)
    {
        if (min > max)
        {
            throw new ArgumentOutOfRangeException(nameof(min));
        }

        Min = min;
        Max = max;
    }

    public int Min { get; }

    public int Max { get; }
}

public class CurrentVersionInformation
{
    public CurrentVersionInformation(int id, SchemaVersionStatus status, IList<string> servers)
    {
        Id = id;
        Status = status;
        Servers = servers;
    }

    public int Id { get; }

    public SchemaVersionStatus Status { get; }

    public IList<string> Servers { get; }
}

public class SchemaInformation
{
    public SchemaInformation(int minimumSupportedVersion, int maximumSupportedVersion)
    {
        MinimumSupportedVersion = minimumSupportedVersion;
        MaximumSupportedVersion = maximumSupportedVersion;
    }

    public int MinimumSupportedVersion { get; }

    public int MaximumSupportedVersion { get; }

    public int? Current { get; set; }
}

public class CompatibleVersionsNotFoundException : Exception
{
    public CompatibleVersionsNotFoundException(string message)
        : base(message)
    {
    }
}

[InMemoryFake]
public interface ISchemaDataStore
{
    Task<CompatibleVersions> GetLatestCompatibleVersionsAsync(CancellationToken cancellationToken);

    Task<List<CurrentVersionInformation>> GetCurrentVersionAsync(CancellationToken cancellationToken);

    Task DeleteExpiredInstanceSchemaAsync(CancellationToken cancellationToken);

    Task<int> UpsertInstanceSchemaInformationAsync(string name, SchemaInformation schemaInformation, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(ISchemaDataStore store)
    {
        var none = CancellationToken.None;
        await Check.ThrowsAsync<CompatibleVersionsNotFoundException>(() => store.GetLatestCompatibleVersionsAsync(none), "with no instance registered there are no compatible versions");
        Check.Equal(0, (await store.GetCurrentVersionAsync(none)).Count, "a database with no schema version lists none");

        Check.Equal(0, await store.UpsertInstanceSchemaInformationAsync("instance-a", new SchemaInformation(1, 3), none), "an instance registered before any version completed is at version 0");
        var compatible = await store.GetLatestCompatibleVersionsAsync(none);
        Check.Equal(1, compatible.Min, "one instance: its minimum");
        Check.Equal(3, compatible.Max, "and its maximum");

        await store.UpsertInstanceSchemaInformationAsync("instance-b", new SchemaInformation(2, 5), none);
        compatible = await store.GetLatestCompatibleVersionsAsync(none);
        Check.Equal(2, compatible.Min, "two instances: the largest minimum");
        Check.Equal(3, compatible.Max, "and the smallest maximum");

        await store.UpsertInstanceSchemaInformationAsync("instance-a", new SchemaInformation(1, 4), none);
        Check.Equal(4, (await store.GetLatestCompatibleVersionsAsync(none)).Max, "an upsert of a registered instance updates its maximum");

        await store.DeleteExpiredInstanceSchemaAsync(none);
        Check.Equal(2, (await store.GetLatestCompatibleVersionsAsync(none)).Min, "DeleteExpiredInstanceSchemaAsync keeps instances whose timeout has not passed");
    }
}
