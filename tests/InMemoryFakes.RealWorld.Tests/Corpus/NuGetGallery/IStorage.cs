// Source: https://github.com/NuGet/NuGetGallery
// Commit: 55d8cc0bc95f
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 2nd of NuGet/NuGetGallery.
// Path: src/Catalog/Persistence/IStorage.cs (models: StorageContent.cs, StringStorageContent.cs, StorageListItem.cs,
//   OptimisticConcurrencyControlToken.cs, DeleteRequestOptions.cs)
// Adapted: StringStorageContent keeps one constructor; OptimisticConcurrencyControlToken keeps its token and Null
//   (not its equality); DeleteRequestOptions is the empty abstract base (its access-condition subclass is left out).
// Real store: src/Catalog/Persistence/Storage.cs with FileStorage.cs and AzureStorage.cs: SaveAsync(uri, content)
//   writes the content at the URI's name under BaseAddress; LoadAsync(uri) the content or null when missing;
//   LoadStringAsync(uri) its text or null; DeleteAsync(uri) removes it; ListAsync the stored items with their URI and
//   last-modified time; ResolveUri(relative) BaseAddress combined with the relative URI; CopyAsync copies to another
//   storage; UpdateCacheControlAsync is false in the base class (Azure sets the blob's Cache-Control);
//   GetOptimisticConcurrencyControlTokenAsync throws NotImplementedException in the base class (Azure returns the ETag);
//   Exists(fileName): FileStorage checks File.Exists(fileName) (not resolved against its root), AzureStorage whether
//   the blob of that name exists.
// Shapes: *=11; BaseAddress=core; ResolveUri=core; GetOptimisticConcurrencyControlTokenAsync=19; UpdateCacheControlAsync=20
// First try (ffaa154): incomplete: IMF0001 BaseAddress, CopyAsync, DeleteAsync, GetOptimisticConcurrencyControlTokenAsync,
//   ListAsync, LoadAsync, LoadStringAsync, ResolveUri, SaveAsync, UpdateCacheControlAsync | WRONG: none (Exists is
//   generated as a blob existence check; no generated member writes)
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NuGetGallery.IStorageCase;

public abstract class StorageContent
{
    public DateTime? StorageDateTimeInUtc { get; set; }
    public string ContentType { get; set; }
    public string CacheControl { get; set; }
    public abstract Stream GetContentStream();
}

public class StringStorageContent : StorageContent
{
    public StringStorageContent(string content, string contentType = "", string cacheControl = "")
    {
        Content = content;
        ContentType = contentType;
        CacheControl = cacheControl;
    }

    public string Content { get; }

    public override Stream GetContentStream() => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Content));
}

public class StorageListItem
{
    public StorageListItem(Uri uri, DateTime? lastModifiedUtc)
    {
        Uri = uri;
        LastModifiedUtc = lastModifiedUtc;
    }

    public Uri Uri { get; set; }
    public DateTime? LastModifiedUtc { get; set; }
}

public sealed class OptimisticConcurrencyControlToken
{
    public static readonly OptimisticConcurrencyControlToken Null = new OptimisticConcurrencyControlToken(token: null);

    public OptimisticConcurrencyControlToken(string token)
    {
        Token = token;
    }

    public string Token { get; }
}

public abstract class DeleteRequestOptions
{
}

[InMemoryFake]
public interface IStorage
{
    Uri BaseAddress { get; }

    Task CopyAsync(
        Uri sourceUri,
        IStorage destinationStorage,
        Uri destinationUri,
        IReadOnlyDictionary<string, string> destinationProperties,
        CancellationToken cancellation);
    Task DeleteAsync(Uri resourceUri, CancellationToken cancellationToken, DeleteRequestOptions deleteRequestOptions = null);
    Task<OptimisticConcurrencyControlToken> GetOptimisticConcurrencyControlTokenAsync(
        Uri resourceUri,
        CancellationToken cancellationToken);
    Task<IEnumerable<StorageListItem>> ListAsync(CancellationToken cancellationToken);
    Task<StorageContent> LoadAsync(Uri resourceUri, CancellationToken cancellationToken);
    Task<string> LoadStringAsync(Uri resourceUri, CancellationToken cancellationToken);
    Uri ResolveUri(string relativeUri);
    Task SaveAsync(Uri resourceUri, StorageContent content, CancellationToken cancellationToken);
    bool Exists(string fileName);
    Task<bool> UpdateCacheControlAsync(Uri resourceUri, string cacheControl, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IStorage storage)
    {
        var token = CancellationToken.None;
        Check.False(storage.Exists("index.json"), "Exists of a missing file is false");
        var uri = storage.ResolveUri("index.json");
        await storage.SaveAsync(uri, new StringStorageContent("{\"count\":1}", "application/json"), token);
        Check.Equal("{\"count\":1}", await storage.LoadStringAsync(uri, token), "LoadStringAsync reads what SaveAsync wrote");
        Check.Equal(1, (await storage.ListAsync(token)).Count(), "ListAsync lists the saved item");
        Check.Null(await storage.LoadAsync(storage.ResolveUri("missing.json"), token), "LoadAsync of a missing item is null");
        await storage.DeleteAsync(uri, token);
        Check.Null(await storage.LoadStringAsync(uri, token), "DeleteAsync removes the item");
    }
}
