using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>Parameter names that call an argument one of the store's items rather than a key.</summary>
    private static readonly string[] ItemParameterNames = { "item", "element", "value", "entity", "entry", "obj" };

    /// <summary>
    /// Why a member whose one argument is named as an item (<c>Remove(T item)</c>, <c>Contains(T value)</c>) cannot take it
    /// for the key, in a store whose keys and values are one type and where no member writes a value under a key, else
    /// null. The key-value reading made the item a key: a paste's <c>IRepository&lt;T&gt;</c> over a <c>List&lt;T&gt;</c>
    /// (<c>Add(T item)</c>, <c>Remove(T item)</c>, <c>GetAll()</c>), closed over <c>int</c>, had its <c>Remove(item)</c>
    /// generated as the removal of the entry keyed <c>item</c>, where the list takes out the first equal item and keeps
    /// repeats (and a set keeps none). Nothing in such an interface names a key (since session 26, h-everyday8).
    /// </summary>
    private static string? ItemKeyRefusal(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (shape.IsSingle || shape.IsObjectStore || !SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(shape.KeyType), TypeNames.Underlying(shape.ValueType)))
        {
            return null;
        }

        var arguments = candidate.Parameters.Where(p => !TypeFacts.IsCancellationToken(context.Known, p.Type)).ToArray();
        if (arguments.Length != 1 || !ItemParameterNames.Contains(arguments[0].Name, StringComparer.OrdinalIgnoreCase)
            || !SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(arguments[0].Type), TypeNames.Underlying(shape.KeyType)))
        {
            return null;
        }

        if (shape.Candidates.Any(c => c.Parameters.Count(p => SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(p.Type), TypeNames.Underlying(shape.KeyType))) >= 2))
        {
            return null;
        }

        return "its parameter '" + arguments[0].Name + "' is one of the store's own " + shape.ValueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
            + " items, not a key: no member writes a value under a key, so the store may be a list of its items (List<T>.Remove takes out the first equal one and keeps repeats)"
            + " or a set, which no signature says; write the member";
    }
}
