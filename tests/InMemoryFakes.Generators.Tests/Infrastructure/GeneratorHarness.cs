using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using InMemoryFakes.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InMemoryFakes.Generators.Tests.Infrastructure;

/// <summary>The outcome of running the generator over some sources.</summary>
/// <param name="Sources">Generated sources by hint name.</param>
/// <param name="GeneratorDiagnostics">What the generator reported.</param>
/// <param name="CompilationDiagnostics">Warnings and errors of the compilation with the generated sources.</param>
/// <param name="Driver">The driver, to run again for incremental tests.</param>
/// <param name="Compilation">The input compilation.</param>
/// <param name="OutputCompilation">The compilation with the generated sources.</param>
internal sealed record GeneratorRun(
    IReadOnlyDictionary<string, string> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics,
    GeneratorDriver Driver,
    CSharpCompilation Compilation,
    Compilation OutputCompilation)
{
    public string Source(string hintEnd) => Sources.Single(s => s.Key.EndsWith(hintEnd, StringComparison.Ordinal)).Value;

    public string[] GeneratorIds => GeneratorDiagnostics.Select(static d => d.Id).OrderBy(static id => id, StringComparer.Ordinal).ToArray();

    public string Describe()
        => string.Join("\n", GeneratorDiagnostics.Concat(CompilationDiagnostics).Select(static d => d.ToString()))
           + "\n----\n" + string.Join("\n----\n", Sources.Select(static s => s.Key + "\n" + s.Value));
}

/// <summary>Compiles sources against the runtime and the framework, runs the generator, and reports everything.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilationOptions CompilationOptions { get; } = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    public static CSharpCompilation Compile(params string[] sources)
        => CSharpCompilation.Create(
            "Tests" + Guid.NewGuid().ToString("N"),
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")),
            References,
            CompilationOptions);

    public static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            new[] { new InMemoryFakeGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params string[] sources) => Run(Compile(sources));

    public static GeneratorRun Run(CSharpCompilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? CreateDriver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        var sources = result.Results.SelectMany(static r => r.GeneratedSources)
            .ToDictionary(static s => s.HintName, static s => s.SourceText.ToString(), StringComparer.Ordinal);
        var compileDiagnostics = output.GetDiagnostics()
            .Where(static d => d.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
        return new GeneratorRun(sources, diagnostics, compileDiagnostics, driver, compilation, output);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), framework, StringComparison.Ordinal))
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(FakeCore).Assembly.Location));
        return references.ToImmutableArray();
    }
}
