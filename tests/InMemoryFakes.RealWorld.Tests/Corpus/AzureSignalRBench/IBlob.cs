// Source: https://github.com/Azure/azure-signalr-bench
// Commit: 035f20b4dd4b
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample108 rule (the whole rule and the repositories it skipped: Corpus/AspNetSignalR/IHubConnection.cs).
//   This one: the 3rd pick (the 6th repository listed). Before it in path order: src/Libs/Messages/IMessageClient
//   (2 members).
// Path: src/Libs/Storage/Blobs/IBlob.cs (real store: src/Libs/Storage/Blobs/Blob.cs, one container of Azure Blob
//   Storage through Azure.Storage.Blobs)
// Adapted: none. Nullable enabled, as in the source (Storage.csproj).
// Real store: Blob over a BlobContainerClient. CreateIfNotExistedAsync() creates the container when missing (no blob
//   written). UploadAsync(path, source, metadata) uploads the stream as a block blob, replacing any blob of that name
//   (no condition), with the metadata given (none when null). DownloadAsync(path, destination) writes the blob's bytes
//   into the destination (DownloadToAsync); a missing blob throws RequestFailedException (404 BlobNotFound).
//   DeleteAsync(path) deletes; a missing blob throws RequestFailedException (404). DeleteIfExistsAsync answers whether
//   a blob was deleted; ExistsAsync whether one is there. GetMetadataAsync(path) answers the blob's properties'
//   Metadata (an empty dictionary for a blob stored without; a missing blob throws 404). SetMetadataAsync(path,
//   metadata) replaces the blob's metadata (a missing blob throws 404). List(path) enumerates the names of the blobs
//   whose names start with path (GetBlobsByHierarchyAsync with no delimiter: every level, full names, in name order).
//   GetUri(path) answers the blob's https URL with a read-only SAS query valid from 5 minutes ago for an hour (signed
//   with the account key; no request made, the blob need not exist).
// Shapes: *=11
// First try (6587633c): incomplete: IMF0001 CreateIfNotExistedAsync (not a known verb: it creates the container) and
//   SetMetadataAsync ("'Metadata' after Set is no noun of a blob store"); generated: UploadAsync (replaces, metadata
//   copied), DownloadAsync (the not-found error for a missing blob), DeleteAsync, DeleteIfExistsAsync, ExistsAsync,
//   GetMetadataAsync, List (names under the directory 'path'; a nested name throws until BlobListings is stated),
//   GetUri (memory://{path}); the probe stops at CreateIfNotExistedAsync, its first line | WRONG: DeleteAsync (a
//   missing blob: nothing, where Azure's DeleteAsync throws RequestFailedException 404; the interface's own
//   DeleteIfExistsAsync says the plain one is the strict one). Also different, by the declaration: GetMetadataAsync
//   of a missing blob answers null (declared IDictionary<string, string>?), where Azure's GetPropertiesAsync throws
//   404 and the source's '?.' never sees a null.
// After this round: DeleteAsync is the not-found error for a missing blob, store unchanged (Sample108Tests: a
//   removal returning nothing beside a DeleteIfExists/RemoveIfPresent of the same parameters is the strict one).
//   GetMetadataAsync left: a read declared nullable answers null for a missing key by the product's rule.
// Now: List(path) answers only where 'path' read as a plain prefix (the real List: GetBlobsByHierarchyAsync with
//   prefix: path and no delimiter) and as a directory (the blobs under '{path}/', the fake's reading until h-sample137)
//   list the same blobs, and throws InvalidOperationException naming a blob only one lists where they differ ('runs/1'
//   beside 'runs/10/…'): before, 'runs/1' listed the directory silently. The smoke script passes 'runs/1/'.
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureSignalRBench.IBlobCase;

[InMemoryFake]
public interface IBlob
{
    Task CreateIfNotExistedAsync();

    Task UploadAsync(string path, Stream source, IDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);
    Task DownloadAsync(string path, Stream destination, CancellationToken cancellationToken = default);

    Task DeleteAsync(string path, CancellationToken cancellationToken = default);
    Task<bool> DeleteIfExistsAsync(string path, CancellationToken cancellationToken = default);
    Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default);

    Task<IDictionary<string, string>?> GetMetadataAsync(string path, CancellationToken cancellationToken = default);
    Task SetMetadataAsync(string path, IDictionary<string, string> metadata, CancellationToken cancellationToken = default);

    IAsyncEnumerable<string> List(string path, CancellationToken cancellationToken = default);
    Uri GetUri(string path);
}

public static class Smoke
{
    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<string> DownloadAsync(IBlob blob, string path)
    {
        var destination = new MemoryStream();
        await blob.DownloadAsync(path, destination);
        return Encoding.UTF8.GetString(destination.ToArray());
    }

    public static async Task RunAsync(IBlob blob)
    {
        await blob.CreateIfNotExistedAsync();
        Check.False(await blob.ExistsAsync("runs/1/report.json"), "no blob is there at first");

        await blob.UploadAsync("runs/1/report.json", Bytes("one"), new Dictionary<string, string> { ["kind"] = "report" });
        Check.True(await blob.ExistsAsync("runs/1/report.json"), "an upload stores the blob");
        Check.Equal("one", await DownloadAsync(blob, "runs/1/report.json"), "a download writes the bytes uploaded into the destination");
        Check.Equal("report", (await blob.GetMetadataAsync("runs/1/report.json"))?["kind"], "the metadata uploaded with it is read back");

        await blob.UploadAsync("runs/1/report.json", Bytes("uno"));
        Check.Equal("uno", await DownloadAsync(blob, "runs/1/report.json"), "a second upload replaces the blob");
        Check.Equal(0, (await blob.GetMetadataAsync("runs/1/report.json"))?.Count, "with no metadata: an empty dictionary");

        await blob.SetMetadataAsync("runs/1/report.json", new Dictionary<string, string> { ["state"] = "done" });
        Check.Equal("done", (await blob.GetMetadataAsync("runs/1/report.json"))?["state"], "SetMetadataAsync replaces the metadata");
        Check.Equal("uno", await DownloadAsync(blob, "runs/1/report.json"), "and leaves the content");

        await blob.UploadAsync("runs/1/log.txt", Bytes("log"));
        await blob.UploadAsync("runs/2/report.json", Bytes("two"));
        var names = new List<string>();
        await foreach (var name in blob.List("runs/1/"))
        {
            names.Add(name);
        }

        Check.Equal("runs/1/log.txt,runs/1/report.json", string.Join(",", names), "List names the blobs under the prefix, in name order");

        await blob.DeleteAsync("runs/1/log.txt");
        Check.False(await blob.ExistsAsync("runs/1/log.txt"), "DeleteAsync removes the blob");
        await Check.ThrowsAsync<Exception>(() => blob.DeleteAsync("runs/1/log.txt"), "DeleteAsync of a missing blob throws (404)");
        Check.True(await blob.DeleteIfExistsAsync("runs/2/report.json"), "DeleteIfExistsAsync answers true for a blob there");
        Check.False(await blob.DeleteIfExistsAsync("runs/2/report.json"), "and false once it is gone");
        await Check.ThrowsAsync<Exception>(() => DownloadAsync(blob, "runs/2/report.json"), "a download of a missing blob throws (404)");
        await Check.ThrowsAsync<Exception>(() => blob.GetMetadataAsync("runs/2/report.json"), "so does reading its metadata");

        Check.Equal("https", blob.GetUri("runs/1/report.json").Scheme, "GetUri answers the blob's https URL with a SAS query");
    }
}
