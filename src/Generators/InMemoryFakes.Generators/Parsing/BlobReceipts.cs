using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Receipts of a blob store: the type a write that takes content but <b>no name</b> returns, which carries the name the
/// store gave the blob (Wolverine's claim-check <c>Task&lt;ClaimCheckToken&gt; StoreAsync(payload, contentType)</c> returns
/// <c>ClaimCheckToken(Id, ContentType, Length)</c>, and <c>LoadAsync(token)</c>/<c>DeleteAsync(token)</c> find the payload by
/// <c>token.Id</c>). The write proves what the receipt's name member is: the store put the name it made up there. So such
/// a write names the blob with a new GUID (its <c>"D"</c> text, as the Guid-returning upload does) and returns the receipt
/// built from the stored blob, and every member of the same store that takes the receipt where a name goes names the blob
/// by that member. The name member is a readable string property named like a blob name (Key, Name, Path, FileName,
/// BlobName: <see cref="Conventions.BlobResultMembers"/>), or, when there is none, one named <c>Id</c>. Only string names
/// count: a receipt whose id is a GUID or a number would need a conversion the write does not show; and a name beside an
/// <c>Id</c> proves neither.
/// </summary>
internal static class BlobReceipts
{
    /// <summary>The name a receipt's id member has when no member is named like a blob name.</summary>
    public const string IdMember = "Id";

    /// <summary>
    /// The receipt types of a store (each with its name member), from its keyless writes: every member whose verb is a
    /// put, whose parameters name no blob and hold content, and whose result is a receipt.
    /// </summary>
    public static Dictionary<ITypeSymbol, IPropertySymbol> Of(ParseContext context, IEnumerable<(MemberCandidate Candidate, bool IsPut)> members,
        Func<IParameterSymbol, bool> namesBlob, Func<ITypeSymbol, bool> isContent)
    {
        var receipts = new Dictionary<ITypeSymbol, IPropertySymbol>(SymbolEqualityComparer.Default);
        foreach (var (candidate, isPut) in members)
        {
            if (!isPut || candidate.Method is null || candidate.Shape == Model.ReturnShape.AsyncEnumerable || candidate.Result is not { } result
                || candidate.Parameters.Any(namesBlob) || !candidate.Parameters.Any(p => isContent(p.Type)))
            {
                continue;
            }

            if (NameMember(context, TypeNames.Underlying(result)) is { } name)
            {
                receipts[TypeNames.Underlying(result)] = name;
            }
        }

        return receipts;
    }

    /// <summary>
    /// The member of <paramref name="type"/> that holds a blob's name: one readable string property named like a blob name,
    /// else one named <c>Id</c>; null when the type is no receipt (not a class, record or struct of the user's, or no such member).
    /// </summary>
    public static IPropertySymbol? NameMember(ParseContext context, ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.IsAbstract || !TypeFacts.IsEntityCandidateType(named)
            || KnownSymbols.Is(named, context.Known.Guid) || KnownSymbols.Is(named, context.Known.BlobProperties))
        {
            return null;
        }

        var readable = context.PropertiesOf(named).Where(p => p.GetMethod is not null && context.IsAccessible(p.GetMethod)).ToList();
        var names = readable.Where(p => TypeFacts.IsString(p.Type) && Conventions.BlobResultMembers.TryGetValue(p.Name, out var member) && member == BlobResultMember.Key).ToList();
        var ids = readable.Where(p => string.Equals(p.Name, IdMember, StringComparison.Ordinal)).ToList();

        // One name and no Id, or one string Id and no name. A name beside an Id (Attachment { Id, FileName }) is no proof
        // of which one the store names the blob by (by the id, keeping the file name as data, or by the name).
        if (names.Count > 0)
        {
            return names.Count == 1 && ids.Count == 0 ? names[0] : null;
        }

        return ids.Count == 1 && TypeFacts.IsString(ids[0].Type) ? ids[0] : null;
    }
}
