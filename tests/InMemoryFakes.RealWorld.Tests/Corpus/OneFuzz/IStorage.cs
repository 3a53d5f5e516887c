// Source: https://github.com/microsoft/onefuzz
// Commit: 82fffbe8
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample23 rule, fixed before probing: in these repositories, in this order (microsoft/PowerToys,
//   microsoft/ApplicationInsights-dotnet, microsoft/garnet, CoreWCF/CoreWCF, dotnet/docfx,
//   microsoft/component-detection, Azure/azure-functions-durable-extension, microsoft/onefuzz, dotnet/msbuild,
//   files-community/Files, QuantConnect/Lean, ShareX/ShareX, dotnet/roslyn, microsoft/vs-streamjsonrpc), skipping any
//   the tools do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep for
//   `interface I…(Repository|Repo|Store|Storage|Cache)` in *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already taken does not count), outside
//   paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at
//   least 3 members (inherited ones count if the base interface is in the same repository) and are not already in the
//   corpus; stop after 10; each transcribed whole (up to 50 members).
//   PowerToys (565 MB) and roslyn (3.75 GB) are over fetch's 500 MB limit: skipped as not held. ApplicationInsights-
//   dotnet, garnet, docfx, component-detection, azure-functions-durable-extension, Files and ShareX have no such
//   interface outside test paths; CoreWCF's only one, ISecurityContextSecurityTokenCache, is already in the corpus (its
//   declaration is dotnet/wcf's, member for member: Corpus/Wcf, h-sample17); msbuild's IPropertyCache declares no member
//   (IResultsCache comes after IRegisteredTaskObjectCache); vs-streamjsonrpc's only one, IGenericTypeArgStore, declares 1.
//   So the rule picks 4, not 10, in order: onefuzz IStorage; msbuild IConfigCache, IRegisteredTaskObjectCache; Lean
//   IObjectStore.
//   This one: the 1st and only one of microsoft/onefuzz (14 members, 9 of them default interface methods).
// Path: src/ApiService/ApiService/onefuzzlib/Storage.cs (the interface and its real store, Storage, in one file)
// Adapted: the Azure SDK types the members name (Azure.Core's ResourceIdentifier and ResourceType, Azure.Storage.Blobs'
//   BlobServiceClient / BlobContainerClient / BlobClient, Azure.Data.Tables' TableServiceClient, Azure.Storage.Queues'
//   QueueServiceClient / QueueClient, the SAS permissions and builders, Azure.ResourceManager.Storage's resource types)
//   are minimal stand-ins with the members the default bodies call; the default bodies are kept as in the source
//   (Debug.Assert included). Nullable enabled (ApiService.csproj), as in the source.
// Real store: Storage is not a data store: it resolves OneFuzz's Azure storage accounts. CorpusAccounts: the fuzz
//   storage account plus every account of the resource group tagged storage_type=corpus (except the function app's),
//   memoized in an IMemoryCache. GetPrimaryAccount(Corpus) the fuzz storage account, (Config) the function storage
//   account, another value NotSupportedException. GetAccounts(Corpus) CorpusAccounts(), (Config) the function storage
//   account alone. Get{Blob,Table,Queue}ServiceClientForAccountName(name): a client for
//   https://<name>.{blob,table,queue}.core.windows.net/ with the account's first key (read through ARM), cached per
//   name for the process. The default methods: ChooseAccount the primary when it is the only account, else a random
//   secondary (no accounts: InvalidOperationException); the ForAccount overloads go by the identifier's Name;
//   GetBlobContainerClientForContainerResource checks the resource type and goes through the grandparent account;
//   the Generate*SasUri methods sign a SAS URI with the client's credentials for the time window.
// Shapes: *=core
// First try (8d3c8a1): incomplete: IMF0009 "Entity type 'ResourceIdentifier' used by IStorage has no key" (read as an
//   entity repository of ResourceIdentifier, the type most members return; no class generated) | WRONG: none (nothing
//   generated).
// After this round: unchanged; refusing is right: the accounts are the deployment's (ARM tags, configuration) and the
//   clients are Azure SDK services, none of which a store of values holds.

#nullable enable

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OneFuzz.IStorageCase;

public readonly record struct ResourceType(string Namespace, string Type);

public sealed class ResourceIdentifier(string name, ResourceType resourceType, ResourceIdentifier? parent)
{
    public string Name { get; } = name;

    public ResourceType ResourceType { get; } = resourceType;

    public ResourceIdentifier? Parent { get; } = parent;
}

public static class BlobContainerResource
{
    public static readonly ResourceType ResourceType = new("Microsoft.Storage", "storageAccounts/blobServices/containers");
}

public static class StorageAccountResource
{
    public static readonly ResourceType ResourceType = new("Microsoft.Storage", "storageAccounts");
}

public enum StorageType
{
    Corpus,
    Config
}

[Flags]
public enum BlobContainerSasPermissions
{
    Read = 1,
    Write = 2,
}

[Flags]
public enum BlobSasPermissions
{
    Read = 1,
    Write = 2,
}

[Flags]
public enum QueueSasPermissions
{
    Read = 1,
    Add = 2,
}

public sealed class BlobSasBuilder(Enum permissions, DateTimeOffset expiresOn)
{
    public Enum Permissions { get; } = permissions;

    public DateTimeOffset ExpiresOn { get; } = expiresOn;

    public DateTimeOffset StartsOn { get; set; }

    public string? BlobContainerName { get; set; }

    public string? BlobName { get; set; }
}

public sealed class QueueSasBuilder(QueueSasPermissions permissions, DateTimeOffset expiresOn)
{
    public QueueSasPermissions Permissions { get; } = permissions;

    public DateTimeOffset ExpiresOn { get; } = expiresOn;

    public DateTimeOffset StartsOn { get; set; }
}

public class BlobServiceClient(Uri uri)
{
    public Uri Uri { get; } = uri;

    public virtual BlobContainerClient GetBlobContainerClient(string blobContainerName) => new(new Uri(Uri, blobContainerName), blobContainerName);
}

public class BlobContainerClient(Uri uri, string name)
{
    public Uri Uri { get; } = uri;

    public string Name { get; } = name;

    public virtual Uri GenerateSasUri(BlobSasBuilder builder) => new(Uri + "?sas");
}

public class BlobClient(Uri uri, string blobContainerName, string name)
{
    public Uri Uri { get; } = uri;

    public string BlobContainerName { get; } = blobContainerName;

    public string Name { get; } = name;

    public virtual Uri GenerateSasUri(BlobSasBuilder builder) => new(Uri + "?sas");
}

public class TableServiceClient(Uri uri)
{
    public Uri Uri { get; } = uri;
}

public class QueueServiceClient(Uri uri)
{
    public Uri Uri { get; } = uri;
}

public class QueueClient(Uri uri)
{
    public Uri Uri { get; } = uri;

    public virtual Uri GenerateSasUri(QueueSasBuilder builder) => new(Uri + "?sas");
}

[InMemoryFake]
public interface IStorage {
    public IReadOnlyList<ResourceIdentifier> CorpusAccounts();
    public ResourceIdentifier GetPrimaryAccount(StorageType storageType);
    public IReadOnlyList<ResourceIdentifier> GetAccounts(StorageType storageType);

    /// Picks either the single primary account or a random secondary account.
    public ResourceIdentifier ChooseAccount(StorageType storageType) {
        var accounts = GetAccounts(storageType);
        if (!accounts.Any()) {
            throw new InvalidOperationException($"no storage accounts for {storageType}");
        }

        if (accounts.Count == 1) {
            return accounts[0];
        }

        // Use a random secondary storage account if any are available.  This
        // reduces IOP contention for the Storage Queues, which are only available
        // on primary accounts
        //
        // security note: this is not used as a security feature
        var secondaryAccounts = accounts.Skip(1).ToList();
        return secondaryAccounts[Random.Shared.Next(secondaryAccounts.Count)];
    }

    public Task<BlobServiceClient> GetBlobServiceClientForAccount(ResourceIdentifier accountId)
        => GetBlobServiceClientForAccountName(accountId.Name);

    public Task<BlobServiceClient> GetBlobServiceClientForAccountName(string accountName);

    public async Task<BlobContainerClient> GetBlobContainerClientForContainerResource(ResourceIdentifier containerResourceId) {
        if (containerResourceId.ResourceType != BlobContainerResource.ResourceType) {
            throw new ArgumentException("must be a container resource ID", nameof(containerResourceId));
        }

        // parent of container resource = blob services resource
        // parent of blob services resource = storage account resource
        var accountId = containerResourceId.Parent?.Parent ?? throw new ArgumentException("resource ID must have parent", nameof(containerResourceId));

        Debug.Assert(accountId.ResourceType == StorageAccountResource.ResourceType);

        var accountClient = await GetBlobServiceClientForAccount(accountId);
        return accountClient.GetBlobContainerClient(containerResourceId.Name);
    }

    public Uri GenerateBlobContainerSasUri(
        BlobContainerSasPermissions permissions,
        BlobContainerClient containerClient,
        (DateTimeOffset startTime, DateTimeOffset endTime) timeWindow)
        => containerClient.GenerateSasUri(new BlobSasBuilder(permissions, timeWindow.endTime) {
            StartsOn = timeWindow.startTime,
            BlobContainerName = containerClient.Name,
        });

    public Uri GenerateBlobSasUri(
        BlobSasPermissions permissions,
        BlobClient blobClient,
        (DateTimeOffset startTime, DateTimeOffset endTime) timeWindow)
        => blobClient.GenerateSasUri(new BlobSasBuilder(permissions, timeWindow.endTime) {
            StartsOn = timeWindow.startTime,
            BlobContainerName = blobClient.BlobContainerName,
            BlobName = blobClient.Name
        });

    public Task<TableServiceClient> GetTableServiceClientForAccount(ResourceIdentifier accountId)
        => GetTableServiceClientForAccountName(accountId.Name);

    public Task<TableServiceClient> GetTableServiceClientForAccountName(string accountName);

    public Task<QueueServiceClient> GetQueueServiceClientForAccount(ResourceIdentifier accountId)
        => GetQueueServiceClientForAccountName(accountId.Name);

    public Task<QueueServiceClient> GetQueueServiceClientForAccountName(string accountName);

    public Uri GenerateQueueSasUri(
        QueueSasPermissions permissions,
        QueueClient queueClient,
        (DateTimeOffset startTime, DateTimeOffset endTime) timeWindow)
        => queueClient.GenerateSasUri(new QueueSasBuilder(permissions, timeWindow.endTime) {
            StartsOn = timeWindow.startTime,
        });
}

public static class Smoke
{
    public static async Task RunAsync(IStorage storage)
    {
        var primary = storage.GetPrimaryAccount(StorageType.Config);
        Check.Equal(1, storage.GetAccounts(StorageType.Config).Count, "GetAccounts(Config) is the function storage account alone");
        Check.Equal(primary, storage.GetAccounts(StorageType.Config)[0], "GetAccounts(Config) is GetPrimaryAccount(Config)");
        Check.Equal(storage.GetPrimaryAccount(StorageType.Corpus), storage.CorpusAccounts()[0], "the fuzz storage account comes first among the corpus accounts");
        Check.Throws<NotSupportedException>(() => storage.GetPrimaryAccount((StorageType)7), "an unknown storage type throws NotSupportedException");
        var client = await storage.GetBlobServiceClientForAccountName("fuzzdata");
        Check.Equal(new Uri("https://fuzzdata.blob.core.windows.net/"), client.Uri, "the blob client is for the account's blob endpoint");
        Check.Equal(client, await storage.GetBlobServiceClientForAccountName("fuzzdata"), "the client is cached per account name");
    }
}
