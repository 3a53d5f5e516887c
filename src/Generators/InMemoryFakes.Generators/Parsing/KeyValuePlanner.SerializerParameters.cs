using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a key-value member that takes System.Text.Json's contract of its value (<c>JsonTypeInfo&lt;T&gt;</c>,
    /// <c>JsonTypeInfo</c>, <c>JsonSerializerOptions</c>, or a <c>JsonSerializerContext</c>) cannot be generated, else null.
    /// Such a parameter has one use: the real store writes the value as JSON with it and a read makes a new object from
    /// the JSON with the contract it is given (docs-aspire's <c>ICacheService</c>: <c>GetAsync&lt;T&gt;(key,
    /// JsonTypeInfo&lt;T&gt; jsonTypeInfo)</c> and <c>SetAsync&lt;T&gt;(key, value, jsonTypeInfo, absoluteExpiration)</c> over
    /// Redis strings; h-sample117). What a read answers is then what the JSON round trip makes of the value (members the
    /// contract leaves out are lost, a value written as one type reads as the type asked for), and the fake's table keeps
    /// the objects themselves. Before, a read's refusal called the contract "nothing a key-value store knows" and a
    /// write's "not a time to live (a TimeSpan named ttl/…)", which sent the user to rename it. A parameter of the store's
    /// own value or key type is not such a contract (a store of <c>JsonSerializerOptions</c> values).
    /// </summary>
    private static string? SerializerParameterRefusal(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        var contract = candidate.Parameters.FirstOrDefault(p => IsSerializerContract(context.Known, TypeNames.Underlying(p.Type))
            && !TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(shape.ValueType))
            && !TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(shape.KeyType)));
        if (contract is null)
        {
            return null;
        }

        return "its parameter '" + contract.Name + "' (" + contract.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
            + ") is System.Text.Json's contract of the value: the real store keeps the value as JSON written with it, and a read answers a new object made from that JSON"
            + " with the contract it is given (what the contract leaves out is lost, a number or object written as one type reads as the type asked for), "
            + "where the fake's table keeps the object itself; the JSON is the real store's own, so write the member (serialize with '" + contract.Name + "' into the table, and deserialize on a read)";
    }

    /// <summary>Whether a type is a System.Text.Json serializer contract: <c>JsonTypeInfo</c> (and <c>JsonTypeInfo&lt;T&gt;</c>), <c>JsonSerializerOptions</c>, or a <c>JsonSerializerContext</c>.</summary>
    private static bool IsSerializerContract(KnownSymbols known, ITypeSymbol type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (KnownSymbols.Is(current, known.JsonTypeInfo) || KnownSymbols.Is(current, known.JsonTypeInfoOfT)
                || KnownSymbols.Is(current, known.JsonSerializerOptions) || KnownSymbols.Is(current, known.JsonSerializerContext))
            {
                return true;
            }
        }

        return false;
    }
}
