using System;
using System.Collections.Generic;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Running;

/// <summary>An argument of a generated step, kept symbolic so each side resolves it against its own store.</summary>
internal abstract record ContractValue;

/// <summary>A plain value, the same on both sides.</summary>
internal sealed record LiteralValue(object? Value) : ContractValue;

/// <summary>The key of the entity an earlier step added (store-assigned keys differ per side); a key no side holds when that step failed or was shrunk away.</summary>
internal sealed record HandleKeyValue(int CreatorId, object MissingKey) : ContractValue;

/// <summary>An entity built from property values (in <see cref="ContractEntityShape.Properties"/> order); the key slot may refer to a handle.</summary>
internal sealed record EntityValue(IReadOnlyList<ContractValue> Properties) : ContractValue;

/// <summary>A TTL parameter's "no expiry" value (<see cref="ContractParameter.NoExpiry"/>), made fresh for each side.</summary>
internal sealed record NoExpiryValue(ContractParameter Parameter) : ContractValue;

/// <summary>The runner's cancellation token.</summary>
internal sealed record TokenValue : ContractValue
{
    public static TokenValue Instance { get; } = new();
}

/// <summary>One call of a sequence. <see cref="Id"/> stays with the call through shrinking, so handles keep pointing at the step that created them.</summary>
internal sealed class Step(int id, ContractOperation operation, IReadOnlyList<ContractValue> arguments)
{
    /// <summary>The operation of a step that only moves the clocks (<see cref="Advance"/>).</summary>
    public static readonly ContractOperation ClockOperation = new("(advance the clocks)", ContractOperationKind.KeyValueRefresh, Array.Empty<ContractParameter>(), ContractResult.None, static (_, _, _) => default);

    public int Id { get; } = id;

    /// <summary>For a clock step: how far both sides' clocks move.</summary>
    public TimeSpan? Advance { get; init; }

    public ContractOperation Operation { get; } = operation;

    public IReadOnlyList<ContractValue> Arguments { get; } = arguments;

    public Step With(int index, ContractValue argument)
    {
        var arguments = new ContractValue[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = i == index ? argument : Arguments[i];
        }

        return new Step(Id, Operation, arguments) { Advance = Advance };
    }
}
