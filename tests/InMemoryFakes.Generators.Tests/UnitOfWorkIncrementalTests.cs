using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 37 (h-uow37). (1) What the unit-of-work rules read of files a plan does not otherwise depend on (a unit of work
/// in a sibling namespace, one faked beside the fake, one beside the repository that hands it out) is an input of the
/// plan (Pipeline/UnitOfWorkFacts.cs): in the IDE, adding or removing such a unit of work re-plans the repositories
/// (IMF0027 appears and goes), while an unrelated edit, or an edit to an interface that cannot be a unit of work, keeps
/// every plan cached. (2) The app's root namespace comes from MSBuild's <c>RootNamespace</c>
/// (<c>build_property.RootNamespace</c>) where the build passes it, before the assembly name.
/// </summary>
public class UnitOfWorkIncrementalTests
{
    // Source0.cs: a repository with writes and no save; no unit of work beside it.
    private const string Orders = Sources.CleanArchitectureEntities + """

        namespace App.Domain.Repositories
        {
            using App.Domain.Entities;

            [InMemoryFake]
            public interface IOrderRepository
            {
                Task<Order?> GetByIdAsync(int id);
                void Add(Order order);
            }
        }

        """;

    private const string Unrelated = "namespace App.Web { public class Unrelated { public int Value { get; set; } } }";

    private static string SavesOnly(string space, string attribute = "", string extra = "") => Sources.Usings + "namespace " + space + "\n{\n" + attribute + """
        public interface IUnitOfWork
        {
            Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
        """ + extra + """

        }
        }

        """;

    private static CSharpCompilation Compile(string assembly, params string[] sources)
        => CSharpCompilation.Create(
            assembly,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, path: "Source" + i + ".cs")),
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions);

    private static SyntaxTree Tree(string source, string path)
        => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: path, cancellationToken: TestContext.Current.CancellationToken);

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string source)
        => compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(t => t.FilePath == path), Tree(source, path));

    private static GeneratorDriverRunResult Next(ref GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        return driver.GetRunResult();
    }

    private static string[] Ids(GeneratorDriverRunResult result) => result.Diagnostics.Select(static d => d.Id).OrderBy(static i => i, StringComparer.Ordinal).ToArray();

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string step)
        => result.Results[0].TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(static r => r.Outputs).Select(static o => o.Reason) : Enumerable.Empty<IncrementalStepRunReason>();

    private static void AssertPlansCached(GeneratorDriverRunResult result)
    {
        var reasons = Reasons(result, TrackingNames.Parse).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, static r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "a plan re-ran: " + r));
        foreach (var (name, steps) in result.Results[0].TrackedOutputSteps)
        {
            Assert.All(steps.SelectMany(static s => s.Outputs), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, name + " re-emitted: " + o.Reason));
        }
    }

    private static void AssertPlanRan(GeneratorDriverRunResult result)
        => Assert.Contains(Reasons(result, TrackingNames.Parse), static r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);

    [Fact]
    public void Adding_a_unit_of_work_in_a_sibling_namespace_re_plans_the_repository_and_IMF0027_appears()
    {
        var compilation = Compile("App", Orders, Unrelated);
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        Assert.Empty(Next(ref driver, compilation).Diagnostics);

        var added = compilation.AddSyntaxTrees(Tree(SavesOnly("App.Application"), "UnitOfWork.cs"));
        var result = Next(ref driver, added);
        AssertPlanRan(result);
        Assert.Equal(new[] { "IMF0027" }, Ids(result));
        Assert.Contains("App.Application.IUnitOfWork.SaveChangesAsync may be what stores them", result.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // Removing it again: the warning goes.
        var removed = Next(ref driver, added.RemoveSyntaxTrees(added.SyntaxTrees.Single(static t => t.FilePath == "UnitOfWork.cs")));
        AssertPlanRan(removed);
        Assert.Empty(removed.Diagnostics);
    }

    [Fact]
    public void Editing_an_interface_into_a_unit_of_work_and_back_re_plans_the_repository()
    {
        // The sibling interface exists from the start; a save added to it makes it a unit of work, taken away unmakes it.
        var compilation = Compile("App", Orders, Unrelated, "namespace App.Application { public interface IUnitOfWork { void Flush(); } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        Assert.Empty(Next(ref driver, compilation).Diagnostics);

        var saving = Replace(compilation, "Source2.cs", "namespace App.Application { public interface IUnitOfWork { void Commit(); } }");
        Assert.Equal(new[] { "IMF0027" }, Ids(Next(ref driver, saving)));

        var back = Replace(saving, "Source2.cs", "namespace App.Application { public interface IUnitOfWork { void Flush(); } }");
        Assert.Empty(Next(ref driver, back).Diagnostics);
    }

    [Fact]
    public void Handing_the_unit_of_work_out_from_another_interface_re_plans_and_the_warning_goes()
    {
        // A saves-only unit of work that another interface hands out (eShop's IRepository<T>.UnitOfWork) saves only the
        // repositories that hand it out: that interface's edit, in a file the plan does not otherwise read, decides.
        var compilation = Compile("App", Orders, Unrelated, SavesOnly("App.Application"), "namespace App.Infrastructure { public interface IModule { int Version { get; } } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        Assert.Equal(new[] { "IMF0027" }, Ids(Next(ref driver, compilation)));

        var handing = Replace(compilation, "Source3.cs", "namespace App.Infrastructure { public interface IModule { App.Application.IUnitOfWork UnitOfWork { get; } } }");
        Assert.Empty(Next(ref driver, handing).Diagnostics);
    }

    [Fact]
    public void Faking_a_unit_of_work_of_another_root_beside_the_fake_satisfies_a_stated_Deferred_when_added()
    {
        // IMF0010 (Deferred with nothing to wait for) until the test project fakes a shared kernel's unit of work beside
        // the fake, in a file of its own: then the writes wait for its save, and the diagnostic goes.
        var compilation = Compile("App", Orders.Replace("[InMemoryFake]", "[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]", StringComparison.Ordinal), Unrelated, SavesOnly("SharedKernel"));
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        Assert.Equal(new[] { "IMF0010" }, Ids(Next(ref driver, compilation)));

        var faked = compilation.AddSyntaxTrees(Tree("namespace App { [InMemoryFakes.InMemoryFake(typeof(SharedKernel.IUnitOfWork))] public partial class UnitOfWorkFake { } }", "Fakes.cs"));
        var result = Next(ref driver, faked);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("\"SharedKernel.IUnitOfWork.SaveChangesAsync\"", result.Results[0].GeneratedSources.Single(static s => s.HintName.Contains("IOrderRepository", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrelated_edit_keeps_every_plan_cached_beside_a_unit_of_work()
    {
        var compilation = Compile("App", Orders, Unrelated, SavesOnly("App.Application"));
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        Assert.Equal(new[] { "IMF0027" }, Ids(Next(ref driver, compilation)));

        AssertPlansCached(Next(ref driver, Replace(compilation, "Source1.cs", Unrelated.Replace("Value", "Renamed", StringComparison.Ordinal))));
        AssertPlansCached(Next(ref driver, compilation.AddSyntaxTrees(Tree("namespace App.Web { public class Added { } }", "Added.cs"))));
    }

    [Fact]
    public void Editing_an_interface_that_cannot_be_a_unit_of_work_keeps_the_other_plans_cached()
    {
        // An interface without a save, not deriving from one with a save and not handed out beside one, is no unit of
        // work whatever its members: editing it re-plans nothing else.
        var compilation = Compile("App", Orders, Unrelated, SavesOnly("App.Application"), "namespace App.Web { public interface IClock { System.DateTime Now { get; } } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        Assert.Equal(new[] { "IMF0027" }, Ids(Next(ref driver, compilation)));

        var edited = Replace(compilation, "Source3.cs", "namespace App.Web { public interface IClock { System.DateTime Now { get; } System.DateTime Today(); } }");
        AssertPlansCached(Next(ref driver, edited));
    }

    [Fact]
    public void Editing_the_unit_of_work_without_changing_what_it_is_re_plans_the_repository_and_keeps_the_warning()
    {
        var compilation = Compile("App", Orders, Unrelated, SavesOnly("App.Application"));
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        Assert.Equal(new[] { "IMF0027" }, Ids(Next(ref driver, compilation)));

        var result = Next(ref driver, Replace(compilation, "Source2.cs", SavesOnly("App.Application", extra: "    void Rollback();")));
        Assert.Equal(new[] { "IMF0027" }, Ids(result));
    }

    [Fact]
    public void Editing_a_repository_with_a_save_of_its_own_keeps_the_other_plans_cached()
    {
        // IRepository<T> declares a save, so it and every repository deriving from it could be a unit of work: what the
        // rules read of them is their saves and properties, and whether they have other members; a query method added to
        // one changes none of that.
        const string Base = "namespace App.Data { public interface IRepository<T> { void Add(T item); System.Threading.Tasks.Task<int> SaveChangesAsync(); } }";
        const string Customers = "namespace App.Data { public interface ICustomers : IRepository<App.Domain.Entities.Customer> { App.Domain.Entities.Customer? Find(int id); } }";
        var compilation = Compile("App", Orders, Unrelated, Base, Customers);
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        var first = Next(ref driver, compilation);
        var edited = Replace(compilation, "Source3.cs", Customers.Replace("Find(int id);", "Find(int id); int Count();", StringComparison.Ordinal));
        AssertPlansCached(Next(ref driver, edited));
        Assert.Equal(Ids(first), Ids(Next(ref driver, edited)));
    }

    // ---- (2) The app's root from MSBuild -------------------------------------------------------------------------------

    /// <summary>The global options a build passes: the .NET SDK lists RootNamespace as a CompilerVisibleProperty for every C# project.</summary>
    private sealed class BuildOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public BuildOptions(string? rootNamespace)
            => _global = new Options(rootNamespace is null ? ImmutableDictionary<string, string>.Empty : ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", rootNamespace));

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

            private readonly ImmutableDictionary<string, string> _values;

            public Options(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }

    private static GeneratorDriver DriverWith(string? rootNamespace)
        => CSharpGeneratorDriver.Create(
            new[] { new InMemoryFakeGenerator().AsSourceGenerator() },
            optionsProvider: new BuildOptions(rootNamespace),
            parseOptions: GeneratorHarness.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    [Fact]
    public void The_MSBuild_RootNamespace_names_the_app_s_root_where_the_assembly_name_does_not()
    {
        // A test project whose assembly is UnitTests declares the repository in App.Domain.Repositories: by the assembly
        // name alone the root is App.Domain (the first two segments), and App.Application's unit of work is outside it.
        var compilation = Compile("UnitTests", Orders, SavesOnly("App.Application"));
        GeneratorDriver guessed = DriverWith(null);
        Assert.Empty(Next(ref guessed, compilation).Diagnostics);

        // Its RootNamespace App.Tests names the root App: the unit of work is found, IMF0027 names the root.
        GeneratorDriver told = DriverWith("App.Tests");
        var result = Next(ref told, compilation);
        Assert.Equal(new[] { "IMF0027" }, Ids(result));
        Assert.Contains(", under the app's root namespace App),", result.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_MSBuild_RootNamespace_is_preferred_to_the_assembly_name()
    {
        // An assembly named App whose project says its namespaces begin at Tools: App no longer names the app's root, so
        // the root is the repository's first two segments (App.Domain) and App.Application is not searched.
        var compilation = Compile("App", Orders, SavesOnly("App.Application"));
        GeneratorDriver byAssembly = DriverWith(null);
        Assert.Equal(new[] { "IMF0027" }, Ids(Next(ref byAssembly, compilation)));

        GeneratorDriver told = DriverWith("Tools");
        Assert.Empty(Next(ref told, compilation).Diagnostics);

        // An empty RootNamespace (a project that declares types in the global namespace) is the same as none.
        GeneratorDriver empty = DriverWith(" ");
        Assert.Equal(new[] { "IMF0027" }, Ids(Next(ref empty, compilation)));
    }

    [Fact]
    public void The_MSBuild_properties_keep_every_plan_cached_across_an_unrelated_edit()
    {
        var compilation = Compile("UnitTests", Orders, Unrelated, SavesOnly("App.Application"));
        GeneratorDriver driver = DriverWith("App.Tests");
        Assert.Equal(new[] { "IMF0027" }, Ids(Next(ref driver, compilation)));

        var result = Next(ref driver, Replace(compilation, "Source1.cs", Unrelated.Replace("Value", "Renamed", StringComparison.Ordinal)));
        AssertPlansCached(result);
        Assert.All(Reasons(result, TrackingNames.BuildProperties), static r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }
}
