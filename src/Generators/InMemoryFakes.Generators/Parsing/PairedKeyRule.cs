using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A removal or update that takes the entity (<c>Remove(Channel item)</c>, <c>Update(item)</c>) in an interface whose
/// every member naming one row by its key also names another property of it (Xigadee's <c>IChannelService</c>:
/// <c>Exists(channelId, direction)</c> and <c>TryGet(channelId, direction, out channel)</c>), with no member taking the
/// key alone. Whether the key alone names one row is then not proven: Xigadee's <c>CommunicationContainer</c> keeps a
/// channel per id <b>and</b> direction (one map per direction, the same id in both), so its <c>Remove(item)</c> removes
/// only the channel of the item's direction, as a Cosmos DB container keyed by id within a partition
/// (<c>GetAsync(id, userId)</c>, <c>DeleteItemAsync(id, partitionKey)</c>) does; an EF Core repository scoped by owner
/// (<c>GetByIdAsync(id, userId)</c>) removes the row of the key. The fake removed by the key alone, so a channel given
/// with another direction removed the stored one, silently (found in h-sample71, refused since h-leftover3). Only where
/// the other property is a get-only auto-property (set once, by the constructor, as a key is): a settable tenant, owner or
/// partition property keeps the key-alone reading, as session 24's multi-tenant and Cosmos DB conventions read it.
/// </summary>
internal static class PairedKeyRule
{
    /// <summary>
    /// Whether a method's name reads, checks or removes one row (<c>Get</c>, <c>Find</c>, <c>TryGet</c>, <c>Exists</c>,
    /// <c>Contains</c>, <c>Remove</c>…), the members whose parameters say what names a row; a setter's value is not one.
    /// </summary>
    private static bool NamesOneRow(string name)
        => Conventions.StartsWithAny(name, Conventions.FindVerbs) || Conventions.StartsWithAny(name, Conventions.ExistsVerbs) || Conventions.StartsWithAny(name, Conventions.DeleteVerbs)
            || name.StartsWith("TryGet", StringComparison.Ordinal) || name.StartsWith("TryFind", StringComparison.Ordinal)
            || name.EndsWith("Exists", StringComparison.Ordinal) || name.EndsWith("ExistsAsync", StringComparison.Ordinal);

    /// <summary>Whether the property keeps its own value (an auto-property, with a backing field), rather than computing it.</summary>
    private static bool IsAutoProperty(IPropertySymbol property)
        => property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    /// <summary>Why the planned write is refused, or null.</summary>
    public static string? Reason(ParseContext context, EntityInfo entity, OperationSpec operation)
    {
        if (operation is not (EntityDeleteEntityOp or EntityUpdateOp or EntityUpsertOp) || entity.Keys.Count != 1 || entity.Type is ITypeParameterSymbol)
        {
            return null;
        }

        var pairs = new List<(IMethodSymbol Method, IPropertySymbol Property)>();
        foreach (var method in context.InterfaceAndBases.SelectMany(static i => i.GetMembers()).OfType<IMethodSymbol>().Where(static m => m.MethodKind == MethodKind.Ordinary))
        {
            var parameters = method.Parameters.Where(p => p.RefKind != RefKind.Out && !TypeFacts.IsCancellationToken(context.Known, p.Type) && !EntityParameters.IsIgnorable(context, p)).ToList();
            var keys = parameters.Where(p => EntityParameters.NamesTheKey(entity, p.Name) && TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(entity.KeyType))).ToList();
            if (keys.Count != 1)
            {
                continue;
            }

            if (parameters.Count == 1)
            {
                return null; // Get(id), Remove(id): the key alone names a row somewhere in the interface.
            }

            if (!NamesOneRow(method.Name))
            {
                continue; // UpdateStatus(id, status) sets a field of the row its key names; it is no lookup by two values.
            }

            IPropertySymbol? paired = null;
            foreach (var parameter in parameters.Where(p => !SymbolEqualityComparer.Default.Equals(p, keys[0])))
            {
                // Only a property with no setter (Xigadee's Direction { get; }, set by the constructor): a row cannot move to
                // another one, so the pair names it as a key of two parts would. A settable TenantId, UserId or AuthorId
                // scopes rows that have a key of their own (EF Core's multi-tenant and owner-scoped repositories).
                // A computed one (ChatCopilot's Partition => ChatId) reads a property that can change: not counted either.
                if (EntityParameters.PropertyNamed(context, entity, parameter.Name) is not { SetMethod: null } named
                    || !IsAutoProperty(named)
                    || SymbolEqualityComparer.Default.Equals(named, entity.Keys[0])
                    || !TypeFacts.SameType(TypeNames.Underlying(parameter.Type), TypeNames.Underlying(named.Type)))
                {
                    paired = null;
                    break;
                }

                paired ??= named;
            }

            if (paired is not null)
            {
                pairs.Add((method, paired));
            }
        }

        if (pairs.Count == 0)
        {
            return null;
        }

        var listed = string.Join(", ", pairs.Select(static p => "'" + p.Method.Name + "(" + string.Join(", ", p.Method.Parameters.Select(static q => q.Name)) + ")'"));
        var property = pairs[0].Property.Name;
        var key = entity.Keys[0].Name;
        return "every member of " + context.InterfaceName + " that names one " + entity.Name + " by its key " + key + " names " + property + " with it (" + listed
            + ") and none takes " + key + " alone, so whether " + key + " alone names one row is not proven: a store keyed by both (Xigadee's CommunicationContainer keeps a channel per id and direction; a Cosmos DB container keys an item by id within its partition) "
            + (operation is EntityDeleteEntityOp ? "removes" : "writes") + " only the row whose " + key + " and " + property + " are the entity's, where a store keyed by " + key + " alone "
            + (operation is EntityDeleteEntityOp ? "removes" : "writes") + " the row of that " + key + " whatever its " + property + "; add a member that takes the key alone (Get(" + char.ToLowerInvariant(key[0]) + key.Substring(1) + ")) if " + key + " is the key, or write it";
    }
}
