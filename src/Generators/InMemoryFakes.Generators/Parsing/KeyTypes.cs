using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Types an interface uses as the key of something it stores, so that the entity-type vote never takes a key for the
/// entity. A keyless class or struct <c>K</c> is the key of <c>T</c> when a member reads ONE <c>T</c> by a <c>K</c> alone
/// and <c>T</c> has a property of type <c>K</c> (quartznet's <c>GetJob(JobKey)</c> returning the <c>IJobDetail</c> whose
/// <c>Key</c> is a <c>JobKey</c>): a member about <c>K</c>s (<c>DeleteJobs(IReadOnlyCollection&lt;JobKey&gt;)</c>) is then
/// about <c>T</c>s. When such reads return several different types, which one <c>K</c> keys is not said, and nothing moves;
/// nor does it when <c>T</c> has a key of its own (then only the refusal's wording could change, and a key-value store of
/// items with an <c>Id</c> kept by a <c>CacheKey</c> must stay one).
/// </summary>
internal static class KeyTypes
{
    /// <summary>The type the keyless <paramref name="key"/> is the key of, with the member that shows it, or null.</summary>
    public static (ITypeSymbol Keyed, MemberCandidate Read, IPropertySymbol Property)? KeyedBy(ParseContext context, ITypeSymbol key, List<MemberCandidate> candidates)
    {
        key = TypeNames.Underlying(key);
        if (!TypeFacts.IsEntityCandidateType(key) || key is ITypeParameterSymbol || EntityInfo.TryGet(context, key) is not null)
        {
            return null;
        }

        (ITypeSymbol Keyed, MemberCandidate Read, IPropertySymbol Property)? found = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Method is null || candidate.Parameters.Length != 1 || candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable
                || !TypeFacts.SameType(TypeNames.Underlying(candidate.Parameters[0].Type), key))
            {
                continue;
            }

            var keyed = TypeNames.Underlying(result);
            // A keyed type with a key of its own is left alone: its key says what it is stored by, and a store that reads it by
            // another type (a cache item with an Id, kept by a CacheKey) may be a key-value store, which moving votes would hide.
            if (TypeFacts.SameType(keyed, key) || !IsStoredShape(context, keyed) || EntityInfo.TryGet(context, keyed) is not null
                || PropertyOfType(keyed, key) is not { } property)
            {
                continue;
            }

            if (found is { } earlier && !TypeFacts.SameType(earlier.Keyed, keyed))
            {
                return null;
            }

            found ??= (keyed, candidate, property);
        }

        return found;
    }

    /// <summary>
    /// An interface the members store as an entity (a write of it alone: Umbraco's <c>Save(IKeyValue)</c>), with that
    /// member, or null. A fake stores classes, records and structs only: it can neither create nor copy an interface.
    /// </summary>
    public static (ITypeSymbol Stored, MemberCandidate Write)? StoredInterface(ParseContext context, List<MemberCandidate> candidates)
    {
        (ITypeSymbol Stored, MemberCandidate Write)? found = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Method is null || candidate.Parameters.Length != 1 || !Conventions.StartsWithAny(candidate.Verb, Conventions.EntityWriteVerbPrefixes)
                || NameWords.StartsWithWord(candidate.Verb, "Delete") || NameWords.StartsWithWord(candidate.Verb, "Remove"))
            {
                continue;
            }

            var type = TypeNames.Underlying(candidate.Parameters[0].Type);
            if (type.TypeKind == TypeKind.Interface && IsStoredShape(context, type)
                && (found is null || string.CompareOrdinal(type.ToDisplayString(), found.Value.Stored.ToDisplayString()) < 0))
            {
                found = (type, candidate);
            }
        }

        return found;
    }

    /// <summary>A class, struct or interface of the user's (no collection, nothing of the framework's: <see cref="FrameworkTypes"/>).</summary>
    public static bool IsStoredShape(ParseContext context, ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named || named.IsTupleType || type.SpecialType != SpecialType.None
            || TypeFacts.ElementType(context.Known, type) is not null)
        {
            return false;
        }

        return !FrameworkTypes.Is(named) && TypeFacts.RootNamespace(named) != "InMemoryFakes";
    }

    /// <summary>How a member is written in a message: <c>GetJob(JobKey)</c>.</summary>
    public static string Signature(MemberCandidate candidate)
        => candidate.Symbol.Name + "(" + string.Join(", ", candidate.Parameters.Select(static p => p.Type.Name)) + ")";

    private static IPropertySymbol? PropertyOfType(ITypeSymbol type, ITypeSymbol propertyType)
    {
        var chain = new List<ITypeSymbol> { type };
        chain.AddRange(type.AllInterfaces);
        for (var b = type.BaseType; b is not null && b.SpecialType != SpecialType.System_Object; b = b.BaseType)
        {
            chain.Add(b);
        }

        foreach (var current in chain)
        {
            foreach (var member in current.GetMembers().OrderBy(static m => m.Name, StringComparer.Ordinal))
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property
                    && TypeFacts.SameType(TypeNames.Underlying(property.Type), propertyType))
                {
                    return property;
                }
            }
        }

        return null;
    }
}
