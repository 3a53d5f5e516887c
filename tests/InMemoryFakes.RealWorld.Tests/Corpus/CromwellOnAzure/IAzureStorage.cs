// Source: https://github.com/microsoft/CromwellOnAzure
// Commit: c2eac1a5b5d8 (the interface last changed in 8fd6b209d3bb)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample62 rule, fixed before probing (written in full in Corpus/CodeContracts/IClousotCache.cs).
//   This one: the 5th pick (CromwellOnAzure; its only hit outside test paths, 9 members).
// Path: src/TriggerService/IAzureStorage.cs (real store: AzureStorage.cs beside it, over Azure.Storage.Blobs and an
//   HttpClient; models: TriggerFile.cs, WorkflowState.cs)
// Adapted: the namespaces (one for all); the XML comments dropped. TriggerFile (a struct) and WorkflowState as declared.
//   Nullable disabled, as in the source (TriggerService.csproj does not enable it).
// Real store: AzureStorage over one storage account. AccountName is the account's host name up to its first dot;
//   AccountAuthority the blob endpoint's authority. UploadFileTextAsync(content, container, blobName) creates the
//   container if needed (once per process), uploads the text as UTF-8, overwriting any blob of that name, and returns the
//   blob's absolute URL (https://<account>.blob.core.windows.net/<container>/<blobName>). DownloadBlobTextAsync(container,
//   blobName) reads it back as text (404 RequestFailedException when missing). DownloadBlockBlobAsync(blobUrl) takes such
//   a URL (or "/account/container/blob") and answers the blob's bytes. DeleteBlobIfExistsAsync deletes a blob, nothing
//   when missing. GetWorkflowsByStateAsync(state) lists the "workflows" container's blobs whose names start with the
//   state in lower case ("new/...", "inprogress/..."), less the folder's readme.txt, as TriggerFiles (Uri,
//   ContainerName "workflows", Name, LastModified). IsAvailableAsync answers whether listing containers succeeds.
//   DownloadFileUsingHttpClientAsync(url) GETs any URL over HTTP.
// Shapes: *=11
// First try (71d37bc): incomplete: IMF0001 on all 9, read as a blob store: AccountName, AccountAuthority (only a
//   Count property is read), DownloadBlockBlobAsync (a noun, BlockBlob, no blob store's), UploadFileTextAsync (the
//   container parameter is not named as content), DownloadBlobTextAsync (blobName beside the key),
//   DeleteBlobIfExistsAsync ('IfExists' after the noun), GetWorkflowsByStateAsync, IsAvailableAsync,
//   DownloadFileUsingHttpClientAsync ('not a known verb') | WRONG: none (nothing generated).
// After this round: unchanged, and rightly refused: the account's name and endpoint are configuration, blobs are
//   addressed by (container, name) or by a URL built from both, the workflow listing reads a folder named after the
//   state, availability is the service's and the last member is an HTTP GET. DeleteBlobIfExistsAsync's verb is now
//   known (DeleteIfExists with a blob noun; Sample62Tests); it stays refused for its container parameter.
//   h-blobpair (session 26): blobs named within a container are a convention (BlobPairTests; docs/generator.md "Blob
//   store"): DeleteBlobIfExistsAsync(container, blobName) is now generated under {container}/{blobName} (right: the
//   real store deletes if there, nothing when missing). Still incomplete, rightly: DownloadBlobTextAsync's string is
//   oblivious (null or 404 not said), UploadFileTextAsync takes the content before the container and returns a URL,
//   and the rest are configuration, URL addressing and HTTP.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CromwellOnAzure.IAzureStorageCase;

public enum WorkflowState
{
    New,
    InProgress,
    Succeeded,
    Failed,
    Abort
};

public struct TriggerFile
{
    public string Uri { get; set; }
    public string ContainerName { get; set; }
    public string Name { get; set; }
    public DateTimeOffset LastModified { get; set; }
}

[InMemoryFake]
public interface IAzureStorage
{
    string AccountName { get; }

    string AccountAuthority { get; }

    Task<byte[]> DownloadBlockBlobAsync(string blobUrl, CancellationToken cancellationToken);

    Task<string> UploadFileTextAsync(string content, string container, string blobName, CancellationToken cancellationToken);

    Task<string> DownloadBlobTextAsync(string container, string blobName, CancellationToken cancellationToken);

    Task DeleteBlobIfExistsAsync(string container, string blobName, CancellationToken cancellationToken);

    IAsyncEnumerable<TriggerFile> GetWorkflowsByStateAsync(WorkflowState state, CancellationToken cancellationToken);

    Task<bool> IsAvailableAsync(CancellationToken cancellationToken);

    Task<byte[]> DownloadFileUsingHttpClientAsync(string url, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IAzureStorage storage)
    {
        var none = CancellationToken.None;
        var url = await storage.UploadFileTextAsync("{\"workflowUrl\":\"x\"}", "workflows", "new/run1.json", none);
        Check.Equal($"https://{storage.AccountAuthority}/workflows/new/run1.json", url, "an upload answers the blob's URL");
        Check.Equal("{\"workflowUrl\":\"x\"}", await storage.DownloadBlobTextAsync("workflows", "new/run1.json", none), "the text reads back");
        await storage.UploadFileTextAsync("v2", "workflows", "new/run1.json", none);
        Check.Equal("v2", await storage.DownloadBlobTextAsync("workflows", "new/run1.json", none), "an upload overwrites a blob of that name");
        Check.Equal((byte)'v', (await storage.DownloadBlockBlobAsync(url, none))[0], "the blob's URL downloads its bytes");
        await Check.ThrowsAsync<Exception>(() => storage.DownloadBlobTextAsync("workflows", "new/none.json", none), "a missing blob is 404");

        await storage.UploadFileTextAsync("{}", "workflows", "inprogress/run2.json", none);
        var fresh = new List<TriggerFile>();
        await foreach (var file in storage.GetWorkflowsByStateAsync(WorkflowState.New, none))
        {
            fresh.Add(file);
        }

        Check.Equal("new/run1.json", fresh.Single().Name, "the workflows of a state are the blobs under its lower-case folder");
        Check.Equal("workflows", fresh.Single().ContainerName, "in the workflows container");

        await storage.DeleteBlobIfExistsAsync("workflows", "new/run1.json", none);
        await storage.DeleteBlobIfExistsAsync("workflows", "new/run1.json", none);
        await Check.ThrowsAsync<Exception>(() => storage.DownloadBlobTextAsync("workflows", "new/run1.json", none), "a deleted blob is gone");
        Check.True(await storage.IsAvailableAsync(none), "the account answers");
    }
}
