using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes.Verification.Tests.Notes;

namespace InMemoryFakes.Verification.Tests.Contracts;

/// <summary>Keys the store assigns are paired between the two sides, never compared literally.</summary>
public sealed class StoreAssignedKeyTests
{
    [Fact]
    public async Task A_store_that_assigns_different_ids_agrees_when_it_behaves_the_same()
    {
        var report = await FakeContract.For<INoteStore>().RunAsync(() => new SparseIdNoteStore(), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.ToString());
        Assert.True(report.Coverage.Single(c => c.Member == "Find").Outcomes.GetValueOrDefault("returned") > 0);
    }

    [Fact]
    public async Task A_lookup_that_returns_another_entity_is_caught_and_the_repro_refers_to_entities_by_variable()
    {
        var report = await FakeContract.For<INoteStore>().CheckAsync(() => new OffByOneNoteStore(), TestContext.Current.CancellationToken);

        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.Equal("Find", difference.Member);
        var calls = difference.Calls.Where(c => !c.StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.InRange(calls.Count, 2, 3);
        Assert.StartsWith("var note1 = repository.Add(new Note {", calls[0], StringComparison.Ordinal);
        Assert.Matches(@"^var result = repository\.Find\(note\d\.Id\);$", calls[^1]);
    }
}
