// Source: https://github.com/MicrosoftDocs/mslearn-store-data-in-azure
// Commit: decbffde55c0
// Licence: MIT (code samples; CC-BY-4.0 documentation)
// Sample: h-sample7 rule, fixed before probing: in these repositories, in this order (dotnet/AspNetCore.Docs,
//   dotnet/docs, the Azure-Samples repositories whose name starts with cosmos-db, azure-sql or storage-blob,
//   microsoft/PowerToys, microsoft/Windows-appsample-*, MicrosoftDocs/mslearn-*, dotnet/aspire-samples,
//   dotnet/maui-samples; each group in ordinal name order), skipping any the tools do not hold, at its newest stored
//   snapshot (fetch, then git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical
//   copy of one already taken from the same repository does not count), whose name ends in Repository, Store, Storage
//   or Cache, that declare at least 3 members and are not already in the corpus; stop after 12. AspNetCore.Docs (874
//   MB), dotnet/docs (1.7 GB) and PowerToys (565 MB) are over fetch's 500 MB limit: skipped. The 33 Azure-Samples
//   repositories fetched (those with C#, by name or find_files) had none; of the 15 microsoft/Windows-appsample-*,
//   only customers-orders-database (whose first 2 are in the corpus) and lunch-scheduler had any; of the 100+
//   mslearn-* repositories the 38 .NET ones fetched were searched (mslearn-microservices-architecture's
//   IDeliveryRepository has 2 members; the other mslearn-tailspin-spacegame-web-* modules copy its
//   IDocumentDBRepository). 11 interfaces from 8 repositories.
//   This one: the 1st of MicrosoftDocs/mslearn-store-data-in-azure ("src/start" holds an identical copy).
// Path: store-app-data-with-azure-blob-storage/src/final/Models/IStorage.cs
// Adapted: RequestFailedException is a stand-in for Azure.RequestFailedException (Azure.Core), which the real store lets
//   through for a missing blob (404) and a taken name (409). The project (netcoreapp3.1) builds without nullable
//   annotations (#nullable disable).
// Real store: store-app-data-with-azure-blob-storage/src/final/Models/BlobStorage.cs (Azure.Storage.Blobs 12.10, one
//   container): Save(stream, name) BlobClient.UploadAsync(stream) without overwrite: a new blob, and a name already
//   stored throws RequestFailedException (409 BlobAlreadyExists); GetNames() every blob's name in the container, in the
//   service's lexicographic order; Load(name) BlobClient.OpenReadAsync(): a stream of the blob's content, and a missing
//   name throws RequestFailedException (404).
// Shapes: *=11
// First try (4060da2): incomplete: IMF0001 GetNames (no blob verb), Load (a Stream from a nullable-oblivious
//   context: null or an error for a missing blob is not said) | WRONG: Save of a name already stored replaces the blob,
//   where the real store (BlobClient.UploadAsync without overwrite) throws RequestFailedException (409)
// Configured: ExistingBlobWrites = ExistingBlobWrite.Refuse (h-close1, 2026-12-03: Save of a taken name is the
//   duplicate error, store unchanged: UploadAsync(stream) without overwrite), DuplicateKeyException and
//   NotFoundException = typeof(RequestFailedException) (the one type Azure throws for 409 and 404; NotFoundException also
//   says Load of a missing name is an error, not null). Before: Save replaced a stored blob, silently.
// Now (h-close1): complete. GetNames() is a blob list of names (GetNames/ListNames/GetBlobNames/GetFileNames list every
//   blob's name, docs/generator.md blob store), sorted ordinally: Azure lists in UTF-8 byte order, the same order except
//   for names with characters outside the Basic Multilingual Plane beside ones from U+E000 up.
// After this round (h-blobs3, session 27): a blob listing that would answer a name nested under a '/' throws unless
//   BlobListings states the store's listing (docs/generator.md, listings of nested names): Azure's GetBlobs lists it,
//   a hierarchical listing does not. The smoke script now saves "2024/c.txt", which GetBlobsAsync() (a flat listing:
//   BlobStorage.GetNames at 6fa925ac) lists beside the others, and the fake threw there naming GetNames and the setting;
//   configured BlobListings = BlobListing.Flat, what GetBlobsAsync does. Complete, the smoke script passes.
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MslearnStoreData.IStorageCase;

public sealed class RequestFailedException(string message) : Exception(message);

[InMemoryFake(ExistingBlobWrites = ExistingBlobWrite.Refuse, BlobListings = BlobListing.Flat, DuplicateKeyException = typeof(RequestFailedException), NotFoundException = typeof(RequestFailedException))]
public interface IStorage
{
    Task Save(Stream fileStream, string name);
    Task<IEnumerable<string>> GetNames();
    Task<Stream> Load(string name);
}

public static class Smoke
{
    public static async Task RunAsync(IStorage storage)
    {
        await storage.Save(new MemoryStream(Encoding.UTF8.GetBytes("hello")), "b.txt");
        await storage.Save(new MemoryStream(Encoding.UTF8.GetBytes("first")), "a.txt");
        Check.Equal("a.txt,b.txt", string.Join(",", await storage.GetNames()), "GetNames lists every blob's name in lexicographic order");
        await storage.Save(new MemoryStream(Encoding.UTF8.GetBytes("nested")), "2024/c.txt");
        Check.Equal("2024/c.txt,a.txt,b.txt", string.Join(",", await storage.GetNames()), "GetNames lists a name under a virtual directory too (GetBlobsAsync is a flat listing)");
        using (var reader = new StreamReader(await storage.Load("b.txt")))
        {
            Check.Equal("hello", await reader.ReadToEndAsync(), "Load returns the blob's content");
        }

        await Check.ThrowsAsync<RequestFailedException>(() => storage.Load("missing.txt"), "Load of a missing name throws (404)");
        await Check.ThrowsAsync<RequestFailedException>(() => storage.Save(new MemoryStream(Encoding.UTF8.GetBytes("again")), "b.txt"), "Save of a name already stored throws (409: UploadAsync does not overwrite)");
        using (var reader = new StreamReader(await storage.Load("b.txt")))
        {
            Check.Equal("hello", await reader.ReadToEndAsync(), "a refused Save leaves the blob as it was");
        }
    }
}
