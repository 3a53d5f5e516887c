using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// What the client corpus (tests/InMemoryFakes.GeneratorCorpus.Tests: every public interface of Microsoft's Azure,
/// identity and AI clients, Orleans, the AWS SDK, Hangfire, MassTransit, Quartz, Dapr, Akka.Persistence, Polly, Marten,
/// MongoDB's driver and Elasticsearch's clients) found wrong in the generator, each reduced to a minimal source.
/// </summary>
public class ClientCorpusFixTests
{
    private static GeneratorRun RunWith(MetadataReference library, string source)
        => GeneratorHarness.Run(CSharpCompilation.Create(
            "Tests" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(Sources.Usings + source, GeneratorHarness.ParseOptions, path: "Source0.cs")],
            GeneratorHarness.References.Add(library),
            GeneratorHarness.CompilationOptions));

    /// <summary>A client library whose public interface has an abstract member only its own assembly can implement.</summary>
    private static MetadataReference VendorLibrary() => CopyPlanTests.Library("""
        namespace Vendor
        {
            public interface IFaultInjector
            {
                string? Get(string key);
                void Set(string key, string value);
                internal IChaosFactory GetChaosFactory();
            }

            internal interface IChaosFactory
            {
            }
        }
        """);

    [Fact]
    public void An_interface_with_an_internal_member_of_another_assembly_is_refused_whole_and_generates_nothing()
    {
        // Cosmos DB's IFaultInjector: its internal GetChaosInterceptorFactory() returns an internal type. Before, the fake
        // stored that type and named it (CS0122 inside generated code), and no class outside Cosmos could implement it anyway.
        var run = RunWith(VendorLibrary(), """
            namespace Tests;

            [InMemoryFake(typeof(Vendor.IFaultInjector))]
            public partial class FaultInjectorFake;
            """);

        Assertions.GeneratorReported(run, "IMF0010");
        var message = run.GeneratorDiagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'IFaultInjector.GetChaosFactory()' is internal to External", message, StringComparison.Ordinal);
        Assert.Contains("no class outside that assembly can implement IFaultInjector", message, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, static s => s.Key.Contains("FaultInjectorFake", StringComparison.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_interface_of_your_own_deriving_from_one_is_refused_the_same_way()
    {
        var run = RunWith(VendorLibrary(), """
            namespace Tests;

            [InMemoryFake]
            public interface IMyInjector : Vendor.IFaultInjector
            {
            }
            """);

        Assertions.GeneratorReported(run, "IMF0010");
        Assert.Contains("'IFaultInjector.GetChaosFactory()' is internal to External", run.GeneratorDiagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.CompilationDiagnostics, static d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_same_interface_without_the_internal_member_is_generated()
    {
        // The control: the refusal is the internal member's, not the library's.
        var library = CopyPlanTests.Library("""
            namespace Vendor
            {
                public interface IFaultInjector
                {
                    string? Get(string key);
                    void Set(string key, string value);
                }
            }
            """);
        var run = RunWith(library, """
            namespace Tests;

            [InMemoryFake(typeof(Vendor.IFaultInjector))]
            public partial class FaultInjectorFake;
            """);

        Assertions.Clean(run);
    }

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_blob_write_whose_string_is_not_named_as_content_is_refused_instead_of_storing_the_string_as_text()
    {
        // AWS's ITransferUtility.Upload(string filePath, string bucketName) uploads the local file into the bucket. Before,
        // the fake stored the text "bucketName" as the blob named by the path.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Transfers;

            [InMemoryFake]
            public interface ITransferUtility
            {
                void Upload(string filePath, string bucketName);
                Task UploadAsync(string key, Stream stream);
                Stream? OpenRead(string key);
            }
            """);

        Assertions.GeneratorReported(run, "IMF0001");
        Assert.Contains("its string parameter 'bucketName' is not named as the blob's text", Message(run, "Upload"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_named_as_content_alone_or_as_its_last_word_is_still_the_blobs_text()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Notes;

            [InMemoryFake]
            public interface INoteFiles
            {
                void Save(string path, string fileContent);
                void WriteAllText(string path, string contents);
                string? GetText(string path);
                Stream? OpenRead(string path);
                bool Exists(string path);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using Notes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    INoteFiles files = new InMemoryNoteFiles();
                    files.Save("a.txt", "hello");
                    files.WriteAllText("b.txt", "world");
                    if (files.GetText("a.txt") != "hello") throw new InvalidOperationException("fileContent is the text");
                    if (files.GetText("b.txt") != "world") throw new InvalidOperationException("contents is the text");
                    if (files.Exists("hello")) throw new InvalidOperationException("the text names no blob");
                }
            }
            """);
    }

    [Fact]
    public void A_keyless_write_beside_a_keyless_read_of_a_list_is_refused_instead_of_keeping_one_value()
    {
        // Azure WebJobs' ITargetScalerErrorRepository: AddAsync(scalerUniqueId) records one more error and GetAsync() lists
        // them. Before, GetAsync() made it a single-value store, so the second AddAsync threw the duplicate-key error.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Scale;

            [InMemoryFake]
            public interface ITargetScalerErrorRepository
            {
                Task AddAsync(string scalerUniqueId, CancellationToken cancellationToken);
                Task<IEnumerable<string>> GetAsync(CancellationToken cancellationToken);
            }
            """);

        Assert.Contains("'GetAsync' reads a list of the values back without one, so whether each write adds to that list (an append) or replaces the one value is not said", Message(run, "AddAsync"), StringComparison.Ordinal);
        Assert.DoesNotContain(run.CompilationDiagnostics, static d => d.Id != "CS0535");
    }

    [Fact]
    public void A_keyless_write_beside_a_keyless_read_of_one_value_still_keeps_that_value()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Hosts;

            [InMemoryFake]
            public interface IHostIdStore
            {
                Task SetAsync(string hostId);
                Task<string?> GetAsync();
            }
            """);

        Assertions.Clean(run);
    }

    private const string FireInstances = """
        namespace Jobs;

        public sealed record JobKey(string Name, string Group);

        public class FireInstance
        {
            public string Id { get; set; } = "";
            public JobKey JobKey { get; set; } = new("", "");
        }

        """;

    [Fact]
    public void A_removal_whose_noun_names_only_its_parameter_is_refused_instead_of_removing_the_rows_that_point_at_it()
    {
        // Quartz's IJobStore.DeleteJob(JobKey jobKey), whose entity came out as FireInstance: before, it removed every
        // FireInstance with that JobKey and answered true, where the real store removes the job itself.
        var run = GeneratorHarness.Run(Sources.Usings + FireInstances + """
            [InMemoryFake]
            public interface IJobStore
            {
                void Add(FireInstance instance);
                FireInstance? Get(string id);
                bool DeleteJob(JobKey jobKey);
            }

            [InMemoryFake]
            public interface IFireInstanceStore
            {
                void Add(FireInstance instance);
                FireInstance? Get(string id);
                bool DeleteJob(JobKey jobKey);
            }
            """);

        // Whether the interface's name says job (IJobStore) or not, the member is refused on each.
        Assertions.GeneratorReported(run, "IMF0001", "IMF0001");
        Assert.All(run.GeneratorDiagnostics, static d => Assert.Contains(
            "'Job' in 'DeleteJob' names the parameter 'jobKey', not FireInstance, so whether it removes the FireInstance rows of that Job or the Job itself (another table) is not said",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void A_removal_that_says_it_selects_the_entitys_rows_by_the_parameter_is_still_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + FireInstances + """
            [InMemoryFake]
            public interface IFireInstanceStore
            {
                void Add(FireInstance instance);
                FireInstance? Get(string id);
                int DeleteByJobKey(JobKey jobKey);
                bool DeleteFireInstancesForJob(JobKey jobKey);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using Jobs;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    IFireInstanceStore store = new InMemoryFireInstanceStore();
                    store.Add(new FireInstance { Id = "a", JobKey = new JobKey("report", "daily") });
                    store.Add(new FireInstance { Id = "b", JobKey = new JobKey("report", "daily") });
                    store.Add(new FireInstance { Id = "c", JobKey = new JobKey("backup", "daily") });
                    if (store.DeleteByJobKey(new JobKey("report", "daily")) != 2) throw new InvalidOperationException("both rows of the job are removed");
                    if (store.Get("a") is not null || store.Get("c") is null) throw new InvalidOperationException("only the job's rows are removed");
                    if (!store.DeleteFireInstancesForJob(new JobKey("backup", "daily")) || store.Get("c") is not null) throw new InvalidOperationException("For{Parameter} removes the rows");
                }
            }
            """);
    }

    [Fact]
    public void An_add_of_a_key_that_no_member_finds_again_is_refused()
    {
        // Microsoft.Extensions.Telemetry's IEnrichmentTagCollector (second client corpus round): Add(tagName, tagValue) and
        // nothing else. Before, the fake threw the duplicate-key error on a second tag of one name, where the real
        // collectors keep both; nothing in the interface says a tag name names one entry.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Telemetry;

            [InMemoryFake]
            public interface ITagCollector
            {
                void Add(string tagName, object tagValue);
                int Count { get; }
            }

            [InMemoryFake]
            public interface IHeaderSink
            {
                Task InsertAsync(string name, string value);
                void Clear();
            }
            """);

        Assertions.GeneratorReported(run, "IMF0001", "IMF0001");
        var messages = run.GeneratorDiagnostics.Select(static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Contains(messages, static m => m.StartsWith("'Add' of ITagCollector", StringComparison.Ordinal)
            && m.Contains("no member reads, tests, lists or removes by its key 'tagName', so nothing says the key names one entry", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.StartsWith("'InsertAsync' of IHeaderSink", StringComparison.Ordinal)
            && m.Contains("whether a second InsertAsync of the same key throws (a dictionary's Add), replaces the value, or keeps both", StringComparison.Ordinal));
        // The rest generates; the two refused members are left for the partial class (CS0535 until written).
        Assert.All(run.CompilationDiagnostics, static d => Assert.Equal("CS0535", d.Id));
        Assert.Equal(2, run.CompilationDiagnostics.Length);
    }

    [Fact]
    public void An_add_beside_a_keyed_read_or_one_whose_name_or_result_answers_a_taken_key_is_still_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Telemetry;

            [InMemoryFake]
            public interface ITagStore
            {
                void Add(string tagName, string tagValue);
                string? Get(string tagName);
            }

            [InMemoryFake]
            public interface ITagSet
            {
                bool Add(string tagName, string tagValue);
                bool TryAdd(string key, string value);
                void AddIfAbsent(string key, string value);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using Telemetry;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    ITagStore store = new InMemoryTagStore();
                    store.Add("env", "prod");
                    Throws<InMemoryFakes.DuplicateKeyException>(() => store.Add("env", "test"), null, "a second Add of a key Get finds is the duplicate-key error");
                    Is("prod", store.Get("env"), "the first value stays");

                    ITagSet set = new InMemoryTagSet();
                    Is(true, set.Add("env", "prod"), "bool Add of a new key");
                    Is(false, set.Add("env", "test"), "bool Add of a taken key answers false");
                    Is(false, set.TryAdd("env", "test"), "TryAdd of a taken key answers false");
                }
            }
            """);
    }

    [Fact]
    public void A_write_whose_key_by_place_is_named_value_is_refused()
    {
        // Orleans' IGrainDirectoryCache (second client corpus round): AddOrUpdate(GrainAddress value, int version) caches the
        // address under its GrainId. Before, the fake took 'value' for the key and stored the version under the address.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Directory;

            public sealed record GrainAddress(string GrainId, string Silo);

            [InMemoryFake]
            public interface IGrainDirectoryCache
            {
                void AddOrUpdate(GrainAddress value, int version);
                void Clear();
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.Contains("'AddOrUpdate' of IGrainDirectoryCache matches no key-value store convention: its first parameter 'value' would be the key by its place, but its name says it is the value",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.All(run.CompilationDiagnostics, static d => Assert.Equal("CS0535", d.Id));
    }

    [Fact]
    public void A_write_whose_value_by_place_is_named_as_the_expected_one_is_refused()
    {
        // Orleans' IStreamCheckpointerGrain (second client corpus round): Update(offset, expectedCheckpoint) is a
        // compare-and-set. Before, the fake stored the expected checkpoint under the offset and answered it.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Streams;

            [InMemoryFake]
            public interface ICheckpointer
            {
                ValueTask<string> Update(string offset, string expectedCheckpoint, CancellationToken cancellationToken);
                string? Get(string offset);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.Contains("'Update' of ICheckpointer matches no key-value store convention: its parameter 'expectedCheckpoint' would be the value by its place, but its name says it is what the store compares with",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.All(run.CompilationDiagnostics, static d => Assert.Equal("CS0535", d.Id));
    }
}
