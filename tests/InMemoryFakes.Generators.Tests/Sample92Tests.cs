using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample92 (session 32), an out-of-sample round on MongoDB-based applications and libraries. Tharga.MongoDB's
/// collections have <c>Task&lt;long&gt; EstimatedCountAsync()</c>, the driver's <c>EstimatedDocumentCountAsync</c>: an
/// estimate of the count, which the real store reads from the collection's metadata. It was "not a known verb". An
/// <c>EstimatedCount</c> is now read as the count it estimates (with the count's forms: every row, a predicate, a derived
/// query), since the fake's exact count is the estimate every store converges to and no test can tell the two apart
/// (docs/generator.md, entity repository).
/// </summary>
public class Sample92Tests
{
    private const string Sweeps = Sources.Usings + """
        using System.Linq.Expressions;
        namespace Sweeps;
        public class SweepTask { public int Id { get; set; } public string TenantId { get; set; } = ""; public int AttemptCount { get; set; } }

        """;

    [Fact]
    public void An_estimated_count_is_the_count_of_every_row()
    {
        var run = GeneratorHarness.Run(Sweeps + """
            public interface ISweepTasks
            {
                Task AddAsync(SweepTask task, CancellationToken cancellationToken = default);
                Task<long> EstimatedCountAsync(CancellationToken cancellationToken = default);
                int EstimatedCount();
                Task DeleteAsync(int id);
            }
            [InMemoryFake(typeof(ISweepTasks))] public partial class FakeSweepTasks { }
            """);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, """
            using InMemoryFakes;
            using Sweeps;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var tasks = new FakeSweepTasks();
                    Expect.Is(0L, tasks.EstimatedCountAsync().GetAwaiter().GetResult(), "a new collection's estimated count is 0");
                    tasks.AddAsync(new SweepTask { Id = 1, TenantId = "a" }).GetAwaiter().GetResult();
                    tasks.AddAsync(new SweepTask { Id = 2, TenantId = "b" }).GetAwaiter().GetResult();
                    tasks.AddAsync(new SweepTask { Id = 3, TenantId = "a" }).GetAwaiter().GetResult();
                    Expect.Is(3L, tasks.EstimatedCountAsync().GetAwaiter().GetResult(), "EstimatedCountAsync answers how many are stored");
                    Expect.Is(3, tasks.EstimatedCount(), "and so does the synchronous int form");
                    tasks.DeleteAsync(2).GetAwaiter().GetResult();
                    Expect.Is(2L, tasks.EstimatedCountAsync().GetAwaiter().GetResult(), "a removal lowers it");
                }
            }
            """);
    }

    [Fact]
    public void An_estimated_count_with_a_condition_is_refused_as_no_estimate_any_store_makes()
    {
        var run = GeneratorHarness.Run(Sweeps + """
            [InMemoryFake]
            public interface ISweepTaskCounts
            {
                void Add(SweepTask task);
                SweepTask? Get(int id);
                long EstimatedCount(Expression<Func<SweepTask, bool>> predicate);
                int EstimatedCountByTenantId(string tenantId);
                Task<long> EstimatedCountAsync(string tenantId);
            }
            """);

        const string Cause = "an estimated count is read only without parameters (the count of every row, as MongoDB's EstimatedDocumentCountAsync reads it from the collection's metadata, which takes no filter); count the matches with Count(predicate) or CountBy{Property}(value)";
        Refusals.Exactly(run, ("EstimatedCount", Cause), ("EstimatedCountByTenantId", Cause), ("EstimatedCountAsync", Cause));
    }

    [Fact]
    public void An_estimated_count_that_returns_no_count_is_refused_as_a_count_is()
    {
        var run = GeneratorHarness.Run(Sweeps + """
            [InMemoryFake]
            public interface ISweepTaskEstimates
            {
                void Add(SweepTask task);
                SweepTask? Get(int id);
                string EstimatedCount();
            }
            """);

        Refusals.Exactly(run, ("EstimatedCount", "Count must return int or long"));
    }
}
