using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures.QueryRunners;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Query executors named as EF Core's (<c>ToListAsync&lt;T&gt;(IQueryable&lt;T&gt; query)</c>, <c>FirstOrDefaultAsync</c>,
/// <c>SingleOrDefaultAsync</c>, <c>Count</c>…) run the caller's query as the real store's executor of that name does.
/// </summary>
public class QueryRunnerTests
{
    private static async Task<IConfigurationEntries> SeededAsync()
    {
        IConfigurationEntries entries = new InMemoryConfigurationEntries();
        await entries.AddAsync(new ConfigurationEntry { Id = Guid.NewGuid(), Key = "Theme", Value = "dark" }, TestContext.Current.CancellationToken);
        await entries.AddAsync(new ConfigurationEntry { Id = Guid.NewGuid(), Key = "Lang", Value = "en" }, TestContext.Current.CancellationToken);
        return entries;
    }

    [Fact]
    public async Task The_executors_run_the_query_built_on_the_queryable()
    {
        var entries = await SeededAsync();

        Assert.Equal(["Lang"], (await entries.ToListAsync(entries.GetAll().Where(e => e.Value == "en").Select(e => e.Key), TestContext.Current.CancellationToken)).ToArray());
        Assert.Equal("dark", (await entries.FirstOrDefaultAsync(entries.GetAll().Where(e => e.Key == "Theme")))!.Value);
        Assert.Null(await entries.FirstOrDefaultAsync(entries.GetAll().Where(e => e.Key == "None")));
        Assert.Null(await entries.SingleOrDefaultAsync(entries.GetAll().Where(e => e.Key == "None")));
        Assert.Equal(2, entries.Count(entries.GetAll()));
    }

    [Fact]
    public async Task SingleOrDefault_of_more_than_one_throws_and_a_null_query_is_named()
    {
        var entries = await SeededAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => entries.SingleOrDefaultAsync(entries.GetAll()));
        Assert.Equal("query", (await Assert.ThrowsAsync<ArgumentNullException>(() => entries.ToListAsync<ConfigurationEntry>(null!, TestContext.Current.CancellationToken))).ParamName);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => entries.ToListAsync(entries.GetAll(), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void An_executor_whose_result_is_not_the_executor_s_stays_refused()
    {
        // ToListAsync returning T (not a list) is no EF Core executor: its meaning is not the name's.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Runners;

            public class Entry { public Guid Id { get; set; } }

            [InMemoryFake]
            public interface IEntries
            {
                void Add(Entry entry);
                Task<T> ToListAsync<T>(IQueryable<T> query);
            }
            """);

        Assert.Equal(["ToListAsync"], run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]).ToArray());
    }
}
