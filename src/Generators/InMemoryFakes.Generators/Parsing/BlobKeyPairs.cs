using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Blobs named by a key of two parts (h-sample135: ecarpouzis/MovieTheater's <c>IPosterImageRepository</c>,
/// <c>HasImage(int movieId, PosterImageVariant variant)</c>, <c>GetImage(movieId, variant)</c> and
/// <c>SaveImage(movieId, variant, byte[] imageContent)</c>, whose real store keeps one file per movie and variant,
/// <c>{movieId}.png</c> and <c>{movieId}_s.png</c>). Before, the blob conventions took only the first parameter as the name
/// and refused every member ("its parameter 'variant' has no meaning for a blob store").
/// <para>
/// The interface proves the pair when every member with a blob verb that takes parameters takes the same two first, by the
/// same names and types, and at least one of them is a write (Put) of content after the pair: each pair then names one
/// blob, as a path of two segments does. The first part is an <c>int</c>, <c>long</c>, <c>Guid</c> or enum, the second
/// one of those or a <c>string</c> that is no content type, text content or place (a container comes first and is a
/// string: <see cref="BlobPlanner"/>'s placed keys). The table's key is <c>{first}/{second}</c> in invariant text (an
/// enum by its name), so no two pairs meet: the first part's text has no <c>/</c>. Only Put, Get (content), Exists and
/// Delete of the pair are generated; anything that would hand out a name (a listing, properties, a URL) is refused, the
/// name being the real store's own making of the two (MovieTheater's <c>_s</c> suffix).
/// </para>
/// </summary>
internal static class BlobKeyPairs
{
    /// <summary>The two parts as a blob key, when the first two parameters can be them; else null.</summary>
    public static BlobKeySpec? Key(ParseContext context, IParameterSymbol[] args)
    {
        if (args.Length < 2 || !TypeFacts.ReadsAsValue(args[0]) || !TypeFacts.ReadsAsValue(args[1]) || args[0].HasExplicitDefaultValue || args[1].HasExplicitDefaultValue
            || !Formatted(context, args[0].Type))
        {
            return null;
        }

        if (Formatted(context, args[1].Type))
        {
            return new BlobKeySpec(Declarations.Argument(args[1]), BlobKeyConversion.Paired, new BlobOwnerSpec(Declarations.Argument(args[0]), "", BlobKeyConversion.Format, IsValueType: true));
        }

        if (TypeFacts.IsString(args[1].Type) && !Conventions.NameIn(args[1].Name, Conventions.ContentTypeNames) && !Conventions.NamesTextContent(args[1].Name)
            && !Conventions.NameIn(args[1].Name, Conventions.BlobPlaceParameterNames))
        {
            return new BlobKeySpec(Declarations.Argument(args[1]), BlobKeyConversion.Paired, new BlobOwnerSpec(Declarations.Argument(args[0]), "", BlobKeyConversion.None, IsValueType: true));
        }

        return null;
    }

    /// <summary>
    /// The pair's two parameter names when the interface proves it (see the type's summary), else null.
    /// </summary>
    /// <param name="context">The parse context.</param>
    /// <param name="pending">The members.</param>
    /// <param name="isBlobMember">Whether a member has a blob verb.</param>
    /// <param name="isPut">Whether a member's blob verb is a write.</param>
    public static (string First, string Second)? Of(ParseContext context, List<MemberCandidate> pending, Func<MemberCandidate, bool> isBlobMember, Func<MemberCandidate, bool> isPut)
    {
        (string First, string Second, ITypeSymbol FirstType, ITypeSymbol SecondType)? pair = null;
        var written = false;
        foreach (var candidate in pending)
        {
            if (candidate.Method is null || candidate.Parameters.Length == 0 || !isBlobMember(candidate))
            {
                continue;
            }

            if (candidate.Method.IsGenericMethod || Key(context, candidate.Parameters) is null)
            {
                return null;
            }

            var args = candidate.Parameters;
            if (pair is { } known)
            {
                if (!string.Equals(known.First, args[0].Name, StringComparison.Ordinal) || !string.Equals(known.Second, args[1].Name, StringComparison.Ordinal)
                    || !SymbolEqualityComparer.Default.Equals(known.FirstType, args[0].Type) || !SymbolEqualityComparer.Default.Equals(known.SecondType, args[1].Type))
                {
                    return null;
                }
            }
            else
            {
                pair = (args[0].Name, args[1].Name, args[0].Type, args[1].Type);
            }

            written |= isPut(candidate);
        }

        return pair is { } found && written ? (found.First, found.Second) : null;
    }

    /// <summary>An int, long, Guid or enum, not nullable: a part whose invariant text names it and holds no <c>/</c>.</summary>
    private static bool Formatted(ParseContext context, ITypeSymbol type)
        => !TypeNames.IsNullableValueType(type)
            && (type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 || KnownSymbols.Is(type, context.Known.Guid) || type.TypeKind == TypeKind.Enum);
}
