using System;
using System.Collections.Generic;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A single-result lookup NAMED to return null when nothing is found — a <c>Find</c> (EF Core's <c>Find</c>,
/// <c>List&lt;T&gt;.Find</c>, Identity's <c>FindByIdAsync</c>) or an <c>…OrDefault</c> (LINQ's <c>FirstOrDefault</c>) — but
/// DECLARED to return a non-nullable reference type under nullable annotations: the name and the result disagree, and
/// which one the real store follows is its own (dotnet/maui-samples' <c>Person FindById(string id)</c> returns null). The
/// fake used to throw the not-found error for every such lookup but the bare Find by key, silently. Refused whatever the
/// lookup is bound by — the key, the key and another property (<c>FindByIdAsync(id, partition)</c>), a derived query
/// (<c>FindByEmail</c>), parameter names (<c>FindPerson(email)</c>), a flag (<c>FindDefault()</c>), a predicate, a filter,
/// a specification or an association (<c>FindByLoginAsync</c>) — and a key-value or blob store's read of one value so named. An oblivious result (<c>#nullable disable</c>)
/// says nothing and keeps the conventions' reading.
/// </summary>
internal static class NullFindingLookupRule
{
    /// <summary>Refuses (IMF0001) each planned single-result lookup whose name says null and whose result says never null.</summary>
    public static void Apply(ParseContext context, EntityInfo entity, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned)
    {
        foreach (var (candidate, member) in planned)
        {
            if (Reason(entity, candidate, member.Operation) is { } reason && store.Members.Remove(member))
            {
                context.NotSupported(candidate, "entity repository", reason);
            }
        }
    }

    /// <summary>Why the lookup is refused, or null when its name and its result agree (or it is no such lookup).</summary>
    public static string? Reason(EntityInfo entity, MemberCandidate candidate, OperationSpec operation)
        => RequiresMatch(operation) && candidate.Result is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.NotAnnotated } result
            ? Reason(candidate, TypeFacts.SameType(result, entity.Type) ? EntityParameters.EntityDisplay(entity) : result.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))
            : null;

    /// <summary>
    /// The same for a key-value store's read of one value (<c>Task&lt;Session&gt; FindAsync(string key)</c>,
    /// <c>string GetOrDefault(string key)</c>), which the conventions read as the not-found error for a non-nullable result.
    /// </summary>
    public static string? KeyValueReason(MemberCandidate candidate, OperationSpec operation)
        => operation is KvGetOp { Result: KvGetResult.Required or KvGetResult.Cast or KvGetResult.OfType or KvGetResult.ChangeType } or KvGetItemOp { Required: true }
            && candidate.Result is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.NotAnnotated } result
            ? Reason(candidate, result.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))
            : null;

    /// <summary>
    /// The same for a blob store's read (<c>Task&lt;Stream&gt; GetOrNullAsync(string name)</c>), whose planner reads an
    /// annotated result itself: the reason when the name says null and <paramref name="result"/> says never, else null.
    /// </summary>
    public static string? ReadReason(MemberCandidate candidate, ITypeSymbol result)
        => result is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.NotAnnotated }
            ? Reason(candidate, result.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))
            : null;

    private static string? Reason(MemberCandidate candidate, string display)
    {
        var verb = candidate.Verb;
        if (IsWord(verb, 0, "Find"))
        {
            return "a Find returns null for a missing " + display + " (EF Core's Find, List<T>.Find, Identity's FindByIdAsync), and '" + verb + "' is declared to return a non-nullable "
                + display + ", which says one always comes back; declare " + display + "? for null when missing, or name it Get for the not-found error";
        }

        foreach (var word in OrNullWords)
        {
            var at = verb.IndexOf(word, StringComparison.Ordinal);
            if (at > 0 && IsWord(verb, at, word))
            {
                return "an …" + word + " returns null when nothing is found (LINQ's FirstOrDefault and SingleOrDefault), and '" + verb + "' is declared to return a non-nullable "
                    + display + ", which says one always comes back; declare " + display + "? for null when nothing is found, or name it Get for the not-found error";
            }
        }

        return null;
    }

    /// <summary>Name endings that say a lookup gives null when nothing is found (<c>FirstOrDefault</c>, <c>GetOrNull</c>).</summary>
    private static readonly string[] OrNullWords = { "OrDefault", "OrNull" };

    /// <summary>Operations that return one entity (or a shape of it) and throw the not-found error when nothing matches.</summary>
    private static bool RequiresMatch(OperationSpec operation) => operation is EntityFindOp { Result: SingleResult.Required }
        or EntityQueryOp { Query: { Kind: QueryKind.First, Single: SingleResult.Required } }
        or EntitySpecificationOp { Single: SingleResult.Required }
        or EntityFindStoredOp { Result: SingleResult.Required }
        or AssociationOp { Action: AssociationAction.FindOwner, ResultNullable: false }
        or ItemOp { Action: ItemAction.Find or ItemAction.FindOwner, ResultNullable: false }
        or KeyedValueOp { Action: KeyedValueAction.Get, ResultNullable: false };

    /// <summary>Whether <paramref name="word"/> stands at <paramref name="at"/> in <paramref name="name"/> as a whole word (the name ends or a new word starts after it).</summary>
    private static bool IsWord(string name, int at, string word)
        => string.CompareOrdinal(name, at, word, 0, word.Length) == 0 && (name.Length == at + word.Length || char.IsUpper(name[at + word.Length]) || char.IsDigit(name[at + word.Length]));
}
