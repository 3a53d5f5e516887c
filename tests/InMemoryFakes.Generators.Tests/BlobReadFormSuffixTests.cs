using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A blob read whose name ends in <c>As</c> and the form of its result (h-sample65: Azure-Samples'
/// agent-openai-banking-assistant-csharp, <c>Task&lt;byte[]&gt; GetFileAsBytesAsync(string fileName)</c> beside
/// <c>StoreFileAsync(fileName, Stream content)</c>, whose real store downloads the blob's content): the words repeat what
/// the result type says, so the member is the read. A form the result does not have, or one that is an encoding
/// (<c>AsBase64</c>), stays refused.
/// </summary>
public class BlobReadFormSuffixTests
{
    [Fact]
    public void A_read_named_as_its_result_form_reads_the_blob()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IBlobStorage
            {
                Task<byte[]> GetFileAsBytesAsync(string fileName);
                Task<Stream> GetFileAsStreamAsync(string fileName);
                Task<string?> GetFileAsTextAsync(string fileName);
                Task StoreFileAsync(string fileName, Stream content);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IBlobStorage storage = new InMemoryBlobStorage();
                    storage.StoreFileAsync("invoices/march.txt", new MemoryStream(System.Text.Encoding.UTF8.GetBytes("paid"))).GetAwaiter().GetResult();
                    Is("paid", System.Text.Encoding.UTF8.GetString(storage.GetFileAsBytesAsync("invoices/march.txt").GetAwaiter().GetResult()), "AsBytes with a byte[] result reads the blob's bytes");
                    using (var stream = storage.GetFileAsStreamAsync("invoices/march.txt").GetAwaiter().GetResult())
                    using (var reader = new StreamReader(stream))
                    {
                        Is("paid", reader.ReadToEnd(), "AsStream with a Stream result reads the blob");
                    }

                    Is("paid", storage.GetFileAsTextAsync("invoices/march.txt").GetAwaiter().GetResult(), "AsText with a string result reads it as text");
                    Throws<NotFoundException>(() => storage.GetFileAsBytesAsync("invoices/april.txt").GetAwaiter().GetResult(), null, "a missing blob read as non-nullable byte[] is the not-found error, as Azure's 404");
                    Is(null, storage.GetFileAsTextAsync("invoices/april.txt").GetAwaiter().GetResult(), "a nullable result is null for a missing blob");
                    Throws<ArgumentNullException>(() => storage.GetFileAsBytesAsync(null!).GetAwaiter().GetResult(), "fileName", "a null name names its parameter");
                }
            }
            """);
    }

    [Fact]
    public void Within_a_container_too()
    {
        // Intent Architect's Azure Blob Storage module (EverydayInterfaceTests7's P07): DownloadContentAsync, then
        // Content.ToArray() or Content.ToString().
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IBlobStorage
            {
                Task UploadAsync(string containerName, string blobName, Stream content, CancellationToken cancellationToken = default);
                Task<string> DownloadAsStringAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
                Task<byte[]> DownloadAsBytesAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IBlobStorage storage = new InMemoryBlobStorage();
                    storage.UploadAsync("reports", "q1.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes("a,b"))).GetAwaiter().GetResult();
                    Is("a,b", storage.DownloadAsStringAsync("reports", "q1.csv").GetAwaiter().GetResult(), "AsString reads the blob of that container as text");
                    Is(3, storage.DownloadAsBytesAsync("reports", "q1.csv").GetAwaiter().GetResult().Length, "AsBytes reads its bytes");
                    Throws<NotFoundException>(() => storage.DownloadAsBytesAsync("archive", "q1.csv").GetAwaiter().GetResult(), null, "the same name in another container is not there");
                }
            }
            """);
    }

    [Fact]
    public void A_form_the_result_does_not_have_or_an_encoding_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IBlobStorage
            {
                Task<string> GetFileAsBase64Async(string fileName);
                Task<string> GetFileAsBytesAsync(string fileName);
                Task<byte[]> GetFileAsStreamAsync(string fileName);
                Task StoreFileAsync(string fileName, Stream content);
            }
            """);

        Refusals.Exactly(run,
            ("GetFileAsBase64Async", "its noun File and then 'AsBase64', which no convention reads"),
            ("GetFileAsBytesAsync", "its noun File and then 'AsBytes', which no convention reads"),
            ("GetFileAsStreamAsync", "its noun File and then 'AsStream', which no convention reads"));
    }
}
