using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample77 (session 29), cristhyanc/InventoryApp's <c>ISiteCommissionStore</c>: a repository of two entity types whose
/// EF Core store lists agreements by <c>EffectiveFrom</c> and payments by <c>PaymentDate</c>, then <c>Id</c>. The
/// <c>DefaultOrder</c> setting named properties of every table, so two tables sorted by different properties could not be
/// stated (the agreement's property is not the payment's: IMF0010). A part may now name its type,
/// <c>"CommissionAgreement.EffectiveFrom, CommissionPayment.PaymentDate, CommissionPayment.Id"</c>: each table takes its own
/// parts and the unqualified ones; a type that is none of the tables is IMF0010.
/// </summary>
public class Sample77Tests
{
    private const string Commissions = """
        #nullable enable
        namespace Commissions;

        public sealed record Agreement(int Id, long SiteId, DateTime EffectiveFrom, string Name);
        public sealed record Payment(int Id, long SiteId, DateTime PaymentDate, string Note);

        """;

    private const string Members = """
        {
            Task<IReadOnlyList<Agreement>> GetAgreementsAsync(long? siteId, CancellationToken cancellationToken);
            Task<IReadOnlyList<Payment>> GetPaymentsAsync(long? siteId, CancellationToken cancellationToken);
            Task<Agreement> AddAgreementAsync(Agreement agreement, CancellationToken cancellationToken);
            Task<Payment> AddPaymentAsync(Payment payment, CancellationToken cancellationToken);
        }
        """;

    [Fact]
    public void Each_table_of_a_repository_of_several_entity_types_lists_in_the_order_its_own_parts_name()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Commissions
            + "[InMemoryFake(DefaultOrder = \"Agreement.EffectiveFrom, Payment.PaymentDate, Payment.Id desc\")]\npublic interface ICommissionStore\n" + Members);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using System.Threading;
            using Commissions;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    ICommissionStore store = new InMemoryCommissionStore();
                    var none = CancellationToken.None;
                    store.AddAgreementAsync(new Agreement(0, 7, new DateTime(2026, 6, 1), "june"), none).GetAwaiter().GetResult();
                    store.AddAgreementAsync(new Agreement(0, 7, new DateTime(2026, 1, 1), "january"), none).GetAwaiter().GetResult();
                    store.AddAgreementAsync(new Agreement(0, 8, new DateTime(2025, 1, 1), "site 8"), none).GetAwaiter().GetResult();
                    var agreements = store.GetAgreementsAsync(null, none).GetAwaiter().GetResult();
                    Is("site 8,january,june", string.Join(",", agreements.Select(a => a.Name)), "agreements come by EffectiveFrom, not as added");
                    Is("january,june", string.Join(",", store.GetAgreementsAsync(7, none).GetAwaiter().GetResult().Select(a => a.Name)), "a site's too");

                    store.AddPaymentAsync(new Payment(0, 7, new DateTime(2026, 2, 10), "feb 10"), none).GetAwaiter().GetResult();
                    store.AddPaymentAsync(new Payment(0, 7, new DateTime(2026, 2, 5), "feb 5 a"), none).GetAwaiter().GetResult();
                    store.AddPaymentAsync(new Payment(0, 7, new DateTime(2026, 2, 5), "feb 5 b"), none).GetAwaiter().GetResult();
                    var payments = store.GetPaymentsAsync(7, none).GetAwaiter().GetResult();
                    Is("feb 5 b,feb 5 a,feb 10", string.Join(",", payments.Select(p => p.Note)), "payments come by PaymentDate, then Id descending, by their own parts");
                }
            }
            """);
    }

    [Fact]
    public void A_table_no_part_names_keeps_insertion_order_beside_one_that_is_ordered()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Commissions
            + "[InMemoryFake(DefaultOrder = \"Agreement.EffectiveFrom\")]\npublic interface ICommissionStore\n" + Members);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using System.Threading;
            using Commissions;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    ICommissionStore store = new InMemoryCommissionStore();
                    var none = CancellationToken.None;
                    store.AddPaymentAsync(new Payment(0, 7, new DateTime(2026, 2, 10), "feb 10"), none).GetAwaiter().GetResult();
                    store.AddPaymentAsync(new Payment(0, 7, new DateTime(2026, 2, 5), "feb 5 a"), none).GetAwaiter().GetResult();
                    Is("feb 10,feb 5 a", string.Join(",", store.GetPaymentsAsync(null, none).GetAwaiter().GetResult().Select(p => p.Note)), "payments keep insertion order");
                    store.AddAgreementAsync(new Agreement(0, 7, new DateTime(2026, 6, 1), "june"), none).GetAwaiter().GetResult();
                    store.AddAgreementAsync(new Agreement(0, 7, new DateTime(2026, 1, 1), "january"), none).GetAwaiter().GetResult();
                    Is("january,june", string.Join(",", store.GetAgreementsAsync(null, none).GetAwaiter().GetResult().Select(a => a.Name)), "agreements come by EffectiveFrom");
                }
            }
            """);
    }

    [Fact]
    public void IMF0010_names_a_qualified_DefaultOrder_part_whose_type_is_none_of_the_tables()
        => Assert.Equal(
            "[InMemoryFake] on 'ICommissionStore': DefaultOrder = \"Agreement.EffectiveFrom, Paymnet.PaymentDate\": 'Paymnet' is none of the entity types ICommissionStore stores (Agreement, Payment)",
            Reported(Commissions, "DefaultOrder = \"Agreement.EffectiveFrom, Paymnet.PaymentDate\"", "ICommissionStore", Members));

    [Fact]
    public void IMF0010_names_a_qualified_part_that_is_not_the_entity_of_a_repository_of_one_type()
        => Assert.Equal(
            "[InMemoryFake] on 'IAgreements': DefaultOrder = \"Payment.PaymentDate\": 'Payment' is not the entity type IAgreements stores (Agreement)",
            Reported(Commissions, "DefaultOrder = \"Payment.PaymentDate\"", "IAgreements", "{ void Add(Agreement agreement); IReadOnlyList<Agreement> GetAll(); }"));

    [Fact]
    public void A_part_qualified_by_the_entity_of_a_repository_of_one_type_orders_it()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Commissions
            + "[InMemoryFake(DefaultOrder = \"Agreement.EffectiveFrom desc\")]\npublic interface IAgreements { void Add(Agreement agreement); IReadOnlyList<Agreement> GetAll(); }");

        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using Commissions;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IAgreements agreements = new InMemoryAgreements();
                    agreements.Add(new Agreement(0, 7, new DateTime(2026, 1, 1), "january"));
                    agreements.Add(new Agreement(0, 7, new DateTime(2026, 6, 1), "june"));
                    Is("june,january", string.Join(",", agreements.GetAll().Select(a => a.Name)), "the qualified part orders the one table, descending");
                }
            }
            """);
    }

    private static string Reported(string header, string attribute, string name, string members)
    {
        var run = GeneratorHarness.Run(Sources.Usings + header + "[InMemoryFake(" + attribute + ")]\npublic interface " + name + "\n" + members);
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Equal("InMemoryFake(" + attribute + ")", diagnostic.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).ToString(diagnostic.Location.SourceSpan));
        return diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }
}
