using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using InMemoryFakes.Generators;
using InMemoryFakes.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// The source generator over a compilation of 200 annotated interfaces (entity repositories, async repositories,
/// key-value stores with TTLs, blob stores; one file each, plus unrelated files), through
/// <see cref="CSharpGeneratorDriver"/>. Reported per interface (OperationsPerInvoke = 200).
/// </summary>
public class GeneratorBenchmarks
{
    public const int Interfaces = 200;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private SyntaxTree[] _trees = null!;
    private ImmutableArray<MetadataReference> _references;
    private CSharpCompilationOptions _options = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private GeneratorDriver _warmNoOpDriver = null!;
    private SyntaxTree _unrelated = null!;
    private SyntaxTree[] _edits = null!;
    private int _edit;

    [GlobalSetup]
    public void Setup()
    {
        var sources = Enumerable.Range(0, Interfaces).Select(Source).ToList();
        sources.Add(Unrelated(0));
        _trees = sources.Select(static (s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "File" + i.ToString(CultureInfo.InvariantCulture) + ".cs")).ToArray();
        _unrelated = _trees[^1];
        _edits = Enumerable.Range(1, 64).Select(i => CSharpSyntaxTree.ParseText(Unrelated(i), ParseOptions, path: _unrelated.FilePath)).ToArray();
        _references = References();
        _options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

        _compilation = Compile();
        _warmDriver = CreateDriver().RunGenerators(_compilation);
        _warmNoOpDriver = CreateNoOpDriver().RunGenerators(_compilation);
        var result = _warmDriver.GetRunResult();
        // One fake per interface, beside the compilation-wide files (the JSON metadata).
        var generated = result.Results.Sum(static r => r.GeneratedSources.Count(static s => s.HintName.EndsWith(".InMemoryFake.g.cs", StringComparison.Ordinal)));
        var problems = result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (generated != Interfaces || problems.Length > 0)
        {
            throw new InvalidOperationException($"Expected {Interfaces} generated fakes and no errors; got {generated}: " + string.Join("; ", problems.Select(static d => d.ToString())));
        }
    }

    /// <summary>
    /// A cold run: a new driver over a new compilation of new syntax trees for the same (already parsed) text, so neither
    /// semantic state nor anything cached per syntax tree is reused.
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Interfaces)]
    public GeneratorDriver FirstRun_PerInterface() => CreateDriver().RunGenerators(CompileFresh());

    /// <summary>
    /// The driver that has already run, over the compilation with one unrelated file edited: every step is cached and
    /// nothing is emitted again. Still divided by 200, to compare with the first run.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Interfaces)]
    public GeneratorDriver RerunAfterUnrelatedEdit_PerInterface()
        => _warmDriver.RunGenerators(_compilation.ReplaceSyntaxTree(_unrelated, _edits[_edit++ % _edits.Length]));

    /// <summary>
    /// The floor: a generator that only finds the same 200 attributed interfaces with ForAttributeWithMetadataName and emits
    /// nothing, cold (a new driver over a new compilation). What any attribute-driven generator pays before doing any work.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Interfaces)]
    public GeneratorDriver NoOpFloor_FirstRun_PerInterface() => CreateNoOpDriver().RunGenerators(CompileFresh());

    /// <summary>
    /// The semantic floor (since session 41): a generator that finds the same targets and binds what any generator reading
    /// them must (each interface's members with the inherited ones, their return and parameter types, and the properties of
    /// the source's types those name), cold, and emits nothing. The part of the first run the compiler's binding costs.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Interfaces)]
    public GeneratorDriver BindingFloor_FirstRun_PerInterface() => CSharpGeneratorDriver.Create(new[] { new BindingFloorGenerator().AsSourceGenerator() }, parseOptions: ParseOptions).RunGenerators(CompileFresh());

    /// <summary>The floor's re-run after the same unrelated edit.</summary>
    [Benchmark(OperationsPerInvoke = Interfaces)]
    public GeneratorDriver NoOpFloor_RerunAfterUnrelatedEdit_PerInterface()
        => _warmNoOpDriver.RunGenerators(_compilation.ReplaceSyntaxTree(_unrelated, _edits[_edit++ % _edits.Length]));

    private static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(new[] { new InMemoryFakeGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);

    private static GeneratorDriver CreateNoOpDriver()
        => CSharpGeneratorDriver.Create(new[] { new NoOpAttributeGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);

    /// <summary>Finds every [InMemoryFake] target as the real generator does, and does nothing with it.</summary>
    private sealed class NoOpAttributeGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var targets = context.SyntaxProvider.ForAttributeWithMetadataName(
                "InMemoryFakes.InMemoryFakeAttribute",
                static (node, _) => true,
                static (attributeContext, _) => attributeContext.TargetSymbol.Name);
            context.RegisterSourceOutput(targets, static (_, _) => { });
        }
    }

    /// <summary>Binds each target's signatures and the properties of the source types they name, and emits nothing (<see cref="BindingFloor_FirstRun_PerInterface"/>).</summary>
    private sealed class BindingFloorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var targets = context.SyntaxProvider.ForAttributeWithMetadataName(
                "InMemoryFakes.InMemoryFakeAttribute",
                static (node, _) => true,
                static (attributeContext, _) => Bind((INamedTypeSymbol)attributeContext.TargetSymbol));
            context.RegisterSourceOutput(targets, static (_, _) => { });
        }

        private static int Bind(INamedTypeSymbol target)
        {
            var count = 0;
            var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var type in target.AllInterfaces.Insert(0, target))
            {
                foreach (var member in type.GetMembers())
                {
                    switch (member)
                    {
                        case IMethodSymbol method:
                            count += Properties(method.ReturnType, seen);
                            foreach (var parameter in method.Parameters)
                            {
                                count += Properties(parameter.Type, seen);
                            }

                            break;
                        case IPropertySymbol property:
                            count += Properties(property.Type, seen);
                            break;
                    }
                }
            }

            return count;
        }

        // A source type's properties and their types, and a generic type's arguments (Task<Order>, List<Order>).
        private static int Properties(ITypeSymbol type, HashSet<ITypeSymbol> seen)
        {
            if (!seen.Add(type))
            {
                return 0;
            }

            var count = 1;
            if (type is INamedTypeSymbol { IsGenericType: true } generic)
            {
                foreach (var argument in generic.TypeArguments)
                {
                    count += Properties(argument, seen);
                }
            }

            if (type.Locations.Length > 0 && type.Locations[0].IsInSource)
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IPropertySymbol property)
                    {
                        count += property.Type.SpecialType == SpecialType.None ? 1 : 0;
                    }
                }
            }

            return count;
        }
    }

    private CSharpCompilation Compile() => CSharpCompilation.Create("Corpus", _trees, _references, _options);

    /// <summary>The same files as new tree objects (same text, not re-parsed): what a cold build sees.</summary>
    private CSharpCompilation CompileFresh()
        => CSharpCompilation.Create("Corpus", _trees.Select(static t => CSharpSyntaxTree.Create((CSharpSyntaxNode)t.GetRoot(), ParseOptions, t.FilePath)), _references, _options);

    private static ImmutableArray<MetadataReference> References()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), framework, StringComparison.Ordinal))
            .Append(typeof(FakeCore).Assembly.Location)
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static string Unrelated(int version) => $$"""
        namespace Corpus.Other;

        public sealed class Unrelated
        {
            public int Value{{version}} { get; set; }
        }
        """;

    private static string Source(int i) => (i % 4) switch
    {
        0 => $$"""
            using System.Collections.Generic;
            using InMemoryFakes;

            namespace Corpus.N{{i}};

            public class Order{{i}}
            {
                public int Id { get; set; }
                [Unique] public string Number { get; set; } = "";
                public string Customer { get; set; } = "";
                public decimal Total { get; set; }
                public List<string> Lines { get; set; } = new();
                public int Version { get; set; }
            }

            [InMemoryFake]
            public interface IOrderRepository{{i}}
            {
                void Add(Order{{i}} order);
                Order{{i}}? Find(int id);
                Order{{i}} Get(int id);
                bool Update(Order{{i}} order);
                Order{{i}} Save(Order{{i}} order);
                bool Delete(int id);
                bool Exists(int id);
                int Count();
                IReadOnlyList<Order{{i}}> GetAll();
                void Clear();
            }
            """,
        1 => $$"""
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using InMemoryFakes;

            namespace Corpus.N{{i}};

            public sealed record Product{{i}}(int Id, string Name, decimal Price);

            [InMemoryFake]
            public interface IProductStore{{i}}
            {
                Task<Product{{i}}> AddAsync(Product{{i}} product, CancellationToken cancellationToken = default);
                Task<Product{{i}}?> FindAsync(int id, CancellationToken cancellationToken = default);
                ValueTask<bool> DeleteAsync(int id);
                Task<long> CountAsync();
                IAsyncEnumerable<Product{{i}}> ListAllAsync(CancellationToken cancellationToken = default);
            }
            """,
        2 => $$"""
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using InMemoryFakes;

            namespace Corpus.N{{i}};

            [InMemoryFake(DefaultTtlSeconds = 60, MaxEntries = 1000)]
            public interface ISessionCache{{i}}
            {
                string? Get(string key);
                void Set(string key, string value, TimeSpan? ttl = null);
                Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan? expiry = null);
                bool Remove(string key);
                long Increment(string key, long amount = 1);
                bool Exists(string key);
                void Touch(string key);
                IReadOnlyList<string> Keys();
            }
            """,
        _ => $$"""
            using System.Collections.Generic;
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;
            using InMemoryFakes;

            namespace Corpus.N{{i}};

            [InMemoryFake(MaxBytes = 1048576)]
            public interface IFileStore{{i}}
            {
                Task PutAsync(string key, byte[] data, string? contentType = null, CancellationToken cancellationToken = default);
                Task<byte[]?> GetBytesAsync(string key);
                Stream OpenRead(string key);
                Task<bool> ExistsAsync(string key);
                Task<bool> DeleteAsync(string key);
                IReadOnlyList<string> ListKeys(string? prefix = null);
                string Url(string key);
            }
            """,
    };
}
