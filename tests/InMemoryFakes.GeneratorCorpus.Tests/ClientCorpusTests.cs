using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.GeneratorCorpus.Tests;

/// <summary>
/// The generator over the interfaces of Microsoft's own client and storage packages and of the store clients the other
/// ecosystems give, which users fake: every public interface of each group's assemblies is faked with
/// <c>[InMemoryFake(typeof(T))] public partial class Fake_N;</c> and must generate without a crash and compile clean or be
/// explained by IMF diagnostics (<see cref="InterfaceCorpus"/>, shared with InMemoryFakes.Generators.Tests'
/// GeneratorCorpusTests). One class per group, so a failure names its group and the groups run side by side. The
/// assemblies' own dependencies (Azure.Core, Npgsql, MongoDB.Bson…) are referenced, not faked: the generator tests'
/// corpus holds some.
/// </summary>
public abstract class ClientCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// Generator bugs found by this corpus and not fixed yet, by the faked interface's full name, with what goes wrong.
    /// They are run but not asserted; everything else is. Remove an entry once the generator handles it.
    /// </summary>
    private static readonly Dictionary<string, string> KnownGeneratorBugs = new(StringComparer.Ordinal)
    {
    };

    /// <summary>
    /// Fakes per compilation. Each compilation binds the references anew, and these groups reference hundreds of
    /// assemblies, so fewer, larger compilations are faster; a crash still falls back to one fake per compilation.
    /// </summary>
    private const int BatchSize = 200;

    /// <summary>Fakes every public interface of the assemblies the given types live in.</summary>
    protected void Check(int minimum, params Type[] anchors) => Check(minimum, anchors.Select(static t => t.Assembly).Distinct().ToArray());

    /// <summary>
    /// Fakes every public interface of the named assemblies (a package's assembly, loaded by name from the test's
    /// dependencies: no type of it need be named here).
    /// </summary>
    protected void Check(int minimum, params string[] assemblyNames) => Check(minimum, assemblyNames.Select(static n => Assembly.Load(new AssemblyName(n))).ToArray());

    private void Check(int minimum, Assembly[] assemblies)
    {
        var skipped = new List<string>();
        var corpus = InterfaceCorpus.Items(assemblies, skipped: skipped);
        output.WriteLine("Assemblies: " + string.Join(", ", assemblies.Select(static a => a.GetName().Name)));
        output.WriteLine($"Public interfaces not faked: {skipped.Count}" + string.Concat(skipped.Select(static s => "\n  " + s)));
        Assert.True(corpus.Count >= minimum, $"The group should give at least {minimum} interfaces; it gave {corpus.Count}.");
        _ = new InterfaceCorpus(output, KnownGeneratorBugs, BatchSize).Check(corpus, assemblies.Length);
    }
}

/// <summary>Azure's storage, messaging and secret clients, Cosmos DB, the WebJobs host and Durable Task's client.</summary>
public sealed class MicrosoftAzureClientCorpusTests(ITestOutputHelper output) : ClientCorpusTests(output)
{
    [Fact]
    public void Every_interface_generates_without_a_crash_and_compiles_or_is_explained() => Check(
        minimum: 90,
        typeof(Microsoft.Azure.Cosmos.CosmosClient),
        typeof(Azure.Storage.Blobs.BlobServiceClient),
        typeof(Azure.Storage.Queues.QueueClient),
        typeof(Azure.Storage.StorageSharedKeyCredential),
        typeof(Azure.Messaging.ServiceBus.ServiceBusClient),
        typeof(Azure.Security.KeyVault.Secrets.SecretClient),
        typeof(Microsoft.Azure.WebJobs.IAsyncCollector<>),
        typeof(Microsoft.Azure.WebJobs.JobHost),
        typeof(Microsoft.DurableTask.Client.DurableTaskClient),
        typeof(Microsoft.DurableTask.ITaskOrchestrator));
}

/// <summary>MSAL and its token cache serializers, Microsoft.Extensions.AI and VectorData, the Agent Framework and its workflows.</summary>
public sealed class MicrosoftIdentityAndAiCorpusTests(ITestOutputHelper output) : ClientCorpusTests(output)
{
    [Fact]
    public void Every_interface_generates_without_a_crash_and_compiles_or_is_explained() => Check(
        minimum: 40,
        typeof(Microsoft.Identity.Client.IPublicClientApplication),
        typeof(Microsoft.Identity.Web.TokenCacheProviders.IMsalTokenCacheProvider),
        typeof(Microsoft.Extensions.AI.IChatClient),
        typeof(Microsoft.Extensions.VectorData.VectorStore),
        typeof(Microsoft.Agents.AI.AIAgent),
        typeof(Microsoft.Agents.AI.Workflows.Workflow));
}

/// <summary>Orleans' grain abstractions and its client/silo core (grain storage, directory, versions, streams).</summary>
public sealed class OrleansCorpusTests(ITestOutputHelper output) : ClientCorpusTests(output)
{
    [Fact]
    public void Every_interface_generates_without_a_crash_and_compiles_or_is_explained() => Check(
        minimum: 90,
        typeof(Orleans.IGrainFactory),
        typeof(Orleans.Storage.IGrainStorage));
}

/// <summary>The AWS SDK's core and its two store clients: IAmazonS3 and IAmazonDynamoDB (hundreds of members each), DynamoDB's IDynamoDBContext and ITable, S3's ITransferUtility.</summary>
public sealed class AwsSdkCorpusTests(ITestOutputHelper output) : ClientCorpusTests(output)
{
    [Fact]
    public void Every_interface_generates_without_a_crash_and_compiles_or_is_explained() => Check(
        minimum: 120,
        typeof(Amazon.Runtime.AmazonServiceClient),
        typeof(Amazon.S3.IAmazonS3),
        typeof(Amazon.DynamoDBv2.IAmazonDynamoDB));
}

/// <summary>Job schedulers, message buses, actors' persistence, sidecars and resilience: Hangfire, MassTransit, Quartz, Dapr, Akka.Persistence, Polly.</summary>
public sealed class JobsMessagingAndResilienceCorpusTests(ITestOutputHelper output) : ClientCorpusTests(output)
{
    [Fact]
    public void Every_interface_generates_without_a_crash_and_compiles_or_is_explained() => Check(
        minimum: 500,
        typeof(Hangfire.IBackgroundJobClient),
        typeof(MassTransit.IPublishEndpoint),
        typeof(Quartz.IScheduler),
        typeof(Dapr.Client.DaprClient),
        typeof(Akka.Persistence.PersistentActor),
        typeof(Polly.IAsyncPolicy),
        typeof(Polly.ResiliencePipeline));
}

/// <summary>Document and search stores: Marten, MongoDB's driver, Elasticsearch's current client and NEST.</summary>
public sealed class DocumentAndSearchStoreCorpusTests(ITestOutputHelper output) : ClientCorpusTests(output)
{
    [Fact]
    public void Every_interface_generates_without_a_crash_and_compiles_or_is_explained() => Check(
        minimum: 1000,
        typeof(Marten.IDocumentStore),
        typeof(MongoDB.Driver.IMongoClient),
        typeof(Elastic.Clients.Elasticsearch.ElasticsearchClient),
        typeof(Nest.IElasticClient));
}

/// <summary>
/// Microsoft's other Azure clients and hosts: Event Hubs, Event Grid, Cognitive Search, File Shares, Key Vault
/// certificates, Azure.Identity, Azure OpenAI (and the OpenAI client it wraps), the Functions isolated worker, Azure
/// SignalR, the Durable Task Framework's core and its Azure Storage provider, Durable Task's worker, and the legacy
/// Microsoft.Azure.Storage blob client.
/// </summary>
public sealed class MicrosoftAzureMoreClientCorpusTests(ITestOutputHelper output) : ClientCorpusTests(output)
{
    [Fact]
    public void Every_interface_generates_without_a_crash_and_compiles_or_is_explained() => Check(
        minimum: 45,
        "Azure.Messaging.EventHubs",
        "Azure.Messaging.EventGrid",
        "Azure.Search.Documents",
        "Azure.Storage.Files.Shares",
        "Azure.Security.KeyVault.Certificates",
        "Azure.Identity",
        "Azure.AI.OpenAI",
        "OpenAI",
        "Microsoft.Azure.Functions.Worker.Core",
        "Microsoft.Azure.SignalR",
        "DurableTask.Core",
        "DurableTask.AzureStorage",
        "Microsoft.DurableTask.Worker",
        "Microsoft.Azure.Storage.Blob",
        "Microsoft.Azure.Storage.Common");
}

/// <summary>Microsoft Graph and its core, Kiota's abstractions (request adapters, parse nodes, backing stores), and the identity abstractions, token acquisition and MSAL's cache helper.</summary>
public sealed class MicrosoftGraphAndIdentityCorpusTests(ITestOutputHelper output) : ClientCorpusTests(output)
{
    [Fact]
    public void Every_interface_generates_without_a_crash_and_compiles_or_is_explained() => Check(
        minimum: 35,
        "Microsoft.Graph",
        "Microsoft.Graph.Core",
        "Microsoft.Kiota.Abstractions",
        "Microsoft.Identity.Abstractions",
        "Microsoft.Identity.Web.TokenAcquisition",
        "Microsoft.Identity.Client.Extensions.Msal");
}

/// <summary>The dotnet/extensions libraries (Microsoft.Extensions.AI, compliance, telemetry, resilience, service discovery, ambient metadata) and Semantic Kernel.</summary>
public sealed class MicrosoftExtensionsAndSemanticKernelCorpusTests(ITestOutputHelper output) : ClientCorpusTests(output)
{
    [Fact]
    public void Every_interface_generates_without_a_crash_and_compiles_or_is_explained() => Check(
        minimum: 45,
        "Microsoft.Extensions.AI",
        "Microsoft.Extensions.Compliance.Abstractions",
        "Microsoft.Extensions.Telemetry.Abstractions",
        "Microsoft.Extensions.Resilience",
        "Microsoft.Extensions.Http.Resilience",
        "Microsoft.Extensions.ServiceDiscovery.Abstractions",
        "Microsoft.Extensions.Diagnostics.ExceptionSummarization",
        "Microsoft.Extensions.AmbientMetadata.Application",
        "Microsoft.SemanticKernel.Abstractions",
        "Microsoft.SemanticKernel.Core");
}

/// <summary>The rest of Orleans: the silo runtime (membership, directory, placement), reminders, streams, transactions, event sourcing, broadcast channels and the serializer.</summary>
public sealed class OrleansRuntimeCorpusTests(ITestOutputHelper output) : ClientCorpusTests(output)
{
    [Fact]
    public void Every_interface_generates_without_a_crash_and_compiles_or_is_explained() => Check(
        minimum: 150,
        "Orleans.Runtime",
        "Orleans.Reminders",
        "Orleans.Streaming",
        "Orleans.Transactions",
        "Orleans.EventSourcing",
        "Orleans.BroadcastChannel",
        "Orleans.Serialization",
        "Orleans.Serialization.Abstractions");
}
