using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Running;

/// <summary>Counts, per member, the outcomes of the calls a run made on the fake.</summary>
internal sealed class CoverageCounter(IReadOnlyList<ContractOperation> operations)
{
    private readonly Dictionary<string, Dictionary<string, int>> _outcomes = new();

    public void Add(Execution execution)
    {
        foreach (var record in execution.Records)
        {
            if (record.Step.Advance is not null)
            {
                continue;
            }

            var member = record.Step.Operation.Member;
            if (!_outcomes.TryGetValue(member, out var counts))
            {
                _outcomes[member] = counts = new Dictionary<string, int>();
            }

            var outcome = record.Fake.Threw ? record.Fake.Kind?.ToString() ?? record.Fake.Error!.GetType().Name : "returned";
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        }
    }

    public IReadOnlyList<ContractMemberCoverage> Result()
        => operations.Select(o => o.Member).Distinct()
            .Select(m => _outcomes.TryGetValue(m, out var counts)
                ? new ContractMemberCoverage(m, counts.Values.Sum(), counts.OrderBy(c => c.Key, System.StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value))
                : new ContractMemberCoverage(m, 0, new Dictionary<string, int>()))
            .ToList();
}
