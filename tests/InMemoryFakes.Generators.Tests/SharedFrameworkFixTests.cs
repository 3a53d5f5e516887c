using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The generator bugs the shared-framework corpus found (GeneratorCorpusTests: every public interface of
/// Microsoft.NETCore.App and Microsoft.AspNetCore.App), each pinned by behaviour: generated code that named an
/// experimental type (ASP0029 on Microsoft.Extensions.Validation) and broke the build, a get-or-add whose factory is
/// declared to return null (IResourceNamesCache, CS8620), and the nullable values of IDictionary&lt;string, object?&gt;
/// (ITempDataDictionary, CS8619).
/// </summary>
public class SharedFrameworkFixTests
{
    /// <summary>A library the user references whose types are experimental: one type by its attribute, all by the assembly's.</summary>
    private static MetadataReference ExperimentalLibrary(string assemblyAttribute)
    {
        var source = assemblyAttribute + """

            namespace Preview
            {
                [System.Diagnostics.CodeAnalysis.Experimental("PREV001")]
                public sealed class Draft
                {
                    public string Title { get; set; } = "";
                }

                public sealed class Note
                {
                    public string Text { get; set; } = "";
                }
            }
            """;
        return CopyPlanTests.Library(source);
    }

    private static GeneratorRun RunWith(MetadataReference library, string source)
        => GeneratorHarness.Run(CSharpCompilation.Create(
            "Tests" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(Sources.Usings + source, GeneratorHarness.ParseOptions, path: "Source0.cs")],
            GeneratorHarness.References.Add(library),
            GeneratorHarness.CompilationOptions));

    [Fact]
    public void A_signature_naming_an_experimental_type_generates_code_that_builds_once_the_user_suppressed_its_id()
    {
        var run = RunWith(ExperimentalLibrary(""), """
            #pragma warning disable PREV001 // the user opted in to the preview type
            namespace Drafts;

            [InMemoryFake]
            public interface IDraftCache
            {
                Preview.Draft? Get(string key);
                void Set(string key, Preview.Draft value);
                void Remove(string key);
            }
            """);

        Assertions.Clean(run);
        Assert.Contains(run.Sources, static s => s.Value.Contains("PREV001", StringComparison.Ordinal));
    }

    [Fact]
    public void An_assembly_marked_experimental_is_suppressed_for_every_type_of_it()
    {
        var run = RunWith(ExperimentalLibrary("[assembly: System.Diagnostics.CodeAnalysis.Experimental(\"PREVASM1\")]"), """
            #pragma warning disable PREV001, PREVASM1
            namespace Notes;

            [InMemoryFake]
            public interface INoteCache
            {
                Preview.Note? Get(string key);
                void Set(string key, Preview.Note value);
            }
            """);

        Assertions.Clean(run);
    }

    [Fact]
    public void Without_the_users_suppression_only_the_users_own_code_reports_the_experimental_id()
    {
        var run = RunWith(ExperimentalLibrary(""), """
            namespace Drafts;

            [InMemoryFake]
            public interface IDraftCache
            {
                Preview.Draft? Get(string key);
                void Set(string key, Preview.Draft value);
            }
            """);

        // The user's own declaration names the type twice; the generated file, which names it too, reports nothing.
        Assert.NotEmpty(run.CompilationDiagnostics);
        Assert.All(run.CompilationDiagnostics, static d =>
        {
            Assert.Equal("PREV001", d.Id);
            Assert.Equal("Source0.cs", d.Location.SourceTree?.FilePath);
        });
    }

    [Fact]
    public void A_get_or_add_whose_factory_may_return_null_compiles_clean_and_stores_only_values()
    {
        // Microsoft.Extensions.Localization's IResourceNamesCache, whose real cache is a ConcurrentDictionary.GetOrAdd: the
        // fake's tables hold no nulls, so a null the factory makes is returned and not stored (runtime GetOrAdd's rule).
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Names;

            [InMemoryFake]
            public interface IResourceNamesCache
            {
                IList<string>? GetOrAdd(string name, Func<string, IList<string>?> valueFactory);
            }
            """);

        Assertions.Clean(run);
        ShapeSweep3Tests.RunCheck(run, """
            var cache = new Names.InMemoryResourceNamesCache();
            var calls = 0;
            Is(true, cache.GetOrAdd("a", k => { calls++; return null; }) == null);
            Is(true, cache.GetOrAdd("a", k => { calls++; return null; }) == null);
            Is(2, calls);
            Is("a!", cache.GetOrAdd("a", k => { calls++; return new List<string> { k + "!" }; })[0]);
            Is("a!", cache.GetOrAdd("a", k => { calls++; return null; })[0]);
            Is(3, calls);
            """);
    }

    [Fact]
    public void An_asynchronous_get_or_add_whose_factory_may_return_null_compiles_clean()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Names;

            [InMemoryFake]
            public interface INamesCache
            {
                Task<IList<string>?> GetOrAddAsync(string name, Func<string, Task<IList<string>?>> valueFactory);
            }
            """);

        Assertions.Clean(run);
        ShapeSweep3Tests.RunCheck(run, """
            var cache = new Names.InMemoryNamesCache();
            Is(true, cache.GetOrAddAsync("a", k => Task.FromResult<IList<string>>(null)).GetAwaiter().GetResult() == null);
            Is("a", cache.GetOrAddAsync("a", k => Task.FromResult<IList<string>>(new List<string> { k })).GetAwaiter().GetResult()[0]);
            Is("a", cache.GetOrAddAsync("a", k => Task.FromResult<IList<string>>(null)).GetAwaiter().GetResult()[0]);
            """);
    }

    [Fact]
    public void Values_declared_as_a_collection_of_nullable_objects_list_the_stored_values()
    {
        // ITempDataDictionary's Values (IDictionary<string, object?>): an ICollection<object?> over non-null stored values.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Bags;

            [InMemoryFake]
            public interface IBag
            {
                object? Get(string key);
                void Set(string key, object value);
                ICollection<object?> Values { get; }
                Task<List<object?>> GetValuesAsync();
            }
            """);

        Assertions.Clean(run);
        ShapeSweep3Tests.RunCheck(run, """
            var bag = new Bags.InMemoryBag();
            bag.Set("a", 1);
            bag.Set("b", "two");
            var values = bag.Values;
            Is(2, values.Count);
            Is(true, values.Contains(1) && values.Contains("two"));
            Is(2, bag.GetValuesAsync().GetAwaiter().GetResult().Count);
            """);
    }
}
