using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using InMemoryFakes.Generators;
using InMemoryFakes.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InMemoryFakes.RealWorld.Tests.Harness;

/// <summary>Compiles corpus files in memory, with or without the generator, against the references a user's project would have.</summary>
internal static class CorpusCompiler
{
    /// <summary>
    /// As the SDK parses a net10.0 project: the corpus compiles against this runtime's reference assemblies, so it gets the
    /// framework's preprocessor symbols too (the generator reads NET9_0_OR_GREATER to know what [UnsafeAccessor] can reach).
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest)
        .WithPreprocessorSymbols(new[] { "NET", "NET10_0", "NETCOREAPP", "RELEASE" }
            .Concat(Enumerable.Range(5, 6).Select(static v => "NET" + v + "_0_OR_GREATER"))
            .Concat(new[] { "NETCOREAPP3_1_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETCOREAPP1_0_OR_GREATER" }));

    /// <summary>Nullable on, every warning level, as in a project with TreatWarningsAsErrors (warnings are counted as failures by the harness).</summary>
    public static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999,
            concurrentBuild: false)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>The package assemblies the test project downloads rather than references (Orleans), beside the tests.</summary>
    public static string FrameworkPackageDirectory => Path.Combine(AppContext.BaseDirectory, "Orleans");

    /// <summary>
    /// Loads a package assembly of <see cref="FrameworkPackageDirectory"/> into the context that runs the corpus (the
    /// complete fakes or the probes), when its code asks for one the test process does not have.
    /// </summary>
    public static System.Reflection.Assembly? ResolveFrameworkPackage(System.Runtime.Loader.AssemblyLoadContext context, System.Reflection.AssemblyName name)
    {
        var path = Path.Combine(FrameworkPackageDirectory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }

    /// <summary>
    /// The core framework, the ASP.NET Core shared framework, the InMemoryFakes runtime, Ardalis.Specification, EF Core and
    /// Orleans (Orleans.Core, Orleans.Core.Abstractions, Orleans.Reminders and the serialization assemblies they expose).
    /// </summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static SyntaxTree Parse(CorpusFile file) => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, path: file.TreePath);

    public static SyntaxTree ParseSupport(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: path);

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create("RealWorldCorpus" + Guid.NewGuid().ToString("N"), trees, References, Options);

    /// <summary>Runs the generator; the output compilation holds the generated trees.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) Generate(CSharpCompilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new InMemoryFakeGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }

    /// <summary>Warnings and errors of a compilation.</summary>
    public static ImmutableArray<Diagnostic> Problems(Compilation compilation)
        => compilation.GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var directories = new HashSet<string>(StringComparer.Ordinal)
        {
            Path.GetDirectoryName(typeof(object).Assembly.Location)!,                                            // Microsoft.NETCore.App
            Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Identity.IdentityUser).Assembly.Location)!,        // Microsoft.AspNetCore.App
        };
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted
            .Where(path => directories.Contains(Path.GetDirectoryName(path)!))
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(FakeCore).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(Ardalis.Specification.ISpecification<>).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location));

        // Orleans' own store interfaces (Orleans.Storage.IGrainStorage, Orleans.IReminderTable), which a user fakes with
        // [InMemoryFake(typeof(...))] over the real package, as for ASP.NET Core's (the project file says why they are
        // downloaded rather than referenced).
        references.AddRange(Directory.EnumerateFiles(FrameworkPackageDirectory, "*.dll").Order(StringComparer.Ordinal)
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path)));
        return references.ToImmutableArray();
    }
}
