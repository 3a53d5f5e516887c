using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The order an interface declares its members in never changes what the generator does: every permutation of the
/// members produces the same source and the same diagnostics (id and message; only locations move).
/// </summary>
public class PermutationTests
{
    /// <summary>A key-value store whose value-typed member comes first used to make every key member "must take only the key (Ticket)".</summary>
    private const string TicketStore = Sources.Usings + """
        namespace Tickets;

        public sealed class Ticket
        {
            public string Subject { get; set; } = "";
        }

        [InMemoryFake]
        public interface ITickets
        {
            Task StoreAsync(Ticket ticket);
            Task<Ticket?> RetrieveAsync(string key);
            Task SetAsync(string key, Ticket ticket);
            Task RemoveAsync(string key);
        }
        """;

    /// <summary>An interface with members the generator refuses, so diagnostics are compared too.</summary>
    private const string Mixed = Sources.UserEntity + """

        [InMemoryFake]
        public interface IMixed
        {
            void Add(User user);
            User? Find(int id);
            void Promote(User user);
            IReadOnlyList<User> FindByNmae(string name);
            IReadOnlyList<User> FindByNameOrderByEmail(string name);
            int CountByName(string name);
            event EventHandler Changed;
            bool Exists(int id);
        }
        """;

    /// <summary>Types the key-value shapes of real caches and stores use.</summary>
    private const string CacheTypes = Sources.Usings + """
        namespace RealCaches;

        public sealed class CacheValue<T>
        {
            public CacheValue(T value, bool hasValue) { Value = value; HasValue = hasValue; }
            public T Value { get; }
            public bool HasValue { get; }
            public static CacheValue<T> NoValue { get; } = new(default!, false);
        }

        public sealed class Grant { public string SubjectId { get; set; } = ""; public string ClientId { get; set; } = ""; }

        """;

    private const string RegionCache = CacheTypes + """
        [InMemoryFake]
        public interface IRegionCache : IDisposable
        {
            string? this[string key] { get; set; }
            string? this[string key, string region] { get; set; }
            string? Get(string key);
            string? Get(string key, string region);
            bool Add(string key, string value, string region);
            void ClearRegion(string region);
            bool Remove(string key);
        }
        """;

    private const string ObjectCache = CacheTypes + """
        [InMemoryFake]
        public interface IObjectCache
        {
            CacheValue<T> Get<T>(string key);
            void Set<T>(string key, T value, TimeSpan expiration);
            void SetAll<T>(IDictionary<string, T> values, TimeSpan expiration);
            void RemoveAll(IEnumerable<string> keys);
            void RemoveByPrefix(string prefix);
            CacheValue<T> GetOrAdd<T>(string key, Func<T> retriever, TimeSpan expiration);
            bool TrySet<T>(string key, T value, TimeSpan expiration);
        }
        """;

    private const string OutputStore = CacheTypes + """
        [InMemoryFake]
        public interface IOutputStore
        {
            ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken);
            ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken);
            ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken);
        }
        """;

    private const string GrantStore = CacheTypes + """
        [InMemoryFake]
        public interface IGrantStore
        {
            Task<string> StoreGrantAsync(Grant grant);
            Task<Grant?> GetGrantAsync(string handle);
            Task UpdateGrantAsync(string handle, Grant grant);
            Task RemoveGrantAsync(string handle);
            Task RemoveGrantsAsync(string subjectId, string clientId);
        }
        """;

    public static TheoryData<string, string> Interfaces => new()
    {
        { "cache with regions and indexers", RegionCache },
        { "object cache with wrappers and batches", ObjectCache },
        { "output cache with tags", OutputStore },
        { "store that makes up keys", GrantStore },
        { "sync repository", Sources.SyncRepository },
        { "async repository", Sources.AsyncRepository },
        { "record repository", Sources.RecordRepository },
        { "key-value store", Sources.KeyValueStore },
        { "async key-value store", Sources.AsyncKeyValueStore },
        { "blob store", Sources.BlobStore },
        { "derived queries", Sources.DerivedQueries },
        { "open generic", Sources.OpenGenericRepository },
        { "ticket store", TicketStore },
        { "refused members", Mixed },
    };

    [Theory]
    [MemberData(nameof(Interfaces))]
    public void Every_member_order_generates_the_same_source_and_diagnostics(string name, string source)
    {
        var expected = Outcome(source);
        Assert.True(expected.Sources.Count > 0 || expected.Diagnostics.Count > 0, name + " produced nothing");
        var random = new Random(name.Length * 7919);
        for (var i = 0; i < 12; i++)
        {
            var permuted = Permute(source, random);
            var actual = Outcome(permuted);
            Assert.Equal(expected.Sources, actual.Sources);
            Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        }
    }

    [Fact]
    public void The_ticket_store_is_a_string_keyed_store_whatever_member_comes_first()
    {
        var run = GeneratorHarness.Run(TicketStore);
        var source = run.Source("ITickets.InMemoryFake.g.cs");
        Assert.Contains("KeyValueTable<string, global::Tickets.Ticket>", source, StringComparison.Ordinal);

        // The key members take the string key, so none is refused for its key; StoreAsync(Ticket) takes no key and
        // returns none, so it is refused for that reason of its own (a write that makes up a key must return it).
        var messages = run.GeneratorDiagnostics.Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        Assert.DoesNotContain(messages, static m => m.Contains("only the key", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, static m => m.StartsWith("'RetrieveAsync'", StringComparison.Ordinal) || m.StartsWith("'RemoveAsync'", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.StartsWith("'StoreAsync' of ITickets matches no key-value store convention: it takes no key, but other members do; a write that makes up a key must return it.", StringComparison.Ordinal));
    }

    private static (List<string> Sources, List<string> Diagnostics) Outcome(string source)
    {
        var run = GeneratorHarness.Run(source);
        Assertions.NeverFailed(run);
        var sources = run.Sources.OrderBy(static s => s.Key, StringComparer.Ordinal).Select(static s => s.Key + "\n" + s.Value).ToList();
        var diagnostics = run.GeneratorDiagnostics
            .Select(static d => d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture))
            .OrderBy(static d => d, StringComparer.Ordinal)
            .ToList();
        return (sources, diagnostics);
    }

    /// <summary>The source with the members of its [InMemoryFake] interface shuffled.</summary>
    private static string Permute(string source, Random random)
    {
        var root = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken);
        var target = root.DescendantNodes().OfType<InterfaceDeclarationSyntax>()
            .Single(static i => i.AttributeLists.SelectMany(static l => l.Attributes).Any(static a => a.Name.ToString().StartsWith("InMemoryFake", StringComparison.Ordinal)));
        var members = target.Members.OrderBy(_ => random.Next()).ToArray();
        return root.ReplaceNode(target, target.WithMembers(SyntaxFactory.List(members))).ToFullString();
    }
}
