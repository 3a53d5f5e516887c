using System.Collections.Immutable;
using InMemoryFakes.Generators.Emitting;
using InMemoryFakes.Generators.Model;
using InMemoryFakes.Generators.Parsing;
using InMemoryFakes.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators;

/// <summary>
/// Writes a dictionary-backed implementation for every interface marked <c>[InMemoryFake]</c>
/// (or every partial class marked <c>[InMemoryFake(typeof(IForeign))]</c>).
/// Pipeline: attribute targets → <see cref="PlanInput"/> (the target and the files its plan can depend on) →
/// <see cref="FakeParser"/> → equatable <see cref="FakeResult"/> → <see cref="Emitter"/>; diagnostics go out through their own output.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class InMemoryFakeGenerator : IIncrementalGenerator
{
    private static readonly string JsonVersion = typeof(InMemoryFakeGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <summary>The attribute that marks a target.</summary>
    public const string AttributeMetadataName = "InMemoryFakes.InMemoryFakeAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Roslyn re-runs this transform for every target on every edit, so it stays cheap: it only finds the files the
        // target's plan can depend on. Planning runs in the next step, which stays cached while those files are unchanged.
        var inputs = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeMetadataName,
                predicate: static (node, _) => node is InterfaceDeclarationSyntax or ClassDeclarationSyntax,
                transform: static (target, cancellationToken) => PlanInput.Create(target, cancellationToken))
            .WithTrackingName(TrackingNames.Inputs);

        // MSBuild's properties (the project's RootNamespace), as one equatable record: unchanged by an edit.
        var build = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => BuildProperties.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.BuildProperties);

        var results = inputs
            .Combine(build)
            .Select(static (pair, cancellationToken) => FakeParser.Parse(pair.Left.Target, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var fakes = results
            .Where(static result => result.Fake is not null)
            .Select(static (result, _) => result.Fake!)
            .WithTrackingName(TrackingNames.Fakes);

        var diagnostics = results
            .SelectMany(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        // Report time only: pair each diagnostic with its syntax tree so its location is a source location that
        // #pragma warning disable and the IDE can see. The model above never touches the compilation.
#pragma warning disable RS0030 // The one use of CompilationProvider: finding a diagnostic's tree, after the model is built.
        var located = diagnostics
            .Combine(context.CompilationProvider)
            .Select(static (pair, _) => LocatedDiagnostic.Locate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.LocatedDiagnostics);
#pragma warning restore RS0030

        // JSON metadata for persistence and inspectors: each fake's needs, merged so every type is described once per assembly.
        var json = results
            .Select(static (result, _) => result.Json)
            .WithTrackingName(TrackingNames.JsonTypes)
            .Collect()
            .Select(static (sets, cancellationToken) => JsonMetadataSpec.Combine(sets, JsonVersion, cancellationToken))
            .WithTrackingName(TrackingNames.JsonMetadata);

        // Hint names must be unique (Pipeline/HintNames.cs): a name used once goes out per fake, so an edit re-emits only
        // its own fake; the fakes whose names repeat (a type declared twice) go out together, suffixed in pipeline order.
        var collected = fakes.Collect();
        var repeatedNames = collected
            .Select(static (all, _) => HintNames.Repeated(ImmutableArray.CreateRange(all, static f => f.HintName)))
            .WithTrackingName(TrackingNames.RepeatedHintNames);
        var uniquelyNamed = fakes
            .Combine(repeatedNames)
            .Where(static pair => !HintNames.IsRepeated(pair.Left.HintName, pair.Right))
            .Select(static (pair, _) => pair.Left);

        context.RegisterSourceOutput(uniquelyNamed, static (output, fake) => output.AddSource(fake.HintName, Emitter.Emit(fake, output.CancellationToken)));
        context.RegisterSourceOutput(collected, static (output, all) =>
        {
            foreach (var (fake, hintName) in HintNames.Suffixed(all))
            {
                output.CancellationToken.ThrowIfCancellationRequested();
                output.AddSource(hintName, Emitter.Emit(fake, output.CancellationToken));
            }
        });
        context.RegisterSourceOutput(json, static (output, metadata) =>
        {
            if (metadata is not null)
            {
                output.AddSource(Emitter.JsonHintName, Emitter.EmitJson(metadata, output.CancellationToken));
            }
        });
        context.RegisterSourceOutput(located, static (output, diagnostic) => output.ReportDiagnostic(diagnostic.ToDiagnostic()));
    }
}
