using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample137 (session 42), education codebases. The UK Course Directory's <c>IBinaryStorageProvider</c>
/// (SkillsFundingAgency/dfc-coursedirectory) downloads into the caller's stream with
/// <c>Task&lt;bool&gt; TryDownloadFile(string path, Stream destination)</c>, which was "not a known verb" though its name and
/// its bool say what a download into a stream returning bool does: it is generated now. Its <c>ListFiles(path)</c> is Azure's
/// <c>GetBlobsAsync(prefix: path)</c>, a plain prefix, where the fake read every listing parameter named <c>path</c> as a
/// directory (azure-signalr-bench's <c>List(path)</c> is a prefix listing too): a listing by <c>path</c> now answers where
/// the two readings agree and throws where they differ.
/// </summary>
public class Sample137Tests
{
    private const string Storage = Sources.Usings + """
        #nullable disable
        namespace V;

        [InMemoryFake(ExistingBlobWrites = ExistingBlobWrite.Refuse)]
        public interface IBinaryStorageProvider
        {
            Task<bool> TryDownloadFile(string path, Stream destination);
            Task UploadFile(string path, Stream source);
        }
        """;

    [Fact]
    public void A_TryDownload_into_the_callers_stream_answers_whether_the_blob_was_found()
    {
        var run = GeneratorHarness.Run(Storage);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                private static MemoryStream Bytes(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

                public static void Run()
                {
                    IBinaryStorageProvider storage = new InMemoryBinaryStorageProvider();
                    var empty = new MemoryStream();
                    Is(false, storage.TryDownloadFile("uploads/1.csv", empty).GetAwaiter().GetResult(), "a missing blob: false, no error");
                    Is(0L, empty.Length, "and nothing written");
                    storage.UploadFile("uploads/1.csv", Bytes("name")).GetAwaiter().GetResult();
                    var destination = new MemoryStream();
                    destination.WriteByte((byte)'>');
                    Is(true, storage.TryDownloadFile("uploads/1.csv", destination).GetAwaiter().GetResult(), "found");
                    Is(">name", System.Text.Encoding.UTF8.GetString(destination.ToArray()), "the bytes written at the destination's position");
                    Throws<DuplicateKeyException>(() => storage.UploadFile("uploads/1.csv", Bytes("other")).GetAwaiter().GetResult(), null, "ExistingBlobWrites = Refuse: a taken name (Azure's UploadAsync(Stream), 409)");
                    Throws<ArgumentNullException>(() => storage.TryDownloadFile("uploads/1.csv", null).GetAwaiter().GetResult(), "destination", "a null destination");
                    Throws<ArgumentException>(() => storage.TryDownloadFile(" ", new MemoryStream()).GetAwaiter().GetResult(), "path", "a blank name");
                }
            }
            """);
    }

    [Fact]
    public void A_TryDownload_that_returns_nothing_or_the_content_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IFiles
            {
                Task TryDownloadFile(string path, Stream destination);
                Task<byte[]?> TryDownload(string path);
                Task UploadFile(string path, Stream source);
            }
            """);
        Refusals.Exactly(run,
            ("TryDownloadFile", "its name ('TryDownloadFile') says a missing blob is no error, and it returns nothing, so a missing blob would be neither an error nor an answer: return bool (whether it was found)"),
            ("TryDownload", "'TryDownload' is a read named to report a missing blob, and only a download into the caller's stream returning bool (whether it was found) says how: take the destination (Stream) after the key and return bool, or write the member"));
    }

    private const string Listing = Sources.Usings + """
        #nullable enable
        namespace V;

        [InMemoryFake(BlobListings = BlobListing.Flat)]
        public interface IFiles
        {
            void UploadFile(string path, byte[] content);
            IReadOnlyList<string> ListFiles(string path);
            IReadOnlyList<string> ListFolder(string folder);
        }
        """;

    [Fact]
    public void A_listing_by_path_answers_where_prefix_and_directory_agree_and_throws_where_they_differ()
    {
        var run = GeneratorHarness.Run(Listing);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IFiles files = new InMemoryFiles();
                    files.UploadFile("uploads/venues/1.csv", new byte[] { 1 });
                    files.UploadFile("uploads/venues/archive/0.csv", new byte[] { 2 });
                    Is("uploads/venues/1.csv,uploads/venues/archive/0.csv", string.Join(",", files.ListFiles("uploads/venues/")), "a path ending in '/': both readings");
                    Is("uploads/venues/1.csv,uploads/venues/archive/0.csv", string.Join(",", files.ListFiles("uploads/venues")), "no other name starts with 'uploads/venues': both readings agree");
                    Is(2, files.ListFiles("").Count, "an empty path lists every blob either way");
                    files.UploadFile("uploads/venues-2024/2.csv", new byte[] { 3 });
                    try
                    {
                        files.ListFiles("uploads/venues");
                        throw new InvalidOperationException("a prefix and a directory differ: nothing thrown");
                    }
                    catch (InvalidOperationException e) when (e.Message.StartsWith("V.IFiles.ListFiles lists by path 'uploads/venues', which stores read two ways", StringComparison.Ordinal))
                    {
                        Is(true, e.Message.Contains("it lists 'uploads/venues-2024/2.csv', as a directory (the blobs under 'uploads/venues/'", StringComparison.Ordinal), "the message names the blob only one reading lists: " + e.Message);
                    }

                    Is("uploads/venues/1.csv,uploads/venues/archive/0.csv", string.Join(",", files.ListFiles("uploads/venues/")), "with the '/' the readings agree again");
                    Is("uploads/venues/1.csv,uploads/venues/archive/0.csv", string.Join(",", files.ListFolder("uploads/venues")), "a folder is a directory, whatever else starts with its text");
                }
            }
            """);
    }

    [Fact]
    public void A_path_that_names_a_blob_itself_differs_between_the_readings()
    {
        var run = GeneratorHarness.Run(Listing);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IFiles files = new InMemoryFiles();
                    files.UploadFile("report.csv", new byte[] { 1 });
                    Throws<InvalidOperationException>(() => files.ListFiles("report.csv"), null, "a prefix lists the blob named by the path, a directory of that name holds nothing");
                    Is("report.csv", string.Join(",", files.ListFiles("")), "every blob");
                }
            }
            """);
    }
}
