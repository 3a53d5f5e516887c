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

            // "Type.Property": the order of one entity type's lists, which a repository of several entity types needs when its
            // tables sort by different properties (a qualified name of another of its tables is that table's order).
            var name = words[0];
            var dot = name.LastIndexOf('.');
            if (dot >= 0)
            {
                var typeName = name.Substring(0, dot);
                name = name.Substring(dot + 1);
                if (typeName.Length == 0 || name.Length == 0)
                {
                    return Invalid(context, text, "'" + part.Trim() + "' is not a property name optionally followed by asc or desc");
                }

                if (!string.Equals(typeName, entity.Type.Name, StringComparison.Ordinal))
                {
                    if (context.TablePerEntityType)
                    {
                        continue; // another table's order (MultiEntityPlanner checks that it names one)
                    }

                    return Invalid(context, text, "'" + typeName + "' is not the entity type " + context.InterfaceName + " stores (" + entity.Type.Name + ")");
                }
            }

            var property = entity.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))
                ?? entity.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                return Invalid(context, text, "'" + name + "' is not a property of " + entity.Type.ToDisplayString() + " (properties: " + string.Join(", ", entity.Properties.Select(static p => p.Name).OrderBy(static n => n, StringComparer.Ordinal)) + ")");
            }

            if (QueryBinder.Categorize(context, TypeNames.Underlying(property.Type)) == ValueCategory.Equatable)
            {
                return Invalid(context, text, entity.Type.Name + "." + property.Name + " is " + property.Type.ToDisplayString() + ", which has no order (numbers, dates, strings, enums, bool or another IComparable type)");
            }

            orders.Add(new OrderSyntax<QueryPath>(new QueryPath(new[] { property }), words.Length == 2 && string.Equals(words[1], "desc", StringComparison.OrdinalIgnoreCase)));
        }

        // Every part names another table's properties: this table keeps insertion order (or the table entity order).
        return orders.Count == 0 ? TableEntityOrder(context, entity, store) : QueryBinder.Ordering(context, orders, store);
    }

    /// <summary>
    /// In a repository of several entity types, reports a <c>Type.Property</c> part of the setting whose type is none of the
    /// tables (each table's planning skips the parts of the others, so a misspelt type would otherwise order nothing).
    /// </summary>
    public static void RejectUnknownQualifiers(ParseContext parent, IReadOnlyList<EntityInfo> tables)
    {
        if (parent.Settings.DefaultOrder is not { } text)
        {
            return;
        }

        foreach (var part in text.Split(','))
        {
            var words = part.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            var dot = words.Length > 0 ? words[0].LastIndexOf('.') : -1;
            if (dot <= 0)
            {
                continue;
            }

            var typeName = words[0].Substring(0, dot);
            if (!tables.Any(t => string.Equals(t.Type.Name, typeName, StringComparison.Ordinal)))
            {
                Invalid(parent, text, "'" + typeName + "' is none of the entity types " + parent.InterfaceName + " stores (" + string.Join(", ", tables.Select(static t => t.Type.Name)) + ")");
                return;
            }
        }
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
