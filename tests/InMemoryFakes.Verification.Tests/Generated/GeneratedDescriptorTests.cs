using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Tests.Generated;

/// <summary>The descriptor the generator registers, at run time: members written by hand are classified by their names and checked.</summary>
public sealed class GeneratedDescriptorTests
{
    [Fact]
    public void The_generator_registers_the_descriptor_of_every_fake()
    {
        var descriptor = ContractDescriptors.Find<ILabels>();

        Assert.NotNull(descriptor);
        Assert.Same(InMemoryLabels__Contract.Descriptor, descriptor);
        Assert.Equal("ILabels", descriptor.Name);
        Assert.IsType<InMemoryLabels>(descriptor.CreateFake(null));
    }

    [Fact]
    public void A_hand_written_member_with_a_conventional_name_is_classified_and_one_without_is_not()
    {
        var descriptor = InMemoryLabels__Contract.Descriptor;

        var query = Assert.Single(descriptor.Operations, static o => o.Member == "FindByColorOrderByText");
        Assert.Equal(ContractOperationKind.EntityQuery, query.Kind);
        Assert.Equal("Color", query.Parameters[0].Property);
        Assert.Equal(new ContractOrdering("Text", Descending: false), Assert.Single(query.Result.OrderBy));
        var summary = Assert.Single(descriptor.Unclassified);
        Assert.Equal(new ContractUnclassifiedMember("Summary", "hand-written; no convention"), summary);
    }

    [Fact]
    public async Task The_contract_calls_the_hand_written_member_and_agrees_with_a_real_store()
    {
        var report = await FakeContract.For<ILabels>().Exclude("Summary").RunAsync(() => new ListLabels(), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.ToString());
        Assert.True(report.Coverage.Single(static c => c.Member == "FindByColorOrderByText").Outcomes.GetValueOrDefault("returned") > 0);
        Assert.Contains(report.LeftOut, static m => m.StartsWith("Summary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_contract_compares_the_hand_written_member_with_the_real_one()
    {
        var report = await FakeContract.For<ILabels>().Exclude("Summary").CheckAsync(() => new ListLabels(descending: true), TestContext.Current.CancellationToken);

        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.Equal("FindByColorOrderByText", difference.Member);
        Assert.InRange(difference.Calls.Count(static c => !c.StartsWith("//", StringComparison.Ordinal)), 3, 4); // two labels of one color and the query
    }

    [Fact]
    public async Task An_unclassified_member_is_refused_by_name_until_excluded()
    {
        var error = await Assert.ThrowsAsync<ContractSetupException>(() => FakeContract.For<ILabels>().RunAsync(() => new ListLabels(), TestContext.Current.CancellationToken));

        Assert.Contains("Summary (hand-written; no convention)", error.Message, StringComparison.Ordinal);
    }
}
