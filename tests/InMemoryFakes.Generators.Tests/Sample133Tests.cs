using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample133 (session 40), IoT, telemetry and monitoring codebases. GreenOlvi/smart-home-www's
/// <c>IFirmwareRepository</c> lists a folder of <c>firmware.{version}.bin</c> files as <c>IEnumerable&lt;Firmware&gt;</c>,
/// each <c>Firmware { Version Version; long Size; }</c> read out of the file's name and length. The interface is a blob
/// store (it streams the current image), and the listing's result type was filled by name from the blob's properties:
/// <c>Size</c> from its length, and <c>Version</c>, which no blob property fills, left null without a word. A result
/// type with a settable property no blob property fills is now refused, naming the property.
/// </summary>
public class Sample133Tests
{
    private const string Firmwares = Sources.Usings + """
        #nullable disable
        namespace V;

        public record Firmware
        {
            public Version Version { get; init; }
            public long Size { get; init; }
        }

        [InMemoryFake]
        public interface IFirmwareRepository
        {
            IEnumerable<Firmware> GetAllFirmwares();
            Version GetCurrentVersion();
            Stream GetCurrentFirmware();
        }
        """;

    [Fact]
    public void A_listing_whose_result_type_has_a_property_no_blob_property_fills_is_refused_naming_it()
    {
        var run = GeneratorHarness.Run(Firmwares);
        Refusals.Exactly(run,
            ("GetAllFirmwares", "its result type V.Firmware has a settable property that no blob property (Key/Path/Name, Size/Length, ContentType, ETag, LastModified, CreatedAt, Metadata, Url) fills, 'Version' (Version): the fake would leave it at its default, and what the real store puts there (a value it reads out of the blob's name or content, or keeps beside the blob) is its own; return BlobProperties, or a type of blob properties only, or write the member"),
            ("GetCurrentVersion", "'GetCurrentVersion' is not a known verb"),
            ("GetCurrentFirmware", "'GetCurrentFirmware' is not a known verb"));
        Assert.Contains("Implement it in the partial class InMemoryFirmwareRepository", Refusals.Message(run, "GetAllFirmwares"), StringComparison.Ordinal);
    }

    private const string Files = Sources.Usings + """
        #nullable enable
        namespace V;

        public sealed class FileEntry
        {
            public string Name { get; set; } = "";
            public long Size { get; set; }
            public string Extension => Path.GetExtension(Name);
        }

        public sealed class UploadResult
        {
            public string Key { get; set; } = "";
            public long Length { get; set; }
        }

        [InMemoryFake]
        public interface IFiles
        {
            UploadResult Upload(string name, byte[] content);
            IReadOnlyList<FileEntry> List();
        }
        """;

    [Fact]
    public void A_result_type_of_blob_properties_and_computed_ones_is_filled_as_before()
    {
        var run = GeneratorHarness.Run(Files);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IFiles files = new InMemoryFiles();
                    var receipt = files.Upload("a.bin", new byte[] { 1, 2, 3 });
                    Is("a.bin", receipt.Key, "the write's result: the name");
                    Is(3L, receipt.Length, "and the length");
                    files.Upload("b.txt", new byte[] { 4 });
                    var listed = new List<string>();
                    foreach (var file in files.List())
                    {
                        listed.Add(file.Name + ":" + file.Size + ":" + file.Extension);
                    }

                    Is("a.bin:3:.bin,b.txt:1:.txt", string.Join(",", listed), "each blob's name and size; a computed property is the type's own");
                }
            }
            """);
    }

    [Fact]
    public void A_write_result_with_a_property_no_blob_property_fills_is_refused()
    {
        // An upload's result that says something the fake does not know (whether it succeeded, what the store
        // scanned): the fake would answer false, what the real store answers is its own.
        var run = GeneratorHarness.Run(Files.Replace("public long Length { get; set; }", "public long Length { get; set; }\n    public bool Scanned { get; set; }", StringComparison.Ordinal));
        Refusals.Exactly(run,
            ("Upload", "its result type V.UploadResult has a settable property that no blob property (Key/Path/Name, Size/Length, ContentType, ETag, LastModified, CreatedAt, Metadata, Url) fills, 'Scanned' (bool): the fake would leave it at its default"));
    }

    [Fact]
    public void A_property_named_like_a_blob_property_but_of_another_type_is_refused_naming_both()
    {
        var run = GeneratorHarness.Run(Files.Replace("public long Size { get; set; }", "public long Size { get; set; }\n    public Guid ETag { get; set; }", StringComparison.Ordinal));
        Refusals.Exactly(run,
            ("List", "fills, 'ETag' (Guid: named like a blob property, but of another type than the one the fake fills)"));
    }

    [Fact]
    public void Content_in_a_listing_result_is_refused_as_content_the_listing_does_not_read()
    {
        var run = GeneratorHarness.Run(Files.Replace("public long Size { get; set; }", "public long Size { get; set; }\n    public byte[]? Content { get; set; }", StringComparison.Ordinal));
        Refusals.Exactly(run,
            ("List", "'Content' (byte[]?: the blob's content, which this member does not read)"));
    }

    private const string Downloads = Sources.Usings + """
        #nullable enable
        namespace V;

        public sealed class FileResponse
        {
            public Stream Content { get; set; } = Stream.Null;
            public string ContentType { get; set; } = "";
            public string? Description { get; set; }
        }

        [InMemoryFake]
        public interface IDocuments
        {
            void Upload(string name, Stream content, string contentType);
            FileResponse? Download(string name);
        }
        """;

    [Fact]
    public void A_read_result_with_the_content_and_a_property_no_blob_property_fills_is_refused()
    {
        var run = GeneratorHarness.Run(Downloads);
        Refusals.Exactly(run,
            ("Download", "its result type V.FileResponse has a settable property that no blob property (Key/Path/Name, Size/Length, ContentType, ETag, LastModified, CreatedAt, Metadata, Url, Content) fills, 'Description' (string?)"));
    }

    [Fact]
    public void A_read_result_of_the_content_and_blob_properties_is_filled_as_before()
    {
        var run = GeneratorHarness.Run(Refusals.Without(Downloads, "    public string? Description { get; set; }\n"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IDocuments documents = new InMemoryDocuments();
                    documents.Upload("a.txt", new MemoryStream(new byte[] { 7, 8 }), "text/plain");
                    var read = documents.Download("a.txt")!;
                    Is("text/plain", read.ContentType, "the content type stored");
                    var copy = new MemoryStream();
                    read.Content.CopyTo(copy);
                    Is(2, copy.ToArray().Length, "the content");
                    Is(true, documents.Download("b.txt") is null, "a missing blob: null, as declared");
                }
            }
            """);
    }
}
