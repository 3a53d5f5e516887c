// Source: https://github.com/dotnet/arcade
// Commit: 51abc1909
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample50 rule, fixed before probing (h-sample46's, continued): the repositories in the order
//   find_repos("dotnet/") lists them (owner dotnet only: akkadotnet/…, json-api-dotnet/… and the like skipped), from
//   the first after arcade-services (h-sample46's 6th pick), keeping those with C# code at their newest stored snapshot
//   and not already a corpus source; for each, at that snapshot (fetch, then `git grep -n -E "interface
//   I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b" -- '*.cs'`, paths sorted ordinally), the first interface
//   outside paths containing "test" (any case) that declares at least 3 members (inherited ones count if the base
//   interface is in the same repository) and holds state (something a caller puts in through the interface; a
//   …Provider that only computes, or hands out what it was built with, is skipped); at most 1 per repository; stop
//   after 6. A snapshot over fetch's 500 MiB limit is skipped (h-sample42). find_repos("dotnet/") lists 100 rows by
//   file versions and ends at dotnet/core (1331) with 5 picks; the list was continued in the same order (file
//   versions, highest first) with the dotnet/ repositories below 1331 that find_repos("dotnet/<letter>") lists for
//   a-p and r-x (y, z, q and digits not queried).
//   In order: iot none (IMotorPinProvider 1 member); arcade gives IStorage (its first match); SqlClient no match;
//   interactive none (IAuthorizationProvider, 3 members that hand out the token it was built with: skipped); wcf
//   already a source; corert gives IRootingServiceProvider (before it IEntityHandleProvider,
//   IMetadataStringDecoderProvider and ICompilationRootProvider, 1 member each); reactive none (IAsyncIListProvider<T>,
//   3 members that compute ToArray/ToList/Count of a query, and IAsyncQueryProvider, 3 that build and run queries:
//   computing; the others 1); corefxlab no match; command-line-api none (IShellProvider, 4 members that describe a
//   shell and compute its completion script: computing; ISuggestionStore 1); ClangSharp no match;
//   aspnet-api-versioning none (1-2 members each); diagnostics none (IRuntimeProvider 1); MQTTnet none (1-2 each);
//   dotnet-monitor already a source; Open-XML-SDK none (INameProvider 1); dotnet-api-docs (1.9 GB) over the limit;
//   maui-labs has no snapshot; vscode-csharp no match; AspNetCore.Docs.pl-pl no C# code; roslyn-analyzers no match;
//   Scaffolding none (1-2 each); performance gives IX509Store (before it ILocalCertStore 2); upgrade-assistant, Comet,
//   samples no match; runtimelab (0.95 GB) over the limit; try no match; EntityFramework.Docs's only match is under
//   samples/core/Testing (a "test" path); android-samples, TorchSharp no match; docker-tools none (1 each); infer none
//   (1 each; IGenericArgumentProvider's IComparable is not the repository's); Kerberos.NET gives ITicketCache;
//   MobileBlazorBindings gives ITokenCache (before it IRemoteAuthenticationPathsProvider 1, IAccessTokenProvider 2);
//   dotnet-docker none (2 and 1); dotnet/dotnet (2.0 GB) over the limit; eShop already a source; skills no match;
//   coreclr's snapshot has no C# code; core no match. Continued below 1331: docs-maui no match; docs-desktop.it-it no
//   C# code; LLVMSharp no match; systemweb-adapters none (ILockedSessionCache 2); docs-aspire no match;
//   ResXResourceManager gives IErrorListProvider, the 6th. No interface of these repositories was in the corpus.
//   This one: the 1st pick (arcade; its first match in path order, 3 members).
// Path: src/Microsoft.DotNet.Helix/Client/CSharp/generated-code/Storage.cs (models: generated-code/Models/
//   ContainerInformation.cs, ContainerCreationRequest.cs, ContainerExtensionRequest.cs; real store: the Helix service
//   behind the generated REST client Storage in the same file, GET/POST /api/storage and /api/storage/renew; callers:
//   JobSender/StorageHelpers/ApiBlobHelper.cs and JobMonitor/Services/HelixService.cs)
// Adapted: the namespace; the models' [JsonProperty] attributes left out (constructors, properties and IsValid kept:
//   the models have no parameterless constructor). Nullable disabled, as in the generated client.
// Real store: the Helix service (not in this repository) keeps the storage containers it creates for the caller.
//   NewAsync(request) creates a new Azure blob container from DesiredName (a prefix: HelixService asks for "joblists"
//   each time it resubmits a job and gets "a fresh storage container" each time), in a storage account and region of
//   its choosing, with Created now, Expiration ExpirationInDays later, Creator the caller and SAS ReadToken/WriteToken
//   (ApiBlobHelper builds an AzureSasCredential from WriteToken, which refuses null), and answers its
//   ContainerInformation. ListAsync(getSasTokens) lists the containers the service keeps. ExtendExpirationAsync(request)
//   moves the expiration of the container the request names (ContainerName, StorageAccountName, SubscriptionId,
//   Region) ExtensionInDays further and answers its ContainerInformation.
// First try (30887e9): incomplete: IMF0001 on all three (NewAsync and ExtendExpirationAsync: 'New' and
//   'ExtendExpiration' are no key-value verbs; ListAsync: a GetAll that takes a parameter). Nothing generated; the probe
//   stops at NewAsync, the script's first line | WRONG: none. Rightly refused: the service makes up the container's
//   name, account, region and tokens from a request of another type, and extends an expiry by a request naming it.
// After this round: unchanged (incomplete, nothing generated, rightly refused).
#nullable disable

using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Arcade.IStorageCase;

public partial class ContainerInformation
{
    public ContainerInformation(DateTimeOffset created, DateTimeOffset expiration, string creator, string containerName, string storageAccountName, Guid subscriptionId, string region)
    {
        Created = created;
        Expiration = expiration;
        Creator = creator;
        ContainerName = containerName;
        StorageAccountName = storageAccountName;
        SubscriptionId = subscriptionId;
        Region = region;
    }

    public DateTimeOffset Created { get; set; }
    public DateTimeOffset Expiration { get; set; }
    public string ReadToken { get; set; }
    public string WriteToken { get; set; }
    public string Creator { get; set; }
    public string ContainerName { get; set; }
    public string StorageAccountName { get; set; }
    public Guid SubscriptionId { get; set; }
    public string Region { get; set; }

    public bool IsValid
    {
        get
        {
            if (string.IsNullOrEmpty(Creator))
            {
                return false;
            }
            if (string.IsNullOrEmpty(ContainerName))
            {
                return false;
            }
            if (string.IsNullOrEmpty(StorageAccountName))
            {
                return false;
            }
            if (string.IsNullOrEmpty(Region))
            {
                return false;
            }
            return true;
        }
    }
}

public partial class ContainerCreationRequest
{
    public ContainerCreationRequest(double expirationInDays, string desiredName, string targetQueue)
    {
        ExpirationInDays = expirationInDays;
        DesiredName = desiredName;
        TargetQueue = targetQueue;
    }

    public double ExpirationInDays { get; set; }
    public string DesiredName { get; set; }
    public string TargetQueue { get; set; }

    public bool IsValid
    {
        get
        {
            if (string.IsNullOrEmpty(DesiredName))
            {
                return false;
            }
            if (string.IsNullOrEmpty(TargetQueue))
            {
                return false;
            }
            return true;
        }
    }
}

public partial class ContainerExtensionRequest
{
    public ContainerExtensionRequest(double extensionInDays, string containerName, string storageAccountName, Guid subscriptionId, string region)
    {
        ExtensionInDays = extensionInDays;
        ContainerName = containerName;
        StorageAccountName = storageAccountName;
        SubscriptionId = subscriptionId;
        Region = region;
    }

    public double ExtensionInDays { get; set; }
    public string ContainerName { get; set; }
    public string StorageAccountName { get; set; }
    public Guid SubscriptionId { get; set; }
    public string Region { get; set; }

    public bool IsValid
    {
        get
        {
            if (string.IsNullOrEmpty(ContainerName))
            {
                return false;
            }
            if (string.IsNullOrEmpty(StorageAccountName))
            {
                return false;
            }
            if (string.IsNullOrEmpty(Region))
            {
                return false;
            }
            return true;
        }
    }
}

[InMemoryFake]
public partial interface IStorage
{
    Task<IImmutableList<ContainerInformation>> ListAsync(
        bool? getSasTokens = default,
        CancellationToken cancellationToken = default
    );

    Task<ContainerInformation> NewAsync(
        ContainerCreationRequest body,
        CancellationToken cancellationToken = default
    );

    Task<ContainerInformation> ExtendExpirationAsync(
        ContainerExtensionRequest body,
        CancellationToken cancellationToken = default
    );
}

public static class Smoke
{
    public static async Task RunAsync(IStorage storage)
    {
        var first = await storage.NewAsync(new ContainerCreationRequest(30, "joblists", "windows.10.amd64"));
        Check.NotNull(first, "NewAsync answers the container it created");
        Check.True(first.IsValid, "with its name, storage account, region and creator filled in by the service");
        Check.NotNull(first.WriteToken, "and a write SAS token (ApiBlobHelper builds an AzureSasCredential from it)");
        Check.True(first.Expiration > first.Created, "expiring ExpirationInDays after its creation");

        var second = await storage.NewAsync(new ContainerCreationRequest(30, "joblists", "windows.10.amd64"));
        Check.True(second.ContainerName != first.ContainerName || second.StorageAccountName != first.StorageAccountName, "a second NewAsync with the same desired name creates another (fresh) container");

        var listed = await storage.ListAsync();
        Check.True(listed.Any(c => c.ContainerName == first.ContainerName) && listed.Any(c => c.ContainerName == second.ContainerName), "ListAsync lists the containers created");

        var extended = await storage.ExtendExpirationAsync(new ContainerExtensionRequest(10, first.ContainerName, first.StorageAccountName, first.SubscriptionId, first.Region));
        Check.Equal(first.ContainerName, extended.ContainerName, "ExtendExpirationAsync answers the container it names");
        Check.True(extended.Expiration > first.Expiration, "with its expiration moved later");
    }
}
