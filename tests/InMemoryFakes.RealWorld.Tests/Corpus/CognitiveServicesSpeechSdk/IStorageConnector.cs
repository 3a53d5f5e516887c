// Source: https://github.com/Azure-Samples/cognitive-services-speech-sdk
// Commit: af304cc2298f
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample63 rule, fixed (and written down) before looking at any interface: the repositories
//   find_repos("Azure-Samples/") lists (owner exactly Azure-Samples, highest file_versions first), in that order; in
//   each, at its newest snapshot (fetch, then git grep -n -E "^\s*(public |internal )?(partial )?interface I\w+" --
//   '*.cs', paths sorted ordinally; find_files when fetch has no copy), the first interface outside paths with a
//   segment containing "test" (any case) that declares at least 3 members (inherited ones count when the base is in the
//   same repository) and whose implementation in the same repository keeps state (a database, cache, blob, table,
//   settings or in-memory collection it writes and reads back; read from its code); not an interface already in the
//   corpus (an identical copy, in another repository too, is the same source); at most 1 per repository; stop after 8.
//   Unlike h-sample51's walk of the same list, any interface name counts (not only …Repository/Store/Cache/Service),
//   and a repository already a corpus source is not skipped: its corpus interfaces are passed over. In that order
//   (repositories with one outcome named together): cognitive-services-speech-sdk gives IStorageConnector (this file;
//   IClientService before it is in the corpus); azure-intelligent-edge-patterns gives IStorageHelper
//   (IDomainEventDispatcher and IRedisDbContext declare 1 and 2, IImageEventRepository and IRepository are in the
//   corpus, the kiosk's IRealTimeDataProvider has no implementation); chat-with-your-data-solution-accelerator,
//   holiday-peak-hub, azure-cli-samples, azure-sdk-for-go-samples, azure-spring-boot-samples, contoso-real-estate,
//   azuresandbox, tutor have no .cs file; azure-search-openai-demo (1,018 MB, over fetch's limit; its stored C# is an
//   IApproachService that calls OpenAI) none; modern-data-warehouse-dataops: ITableClientService declares 1,
//   IRepository is in the corpus; MyDriving gives IHubIOTStore (IIoTHubPartitionMap declares 2 beside the framework's
//   IActor, IAzureClient 1, IBaseStore is in the corpus); Legacy-Modernization-Agents gives IContextManager (the five
//   agent interfaces before it call a model and keep nothing, IChunker computes); azure-sql-db-ci-cd,
//   communication-services-dotnet-quickstarts, azure-ai-vision-sdk, blockchain, openai, Cognitive-Speech-TTS,
//   explore-iot-operations, communication-services-javascript-quickstarts have no interface;
//   azure-health-data-and-ai-samples' declare 1 or 2; Durable-Task-Scheduler's IAgentService calls an agent;
//   active-directory-aspnetcore-webapp-openidconnect-v2: ITodoItemService is in the corpus, IArmOperations,
//   IGraphApiOperations and the two ToDoList clients call web APIs over HTTP and keep nothing; streaming-at-scale's are
//   generated REST clients; iot-edge-opc-plc's IKubernetesSecretStoreClient declares 2; miyagi is skipped for its
//   licence (a demonstration-only disclaimer that grants no right to copy; its IStorageContext<T> would have been the
//   pick); azure-batch-samples, data-lake-dotnet-client, AzureStorageSnippets, communication-services-virtual-visits-js
//   have no interface; azure-search-openai-demo-csharp gives IEmbedService (IPdfViewer and
//   ITextToSpeechPreferencesListener are UI, IComputerVisionService a remote API); azure-search-power-skills' declare 1
//   or call a remote API; Cognitive-Services-Voice-Assistant gives IKeywordRegistration (the audio, session and dialog
//   interfaces before it keep no store); azure-ml-federated-learning has no .cs file; azure-video-indexer-samples none;
//   azure-finops-agent no snapshot; AI-Video-Intelligence-Solution- Accelerator gives ICloudStorageWrapper (the
//   edge-device and asa-manager interfaces before it call devices, HTTP services or Event Hub, read configuration
//   without writing it (IConfigData), or declare 1 or 2: IDeviceGroupsWriter, IRules, IAsaStorage, IBlobStorageHelper);
//   azure-nvidia-robotics-reference-architecture no .cs file; media-services-v3-dotnet none; openhack-devops-proctor:
//   IBaseStore is in the corpus, its two other IBaseStore<T> copies have no implementation; java-on-azure-examples,
//   ms-identity-javascript-react-tutorial, AI-Gateway no .cs file; cognitive-services-quickstart-code none;
//   ExternalPhoneProvider-AzureFunction- Sample no snapshot; MqttApplicationSamples' IMessageSerializer serializes;
//   cosmos-db-vector-samples none; azure-typescript-e2e-apps, azure-search-openai-javascript, postgres-agentic-advisor,
//   Apim-Samples, agent-openai-java-banking-assistant, azure-search-openai-demo-java no .cs file;
//   media-services-dotnet-live-monitoring-dashboard: IMdCache is in the corpus, the others declare 1 or are models;
//   agentic-ai-solution-accelerator, aks-store-demo, microsoft-identity-express, Digital-Permit-Platform,
//   iot-middleware-freertos-samples no .cs file; Azure-MachineLearning-DataScience and azureai-samples none;
//   contoso-chat, communication-services-java-quickstarts no .cs file; eShopLite: ICartService is in the corpus,
//   IProductService and ICheckoutService declare 2, the rest 1; openhack-devops-team gives IPOIStore (its IHubIOTStore
//   is this round's MyDriving pick, byte for byte), the 8th: stop. This one: the 1st pick
//   (cognitive-services-speech-sdk; 6 members).
// Path: samples/ingestion/ingestion-client/Connector/Interfaces/IStorageConnector.cs (real store:
//   Connector/StorageConnector.cs over a BlobServiceClient)
// Adapted: the namespace. Nullable disabled, as in the source (the ingestion client's Directory.Build.props and
//   Connector.csproj set no Nullable).
// Real store: StorageConnector over Azure Blob Storage (BlobServiceClient, a shared-key credential for SAS).
//   GetContainerNameFromUri(uri): the first segment of the URL-decoded path; GetFileNameFromUri(uri): the rest, joined
//   by '/' (both pure computations; null throws ArgumentNullException). DownloadFileFromContainer(containerName,
//   blobName): the blob's bytes (DownloadToAsync; a blob not there: RequestFailedException 404).
//   WriteTextFileToBlobAsync(content, containerName, fileName): uploads content as UTF-8 (overwrite: true) and answers
//   the blob's absolute URI. MoveFileAsync(inputContainer, inputFile, outputContainer, outputFile, keepSource): a
//   source not there: nothing (logged); an output already there: left as it is, and the source deleted unless
//   keepSource; else StartCopyFromUriAsync, then the source deleted unless keepSource. CreateSas(uri): the blob's URI
//   with a read SAS query valid from 10 minutes ago for a day.
// Shapes: *=11
// First try (71d37bc): incomplete, nothing generated: IMF0001 on all six. GetFileNameFromUri (Get, its noun File, then
//   'NameFromUri'), GetContainerNameFromUri and CreateSas (no blob verb), DownloadFileFromContainer (Download, its noun
//   File, then 'FromContainer'), WriteTextFileToBlobAsync (Write, then 'TextFileToBlob', no noun), MoveFileAsync ("it
//   must take the source key, the destination key and optionally 'bool overwrite'") | WRONG: none (no member
//   generated).
// After this round: unchanged, and rightly refused: two members compute from a URI what the store never holds,
//   CreateSas signs with the account's key, and every blob is named by (container, name), a key of two parts a blob
//   store does not take (docs/generator.md, blob store: one string key; open since session 19); the write answers a URI
//   of the account and the move has rules of its own (an existing output is kept, the source still deleted).
//   h-blobpair (session 26): (container, name) is now a blob store's convention (BlobPairTests), but nothing here
//   takes it in a form it proves: DownloadFileFromContainer's verb carries a place and its byte[] is oblivious, the
//   write takes the content first and answers a URI, the move takes two containers. Unchanged.
#nullable disable

using System;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CognitiveServicesSpeechSdk.IStorageConnectorCase;

[InMemoryFake]
public interface IStorageConnector
{
    string GetFileNameFromUri(Uri fileUri);

    string GetContainerNameFromUri(Uri fileUri);

    Task<byte[]> DownloadFileFromContainer(string containerName, string blobName);

    string CreateSas(Uri fileUri);

    Task<string> WriteTextFileToBlobAsync(string content, string containerName, string fileName);

    Task MoveFileAsync(string inputContainerName, string inputFileName, string outputContainerName, string outputFileName, bool keepSource);
}

public static class Smoke
{
    public static async Task RunAsync(IStorageConnector storage)
    {
        var audio = new Uri("https://account.blob.core.windows.net/audio-input/2024/call%201.wav");
        Check.Equal("audio-input", storage.GetContainerNameFromUri(audio), "GetContainerNameFromUri answers the URI's first path segment");
        Check.Equal("2024/call 1.wav", storage.GetFileNameFromUri(audio), "GetFileNameFromUri answers the rest of the path, URL-decoded");

        var uri = await storage.WriteTextFileToBlobAsync("{\"a\":1}", "json-result-output", "call1.json");
        Check.True(uri.EndsWith("/json-result-output/call1.json", StringComparison.Ordinal), "WriteTextFileToBlobAsync answers the blob's URI");
        Check.Equal("{\"a\":1}", Encoding.UTF8.GetString(await storage.DownloadFileFromContainer("json-result-output", "call1.json")), "DownloadFileFromContainer reads the UTF-8 bytes WriteTextFileToBlobAsync wrote");
        await storage.WriteTextFileToBlobAsync("{\"a\":2}", "json-result-output", "call1.json");
        Check.Equal("{\"a\":2}", Encoding.UTF8.GetString(await storage.DownloadFileFromContainer("json-result-output", "call1.json")), "WriteTextFileToBlobAsync overwrites");
        await Check.ThrowsAsync<Exception>(() => storage.DownloadFileFromContainer("json-result-output", "call2.json"), "DownloadFileFromContainer of a blob not there throws (404: RequestFailedException)");
        await Check.ThrowsAsync<Exception>(() => storage.DownloadFileFromContainer("audio-input", "call1.json"), "the same name in another container is another blob");

        await storage.MoveFileAsync("json-result-output", "call1.json", "archive", "2024/call1.json", keepSource: true);
        Check.Equal("{\"a\":2}", Encoding.UTF8.GetString(await storage.DownloadFileFromContainer("archive", "2024/call1.json")), "MoveFileAsync copies the blob to the output container and name");
        Check.Equal("{\"a\":2}", Encoding.UTF8.GetString(await storage.DownloadFileFromContainer("json-result-output", "call1.json")), "and keeps the source when keepSource");

        await storage.WriteTextFileToBlobAsync("{\"a\":3}", "json-result-output", "call1.json");
        await storage.MoveFileAsync("json-result-output", "call1.json", "archive", "2024/call1.json", keepSource: false);
        Check.Equal("{\"a\":2}", Encoding.UTF8.GetString(await storage.DownloadFileFromContainer("archive", "2024/call1.json")), "MoveFileAsync onto an output blob already there leaves it as it was");
        await Check.ThrowsAsync<Exception>(() => storage.DownloadFileFromContainer("json-result-output", "call1.json"), "and still deletes the source when not keepSource");

        await storage.MoveFileAsync("json-result-output", "missing.json", "archive", "missing.json", keepSource: false);
        await Check.ThrowsAsync<Exception>(() => storage.DownloadFileFromContainer("archive", "missing.json"), "MoveFileAsync of a source not there does nothing");

        var sas = storage.CreateSas(new Uri("https://account.blob.core.windows.net/archive/2024/call1.json"));
        Check.True(sas.Contains("/archive/2024/call1.json?", StringComparison.Ordinal), "CreateSas answers the blob's URI with a read SAS token as its query");
    }
}
