using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The planning step is cached while the files a target's plan can depend on are unchanged. These edits each change a
/// fake through a file other than the interface's own: after each, the incremental run must produce exactly what a cold
/// run over the edited compilation produces (a stale fake would be a silent wrong answer), and the output must differ
/// from before the edit (so the test can fail).
/// </summary>
public class DependencyTests
{
    private const string Interface = """
        using System.Collections.Generic;
        using InMemoryFakes;
        using Models;

        namespace App;

        [InMemoryFake]
        public interface IOrderRepository
        {
            void Add(Order order);
            Order? Find(int id);
            IReadOnlyList<Order> GetAll();
        }
        """;

    private const string Entity = """
        namespace Models;

        public class Order
        {
            public int Id { get; set; }
            public string Customer { get; set; } = "";
        }
        """;

    [Fact]
    public void A_property_added_to_the_entity_in_another_file_reaches_the_fake()
        => AssertIncrementalMatchesCold(
            Compile(Interface, Entity),
            c => Replace(c, "Source1.cs", Entity.Replace("public string Customer", "public System.Collections.Generic.List<string> Lines { get; set; } = new();\n    public string Customer", StringComparison.Ordinal)),
            generated => Assert.Contains("Lines", generated, StringComparison.Ordinal));

    [Fact]
    public void A_member_added_to_a_unit_of_works_repository_in_another_file_reaches_the_fake()
    {
        // A unit of work of repositories plans each repository interface: its file (and its entity's) are dependencies.
        const string unitOfWork = "using System.Threading.Tasks; using InMemoryFakes; namespace App; [InMemoryFake] public interface IShopUnitOfWork { IOrderStore Orders { get; } Task<int> CompleteAsync(); }";
        const string repository = "using Models; namespace App; public interface IOrderStore { void Add(Order order); }";
        AssertIncrementalMatchesCold(
            Compile(unitOfWork, repository, Entity),
            c => Replace(c, "Source1.cs", repository.Replace("void Add(Order order);", "void Add(Order order); Order? Find(int id);", StringComparison.Ordinal)),
            generated => Assert.Contains("public global::Models.Order? Find(int id)", generated, StringComparison.Ordinal));
    }

    [Fact]
    public void A_subtype_of_the_entity_declared_in_a_new_file_reaches_the_copy()
        => AssertIncrementalMatchesCold(
            Compile(Interface, Entity),
            c => Add(c, "namespace Extra; public class RushOrder : Models.Order { public int Priority { get; set; } }"),
            generated => Assert.Contains("RushOrder", generated, StringComparison.Ordinal));

    [Fact]
    public void A_subtype_naming_the_entity_through_an_alias_reaches_the_copy()
        => AssertIncrementalMatchesCold(
            Compile(Interface, Entity),
            c => Add(c, "using Base = Models.Order; namespace Extra; public class RushOrder : Base { public int Priority { get; set; } }"),
            generated => Assert.Contains("RushOrder", generated, StringComparison.Ordinal));

    [Fact]
    public void A_subtype_of_a_subtype_declared_in_a_new_file_reaches_the_copy()
        => AssertIncrementalMatchesCold(
            Compile(Interface, Entity, "namespace Extra; public class RushOrder : Models.Order { public int Priority { get; set; } }"),
            c => Add(c, "namespace Extra; public class ExpressOrder : RushOrder { public string Courier { get; set; } = \"\"; }"),
            generated => Assert.Contains("ExpressOrder", generated, StringComparison.Ordinal));

    [Fact]
    public void Another_class_sharing_the_entitys_base_class_is_not_a_dependency()
    {
        // Every entity of a domain often derives from one Entity base: a new one elsewhere must not re-plan every repository.
        const string derived = "namespace Models; public sealed class Order : EntityBase { public string Customer { get; set; } = \"\"; }";
        const string baseClass = "namespace Models; public abstract class EntityBase { public int Id { get; set; } }";
        var compilation = Compile(Interface, derived, baseClass);
        var first = GeneratorHarness.Run(compilation);
        var edited = Add(compilation, "namespace Billing; public sealed class Invoice : Models.EntityBase { public decimal Total { get; set; } }");
        var incremental = GeneratorHarness.Run(edited, first.Driver);
        var parse = incremental.Driver.GetRunResult().Results[0].TrackedSteps[TrackingNames.Parse];
        Assert.All(parse.SelectMany(static s => s.Outputs), static o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(Describe(GeneratorHarness.Run(edited)), Describe(incremental));
    }

    [Fact]
    public void A_concurrency_token_attribute_declared_in_another_file_reaches_the_fake()
    {
        // [ConcurrencyCheck] on the entity means nothing until a class named ConcurrencyCheckAttribute exists.
        const string withToken = "namespace Models; public class Order { public int Id { get; set; } [ConcurrencyCheck] public int Counter { get; set; } }";
        AssertIncrementalMatchesCold(
            Compile(Interface, withToken),
            c => Add(c, "using System; namespace Models; [AttributeUsage(AttributeTargets.Property)] public sealed class ConcurrencyCheckAttribute : Attribute { }"),
            _ => { });
    }

    [Fact]
    public void The_target_of_an_association_declared_in_a_new_file_reaches_the_fake()
    {
        // AddToTeam(member, teamCode) finds its target by a name the generator builds (Member's namespace, "Team"),
        // a name no file of the repository writes.
        const string members = """
            using System.Collections.Generic;
            using InMemoryFakes;

            namespace Clubs;

            [InMemoryFake]
            public interface IMembers
            {
                void Add(Member member);
                void AddToTeam(Member member, string teamCode);
                bool IsInTeam(Member member, string teamCode);
            }
            """;
        const string member = "namespace Clubs; public class Member { public int Id { get; set; } public string Email { get; set; } = \"\"; }";
        AssertIncrementalMatchesCold(
            Compile(members, member),
            c => Add(c, "namespace Clubs; public class Team { public string Id { get; set; } = \"\"; public string Code { get; set; } = \"\"; }"),
            generated => Assert.Contains("Team", generated, StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_declared_closer_than_the_using_rebinds_the_entity()
        => AssertIncrementalMatchesCold(
            Compile(Interface, Entity),
            c => Add(c, "namespace App; public sealed class Order { public int Id { get; set; } public decimal Total { get; set; } }"),
            generated => Assert.Contains("global::App.Order", generated, StringComparison.Ordinal));

    [Fact]
    public void A_key_added_to_the_entitys_base_class_in_a_third_file_reaches_the_fake()
    {
        const string derived = "namespace Models; public sealed class Order : EntityBase { public string Customer { get; set; } = \"\"; }";
        const string keyless = "namespace Models; public abstract class EntityBase { public string Note { get; set; } = \"\"; }";
        AssertIncrementalMatchesCold(
            Compile(Interface, derived, keyless),
            c => Replace(c, "Source2.cs", "namespace Models; public abstract class EntityBase { public int Id { get; set; } }"),
            generated => Assert.Contains("Id", generated, StringComparison.Ordinal));
    }

    [Fact]
    public void A_global_using_added_in_another_file_binds_the_entity()
    {
        var withoutUsing = Interface.Replace("using Models;\n", "", StringComparison.Ordinal);
        AssertIncrementalMatchesCold(
            Compile(withoutUsing, Entity),
            c => Add(c, "global using Models;"),
            generated => Assert.Contains("global::Models.Order", generated, StringComparison.Ordinal));
    }

    [Fact]
    public void A_hand_written_member_in_another_file_clears_the_diagnostic()
    {
        var withCustomMember = Interface.Replace("IReadOnlyList<Order> GetAll();", "IReadOnlyList<Order> GetAll();\n    void Recalculate(int id);", StringComparison.Ordinal);
        var before = GeneratorHarness.Run(Compile(withCustomMember, Entity));
        Assert.Contains(before.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        AssertIncrementalMatchesCold(
            Compile(withCustomMember, Entity),
            c => Add(c, "namespace App; public partial class InMemoryOrderRepository { public void Recalculate(int id) { } }"),
            _ => { },
            diagnostics => Assert.DoesNotContain(diagnostics, static d => d.StartsWith("IMF0001", StringComparison.Ordinal)));
    }

    [Fact]
    public void Changing_the_nullable_context_option_re_plans()
    {
        var compilation = Compile(Interface, Entity);
        AssertIncrementalMatchesCold(
            compilation,
            c => c.WithOptions(c.Options.WithNullableContextOptions(NullableContextOptions.Disable)),
            _ => { },
            requireChange: false,
            requirePlanned: true);
    }

    [Fact]
    public void A_rebuilt_reference_re_plans()
    {
        // A changed assembly (a project reference rebuilt, a package updated) arrives as a new reference object.
        var compilation = Compile(Interface, Entity);
        var runtime = (PortableExecutableReference)compilation.References.Last();
        AssertIncrementalMatchesCold(
            compilation,
            c => c.ReplaceReference(runtime, MetadataReference.CreateFromFile(runtime.FilePath!)),
            _ => { },
            requireChange: false,
            requirePlanned: true);
    }

    [Fact]
    public void A_target_depends_only_on_the_files_it_names()
    {
        var compilation = Compile(Interface, Entity, "namespace Other; public class Unrelated { public int Value { get; set; } }");
        var run = GeneratorHarness.Run(compilation);
        var input = run.Driver.GetRunResult().Results[0].TrackedSteps[TrackingNames.Inputs].Single().Outputs.Single().Value;
        Assert.Equal(2, ((Pipeline.PlanInput)input).DependencyCount);
    }

    private static CSharpCompilation Compile(params string[] sources) => GeneratorHarness.Compile(sources);

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string text)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: path, cancellationToken: TestContext.Current.CancellationToken));
    }

    private static CSharpCompilation Add(CSharpCompilation compilation, string text)
        => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: "Added" + compilation.SyntaxTrees.Length + ".cs", cancellationToken: TestContext.Current.CancellationToken));

    private static void AssertIncrementalMatchesCold(
        CSharpCompilation compilation,
        Func<CSharpCompilation, CSharpCompilation> edit,
        Action<string> assertAfter,
        Action<IReadOnlyList<string>>? assertDiagnostics = null,
        bool requireChange = true,
        bool requirePlanned = true)
    {
        var first = GeneratorHarness.Run(compilation);
        var edited = edit(compilation);
        var incremental = GeneratorHarness.Run(edited, first.Driver);
        var cold = GeneratorHarness.Run(edited);

        Assert.Equal(Describe(cold), Describe(incremental));
        Assert.Equal(Diagnostics(cold), Diagnostics(incremental));
        if (requireChange)
        {
            Assert.NotEqual(Describe(first) + string.Join("\n", Diagnostics(first)), Describe(incremental) + string.Join("\n", Diagnostics(incremental)));
        }

        if (requirePlanned)
        {
            var parse = incremental.Driver.GetRunResult().Results[0].TrackedSteps[TrackingNames.Parse];
            Assert.Contains(parse.SelectMany(static s => s.Outputs), static o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.New);
        }

        assertAfter(Fake(incremental));
        assertDiagnostics?.Invoke(Diagnostics(incremental));
    }

    private static string Fake(GeneratorRun run)
        => run.Sources.Where(static s => s.Key.EndsWith(".InMemoryFake.g.cs", StringComparison.Ordinal)).Select(static s => s.Value).SingleOrDefault() ?? "";

    private static string Describe(GeneratorRun run)
        => string.Join("\n----\n", run.Sources.OrderBy(static s => s.Key, StringComparer.Ordinal).Select(static s => s.Key + "\n" + s.Value));

    private static List<string> Diagnostics(GeneratorRun run)
        => run.GeneratorDiagnostics.Select(static d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + d.Location.GetLineSpan()).OrderBy(static d => d, StringComparer.Ordinal).ToList();
}
