// Source: https://github.com/microsoft/coyote
// Commit: f2c135d201341 (the interface last changed in 489b8aecdf67)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample62 rule, fixed before probing (written in full in Corpus/CodeContracts/IClousotCache.cs).
//   This one: the 2nd pick (coyote; its first hit in path order, 11 members; the path is a sample web app's, which the
//   rule, excluding only paths containing "test", keeps).
// Path: Samples/WebApps/ImageGalleryAspNet/ImageGalleryService/Store/AzureStorage/IBlobContainerProvider.cs (real store:
//   BlobContainerProvider.cs beside it, over Azure.Storage.Blobs; model: BlobPage.cs; the sample's tests use
//   Tests/Mocks/AzureStorage/MockBlobContainerProvider.cs)
// Adapted: the namespaces (one for all); the XML comment dropped. BlobPage as declared. Nullable disabled, as in the
//   source (the sample does not enable it).
// Real store: BlobContainerProvider makes a BlobContainerClient or BlobClient from its connection string for each call:
//   blobs live in named containers. CreateContainerAsync creates one (409 ContainerAlreadyExists, a
//   RequestFailedException, when it exists); CreateContainerIfNotExistsAsync leaves an existing one; DeleteContainerAsync
//   deletes one (404 when missing); DeleteContainerIfExistsAsync answers whether one was deleted. CreateBlobAsync uploads
//   the bytes without overwrite (409 BlobAlreadyExists for a name taken; 404 ContainerNotFound when the container is
//   missing); GetBlobAsync downloads them (404 BlobNotFound when missing); ExistsBlobAsync answers whether the blob is
//   there; DeleteBlobAsync deletes it (404 when missing), DeleteBlobIfExistsAsync answers whether it deleted one.
//   GetBlobListAsync(container, continuationId, pageSize) answers the first page of names from the continuation token
//   (blob names in lexicographic order, at most pageSize) and the next token (null at the end), or null when there is no
//   page. DeleteAllBlobsAsync deletes the container and creates it again (empty).
// Shapes: *=11
// First try (71d37bc): incomplete: IMF0001 on 10 of 11, read as a blob store (CreateBlobAsync's byte[]):
//   CreateContainerAsync, CreateContainerIfNotExistsAsync, CreateBlobAsync ('not a known verb'),
//   DeleteContainerIfExistsAsync, DeleteBlobIfExistsAsync, GetBlobListAsync (a word after the noun that no convention
//   reads), GetBlobAsync, DeleteBlobAsync (blobName beside the key), ExistsBlobAsync (it must take the key),
//   DeleteAllBlobsAsync (Clear takes no parameter); DeleteContainerAsync generated | WRONG:
//   DeleteContainerAsync(containerName) removed the blob keyed by the container's name and did nothing when there was
//   none (the subject BlobContainer made Container a noun of a blob), where Azure deletes the container with every
//   blob in it and answers 404 for a missing one.
// After this round: DeleteContainerAsync is refused, naming the container (place words: a container, bucket, folder,
//   directory or share is where blobs are kept, never a blob; Sample62Tests, docs/generator.md "Blob store"). The
//   other refusals are right: every blob member takes the container and the blob's name, and the containers' own life
//   (created apart, 409 when one exists, 404 for an upload into a missing one, deleted with every blob in it) is no
//   convention; a (container, name) key without containers would accept an upload into a container never created.
//   DeleteBlobIfExistsAsync's verb is now known (DeleteIfExists with a blob noun, as the key-value store read it;
//   Sample62Tests); it stays refused for its container parameter.
//   h-blobpair (session 26): blobs named by (container, name) are a convention where containers exist implicitly; here
//   the container members (CreateContainerAsync…) say the store keeps containers apart, so every blob member is refused
//   saying so (an upload into a container never created is 404 here). Unchanged: incomplete, none silently wrong.
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Coyote.IBlobContainerProviderCase;

public class BlobPage
{
    public string[] Names { get; set; }

    public string ContinuationId { get; set; }
}

[InMemoryFake]
public interface IBlobContainerProvider
{
    Task CreateContainerAsync(string containerName);

    Task CreateContainerIfNotExistsAsync(string containerName);

    Task DeleteContainerAsync(string containerName);

    Task<bool> DeleteContainerIfExistsAsync(string containerName);

    Task CreateBlobAsync(string containerName, string blobName, byte[] blobContents);

    Task<byte[]> GetBlobAsync(string containerName, string blobName);

    Task<bool> ExistsBlobAsync(string containerName, string blobName);

    Task DeleteBlobAsync(string containerName, string blobName);

    Task<bool> DeleteBlobIfExistsAsync(string containerName, string blobName);

    Task<BlobPage> GetBlobListAsync(string containerName, string continuationId, int pageSize);

    Task DeleteAllBlobsAsync(string containerName);
}

public static class Smoke
{
    public static async Task RunAsync(IBlobContainerProvider storage)
    {
        await storage.CreateContainerAsync("images");
        await Check.ThrowsAsync<System.Exception>(() => storage.CreateContainerAsync("images"), "a container that exists is 409 ContainerAlreadyExists");
        await storage.CreateContainerIfNotExistsAsync("images");

        await storage.CreateBlobAsync("images", "b.png", new byte[] { 2 });
        await storage.CreateBlobAsync("images", "a.png", new byte[] { 1 });
        await Check.ThrowsAsync<System.Exception>(() => storage.CreateBlobAsync("images", "a.png", new byte[] { 3 }), "an upload without overwrite of a name taken is 409 BlobAlreadyExists");
        await Check.ThrowsAsync<System.Exception>(() => storage.CreateBlobAsync("nosuch", "a.png", new byte[] { 3 }), "an upload into a missing container is 404 ContainerNotFound");
        Check.Equal(1, (await storage.GetBlobAsync("images", "a.png"))[0], "a blob reads back its bytes");
        await Check.ThrowsAsync<System.Exception>(() => storage.GetBlobAsync("images", "c.png"), "a missing blob is 404 BlobNotFound");
        Check.True(await storage.ExistsBlobAsync("images", "b.png"), "an uploaded blob exists");
        Check.False(await storage.ExistsBlobAsync("other", "b.png"), "blobs are per container");

        var page = await storage.GetBlobListAsync("images", null, 1);
        Check.Equal("a.png", page.Names[0], "a listing is in name order, at most pageSize names");
        Check.NotNull(page.ContinuationId, "with a token for the rest");
        var rest = await storage.GetBlobListAsync("images", page.ContinuationId, 1);
        Check.Equal("b.png", rest.Names[0], "the token goes on where the page stopped");

        await storage.DeleteBlobAsync("images", "a.png");
        await Check.ThrowsAsync<System.Exception>(() => storage.DeleteBlobAsync("images", "a.png"), "deleting a missing blob is 404");
        Check.False(await storage.DeleteBlobIfExistsAsync("images", "a.png"), "DeleteBlobIfExists of a missing blob answers false");
        Check.True(await storage.DeleteBlobIfExistsAsync("images", "b.png"), "and true when it deleted one");

        await storage.CreateBlobAsync("images", "c.png", new byte[] { 3 });
        await storage.DeleteAllBlobsAsync("images");
        Check.False(await storage.ExistsBlobAsync("images", "c.png"), "DeleteAllBlobs empties the container");
        Check.True(await storage.DeleteContainerIfExistsAsync("images"), "the container is still there after DeleteAllBlobs");
        Check.False(await storage.DeleteContainerIfExistsAsync("images"), "and false once it is gone");
        await Check.ThrowsAsync<System.Exception>(() => storage.DeleteContainerAsync("images"), "deleting a missing container is 404");
    }
}
