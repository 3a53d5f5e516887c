using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>The pipeline caches: an unrelated edit re-emits nothing, and the model holds no Roslyn objects.</summary>
public class IncrementalTests
{
    /// <summary>The model steps: they must hold no Roslyn objects.</summary>
    private static readonly string[] Steps = { TrackingNames.Parse, TrackingNames.Fakes, TrackingNames.Diagnostics, TrackingNames.JsonTypes, TrackingNames.JsonMetadata };

    /// <summary>Every tracked step, including the report-time step that pairs diagnostics with their syntax trees.</summary>
    private static readonly string[] AllSteps = { TrackingNames.Inputs, TrackingNames.Parse, TrackingNames.Fakes, TrackingNames.Diagnostics, TrackingNames.LocatedDiagnostics, TrackingNames.JsonTypes, TrackingNames.JsonMetadata, TrackingNames.RepeatedHintNames };

    private const string Unrelated = "namespace Other; public class Unrelated { public int Value { get; set; } }";

    public static TheoryData<string> AllKinds => new()
    {
        Sources.SyncRepository,
        Sources.KeyValueStore,
        Sources.BlobStore,
        Sources.OpenGenericRepository,
        Sources.ForeignInterface,
        Sources.SyncRepository + "\n[InMemoryFake] public interface IBroken { User FindByEmial(string email); }",
        Sources.DerivedQueries,
        DbContextRefusalTests.CompleteContext,
        Sources.UserEntity + "public interface IUserRepo { void Add(User user); User? GetById(int id); void Promote(User user); }\npublic interface IOtherUserRepo { void Add(User user); User? GetById(int id); }\n"
            + "[InMemoryFake] public interface IAppUnitOfWork : IDisposable { IUserRepo Users { get; } IOtherUserRepo MoreUsers { get; } Task<int> CompleteAsync(); }",
    };

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Adding_an_unrelated_file_keeps_every_step_cached(string source)
    {
        var compilation = GeneratorHarness.Compile(source, Unrelated);
        var first = GeneratorHarness.Run(compilation);
        var next = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; public class Added { }", GeneratorHarness.ParseOptions, path: "Added.cs", cancellationToken: TestContext.Current.CancellationToken));
        var driver = first.Driver.RunGenerators(next, TestContext.Current.CancellationToken);
        AssertAllCached(driver.GetRunResult().Results[0]);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Editing_an_unrelated_file_keeps_every_step_cached(string source)
    {
        var compilation = GeneratorHarness.Compile(source, Unrelated);
        var first = GeneratorHarness.Run(compilation);
        var old = compilation.SyntaxTrees.Single(static t => t.FilePath == "Source1.cs");
        var edited = CSharpSyntaxTree.ParseText(Unrelated.Replace("Value", "Renamed", StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: "Source1.cs", cancellationToken: TestContext.Current.CancellationToken);
        var driver = first.Driver.RunGenerators(compilation.ReplaceSyntaxTree(old, edited), TestContext.Current.CancellationToken);
        AssertAllCached(driver.GetRunResult().Results[0]);
    }

    [Fact]
    public void Editing_the_interface_regenerates_the_fake()
    {
        var compilation = GeneratorHarness.Compile(Sources.SyncRepository);
        var first = GeneratorHarness.Run(compilation);
        var old = compilation.SyntaxTrees.Single();
        _ = first;
        var edited = CSharpSyntaxTree.ParseText(Sources.SyncRepository.Replace("void Clear();", "void Clear();\n    bool Contains(int id);", StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: old.FilePath, cancellationToken: TestContext.Current.CancellationToken);
        var driver = first.Driver.RunGenerators(compilation.ReplaceSyntaxTree(old, edited), TestContext.Current.CancellationToken);
        var result = driver.GetRunResult().Results[0];
        Assert.Contains(result.TrackedSteps[TrackingNames.Fakes].SelectMany(static s => s.Outputs), static o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("public bool Contains(int id)", result.GeneratedSources.Single(static s => s.HintName.EndsWith(".InMemoryFake.g.cs", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void The_model_holds_no_symbols_syntax_or_compilation(string source)
    {
        var run = GeneratorHarness.Run(source);
        var result = run.Driver.GetRunResult().Results[0];
        var walked = 0;
        foreach (var step in Steps)
        {
            if (!result.TrackedSteps.TryGetValue(step, out var runs))
            {
                Assert.Equal(TrackingNames.Diagnostics, step);
                continue;
            }

            foreach (var output in runs.SelectMany(static s => s.Outputs))
            {
                Walk(output.Value, "<" + step + ">", new HashSet<object>(ReferenceEqualityComparer.Instance), ref walked);
            }
        }

        Assert.True(walked > 10, "The walk visited only " + walked + " objects.");
    }

    private static void AssertAllCached(GeneratorRunResult result)
    {
        foreach (var name in AllSteps)
        {
            if (!result.TrackedSteps.TryGetValue(name, out var steps))
            {
                // A SelectMany that produced nothing (no diagnostics) records no step, nor does anything after it.
                Assert.True(name is TrackingNames.Diagnostics or TrackingNames.LocatedDiagnostics, name + " was not tracked.");
                continue;
            }

            foreach (var output in steps.SelectMany(static s => s.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step {name} reported {output.Reason}.");
            }
        }

        foreach (var (name, steps) in result.TrackedOutputSteps)
        {
            foreach (var output in steps.SelectMany(static s => s.Outputs))
            {
                Assert.True(output.Reason == IncrementalStepRunReason.Cached, $"Output {name} reported {output.Reason}: a source was re-emitted.");
            }
        }
    }

    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SemanticModel), typeof(Compilation),
    };

    private static void Walk(object? value, string path, HashSet<object> seen, ref int walked)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), "The model holds a " + type.Name + " at " + path);
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        walked++;
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + index++ + "]", seen, ref walked);
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Assert.False(Forbidden.Any(f => f.IsAssignableFrom(field.FieldType)), "The model declares a " + field.FieldType.Name + " field at " + path + "." + field.Name);
                Walk(field.GetValue(value), path + "." + field.Name, seen, ref walked);
            }
        }
    }
}
