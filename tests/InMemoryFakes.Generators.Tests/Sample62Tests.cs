using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample62 (session 26): coyote's image-gallery sample declares an Azure blob <c>IBlobContainerProvider</c>. Its subject,
/// BlobContainer, proved the noun Container, so <c>Task DeleteContainerAsync(string containerName)</c> was read as the
/// removal of the blob keyed by the container's name: nothing for a missing one, where Azure deletes the container with
/// every blob in it and answers 404 for one that is missing. A container, bucket, folder, directory or share is a place
/// blobs are kept in, never a blob: such a subject proves no blob noun, and a verb naming one is refused naming the place.
/// </summary>
public class Sample62Tests
{
    private const string Provider = Sources.Usings + """
        #nullable enable
        namespace V;

        [InMemoryFake]
        public interface IBlobContainerProvider
        {
            Task UploadAsync(string name, byte[] content);
            Task<byte[]> DownloadAsync(string name);
            Task<bool> ExistsAsync(string name);
            Task DeleteBlobAsync(string name);
            Task DeleteContainerAsync(string containerName);
            Task CreateContainerAsync(string containerName);
            Task<bool> DeleteContainerIfExistsAsync(string containerName);
        }
        """;

    [Fact]
    public void A_verb_about_a_container_is_refused_naming_the_place_not_read_as_a_blobs()
    {
        var run = GeneratorHarness.Run(Provider);

        Refusals.Exactly(
            run,
            ("DeleteContainerAsync", "'DeleteContainer' is about a container, a place blobs are kept in"),
            ("CreateContainerAsync", "'CreateContainer' is about a container, a place blobs are kept in"),
            ("DeleteContainerIfExistsAsync", "'DeleteContainerIfExists' is about a container, a place blobs are kept in"));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void The_blobs_own_members_of_such_a_store_are_generated_as_before()
    {
        var run = GeneratorHarness.Run(Refusals.Without(
            Provider,
            "    Task DeleteContainerAsync(string containerName);\n",
            "    Task CreateContainerAsync(string containerName);\n",
            "    Task<bool> DeleteContainerIfExistsAsync(string containerName);\n"));

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IBlobContainerProvider blobs = new InMemoryBlobContainerProvider();
                    blobs.UploadAsync("a.png", new byte[] { 1, 2 }).GetAwaiter().GetResult();
                    Is(2, blobs.DownloadAsync("a.png").GetAwaiter().GetResult().Length, "a blob reads back");
                    blobs.DeleteBlobAsync("a.png").GetAwaiter().GetResult();
                    Is(false, blobs.ExistsAsync("a.png").GetAwaiter().GetResult(), "DeleteBlob removes the blob named");
                }
            }
            """);
    }

    [Fact]
    public void DeleteIfExists_with_or_without_a_blob_noun_is_the_blob_removal_that_ignores_a_missing_blob()
    {
        // CromwellOnAzure's and coyote's DeleteBlobIfExistsAsync (there beside a container, which keeps them refused):
        // the key-value store knew DeleteIfExists and RemoveIfPresent, the blob store did not.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IReportStorage
            {
                Task UploadAsync(string name, byte[] content);
                Task<bool> ExistsAsync(string name);
                Task<bool> DeleteBlobIfExistsAsync(string name);
                Task DeleteFileIfExists(string name);
                void RemoveIfPresent(string name);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IReportStorage blobs = new InMemoryReportStorage();
                    blobs.UploadAsync("a.pdf", new byte[] { 1 }).GetAwaiter().GetResult();
                    Is(true, blobs.DeleteBlobIfExistsAsync("a.pdf").GetAwaiter().GetResult(), "true: it deleted the blob");
                    Is(false, blobs.ExistsAsync("a.pdf").GetAwaiter().GetResult(), "which is gone");
                    Is(false, blobs.DeleteBlobIfExistsAsync("a.pdf").GetAwaiter().GetResult(), "false for a blob that is not there, nothing thrown");
                    blobs.UploadAsync("b.pdf", new byte[] { 2 }).GetAwaiter().GetResult();
                    blobs.DeleteFileIfExists("b.pdf").GetAwaiter().GetResult();
                    blobs.DeleteFileIfExists("b.pdf").GetAwaiter().GetResult();
                    Is(false, blobs.ExistsAsync("b.pdf").GetAwaiter().GetResult(), "a void DeleteIfExists removes, and a second call does nothing");
                    blobs.RemoveIfPresent("never");
                    Throws<ArgumentException>(() => blobs.DeleteBlobIfExistsAsync(" ").GetAwaiter().GetResult(), "name", "a blank name names no blob");
                }
            }
            """);
    }

    [Theory]
    [InlineData("IBucketStore", "DeleteBucket", "bucket")]
    [InlineData("IFileFolderStorage", "RemoveFolder", "folder")]
    [InlineData("IFileStorage", "ClearDirectory", "directory")]
    [InlineData("IFileShareStore", "DeleteShares", "share")]
    public void Any_place_word_after_the_verb_is_refused_whatever_the_subject(string store, string member, string place)
    {
        var run = GeneratorHarness.Run(Sources.Usings + $$"""
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface {{store}}
            {
                Task PutFileAsync(string key, byte[] content);
                Task<byte[]> GetFileAsync(string key);
                Task {{member}}(string name);
            }
            """);

        Refusals.Exactly(run, (member, "is about a " + place + ", a place blobs are kept in"));
        Assertions.NeverFailed(run);
    }
}
