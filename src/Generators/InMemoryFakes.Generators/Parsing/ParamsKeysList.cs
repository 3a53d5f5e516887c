using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A list verb whose only parameter is a <c>params</c> array of keys (Umbraco's <c>IEnumerable&lt;TEntity&gt;
/// GetMany(params TId[]? ids)</c>). Which entities keys give is proven; what no keys give is not: Umbraco's
/// <c>EntityRepositoryBase.GetMany</c> lists every entity, its <c>ContentTypeServiceBase.GetMany(params int[] ids)</c> of the
/// same shape lists nothing, and its <c>FileRepository</c> documents nothing for null or empty. So the member is planned only
/// when <c>NoKeysGiven</c> on the attribute says which, and <c>ByKeysOrder</c> the order of the keys' entities (Umbraco's is
/// an SQL <c>IN</c> without an order, or its cache's); otherwise it is refused with the reason.
/// </summary>
internal static class ParamsKeysList
{
    /// <summary>Whether <paramref name="parameter"/> is a <c>params</c> array whose elements are the entity's key type.</summary>
    public static bool IsParamsKeys(EntityInfo entity, IParameterSymbol parameter)
        => entity.Keys.Count == 1 && parameter.IsParams && parameter.Type is IArrayTypeSymbol { Rank: 1 } array
           && SymbolEqualityComparer.Default.Equals(array.ElementType, entity.KeyType);

    /// <summary>The operation, or null with <paramref name="reason"/> when a setting is missing or the result is no list of the entity.</summary>
    public static OperationSpec? Plan(ParseContext context, MemberCandidate candidate, EntityInfo entity, IParameterSymbol keys, out string? reason)
    {
        reason = null;
        var display = EntityParameters.EntityDisplay(entity);
        if (context.Settings.NoKeysGiven is not (1 or 2))
        {
            reason = "parameter '" + keys.Name + "' is a params array of keys, and whether none given means every " + display
                + " (Umbraco's EntityRepositoryBase.GetMany(params TId[] ids)) or none (its ContentTypeServiceBase.GetMany of the same shape, a Contains query) is the store's own; state it with NoKeysGiven on [InMemoryFake] (with ByKeysOrder for the order of the keys' entities), or write the member";
            return null;
        }

        if (context.Settings.ByKeysOrder is not (1 or 2))
        {
            reason = "parameter '" + keys.Name + "' is a params array of keys: NoKeysGiven says what none give, but whether the entities of the keys given follow the order of the keys (a key given twice, twice) or the table's (a Contains query) is the store's own; state it with ByKeysOrder on [InMemoryFake], or write the member";
            return null;
        }

        if (TypeFacts.SequenceResult(context, candidate, entity.Type, out var problem) is not { } sequence)
        {
            reason = problem ?? "a list by a params array of keys must return a list of " + display;
            return null;
        }

        // A null array (only an explicit null reaches a params parameter) throws ArgumentNullException naming it, even when
        // declared TId[]?: Umbraco's NPoco EntityRepositoryBase then throws from InGroupsOf, its EF Core one lists every
        // entity, so no listing would be right for both; the error is the one that cannot pass silently.
        return new EntityParamsKeysListOp(TypeNames.Escape(keys.Name), keys.Name, entity.KeyType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            EveryWhenNone: context.Settings.NoKeysGiven == 1, KeysGivenOrder: context.Settings.ByKeysOrder == 1, sequence);
    }
}
