using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a member cannot be generated in a key-value store whose values are sequences of a type that another member of
    /// the interface takes one at a time without a key, else null. The store's values are lists only because a read
    /// returns a list (<c>IEnumerable&lt;IFixedHolidayFunc&gt; Get(Country country)</c>), but the write beside it
    /// (<c>Add(IFixedHolidayFunc func)</c>, refused: no key) says what the store keeps: the elements, one by one. The list
    /// a read by a key answers is then selected from them by that parameter (cosmos-holiday's <c>HolidayManager.Get(country)</c>
    /// keeps the funcs whose <c>Country</c> or <c>BelongsToCountry</c> is that country; a repository's
    /// <c>GetByCustomer(customerId)</c> beside <c>Add(order)</c> keeps the customer's orders), not a list kept under the key,
    /// which no member of the interface writes: the fake read a table nothing fills and answered null where the real store
    /// answers the matching elements (found by h-sample93's round). A write of the whole list under a key beside it does not
    /// say which of the two the read answers either, so every member of such a store is refused. Only a write counts (a
    /// name starting with Store, Add, Save, Write, Create, Put, Insert, Persist or Append): a keyless
    /// <c>Contains(item)</c> beside lists kept under keys may search every list, which says nothing of how they are kept.
    /// </summary>
    /// <summary>
    /// Whether a member reads a list of the store's items (its values' element, or its values) by parameters of its own
    /// (<c>IEnumerable&lt;IFixedHolidayFunc&gt; Get(CountryCode code, int month)</c>): such a read, refused by the key-value
    /// conventions, takes <see cref="ElementWriteRefusal"/>'s cause where it applies (session 41).
    /// </summary>
    private static bool ReadsItemsByParameters(KeyValueShape shape, MemberCandidate candidate, KeyValueVerb verb)
    {
        if (verb != KeyValueVerb.Get || candidate.Method is null || candidate.Parameters.Length == 0 || candidate.Result is not { } result
            || TypeFacts.EnumerableElement(TypeNames.Underlying(result)) is not { } read)
        {
            return false;
        }

        var element = TypeFacts.EnumerableElement(shape.ValueType) ?? shape.ValueType;
        return SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(read), TypeNames.Underlying(element));
    }

    private static string? ElementWriteRefusal(KeyValueShape shape, MemberCandidate candidate)
    {
        if (shape.IsSingle || shape.IsObjectStore)
        {
            return null;
        }

        // The values are the elements themselves when the tie between the element and a list of it went to the element
        // (h-kv38: "a type over a list of itself"), and a read by a key still answers a list of them (session 38's merge:
        // cosmos-holiday's Get(country) beside Add(func), whose Remove(country) was then generated over a table nothing fills).
        var valuesAreLists = TypeFacts.EnumerableElement(shape.ValueType) is INamedTypeSymbol;
        var element = (TypeFacts.EnumerableElement(shape.ValueType) ?? shape.ValueType) as INamedTypeSymbol;
        if (element is null || element.SpecialType != SpecialType.None || element.TypeKind is not (TypeKind.Class or TypeKind.Interface or TypeKind.Struct)
            || (!valuesAreLists && !shape.Candidates.Any(c => c.Parameters.Length > 0 && c.Result is { } result && TypeFacts.EnumerableElement(result) is { } read
                && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(read), element))))
        {
            return null;
        }

        foreach (var other in shape.Candidates)
        {
            if (ReferenceEquals(other, candidate) || other.Method is null || other.Parameters.Length == 0
                || !Conventions.NewKeyWriteVerbPrefixes.Any(verb => NameWords.StartsWithWord(other.Symbol.Name, verb))
                || other.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(p.Type), TypeNames.Underlying(shape.KeyType))))
            {
                continue;
            }

            var taken = other.Parameters.FirstOrDefault(p => SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(p.Type), element)
                || (TypeFacts.EnumerableElement(p.Type) is { } inner && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(inner), element)));
            if (taken is null)
            {
                continue;
            }

            return (valuesAreLists ? "the store's values are lists of " + element.Name + " only because of its result, and " : "a read by a key answers a list of " + element.Name + ", and ")
                + other.Symbol.Name + "(" + taken.Name + ") writes "
                + element.Name + " without a key: the store keeps " + element.Name + " items one by one, and a member by a key selects among them (cosmos-holiday's "
                + "HolidayManager.Get(country) keeps the holidays whose Country or BelongsToCountry is that country), where the fake would keep a list under each key, "
                + "which no member writes; write it over the items " + other.Symbol.Name + " keeps";
        }

        return null;
    }
}
