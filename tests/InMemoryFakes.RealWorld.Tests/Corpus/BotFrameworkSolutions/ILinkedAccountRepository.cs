// Source: https://github.com/microsoft/botframework-solutions
// Commit: 08ad18f1
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample26 rule, fixed before probing: in these repositories, in this order (dotnet/eShopSupport,
//   microsoft/service-fabric-services-and-actors-dotnet, Azure/azure-cosmos-dotnet-v3, Azure/iotedge, microsoft/garnet,
//   Azure/azure-signalr, microsoft/ApplicationInsights-dotnet, dotnet/tye, microsoft/teams-ai, microsoft/PowerToys,
//   dotnet/templating, microsoft/component-detection, Azure/azure-functions-durable-extension,
//   microsoft/botframework-solutions, microsoft/Windows-appsample-trip-planner), skipping any the tools do not hold,
//   that are over fetch's limit, or already in the corpus, at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already in the corpus does not count),
//   outside paths containing "test" (any case), that declare at least 3 members (inherited ones count if the base
//   interface is in the same repository); stop after 10; each transcribed whole (up to 50 members).
//   PowerToys (565 MB) is over fetch's 500 MB limit and Windows-appsample-trip-planner is not held: skipped.
//   eShopSupport, service-fabric-services-and-actors-dotnet, garnet, azure-signalr, ApplicationInsights-dotnet, tye,
//   teams-ai, component-detection and azure-functions-durable-extension have no such interface outside test paths;
//   azure-cosmos-dotnet-v3's two (IAddressCache, ICollectionRoutingMapCache) declare 2 and 1 members; iotedge's
//   ICredentialsCache declares 2; templating's only one, ITemplateInfoHostJsonCache, declares 1. So the rule picks 3,
//   not 10, in order: iotedge IMetricsStorage, IDeviceScopeIdentitiesCache; botframework-solutions
//   ILinkedAccountRepository.
//   This one: the 1st of microsoft/botframework-solutions (3 members).
// Path: samples/csharp/clients/linkedaccounts.web/Controllers/ILinkedAccountRepository.cs (real store:
//   LinkedAccountRepository.cs, same folder; models: Microsoft.Bot.Schema TokenStatus, Microsoft.Bot.Connector
//   ICredentialProvider, package 4.8.0)
// Adapted: TokenStatus cut to ChannelId, ConnectionName, HasToken and ServiceProviderDisplayName; ICredentialProvider
//   as in the package (three members). Nullable disabled, as in the source (netcoreapp2.2, not enabled).
// Real store: LinkedAccountRepository keeps nothing: each member builds a BotFrameworkAdapter from the credential
//   provider and calls the Bot Framework token service over HTTP. GetTokenStatusAsync: the service's token status of
//   the user for each OAuth connection of the bot. GetSignInLinkAsync: the service's sign-in URL for that connection
//   and user, with the user's session id appended as an encoded code_challenge when SessionController has one.
//   SignOutAsync: the service signs the user out of that connection (of every connection when it is null).
// Shapes: *=core
// First try (793377b): incomplete: IMF0001 on all 3 members as a key-value store ("'GetSignInLink' / 'GetTokenStatus' /
//   'SignOut' is not a known verb": neither noun is proven by the subject LinkedAccount or a value type) | WRONG: none
//   (nothing generated).
// After this round: unchanged; refusing is right: the "repository" keeps nothing; each member is a call to the Bot
//   Framework token service, and the credential provider is not a key.

#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BotFrameworkSolutions.ILinkedAccountRepositoryCase;

public interface ICredentialProvider
{
    Task<bool> IsValidAppIdAsync(string appId);

    Task<string> GetAppPasswordAsync(string appId);

    Task<bool> IsAuthenticationDisabledAsync();
}

public class TokenStatus
{
    public string ChannelId { get; set; }

    public string ConnectionName { get; set; }

    public bool? HasToken { get; set; }

    public string ServiceProviderDisplayName { get; set; }
}

[InMemoryFake]
public interface ILinkedAccountRepository
{
    Task<string> GetSignInLinkAsync(string userId, ICredentialProvider credentialProvider, string connectionName, string finalRedirect);

    Task<TokenStatus[]> GetTokenStatusAsync(string userId, ICredentialProvider credentialProvider);

    Task SignOutAsync(string userId, ICredentialProvider credentialProvider, string connectionName = null);
}

public sealed class NoCredentials : ICredentialProvider
{
    public Task<bool> IsValidAppIdAsync(string appId) => Task.FromResult(true);

    public Task<string> GetAppPasswordAsync(string appId) => Task.FromResult(string.Empty);

    public Task<bool> IsAuthenticationDisabledAsync() => Task.FromResult(true);
}

public static class Smoke
{
    public static async Task RunAsync(ILinkedAccountRepository repository)
    {
        // Every member calls the Bot Framework token service; the script checks only that signing a user out of every
        // connection completes and that the status query answers an array.
        var credentials = new NoCredentials();
        await repository.SignOutAsync("user1", credentials);
        Check.NotNull(await repository.GetTokenStatusAsync("user1", credentials), "the token status is an array");
    }
}
