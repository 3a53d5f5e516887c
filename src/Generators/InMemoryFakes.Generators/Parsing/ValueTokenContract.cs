using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Finds a key-value store's <em>item contract</em>: an interface declared beside the store's interface (same namespace,
/// same assembly) with a read-write concurrency token (a <c>[ConcurrencyCheck]</c>/<c>[Timestamp]</c> property, or one
/// named as <see cref="Conventions.TokenPropertyNames"/>), such as Bot Framework's <c>IStoreItem { string ETag { get; set; } }</c>
/// beside <c>IStorage</c>. Its presence says the store's values may carry a token the real store checks and assigns on
/// every write; how (wildcards, an empty token, who gets the new token, the conflict's exception) is the store's own and
/// not in any signature, so the value writes of such a store are refused rather than guessed (docs/generator.md,
/// "Concurrency tokens in key-value values").
/// </summary>
internal static class ValueTokenContract
{
    /// <summary>
    /// The contract and its token that the store's values may carry, or null: for a store of <c>object</c> values (any
    /// value may implement the contract), or a store whose value type is the contract or implements it.
    /// </summary>
    public static (INamedTypeSymbol Contract, IPropertySymbol Token)? Find(ParseContext context, ITypeSymbol valueType, bool objectStore)
    {
        var store = context.Interface;
        if (store.ContainingNamespace is not { } ns)
        {
            return null;
        }

        foreach (var type in ns.GetTypeMembers().OrderBy(static t => t.MetadataName, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (type.TypeKind != TypeKind.Interface || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, store.OriginalDefinition)
                || !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, store.ContainingAssembly)
                || Token(context, type) is not { } token)
            {
                continue;
            }

            var underlying = TypeNames.Underlying(valueType);
            if (objectStore
                || SymbolEqualityComparer.Default.Equals(underlying.OriginalDefinition, type)
                || underlying.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, type)))
            {
                return (type, token);
            }
        }

        return null;
    }

    private static IPropertySymbol? Token(ParseContext context, INamedTypeSymbol contract)
    {
        var properties = contract.GetMembers().OfType<IPropertySymbol>().Where(static p => !p.IsStatic && !p.IsIndexer && p.GetMethod is not null && p.SetMethod is not null).ToList();
        return EntityPlanner.TokenProperty(context, properties, out _);
    }
}
