using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The contract descriptor each fake gets (docs/verified-fakes.md, "What the generator emits"): approved snapshots of the
/// shapes the other snapshots do not show, and the rules about when it is emitted and that it compiles clean.
/// </summary>
public class ContractDescriptorTests
{
    /// <summary>
    /// Hand-written members (one a convention classifies, one it does not), a positional record built through its
    /// constructor with a caller-assigned key, an internal interface, and the queries a database answers in no defined
    /// order or the runner cannot generate.
    /// </summary>
    private const string HandWrittenAndUnclassified = Sources.Usings + """
        namespace Library
        {
            public sealed record Book(string Isbn, string Title, int? Year, string? Shelf)
            {
                [System.ComponentModel.DataAnnotations.Key]
                public string Isbn { get; init; } = Isbn;

                [Unique]
                public string Title { get; init; } = Title;
            }

            [InMemoryFake]
            internal interface IBooks : IDisposable
            {
                Task AddAsync(Book book, CancellationToken cancellationToken = default);
                Book? FindByTitle(string title);
                Book? FindByShelf(string shelf);
                Book? FindFirstByYearOrderByTitle(int year);
                IReadOnlyList<Book> FindByShelfOrderByYearDesc(string? shelf);
                IReadOnlyList<Book> FindTop2ByYearGreaterThan(int year);
                Book? FindByTitleIgnoreCase(string title);
                IReadOnlyList<Book> FindByYearBetween(int from, int to);
                IReadOnlyList<Book> FindByShelfOrderByTitle(string shelf);
                string Describe(string isbn);
                bool UpdateTitle(string isbn, string title);
            }

            internal sealed partial class InMemoryBooks
            {
                public IReadOnlyList<Book> FindByShelfOrderByTitle(string shelf)
                    => Store.Query(books => System.Linq.Enumerable.ToList(System.Linq.Enumerable.OrderBy(System.Linq.Enumerable.Where(books, b => b.Shelf == shelf), static b => b.Title, StringComparer.Ordinal)));

                public string Describe(string isbn) => isbn;
            }
        }
        """;

    /// <summary>A key-value store: TryGet, a TTL that cannot be left out, an options object without a parameterless constructor.</summary>
    private const string KeyValueTimeToLives = Sources.Usings + """
        namespace Sessions
        {
            public sealed class Lease
            {
                public Lease(TimeSpan ttl) => Ttl = ttl;
                public TimeSpan Ttl { get; }
            }

            [InMemoryFake]
            public interface ITokens
            {
                bool TryGet(string key, out string? value);
                void Set(string key, string value, TimeSpan ttl);
                bool SetIfAbsent(string key, string value, Lease lease);
                void Put(string key, string value, TimeSpan? expiry = null);
                bool Expire(string key, TimeSpan ttl);
                TimeSpan? GetTimeToLive(string key);
                long Increment(string key, long amount = 1);
            }
        }
        """;

    [Fact]
    public void Descriptor_with_hand_written_members_a_positional_record_and_unclassified_queries()
    {
        var run = GeneratorHarness.Run(HandWrittenAndUnclassified);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Descriptor_of_a_key_value_store_with_TryGet_and_time_to_lives()
    {
        var run = GeneratorHarness.Run(KeyValueTimeToLives);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Descriptor_of_the_IDistributedCache_fake()
    {
        var compilation = CSharpCompilation.Create(
            "DistributedCacheFake",
            [CSharpSyntaxTree.ParseText(Sources.Usings + "namespace Caching; [InMemoryFake(typeof(Microsoft.Extensions.Caching.Distributed.IDistributedCache))] public sealed partial class InMemoryDistributedCache;", GeneratorHarness.ParseOptions, path: "Source0.cs", cancellationToken: TestContext.Current.CancellationToken)],
            GeneratorHarness.References.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Caching.Distributed.IDistributedCache).Assembly.Location)),
            GeneratorHarness.CompilationOptions);

        var run = GeneratorHarness.Run(compilation);

        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void A_fake_that_is_not_registered_gets_no_descriptor()
    {
        var run = GeneratorHarness.Run(Sources.OpenGenericRepository);

        Assertions.Clean(run);
        Assert.DoesNotContain("__Contract", run.Sources.Single().Value, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_descriptor_types_the_fake_is_emitted_without_a_descriptor_and_compiles()
    {
        // A second InMemoryFakes.Contracts.ContractDescriptors makes the name ambiguous, so the compilation cannot use the
        // runtime's (GetTypeByMetadataName finds none): as for a runtime that does not ship the types.
        var run = GeneratorHarness.Run(Sources.SyncRepository, "namespace InMemoryFakes.Contracts { internal static class ContractDescriptors { } }");

        Assertions.Clean(run);
        var source = run.Source("IUserRepository.InMemoryFake.g.cs");
        Assert.DoesNotContain("InMemoryFakes.Contracts", source, System.StringComparison.Ordinal);
        Assert.Contains("internal static void Register() => global::InMemoryFakes.Fakes.Register<", source, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NullableContextOptions.Disable)]
    [InlineData(NullableContextOptions.Warnings)]
    [InlineData(NullableContextOptions.Annotations)]
    [InlineData(NullableContextOptions.Enable)]
    public void The_descriptor_compiles_without_warnings_in_every_nullable_context(NullableContextOptions context)
    {
        // No '?' on reference types in the source: under Disable and Warnings it would itself warn (CS8632).
        const string Oblivious = Sources.Usings + """
            namespace Plain
            {
                public class Item
                {
                    public int Id { get; set; }
                    [Unique] public string Code { get; set; } = "";
                    public string Label { get; set; } = "";
                    public int Rank { get; set; }
                }

                [InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound)]
                public interface IItems
                {
                    Task<Item> AddAsync(Item item, CancellationToken cancellationToken = default);
                    Item Get(int id);
                    Item GetByCode(string code);
                    IReadOnlyList<Item> FindByLabelOrderByRankDesc(string label);
                    IAsyncEnumerable<Item> StreamByRankGreaterThan(int rank);
                    bool Delete(int id);
                }

                [InMemoryFake]
                public interface ILabels
                {
                    string Get(string key);
                    bool TryGet(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value);
                    void Set(string key, string value, TimeSpan? ttl = null);
                }
            }
            """;
        var compilation = GeneratorHarness.Compile(Oblivious).WithOptions(GeneratorHarness.CompilationOptions.WithNullableContextOptions(context));

        var run = GeneratorHarness.Run(compilation);

        Assertions.Clean(run);
        Assert.All(run.Sources.Where(static s => s.Key.EndsWith(".InMemoryFake.g.cs", System.StringComparison.Ordinal)).Select(static s => s.Value), static s => Assert.Contains("__Contract", s, System.StringComparison.Ordinal));
    }
}
