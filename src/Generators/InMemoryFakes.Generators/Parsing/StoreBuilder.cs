using System.Collections.Generic;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// What the planners of one store collect as they go: the members, and the helpers the members share (copy methods,
/// blob converters, expiration readers, orderings). Passed explicitly from planner to planner; frozen into a
/// <see cref="StoreSpec"/> at the end.
/// </summary>
internal sealed class StoreBuilder
{
    public List<MemberSpec> Members { get; } = new();

    public List<CopyMethodSpec> CopyMethods { get; } = new();

    public List<ConverterSpec> Converters { get; } = new();

    public List<ExpirationHelperSpec> ExpirationHelpers { get; } = new();

    public List<OrderingSpec> Orderings { get; } = new();

    /// <summary>The ordering field of the DefaultOrder setting (one of <see cref="Orderings"/>), or null.</summary>
    public string? DefaultOrdering { get; set; }

    /// <summary>The field accessors the copy methods use (filled by <see cref="CopyPlanner"/>).</summary>
    public List<FieldAccessorSpec> CopyAccessors { get; } = new();

    /// <summary>The entity variable of query lambdas, once a derived query needs one.</summary>
    public string? QueryEntity { get; private set; }

    /// <summary>The state variable of query lambdas, once a derived query needs one.</summary>
    public string? QueryState { get; private set; }

    /// <summary>Reserves the lambda variables of derived queries (the first time a query needs them).</summary>
    public void ReserveQueryVariables(ParseContext context)
    {
        QueryEntity ??= context.Names.New("e");
        QueryState ??= context.Names.New("s");
    }

    public StoreSpec Build(StoreKindModel kind, string? tableName, EntitySpec? entity, KeyValueSpec? keyValue)
        => new(kind, tableName, entity, keyValue, CopyMethods.ToArray(), CopyAccessors.ToArray(), Converters.ToArray(), ExpirationHelpers.ToArray(), Orderings.ToArray(), DefaultOrdering);
}
