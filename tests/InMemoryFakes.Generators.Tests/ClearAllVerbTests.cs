using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>ClearAll</c> and <c>PurgeAll</c> with no parameters remove every entity of an entity repository, as <c>Clear</c> and
/// <c>DeleteAll</c> do (h-sample37's round: Shoko's <c>IJobRepository.ClearAllAsync()</c>, "Removes all waiting jobs
/// (truncates the table)", was "not a known verb"; a key-value store already read <c>ClearAll</c> so).
/// </summary>
public class ClearAllVerbTests
{
    private const string Jobs = Sources.Usings + """
        #nullable enable
        namespace Queue;

        public class QueuedJob
        {
            public Guid Id { get; set; }
            public string JobKey { get; set; } = "";
        }

        """;

    [Fact]
    public void ClearAll_and_PurgeAll_remove_every_entity_and_PurgeAll_counts_them()
    {
        var run = GeneratorHarness.Run(Jobs + """
            [InMemoryFake]
            public interface IJobRepository
            {
                Task<List<QueuedJob>> LoadAllAsync(CancellationToken ct = default);
                Task InsertBatchAsync(IReadOnlyCollection<QueuedJob> jobs, CancellationToken ct = default);
                Task ClearAllAsync(CancellationToken ct = default);
                int PurgeAllQueuedJobs();
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Threading;
            using Queue;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var jobs = new InMemoryJobRepository();
                    jobs.InsertBatchAsync(new[] { new QueuedJob { Id = Guid.NewGuid(), JobKey = "a" }, new QueuedJob { Id = Guid.NewGuid(), JobKey = "b" } }).GetAwaiter().GetResult();
                    jobs.ClearAllAsync().GetAwaiter().GetResult();
                    Is(0, jobs.LoadAllAsync().GetAwaiter().GetResult().Count, "ClearAllAsync removes every job");
                    jobs.ClearAllAsync().GetAwaiter().GetResult();
                    Is(0, jobs.LoadAllAsync().GetAwaiter().GetResult().Count, "and an empty table stays empty");

                    jobs.InsertBatchAsync(new[] { new QueuedJob { Id = Guid.NewGuid(), JobKey = "c" }, new QueuedJob { Id = Guid.NewGuid(), JobKey = "d" }, new QueuedJob { Id = Guid.NewGuid(), JobKey = "e" } }).GetAwaiter().GetResult();
                    Is(3, jobs.PurgeAllQueuedJobs(), "PurgeAll… answers how many it removed");
                    Is(0, jobs.LoadAllAsync().GetAwaiter().GetResult().Count, "and removes every job");

                    using var cancelled = new CancellationTokenSource();
                    cancelled.Cancel();
                    jobs.InsertBatchAsync(new[] { new QueuedJob { Id = Guid.NewGuid(), JobKey = "f" } }).GetAwaiter().GetResult();
                    Throws<OperationCanceledException>(() => jobs.ClearAllAsync(cancelled.Token).GetAwaiter().GetResult(), null, "a cancelled ClearAllAsync throws");
                    Is(1, jobs.LoadAllAsync().GetAwaiter().GetResult().Count, "and removes nothing");
                }
            }
            """);
    }

    [Fact]
    public void ClearAll_with_a_parameter_is_refused_as_a_clear_that_takes_one()
    {
        var run = GeneratorHarness.Run(Jobs + """
            [InMemoryFake]
            public interface IJobs
            {
                QueuedJob? Get(Guid id);
                void Add(QueuedJob job);
                void ClearAll(string jobKey);
            }
            """);

        var message = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001").GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("'ClearAll' of IJobs matches no entity repository convention: it takes a parameter, 'jobKey', where ClearAll without parameters removes every QueuedJob", message, StringComparison.Ordinal);
        Assert.Contains("'jobKey' names QueuedJob's JobKey", message, StringComparison.Ordinal);
    }
}
