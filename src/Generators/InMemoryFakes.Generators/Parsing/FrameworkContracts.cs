using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>Applies <see cref="Conventions.FrameworkStoreContracts"/>: what a framework store's documented contract fixes.</summary>
internal static class FrameworkContracts
{
    /// <summary>Whether the faked interface is, or inherits, a framework store whose values are kept by reference.</summary>
    public static bool StoresByReference(INamedTypeSymbol target)
        => target.AllInterfaces.Add(target).Any(static i => Conventions.FrameworkStoreContracts.Any(c => c.ByReference && c.Interface == NameOf(i)));

    /// <summary>
    /// The member with the contract's meaning of a null key, when its declaring interface has one and it takes a key:
    /// the key parameter is given that value before anything else reads it.
    /// </summary>
    public static MemberSpec WithNullKeyMeaning(MemberCandidate candidate, MemberSpec member)
    {
        var declaredBy = NameOf(candidate.Symbol.ContainingType);
        foreach (var (contract, nullKeyMeans, _) in Conventions.FrameworkStoreContracts)
        {
            if (contract == declaredBy && nullKeyMeans is not null && BlankKeyGuards.KeyOf(member.Operation) is { } key)
            {
                return member with { NullKeyMeans = new NullKeyMeaningSpec(key.Name, nullKeyMeans) };
            }
        }

        return member;
    }

    private static string NameOf(INamedTypeSymbol type)
        => type.OriginalDefinition.ContainingNamespace.ToDisplayString() + "." + type.OriginalDefinition.MetadataName;
}
