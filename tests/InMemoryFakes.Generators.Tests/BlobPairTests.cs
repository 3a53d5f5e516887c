using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Blobs named by (container, name) (session 26, h-blobpair): h-sample62, h-sample63 and sessions 19–25 met blob stores
/// every member of which names a blob by a container and a name (<c>UploadAsync(string containerName, string blobName,
/// Stream content)</c>, <c>ListBlobsAsync(containerName)</c>), refused as "a blob store takes one key". The table key is
/// <c>{container}/{name}</c>; a listing of the container answers the names within it (Azure's <c>BlobItem.Name</c>, an S3
/// key within its bucket). Containers exist implicitly, unless members of their own say the store keeps them apart.
/// </summary>
public class BlobPairTests
{
    private const string Service = Sources.Usings + """
        #nullable enable
        namespace V;

        [InMemoryFake]
        public interface IBlobService
        {
            Task UploadAsync(string containerName, string blobName, Stream content, CancellationToken cancellationToken = default);
            Task<Stream> DownloadAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
            Task<byte[]?> GetBytesAsync(string containerName, string blobName);
            Task DownloadToAsync(string containerName, string blobName, Stream target);
            Task DeleteAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
            Task<bool> ExistsAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<string>> ListBlobsAsync(string containerName, CancellationToken cancellationToken = default);
        }
        """;

    [Fact]
    public void Every_member_naming_a_blob_by_container_and_name_is_generated_within_that_container()
    {
        var run = GeneratorHarness.Run(Service);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                static byte[] Read(IBlobService blobs, string container, string name)
                {
                    using var stream = blobs.DownloadAsync(container, name).GetAwaiter().GetResult();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    return copy.ToArray();
                }

                public static void Run()
                {
                    IBlobService blobs = new InMemoryBlobService();
                    blobs.UploadAsync("images", "a.png", new MemoryStream(new byte[] { 1 })).GetAwaiter().GetResult();
                    blobs.UploadAsync("thumbs", "a.png", new MemoryStream(new byte[] { 2 })).GetAwaiter().GetResult();
                    blobs.UploadAsync("images", "b.png", new MemoryStream(new byte[] { 3 })).GetAwaiter().GetResult();
                    blobs.UploadAsync("imagesx", "c.png", new MemoryStream(new byte[] { 4 })).GetAwaiter().GetResult();
                    Is((byte)1, Read(blobs, "images", "a.png")[0], "a blob reads back from its container");
                    Is((byte)2, Read(blobs, "thumbs", "a.png")[0], "the same name in another container is another blob");
                    Is(null, blobs.GetBytesAsync("other", "a.png").GetAwaiter().GetResult(), "a container never written to holds no blob (nullable read: null)");
                    Throws<NotFoundException>(() => blobs.DownloadAsync("images", "none.png").GetAwaiter().GetResult(), null, "a missing blob read as Stream is the not-found error");
                    Is("a.png,b.png", string.Join(",", blobs.ListBlobsAsync("images").GetAwaiter().GetResult()), "a listing answers the names within the container, in order, not another container's (a nested name: BlobListingsTests)");
                    Is(0, blobs.ListBlobsAsync("empty").GetAwaiter().GetResult().Count, "a container never written to lists nothing");

                    var target = new MemoryStream();
                    blobs.DownloadToAsync("thumbs", "a.png", target).GetAwaiter().GetResult();
                    Is((byte)2, target.ToArray()[0], "a download into the caller's stream");

                    Is(true, blobs.ExistsAsync("images", "a.png").GetAwaiter().GetResult(), "an uploaded blob exists");
                    Is(false, blobs.ExistsAsync("images", "thumbs/a.png").GetAwaiter().GetResult(), "a name is not read across containers");
                    blobs.DeleteAsync("images", "a.png").GetAwaiter().GetResult();
                    Is(false, blobs.ExistsAsync("images", "a.png").GetAwaiter().GetResult(), "Delete removes the blob in its container");
                    Is(true, blobs.ExistsAsync("thumbs", "a.png").GetAwaiter().GetResult(), "and only there");
                    blobs.DeleteAsync("images", "a.png").GetAwaiter().GetResult();
                }
            }
            """);
    }

    [Fact]
    public void A_bad_container_or_name_names_its_parameter_and_leaves_the_store_unchanged()
    {
        var run = GeneratorHarness.Run(Service);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IBlobService blobs = new InMemoryBlobService();
                    blobs.UploadAsync("images", "a.png", new MemoryStream(new byte[] { 1 })).GetAwaiter().GetResult();
                    Throws<ArgumentException>(() => blobs.UploadAsync("images/2024", "b.png", new MemoryStream(new byte[] { 2 })).GetAwaiter().GetResult(), "containerName", "a container holding '/' would meet another container's keys");
                    Throws<ArgumentException>(() => blobs.UploadAsync("", "b.png", new MemoryStream(new byte[] { 2 })).GetAwaiter().GetResult(), "containerName", "an empty container names none");
                    Throws<ArgumentNullException>(() => blobs.UploadAsync(null!, "b.png", new MemoryStream(new byte[] { 2 })).GetAwaiter().GetResult(), "containerName", "a null container");
                    Throws<ArgumentNullException>(() => blobs.UploadAsync("images", null!, new MemoryStream(new byte[] { 2 })).GetAwaiter().GetResult(), "blobName", "a null name");
                    Throws<ArgumentException>(() => blobs.UploadAsync("images", " ", new MemoryStream(new byte[] { 2 })).GetAwaiter().GetResult(), "blobName", "a blank name");
                    Throws<ArgumentException>(() => blobs.ListBlobsAsync("images/a.png").GetAwaiter().GetResult(), "containerName", "a listing of a container holding '/'");
                    Throws<ArgumentException>(() => blobs.DeleteAsync("a/b", "c").GetAwaiter().GetResult(), "containerName", "a removal too");
                    Is("a.png", string.Join(",", blobs.ListBlobsAsync("images").GetAwaiter().GetResult()), "nothing was stored by the refused writes");
                }
            }
            """);
    }

    [Fact]
    public void Buckets_and_shares_are_places_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            // S3's ListObjectsV2 without a delimiter lists every key in the bucket, nested ones included.
            [InMemoryFake(BlobListings = BlobListing.Flat)]
            public interface IObjectStore
            {
                void Put(string bucketName, string key, byte[] content);
                byte[]? Get(string bucketName, string key);
                bool DeleteIfExists(string bucketName, string key);
                IAsyncEnumerable<string> ListObjectsAsync(string bucketName);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IObjectStore store = new InMemoryObjectStore();
                    store.Put("logs", "2024/01/a.txt", new byte[] { 7 });
                    Is((byte)7, store.Get("logs", "2024/01/a.txt")![0], "an object reads back from its bucket");
                    Is(null, store.Get("other", "2024/01/a.txt"), "not from another bucket");
                    var names = new List<string>();
                    var e = store.ListObjectsAsync("logs").GetAsyncEnumerator();
                    while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult()) names.Add(e.Current);
                    Is("2024/01/a.txt", string.Join(",", names), "its keys within the bucket");
                    Is(true, store.DeleteIfExists("logs", "2024/01/a.txt"), "true: it deleted one");
                    Is(false, store.DeleteIfExists("logs", "2024/01/a.txt"), "false: nothing there");
                }
            }
            """);
    }

    [Fact]
    public void A_bool_delete_within_a_bucket_is_refused_unless_its_name_says_what_the_bool_means()
    {
        // ECommerceSpareParts' S3StorageService: DeleteFileAsync returns response.HttpStatusCode == NoContent, and S3
        // answers 204 for a key that is not there too, so the real bool is always true where the fake said false.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IS3StorageService
            {
                Task PutAsync(string bucketName, string keyName, byte[] content);
                Task<byte[]?> GetAsync(string bucketName, string keyName);
                Task<bool> DeleteFileAsync(string bucketName, string keyName);
                Task<bool> RemoveAsync(string bucketName, string keyName);
            }
            """);

        Refusals.Exactly(
            run,
            ("DeleteFileAsync", "it returns bool, and its blob is named within a bucket: an object store's delete answers the same whether or not the object was there (S3's DeleteObject is 204 for a missing key too)"),
            ("RemoveAsync", "so whether the bool says one was removed, that the call succeeded (always true) or something else is the wrapper's own"));

        var named = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IObjectStore
            {
                Task PutAsync(string bucketName, string keyName, byte[] content);
                Task<bool> DeleteIfExistsAsync(string bucketName, string keyName);
                Task DeleteAsync(string bucketName, string keyName);
            }

            [InMemoryFake]
            public interface IContainerStore
            {
                Task PutAsync(string containerName, string blobName, byte[] content);
                Task<bool> DeleteAsync(string containerName, string blobName);
            }
            """);

        Assertions.Clean(named);
        BehaviourCheck.Run(named, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IObjectStore objects = new InMemoryObjectStore();
                    objects.PutAsync("logs", "a.txt", new byte[] { 1 }).GetAwaiter().GetResult();
                    Is(true, objects.DeleteIfExistsAsync("logs", "a.txt").GetAwaiter().GetResult(), "DeleteIfExists within a bucket: true, one was removed");
                    Is(false, objects.DeleteIfExistsAsync("logs", "a.txt").GetAwaiter().GetResult(), "false: nothing there, as its name says");
                    objects.DeleteAsync("logs", "a.txt").GetAwaiter().GetResult();

                    IContainerStore blobs = new InMemoryContainerStore();
                    blobs.PutAsync("images", "a.png", new byte[] { 1 }).GetAwaiter().GetResult();
                    Is(true, blobs.DeleteAsync("images", "a.png").GetAwaiter().GetResult(), "within a container the bool delete stays: one was removed");
                    Is(false, blobs.DeleteAsync("images", "a.png").GetAwaiter().GetResult(), "and false for nothing there");
                }
            }
            """);
    }

    [Fact]
    public void Members_about_containers_own_life_keep_every_blob_member_refused()
    {
        // coyote's IBlobContainerProvider: an upload into a container never created is Azure's 404 ContainerNotFound.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IBlobContainerProvider
            {
                Task CreateContainerAsync(string containerName);
                Task CreateBlobAsync(string containerName, string blobName, byte[] blobContents);
                Task<byte[]?> GetBlobAsync(string containerName, string blobName);
                Task<bool> ExistsBlobAsync(string containerName, string blobName);
                Task<IReadOnlyList<string>> ListBlobsAsync(string containerName);
            }
            """);

        Refusals.Exactly(
            run,
            ("CreateContainerAsync", "'CreateContainer' is about a container, a place blobs are kept in"),
            ("CreateBlobAsync", "containers have members of their own (CreateContainerAsync)"),
            ("GetBlobAsync", "whether a write into a container never created stores the blob"),
            ("ExistsBlobAsync", "it names its blob within the container 'containerName', but containers have members of their own"),
            ("ListBlobsAsync", "it takes the container 'containerName', but containers have members of their own"));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void What_the_pair_does_not_prove_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public record BlobInfo(string Name, long Size);

            [InMemoryFake]
            public interface IBlobStorage
            {
                Task UploadAsync(string containerName, string blobName, byte[] content);
                Task<Uri> UploadTextAsync(string containerName, string blobName, string content);
                Task<byte[]?> GetAsync(string blobName);
                Task<IReadOnlyList<BlobInfo>> ListAsync(string containerName);
                Task<IReadOnlyList<string>> ListByPrefixAsync(string containerName, string prefix);
                Task SaveAsync(byte[] content, string containerName, string blobName);
                Task<int> CountAsync();
                Task MoveAsync(string sourceContainerName, string sourceName, string targetContainerName, string targetName, bool overwrite);
            }
            """);

        Refusals.Exactly(
            run,
            ("UploadTextAsync", "a write of a blob named by (containerName, blobName) must return nothing or bool"),
            ("GetAsync", "the other members of IBlobStorage name a blob within a container ('containerName' first), so a member without one names no blob of theirs"),
            ("ListAsync", "a listing of a container must return its blobs' names (string)"),
            ("ListByPrefixAsync", "a blob named within one is a convention only for Put, Get (also into a Stream), Exists and Delete"),
            ("SaveAsync", "it takes 'containerName' after 'content'"),
            ("CountAsync", "a member without one names no blob of theirs"),
            ("MoveAsync", "it takes a container as 'sourceContainerName', where the other members of IBlobStorage take 'containerName' first"));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void Two_names_for_the_place_prove_no_pair()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IFileStore
            {
                Task UploadAsync(string container, string blobName, byte[] content);
                Task<byte[]?> DownloadAsync(string containerName, string blobName);
            }
            """);

        Refusals.Exactly(
            run,
            ("UploadAsync", "the members call the place by different parameters ('container', 'containerName')"),
            ("DownloadAsync", "so that they name one place is not proven"));
        Assertions.NeverFailed(run);
    }
}
