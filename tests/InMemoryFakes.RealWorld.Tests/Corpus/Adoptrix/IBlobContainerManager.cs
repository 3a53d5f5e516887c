// Source: https://github.com/frasermclean/adoptrix
// Commit: 39facd48122a
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample68 rule (the whole rule and the repositories it skipped: Corpus/Cleansia/IAuditContext.cs).
//   This one: the 5th pick (the 99th of find_repos("Clean")). Before it in path order: IUserManager (4 members), a
//   Microsoft Graph client (users and app-role assignments of the Entra ID directory, a remote API; it keeps nothing);
//   IDomainEvent and IUserCreatedEntity (markers); IImageProcessor (stateless).
// Path: backend/src/Adoptrix.Persistence/Services/BlobContainerManager.cs (the interface and its one implementation;
//   callers: backend/src/Adoptrix.Jobs/Functions/CleanupDeletedAnimal.cs, ProcessAnimalImage.cs,
//   backend/src/Adoptrix.Api/Endpoints/Animals/Images/AddAnimalImagesEndpoint.cs)
// Adapted: nothing but the namespace. Nullable enabled, as in the source (Directory.Build.props).
// Real store: BlobContainerManager over one Azure blob container (BlobContainerClient). ContainerName and ContainerUri
//   are the container's. UploadBlobAsync(name, stream, contentType) = BlobClient.UploadAsync(stream, BlobUploadOptions
//   with the content type): a name already stored is replaced (the options carry no condition). GetBlobNamesAsync(prefix)
//   = GetBlobsAsync(prefix): every name starting with the prefix, nested ones included (a flat listing), in name order;
//   CleanupDeletedAnimal lists "{slug}/" and deletes each. DeleteBlobAsync(name) = DeleteIfExistsAsync with its
//   snapshots: nothing for a name not stored. OpenReadStreamAsync(name) = OpenReadAsync: a stream of the content; a name
//   not stored is Azure's 404 (RequestFailedException).
// Shapes: *=11
// First try (137a868c): incomplete (attribute bare): ContainerName, ContainerUri (IMF0001: a setting of the real store's
//   own, kept in no table); UploadBlobAsync (replaces a stored name, keeps the content type), GetBlobNamesAsync (the
//   names under the prefix, in name order; BlobListings unstated, so a nested name throws InvalidOperationException
//   naming the setting), DeleteBlobAsync (nothing for a missing name), OpenReadStreamAsync (the not-found error for a
//   missing name) generated | WRONG: none silent (the nested-name listing is loud).
// Configured: BlobListings = BlobListing.Flat: GetBlobsAsync(prefix) lists nested names too.
// After this round: unchanged; the two refusals are right (the container's name and URI are the real client's settings,
//   which the test gives in a hand-written member). A name not stored fails the read with the fake's NotFoundException
//   where Azure throws RequestFailedException (404); the corpus does not reference Azure.Core, so the script checks only
//   that it throws.
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Adoptrix.IBlobContainerManagerCase;

[InMemoryFake(BlobListings = BlobListing.Flat)]
public interface IBlobContainerManager
{
    string ContainerName { get; }
    Uri ContainerUri { get; }

    Task UploadBlobAsync(string blobName, Stream stream, string contentType,
        CancellationToken cancellationToken = default);

    Task<IEnumerable<string>> GetBlobNamesAsync(string prefix, CancellationToken cancellationToken = default);

    Task DeleteBlobAsync(string blobName, CancellationToken cancellationToken = default);

    Task<Stream> OpenReadStreamAsync(string blobName, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IBlobContainerManager images)
    {
        static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

        await images.UploadBlobAsync("rex/1/original.jpg", Bytes("first"), "image/jpeg");
        await images.UploadBlobAsync("rex/1/original.jpg", Bytes("second"), "image/jpeg");
        await images.UploadBlobAsync("rex/1/thumb.webp", Bytes("t"), "image/webp");
        await images.UploadBlobAsync("rexy/1/original.jpg", Bytes("other"), "image/jpeg");

        using (var reader = new StreamReader(await images.OpenReadStreamAsync("rex/1/original.jpg")))
        {
            Check.Equal("second", await reader.ReadToEndAsync(), "an upload to a stored name replaces it");
        }

        var names = (await images.GetBlobNamesAsync("rex/")).ToList();
        Check.Equal("rex/1/original.jpg,rex/1/thumb.webp", string.Join(",", names), "the names under the prefix, nested ones too, in name order");

        foreach (var name in names)
        {
            await images.DeleteBlobAsync(name);
        }

        Check.Equal(0, (await images.GetBlobNamesAsync("rex/")).Count(), "CleanupDeletedAnimal's deletes leave nothing under the prefix");
        Check.Equal(1, (await images.GetBlobNamesAsync("rexy/")).Count(), "and the other animal's image in place");
        await images.DeleteBlobAsync("rex/1/original.jpg");
        await Check.ThrowsAsync<Exception>(() => images.OpenReadStreamAsync("rex/1/original.jpg"), "a name not stored fails the read (Azure: 404)");
        Check.True(images.ContainerName.Length > 0, "the container has a name");
    }
}
