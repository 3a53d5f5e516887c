using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>Single()</c>, <c>SingleOrDefault()</c>, <c>HasItems()</c>, <c>HasAny()</c>, <c>HasEntries()</c>, <c>IsNotEmpty()</c> of an
/// entity repository read the whole table; with a parameter or a result that does not fit they are refused, and
/// <c>First()</c> (an order no name gives) stays refused.
/// </summary>
public class WholeTableReadTests
{
    private const string Row = Sources.Usings + """
        namespace Rows;

        public class Row
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void The_whole_table_reads_are_generated()
    {
        var run = GeneratorHarness.Run(Row + """
            [InMemoryFake]
            public interface IRows
            {
                void Add(Row row);
                bool HasItems();
                bool HasAny();
                Task<bool> HasEntriesAsync();
                bool IsNotEmpty();
                Row Single();
                Task<Row?> SingleOrDefaultAsync(CancellationToken cancellationToken = default);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_result_that_does_not_fit_is_refused_with_the_reason()
    {
        var run = GeneratorHarness.Run(Row + """
            [InMemoryFake]
            public interface IRows
            {
                void Add(Row row);
                int HasItems();
                string Single();
            }
            """);

        Assert.Equal(["IMF0001", "IMF0001"], run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("HasItems() must return bool (whether any entity is stored)", Message(run, "HasItems"), StringComparison.Ordinal);
        Assert.Contains("Single() must return the entity (LINQ's Single over every stored entity)", Message(run, "Single"), StringComparison.Ordinal);
    }

    [Fact]
    public void First_without_parameters_stays_refused()
    {
        var run = GeneratorHarness.Run(Row + """
            [InMemoryFake]
            public interface IRows
            {
                void Add(Row row);
                Row? FirstOrDefault();
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
    }
}
