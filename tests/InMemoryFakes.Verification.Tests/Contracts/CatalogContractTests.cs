using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes.Contracts;
using InMemoryFakes.Verification.Tests.Catalog;

namespace InMemoryFakes.Verification.Tests.Contracts;

public sealed class CatalogContractTests
{
    private static FakeContract<IProductCatalog> Contract() => FakeContract.For<IProductCatalog>();

    [Fact]
    public async Task EF_Core_on_SQLite_agrees_with_the_fake()
    {
        var report = await Contract().RunAsync(() => new EfProductCatalog(), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.ToString());
        Assert.Equal(100, report.Sequences);
        Assert.Empty(report.LeftOut);
    }

    [Fact]
    public async Task Sequences_reach_every_member_and_its_error_paths()
    {
        var report = await Contract().RunAsync(() => new EfProductCatalog(), TestContext.Current.CancellationToken);

        var coverage = report.Coverage.ToDictionary(c => c.Member);
        Assert.All(InMemoryProductCatalog__Contract.Descriptor.Operations, o => Assert.True(coverage[o.Member].Calls > 0, o.Member + " was never called"));
        Assert.True(coverage["AddAsync"].Outcomes.GetValueOrDefault("Duplicate") > 0, "no Add hit a taken key");
        Assert.True(coverage["Get"].Outcomes.GetValueOrDefault("NotFound") > 0, "no Get missed");
        Assert.True(coverage["Get"].Outcomes.GetValueOrDefault("returned") > 0, "no Get hit");
    }

    [Fact]
    public async Task An_Add_that_overwrites_a_taken_key_is_caught_with_a_two_call_repro()
    {
        var report = await Contract().CheckAsync(() => new OverwritingAddCatalog(), TestContext.Current.CancellationToken);

        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.Equal("AddAsync", difference.Member);
        Assert.StartsWith("threw Duplicate", difference.Expected);
        Assert.Equal("completed", difference.Actual);
        Assert.Equal(2, difference.Calls.Count(c => !c.StartsWith("//", System.StringComparison.Ordinal)));
        Assert.StartsWith("await repository.AddAsync(new Product {", difference.Calls[0]);
    }

    [Fact]
    public async Task A_Find_that_ignores_case_is_caught_with_a_two_call_repro()
    {
        var report = await Contract().CheckAsync(() => new CaseInsensitiveFindCatalog(), TestContext.Current.CancellationToken);

        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.Equal("FindAsync", difference.Member);
        Assert.Equal("returned null", difference.Expected);
        Assert.StartsWith("returned Product {", difference.Actual);
        var calls = difference.Calls.Where(c => !c.StartsWith("//", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(2, calls.Count);
        Assert.Contains("AddAsync", calls[0]);
        Assert.Contains("var result = await repository.FindAsync(", calls[1]);
    }

    [Fact]
    public async Task A_Delete_that_reports_true_for_a_missing_key_is_caught_with_a_one_call_repro()
    {
        var report = await Contract().CheckAsync(() => new AlwaysTrueDeleteCatalog(), TestContext.Current.CancellationToken);

        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.Equal("DeleteAsync", difference.Member);
        Assert.Equal("returned false", difference.Expected);
        Assert.Equal("returned true", difference.Actual);
        Assert.Single(difference.Calls, c => !c.StartsWith("//", System.StringComparison.Ordinal));
        Assert.Contains($"Replay({difference.SequenceSeed})", difference.Snippet);
    }

    [Fact]
    public async Task An_EF_Core_update_of_a_missing_row_is_classified_as_a_conflict_and_caught()
    {
        var report = await Contract().CheckAsync(() => new TrackedUpdateCatalog(), TestContext.Current.CancellationToken);

        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.Equal("UpdateAsync", difference.Member);
        Assert.Equal("returned false", difference.Expected);
        Assert.StartsWith("threw Conflict (DbUpdateConcurrencyException", difference.Actual, System.StringComparison.Ordinal);
        Assert.Single(difference.Calls, c => !c.StartsWith("//", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reported_seed_replays_the_same_difference()
    {
        var first = await Contract().CheckAsync(() => new OverwritingAddCatalog(), TestContext.Current.CancellationToken);
        var seed = first.Difference!.SequenceSeed;

        var replayed = await Contract().Replay(seed).CheckAsync(() => new OverwritingAddCatalog(), TestContext.Current.CancellationToken);

        Assert.Equal(1, replayed.Sequences);
        Assert.Equal(first.Difference.Snippet, replayed.Difference!.Snippet);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_sequences()
    {
        var one = await Contract().WithSeed(7).WithSequences(5).CheckAsync(() => new CaseInsensitiveFindCatalog(), TestContext.Current.CancellationToken);
        var two = await Contract().WithSeed(7).WithSequences(5).CheckAsync(() => new CaseInsensitiveFindCatalog(), TestContext.Current.CancellationToken);

        Assert.Equal(one.ToString(), two.ToString());
    }
}
