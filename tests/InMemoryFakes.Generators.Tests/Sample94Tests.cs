using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample94 (session 32), persistence layers. The five sampled interfaces (an outbox transaction, a logger registry,
/// Akka.Persistence.Sql's journal DAO, two storage sessions) were refused whole, rightly. A journal written as a derived
/// query, <c>GetByPersistenceIdAndSequenceNumber(string persistenceId, long fromSequenceNumber)</c> (the rows of a
/// persistence id from a sequence number on, as the DAO's <c>Messages(persistenceId, fromSequenceNr, …)</c> reads
/// them), was generated as <c>SequenceNumber == fromSequenceNumber</c>: a name's conditions took the parameters by
/// their place and never read their names. A parameter named as an end of a range of the property its equality
/// compares (<c>minPrice</c>, <c>fromSequenceNumber</c>, <c>occurredAtTo</c>, <c>since</c>), or named after the property
/// another condition of the name compares (<c>GetByCategoryAndName(string name, string category)</c>), is refused now
/// (IMF0018): a repository's body compares by name.
/// </summary>
public class Sample94Tests
{
    private const string Rows = Sources.Usings + """
        namespace V;

        public class JournalRow
        {
            public long Ordering { get; set; }
            public string PersistenceId { get; set; } = "";
            public long SequenceNumber { get; set; }
            public string Category { get; set; } = "";
            public string Name { get; set; } = "";
            public decimal Price { get; set; }
            public DateTime OccurredAt { get; set; }
            public long StartNumber { get; set; }
            public DateTime StartTime { get; set; }
            public DateTime ValidFrom { get; set; }
            public string Sender { get; set; } = "";
            public int CustomerId { get; set; }
        }

        """;

    private static GeneratorRun Run(string members)
        => GeneratorHarness.Run(Rows + "[InMemoryFake(Key = \"Ordering\")]\npublic interface IJournal\n{\n    void Add(JournalRow row);\n" + members + "\n}\n");

    private static string Hint(string member, string arguments) => "; fix the parameters, or implement it in the partial class InMemoryJournal, where its Store property reaches the fake's table in one line: Store.Call(nameof(" + member + "), " + arguments + ") joins the call log and fault injection (docs/generator.md#hand-written-members)";

    [Fact]
    public void A_derived_equality_given_a_parameter_named_from_its_property_is_refused_with_the_names_to_write()
    {
        var run = Run("    List<JournalRow> GetByPersistenceIdAndSequenceNumber(string persistenceId, long fromSequenceNumber);");
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(("IMF0018", DiagnosticSeverity.Error, "GetByPersistenceIdAndSequenceNumber"), (diagnostic.Id, diagnostic.Severity, Refusals.PointedAt(diagnostic)));
        Assert.Equal(
            "'GetByPersistenceIdAndSequenceNumber' of IJournal: parameter 'fromSequenceNumber' is bound by its place to the name's equality on SequenceNumber, but 'from' in its name says a lower end of a range of SequenceNumber, which the name does not state (whether that end is included is the real query's choice); name the comparison (SequenceNumberGreaterThanEqual, SequenceNumberBetween with minSequenceNumber and maxSequenceNumber) or name the parameter sequenceNumber for equality, or write the member"
                + Hint("GetByPersistenceIdAndSequenceNumber", "persistenceId, fromSequenceNumber"),
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("List<JournalRow> GetByPrice(decimal minPrice);", "GetByPrice", "'min' in its name says a lower end of a range of Price")]
    [InlineData("List<JournalRow> GetByCategoryAndPrice(string category, decimal maxPrice);", "GetByCategoryAndPrice", "'max' in its name says an upper end of a range of Price")]
    [InlineData("int CountByPrice(decimal priceMin);", "CountByPrice", "'Min' in its name says a lower end of a range of Price")]
    [InlineData("List<JournalRow> FindByOccurredAt(DateTime occurredAtTo);", "FindByOccurredAt", "'To' in its name says an upper end of a range of OccurredAt")]
    [InlineData("List<JournalRow> GetByOccurredAt(DateTime since);", "GetByOccurredAt", "'since' in its name says a lower end of a range of OccurredAt")]
    [InlineData("void DeleteBySequenceNumber(long upToSequenceNumber);", "DeleteBySequenceNumber", "'upTo' in its name says an upper end of a range of SequenceNumber")]
    [InlineData("Task<List<JournalRow>> FindBySequenceNumberAsync(long startSequenceNumber);", "FindBySequenceNumberAsync", "'start' in its name says a lower end of a range of SequenceNumber")]
    [InlineData("bool ExistsByPersistenceIdAndOccurredAt(string persistenceId, DateTime? after);", "ExistsByPersistenceIdAndOccurredAt", "'after' in its name says a lower end of a range of OccurredAt")]
    public void A_derived_equality_given_an_end_of_a_range_in_its_place_is_refused(string member, string name, string cause)
    {
        var run = Run("    " + member);
        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "IMF0018 " + name }, Refusals.Listed(run));
        Assert.Contains(cause, run.GeneratorDiagnostics.Single(static d => d.Severity != DiagnosticSeverity.Info).GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_declared_in_another_order_than_the_names_conditions_are_refused()
    {
        var run = Run("    List<JournalRow> GetByCategoryAndName(string name, string category);");
        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "IMF0018 GetByCategoryAndName" }, Refusals.Listed(run));
        Assert.Equal(
            "'GetByCategoryAndName' of IJournal: parameter 'name' is bound by its place to the name's condition on Category, but it is named after Name, which another condition of the name compares: the parameters are declared in another order than the name's conditions, and a repository's body compares by name; declare them in the name's order (category, name), or write the member"
                + Hint("GetByCategoryAndName", "name, category"),
            run.GeneratorDiagnostics.Single(static d => d.Severity != DiagnosticSeverity.Info).GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Names_that_agree_with_the_conditions_an_operator_the_name_states_and_text_still_generate_and_behave()
    {
        var run = Run("""
                List<JournalRow> GetByPersistenceIdAndSequenceNumber(string persistenceId, long sequenceNumber);
                List<JournalRow> GetByPersistenceIdAndSequenceNumberGreaterThanEqual(string persistenceId, long fromSequenceNumber);
                List<JournalRow> FindByStartNumber(long startNumber);
                List<JournalRow> FindBySender(string from);
                List<JournalRow> FindByStartTime(DateTime start);
                List<JournalRow> FindByValidFrom(DateTime from);
                List<JournalRow> GetByCustomerId(int id);
                List<JournalRow> GetByNameAndCategory(string name, string category);
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var journal = new InMemoryJournal();
                    for (var n = 1; n <= 3; n++)
                    {
                        journal.Add(new JournalRow { PersistenceId = "order-1", SequenceNumber = n, StartNumber = 10 + n, Sender = "billing", CustomerId = 7, Name = "placed", Category = "orders" });
                    }

                    journal.Add(new JournalRow { StartTime = new DateTime(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc), ValidFrom = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), PersistenceId = "order-2", SequenceNumber = 2, StartNumber = 10, Sender = "shipping", CustomerId = 8, Name = "orders", Category = "placed" });
                    Is(1, journal.GetByPersistenceIdAndSequenceNumber("order-1", 2).Count, "an equality named after its property compares it");
                    Is(2L, journal.GetByPersistenceIdAndSequenceNumber("order-1", 2)[0].SequenceNumber, "and finds that row");
                    Is(2, journal.GetByPersistenceIdAndSequenceNumberGreaterThanEqual("order-1", 2).Count, "an operator the name states is the name's, whatever the parameter is called");
                    Is(1, journal.FindByStartNumber(11).Count, "startNumber named exactly after StartNumber is its equality");
                    Is(1, journal.FindBySender("shipping").Count, "'from' on text is no end of a range: FindBySender(from) compares Sender");
                    Is(1, journal.FindByStartTime(new DateTime(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc)).Count, "'start' alone for StartTime is the property's own word: its equality");
                    Is(1, journal.FindByValidFrom(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)).Count, "and 'from' for ValidFrom");
                    Is(3, journal.GetByCustomerId(7).Count, "GetByCustomerId(int id) compares CustomerId, as before");
                    Is(3, journal.GetByNameAndCategory("placed", "orders").Count, "parameters in the name's order compare as named");
                    Is(1, journal.GetByNameAndCategory("orders", "placed").Count, "and not swapped");
                }
            }
            """);
    }
}
