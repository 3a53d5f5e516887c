// Source: https://github.com/Azure-Samples/cognitive-services-speech-sdk
// Commit: af304cc2298f
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample51 rule, fixed before probing: the repositories in the order find_repos("Azure-Samples/") lists
//   them, keeping those with C# code and not already a corpus source (grep "^// Source:" in Corpus/: six Azure-Samples
//   repositories are sources already: azure-intelligent-edge-patterns, modern-data-warehouse-dataops, MyDriving,
//   Legacy-Modernization-Agents, AI-Video-Intelligence-Solution-Accelerator, openhack-devops-proctor); for each, at the
//   newest stored snapshot (fetch, then git grep -n -E "interface I\w*(Repository|Repo|Store|Storage|Cache|Service)\b"
//   -- '*.cs', paths sorted ordinally), the first interface outside paths containing "test" (any case) that declares at
//   least 3 members in its own body (inherited ones do not count) and holds state (a …Service or …Provider that only
//   computes or calls a remote API without keeping state is skipped); an identical copy of an interface already in the
//   corpus does not count (added before any probe); at most 1 per repository; stop after 6.
//   In that order: cognitive-services-speech-sdk gives IClientService (this one, the 1st pick);
//   chat-with-your-data-solution-accelerator, holiday-peak-hub, azure-cli-samples, azure-sdk-for-go-samples,
//   azure-spring-boot-samples, contoso-real-estate, azuresandbox, tutor have no C#; azure-search-openai-demo (1017 MB) is
//   over fetch's limit; azure-sql-db-ci-cd, communication-services-dotnet-quickstarts, azure-ai-vision-sdk, blockchain,
//   openai, streaming-at-scale, communication-services-javascript-quickstarts, Cognitive-Speech-TTS,
//   explore-iot-operations, iot-edge-opc-plc have no such interface; azure-health-data-and-ai-samples' (IAsymmetric-
//   AuthorizationService, IClientConfigService, IServiceBaseUrlBundleGeneratorService, IExportFileService,
//   ITokenIntrospectionService) declare 1 or 2 members; Durable-Task-Scheduler's IAgentService (4) calls an AI agent and
//   keeps nothing; active-directory-aspnetcore-webapp-openidconnect-v2 gives ITodoItemService (2nd pick; IMSGraphService
//   before it in path order declares 1); miyagi: IContentSafetyService (2, a remote API), ITelemetryService (1),
//   IChatMemoryMigrationService (1), and IRepository<T>, an identical copy of Corpus/ChatCopilot/IRepository.cs;
//   azure-batch-samples, data-lake-dotnet-client, AzureStorageSnippets, azure-search-power-skills,
//   Cognitive-Services-Voice-Assistant, azure-video-indexer-samples, media-services-v3-dotnet,
//   cognitive-services-quickstart-code, MqttApplicationSamples, cosmos-db-vector-samples have none;
//   communication-services-virtual-visits-js, azure-ml-federated-learning, azure-nvidia-robotics-reference-architecture,
//   java-on-azure-examples, ms-identity-javascript-react-tutorial, AI-Gateway, azure-typescript-e2e-apps,
//   azure-search-openai-javascript, postgres-agentic-advisor, Apim-Samples, agent-openai-java-banking-assistant,
//   azure-search-openai-demo-java, agentic-ai-solution-accelerator, aks-store-demo, microsoft-identity-express,
//   iot-middleware-freertos-samples, contoso-chat, communication-services-java-quickstarts,
//   ms-identity-javascript-nodejs-tutorial, graphrag-accelerator, azure-samples-python-management have no C#;
//   azure-search-openai-demo-csharp: IComputerVisionService (3, a remote vision API), IEmbedService (4: Document
//   Intelligence, OpenAI and a search index, with no read), ISearchService (2), all skipped; azure-finops-agent,
//   ExternalPhoneProvider-AzureFunction-Sample, Digital-Permit-Platform have no snapshot here;
//   media-services-dotnet-live-monitoring-dashboard gives IMdCache (3rd); Azure-MachineLearning-DataScience, azureai-samples
//   have none; eShopLite gives ICartService (4th; IProductService before it in path order declares 2);
//   openhack-devops-team: IBaseStore<T> is an identical copy of Corpus/MyDriving/IBaseStore.cs, and IHubIOTStore,
//   IPOIStore, IPhotoStore, ITripPointStore, ITripStore, IUserStore declare 0 or 1; Copilot-Studio-with-Azure-AI-Search,
//   digital-twins-explorer (IEndpointService, 2) none; Serverless-microservices-reference-architecture gives
//   IPersistenceService (5th; IChangeNotifierService (4) posts to orchestrators and queues and ILoggerService (4)
//   writes to Application Insights, neither keeping state); aas-digital-factory gives IBaseAdtRepository (6th).
// Path: samples/csharp/web/avatar/Services/IClientService.cs (real store: Services/ClientService.cs, registered as a
//   singleton in Program.cs; model: Models/ClientContext.cs, Models/ClientSettings.cs)
// Adapted: the namespaces (one for all). ClientContext cut to its plain state (the deployment and index names, the
//   voice, the chat flag and messages (strings here, OpenAI.Chat.ChatMessage there), the speaking flag); its constructor
//   (IOptions<ClientSettings>, a DefaultAzureCredential) and token method dropped, the synthesizer and thread objects
//   dropped. Nullable enabled, as in the source (Avatar.csproj).
// Real store: ClientService over a ConcurrentDictionary<Guid, ClientContext>. InitializeClient(): a new Guid
//   (Guid.NewGuid()), a context reset to the defaults (the settings' deployment and index names, the voice
//   ClientSettings.DefaultTtsVoice "en-US-JennyNeural", no messages, not initiated, not speaking) stored under it, and
//   the Guid returned. GetClientContext(id): the context stored under id, KeyNotFoundException when none.
//   RemoveClient(id): TryRemove: the context is gone; an id not stored does nothing. (The context it stores is the one
//   singleton ClientContext that DI injects, reset at each InitializeClient, so every client id shares it: a bug of
//   the sample the smoke script does not rely on.)
// Shapes: *=core
// First try (30887e9): incomplete: IMF0001 InitializeClient ("'InitializeClient' is not a known verb"). Generated:
//   GetClientContext (the context stored under the id, the not-found error (a KeyNotFoundException) when none) and
//   RemoveClient (removes it; an id not stored: nothing). The probe stops at InitializeClient, the script's first line |
//   WRONG: not reached by the probe, GetClientContext hands out a copy of the stored context, where ClientService hands
//   out the context it holds, and every caller (AvatarController: connectAvatar, chat, speak...) sets the deployment,
//   the voice, the synthesizer, the messages on the context it got and relies on the change being kept: the interface
//   has no member that writes a context back, so in the fake every such change is lost.
// After this round: GetClientContext hands out the context the fake holds (configured, below), so a change made to it
//   is kept, as the controller relies on; the smoke script checks it. Still incomplete: InitializeClient, rightly (a
//   member with no parameters that makes a new id and a context of the store's own defaults, from its settings: no
//   signature says what it stores). The probe still stops at it, in the script's first line.
// Configured: CopyMode = CopyMode.Reference: ClientService keeps the ClientContext instances in its ConcurrentDictionary
//   and GetClientContext returns the very instance, which every caller changes in place (the interface has no member
//   that writes a context back).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CognitiveServicesSpeechSdk.IClientServiceCase;

public class ClientContext
{
    public string? AzureOpenAIDeploymentName { get; set; }

    public string? CognitiveSearchIndexName { get; set; }

    public string? TtsVoice { get; set; }

    public bool ChatInitiated { get; set; }

    public List<string> Messages { get; set; } = [];

    public bool IsSpeaking { get; set; }
}

[InMemoryFake(CopyMode = CopyMode.Reference)]
public interface IClientService
{
    Guid InitializeClient();

    ClientContext GetClientContext(Guid clientId);

    void RemoveClient(Guid clientId);
}

public static class Smoke
{
    public static Task RunAsync(IClientService service)
    {
        var first = service.InitializeClient();
        Check.True(first != Guid.Empty, "InitializeClient returns a new client id");
        var second = service.InitializeClient();
        Check.True(second != first, "a new one each time (Guid.NewGuid)");

        var context = Check.NotNull(service.GetClientContext(first), "GetClientContext finds an initialized client's context");
        Check.False(context.ChatInitiated, "a new context has not started a chat");
        Check.Equal(0, context.Messages.Count, "and has no messages");
        context.ChatInitiated = true;
        context.TtsVoice = "en-US-AvaNeural";
        Check.True(service.GetClientContext(first).ChatInitiated, "a change made to the context GetClientContext handed out is kept (the controller changes it in place; no member writes it back)");
        Check.Equal("en-US-AvaNeural", service.GetClientContext(first).TtsVoice, "all of it");
        Check.NotNull(service.GetClientContext(second), "GetClientContext finds the second client too");
        Check.Throws<KeyNotFoundException>(() => service.GetClientContext(Guid.NewGuid()), "GetClientContext of an id never initialized throws KeyNotFoundException");

        service.RemoveClient(first);
        Check.Throws<KeyNotFoundException>(() => service.GetClientContext(first), "RemoveClient removes the client's context");
        Check.NotNull(service.GetClientContext(second), "and only that client's");
        service.RemoveClient(first);
        service.RemoveClient(Guid.NewGuid());
        Check.NotNull(service.GetClientContext(second), "RemoveClient of an id not stored does nothing (TryRemove)");
        return Task.CompletedTask;
    }
}
