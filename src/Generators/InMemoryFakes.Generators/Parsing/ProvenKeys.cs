using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Keys an interface proves with its own members, not with a property's name: a set of entity properties is
/// <b>identifying</b> when the interface both reads ONE entity by them and removes by the same ones, every parameter
/// named exactly (any case) after a property (IdentityServer's <c>GetAsync(string key)</c> + <c>RemoveAsync(string key)</c>
/// of a <c>PersistedGrant</c> with a <c>Key</c>; <c>GetUserConsentAsync(subjectId, clientId)</c> +
/// <c>RemoveUserConsentAsync(subjectId, clientId)</c> of a <c>Consent</c>; Finbuckle's <c>GetByIdentifierAsync(identifier)</c>
/// + <c>RemoveAsync(identifier)</c> of a tenant). A single-entity read by a set says it names at most one entity; a removal
/// by the same set says it names the row to remove — together they are what a key is. A name alone never is: a
/// property called <c>Key</c> on a cache item proves nothing, so a type with such a property but no such members is
/// still IMF0009, and key-value classification is never consulted here (see <see cref="StoreClassifier"/>).
/// </summary>
internal static class ProvenKeys
{
    /// <summary>
    /// The entity view of a type that has no key by convention, keyed by the one identifying set of properties its
    /// interface proves, when the interface also writes the entity alone (<c>StoreAsync(grant)</c>); null when none, or
    /// when several (which one is the key is then not said).
    /// </summary>
    public static EntityInfo? Entity(ParseContext context, ITypeSymbol type, List<MemberCandidate> candidates)
    {
        type = TypeNames.Underlying(type);
        if (!TypeFacts.IsEntityCandidateType(type) || type is ITypeParameterSymbol)
        {
            return null;
        }

        // The interface must also write the entity itself: a type it only reads (Squidex's SnapshotResult, written as a
        // SnapshotWriteJob) is a result shape, not a stored row, so its "key" would key nothing.
        var written = candidates.Any(c => c.Method is { IsGenericMethod: false } && c.Parameters.Length == 1
            && TypeFacts.SameType(TypeNames.Underlying(c.Parameters[0].Type), type)
            && (Conventions.StartsWithAny(c.Verb, Conventions.EntityWriteVerbPrefixes) || Conventions.AddIfAbsentNoun(c.Verb) is not null)
            && NounAfter(c.Verb, Conventions.DeleteVerbs) is null);
        var sets = written ? Identifying(context, type, candidates) : new List<IPropertySymbol[]>();
        return sets.Count == 1 ? EntityInfo.WithKeys(context, type, sets[0]) : null;
    }

    /// <summary>
    /// The identifying property sets of an entity other than its key: alternate keys, unique like a unique index
    /// (Finbuckle's EF Core store declares <c>HasIndex(ti =&gt; ti.Identifier).IsUnique()</c> for exactly that pair of members).
    /// </summary>
    public static List<IPropertySymbol[]> AlternateKeys(ParseContext context, EntityInfo entity, List<MemberCandidate> candidates)
    {
        if (entity.Type is ITypeParameterSymbol)
        {
            return new List<IPropertySymbol[]>();
        }

        var key = new HashSet<string>(entity.Keys.Select(static k => k.Name), StringComparer.Ordinal);
        // A set that holds the whole key is unique already.
        return Identifying(context, entity.Type, candidates)
            .Where(set => !key.All(k => set.Any(p => p.Name == k)))
            .ToList();
    }

    /// <summary>The property sets that a single-entity read and a removal of the interface both take, in the read's order.</summary>
    private static List<IPropertySymbol[]> Identifying(ParseContext context, ITypeSymbol type, List<MemberCandidate> candidates)
    {
        var reads = new List<IPropertySymbol[]>();
        var removes = new List<IPropertySymbol[]>();
        var subject = VerbNouns.Subject(context.InterfaceName);
        foreach (var candidate in candidates)
        {
            if (candidate.Method is not { IsGenericMethod: false } || candidate.Shape == ReturnShape.AsyncEnumerable)
            {
                continue;
            }

            var read = NounAfter(candidate.Verb, Conventions.FindVerbs);
            var remove = NounAfter(candidate.Verb, Conventions.DeleteVerbs);
            var isRead = read is not null && candidate.Result is { } result && TypeFacts.SameType(TypeNames.Underlying(result), type);
            // A removal answers nothing, whether it removed, how many, or the entity it removed (the ASP.NET Core 1.0 tutorial's
            // TodoItem Remove(string key)).
            var isRemove = remove is not null && (candidate.IsVoid || TypeFacts.IsBool(candidate.Result) || TypeFacts.IsIntOrLong(candidate.Result)
                || (candidate.Result is { } removed && TypeFacts.SameType(TypeNames.Underlying(removed), type)));
            if (!isRead && !isRemove)
            {
                continue;
            }

            var properties = Properties(context, type, candidate.Parameters);
            if (isRemove && properties is { Length: >= 2 } && EntityPlanner.TokenProperty(context, context.PropertiesOf(type), out _) is { } token
                && SymbolEqualityComparer.Default.Equals(properties[properties.Length - 1], token))
            {
                // A removal's last parameter named as the entity's concurrency token is the expected token, not a key part
                // (Orleans' RemoveRow(grainId, reminderName, eTag) removes the row only when its ETag matches).
                properties = properties.Take(properties.Length - 1).ToArray();
            }

            if (properties is null || !NounFits(isRead ? read! : remove!, type, properties, subject))
            {
                continue;
            }

            (isRead ? reads : removes).Add(properties);
        }

        var sets = new List<IPropertySymbol[]>();
        foreach (var read in reads)
        {
            if (removes.Any(r => SameSet(r, read)) && !sets.Any(s => SameSet(s, read)))
            {
                sets.Add(read);
            }
        }

        return sets;
    }

    /// <summary>One distinct property per significant parameter, named exactly like it (any case), of a type it converts to; else null.</summary>
    private static IPropertySymbol[]? Properties(ParseContext context, ITypeSymbol type, IParameterSymbol[] parameters)
    {
        var significant = parameters.Where(p => !EntityParameters.IsIgnorable(context, p)).ToArray();
        if (significant.Length == 0)
        {
            return null;
        }

        var found = new List<IPropertySymbol>();
        foreach (var parameter in significant)
        {
            var property = context.PropertiesOf(type).FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (property is null || found.Contains(property, SymbolEqualityComparer.Default) || !TypeFacts.KeyConvertible(context, parameter.Type, property.Type))
            {
                return null;
            }

            found.Add(property);
        }

        return found.ToArray();
    }

    /// <summary>
    /// The noun after the verb says the member is about one entity by these properties: nothing (<c>GetAsync</c>), a noun
    /// ending in the entity's name (<c>GetUserConsentAsync</c>), the store's own subject (<c>GetBasket(userName)</c> and
    /// <c>DeleteBasket(userName)</c> of an <c>IBasketRepository</c> of <c>ShoppingCart</c>s: the interface names what it
    /// keeps), or <c>[Entity]By{Properties joined by And}</c>.
    /// </summary>
    private static bool NounFits(string noun, ITypeSymbol type, IPropertySymbol[] properties, string? subject)
    {
        var by = "By" + string.Join("And", properties.Select(static p => p.Name));
        return noun.Length == 0
            || noun == by
            || noun == type.Name + by
            || (subject is not null && (noun == subject || noun == subject + by))
            || (noun.EndsWith(type.Name, StringComparison.Ordinal) && (noun.Length == type.Name.Length || char.IsLower(noun[noun.Length - type.Name.Length - 1])));
    }

    private static bool SameSet(IPropertySymbol[] a, IPropertySymbol[] b)
        => a.Length == b.Length && a.All(p => b.Contains(p, SymbolEqualityComparer.Default));

    /// <summary>The noun after the longest of <paramref name="verbs"/> that starts the name at a word boundary; null when none does.</summary>
    internal static string? NounAfter(string name, string[] verbs)
    {
        string? best = null;
        foreach (var verb in verbs)
        {
            if (NameWords.StartsWithWord(name, verb) && (best is null || verb.Length > best.Length))
            {
                best = verb;
            }
        }

        return best is null ? null : name.Substring(best.Length);
    }
}
