using System.Collections.Generic;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

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

    /// <summary>Receipt types of a blob store whose <c>Id</c> holds the blob's name (<see cref="BlobReceipts"/>): their converters fill <c>Id</c> with it.</summary>
    public HashSet<ITypeSymbol> BlobReceiptIds { get; } = new(SymbolEqualityComparer.Default);

    public List<ExpirationHelperSpec> ExpirationHelpers { get; } = new();

    public List<OrderingSpec> Orderings { get; } = new();

    /// <summary>The ordering field of the DefaultOrder setting (one of <see cref="Orderings"/>), or null.</summary>
    public string? DefaultOrdering { get; set; }

    /// <summary>The field accessors the copy methods use (filled by <see cref="CopyPlanner"/>).</summary>
    public List<FieldAccessorSpec> CopyAccessors { get; } = new();

    private readonly Dictionary<IFieldSymbol, string> _fieldReaders = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The <c>[UnsafeAccessor]</c> that reads a non-public field of a non-generic class for a lookup (shape 4), added to
    /// <see cref="CopyAccessors"/> once per field.
    /// </summary>
    public string FieldReader(ParseContext context, IFieldSymbol field)
    {
        if (!_fieldReaders.TryGetValue(field, out var name))
        {
            var owner = field.ContainingType;
            name = context.Names.New("__Read" + TypeNames.Sanitize(owner.Name) + "_" + TypeNames.Sanitize(field.Name));
            CopyAccessors.Add(new FieldAccessorSpec(name, context.RenderNotNull(owner), owner.IsValueType, field.Name, context.Render(field.Type), EquatableArray<string>.Empty, EquatableArray<ConstraintSpec>.Empty));
            _fieldReaders.Add(field, name);
        }

        return name;
    }

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
