using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Binds the <c>DefaultOrder</c> setting (<c>"Title"</c>, <c>"LastName, FirstName desc"</c>) to the entity's properties and
/// registers it as one of the store's orderings: the order of every list whose member says none (docs/generator.md,
/// "The order of lists"). A name that is not a comparable property of the entity is IMF0010 on the attribute.
/// </summary>
internal static class DefaultOrderPlanner
{
    /// <summary>The ordering field, or null when the setting is absent or invalid (then reported).</summary>
    public static string? Plan(ParseContext context, EntityInfo entity, StoreBuilder store)
    {
        if (context.Settings.DefaultOrder is not { } text)
        {
            return TableEntityOrder(context, entity, store);
        }

        var orders = new List<OrderSyntax<QueryPath>>();
        foreach (var part in text.Split(','))
        {
            var words = part.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 2 || (words.Length == 2 && !IsDirection(words[1])))
            {
                return Invalid(context, text, "'" + part.Trim() + "' is not a property name optionally followed by asc or desc");
            }

            var property = entity.Properties.FirstOrDefault(p => string.Equals(p.Name, words[0], StringComparison.Ordinal))
                ?? entity.Properties.FirstOrDefault(p => string.Equals(p.Name, words[0], StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                return Invalid(context, text, "'" + words[0] + "' is not a property of " + entity.Type.ToDisplayString() + " (properties: " + string.Join(", ", entity.Properties.Select(static p => p.Name).OrderBy(static n => n, StringComparer.Ordinal)) + ")");
            }

            if (QueryBinder.Categorize(context, TypeNames.Underlying(property.Type)) == ValueCategory.Equatable)
            {
                return Invalid(context, text, entity.Type.Name + "." + property.Name + " is " + property.Type.ToDisplayString() + ", which has no order (numbers, dates, strings, enums, bool or another IComparable type)");
            }

            orders.Add(new OrderSyntax<QueryPath>(new QueryPath(new[] { property }), words.Length == 2 && string.Equals(words[1], "desc", StringComparison.OrdinalIgnoreCase)));
        }

        return QueryBinder.Ordering(context, orders, store);
    }

    /// <summary>
    /// Azure Table Storage returns a query's entities sorted by PartitionKey, then RowKey (the service's documented order),
    /// so the lists of an <c>ITableEntity</c> keyed by them come in that order unless the setting says another.
    /// </summary>
    private static string? TableEntityOrder(ParseContext context, EntityInfo entity, StoreBuilder store)
    {
        if (EntityInfo.TableEntityKeys(entity.Type, entity.Properties) is not { } keys
            || !keys.Select(static k => k.Name).SequenceEqual(entity.Keys.Select(static k => k.Name)))
        {
            return null;
        }

        return QueryBinder.Ordering(context, keys.Select(static k => new OrderSyntax<QueryPath>(new QueryPath(new[] { k }), false)).ToList(), store);
    }

    /// <summary>Reports a <c>MissingDelete</c> value the enum does not have (an entity repository would otherwise ignore it).</summary>
    public static void RejectUndefinedMissingDelete(ParseContext context)
    {
        if (context.Settings.MissingDelete is not (0 or 1 or 2))
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "MissingDelete = " + context.Settings.MissingDelete + " is not a MissingDelete (Unstated, Ignore or NotFound)");
        }
    }

    /// <summary>Reports the setting on a store that is not an entity repository (its lists are keys or values, in write order).</summary>
    public static void RejectOutsideEntities(ParseContext context, string kind)
    {
        if (context.Settings.DefaultOrder is { } text)
        {
            Invalid(context, text, "it orders the entities an entity repository lists, and " + context.InterfaceName + " is a " + kind);
        }

        if (context.Settings.Key is { } key)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "Key = \"" + key + "\": it names an entity repository's key property, and " + context.InterfaceName + " is a " + kind);
        }

        if (context.Settings.ByKeysOrder != 0)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "ByKeysOrder: it orders the entities an entity repository lists by a collection of keys, and " + context.InterfaceName + " is a " + kind);
        }

        if (context.Settings.MissingDelete != 0)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "MissingDelete: it says what an entity repository's removal of a missing entity does, and " + context.InterfaceName + " is a " + kind);
        }

        if (context.Settings.NoKeysGiven != 0)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "NoKeysGiven: it says what an entity repository lists for a params array of no keys, and " + context.InterfaceName + " is a " + kind);
        }

        if (context.Settings.ByKeysMissing != 0)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "ByKeysMissing: it says what an entity repository's list by a collection of keys does for a key without an entity, and " + context.InterfaceName + " is a " + kind);
        }
    }

    private static bool IsDirection(string word)
        => string.Equals(word, "asc", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "desc", StringComparison.OrdinalIgnoreCase);

    private static string? Invalid(ParseContext context, string text, string problem)
    {
        context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, "DefaultOrder = \"" + text + "\": " + problem);
        return null;
    }
}
