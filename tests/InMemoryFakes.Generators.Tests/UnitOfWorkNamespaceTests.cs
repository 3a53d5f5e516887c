using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A repository whose unit of work is declared in another namespace of the app (issue 10, session 34: h-sample101's
/// leftover). Clean architecture declares <c>App.Domain.Repositories.IOrderRepository</c> beside
/// <c>App.Domain.Interfaces.IUnitOfWork</c> or <c>App.Application.Interfaces.IUnitOfWork</c>; the unit of work was looked for
/// only in the repository's namespace and those enclosing it, so the fake stored each write at once where the real
/// repository waits for the save. Now the compilation's source interfaces under the app's root namespace are searched
/// too, when the assembly is named by that root (Parsing/SeparateUnitOfWorkRule; docs/generator.md, "Refused guesses").
/// </summary>
public class UnitOfWorkNamespaceTests
{
    private const string Orders = Sources.Usings + """
        namespace App.Domain.Entities
        {
            public class Order
            {
                public int Id { get; set; }
                public string Customer { get; set; } = "";
                public List<string> Lines { get; set; } = new();
                public void AddLine(string product) => Lines.Add(product);
            }
        }

        namespace App.Domain.Repositories
        {
            using App.Domain.Entities;

            [InMemoryFake]
            public interface IOrderRepository
            {
                Task<Order?> GetByIdAsync(int id);
                Task<IReadOnlyList<Order>> ListAsync();
                void Add(Order order);
            }
        }

        """;

    private static string SavesOnly(string space, string attribute = "", string name = "IUnitOfWork") => Sources.Usings + "namespace " + space + "\n{\n" + attribute + "public interface " + name + """

        {
            Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
        }
        }

        """;

    /// <summary>The sources compiled as an assembly of that name (the SDK names a project's assembly and root namespace alike).</summary>
    private static GeneratorRun Run(string assembly, params string[] sources)
        => GeneratorHarness.Run(CSharpCompilation.Create(
            assembly,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, path: "Source" + i + ".cs")),
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions));

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_unit_of_work_of_saves_in_a_sibling_namespace_of_the_app_refuses_the_writes_naming_it()
    {
        var run = Run("App.Domain", Orders, SavesOnly("App.Domain.Interfaces"));
        Assertions.GeneratorReported(run, "IMF0022");
        Assert.Equal("Add", Refusals.PointedAt(run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0022")));
        Assert.Equal(
            "'Add' of IOrderRepository is a write, and IOrderRepository has no save of its own beside App.Domain.Interfaces.IUnitOfWork.SaveChangesAsync, a save on another interface,"
            + " but whether the writes of IOrderRepository wait for App.Domain.Interfaces.IUnitOfWork.SaveChangesAsync or are saved at once cannot be told from the interface"
            + " (App.Domain.Interfaces.IUnitOfWork holds only saves and no interface hands it out, declared in App.Domain.Interfaces (not the repository's namespace or one enclosing it, but under the app's root namespace App),"
            + " and it is the app's one such unit of work, so it saves what the app's repositories track: the writes may only be tracked until it runs)."
            + " Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)], or mark IUnitOfWork [InMemoryFake] too, when the writes wait for SaveChangesAsync,"
            + " and build this fake and the IUnitOfWork fake with one InMemoryFakeOptions.SharedUnitOfWork (the container's scoped registration does it per scope);"
            + " or set UnitOfWorkWrites.Immediate when each write is stored at once (docs/runtime.md#unit-of-work)",
            Message(run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0022")));
        Assert.Contains(run.CompilationDiagnostics, static d => d.Id == "CS0535");
    }

    [Fact]
    public void A_faked_unit_of_work_of_saves_in_another_layer_makes_the_writes_wait_for_its_save()
    {
        // App.Application.Interfaces.IUnitOfWork, [InMemoryFake] as in the enclosing-namespace case: the user fakes the one
        // save the repository's writes can reach.
        var run = Run("App", Orders, SavesOnly("App.Application.Interfaces", "[InMemoryFake]\n"));
        Assertions.Clean(run);
        Assert.Contains(".UnitOfWork(global::InMemoryFakes.UnitOfWorkWrites.Deferred, \"App.Application.Interfaces.IUnitOfWork.SaveChangesAsync\")", run.Source("IOrderRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
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

                    // Each fresh read is another scope (another DbContext): one that read a row before keeps its tracked copy.
                    Func<IOrderRepository> fresh = () => new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() });
                    orders.Add(new Order { Id = 1, Customer = "ann" });
                    Is(null, fresh().GetByIdAsync(1).Result, "a write without the save is not visible through a fresh read");
                    Is(0, fresh().ListAsync().Result.Count, "nor listed");
                    Is(1, unitOfWork.SaveChangesAsync().Result, "the other namespace's save writes it");
                    Is("ann", fresh().GetByIdAsync(1).Result!.Customer, "then a fresh read sees it");

                    var order = orders.GetByIdAsync(1).Result!;
                    order.AddLine("anvil");
                    Is(0, fresh().GetByIdAsync(1).Result!.Lines.Count, "a change through a domain method waits for the save too");
                    Is(1, unitOfWork.SaveChangesAsync().Result, "and the save writes it");
                    Is("anvil", string.Join(",", fresh().GetByIdAsync(1).Result!.Lines), "so the change survives");
                }
            }
            """);
    }

    [Fact]
    public void A_unit_of_work_of_repositories_in_another_namespace_that_hands_the_repository_out_refuses_its_writes()
    {
        var run = Run("App", Orders, """
            namespace App.Infrastructure.Persistence
            {
            public interface IShopUnitOfWork : System.IDisposable
            {
                App.Domain.Repositories.IOrderRepository Orders { get; }
                System.Threading.Tasks.Task<int> CompleteAsync();
            }
            }
            """);
        Assertions.GeneratorReported(run, "IMF0022");
        var message = Message(run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0022"));
        Assert.StartsWith("'Add' of IOrderRepository is a write, and IOrderRepository has no save of its own beside App.Infrastructure.Persistence.IShopUnitOfWork.CompleteAsync, a save on another interface,", message, StringComparison.Ordinal);
        Assert.Contains("(App.Infrastructure.Persistence.IShopUnitOfWork.Orders returns IOrderRepository beside that save, declared in App.Infrastructure.Persistence (not the repository's namespace or one enclosing it, but under the app's root namespace App), so the repository's writes may only be tracked until it runs).", message, StringComparison.Ordinal);
        Assert.Contains(" Fake IShopUnitOfWork ([InMemoryFake] on it): its Orders is this repository over its change tracker, whose writes wait for CompleteAsync", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_units_of_work_of_the_app_are_named_and_none_is_picked()
    {
        var run = Run("App", Orders, SavesOnly("App.Ordering.Data"), SavesOnly("App.Billing.Data", name: "IBillingUnitOfWork"));
        Assertions.GeneratorReported(run, "IMF0022");
        Assert.Equal(
            "'Add' of IOrderRepository is a write, and IOrderRepository has no save of its own beside App.Billing.Data.IBillingUnitOfWork.SaveChangesAsync or App.Ordering.Data.IUnitOfWork.SaveChangesAsync, saves on other interfaces,"
            + " but whether the writes of IOrderRepository wait for one of those saves or are saved at once cannot be told from the interface"
            + " (the app's root namespace App declares 2 units of work of saves only that no interface hands out outside the repository's namespace"
            + " (App.Billing.Data.IBillingUnitOfWork.SaveChangesAsync, App.Ordering.Data.IUnitOfWork.SaveChangesAsync), and nothing in IOrderRepository says which of them, if any, saves its writes)."
            + " Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)] when the writes wait for one of those saves, and build this fake and that unit of work's fake with one InMemoryFakeOptions.SharedUnitOfWork"
            + " (the container's scoped registration does it per scope); or set UnitOfWorkWrites.Immediate when each write is stored at once (docs/runtime.md#unit-of-work)",
            Message(run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0022")));
    }

    [Fact]
    public void Beside_several_the_attribute_says_where_the_writes_go()
    {
        var several = new[] { SavesOnly("App.Ordering.Data"), SavesOnly("App.Billing.Data", name: "IBillingUnitOfWork") };
        var immediate = Run("App", new[] { Orders.Replace("[InMemoryFake]", "[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]", StringComparison.Ordinal) }.Concat(several).ToArray());
        Assertions.Clean(immediate);
        BehaviourCheck.Run(immediate, """
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
                    IOrderRepository fresh = new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend });
                    Is("ann", fresh.GetByIdAsync(1).Result!.Customer, "Immediate: each write is stored at once");
                }
            }
            """);

        var deferred = Run("App", new[] { Orders.Replace("[InMemoryFake]", "[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]", StringComparison.Ordinal) }.Concat(several).ToArray());
        Assertions.Clean(deferred);
        BehaviourCheck.Run(deferred, """
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
                    var scope = new SharedUnitOfWork();
                    IOrderRepository orders = new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = scope });
                    orders.Add(new Order { Id = 1, Customer = "ann" });
                    IOrderRepository fresh = new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() });
                    Is(null, fresh.GetByIdAsync(1).Result, "Deferred: a write without the save is not visible through a fresh read");
                    Is(1, scope.SaveChanges(), "the scope's save writes it");
                    Is("ann", fresh.GetByIdAsync(1).Result!.Customer, "then it is");
                }
            }
            """);
    }

    [Fact]
    public void A_unit_of_work_another_repository_hands_out_is_that_repositorys_alone()
    {
        // eShop: IBuyerRepository hands out its IUnitOfWork; IOrderRepository, which does not, is not one of its repositories.
        var run = Run("App", Orders, """
            namespace App.Buyers
            {
            public class Buyer { public int Id { get; set; } }
            public interface IUnitOfWork { System.Threading.Tasks.Task<int> SaveChangesAsync(System.Threading.CancellationToken cancellationToken = default); }
            public interface IBuyerRepository { IUnitOfWork UnitOfWork { get; } void Add(Buyer buyer); }
            }
            """);
        Assertions.Clean(run);
    }

    [Fact]
    public void A_compilation_not_named_by_the_root_namespace_looks_only_beside_the_repository()
    {
        // The corpus compiles 500 codebases as Corpus.<Codebase> in one assembly named otherwise: where the app ends is not
        // known there, so a unit of work of another namespace is not looked for, and the writes stay a plain store.
        var run = Run("Tests" + Guid.NewGuid().ToString("N"), Orders, SavesOnly("App.Domain.Interfaces"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
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
                    orders.Add(new Order { Id = 1 });
                    Is(1, new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend }).ListAsync().Result.Count, "stored at once, as before");
                }
            }
            """);
    }

    [Fact]
    public void A_unit_of_work_beside_the_repository_still_wins_over_one_elsewhere()
    {
        var run = Run("App", Orders, SavesOnly("App.Domain"), SavesOnly("App.Billing.Data", name: "IBillingUnitOfWork"));
        Assertions.GeneratorReported(run, "IMF0022");
        Assert.StartsWith("'Add' of IOrderRepository is a write, and IOrderRepository has no save of its own beside IUnitOfWork.SaveChangesAsync, a save on another interface,", Message(run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0022")), StringComparison.Ordinal);
    }
}
