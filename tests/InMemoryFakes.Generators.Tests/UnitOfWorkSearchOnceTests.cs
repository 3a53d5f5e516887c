using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Since session 37 (h-genperf37) the search for a unit of work elsewhere in the app (IMF0027) walks the interfaces under
/// the app's root once per compilation (Parsing/AppInterfaceIndex) instead of once per repository. What each repository
/// is told must still be its own: the interfaces beside it and in its namespaces left out, a property handing out
/// another repository not counted for it. Several repositories of one compilation, each asked after the walk is kept.
/// </summary>
public class UnitOfWorkSearchOnceTests
{
    private const string Repositories = Sources.CleanArchitectureEntities + """

        namespace App.Domain.Orders
        {
            using App.Domain.Entities;

            [InMemoryFake]
            public interface IOrderRepository
            {
                Task<Order?> GetByIdAsync(int id);
                void Add(Order order);
            }
        }

        namespace App.Domain.Customers
        {
            using App.Domain.Entities;

            [InMemoryFake]
            public interface ICustomerRepository
            {
                Task<Customer?> GetByIdAsync(int id);
                void Add(Customer customer);
            }
        }

        namespace App.Application
        {
            using App.Domain.Orders;

            public interface IUnitOfWork
            {
                IOrderRepository Orders { get; }
                Task<int> CompleteAsync();
            }
        }

        namespace App.Billing
        {
            public interface IBillingUnitOfWork
            {
                Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
            }
        }

        """;

    private static GeneratorRun Run(params string[] sources)
        => GeneratorHarness.Run(CSharpCompilation.Create(
            "App",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, path: "Source" + i + ".cs")),
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions));

    private static string WarningOf(GeneratorRun run, string repository)
        => Assert.Single(run.GeneratorDiagnostics, d => d.Id == "IMF0027" && d.GetMessage(CultureInfo.InvariantCulture).Contains("'" + repository + "'", StringComparison.Ordinal))
            .GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Each_repository_of_one_compilation_is_told_its_own_units_of_work_elsewhere()
    {
        var run = Run(Repositories);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(2, run.GeneratorDiagnostics.Count(static d => d.Id == "IMF0027"));

        // The unit of work handing out IOrderRepository counts for it, beside the one of saves only.
        Assert.Contains(
            "but App.Application.IUnitOfWork.CompleteAsync or App.Billing.IBillingUnitOfWork.SaveChangesAsync may be what stores them (App.Application.IUnitOfWork.Orders returns IOrderRepository beside that save;"
            + " App.Billing.IBillingUnitOfWork holds only saves and no interface hands it out, outside",
            WarningOf(run, "IOrderRepository"), StringComparison.Ordinal);

        // For ICustomerRepository it hands out another repository, so only the unit of work of saves is named.
        Assert.Contains(
            "but App.Billing.IBillingUnitOfWork.SaveChangesAsync may be what stores them (App.Billing.IBillingUnitOfWork holds only saves and no interface hands it out, outside",
            WarningOf(run, "ICustomerRepository"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_of_work_in_one_repository_s_namespace_is_beside_that_repository_and_elsewhere_for_the_other()
    {
        // App.Domain.Customers.ICustomerUnitOfWork is beside ICustomerRepository (session 33's rule: IMF0022 on its write),
        // and elsewhere for IOrderRepository (IMF0027 names it with the others).
        var run = Run(Repositories, Sources.Usings + """
            namespace App.Domain.Customers
            {
                public interface ICustomerUnitOfWork
                {
                    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
                }
            }
            """);
        // The refused write is left to the partial class: the one compiler error is its missing implementation.
        Assert.Equal("CS0535", Assert.Single(run.CompilationDiagnostics).Id);
        Assert.Contains(
            "but App.Application.IUnitOfWork.CompleteAsync or App.Billing.IBillingUnitOfWork.SaveChangesAsync or App.Domain.Customers.ICustomerUnitOfWork.SaveChangesAsync may be what stores them",
            WarningOf(run, "IOrderRepository"), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0027" && d.GetMessage(CultureInfo.InvariantCulture).Contains("'ICustomerRepository'", StringComparison.Ordinal));
        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0022");
        Assert.Contains("ICustomerUnitOfWork.SaveChangesAsync", refused.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
