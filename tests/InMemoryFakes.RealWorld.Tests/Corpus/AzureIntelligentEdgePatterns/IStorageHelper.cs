// Source: https://github.com/Azure-Samples/azure-intelligent-edge-patterns
// Commit: 1d2f42cbf9f2
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample63 rule (Corpus/CognitiveServicesSpeechSdk/IStorageConnector.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 2nd pick (azure-intelligent-edge-patterns;
//   in path order IDomainEventDispatcher (1 member), IHandle<T>, IImageEventRepository and its base IRepository (both
//   in the corpus), IRedisDbContext (2), the kiosk's IRealTimeDataProvider and ICameraFrameProcessor (no
//   implementation, 1 member), then this one, 3 members).
// Path: staged-data-analytics/GlobalInsightsWebApp/Storage/IStorageHelper.cs (real store:
//   Storage/AzureStorageHelper.cs, over the WindowsAzure.Storage blob client; LocalInsightsWebApp has a copy over Azure
//   Stack)
// Adapted: the namespace. Nullable disabled, as in the source (netcoreapp2.0, no Nullable). The interface is internal,
//   as in the source; the script takes object and casts, as Corpus/AgentFramework/IConversationStorage.cs does.
// Real store: AzureStorageHelper over one blob container (AzureStorageContainer). UploadDataToAzureStorage(blobName,
//   data) uploads data's ASCII bytes as the block blob blobName (UploadFromStreamAsync, not awaited: it completes
//   later) and answers "Successfully uploaded personal data file \"{blobName}\" to Azure storage conatiner
//   \"{container}\"", or "Error uploading personal data to Azure. Exception: …" when the call throws at once.
//   GetBlobNamesFromAzureStorage() creates the container when missing and answers the names of its block blobs from a
//   hierarchical listing (ListBlobsSegmentedAsync without a flat listing, then OfType<CloudBlockBlob>): a name with '/'
//   is under a virtual directory and not named; in name order; null when anything throws.
//   DownloadBlobFromAzureStorage(blobName) answers the blob's text (DownloadTextAsync), null when it is not there
//   (every exception is caught).
// Shapes: *=11
// First try (71d37bc): incomplete, nothing generated: IMF0001 on all three: UploadDataToAzureStorage (Upload, then
//   'DataToAzureStorage', no noun), GetBlobNamesFromAzureStorage (GetBlobNames, then 'FromAzureStorage'),
//   DownloadBlobFromAzureStorage (Download, its noun Blob, then 'FromAzureStorage', which no convention reads) | WRONG:
//   none (no member generated).
// After this round: unchanged, and the refusals are right: the upload answers a status sentence with the container's
//   configured name, and the listing leaves out every name under a '/', which a fake reading 'FromAzureStorage' as
//   noise and listing the store's names would have listed (a flat listing, as the v12 SDK's GetBlobs gives): the place
//   word is where this store's own rules live.
#nullable disable

using System;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureIntelligentEdgePatterns.IStorageHelperCase;

[InMemoryFake]
interface IStorageHelper
{
    string UploadDataToAzureStorage(string blobName, string data);
    string[] GetBlobNamesFromAzureStorage();
    string DownloadBlobFromAzureStorage(string blobName);
}

public static class Smoke
{
    public static Task RunAsync(object store) => RunCoreAsync((IStorageHelper)store);

    private static Task RunCoreAsync(IStorageHelper storage)
    {
        Check.Equal(0, storage.GetBlobNamesFromAzureStorage().Length, "GetBlobNamesFromAzureStorage of a new container is empty (it creates the container)");
        var status = storage.UploadDataToAzureStorage("b.csv", "DeviceId,Count\nd1,2");
        Check.True(status.StartsWith("Successfully uploaded personal data file \"b.csv\"", StringComparison.Ordinal), "UploadDataToAzureStorage answers a status message naming the blob");
        storage.UploadDataToAzureStorage("a.csv", "DeviceId,Count\nd2,5");
        Check.Equal("a.csv,b.csv", string.Join(",", storage.GetBlobNamesFromAzureStorage()), "GetBlobNamesFromAzureStorage names every blob, in the listing's name order");
        Check.Equal("DeviceId,Count\nd2,5", storage.DownloadBlobFromAzureStorage("a.csv"), "DownloadBlobFromAzureStorage reads the text uploaded");
        Check.Null(storage.DownloadBlobFromAzureStorage("c.csv"), "DownloadBlobFromAzureStorage of a blob not there is null (the exception is caught)");
        storage.UploadDataToAzureStorage("a.csv", "DeviceId,Count\nd2,6");
        Check.Equal("DeviceId,Count\nd2,6", storage.DownloadBlobFromAzureStorage("a.csv"), "UploadDataToAzureStorage overwrites");
        storage.UploadDataToAzureStorage("2019/c.csv", "DeviceId,Count");
        Check.Equal("DeviceId,Count", storage.DownloadBlobFromAzureStorage("2019/c.csv"), "a name with a slash is a blob too");
        Check.False(storage.GetBlobNamesFromAzureStorage().Contains("2019/c.csv"), "but the listing (hierarchical, block blobs only) does not name it: it lists the virtual directory 2019/, which OfType<CloudBlockBlob> drops");
        return Task.CompletedTask;
    }
}
