// Source: https://github.com/Azure-Samples/cosmos-db-design-patterns
// Commit: 873396bd12dc
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample65 rule, fixed (and written down) before looking at any interface: h-sample63's rule
//   (Corpus/CognitiveServicesSpeechSdk/IStorageConnector.cs) continued: the repositories find_repos("Azure-Samples/")
//   lists (owner exactly Azure-Samples, highest file_versions first), in that order, from the one after
//   openhack-devops-team (the last h-sample63 considered); past that listing's 100, find_repos("Azure-Samples/a"), then
//   ("Azure-Samples/b"), … letter by letter, each in its order, leaving out repositories already considered. In each, at
//   its newest snapshot (fetch, then git grep -n -E "^\s*(public |internal )?(partial )?interface I\w+" -- '*.cs', paths
//   sorted ordinally), the first interface outside paths with a segment containing "test" (any case) that declares at
//   least 3 members (inherited ones count when the base is in the same repository) and whose implementation in the same
//   repository keeps state (a database, cache, blob, table, settings or in-memory collection it writes and reads back;
//   read from its code); any interface name; not an interface already in the corpus (a corpus source is not skipped: its
//   corpus interfaces are passed over); at most 1 per repository; stop after 8. The walk: ms-identity-javascript-nodejs-
//   tutorial no .cs file; Copilot-Studio-with-Azure-AI-Search's .cs files are all under tests/; cosmos-db-design-patterns
//   gives ICosmosLockClient (this file; ICosmosDistributedLockProvider and its factory before it declare 2);
//   graphrag-accelerator and azure-samples-python-management no .cs file; digital-twins-explorer's IEndpointService and
//   IRequestProcessor declare 2 and 1; Serverless-microservices-reference-architecture: IPersistenceService is in the
//   corpus, IChangeNotifierService posts and enqueues, ILoggerService logs, ISettingService reads the environment,
//   IStorageService only enqueues, IUserService calls Graph over HTTP, the others declare 1 or 2; aas-digital-factory
//   gives IAdtTracker (IModelDataFlowSettings reads configuration, IConverterHelpers and IAasConverter compute, two
//   builders declare 1); guidance-identity-management-for-multitenant-apps gives IContributorRequestStore;
//   azure-ai-travel-agents none; azure-opensource-labs, java-microservices-aca-lab, ARGUS no .cs file;
//   azure-cache-redis-samples none at its newest snapshot (its eShop sample's interfaces are gone); azureai-assistant-
//   tool, hdinsight-aks no .cs file; active-directory-b2c-advanced-policies: IGraphService writes users to the B2C
//   directory over HTTP and reads none back (its reads are audit logs and reports), IAuthenticationService acquires
//   tokens, the others declare 1 or 2; cognitive-services-dotnet-sdk-samples' IAppPage and IAppVersionPage declare 1 and
//   2; cognitive-services-REST-api-samples, azure-search-dotnet-samples none; contoso-creative-writer no .cs file;
//   azure-files-samples none; service-fabric-dotnet-getting-started's two declare 1; template-doctor,
//   rag-postgres-openai-python no .cs file; azure-ai-content-understanding-dotnet's five call the remote Content
//   Understanding API; foundry-azure-local-chat no .cs file; virtual-network-integration-recipes none;
//   SpeechToText-WebSockets-Javascript no .cs file; azure-solutions-digital-marketing-reference-implementation gives
//   IAzureBlobConfig (ILoginManager and INotificationsManager declare 1); azure-spring-apps-samples none;
//   distributed-az-edge-framework (a vendored copy of Industrial-IoT) gives ICache (before it in path order: API
//   clients over HTTP or IoT Hub methods, configuration read from the environment, token clients, ICertificateIssuer and
//   IKeyStore with no implementation, the edgelet's ISecureElement over HTTP, diagnostics, HTTP and messaging
//   abstractions, a telemetry message, the module identity, a scanner, a serializer); api-management-workspaces-
//   migration-deprecated: API Management clients over ARM REST, resolvers, a migration step. The listing ends there;
//   in find_repos("Azure-Samples/a"), after the ones considered: ai-hub-gateway-solution-accelerator,
//   azure-openai-rag-workshop, azure-search-javascript-samples, app-service-javascript-sap-cloud-sdk-quickstart,
//   azure-edge-extensions-aio-iac-terraform, aoai-realtime-audio-sdk none or no .cs file;
//   Azure-Information-Protection-Samples gives ILockBytes; AzureMapsCodeSamples none; azure-cosmos-graph-bulk-executor's
//   IGremlinElement is a model that validates itself; active-directory-xamarin-native-v2's one declares 2; az-ai-catalyst,
//   azure-ai-speech-voicemail2text, azure-search-static-web-app, azure-search-python-samples none;
//   azure-sql-db-vector-search's IEmbeddingClient declares 1; azure-search-knowledge-mining, apim-genai-gateway-toolkit
//   none; ai-language-samples: models and a client of the remote Language API; active-directory-dotnet-webapp-
//   groupclaims, azure-iot-samples-csharp, azure-doc-intelligence-dynamic-models-patient, azure-sdk-for-js-samples,
//   art-voice-agent-accelerator none; azure-iot-dashboard's IDeviceService reads IoT Hub; azure-cleanroom-samples,
//   active-directory-dotnetcore-daemon-v2, azure-ai-document-processing-samples, azure-servicebus-messaging-samples (no
//   .cs file at its newest snapshot), azure-cosmos-java-sql-api-samples, app-templates-dotnet-azuresql-appservice,
//   azure-messaging-replication-dotnet, azure-search-java-samples none; agent-openai-banking-assistant-csharp gives
//   IBlobStorage (IAgentRouter declares 1); aisearch-openai-rag-audio, azure-typescript-langchainjs none;
//   active-directory-verifiable-credentials-dotnet's IClaimsValidator declares 1; autoauth-solution-accelerator,
//   Azure-Functions-Flex-Consumption-with-Azure-Files-OS-Mount-Samples none; acs-azopenai-voice-integration no snapshot;
//   azure-monitor-opencensus-python, ApplicationInsights-Java-Samples none; active-directory-dotnet-webapi-onbehalfof-ca's
//   declare 2; APICenter-Reference none; azuredevtour gives IDataService, the 8th: stop. This one: the 1st pick
//   (cosmos-db-design-patterns; 3 members).
// Path: distributed-lock/source/CosmosDistributedLock/CosmosLockClient.cs (the interface and its implementation,
//   CosmosLockClient, over a Cosmos DB container with TTL; model: LockRecord.cs; options:
//   CosmosDistributedLockProviderOptions.cs)
// Adapted: the namespace. Cosmos DB's ItemResponse<T> cut to the document and its ETag (the constructor is the
//   stand-in's; the SDK's is not public). Nullable enabled, as in the source (CosmosDistributedLock.csproj). The
//   interface is internal, as in the source, so the smoke script's entry point takes the fake as object.
// Real store: CosmosLockClient over the "Locks" container (TTL enabled; partition key /id). TryAcquireLockAsync(name,
//   ttlSeconds) creates a LockRecord whose id is the name with '/', '\', '?' and '#' made '_', with the provider's name,
//   both times now and _ttl = ttlSeconds ?? the options' TTL (5 s), and answers the create's response (the record and
//   its ETag); a record already there (409 Conflict) answers null. Cosmos DB deletes the record _ttl seconds after its
//   last write, which frees the lock. RenewLockAsync(item) replaces the record with lockLastRenewedAt = now, if-match
//   the item's ETag, and answers the new response; a stale ETag (412) or a record gone (404) answers null.
//   ReleaseLockAsync(item) deletes the record if-match the item's ETag; 412 and 404 are swallowed.
// Shapes: *=19
// First try (f923f300): incomplete, nothing generated: read as a key-value store, IMF0001 on all three
//   ('TryAcquireLock' and 'ReleaseLock' are not known verbs; 'RenewLock' is Renew and then 'Lock', no noun of this
//   store) | WRONG: none (no member generated).
// After this round: unchanged, and rightly refused: a distributed lock (issue 10 keeps locks as diagnostics): a create
//   that answers null when the record exists, a renew and a release that are compare-and-set on the ETag the store
//   handed out, and an expiry by the record's own _ttl counted from its last write; the name is sanitized into the id
//   ('orders/42' and 'orders_42' are one lock). No key-value verb takes a lock's name and answers a response the store
//   builds.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CosmosDbDesignPatterns.ICosmosLockClientCase;

internal class LockRecord
{
    public string? id { get; set; }
    public string? name { get; set; }
    public string? providerName { get; set; }
    public DateTimeOffset lockObtainedAt { get; set; } = DateTimeOffset.UtcNow;
    public DateTimeOffset lockLastRenewedAt { get; set; } = DateTimeOffset.UtcNow;
    public int _ttl { get; set; }
}

/// <summary>Microsoft.Azure.Cosmos' ItemResponse&lt;T&gt;, cut to the document and its ETag.</summary>
internal class ItemResponse<T>
{
    public ItemResponse(T resource, string etag)
    {
        Resource = resource;
        ETag = etag;
    }

    public virtual T Resource { get; }

    public virtual string ETag { get; }
}

[InMemoryFake]
internal interface ICosmosLockClient
{
    Task<ItemResponse<LockRecord>?> TryAcquireLockAsync(string name, int? ttlSeconds = null);
    Task<ItemResponse<LockRecord>?> RenewLockAsync(ItemResponse<LockRecord> item);
    Task ReleaseLockAsync(ItemResponse<LockRecord> item);
}

public static class Smoke
{
    public static Task RunAsync(object store) => RunCoreAsync((ICosmosLockClient)store);

    private static async Task RunCoreAsync(ICosmosLockClient locks)
    {
        var held = await locks.TryAcquireLockAsync("orders/42");
        Check.True(held is not null, "TryAcquireLockAsync of a free lock inserts its record and answers it");
        Check.Equal("orders/42", held!.Resource.name, "the record keeps the lock's name");
        Check.Equal("orders_42", held.Resource.id, "and its id is the name with '/', '\\', '?' and '#' made '_'");
        Check.Equal(5, held.Resource._ttl, "without ttlSeconds the record lives the provider's TTL (5 s by default)");
        Check.Null(await locks.TryAcquireLockAsync("orders/42"), "TryAcquireLockAsync of a held lock answers null (the insert conflicts: 409)");
        Check.Null(await locks.TryAcquireLockAsync("orders_42"), "a name that sanitizes to a held lock's id is that lock");

        var renewed = await locks.RenewLockAsync(held);
        Check.True(renewed is not null, "RenewLockAsync of the held record replaces it (if-match its ETag) and answers the new one");
        Check.True(renewed!.ETag != held.ETag, "the replaced record has a new ETag");
        Check.Null(await locks.RenewLockAsync(held), "RenewLockAsync with a stale ETag answers null (412)");

        await locks.ReleaseLockAsync(held);
        Check.Null(await locks.TryAcquireLockAsync("orders/42"), "ReleaseLockAsync with a stale ETag deletes nothing (412, swallowed)");
        await locks.ReleaseLockAsync(renewed);
        var again = await locks.TryAcquireLockAsync("orders/42", ttlSeconds: 30);
        Check.True(again is not null, "after ReleaseLockAsync with the current ETag the lock is free again");
        Check.Equal(30, again!.Resource._ttl, "ttlSeconds sets the record's TTL");

        await locks.ReleaseLockAsync(again);
        await locks.ReleaseLockAsync(again);
        Check.Null(await locks.RenewLockAsync(again), "RenewLockAsync of a released lock answers null (404)");
    }
}
