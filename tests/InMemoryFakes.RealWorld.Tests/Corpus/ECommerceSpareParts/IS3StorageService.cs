// Source: https://github.com/UnidentifiedSheep/ECommerceSpareParts
// Commit: 4b1332f4be5a
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample66 rule, fixed before probing: the repositories find_repos("shop") lists, in its order, then those
//   find_repos("commerce") lists; in each, at its newest stored snapshot (fetch, then git grep, paths sorted
//   ordinally), the first C# interface outside paths containing "test" that declares at least 3 members (inherited
//   ones count if the base interface is in the same repository) and whose implementation in the same repository itself
//   holds or reaches a store (a DbContext or database session, a cache, a blob or file client, a table, an in-memory
//   collection; a service that only calls another interface of the repository, or a client of a remote HTTP API, does
//   not count); not a corpus source already and not an interface already in the corpus; at most 1 per repository;
//   stop after 8. "shop" (100 listed) gives none: all but 13 have no .cs file; apimatic/eShopOnWeb, qingfa-dev/ReSys.Shop,
//   Customer-Workshop/otterworks have no snapshot (the index holds a union of many versions, apimatic's with three
//   different implementations of its first store interface, otterworks has no licence); nozzlegear/ShopifySharp has
//   only remote-API services, builders and utilities; kubeshop/tracetest's one interface declares 2 members;
//   AR-Questline/merlin-workshop's licence is an unreadable PDF (a game's modding toolkit); Ngonie69/ShopInventory,
//   promo-recruits/Advantshop-10.0 and csolomonson/shopifyOrderListener (decompiled) have no licence;
//   mcp-tool-shop-org/prototypes has no .cs file at its snapshot; AntonioFalcaoJr/EventualShop is a source.
//   "commerce" (100 listed): commercetools-dotnet-core-sdk-v2 is over fetch's 500 MB limit; nopCommerce is a source;
//   stateset-icommerce (no snapshot) has C# classes only; profesowilliams/DigitalCommercePlatform,
//   BrainStation-23/BS-Commerce and VirtoCommerce/vc-mcp-testing-module have no .cs file at their snapshots;
//   unicomproject/Unified-Commerce, kwojtasinski-repo/ECommerceApp, Smilefounder/Ecommerce, tuandangn/training-ecommerce,
//   oleksandrmelnychenko/gba-ecommerce-api and autobacsindia/EcommerceAutobacs have no licence;
//   jessiicamaru/e-commerce-asp-dotnet-practice has no snapshot; the rest have no .cs file. The list runs out at 6, in
//   order: ECommerceSpareParts IS3StorageService; vc-platform-core ICartRepository; commercetools-dotnet-core-sdk
//   IUserCredentialsStoreManager; MrCMS Ecommerce IAmazonAnalyticsService; IvanSemov44 E-commerce ICategoryRepository;
//   NopCommerce_Test ICacheKeyManager.
//   This one: the 1st pick (its first in path order, 7 members; ICustomTransaction before it is a transaction
//   builder, IDbValidator declares 1 member, IFile is a model).
// Path: src/Core/Abstractions/Interfaces/IS3StorageService.cs (real store: src/Infrastructure/S3/S3StorageService.cs;
//   models: src/Core/Abstractions/Interfaces/IFile.cs, Models/S3/S3ObjectListDto.cs, Models/S3/S3ObjectDto.cs)
// Adapted: the namespaces (one for all). Nullable enabled, as in the source (Abstractions.csproj).
// Real store: S3StorageService over an IAmazonS3 client (and an IPresignedS3Client for URLs). UploadFileAsync(bucket,
//   stream, key, contentType) and UploadFileAsync(bucket, file, key) PutObject the bytes under (bucket, key), replacing
//   any object there, and return the key given. DownloadFileAsync(bucket, key) returns the object's response stream
//   (a key not there: AmazonS3Exception NoSuchKey). DeleteFileAsync(bucket, key) answers whether S3 answered 204,
//   which it does whether or not the object was there (S3's delete is idempotent): true for a missing key too.
//   ListFilesAsync(bucket, continuationToken, size) lists at most size objects of the bucket, in key order, from where
//   the token left off, with S3's NextContinuationToken and IsTruncated. CreatePresignedUploadUrl signs a PUT URL for
//   the key (no state read or written); CompletePresignedUploadUrl(bucket, key) reads the object's metadata and throws
//   (404) when the upload did not happen.
// Shapes: *=11
// First try (f923f300): incomplete: IMF0001 both UploadFileAsync (a blob named within a bucket is a convention only for
//   (bucketName, name) first, and these take the content before the key), ListFilesAsync (a listing taking a continuation
//   token and a size), CreatePresignedUploadUrl and CompletePresignedUploadUrl (no known verb); DownloadFileAsync and
//   DeleteFileAsync generated (blobs named within a bucket, h-blobpair) | WRONG: DeleteFileAsync (the fake answered false
//   for a key not there; the real store answers true, S3's 204 for every delete).
// After this round: DeleteFileAsync refused (BlobPairTests: a plain bool delete within a bucket says nothing its name
//   proves; void, or DeleteIfExists, does). The other refusals are right: each upload returns the key given, where
//   wrappers as often return the object's URL or ETag; a page of S3's continuation tokens is S3's own paging format; a
//   presigned URL is signed by the client and its completion is a metadata read that throws, neither a store's read or
//   write. The download stays generated and right (a missing key throws in both).
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ECommerceSpareParts.IS3StorageServiceCase;

public interface IFile
{
    long Length { get; }
    string ContentType { get; }
    string FileName { get; }
    string Name { get; }
    string Extension { get; }

    Stream OpenReadStream();
    Task CopyToAsync(Stream target, CancellationToken cancellationToken = default);
    void CopyTo(Stream target);
}

public record S3ObjectDto
{
    public required long Size { get; init; }
    public required string Key { get; init; }
    public required DateTime? LastModified { get; init; }
}

public record S3ObjectListDto
{
    public required IReadOnlyList<S3ObjectDto> Files { get; init; }

    public string? NextContinuationToken { get; init; }

    public required bool HasMore { get; init; }
}

[InMemoryFake]
public interface IS3StorageService
{
    Task<string> UploadFileAsync(
        string bucketName,
        IFile file,
        string keyName);

    Task<string> UploadFileAsync(
        string bucketName,
        Stream stream,
        string keyName,
        string contentType);

    Task<Stream> DownloadFileAsync(
        string bucketName,
        string keyName,
        CancellationToken ct = default);

    Task<bool> DeleteFileAsync(string bucketName, string keyName);

    Task<S3ObjectListDto> ListFilesAsync(
        string bucketName,
        string? continuationToken,
        int size,
        CancellationToken ct = default);

    Task<string> CreatePresignedUploadUrl(
        string bucketName,
        string objectKey,
        string contentType,
        TimeSpan lifetime);

    Task CompletePresignedUploadUrl(
        string bucketName,
        string objectKey,
        CancellationToken ct = default);
}

public static class Smoke
{
    private static async Task<string> ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private static MemoryStream Bytes(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    public static async Task RunAsync(IS3StorageService storage)
    {
        Check.Equal("parts/1.png", await storage.UploadFileAsync("images", Bytes("one"), "parts/1.png", "image/png"), "an upload answers the key given");
        Check.Equal("one", await ReadAsync(await storage.DownloadFileAsync("images", "parts/1.png")), "a download reads the bytes uploaded under the key");
        await storage.UploadFileAsync("images", Bytes("uno"), "parts/1.png", "image/png");
        Check.Equal("uno", await ReadAsync(await storage.DownloadFileAsync("images", "parts/1.png")), "a second upload of a key replaces the object");
        await storage.UploadFileAsync("other", Bytes("elsewhere"), "parts/1.png", "image/png");
        Check.Equal("uno", await ReadAsync(await storage.DownloadFileAsync("images", "parts/1.png")), "the same key in another bucket is another object");

        await storage.UploadFileAsync("images", Bytes("two"), "parts/2.png", "image/png");
        await storage.UploadFileAsync("images", Bytes("three"), "parts/3.png", "image/png");
        var page = await storage.ListFilesAsync("images", null, 2);
        Check.Equal(2, page.Files.Count, "a listing holds at most size objects");
        Check.Equal("parts/1.png", page.Files[0].Key, "in key order");
        Check.True(page.HasMore, "and says more are left");
        var rest = await storage.ListFilesAsync("images", page.NextContinuationToken, 2);
        Check.Equal(1, rest.Files.Count, "the continuation token lists the rest");
        Check.Equal("parts/3.png", rest.Files[0].Key, "from where the first page left off");
        Check.False(rest.HasMore, "and nothing is left after it");

        Check.True(await storage.DeleteFileAsync("images", "parts/2.png"), "S3 answers 204 for a delete");
        Check.True(await storage.DeleteFileAsync("images", "parts/2.png"), "and 204 again for a key no longer there");
        await Check.ThrowsAsync<Exception>(() => storage.DownloadFileAsync("images", "parts/2.png"), "a deleted object cannot be downloaded");
    }
}
