using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A removal by a collection of keys that returns the entities it removed (FluentCMS's
/// <c>Task&lt;IEnumerable&lt;TEntity&gt;&gt; DeleteMany(IEnumerable&lt;Guid&gt; ids)</c>): generated only when ByKeysOrder = Stored
/// says the order of that list, refused otherwise.
/// </summary>
public class RemovedByKeysTests
{
    private static string Source(string settings) => Sources.Usings + """
        namespace Pages;

        public class Page
        {
            public Guid Id { get; set; }
            public string Title { get; set; } = "";
        }

        [InMemoryFake
        """ + settings + """
        ]
        public interface IPages
        {
            Task<Page?> Create(Page page, CancellationToken cancellationToken = default);
            Task<IEnumerable<Page>> DeleteMany(IEnumerable<Guid> ids, CancellationToken cancellationToken = default);
        }
        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Removed_entities_by_keys_are_generated_when_ByKeysOrder_is_Stored()
    {
        var run = GeneratorHarness.Run(Source("(ByKeysOrder = ByKeysOrder.Stored)"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics.Where(static d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public void Removed_entities_by_keys_compile_under_a_deferred_unit_of_work_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Deferred;

            public class Page
            {
                public Guid Id { get; set; }
                public string Title { get; set; } = "";
            }

            [InMemoryFake(ByKeysOrder = ByKeysOrder.Stored, UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
            public interface IPages
            {
                void Add(Page page);
                Page[] DeleteMany(IList<Guid> ids);
                Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics.Where(static d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public void Removed_entities_by_keys_are_refused_without_ByKeysOrder_because_their_order_is_the_stores_own()
    {
        var run = GeneratorHarness.Run(Source(""));

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'DeleteMany' of IPages matches no entity repository convention: it returns the Page entities it removed by a collection of keys, and their order is the store's own (the table's, as a Contains query read before the removal gives them, or the keys'); state ByKeysOrder = ByKeysOrder.Stored on [InMemoryFake] when it is the table's (KeysGiven is not supported for removals), return the number removed, or write the member. Implement it", Message(run, "DeleteMany"), StringComparison.Ordinal);
    }

    [Fact]
    public void Removed_entities_by_keys_are_refused_under_ByKeysOrder_KeysGiven()
    {
        var run = GeneratorHarness.Run(Source("(ByKeysOrder = ByKeysOrder.KeysGiven)"));

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("KeysGiven is not supported for removals", Message(run, "DeleteMany"), StringComparison.Ordinal);
    }
}
