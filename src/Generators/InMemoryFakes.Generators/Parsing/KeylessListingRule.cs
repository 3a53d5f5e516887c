using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The cause IMF0009 names when the keyless entity is mentioned only by properties that list it under names of their own
/// (h-sample135: DemoViewer.NET's <c>IModuleContext</c>, a playback context of 25 members whose one mention of a class is
/// <c>IReadOnlyList&lt;PlayerRosterEntry&gt; Players { get; }</c>, the roster the shell sets through a method outside the
/// interface). The plain message asks for a key; with one (<c>Key = "Slot"</c>) the entity conventions refuse
/// <c>Players</c> too, since a listing property is read as every row only when it is named after the entity
/// (<c>PlayerRosterEntries</c>, <c>AllPlayerRosterEntries</c>) or a bool flag of it, and no member adds, reads by key or
/// removes one: the key generates nothing, and the cause says so. The refusal itself is unchanged.
/// </summary>
internal static class KeylessListingRule
{
    /// <summary>The message's trailing cause, or "" when some member other than such a property mentions the type.</summary>
    public static string Cause(ITypeSymbol entity, IReadOnlyList<MemberCandidate> candidates, string interfaceName)
    {
        entity = TypeNames.Underlying(entity);
        if (entity is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named
            || named.GetMembers().OfType<IPropertySymbol>().Any(static p => p.Type.SpecialType == SpecialType.System_Boolean))
        {
            // A bool property may be the flag a listing property's name names (PiesOfTheWeek for IsPieOfTheWeek).
            return "";
        }

        var plural = TypeNames.Plural(entity.Name);
        var listing = new List<string>();
        foreach (var candidate in candidates)
        {
            var mentions = candidate.Parameters.Any(p => TypeFacts.Parts(p.Type).Any(part => TypeFacts.SameType(part, entity)))
                || candidate.Result is { } result && TypeFacts.Parts(result).Any(part => TypeFacts.SameType(part, entity));
            if (!mentions)
            {
                continue;
            }

            if (candidate.Property is not { IsIndexer: false, SetMethod: null } property || candidate.Parameters.Length != 0
                || TypeFacts.EnumerableElement(property.Type) is not { } element || !TypeFacts.SameType(TypeNames.Underlying(element), entity))
            {
                return "";
            }

            var listed = property.Name.StartsWith("All", StringComparison.Ordinal) && (property.Name.Length == 3 || char.IsUpper(property.Name[3])) ? property.Name.Substring(3) : property.Name;
            if (listed.Length == 0 || listed == entity.Name || listed == plural)
            {
                return "";
            }

            listing.Add("'" + property.Name + "'");
        }

        if (listing.Count == 0)
        {
            return "";
        }

        var names = listing.Count == 1 ? listing[0] : string.Join(", ", listing.Take(listing.Count - 1)) + " and " + listing[listing.Count - 1];
        var which = listing.Count == 1 ? "a property that lists " + plural + " under a name of its own" : "properties that list " + plural + " under names of their own";
        return "; a key would not help: the only member" + (listing.Count == 1 ? "" : "s") + " of " + interfaceName + " that mention" + (listing.Count == 1 ? "s " : " ") + entity.Name + " "
            + (listing.Count == 1 ? "is " : "are ") + names + ", " + which + " (a listing property is read as every row only when it is named " + plural + " or All" + plural
            + "), and no member adds, reads by key or removes " + NameWords.Article(entity.Name) + " " + entity.Name + ", so with a key " + names + " would be refused too and nothing generated: what "
            + (listing.Count == 1 ? "it lists" : "they list") + " is the real " + interfaceName + "'s own (a list it fills through members outside the interface, or computes)";
    }
}
