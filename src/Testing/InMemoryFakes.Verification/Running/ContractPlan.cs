using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Running;

/// <summary>The settings of one contract run, checked and frozen before the first sequence.</summary>
internal sealed class ContractPlan
{
    public required IReadOnlyList<ContractOperation> Operations { get; init; }

    public required IReadOnlyList<string> LeftOut { get; init; }

    public required IReadOnlyDictionary<Type, Func<ContractRandom, object?>> TypeGenerators { get; init; }

    public required ErrorClassifier Errors { get; init; }

    public required IReadOnlyDictionary<Type, Func<object, string>> Renderers { get; init; }

    public Func<object, TimeSpan, ValueTask>? AdvanceRealClock { get; init; }

    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan FactoryTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public bool HasGenerator(Type type) => TypeGenerators.ContainsKey(type);
}
