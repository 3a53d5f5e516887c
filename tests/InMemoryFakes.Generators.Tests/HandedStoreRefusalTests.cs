using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Members handed the store they work on: an EF Core <c>DbContext</c> (or a type deriving from it), an ADO.NET connection or
/// transaction (issue 10, session 34: h-sample103's leftover). DanpheEMR's <c>IAdmissionMasterService</c> queries the
/// <c>AdmissionDbContext</c> each call is given; its refusals read "'AdtAutoBillingItems' … is no noun of this store".
/// Now each such member is refused (IMF0001) with the real cause (Parsing/HandedStoreRule).
/// </summary>
public class HandedStoreRefusalTests
{
    private const string Ef = Sources.Usings + """
        namespace Microsoft.EntityFrameworkCore { public class DbContext { } public class DbSet<T> where T : class { } }

        namespace Hospital
        {
        using Microsoft.EntityFrameworkCore;

        public class BillingItem { public int BillingItemId { get; set; } public int SchemeId { get; set; } public bool IsActive { get; set; } }
        public class BillingItemDto { public int BillingItemId { get; set; } public decimal Price { get; set; } }
        public class HospitalDbContext : DbContext { }
        public class AdmissionDbContext : HospitalDbContext { public DbSet<BillingItem> BillingItems { get; set; } = null!; }

        [InMemoryFake]
        public interface IAdmissionMasterService
        {
            Task<List<BillingItemDto>> GetAdtAutoBillingItems(AdmissionDbContext admissionDbContext);
            Task<List<BillingItemDto>> GetAdtAutoBillingItemForScheme(AdmissionDbContext admissionDbContext, int schemeId, int priceCategoryId, string serviceBillingContext);
        }
        }
        """;

    private const string Reason = "it is handed 'admissionDbContext' (AdmissionDbContext, an EF Core DbContext) and works on the database behind it:"
        + " what it answers is that database's, which the fake does not hold, so no table of the fake can answer it; write it in the partial class with the answer the test needs,"
        + " or test the code that calls it with the real implementation and a real context (EF Core's SQLite provider in memory, say). ";

    [Fact]
    public void Members_handed_a_DbContext_are_refused_naming_the_context_they_read()
    {
        var run = GeneratorHarness.Run(Ef);
        Assertions.GeneratorReported(run, "IMF0001", "IMF0001");
        Assert.Equal(new[] { "GetAdtAutoBillingItemForScheme", "GetAdtAutoBillingItems" }, run.GeneratorDiagnostics.Select(Refusals.PointedAt).OrderBy(static m => m, StringComparer.Ordinal));
        foreach (var diagnostic in run.GeneratorDiagnostics)
        {
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains(" convention: " + Reason + "Implement it in the partial class InMemoryAdmissionMasterService,", message, StringComparison.Ordinal);
            Assert.DoesNotContain("noun", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_connection_or_a_transaction_given_to_a_repository_member_is_the_cause_named()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Data;
            using System.Data.Common;
            namespace Shop;
            public class Order { public int Id { get; set; } public string Customer { get; set; } = ""; }
            [InMemoryFake]
            public interface IOrderRepository
            {
                Task<Order?> GetByIdAsync(int id);
                Task<Order?> FindAsync(IDbConnection connection, int id);
                Task<IReadOnlyList<Order>> ListAsync(DbConnection db);
                Task AddAsync(Order order, IDbTransaction transaction);
            }
            """);
        Assertions.GeneratorReported(run, "IMF0001", "IMF0001", "IMF0001");
        Assert.Contains("it is handed 'connection' (IDbConnection, an ADO.NET connection) and works on the database behind it:", Refusals.Message(run, "FindAsync"), StringComparison.Ordinal);
        Assert.Contains("it is handed 'db' (DbConnection, an ADO.NET connection) and works on the database behind it:", Refusals.Message(run, "ListAsync"), StringComparison.Ordinal);
        Assert.Contains("it is handed 'transaction' (IDbTransaction, an ADO.NET transaction) and works on the database behind it:", Refusals.Message(run, "AddAsync"), StringComparison.Ordinal);
        Assert.Contains("with the real implementation and a real connection (SQLite in memory, say)", Refusals.Message(run, "AddAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_the_attribute_ignores_is_not_the_cause()
    {
        // IgnoredParameters says the transaction changes nothing a fake keeps: the write is generated and stores the order.
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Data;
            namespace Shop;
            public class Order { public int Id { get; set; } public string Customer { get; set; } = ""; }
            [InMemoryFake(IgnoredParameters = new[] { "transaction" })]
            public interface IOrderRepository
            {
                Task<Order?> GetByIdAsync(int id);
                Task AddAsync(Order order, IDbTransaction transaction);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IOrderRepository orders = new InMemoryOrderRepository();
                    orders.AddAsync(new Order { Id = 1, Customer = "ann" }, null!).Wait();
                    Is("ann", orders.GetByIdAsync(1).Result!.Customer, "the ignored transaction changes nothing");
                }
            }
            """);
    }
}
