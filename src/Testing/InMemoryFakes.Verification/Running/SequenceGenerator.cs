using System;
using System.Collections.Generic;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Running;

/// <summary>Builds one random, reproducible operation sequence from a descriptor's classified members.</summary>
internal sealed class SequenceGenerator(ContractDescriptor descriptor, ContractPlan plan, ValueGenerators values)
{
    private static readonly string[] ContentTypes = ["text/plain", "application/octet-stream"];

    public List<Step> Generate(int seed, int maxSteps)
    {
        var random = new ContractRandom(seed);
        var state = new State();
        var length = random.Next(1, maxSteps + 1);
        var steps = new List<Step>(length);
        for (var i = 0; i < length; i++)
        {
            if (plan.AdvanceRealClock is not null && random.Chance(0.1))
            {
                steps.Add(new Step(i, Step.ClockOperation, Array.Empty<ContractValue>()) { Advance = TimeSpan.FromSeconds(random.Next(1, 6)) });
                continue;
            }

            var operation = PickOperation(random);
            var arguments = new ContractValue[operation.Parameters.Count];
            for (var p = 0; p < arguments.Length; p++)
            {
                arguments[p] = Argument(operation, operation.Parameters[p], random, state);
            }

            var step = new Step(i, operation, arguments);
            if (IsCreator(descriptor, operation))
            {
                state.Creators.Add(step.Id);
            }

            steps.Add(step);
        }

        return steps;
    }

    /// <summary>Whether the step's result tells the store-assigned key of the entity it stored.</summary>
    public static bool IsCreator(ContractDescriptor descriptor, ContractOperation operation)
        => descriptor.Entity is { KeyAssignment: ContractKeyAssignment.Store }
           && operation.Kind is ContractOperationKind.EntityAdd or ContractOperationKind.EntityUpsert
           && operation.Result.Shape is ContractResultShape.Entity or ContractResultShape.Key;

    private ContractOperation PickOperation(ContractRandom random)
    {
        var total = 0.0;
        foreach (var operation in plan.Operations)
        {
            total += Weight(operation.Kind);
        }

        var draw = random.NextDouble() * total;
        foreach (var operation in plan.Operations)
        {
            draw -= Weight(operation.Kind);
            if (draw < 0)
            {
                return operation;
            }
        }

        return plan.Operations[^1];
    }

    private static double Weight(ContractOperationKind kind) => kind switch
    {
        ContractOperationKind.EntityAdd or ContractOperationKind.KeyValueSet or ContractOperationKind.BlobPut => 4,
        ContractOperationKind.EntityFind or ContractOperationKind.EntityGet or ContractOperationKind.EntityQuery
            or ContractOperationKind.KeyValueGet or ContractOperationKind.BlobGet => 3,
        ContractOperationKind.EntityClear or ContractOperationKind.KeyValueClear => 0.3,
        ContractOperationKind.EntityCount or ContractOperationKind.EntityList or ContractOperationKind.EntityExists
            or ContractOperationKind.KeyValueExists or ContractOperationKind.KeyValueCount or ContractOperationKind.KeyValueKeys
            or ContractOperationKind.BlobExists or ContractOperationKind.BlobList or ContractOperationKind.KeyValueRefresh => 1,
        _ => 2,
    };

    private ContractValue Argument(ContractOperation operation, ContractParameter parameter, ContractRandom random, State state)
    {
        switch (parameter.Role)
        {
            case ContractParameterRole.CancellationToken:
                return TokenValue.Instance;
            case ContractParameterRole.Entity:
                return Entity(operation.Kind, random, state);
            case ContractParameterRole.Key:
                return descriptor.Entity is { } entity ? EntityKey(entity, parameter.Type, random, state, allowDefault: false) : PooledKey(parameter.Type, random, state);
            case ContractParameterRole.QueryArgument:
                {
                    var property = parameter.Property ?? parameter.Name;
                    if (state.PropertyValues.TryGetValue(property, out var seen) && seen.Count > 0 && random.Chance(0.7))
                    {
                        return new LiteralValue(random.Pick(seen));
                    }

                    return new LiteralValue(values.Generate(parameter.Type, property, parameter.IsNullable, random));
                }

            case ContractParameterRole.Amount:
                return new LiteralValue(Convert(random.Next(1, 6), parameter.Type));
            case ContractParameterRole.TimeToLive:
                if (plan.AdvanceRealClock is not null && (parameter.Type == typeof(TimeSpan) || parameter.Type == typeof(TimeSpan?)) && !plan.HasGenerator(parameter.Type))
                {
                    return new LiteralValue(TimeSpan.FromSeconds(random.Next(1, 11)));
                }

                if (parameter.NoExpiry is not null && !plan.HasGenerator(parameter.Type))
                {
                    return new NoExpiryValue(parameter);
                }

                return parameter.IsNullable && !plan.HasGenerator(parameter.Type)
                    ? new LiteralValue(null)
                    : new LiteralValue(values.Generate(parameter.Type, parameter.Name, nullable: false, random));
            case ContractParameterRole.Prefix:
                return new LiteralValue(state.Keys.Count > 0 && random.Chance(0.7) && random.Pick(state.Keys) is string key && key.Length > 0 ? key.Substring(0, 1) : "");
            case ContractParameterRole.ContentType:
                return new LiteralValue(random.Pick(ContentTypes));
            default:
                return new LiteralValue(values.Generate(parameter.Type, null, parameter.IsNullable && parameter.Role != ContractParameterRole.Value, random));
        }
    }

    private EntityValue Entity(ContractOperationKind kind, ContractRandom random, State state)
    {
        var entity = descriptor.Entity!;
        var properties = new ContractValue[entity.Properties.Count];
        for (var i = 0; i < properties.Length; i++)
        {
            var property = entity.Properties[i];
            if (property.IsKey)
            {
                var insert = kind == ContractOperationKind.EntityAdd || (kind == ContractOperationKind.EntityUpsert && random.Chance(0.5));
                properties[i] = EntityKey(entity, property.Type, random, state, allowDefault: insert);
                continue;
            }

            if (property.IsConcurrencyToken)
            {
                properties[i] = new LiteralValue(DefaultOf(property.Type));
                continue;
            }

            var value = values.Generate(property.Type, property.Name, property.IsNullable, random);
            Remember(state, property.Name, value);
            properties[i] = new LiteralValue(value);
        }

        return new EntityValue(properties);
    }

    private ContractValue EntityKey(ContractEntityShape entity, Type keyType, ContractRandom random, State state, bool allowDefault)
    {
        if (entity.KeyAssignment == ContractKeyAssignment.Store)
        {
            if (allowDefault)
            {
                return new LiteralValue(DefaultOf(keyType));
            }

            var missing = MissingKey(keyType, random);
            return state.Creators.Count > 0 && random.Chance(0.8)
                ? new HandleKeyValue(random.Pick(state.Creators), missing)
                : new LiteralValue(missing);
        }

        return PooledKey(keyType, random, state);
    }

    private LiteralValue PooledKey(Type keyType, ContractRandom random, State state)
    {
        if (state.Keys.Count > 0 && random.Chance(0.6))
        {
            return new LiteralValue(random.Pick(state.Keys));
        }

        var key = values.Generate(keyType, "(key)", nullable: false, random);
        if (key is not null)
        {
            state.Keys.Add(key);
        }

        return new LiteralValue(key);
    }

    private static void Remember(State state, string property, object? value)
    {
        if (!state.PropertyValues.TryGetValue(property, out var list))
        {
            state.PropertyValues[property] = list = new List<object?>();
        }

        list.Add(value);
    }

    /// <summary>A key that no store has assigned in a sequence: far past any sequence's ids.</summary>
    private object MissingKey(Type keyType, ContractRandom random)
    {
        var type = Nullable.GetUnderlyingType(keyType) ?? keyType;
        if (type == typeof(int))
        {
            return 900_000 + random.Next(0, 1000);
        }

        if (type == typeof(long))
        {
            return 900_000L + random.Next(0, 1000);
        }

        if (type == typeof(Guid))
        {
            return new Guid(random.NextBytes(16));
        }

        return values.Generate(type, "(key)", nullable: false, random) ?? throw new InvalidOperationException($"The key generator for {type.Name} returned null.");
    }

    public static object? DefaultOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) is null ? type : null;
        return t == typeof(int) ? 0
            : t == typeof(long) ? 0L
            : t == typeof(short) ? (short)0
            : t == typeof(uint) ? 0u
            : t == typeof(ulong) ? 0ul
            : t == typeof(Guid) ? Guid.Empty
            : t == typeof(bool) ? false
            : t == typeof(DateTime) ? default(DateTime)
            : t == typeof(DateTimeOffset) ? default(DateTimeOffset)
            : t == typeof(byte[]) ? null
            : (object?)null;
    }

    private static object Convert(int value, Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        object boxed = value;
        if (t == typeof(long))
        {
            boxed = (long)value;
        }
        else if (t == typeof(double))
        {
            boxed = (double)value;
        }
        else if (t == typeof(float))
        {
            boxed = (float)value;
        }
        else if (t == typeof(decimal))
        {
            boxed = (decimal)value;
        }

        return boxed;
    }

    private sealed class State
    {
        public List<int> Creators { get; } = new();

        public List<object> Keys { get; } = new();

        public Dictionary<string, List<object?>> PropertyValues { get; } = new(StringComparer.Ordinal);
    }
}
