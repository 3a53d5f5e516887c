using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Awkward interface shapes: each one either compiles clean with no generator diagnostic, or reports exactly the
/// expected diagnostics (and only the compiler errors that a missing member implies). The generator never throws.
/// </summary>
public class RobustnessTests
{
    private const string U = Sources.Usings + "namespace Shapes;\npublic class User { public int Id { get; set; } public string Email { get; set; } = \"\"; }\n";

    /// <summary>CS0535: a member the generator did not implement (because it reported why).</summary>
    private static readonly string[] Missing = { "CS0535" };

    private static readonly Dictionary<string, (string Source, string[] Ids, string[] Compiler)> Cases = new()
    {
        ["Empty interface"] = (U + "[InMemoryFake] public interface IEmpty { }", [], []),
        ["Count and Keys properties"] = (U + "[InMemoryFake] public interface IKv { object? Get(string key); int Count { get; } IEnumerable<string> Keys { get; } }", [], []),
        ["Property with a setter"] = (U + "[InMemoryFake] public interface IKv { object? Get(string key); string Name { get; set; } }", ["IMF0001"], Missing),
        ["Event"] = (U + "[InMemoryFake] public interface IKv { object? Get(string key); event EventHandler Changed; }", ["IMF0001"], Missing),
        ["Indexer"] = (U + "[InMemoryFake] public interface IKv { string? Get(string key); string? this[string key] { get; set; } }", [], []),
        ["Indexer that takes no key"] = (U + "[InMemoryFake] public interface IKv { string? Get(string key); string? this[string key, int index] { get; } }", ["IMF0001"], Missing),
        ["Generic method on an entity repository"] = (U + "[InMemoryFake] public interface IRepo { void Add(User user); T Get<T>(int id); }", ["IMF0001"], Missing),
        ["Static abstract member"] = (U + "[InMemoryFake] public interface IKv { object? Get(string key); static abstract IKv Create(); }", ["IMF0001", "IMF0014"], Missing),
        ["Default interface member is skipped"] = (U + "[InMemoryFake] public interface IKv { object? Get(string key); bool Has(string key) => Get(key) is not null; }", [], []),
        ["Static non-abstract member is skipped"] = (U + "[InMemoryFake] public interface IKv { object? Get(string key); static int Zero => 0; }", [], []),
        ["ref parameter"] = (U + "[InMemoryFake] public interface IKv { object? Get(string key); void Set(ref string key, object value); }", ["IMF0001"], Missing),
        ["in parameter"] = (U + "[InMemoryFake] public interface IKv { object? Get(in string key); }", [], []),
        ["TryGet with out parameter"] = (U + "[InMemoryFake] public interface IKv { bool TryGet(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value); void Set(string key, string value); }", [], []),
        ["Tuple values"] = (U + "[InMemoryFake] public interface IKv { (int Count, string Label)? Get(string key); void Set(string key, (int Count, string Label) value); }", [], []),
        ["Nullable value types"] = (U + "[InMemoryFake] public interface IKv { long? Get(string key); void Set(string key, long value, TimeSpan? ttl = null); long Increment(string key); }", [], []),
        ["Positional record entity"] = (Sources.Usings + "namespace Shapes; public sealed record Note(int Id, string Text); [InMemoryFake] public interface INotes { Task<Note> AddAsync(Note note); Note? Get(int id); }", [], []),
        ["Struct entity"] = (Sources.Usings + "namespace Shapes; public struct Point { public int Id { get; set; } public int X { get; set; } } [InMemoryFake] public interface IPoints { void Add(Point p); Point? Find(int id); bool Update(Point p); }", [], []),
        ["Entity without a key"] = (Sources.Usings + "namespace Shapes; public class Note { public string Text { get; set; } = \"\"; } [InMemoryFake] public interface INotes { void Add(Note note); IReadOnlyList<Note> GetAll(); }", ["IMF0009"], []),
        ["Key attribute matched by name"] = (Sources.Usings + "namespace Shapes { public class Order { [System.ComponentModel.DataAnnotations.Key] public string Number { get; set; } = \"\"; } [InMemoryFake] public interface IOrders { void Add(Order order); Order Get(string number); } }", [], []),
        ["Interface nested in a class"] = (U + "public static class Outer { [InMemoryFake] public interface IRepo { void Add(User user); User? Find(int id); } }", [], []),
        ["Interface nested in a private class"] = (U + "public class Outer { [InMemoryFake] private interface IRepo { void Add(User user); } }", ["IMF0007"], []),
        ["Interface nested in a generic class"] = (U + "public class Outer<T> { [InMemoryFake] public interface IRepo { void Add(User user); } }", ["IMF0007"], []),
        ["Generic interface closed through an inheriting interface"] = (U + "public interface IRepository<TEntity, TKey> { void Add(TEntity e); TEntity? Find(TKey id); } [InMemoryFake] public interface IUsers : IRepository<User, int> { bool Exists(int id); }", [], []),
        ["Closed generic interface through typeof"] = (U + "public interface IRepository<TEntity, TKey> { void Add(TEntity e); TEntity? Find(TKey id); } [InMemoryFake(typeof(IRepository<User, int>))] public partial class UserFake;", [], []),
        ["Open generic interface without a keyed constraint"] = (U + "[InMemoryFake] public interface IRepository<TEntity> { void Add(TEntity e); IReadOnlyList<TEntity> GetAll(); }", ["IMF0008"], []),
        ["Open generic key-value store"] = (U + "[InMemoryFake] public interface ICache<TValue> { TValue? Get(string key); void Set(string key, TValue value); }", [], []),
        ["Duplicate members across base interfaces"] = (U + "public interface IA { User? Find(int id); void Add(User u); } public interface IB { User? Find(int id); } [InMemoryFake] public interface IC : IA, IB { }", [], []),
        ["Colliding members with different returns"] = (U + "public interface IA { User? Get(int id); void Add(User u); } public interface IB { User Get(int id); } [InMemoryFake] public interface IC : IA, IB { }", [], []),
        ["Keyword parameter names"] = (U + "[InMemoryFake] public interface IKv { object? Get(string @class); void Set(string @class, object @event, int? ttl = null); bool Exists(string @in); }", [], []),
        ["Members named like generated fields"] = (U + "[InMemoryFake] public interface IKv { object? Get(string __core); void Set(string __entries, object __defaults); int __result { get; } }", ["IMF0001"], Missing),
        ["Parameters named like generated locals"] = (U + "[InMemoryFake] public interface IRepo { void Add(User __result); int Add2(User __item); bool Update(User __value); void UpdateRange(IEnumerable<User> __snapshot); }", ["IMF0001"], Missing),
        ["Overloads"] = (U + "[InMemoryFake] public interface IKv { object? Get(string key); void Set(string key, object value); void Set(string key, object value, TimeSpan ttl); Task SetAsync(string key, object value, CancellationToken ct); }", [], []),
        ["Task without a result"] = (U + "[InMemoryFake] public interface IRepo { Task AddAsync(User u); Task ClearAsync(); ValueTask DeleteAsync(int id, CancellationToken ct); }", [], []),
        ["Async stream without a token"] = (U + "[InMemoryFake] public interface IRepo { void Add(User u); IAsyncEnumerable<User> GetAllAsync(); }", [], []),
        ["Unknown verb"] = (U + "[InMemoryFake] public interface IKv { object? Get(string key); void Frobnicate(string key); }", ["IMF0001"], Missing),
        ["Derived query"] = (U + "[InMemoryFake] public interface IRepo { void Add(User u); User? FindByEmail(string email); Task<int> CountByEmailAsync(string email); }", [], []),
        ["Only derived queries make an entity repository"] = (U + "[InMemoryFake] public interface IUserQueries { User? FindByEmail(string email); IReadOnlyList<User> FindAllByOrderByEmailDesc(); }", [], []),
        ["Derived queries with parameters named like the lambda's"] = (U + "[InMemoryFake] public interface IRepo { void Add(User u); User? FindByEmail(string e); IReadOnlyList<User> FindByEmailOrId(string s, int e); int CountByIdIn(params int[] __x); }", [], []),
        ["Keyword parameter names in queries"] = (U + "[InMemoryFake] public interface IRepo { void Add(User u); IReadOnlyList<User> FindByEmailStartingWith(string @class, int @skip, int @take); }", [], []),
        ["Property names containing And, Or and Order"] = (Sources.Usings + "namespace Shapes; public class Sale { public int Id { get; set; } public int Order { get; set; } public string Brand { get; set; } = \"\"; public string Origin { get; set; } = \"\"; public System.DateTime OrderDate { get; set; } public string Color { get; set; } = \"\"; } [InMemoryFake] public interface ISales { void Add(Sale s); IReadOnlyList<Sale> FindByOrderAndBrandOrderByOrderDateDesc(int order, string brand); IReadOnlyList<Sale> FindByColorOrOrigin(string color, string origin); IReadOnlyList<Sale> FindByOrderOrderByOrder(int order); }", [], []),
        ["Queries on a positional record and a struct"] = (Sources.Usings + "namespace Shapes { public sealed record Note(int Id, string Text, int? Rank); public struct Point { public int Id { get; set; } public int X { get; set; } } [InMemoryFake] public interface INotes { void Add(Note n); Note? FindFirstByTextContainingIgnoreCaseOrderByRankDesc(string text); IReadOnlyList<Note> FindDistinctByRankIsNull(); } [InMemoryFake] public interface IPoints { void Add(Point p); Point? FindByX(int x); Point GetFirstByXGreaterThan(int x); int DeleteByXLessThan(int x); } }", [], []),
        ["Queries on an open generic repository"] = (Sources.Usings + "namespace Generic; public interface INamed { int Id { get; set; } string Name { get; } } [InMemoryFake] public interface IRepository<T> where T : class, INamed { void Add(T e); IReadOnlyList<T> FindByNameIgnoreCase(string name); T? FindFirstByIdGreaterThanOrderByName(int id); }", [], []),
        ["In and comparisons with conversions and nullable paths"] = (Sources.Usings + "namespace Shapes; public class Inner { public long Size { get; set; } public System.Guid Tag { get; set; } } public class Box { public int Id { get; set; } public int? Rank { get; set; } public Inner? Inner { get; set; } public System.DateTimeOffset At { get; set; } public System.Version? Release { get; set; } } [InMemoryFake] public interface IBoxes { void Add(Box b); IReadOnlyList<Box> FindByRankIn(List<int> ranks); IReadOnlyList<Box> FindByInnerSizeBetween(int min, long max); IReadOnlyList<Box> FindByInnerTagNotIn(HashSet<System.Guid> tags); IReadOnlyList<Box> FindByAtBeforeAndReleaseGreaterThan(System.DateTimeOffset at, System.Version release); IReadOnlyList<Box> FindByInnerTagOrderByInnerSizeDescAtAsc(System.Guid tag); }", [], []),
        ["Predicate methods"] = (U + "[InMemoryFake] public interface IRepo { void Add(User u); IReadOnlyList<User> Where(Func<User, bool> predicate); Task<User?> FindFirstAsync(System.Linq.Expressions.Expression<Func<User, bool>> predicate, CancellationToken ct); IAsyncEnumerable<User> StreamAsync(Func<User, bool> filter, Comparison<User> order, int offset, int limit); Page<User> Search(Func<User, bool> filter, PageRequest page); int Count(Func<User, bool> predicate); ValueTask<bool> AnyAsync(Func<User, bool> predicate); void DeleteWhere(Func<User, bool> predicate); }", [], []),
        ["Paging with a user page type"] = (U + "public readonly record struct Window(int Offset, int Limit); public sealed record Paging(int PageSize = 10, int PageIndex = 0); [InMemoryFake] public interface IRepo { void Add(User u); IReadOnlyList<User> FindByEmailContaining(string part, Window window); Page<User> ListByIdGreaterThan(int id, Paging paging); }", [], []),
        ["Indexed and unique properties with composite nullable groups"] = (Sources.Usings + "namespace Shapes; public class Seat { public int Id { get; set; } [Indexed] public string? Row { get; set; } [Indexed] public int Number { get; set; } [Unique(\"place\")] public string? Hall { get; set; } [Unique(\"place\")] public int Place { get; set; } [Unique, Indexed] public string Code { get; set; } = \"\"; } [InMemoryFake] public interface ISeats { void Add(Seat s); IReadOnlyList<Seat> FindByRowAndNumber(string? row, int number); Seat? FindByCode(string code); }", [], []),
        ["Every query mistake"] = (U + "[InMemoryFake] public interface IRepo { void Add(User u); IReadOnlyList<User> FindByEmial(string email); IReadOnlyList<User> FindByIdContaining(int id); IReadOnlyList<User> FindByEmail(int email); string FindByEmailIsNull(); IReadOnlyList<User> FindByEmailAndOr(string email); bool ExistsDistinctByEmail(string email); User? FindByEmail(string email, int skip, int take); Page<User> FindByIdGreaterThan(int id); int CountByEmail(string email, int skip, int take); }", ["IMF0015", "IMF0015", "IMF0016", "IMF0017", "IMF0018", "IMF0018", "IMF0019", "IMF0019", "IMF0019"], Missing),
        ["Mapped exception without a string constructor"] = (U + "public class MyEx : Exception { } [InMemoryFake(NotFoundException = typeof(MyEx))] public interface IKv { object? Get(string key); }", ["IMF0006"], []),
        ["Mapped type that is not an exception"] = (U + "[InMemoryFake(DuplicateKeyException = typeof(string))] public interface IKv { object? Get(string key); }", ["IMF0006"], []),
        ["Non-partial class"] = (U + "public interface IKv { object? Get(string key); } [InMemoryFake(typeof(IKv))] public class KvFake { }", ["IMF0005"], []),
        ["Attribute on a class without typeof"] = (U + "[InMemoryFake] public partial class KvFake { }", ["IMF0003"], []),
        ["typeof of a class"] = (U + "[InMemoryFake(typeof(User))] public partial class KvFake { }", ["IMF0004"], []),
        ["typeof of an unbound generic"] = (U + "public interface IKv<T> { T? Get(string key); } [InMemoryFake(typeof(IKv<>))] public partial class KvFake { }", ["IMF0004"], []),
        ["Kind forced to key-value"] = (U + "[InMemoryFake(Kind = StoreKind.KeyValue)] public interface IKv { User? Get(string key); void Put(string key, User user); }", [], []),
        ["Kind forced to blob on key-value members"] = (U + "[InMemoryFake(Kind = StoreKind.Blob)] public interface IKv { object? Get(string key); long Increment(string key); }", ["IMF0001", "IMF0001"], Missing),
        ["Hand-written member in the user's partial class"] = (U + "[InMemoryFake] public interface IKv { object? Get(string key); void Frobnicate(string key); } public sealed partial class InMemoryKv { public void Frobnicate(string key) { } }", [], []),
        ["Nullable-oblivious interface"] = (U + "#nullable disable\n[InMemoryFake] public interface IRepo { void Add(User u); User Get(int id); Task<User> FindAsync(int id); object Load(int id); }\n#nullable restore", ["IMF0001"], Missing),
        ["Internal interface in the global namespace"] = ("using InMemoryFakes; public class Item { public System.Guid Id { get; set; } } [InMemoryFake] internal interface IItems { void Add(Item item); Item? Find(System.Guid id); }", [], []),
        ["Generic key-value methods"] = (U + "[InMemoryFake] public interface ICache { Task<T?> GetAsync<T>(string key, CancellationToken ct = default); Task SetAsync<T>(string key, T value, TimeSpan? ttl = null, CancellationToken ct = default); bool TryGet<T>(string key, out T? value); }", [], []),
        ["Constructor conflict"] = (U + "public interface IKv { object? Get(string key); } [InMemoryFake(typeof(IKv))] public partial class KvFake { public KvFake(InMemoryFakeOptions? options) { } }", ["IMF0012"], []),
        ["User constructor with a convenience signature"] = (U + "public interface IKv { object? Get(string key); } [InMemoryFake(typeof(IKv))] public partial class KvFake { public KvFake() : this((InMemoryFakeOptions?)null) { } }", [], []),
        ["Invalid Name"] = (U + "[InMemoryFake(Name = \"not valid\")] public interface IKv { object? Get(string key); }", ["IMF0010"], []),
        ["Nested partial class in a non-partial type"] = (U + "public interface IKv { object? Get(string key); } public class Outer { [InMemoryFake(typeof(IKv))] public partial class KvFake { } }", ["IMF0011"], []),
        ["Nested partial class in a partial type"] = (U + "public interface IKv { object? Get(string key); } public static partial class Outer { [InMemoryFake(typeof(IKv))] public sealed partial class KvFake { } }", [], []),
        ["Read-only concurrency token"] = (Sources.Usings + "namespace Shapes { public class Doc { public int Id { get; set; } [System.ComponentModel.DataAnnotations.ConcurrencyCheck] public int Stamp { get; } } [InMemoryFake] public interface IDocs { void Add(Doc d); Doc? Find(int id); } }", ["IMF0013", "IMF0021"], []),
        ["Member named like the generated class"] = (U + "[InMemoryFake(Name = \"Get\")] public interface IKv { object? Get(string key); void Set(string key, object value); }", [], []),
        ["Blob store with every content type"] = (U + "[InMemoryFake] public interface IFiles { void Put(string key, byte[] data); Task UploadAsync(string key, Stream content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken ct); bool Save(string key, ReadOnlyMemory<byte> data); void Write(string key, string text); ReadOnlyMemory<byte>? Read(string key); Stream? OpenRead(string key); }", [], []),
        ["Composite key from several [FakeKey] properties"] = (Sources.Usings + "namespace Shapes; public class Line { [FakeKey(Order = 2)] public string Code { get; set; } = \"\"; [FakeKey(Order = 1)] public int Tenant { get; set; } [Unique(\"pair\")] public string A { get; set; } = \"\"; [Unique(\"pair\")] public string B { get; set; } = \"\"; } [InMemoryFake] public interface ILines { void Add(Line l); Line? Get(int tenant, string code); bool Delete(Line l); }", [], []),
        ["Range variants with params"] = (U + "[InMemoryFake(MissingDelete = MissingDelete.Ignore)] public interface IRepo { int AddRange(params User[] users); User[] UpsertRange(List<User> users); void DeleteRange(params User[] users); void RemoveRange(IEnumerable<int> ids); }", [], []),
        ["Invalid attribute numbers"] = (U + "[InMemoryFake(MaxEntries = -1, DefaultTtlSeconds = -2)] public interface IKv { object? Get(string key); }", ["IMF0010", "IMF0010"], []),
        ["Nullable keys and entities"] = (U + "public class Tag { public string Name { get; set; } = \"\"; public string TagId { get; set; } = \"\"; } [InMemoryFake] public interface ITags { void Add(Tag? tag); Tag? Find(string? tagId); bool Delete(string? tagId); void AddRange(IEnumerable<Tag>? tags); }", ["IMF0001"], Missing),
        ["Nullable keys in a key-value store"] = (U + "[InMemoryFake] public interface IKv { string? Get(string? key); void Set(string? key, string value); bool Exists(string? key); long Increment(string? key); }", [], []),
        ["Private interface faked by a nested partial class"] = (U + "public partial class Tests { private interface IClock { object? Get(string key); } [InMemoryFake(typeof(IClock))] private partial class ClockFake { } }", ["IMF0014"], []),
        ["Value types that disagree"] = (U + "[InMemoryFake] public interface IKv { string? Get(string key); void Set(string key, string value); void Put(string key, int value); }", ["IMF0001"], Missing),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Fact]
    public void There_are_at_least_thirty_shapes() => Assert.True(Cases.Count >= 30);

    [Theory]
    [MemberData(nameof(Names))]
    public void Shape_gives_exactly_the_expected_outcome(string name)
    {
        var (source, ids, compiler) = Cases[name];
        var run = GeneratorHarness.Run(source);
        Assertions.GeneratorReported(run, ids);
        Assertions.CompilationOnly(run, compiler);
        if (ids.Length == 0)
        {
            Assertions.Clean(run);
        }
        else if (compiler.Length > 0)
        {
            Assert.True(run.CompilationDiagnostics.Length > 0, "Expected the unimplemented member to show as a compiler error.\n" + run.Describe());
        }
    }

    [Fact]
    public void Diagnostic_points_at_the_member_line()
    {
        var run = GeneratorHarness.Run(U + "[InMemoryFake]\npublic interface IKv\n{\n    object? Get(string key);\n    void Frobnicate(string key);\n}");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        var text = run.Compilation.SyntaxTrees.Single().GetText(TestContext.Current.CancellationToken);
        Assert.Equal("    void Frobnicate(string key);", text.Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString());
    }

    [Fact]
    public async System.Threading.Tasks.Task Pragma_suppresses_a_warning_at_its_location()
    {
        var source = Sources.Usings + """
            namespace Shapes;
            public class Doc1
            {
                public int Id { get; set; }
            #pragma warning disable IMF0013
                [System.ComponentModel.DataAnnotations.ConcurrencyCheck] public int Stamp { get; }
            #pragma warning restore IMF0013
            }
            public class Doc2
            {
                public int Id { get; set; }
                [System.ComponentModel.DataAnnotations.ConcurrencyCheck] public int Stamp { get; }
            }
            [InMemoryFake] public interface IDocs1 { void Add(Doc1 d); }
            [InMemoryFake] public interface IDocs2 { void Add(Doc2 d); }
            """;
        var run = GeneratorHarness.Run(source);
        Assert.Equal(["IMF0013", "IMF0013"], run.GeneratorIds.Where(static id => id == "IMF0013")); // (IMF0021 too: a get-only Stamp is not saved either)

        // The compiler filters generator diagnostics through #pragma like any other: replay them through an analyzer to see that filter.
        var replay = new ReplayAnalyzer([.. run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0013")]);
        var analyzed = await run.Compilation.WithAnalyzers([replay]).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        var reported = Assert.Single(analyzed);
        Assert.Contains("'Doc2'", reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

#pragma warning disable RS1001, RS1036, RS1041 // A test-only analyzer that replays the generator's diagnostics; never loaded by a compiler.
    private sealed class ReplayAnalyzer(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> diagnostics) : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer
    {
        public override System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> SupportedDiagnostics => [.. DiagnosticDescriptors.Descriptors];

        public override void Initialize(Microsoft.CodeAnalysis.Diagnostics.AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(c =>
            {
                foreach (var diagnostic in diagnostics)
                {
                    c.ReportDiagnostic(diagnostic);
                }
            });
        }
    }
#pragma warning restore RS1001, RS1036, RS1041
}
