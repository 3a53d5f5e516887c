using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// IMF0001 as a new user reads it (session 25, h-msgs): the message says what the member was read as and what the fix is,
/// in the member's own terms. Each case is one whose message misled on the real-world corpus: a paging pair read as a
/// lookup told to "name it after the key or a property" (Imdb's <c>GetWithStart(start, count)</c>), a second key part
/// called the value ("its value type string": azure-sdk-tools' <c>UpsertCodeFileAsync</c>), a cache called a blob store
/// without a word on why (iot-operations-sdks' <c>ICommandResponseCache</c>), and a name that starts with a known verb
/// called no known verb (<c>GetUsers</c>, <c>GetCodeFileFromStorage</c>). Only what is said changed; what is generated did
/// not, and the fixes the messages name are checked to work.
/// </summary>
public class RefusalReadingTests
{
    private const string Prelude = Sources.Usings + """
        using System.Linq;
        using V;

        """ + Refusals.CheckOpening;

    private const string Movies = """
        #nullable disable
        namespace V;

        public class Movie { public int Id { get; set; } public string Name { get; set; } }

        """;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.Id == "IMF0001" && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal))
            .GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_start_beside_a_count_on_a_lookup_is_said_to_read_like_paging_with_the_list_that_pages()
    {
        var run = Run(Movies + """
            [InMemoryFake]
            public interface IMovieRepository
            {
                Movie Insert(Movie entity);
                List<Movie> GetWithStart(int start, int count);
                List<Movie> ReadAll();
            }
            """);

        Refusals.Exactly(run, ("GetWithStart", "parameter 'start' names neither the key (Id) nor a property of Movie; beside 'count', which reads as paging, (start, count) reads like paging too, "
            + "which the conventions read only on a list (GetAll, List, GetPaged…), named (skip, take), (pageIndex, pageSize) or (page, pageSize): whether 'start' counts the rows to skip "
            + "or is a position or page number (from 0 or 1) is not said, so it is not read as one. When it counts the rows to skip, GetPaged(int skip, int count) is a list that pages; "
            + "otherwise write the member. Implement it in the partial class InMemoryMovieRepository"));
        Assert.DoesNotContain("name it after the key or a property", Message(run, "GetWithStart"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_the_paging_message_names_pages_by_skip_and_count()
    {
        // What the message above tells the user to write: it must be generated, and page.
        var run = Run(Movies + """
            [InMemoryFake]
            public interface IMovieRepository
            {
                Movie Insert(Movie entity);
                List<Movie> GetPaged(int skip, int count);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IMovieRepository movies = new InMemoryMovieRepository();
                    foreach (var name in new[] { "Alien", "Brazil", "Casablanca", "Dune" }) movies.Insert(new Movie { Name = name });
                    Is("Brazil,Casablanca", string.Join(",", movies.GetPaged(1, 2).Select(m => m.Name)), "skip 1, then count 2, in key order");
                    Is("Dune", string.Join(",", movies.GetPaged(3, 2).Select(m => m.Name)), "the last page is short");
                }
            }
            """);
    }

    [Fact]
    public void A_whole_paging_pair_on_a_lookup_says_paging_is_read_on_a_list_not_that_it_stands_alone()
    {
        var run = Run(Movies + """
            [InMemoryFake]
            public interface IMovieRepository
            {
                Movie Insert(Movie entity);
                List<Movie> GetWithStart(int skip, int take);
            }
            """);

        Refusals.Exactly(run, ("GetWithStart", "parameter 'skip' reads as paging, and (skip, take) is a paging pair, but the conventions read paging only on a list (GetAll, List, GetPaged…), "
            + "and this member's name reads as a lookup of the rows its parameters select (the key or properties); name it as a list (GetPaged(int skip, int take)), or write the member"));
        Assert.DoesNotContain("not alone", Message(run, "GetWithStart"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_with_a_second_key_part_before_its_value_is_said_to_take_a_key_of_two_parts_not_a_value_of_the_key_type()
    {
        // azure-sdk-tools' IBlobCodeFileRepository (Corpus/AzureSdkTools): the blob of a code file is named by its revision
        // and its id; the message said "its value type string differs from the store's value type RenderedCodeFile".
        var run = Run("""
            #nullable disable
            namespace V;

            public class CodeFile { public string Name { get; set; } }
            public class RenderedCodeFile { public CodeFile CodeFile { get; set; } }
            public class ApiCodeFile { public string FileId { get; set; } }
            public class Revision { public string Id { get; set; } public List<ApiCodeFile> Files { get; set; } }

            [InMemoryFake]
            public interface IBlobCodeFileRepository
            {
                Task<RenderedCodeFile> GetCodeFileAsync(Revision revision, bool updateCache = true);
                Task<RenderedCodeFile> GetCodeFileAsync(string revisionId, ApiCodeFile apiCodeFile, string language, bool updateCache = true);
                Task UpsertCodeFileAsync(string revisionId, string codeFileId, CodeFile codeFile);
                Task DeleteCodeFileAsync(string revisionId, string codeFileId);
                Task<CodeFile> GetCodeFileFromStorageAsync(string revisionId, string codeFileId);
            }
            """);

        var message = Message(run, "UpsertCodeFileAsync");
        Assert.Contains("matches no key-value store convention: it takes 'revisionId' and 'codeFileId', both string (the key's type), before 'codeFile' (V.CodeFile), so it reads as a write "
            + "under a key of two parts, not as 'codeFileId' written as a value; a pair is the key only where the interface proves it", message, StringComparison.Ordinal);
        Assert.Contains("; and 'codeFile' (V.CodeFile) is not of the store's value type V.RenderedCodeFile", message, StringComparison.Ordinal);
        Assert.DoesNotContain("its value type string", message, StringComparison.Ordinal);

        // Its read by the pair starts with the known verb Get: the message names the words after the store's noun.
        Assert.Contains("'GetCodeFileFromStorage' is not a known verb: it starts with Get, which is one, but 'CodeFileFromStorage' after it is its noun CodeFile and then 'FromStorage', "
            + "which no convention reads (a place, a source or a condition a name gives is the store's own), so which entries it is about is not said (the known verbs: Get, ",
            Message(run, "GetCodeFileFromStorageAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_blob_store_made_only_by_byte_values_says_why_and_names_the_kind_setting()
    {
        // iot-operations-sdks' ICommandResponseCache (Corpus/IotOperationsSdks): a cache of responses keyed by topic and
        // correlation id; its byte[] and ReadOnlySequence<byte> made it a blob store, and its messages said only that.
        const string Cache = """
            namespace V;

            public class Response { public string Topic { get; set; } = ""; }

            [InMemoryFake]
            public interface ICommandResponseCache
            {
                Task StoreAsync(string commandName, string topic, byte[] correlationData, Response responseMessage, bool isIdempotent);
                Task<Response?> RetrieveAsync(string commandName, string topic, byte[] correlationData, bool isCacheable);
                Task StartAsync();
            }
            """;
        var run = Run(Cache);

        Refusals.Exactly(run,
            ("StoreAsync", "; ICommandResponseCache reads as a blob store only because its members carry bytes ('correlationData' (byte[]) of RetrieveAsync): none uploads, downloads or streams, "
                + "so it may as well keep values that hold bytes; if so, Kind = StoreKind.KeyValue on [InMemoryFake] reads it as a key-value store. Implement it"),
            ("RetrieveAsync", "; ICommandResponseCache reads as a blob store only because its members carry bytes"),
            ("StartAsync", "; ICommandResponseCache reads as a blob store only because its members carry bytes"));

        // The setting the note names compiles and reads the interface as a key-value store (whose messages then speak of one).
        var keyValue = Run(Cache.Replace("[InMemoryFake]", "[InMemoryFake(Kind = StoreKind.KeyValue)]", StringComparison.Ordinal));
        Assert.All(keyValue.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001"),
            static d => Assert.Contains("matches no key-value store convention", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.NotEmpty(keyValue.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001"));
    }

    [Fact]
    public void A_blob_store_that_streams_has_no_note_on_its_kind()
    {
        var run = Run("""
            namespace V;

            [InMemoryFake]
            public interface IFileShelf
            {
                Task UploadAsync(string name, Stream content);
                Task<Stream?> DownloadAsync(string name);
                Task ArchiveAsync(string name);
            }
            """);

        Refusals.Exactly(run, ("ArchiveAsync", "'Archive' is not a known verb"));
        Assert.DoesNotContain("reads as a blob store only", Message(run, "ArchiveAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_starts_with_a_known_verb_says_so_and_names_the_words_after_it()
    {
        var run = Run(Movies + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IMovieRepository
            {
                Movie Insert(Movie entity);
                Movie GetById(int id);
                List<Movie> GetUsers();
                void Promote(Movie movie);
            }
            """);

        Refusals.Exactly(run,
            ("GetUsers", "'GetUsers' is not a known verb: it starts with Get, which is one, but 'Users' after it names neither Movie (singular or plural), a property of it, "
                + "nor By and conditions on its properties, so what it reads or writes is not said (the known verbs: Add/Insert, "),
            ("Promote", "'Promote' is not a known verb (Add/Insert, "));
    }

    [Fact]
    public void A_key_value_name_that_starts_with_a_known_verb_names_the_nouns_the_store_reads_after_it()
    {
        var run = Run("""
            #nullable disable
            namespace V;

            public class Setting { public string Value { get; set; } }

            [InMemoryFake]
            public interface ISettingStore
            {
                Setting Get(string key);
                void Set(string key, Setting value);
                Setting GetSettingFromStorage(string key);
                Setting GetFromAnywhere(string key);
            }
            """);

        Refusals.Exactly(run,
            ("GetSettingFromStorage", "'GetSettingFromStorage' is not a known verb: it starts with Get, which is one, but 'SettingFromStorage' after it is its noun Setting and then 'FromStorage', "
                + "which no convention reads (a place, a source or a condition a name gives is the store's own), so which entries it is about is not said (the known verbs: Get, TryGet, Set/Put, "),
            ("GetFromAnywhere", "'GetFromAnywhere' is not a known verb: it starts with Get, which is one, but 'FromAnywhere' after it is no noun of this store "
                + "(its values' type Setting, the interface's subject, or Item/Entry/CacheItem…), so which entries it is about is not said (the known verbs: Get, TryGet, Set/Put, "));
    }
}
