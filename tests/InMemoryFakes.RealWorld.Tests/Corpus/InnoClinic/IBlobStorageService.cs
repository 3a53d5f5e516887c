// Source: https://github.com/EgrShishov/Clinic
// Commit: 7e1ac85 (InnoClinic/Documents.Application/Common/Abstractions/IBlobStorageService.cs, InnoClinic/
//   Documents.Application/Contracts/FileResponse.cs, InnoClinic/Documents.Infrastructure/Persistence/Data/
//   BlobStorageService.cs and DependencyInjection.cs, InnoClinic/Documents.API/Controllers/DocumentsController.cs,
//   InnoClinic/Documents.Application/Documents.Application.csproj; the version the search result shows, on the
//   branches Microservices-communication, documents and others: 5a2a0a1 replaced the interface with a facade, and the
//   main branch 74790cf never had it)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample67 rule (in full in Corpus/JoyjkCleanArchitectureDapper/IDapperRepository.cs), fixed before probing:
//   the search tool (corpus code), queries (1) `interface IDapperRepository Task QueryAsync`, (2) `interface
//   IMongoRepository Task FindAsync`, (3) `interface IRedisCacheService Task GetAsync`, (4) `interface IBlobService Task
//   UploadAsync DeleteAsync`; from each query's results in order, the interfaces with at least 3 members whose
//   implementation in the same repository keeps state, outside test paths, not a corpus source already; at most 1 per
//   repository, 2 per query, stop after 8. Seven picks. This one: query (4), rank 4 (3 members; the result's excerpt
//   shows the members without containerName, an earlier version, dfd4a40: the one at 7e1ac85 is transcribed, with its
//   real store at that commit).
// Path: InnoClinic/Documents.Application/Common/Abstractions/IBlobStorageService.cs (real store: InnoClinic/
//   Documents.Infrastructure/Persistence/Data/BlobStorageService.cs, Azure.Storage.Blobs over the BlobServiceClient
//   DependencyInjection registers)
// Adapted: the interface and FileResponse are in the global namespace in the source, here in the file's namespace.
//   Nullable enabled, as in Documents.Application.csproj (implicit usings on).
// Real store: BlobStorageService over Azure Blob Storage; no member creates a container (an upload into one that does
//   not exist is Azure's 404 ContainerNotFound). UploadAsync(stream, contentType, containerName) = a new Guid, the blob
//   fileId.ToString() in that container uploaded from the stream's position with that content type, and the Guid
//   returned (never null). DownloadAsync(fileId, containerName) = DownloadContentAsync: FileResponse(the content as a
//   stream, its content type, the blob's name = fileId's text); a blob not stored is Azure's 404 BlobNotFound
//   (RequestFailedException). DeleteAsync(fileId, containerName) = DeleteIfExistsAsync: nothing for a blob not stored.
// Shapes: *=core
// First try (f923f300): incomplete: UploadAsync (IMF0001: its result Guid is no class to fill from the blob's
//   properties), DownloadAsync, DeleteAsync (IMF0001: 'containerName' has no meaning for a blob store: it must take
//   only the key) | generated: none | WRONG: none.
// After this round: unchanged. The refusals hold for now: the container comes after the name (refused since
//   h-blobpair: SaveAsync(content, containerName, blobName) shows the order is no proof of which is which), the name
//   is a Guid, and the upload makes the name itself and returns it (Guid?, null never answered): a write returning a
//   generated blob name is a convention of its own, left to the lead (see the round's section in docs/generator.md).
#nullable enable

using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.InnoClinic.IBlobStorageServiceCase;

public record FileResponse(Stream stream, string contentType, string filename);

[InMemoryFake]
public interface IBlobStorageService
{
    public Task<Guid?> UploadAsync(Stream stream, string contentType, string containerName, CancellationToken cancellationToken = default);
    public Task<FileResponse> DownloadAsync(Guid fileId, string containerName, CancellationToken cancellationToken = default);
    public Task DeleteAsync(Guid fileId, string containerName, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IBlobStorageService blobs)
    {
        var id = await blobs.UploadAsync(new MemoryStream(new byte[] { 1, 2, 3 }), "application/pdf", "results");
        Check.True(id.HasValue && id.Value != Guid.Empty, "UploadAsync names the blob with a new Guid and returns it");
        var second = await blobs.UploadAsync(new MemoryStream(new byte[] { 4 }), "image/png", "photos");
        Check.True(second != id, "each upload gets its own Guid");

        var file = await blobs.DownloadAsync(id!.Value, "results");
        using (var copy = new MemoryStream())
        {
            await file.stream.CopyToAsync(copy);
            Check.Equal("1,2,3", string.Join(",", copy.ToArray()), "DownloadAsync reads the content uploaded");
        }

        Check.Equal("application/pdf", file.contentType, "with its content type");
        Check.Equal(id.Value.ToString(), file.filename, "and the blob's name, the Guid's text");
        await Check.ThrowsAsync<Exception>(() => blobs.DownloadAsync(id.Value, "photos"), "the same Guid in another container is a blob not stored (404 BlobNotFound)");
        await Check.ThrowsAsync<Exception>(() => blobs.DownloadAsync(Guid.NewGuid(), "results"), "DownloadAsync of a blob not stored throws (404 BlobNotFound)");

        await blobs.DeleteAsync(id.Value, "results");
        await Check.ThrowsAsync<Exception>(() => blobs.DownloadAsync(id.Value, "results"), "DeleteAsync removes the blob");
        await blobs.DeleteAsync(id.Value, "results");
        await blobs.DownloadAsync(second!.Value, "photos");
    }
}
