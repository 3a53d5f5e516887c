using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>The read verbs a member's first word may be for <see cref="ForeignRowsResult"/>: what a lookup or a listing starts with.</summary>
    private static readonly string[] RowReadVerbs = { "Get", "Find", "List", "Load", "Read", "Fetch", "Query", "Search", "Retrieve", "Lookup" };

    /// <summary>
    /// Why a read whose name the conventions do not know is refused for its <b>result</b> (h-kvjson37, h-sample117's Left
    /// (2)): it returns a collection of a class declared in the user's code that is neither the store's values, its key,
    /// nor a part of them (an element, a type argument, a property's type), so it reads rows this fake's one table does not
    /// hold, whatever its name says. dotnet/samples' <c>IInboxService</c> (a table of <c>string</c> titles by a <c>string</c>
    /// request, voted by <c>Add</c>) declares <c>IList&lt;InboxItem&gt; GetRequestsFor(string userId)</c>; its refusal said
    /// "'RequestsFor' after it is no noun of this store", true but thin: no noun would make the fake's table hold
    /// <c>InboxItem</c> rows. Null for a store of <c>object</c> values or of a type parameter (any class may be its values),
    /// a write, a read of one value, or a result of the store's own types.
    /// </summary>
    private static string? ForeignRowsResult(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (candidate.Method is null || shape.IsObjectStore || shape.ValueType is ITypeParameterSymbol || candidate.Result is not { } result
            || !RowReadVerbs.Any(v => NameWords.StartsWithWord(candidate.Verb, v)))
        {
            return null;
        }

        var element = candidate.Shape == ReturnShape.AsyncEnumerable ? result : TypeFacts.ElementType(context.Known, TypeNames.Underlying(result));
        if (element is null || TypeNames.Underlying(element) is not INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } rows
            || !rows.Locations.Any(static l => l.IsInSource) || OwnTypes(context, shape).Any(o => TypeFacts.SameType(o, rows)))
        {
            return null;
        }

        var display = candidate.Shape == ReturnShape.AsyncEnumerable ? "IAsyncEnumerable<" + rows.Name + ">" : result.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        var values = shape.ValueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        var keys = shape.KeyType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        return "it returns " + display + ", rows of " + rows.Name + ", which are neither the store's values (" + values + "), its key (" + keys + ") nor a part of them,"
            + " so the fake's one table (" + values + " values by " + keys + ") holds no such rows: which " + rows.Name + " rows it reads, and where the real store keeps them, is its own";
    }

    /// <summary>
    /// The store's own types: the values and the key, their elements and type arguments, and the types of the values'
    /// properties (with their elements): a read of any of them reads something the table holds.
    /// </summary>
    private static List<ITypeSymbol> OwnTypes(ParseContext context, KeyValueShape shape)
    {
        var own = new List<ITypeSymbol>();
        var parts = new Stack<(ITypeSymbol Type, bool Properties)>();
        parts.Push((TypeNames.Underlying(shape.KeyType), false));
        parts.Push((TypeNames.Underlying(shape.ValueType), true));
        while (parts.Count > 0 && own.Count < 64)
        {
            var (part, properties) = parts.Pop();
            if (own.Any(o => TypeFacts.SameType(o, part)))
            {
                continue;
            }

            own.Add(part);
            if (TypeFacts.ElementType(context.Known, part) is { } element)
            {
                parts.Push((TypeNames.Underlying(element), properties));
            }

            if (part is INamedTypeSymbol { IsGenericType: true } generic)
            {
                foreach (var argument in generic.TypeArguments)
                {
                    parts.Push((TypeNames.Underlying(argument), properties));
                }
            }

            if (properties && part is INamedTypeSymbol { SpecialType: SpecialType.None })
            {
                foreach (var property in context.PropertiesOf(part))
                {
                    parts.Push((TypeNames.Underlying(property.Type), false));
                }
            }
        }

        return own;
    }
}
