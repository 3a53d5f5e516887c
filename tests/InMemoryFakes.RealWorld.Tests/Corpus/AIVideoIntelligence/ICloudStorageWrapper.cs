// Source: https://github.com/Azure-Samples/AI-Video-Intelligence-Solution-Accelerator
// Commit: cb7fd42d3ad1
// Licence: MIT (an interface signature and stand-ins of the SDK types it names, transcribed for a test)
// Sample: h-sample63 rule (Corpus/CognitiveServicesSpeechSdk/IStorageConnector.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 7th pick
//   (AI-Video-Intelligence-Solution-Accelerator; in path order the edge device's image, prediction and scoring
//   interfaces and the asa-manager's agents, HTTP, Event Hub, configuration and status interfaces keep no store or
//   declare 1 or 2 (IDeviceGroupsWriter, IRules, IAsaStorage, IBlobStorageHelper); IConfigData (3) reads configuration
//   without writing it; then this one, 6 members; IStorage, later in path order, is in the corpus).
// Path: pcs/services/asa-manager/Services/Storage/CloudStorageWrapper.cs (the interface and its implementation,
//   CloudStoragWrapper, in one file, over the WindowsAzure.Storage 9.1.1 SDK; its caller: Storage/BlobStorageHelper.cs)
// Adapted: the namespace. The SDK's CloudStorageAccount, CloudBlobClient, CloudBlobContainer, CloudBlockBlob,
//   BlobContainerPublicAccessType, BlobRequestOptions and OperationContext cut to stand-ins of the file's own (names,
//   the references between them, the enum's four values). Nullable disabled, as in the source (netstandard2.0).
// Real store: CloudStoragWrapper, one line per member over the SDK: Parse(connectionString) is
//   CloudStorageAccount.Parse (FormatException for text that is not a connection string);
//   CreateCloudBlobClient(account), GetContainerReference(client, name) and GetBlockBlobReference(container, name) make
//   references without a call to the service; CreateIfNotExistsAsync(container, …) creates the container unless it
//   exists; UploadFromFileAsync(blob, fileName) uploads a local file into the blob (FileNotFoundException when the file
//   is not there).
// Shapes: *=none
// First try (71d37bc): incomplete, nothing generated: IMF0001 on all six, read as a blob store: Parse,
//   CreateCloudBlobClient and CreateIfNotExistsAsync (not known verbs), GetContainerReference and GetBlockBlobReference
//   (Get, then no noun of a blob store), UploadFromFileAsync (Upload, then 'FromFile') | WRONG: none (no member
//   generated).
// After this round: unchanged, and rightly refused: a seam over the SDK for the store's tests (BlobStorageHelper's),
//   whose members hand out the SDK's own objects and read a local file; a fake of the blob container it reaches would
//   be a fake of the SDK, not of this interface.
#nullable disable

using System;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AIVideoIntelligence.ICloudStorageWrapperCase;

public class CloudStorageAccount
{
    public string AccountName { get; set; }
}

public class CloudBlobClient
{
    public CloudStorageAccount Account { get; set; }
}

public class CloudBlobContainer
{
    public string Name { get; set; }
}

public class CloudBlockBlob
{
    public string Name { get; set; }
    public CloudBlobContainer Container { get; set; }
}

public enum BlobContainerPublicAccessType
{
    Off,
    Container,
    Blob,
    Unknown,
}

public class BlobRequestOptions
{
}

public class OperationContext
{
}

[InMemoryFake]
public interface ICloudStorageWrapper
{
    CloudStorageAccount Parse(string connectionString);
    CloudBlobClient CreateCloudBlobClient(CloudStorageAccount account);
    CloudBlobContainer GetContainerReference(CloudBlobClient client, string containerName);
    Task CreateIfNotExistsAsync(
        CloudBlobContainer container,
        BlobContainerPublicAccessType accessType,
        BlobRequestOptions options,
        OperationContext operationContext);

    CloudBlockBlob GetBlockBlobReference(CloudBlobContainer container, string blobName);
    Task UploadFromFileAsync(CloudBlockBlob blob, string fileName);
}

public static class Smoke
{
    public static async Task RunAsync(ICloudStorageWrapper wrapper)
    {
        var account = Check.NotNull(wrapper.Parse("DefaultEndpointsProtocol=https;AccountName=asamanager;AccountKey=a2V5;EndpointSuffix=core.windows.net"), "Parse reads a connection string into an account");
        Check.Throws<FormatException>(() => wrapper.Parse("not a connection string"), "Parse of text that is not a connection string throws FormatException");
        var client = Check.NotNull(wrapper.CreateCloudBlobClient(account), "CreateCloudBlobClient answers the account's blob client");
        var container = wrapper.GetContainerReference(client, "referenceinput");
        Check.Equal("referenceinput", container.Name, "GetContainerReference answers a reference to the named container (nothing is created)");
        await wrapper.CreateIfNotExistsAsync(container, BlobContainerPublicAccessType.Blob, new BlobRequestOptions(), new OperationContext());
        await wrapper.CreateIfNotExistsAsync(container, BlobContainerPublicAccessType.Blob, new BlobRequestOptions(), new OperationContext());
        var blob = wrapper.GetBlockBlobReference(container, "2018-06-01/10-30/devicegroups.csv");
        Check.Equal("2018-06-01/10-30/devicegroups.csv", blob.Name, "GetBlockBlobReference answers a reference to the named blob");
        await Check.ThrowsAsync<FileNotFoundException>(() => wrapper.UploadFromFileAsync(blob, Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv")), "UploadFromFileAsync of a file not there throws FileNotFoundException");
    }
}
