using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Lists found by a collection of keys (<c>GetByIdsAsync(IList&lt;int&gt; ids)</c>, <c>FindByIds(ids)</c>): which entities
/// they return is proven (those whose key is one of the values), the order is not. nopCommerce's <c>EntityRepository</c>
/// sorts the rows by the ids given (a value given twice returns its entity twice); a repository that runs
/// <c>Where(e =&gt; ids.Contains(e.Id))</c> returns the table's order, each entity once. A fake choosing either would be
/// wrong for the other without saying so, so an unordered list (or page, or first match) by keys is refused; counts,
/// existence checks and deletes by keys, and lists the name orders (<c>FindByIdsOrderByName</c>), are unaffected.
/// </summary>
internal static class KeyListOrder
{
    /// <summary>The reason <paramref name="op"/> is refused, or null when its order is not in question.</summary>
    public static string? WhyRefused(EntityInfo entity, EntityQueryOp? op)
    {
        if (op?.Query is not { Kind: QueryKind.List or QueryKind.Page or QueryKind.First } query || entity.Keys.Count != 1
            || query.Ordering is not null || query.Comparer is not null || query.QueryableOrder is not null || query.Sorting is not null)
        {
            return null;
        }

        var key = entity.Keys[0].Name;
        var byKeys = query.Groups.Any(group => group.Conditions.Any(c => IsKeys(c, key)));
        return byKeys
            ? "it lists " + EntityParameters.EntityDisplay(entity) + " by a collection of keys, and whether the result follows the order of the keys given (nopCommerce's GetByIdsAsync sorts by them, repeating a key given twice) or the table's (a Contains query) is the store's own; name an order (…OrderBy" + key + "), state it with ByKeysOrder on [InMemoryFake], or write the member"
            : null;
    }

    /// <summary>
    /// The operation as the <c>ByKeysOrder</c> setting orders it, or null when the setting does not apply (unstated, or
    /// KeysGiven on a page, a single match, a limited or distinct list, or a list whose conditions are joined by Or:
    /// which of the keys' order to keep is then not said); <paramref name="problem"/> then says why.
    /// </summary>
    public static EntityQueryOp? Ordered(int setting, EntityInfo entity, EntityQueryOp op, out string? problem)
        => Ordered(setting, 0, entity, op, out problem);

    /// <summary>
    /// As <see cref="Ordered(int, EntityInfo, EntityQueryOp, out string?)"/>, and under <c>ByKeysMissing = Throw</c>
    /// (<paramref name="missing"/> 2) a list of every match by keys alone also requires as many entities as keys given.
    /// </summary>
    public static EntityQueryOp? Ordered(int setting, int missing, EntityInfo entity, EntityQueryOp op, out string? problem)
    {
        problem = null;
        var query = op.Query;
        var listsByKeys = query.Kind == QueryKind.List && query.Groups.Count == 1 && query.Limit == 0 && !query.Distinct && query.Page is null;
        var keys = listsByKeys ? query.Groups[0].Conditions.FirstOrDefault(c => IsKeys(c, entity.Keys[0].Name)) : null;
        var argument = keys is not null && keys.Arguments.Count == 1 && query.State[keys.Arguments[0]] is { Set: not null } found ? found : null;
        if (missing == 2 && argument is not null && query.Groups[0].Conditions.Count == 1 && query.Projection is null)
        {
            // ByKeysMissing = Throw: Sonarr's Get(ids) compares the rows with the ids given.
            query = query with { EveryKey = argument };
            op = op with { Query = query };
        }

        switch (setting)
        {
            case 2:
                // Stored: the table's order, as the query gives it without the setting.
                return op;
            case 1 when argument is not null:
                return op with { Query = query with { KeysGivenOrder = argument } };
            case 1 when listsByKeys:
                break;
            case 1:
                problem = "ByKeysOrder = KeysGiven orders a list of every match (a page, a single match, Top, Distinct or conditions joined by Or by keys are not said by it)";
                return null;
        }

        return null;
    }

    /// <summary>IMF0010 for a <c>ByKeysMissing</c> that is no value of the enum, or <c>Throw</c> where no list by keys alone reads it.</summary>
    public static void Validate(ParseContext context, System.Collections.Generic.IEnumerable<MemberSpec> members)
    {
        var value = context.Settings.ByKeysMissing;
        string? problem = value is not (0 or 1 or 2) ? "ByKeysMissing = " + value + " is not a ByKeysMissing (Unstated, Skip or Throw)"
            : value == 2 && !members.Any(static m => m.Operation is EntityQueryOp { Query.EveryKey: not null })
                ? "ByKeysMissing = Throw: no member of " + context.InterfaceName + " lists entities by a collection of keys alone under ByKeysOrder, so the setting states nothing"
                : null;
        if (problem is not null)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, problem);
        }
    }

    private static bool IsKeys(ConditionSpec condition, string key)
        => condition.Operator == QueryOperator.In && condition.Path.Steps.Count == 1 && condition.Path.Steps[0].Property == key;
}
