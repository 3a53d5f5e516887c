using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A read answering several rows (a list, a page, a count) given a <c>string</c> matched against a text property that is
/// not the key and not unique, where the equality is read, not named: <c>GetHotelsByNameAsync(string hotelName)</c> (the
/// Spring Data reading of <c>By{Property}</c>) or <c>GetHotelsAsync(string name)</c> (a parameter named after a property).
/// Session 39 (h-contains39) measured what the real stores of this shape do: they split between an equality and a search
/// (<c>Name.Contains(name)</c>, <c>LIKE '%' + @name + '%'</c>, <c>StartsWith</c>), and nothing in the signature says which.
/// The equality stays (the documented reading), made loud as IMF0026 makes an oblivious read loud: IMF0030 (Info) names
/// what the fake does, the other reading, and the one setting that states either (<c>TextLookups</c>).
/// </summary>
internal static class TextMatchRule
{
    // The values of the runtime's TextLookup enum (the generator does not reference the runtime).
    private const int Unstated = 0;
    private const int Equality = 1;
    private const int Containing = 2;

    /// <summary>
    /// On each planned list, page or count read with an unstated text equality: IMF0030 (Info) when <c>TextLookups</c> is
    /// unstated, nothing under <c>Equality</c>, an ordinal Contains under <c>Containing</c>.
    /// </summary>
    public static void Apply(ParseContext context, EntityInfo entity, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned, EntitySpec spec)
    {
        var setting = context.Settings.TextLookups;
        if (setting is not (Unstated or Equality or Containing))
        {
            return; // IMF0010 (Validate)
        }

        foreach (var (candidate, planMember) in planned)
        {
            var at = store.Members.IndexOf(planMember);
            if (at < 0)
            {
                at = store.Members.FindIndex(m => m.Name == planMember.Name && m.ExplicitInterface == planMember.ExplicitInterface && m.Parameters.Equals(planMember.Parameters));
            }

            if (at < 0 || store.Members[at] is not { Operation: EntityQueryOp { Query: { Kind: QueryKind.List or QueryKind.Page or QueryKind.Count, Filter: null, Predicate: null } query } } member)
            {
                continue;
            }

            // One text equality in the whole query (a search box takes one text), on a property named as free text: several
            // text equalities together (ABP's FindAllAsync(name, providerName, providerKey)) name a row by parts of its identity.
            var texts = query.Groups.SelectMany(static g => g.Conditions).Where(static c => c.Category == ValueCategory.Text).ToList();
            var unstated = texts.Count == 1 && IsUnstatedTextEquality(texts[0], spec) && IsFreeText(texts[0].Path) ? texts : new List<ConditionSpec>();
            if (unstated.Count == 0)
            {
                continue;
            }

            context.TextLookupsUsed = true;
            if (setting == Containing)
            {
                // TextLookups = Containing: each such equality becomes the ordinal substring test of ByNameContaining.
                var groups = query.Groups.Select(g => new ConditionGroupSpec(g.Conditions.Select(c => unstated.Contains(c) ? c with { Operator = QueryOperator.Containing, ImplicitEquality = false } : c).ToArray())).ToArray();
                store.Members[at] = member with { Operation = new EntityQueryOp(query with { Groups = groups, Probe = null }) };
                continue;
            }

            if (setting == Equality)
            {
                continue;
            }

            var condition = unstated[0];
            var property = string.Join(".", condition.Path.Steps.Select(static s => s.Property.TrimStart('@')));
            var parameter = condition.Arguments[0] < query.State.Count ? query.State[condition.Arguments[0]].Parameter.TrimStart('@') : property;
            var what = query.Kind switch { QueryKind.Count => "counts", QueryKind.Page => "pages", _ => "lists" };
            context.Report(DiagnosticDescriptors.TextLookupComparesEqual, candidate.Location, context.InterfaceName, candidate.Symbol.Name, what,
                EntityParameters.EntityDisplay(entity), property, parameter);
        }
    }

    /// <summary>IMF0010 for a value that is no <c>TextLookup</c>, or a stated one that no read took.</summary>
    public static void Validate(ParseContext context)
    {
        var value = context.Settings.TextLookups;
        if (value is not (Unstated or Equality or Containing))
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "TextLookups = " + value + " is not a TextLookup (Unstated, Equality or Containing)");
        }
        else if (value != Unstated && !context.TextLookupsUsed)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "TextLookups = " + (value == Equality ? "Equality" : "Containing") + ": no member of " + context.InterfaceName
                + " is a list, page or count read of an entity repository matching a string against a text property that is not the key and not unique, without a name that says how (By{Property}Equals, By{Property}Containing), so the setting states nothing");
        }
    }

    /// <summary>
    /// Whether the property's last word names free text, which stores search (Name, Title, Description, Address…), not an
    /// identifier (…Id, …Key, Code, Type, Status, Email, Url: compared equal by every store the corpus holds; session 39's
    /// measurement). A <c>Normalized…</c> property is kept for an equality (ASP.NET Core Identity's lookups).
    /// </summary>
    private static bool IsFreeText(PathSpec path)
    {
        var name = path.Steps[path.Steps.Count - 1].Property.TrimStart('@');
        return !name.StartsWith("Normalized", System.StringComparison.Ordinal)
            && (name == "Address" // EmailAddress, IpAddress, WalletAddress are identifiers
                || Conventions.FreeTextWords.Any(w => name == w || (name.EndsWith(w, System.StringComparison.Ordinal) && char.IsLower(name[name.Length - w.Length - 1]))));
    }

    /// <summary>
    /// A text equality of a property that is not the key and has no unique constraint of its own, read from a name or a
    /// parameter without an operator word, given a parameter (not a filter object's member), compared as the fake's
    /// semantics say (no IgnoreCase of its own).
    /// </summary>
    private static bool IsUnstatedTextEquality(ConditionSpec condition, EntitySpec spec)
    {
        if (condition is not { Category: ValueCategory.Text, Operator: QueryOperator.Equals, IgnoreCase: false, OnStringKey: false, ImplicitEquality: true, ArgumentMember: null, Optional: false }
            || condition.Arguments.Count != 1)
        {
            return false;
        }

        if (condition.Path.Steps.Count == 1)
        {
            var name = condition.Path.Steps[0].Property;
            if (spec.Keys.Any(k => k.Name == name) || spec.Unique.Any(u => u.Properties.Count == 1 && u.Properties[0] == name))
            {
                return false;
            }
        }

        return true;
    }
}
