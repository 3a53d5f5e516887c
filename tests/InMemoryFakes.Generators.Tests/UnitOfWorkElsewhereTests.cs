using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A repository with writes, no save of its own and no unit of work beside it, whose app declares a unit of work
/// ELSEWHERE (issue 10, session 35: clean architecture's <c>App.Application.Interfaces.IUnitOfWork</c> beside
/// <c>App.Domain.Repositories.IOrderRepository</c>). Whether that unit of work saves this repository the interfaces do not
/// say, so the fake neither follows it (session 34's guess, reverted: a module's <c>…Ordering.IUnitOfWork</c> then held the
/// writes of every repository above it) nor ignores it silently: IMF0027 (Warning) on the attribute names it and both
/// settings, the writes stay stored at once, and a stated <c>UnitOfWorkWrites</c> is followed
/// (Parsing/SeparateUnitOfWorkRule.FindElsewhere; docs/diagnostics.md#imf0027).
/// </summary>
public class UnitOfWorkElsewhereTests
{
    // Source0.cs: {0} is the settings of IOrderRepository's attribute.
    private const string OrdersTemplate = Sources.CleanArchitectureEntities + """

        namespace App.Domain.Repositories
        {
            using App.Domain.Entities;

            [InMemoryFake{0}]
            public interface IOrderRepository
            {
                Task<Order?> GetByIdAsync(int id);
                Task<IReadOnlyList<Order>> ListAsync();
                void Add(Order order);
                Task<bool> DeleteAsync(int id);
            }

            public interface ICustomerRepository
            {
                Task<Customer?> GetByIdAsync(int id);
                void Add(Customer customer);
            }
        }

        """;

    private static readonly string Orders = Stated("");

    private static string Stated(string settings) => OrdersTemplate.Replace("{0}", settings, StringComparison.Ordinal);

    private static string SavesOnly(string space, string attribute = "", string name = "IUnitOfWork") => Sources.Usings + "namespace " + space + "\n{\n" + attribute + "public interface " + name + """

        {
            Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
        }
        }

        """;

    /// <summary>The sources compiled as an assembly of that name (the SDK names a project's assembly and root namespace alike).</summary>
    private static GeneratorRun Run(string assembly, params string[] sources) => GeneratorHarness.Run(Compile(assembly, sources));

    private static CSharpCompilation Compile(string assembly, params string[] sources)
        => CSharpCompilation.Create(
            assembly,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, path: "Source" + i + ".cs")),
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions);

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>The one IMF0027 of the run: a warning on the attribute of IOrderRepository (Source0.cs).</summary>
    private static Diagnostic Warned(GeneratorRun run)
    {
        Assertions.GeneratorReported(run, "IMF0027");
        Assert.Empty(run.CompilationDiagnostics);
        var d = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0027");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("Source0.cs", d.Location.SourceTree!.FilePath);
        Assert.Equal(Orders.Split('\n').ToList().FindIndex(static l => l.Contains("[InMemoryFake]", StringComparison.Ordinal)), d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("InMemoryFake", d.Location.SourceTree.GetText(TestContext.Current.CancellationToken).ToString(d.Location.SourceSpan));
        return d;
    }

    /// <summary>Each write stored at once: what the fake does today, and under <c>UnitOfWorkWrites.Immediate</c>.</summary>
    private const string ImmediateChecks = """
        using System;
        using InMemoryFakes;
        using App.Domain.Entities;
        using App.Domain.Repositories;
        using static Behaviour.Expect;
        namespace Behaviour;
        public static class Checks
        {
            public static void Run()
            {
                var backend = new InMemoryBackend();
                IOrderRepository orders = new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend });
                orders.Add(new Order { Id = 1, Customer = "ann" });
                var fresh = new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend });
                Is("ann", fresh.GetByIdAsync(1).Result?.Customer, "a write is stored at once: a fresh read sees it");
                Is(true, orders.DeleteAsync(1).Result, "a removal is stored at once too");
                Is(0, fresh.ListAsync().Result.Count, "so a fresh list is empty");
            }
        }
        """;

    [Fact]
    public void A_unit_of_work_of_saves_in_a_sibling_namespace_is_IMF0027_on_the_attribute_and_the_writes_stay_stored_at_once()
    {
        var run = Run("App", Orders, SavesOnly("App.Application.Interfaces"));
        var d = Warned(run);
        Assert.Equal(
            "The writes of 'IOrderRepository' (Add, DeleteAsync) are stored at once, but App.Application.Interfaces.IUnitOfWork.SaveChangesAsync may be what stores them"
            + " (App.Application.Interfaces.IUnitOfWork holds only saves and no interface hands it out, outside the repository's namespace and those enclosing it, under the app's root namespace App),"
            + " and which repositories a unit of work saves the interfaces do not say."
            + " Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)] when the writes wait for App.Application.Interfaces.IUnitOfWork.SaveChangesAsync"
            + " (this fake then tracks them in the InMemoryFakeOptions.SharedUnitOfWork it shares with that unit of work's fake), or UnitOfWorkWrites.Immediate when each write is stored at once",
            Message(d));
        Assert.Equal("https://github.com/inmemoryfakes/inmemoryfakes/blob/main/docs/diagnostics.md#imf0027", d.Descriptor.HelpLinkUri);
        Assert.DoesNotContain(".UnitOfWork(", run.Source("IOrderRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, ImmediateChecks);
    }

    [Fact]
    public void A_unit_of_work_elsewhere_whose_property_hands_this_repository_out_is_IMF0027_naming_the_property()
    {
        var run = Run("App", Orders, Sources.Usings + """
            namespace App.Application
            {
                using App.Domain.Repositories;
                public interface IUnitOfWork : IDisposable
                {
                    IOrderRepository Orders { get; }
                    Task<int> CompleteAsync();
                }
            }
            """);
        Assert.Contains(
            "but App.Application.IUnitOfWork.CompleteAsync may be what stores them (App.Application.IUnitOfWork.Orders returns IOrderRepository beside that save, outside",
            Message(Warned(run)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_of_work_whose_properties_hand_out_only_other_repositories_does_not_count()
    {
        // Decision: it names the repositories it saves, and IOrderRepository is not among them.
        var run = Run("App", Orders, Sources.Usings + """
            namespace App.Application
            {
                using App.Domain.Repositories;
                public interface IUnitOfWork
                {
                    ICustomerRepository Customers { get; }
                    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
                }
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, ImmediateChecks);
    }

    [Fact]
    public void A_faked_unit_of_work_of_a_sub_namespace_is_IMF0027_for_the_repositories_above_it_and_defers_nothing()
    {
        // The DependencyInjection tests' layout that session 34's look broke: …Tests.Ordering.IUnitOfWork, faked, below
        // repositories of …Tests. Faking it proves its own module's writes wait for it, not those of the namespace above.
        var run = Run("App", Orders, SavesOnly("App.Domain.Repositories.Ordering", "[InMemoryFake]\n"));
        Assert.Contains("but App.Domain.Repositories.Ordering.IUnitOfWork.SaveChangesAsync may be what stores them", Message(Warned(run)), StringComparison.Ordinal);
        Assert.DoesNotContain(".UnitOfWork(", run.Source("IOrderRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, ImmediateChecks);
    }

    [Fact]
    public void Stated_Immediate_is_no_warning_and_stores_each_write_at_once()
    {
        var run = Run("App", Stated("(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)"), SavesOnly("App.Application.Interfaces", "[InMemoryFake]\n"));
        Assertions.Clean(run);
        Assert.DoesNotContain(".UnitOfWork(", run.Source("IOrderRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, ImmediateChecks);
    }

    [Fact]
    public void Stated_Deferred_is_no_warning_and_the_writes_wait_for_the_save_of_the_faked_unit_of_work_elsewhere()
    {
        // Before this round the setting found no save beside the repository and the writes were stored at once.
        var run = Run("App", Stated("(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)"), SavesOnly("App.Application.Interfaces", "[InMemoryFake]\n"));
        Assertions.Clean(run);
        Assert.Contains(".UnitOfWork(global::InMemoryFakes.UnitOfWorkWrites.Deferred, \"App.Application.Interfaces.IUnitOfWork.SaveChangesAsync\")", run.Source("IOrderRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, """
            using System;
            using InMemoryFakes;
            using App.Application.Interfaces;
            using App.Domain.Entities;
            using App.Domain.Repositories;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    var backend = new InMemoryBackend();
                    var options = new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() };
                    IOrderRepository orders = new InMemoryOrderRepository(options);
                    IUnitOfWork unitOfWork = new InMemoryUnitOfWork(options);

                    // Each fresh read is another scope (another DbContext).
                    Func<IOrderRepository> fresh = () => new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() });
                    orders.Add(new Order { Id = 1, Customer = "ann" });
                    Is(null, fresh().GetByIdAsync(1).Result, "a write without the save is not stored");
                    Is(1, unitOfWork.SaveChangesAsync().Result, "the save of the unit of work elsewhere writes it");
                    Is("ann", fresh().GetByIdAsync(1).Result?.Customer, "then a fresh read sees it");

                    var order = orders.GetByIdAsync(1).Result!;
                    order.AddLine("anvil");
                    Is(0, fresh().GetByIdAsync(1).Result!.Lines.Count, "a change to a tracked entity waits for the save");
                    Is(1, unitOfWork.SaveChangesAsync().Result, "and is written by it");
                    Is("anvil", fresh().GetByIdAsync(1).Result!.Lines[0], "so a fresh read sees the line");

                    IOrderRepository alone = new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend });
                    Throws<InvalidOperationException>(() => alone.Add(new Order { Id = 2 }), null, "without a SharedUnitOfWork nothing could save the write");
                    Is(null, fresh().GetByIdAsync(2).Result, "and the store is unchanged");
                }
            }
            """);
    }

    [Fact]
    public void A_unit_of_work_in_the_repository_s_own_or_an_enclosing_namespace_keeps_session_33_s_rule()
    {
        // Beside the repository it is its unit of work (IMF0022 on each write; faked, the writes are deferred): no IMF0027.
        var refused = Run("App", Orders, SavesOnly("App.Domain"));
        Assertions.GeneratorReported(refused, "IMF0022", "IMF0022");
        Assert.All(refused.GeneratorDiagnostics, static d => Assert.Contains("beside IUnitOfWork.SaveChangesAsync, a save on another interface", Message(d), StringComparison.Ordinal));

        var faked = Run("App", Orders, SavesOnly("App.Domain.Repositories", "[InMemoryFake]\n"), SavesOnly("App.Application", name: "IOtherUnitOfWork"));
        Assertions.Clean(faked);
        Assert.Contains(".UnitOfWork(global::InMemoryFakes.UnitOfWorkWrites.Deferred, \"IUnitOfWork.SaveChangesAsync\")", faked.Source("IOrderRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_of_work_under_another_root_namespace_is_no_warning()
    {
        var run = Run("App", Orders, SavesOnly("Billing.Application"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, ImmediateChecks);
    }

    [Fact]
    public void Without_an_assembly_named_by_the_root_the_app_is_the_first_two_segments_as_each_codebase_of_the_corpus()
    {
        // The corpus compiles every codebase as Corpus.<Codebase>.<Case> in one assembly named otherwise: a unit of work of
        // the same codebase counts, one of another codebase does not. So does one of App.Domain.* for App.Domain.Repositories.
        var repository = Sources.Usings + """
            namespace Corpus.Shop.IOrderRepositoryCase
            {
                public class Order { public int Id { get; set; } }
                [InMemoryFake] public interface IOrderRepository { Task<Order?> GetByIdAsync(int id); void Add(Order order); }
            }
            """;
        Assert.Contains("under the app's root namespace Corpus.Shop)", Message(Assert.Single(Run("Corpus" + Guid.NewGuid().ToString("N"), repository, SavesOnly("Corpus.Shop.IUnitOfWorkCase")).GeneratorDiagnostics)), StringComparison.Ordinal);
        Assertions.Clean(Run("Corpus" + Guid.NewGuid().ToString("N"), repository, SavesOnly("Corpus.Blog.IUnitOfWorkCase")));

        Assert.Contains("under the app's root namespace App.Domain)", Message(Warned(Run("Tests" + Guid.NewGuid().ToString("N"), Orders, SavesOnly("App.Domain.Interfaces")))), StringComparison.Ordinal);
        Assertions.Clean(Run("Tests" + Guid.NewGuid().ToString("N"), Orders, SavesOnly("App.Application.Interfaces")));
    }

    [Fact]
    public void A_transaction_an_interface_handed_out_or_made_and_a_repository_without_writes_are_no_warning()
    {
        // As beside the repository: ITransaction { Commit } ends a transaction someone begins; a saves-only interface that
        // another interface hands out (eShop's IRepository<T>.UnitOfWork) or makes (BeginTransaction()) saves only through it.
        Assertions.Clean(Run("App", Orders, SavesOnly("App.Application", name: "IOrderTransaction")));
        Assertions.Clean(Run("App", Orders, SavesOnly("App.Application"), Sources.Usings + """
            namespace App.Ordering
            {
                public interface IBuyerRepository { App.Application.IUnitOfWork UnitOfWork { get; } }
            }
            """));
        Assertions.Clean(Run("App", Orders, SavesOnly("App.Application"), Sources.Usings + """
            namespace App.Data
            {
                public interface IDatabase { App.Application.IUnitOfWork BeginTransaction(); }
            }
            """));
        Assertions.Clean(Run("App", Stated("").Replace("void Add(Order order);", "", StringComparison.Ordinal).Replace("Task<bool> DeleteAsync(int id);", "", StringComparison.Ordinal), SavesOnly("App.Application")));
    }

    [Fact]
    public void Several_units_of_work_elsewhere_are_one_IMF0027_naming_each_save()
    {
        var run = Run("App", Orders, SavesOnly("App.Billing"), SavesOnly("App.Shipping", name: "IShippingUnitOfWork"));
        Assert.Contains(
            "but App.Billing.IUnitOfWork.SaveChangesAsync or App.Shipping.IShippingUnitOfWork.SaveChangesAsync may be what stores them (App.Billing.IUnitOfWork holds only saves and no interface hands it out; App.Shipping.IShippingUnitOfWork holds only saves and no interface hands it out, outside",
            Message(Warned(run)), StringComparison.Ordinal);
    }
}
