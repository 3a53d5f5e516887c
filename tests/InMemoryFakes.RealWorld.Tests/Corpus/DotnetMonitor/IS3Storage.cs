// Source: https://github.com/dotnet/dotnet-monitor
// Commit: 2b48cb9fc
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample11 rule, fixed before probing: in these repositories, in this order (microsoft/chat-copilot,
//   Azure-Samples/modern-web-app-pattern-dotnet, Azure-Samples/reliable-web-app-pattern-dotnet,
//   microsoft/Windows-appsample-customers-orders-database, microsoft/TailwindTraders-Backend, microsoft/teams-ai,
//   OfficeDev/Microsoft-Teams-Samples, microsoft/BotBuilder-Samples, microsoft/durabletask-dotnet,
//   Azure/azure-functions-durable-extension, dotnet/dotnet-monitor, Azure-Samples/azure-search-openai-demo-csharp,
//   microsoft/PartsUnlimited, dotnet/eShopSupport), skipping any the tools do not hold or already in the corpus, at
//   the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path
//   order (at most 2 per repository; an identical copy of one already taken does not count), outside paths
//   containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least
//   3 members (inherited ones count if the base interface is in the same repository) and are not already in the
//   corpus; stop after 12. Not held (fetch: no snapshot): modern-web-app-pattern-dotnet, reliable-web-app-pattern-dotnet.
//   Already in the corpus: Windows-appsample-customers-orders-database. Microsoft-Teams-Samples (988 MB) is over
//   fetch's 500 MB limit and its index listing cannot be enumerated in path order: skipped, unprobed. No such
//   interface: TailwindTraders-Backend, teams-ai (no C# at its newest snapshot), durabletask-dotnet (only under
//   test/), azure-functions-durable-extension, azure-search-openai-demo-csharp, PartsUnlimited, eShopSupport.
//   BotBuilder-Samples' IStore (42.scaleout) declares 2 members. The 4: chat-copilot IRepository<T>; BotBuilder-Samples
//   IBotDataStore<T>; dotnet-monitor IS3Storage and IExceptionsNameCache.
//   This one: the 1st of dotnet/dotnet-monitor.
// Path: src/Extensions/S3Storage/IS3Storage.cs (model: Amazon.S3.Model.PartETag of AWSSDK.S3)
// Adapted: PartETag (AWSSDK.S3) reduced to its PartNumber, ETag and (int, string) constructor. Nullable enabled, as in
//   the source.
// Real store: src/Extensions/S3Storage/S3Storage.cs: an UPLOAD client bound at construction to one bucket and one object
//   key (the egressed artifact's name): PutAsync uploads the stream as that object (PutObject); UploadAsync uploads it
//   with TransferUtility; InitMultiPartUploadAsync(metadata) starts a multipart upload and returns S3's upload id;
//   UploadPartAsync returns a PartETag of the part number and S3's ETag of the part; CompleteMultiPartUploadAsync
//   assembles the given parts into the object; AbortMultipartUploadAsync discards the upload;
//   GetTemporaryResourceUrl(expires) returns a pre-signed GET URL of the object valid until expires. Nothing reads
//   the object back through the interface; unknown upload ids fail inside S3 (AmazonS3Exception NoSuchUpload).
// Shapes: *=core
// First try (1fd5c95): incomplete: IMF0001 every member (PutAsync and UploadAsync take no key: the object is fixed at
//   construction; the multipart verbs and GetTemporaryResourceUrl are no blob store verbs) | WRONG: none. An upload
//   client for one object with no read: refused honestly.
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotnetMonitor.IS3StorageCase;

public class PartETag
{
    public PartETag(int partNumber, string eTag)
    {
        PartNumber = partNumber;
        ETag = eTag;
    }

    public int PartNumber { get; set; }
    public string ETag { get; set; }
}

[InMemoryFake]
public interface IS3Storage
{
    Task PutAsync(Stream inputStream, CancellationToken token);
    Task UploadAsync(Stream inputStream, CancellationToken token);
    Task<PartETag> UploadPartAsync(string uploadId, int partNumber, int partSize, Stream inputStream, CancellationToken token);
    Task AbortMultipartUploadAsync(string uploadId, CancellationToken cancellationToken);
    Task CompleteMultiPartUploadAsync(string uploadId, List<PartETag> parts, CancellationToken cancellationToken);
    Task<string> InitMultiPartUploadAsync(IDictionary<string, string> metadata, CancellationToken cancellationToken);
    string GetTemporaryResourceUrl(DateTime expires);
}

public static class Smoke
{
    public static async Task RunAsync(IS3Storage storage)
    {
        var none = CancellationToken.None;
        await storage.PutAsync(new MemoryStream(new byte[] { 1, 2, 3 }), none);
        var first = await storage.InitMultiPartUploadAsync(new Dictionary<string, string> { ["a"] = "b" }, none);
        var second = await storage.InitMultiPartUploadAsync(new Dictionary<string, string>(), none);
        Check.True(!string.IsNullOrEmpty(first), "InitMultiPartUploadAsync returns an upload id");
        Check.True(first != second, "each InitMultiPartUploadAsync starts a new upload with its own id");
        var part = await storage.UploadPartAsync(first, 1, 3, new MemoryStream(new byte[] { 1, 2, 3 }), none);
        Check.Equal(1, part.PartNumber, "UploadPartAsync returns the part's number");
        Check.True(!string.IsNullOrEmpty(part.ETag), "UploadPartAsync returns the part's ETag");
        await storage.CompleteMultiPartUploadAsync(first, new List<PartETag> { part }, none);
        await storage.AbortMultipartUploadAsync(second, none);
        Check.True(Uri.IsWellFormedUriString(storage.GetTemporaryResourceUrl(new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)), UriKind.Absolute), "GetTemporaryResourceUrl returns an absolute URL");
    }
}
