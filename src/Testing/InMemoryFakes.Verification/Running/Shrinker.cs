using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Running;

/// <summary>
/// Makes a failing sequence small: first fewer calls (dropping chunks, then single calls), then simpler arguments
/// (shorter text, zero, null, fewer bytes), keeping every change after which the fake and the real still differ.
/// Bounded by a number of replays and a time budget, so it always ends.
/// </summary>
internal sealed class Shrinker(ContractDescriptor descriptor, Func<IReadOnlyList<Step>, CancellationToken, Task<Execution>> replay, int maxReplays, TimeSpan budget)
{
    public int Replays { get; private set; }

    public async Task<(List<Step> Steps, Execution Execution)> ShrinkAsync(List<Step> steps, Execution failing, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var best = Truncate(steps, failing);
        var bestExecution = failing;

        bool CanTry() => Replays < maxReplays && clock.Elapsed < budget;

        async Task<bool> TryAsync(List<Step> candidate)
        {
            if (!CanTry())
            {
                return false;
            }

            Replays++;
            var execution = await replay(candidate, cancellationToken).ConfigureAwait(false);
            if (!execution.Differs)
            {
                return false;
            }

            best = Truncate(candidate, execution);
            bestExecution = execution;
            return true;
        }

        // Fewer calls: chunks from half the sequence down to single calls; the last call (where it differs) may go too.
        for (var chunk = Math.Max(1, best.Count / 2); chunk >= 1 && CanTry(); chunk /= 2)
        {
            for (var start = 0; start < best.Count && CanTry();)
            {
                if (best.Count - chunk < 1)
                {
                    break;
                }

                var candidate = new List<Step>(best);
                candidate.RemoveRange(start, Math.Min(chunk, candidate.Count - start));
                if (!await TryAsync(candidate).ConfigureAwait(false))
                {
                    start += chunk;
                }
            }
        }

        // Simpler arguments, until nothing simplifies.
        for (var progress = true; progress && CanTry();)
        {
            progress = false;
            for (var s = 0; s < best.Count && CanTry(); s++)
            {
                var step = best[s];
                for (var a = 0; a < step.Arguments.Count && CanTry(); a++)
                {
                    foreach (var simpler in Simpler(step.Operation.Parameters.Count > a ? step.Operation.Parameters[a] : null, step.Arguments[a]))
                    {
                        var candidate = new List<Step>(best);
                        candidate[s] = step.With(a, simpler);
                        if (await TryAsync(candidate).ConfigureAwait(false))
                        {
                            progress = true;
                            break;
                        }
                    }

                    if (s >= best.Count)
                    {
                        break;
                    }

                    step = best[s];
                }
            }
        }

        return (best, bestExecution);
    }

    private static List<Step> Truncate(List<Step> steps, Execution execution)
    {
        var list = new List<Step>(execution.Records.Count);
        foreach (var record in execution.Records)
        {
            list.Add(steps[record.Position]);
        }

        return list;
    }

    private IEnumerable<ContractValue> Simpler(ContractParameter? parameter, ContractValue value)
    {
        switch (value)
        {
            case LiteralValue literal when parameter is not null && parameter.Role != ContractParameterRole.CancellationToken:
                foreach (var simpler in ValueGenerators.Simpler(literal.Value, parameter.IsNullable && parameter.Role is ContractParameterRole.QueryArgument or ContractParameterRole.TimeToLive))
                {
                    yield return new LiteralValue(simpler);
                }

                break;
            case EntityValue entity when descriptor.Entity is { } shape:
                for (var i = 0; i < entity.Properties.Count; i++)
                {
                    var property = shape.Properties[i];
                    if (property.IsKey || property.IsConcurrencyToken || entity.Properties[i] is not LiteralValue literal)
                    {
                        continue;
                    }

                    foreach (var simpler in ValueGenerators.Simpler(literal.Value, property.IsNullable))
                    {
                        var properties = new ContractValue[entity.Properties.Count];
                        for (var j = 0; j < properties.Length; j++)
                        {
                            properties[j] = j == i ? new LiteralValue(simpler) : entity.Properties[j];
                        }

                        yield return new EntityValue(properties);
                    }
                }

                break;
        }
    }
}
