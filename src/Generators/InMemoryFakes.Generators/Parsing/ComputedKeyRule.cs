using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The cause IMF0009 names when a keyless entity computes its key with a method of its own: a member that returns one
/// entity takes a parameter of the type a public parameterless method of the entity returns (Stratis' <c>IChainStore</c>:
/// <c>BlockHeader GetHeader(ChainedHeader chainedHeader, uint256 hash)</c> beside <c>bool PutHeader(BlockHeader header)</c>,
/// whose <c>ChainStore</c> keys a header by <c>header.GetHash()</c>). The plain message tells the user to mark a key
/// property, which such an entity does not have; the key-value planner says the same of a keyless write of such a value
/// (WalletWasabi's <c>SaveAsync(Block)</c>). The refusal itself is unchanged: a fake calls none of a stored type's methods
/// (one may be costly, impure, or not the key at all).
/// </summary>
internal static class ComputedKeyRule
{
    /// <summary>The message's trailing cause, or "" when no lookup takes what a method of the entity computes.</summary>
    public static string Cause(ITypeSymbol entity, IReadOnlyList<MemberCandidate> candidates)
    {
        var methods = Methods(entity);
        if (methods.Count == 0)
        {
            return "";
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable || !TypeFacts.SameType(TypeNames.Underlying(result), entity))
            {
                continue;
            }

            foreach (var parameter in candidate.Parameters)
            {
                var type = TypeNames.Underlying(parameter.Type);
                if (methods.FirstOrDefault(m => TypeFacts.SameType(TypeNames.Underlying(m.ReturnType), type)) is { } method)
                {
                    return "; " + entity.Name + "'s method '" + method.Name + "()' returns " + type.ToDisplayString() + ", the type '" + candidate.Symbol.Name
                        + "' looks one up by ('" + parameter.Name + "'), so its key is likely what that method computes; but no property holds it, so neither [Key] nor"
                        + " Key = \"…\" can name it, and a fake calls none of a stored type's methods (one may be costly, impure, or not the key)";
                }
            }
        }

        return "";
    }

    /// <summary>
    /// The entity's public parameterless instance methods (its own and its base classes', not a framework type's) that
    /// return a value of another type than the entity and than bool, by name: <c>GetHash()</c>.
    /// </summary>
    private static List<IMethodSymbol> Methods(ITypeSymbol entity)
    {
        var methods = new List<IMethodSymbol>();
        for (var type = entity as INamedTypeSymbol; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            if (type.SpecialType != SpecialType.None || KeyValuePlanner.IsFrameworkType(type))
            {
                continue;
            }

            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (method is { MethodKind: MethodKind.Ordinary, IsStatic: false, IsGenericMethod: false, Parameters.Length: 0, DeclaredAccessibility: Accessibility.Public, ReturnsVoid: false }
                    && method.Name is not ("ToString" or "GetHashCode" or "GetType" or "Clone")
                    && method.ReturnType.SpecialType != SpecialType.System_Boolean
                    && !TypeFacts.SameType(TypeNames.Underlying(method.ReturnType), entity)
                    && !methods.Any(m => string.Equals(m.Name, method.Name, StringComparison.Ordinal)))
                {
                    methods.Add(method);
                }
            }
        }

        methods.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return methods;
    }
}
