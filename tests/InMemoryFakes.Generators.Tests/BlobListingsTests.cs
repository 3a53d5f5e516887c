using System;
using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Blob listings and nested names (session 27, h-blobs3). A listing answers the names under a prefix or a directory;
/// real stores differ on a name nested below it (<c>docs/a/b.txt</c> under <c>docs</c>): Azure's <c>GetBlobs</c> and S3
/// without a delimiter list it, a hierarchical listing (<c>GetBlobsByHierarchy</c>, the v9 SDK's default
/// <c>ListBlobsSegmented</c>, S3 with <c>Delimiter = "/"</c>, <c>Directory.GetFiles(dir)</c>) does not. Before, every
/// listing answered it, silently wrong for the hierarchical stores. Unstated, a listing that meets one throws naming it;
/// <c>BlobListings</c> states which.
/// </summary>
public class BlobListingsTests
{
    private const string Files = """
        [InMemoryFake{0}]
        public interface IFiles
        {
            void Upload(string name, byte[] content);
            IReadOnlyList<string> List();
            IReadOnlyList<string> ListFiles(string folder);
            IReadOnlyList<string> ListByPrefix(string prefix);
        }
        """;

    private const string Message = """
                static string MessageOf(Action action)
                {
                    try
                    {
                        action();
                    }
                    catch (InvalidOperationException e)
                    {
                        return e.Message;
                    }

                    return "nothing thrown";
                }

                static void Seed(IFiles files)
                {
                    foreach (var name in new[] { "readme.txt", "docs/a.txt", "docs/sub/b.txt", "docsx/c.txt" })
                    {
                        files.Upload(name, new byte[] { 1 });
                    }
                }

        """;

    private static GeneratorRun Run(string setting) => GeneratorHarness.Run(Sources.Usings + "#nullable enable\nnamespace V;\n\n" + Files.Replace("{0}", setting, StringComparison.Ordinal));

    [Fact]
    public void Unstated_names_one_level_below_list_as_before_and_a_nested_name_throws_naming_it_the_member_and_the_setting()
    {
        var run = Run("");

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + Message + """
                public static void Run()
                {
                    IFiles files = new InMemoryFiles();
                    files.Upload("a.txt", new byte[] { 1 });
                    files.Upload("docs/b.txt", new byte[] { 2 });
                    files.Upload("docs/c.txt", new byte[] { 3 });
                    Is("docs/b.txt,docs/c.txt", string.Join(",", files.ListFiles("docs")), "a folder's files, none nested: every store lists them");
                    Is("docs/b.txt,docs/c.txt", string.Join(",", files.ListByPrefix("docs/")), "a prefix ending in '/' alike");
                    Is("a.txt", string.Join(",", files.ListByPrefix("a")), "a prefix whose names hold no '/' after it");

                    var all = MessageOf(() => files.List());
                    Is(true, all.Contains("V.IFiles.List would list 'docs/b.txt', a name nested below the top level", StringComparison.Ordinal), "a listing of everything meets the nested name: " + all);
                    Is(true, all.Contains("[InMemoryFake(BlobListings = BlobListing.Flat)] or BlobListing.TopLevel", StringComparison.Ordinal), "the message names the setting: " + all);
                    var prefix = MessageOf(() => files.ListByPrefix("docs"));
                    Is(true, prefix.Contains("V.IFiles.ListByPrefix would list 'docs/b.txt', a name nested below 'docs'", StringComparison.Ordinal), "'docs/b.txt' holds a '/' after the prefix 'docs' (S3 with a delimiter rolls it into 'docs/'): " + prefix);

                    files.Upload("docs/sub/d.txt", new byte[] { 4 });
                    var folder = MessageOf(() => files.ListFiles("docs"));
                    Is(true, folder.Contains("V.IFiles.ListFiles would list 'docs/sub/d.txt', a name nested below 'docs/'", StringComparison.Ordinal), "a folder's nested file: " + folder);
                    Is("docs/sub/d.txt", string.Join(",", files.ListFiles("docs/sub")), "the folder holding it lists it: one level below there");
                }
            }
            """);
    }

    [Fact]
    public void Flat_lists_every_name_under_the_prefix_or_directory_nested_ones_included()
    {
        var run = Run("(BlobListings = BlobListing.Flat)");

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + Message + """
                public static void Run()
                {
                    IFiles files = new InMemoryFiles();
                    Seed(files);
                    Is("docs/a.txt,docs/sub/b.txt,docsx/c.txt,readme.txt", string.Join(",", files.List()), "everything, as Azure's GetBlobs() lists a container");
                    Is("docs/a.txt,docs/sub/b.txt", string.Join(",", files.ListFiles("docs")), "a folder's names, nested ones included, not docsx/");
                    Is("docs/a.txt,docs/sub/b.txt,docsx/c.txt", string.Join(",", files.ListByPrefix("docs")), "a plain prefix, as S3's ListObjectsV2(Prefix) without a delimiter");
                }
            }
            """);
    }

    [Fact]
    public void TopLevel_lists_only_the_names_one_level_below_and_no_virtual_directory()
    {
        var run = Run("(BlobListings = BlobListing.TopLevel)");

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + Message + """
                public static void Run()
                {
                    IFiles files = new InMemoryFiles();
                    Seed(files);
                    Is("readme.txt", string.Join(",", files.List()), "the top level's blobs, as the v9 SDK's ListBlobsSegmented keeps the CloudBlockBlobs; no 'docs/' entry");
                    Is("docs/a.txt", string.Join(",", files.ListFiles("docs")), "a folder's own files, as Directory.GetFiles(dir)");
                    Is("docs/sub/b.txt", string.Join(",", files.ListFiles("docs/sub")), "the nested folder lists its own");
                    Is("", string.Join(",", files.ListByPrefix("docs")), "S3's Contents for Prefix 'docs' and Delimiter '/': both names roll into the prefixes 'docs/' and 'docsx/'");
                    Is("docs/a.txt", string.Join(",", files.ListByPrefix("docs/")), "and for 'docs/' the file one level below");
                }
            }
            """);
    }

    [Fact]
    public void Within_a_container_the_names_within_it_follow_the_same_rule()
    {
        const string Service = """
            public interface IBlobService
            {
                Task UploadAsync(string containerName, string blobName, Stream content);
                Task<IReadOnlyList<string>> ListBlobsAsync(string containerName);
            }
            """;
        const string Check = Refusals.CheckPreludeForV + """
                static string Listed(IBlobService blobs, string container)
                {
                    try
                    {
                        return string.Join(",", blobs.ListBlobsAsync(container).GetAwaiter().GetResult());
                    }
                    catch (InvalidOperationException e)
                    {
                        return e.Message;
                    }
                }

                public static void Run()
                {
                    IBlobService blobs = new InMemoryBlobService();
                    blobs.UploadAsync("images", "a.png", new MemoryStream(new byte[] { 1 })).GetAwaiter().GetResult();
                    blobs.UploadAsync("thumbs", "2024/x.png", new MemoryStream(new byte[] { 2 })).GetAwaiter().GetResult();
                    Is(true, Listed(blobs, "images") == "a.png", "another container's nested name does not count");
                    blobs.UploadAsync("images", "2024/b.png", new MemoryStream(new byte[] { 3 })).GetAwaiter().GetResult();
                    Is(Expected, Listed(blobs, "images"), "a nested name within the container");
                }
            }
            """;

        var unstated = GeneratorHarness.Run(Sources.Usings + "#nullable enable\nnamespace V;\n[InMemoryFake]\n" + Service);
        Assertions.Clean(unstated);
        BehaviourCheck.Run(unstated, Check.Replace("Expected", "\"V.IBlobService.ListBlobsAsync would list 'images/2024/b.png', a name nested below 'images/' (a '/' after it). Real stores differ on such names: Azure's GetBlobs and S3's ListObjectsV2 without a delimiter list them, a hierarchical listing (Azure's GetBlobsByHierarchy, the v9 SDK's ListBlobsSegmented, S3 with Delimiter \\\"/\\\", Directory.GetFiles(dir)) lists only the names one level below, and the signature does not say which. State it on the fake: [InMemoryFake(BlobListings = BlobListing.Flat)] or BlobListing.TopLevel.\"", StringComparison.Ordinal));

        var flat = GeneratorHarness.Run(Sources.Usings + "#nullable enable\nnamespace V;\n[InMemoryFake(BlobListings = BlobListing.Flat)]\n" + Service);
        Assertions.Clean(flat);
        BehaviourCheck.Run(flat, Check.Replace("Expected", "\"2024/b.png,a.png\"", StringComparison.Ordinal));

        var topLevel = GeneratorHarness.Run(Sources.Usings + "#nullable enable\nnamespace V;\n[InMemoryFake(BlobListings = BlobListing.TopLevel)]\n" + Service);
        Assertions.Clean(topLevel);
        BehaviourCheck.Run(topLevel, Check.Replace("Expected", "\"a.png\"", StringComparison.Ordinal));
    }

    [Fact]
    public void BlobProperties_and_result_types_list_by_the_same_rule()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed class FileItem
            {
                public string Name { get; set; } = "";
                public long Size { get; set; }
            }

            [InMemoryFake(BlobListings = BlobListing.TopLevel)]
            public interface IFiles
            {
                void Upload(string name, byte[] content);
                IReadOnlyList<BlobProperties> ListBlobs(string directory);
                IReadOnlyList<FileItem> ListFiles(string folder);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IFiles files = new InMemoryFiles();
                    files.Upload("docs/a.txt", new byte[] { 1, 2 });
                    files.Upload("docs/sub/b.txt", new byte[] { 3 });
                    Is("docs/a.txt", string.Join(",", System.Linq.Enumerable.Select(files.ListBlobs("docs"), p => p.Key)), "BlobProperties one level below");
                    Is("docs/a.txt:2", string.Join(",", System.Linq.Enumerable.Select(files.ListFiles("docs"), f => f.Name + ":" + f.Size)), "a result type one level below");
                }
            }
            """);
    }

    [Fact]
    public void TopLevel_refuses_a_result_type_that_says_an_item_may_be_a_directory()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed class Entry
            {
                public string Name { get; set; } = "";
                public bool IsDirectory { get; set; }
            }

            [InMemoryFake(BlobListings = BlobListing.TopLevel)]
            public interface IFiles
            {
                void Upload(string name, byte[] content);
                IReadOnlyList<Entry> ListFiles(string folder);
                IReadOnlyList<string> List(string folder);
            }
            """);

        Refusals.Exactly(run, ("ListFiles", "its result type has 'IsDirectory', which says an item may be a (virtual) directory"));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void On_a_key_value_store_it_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake(BlobListings = BlobListing.Flat)]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value, TimeSpan ttl);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("BlobListings: it says which names a blob store's listing answers below its prefix or directory, and ICache is a key-value store", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void On_an_entity_repository_it_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed class Note
            {
                public int Id { get; set; }
                public string Text { get; set; } = "";
            }

            [InMemoryFake(BlobListings = BlobListing.TopLevel)]
            public interface INoteRepository
            {
                Note? GetById(int id);
                void Add(Note note);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("and INoteRepository is an entity repository", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_blob_store_without_a_listing_it_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake(BlobListings = BlobListing.Flat)]
            public interface IFiles
            {
                Task Upload(string name, Stream content);
                Task<Stream?> OpenRead(string name);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("no member of IFiles is a generated listing; remove it", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_the_enum_does_not_have_is_IMF0010()
    {
        var run = Run("(BlobListings = (BlobListing)3)");

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("BlobListings = 3 is not a BlobListing (Unstated, Flat or TopLevel)", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
