using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The cause IMF0009 names when the keyless entity is a document the store holds one of: every member about it is a read
/// that takes nothing (<c>AgentSettings GetSettings()</c>) or a write that takes it alone (<c>SaveSettings(settings)</c>),
/// so no key names one of several (azure-pipelines-agent's <c>IConfigurationStore</c>: settings, credentials, autologon
/// settings and runtime options, one JSON file each). The plain message tells the user to mark a key property, which such
/// a type does not need. The refusal itself is unchanged: one value per type is no convention, because what a read of a
/// document not written yet gives is the store's own (that store throws for three of its four and answers null for one,
/// behind results that say neither).
/// </summary>
internal static class SingleDocumentsRule
{
    /// <summary>
    /// The message's trailing cause, or "" when some member about the entity takes anything but the entity, or when no other
    /// type is held the same way.
    /// </summary>
    public static string Cause(ITypeSymbol entity, IReadOnlyList<MemberCandidate> candidates, string interfaceName)
    {
        var documents = Documents(candidates);
        var mine = documents.FirstOrDefault(d => TypeFacts.SameType(d.Type, TypeNames.Underlying(entity)));
        if (mine is not { Read: { } read, Write: { } write })
        {
            return "";
        }

        var others = documents.Where(d => !ReferenceEquals(d, mine)).Select(static d => d.Type.Name).ToList();
        if (others.Count == 0)
        {
            // One type alone is what a single-value store is (Get() and a write of the value alone, docs/generator.md): its
            // message is the plain one, which says "holds one value" already.
            return "";
        }

        others.Sort(StringComparer.Ordinal);
        return "; no member takes a key for it: '" + read.Symbol.Name + "()' reads one " + entity.Name + " and '" + write.Symbol.Name + "("
            + write.Parameters[0].Name + ")' writes one, so " + interfaceName + " holds a single " + entity.Name
            + ", as it holds a single " + Listed(others) + " (one document per type)"
            + ", and a key property would not say that; no convention holds one value per type, since what a read of one not written yet gives (null, an empty value, an error) is the store's own";
    }

    /// <summary>
    /// The types (classes and structs of the user's, not the framework's) that some member reads with no parameter and
    /// some member writes alone, and that no other member takes or returns, in the order they are first met.
    /// </summary>
    private static List<Document> Documents(IReadOnlyList<MemberCandidate> candidates)
    {
        var documents = new List<Document>();
        var spoilt = new List<ITypeSymbol>();
        foreach (var candidate in candidates)
        {
            if (candidate.Result is { } result && candidate.Shape != Model.ReturnShape.AsyncEnumerable)
            {
                var type = TypeNames.Underlying(result);
                if (IsDocumentType(type))
                {
                    if (candidate.Method is not null && candidate.Parameters.Length == 0)
                    {
                        Find(documents, type).Read ??= candidate;
                    }
                    else
                    {
                        spoilt.Add(type);
                    }
                }
            }

            foreach (var parameter in candidate.Parameters)
            {
                var type = TypeNames.Underlying(parameter.Type);
                if (!IsDocumentType(type))
                {
                    continue;
                }

                if (candidate.Method is not null && candidate.Parameters.Length == 1 && candidate.IsVoid && parameter.RefKind == RefKind.None)
                {
                    Find(documents, type).Write ??= candidate;
                }
                else
                {
                    spoilt.Add(type);
                }
            }
        }

        documents.RemoveAll(d => d.Read is null || d.Write is null || spoilt.Any(s => TypeFacts.SameType(s, d.Type)));
        return documents;
    }

    private static string Listed(List<string> names)
        => names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];

    private static bool IsDocumentType(ITypeSymbol type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsTupleType: false, SpecialType: SpecialType.None } named
           && !KeyValuePlanner.IsFrameworkType(named);

    private static Document Find(List<Document> documents, ITypeSymbol type)
    {
        var found = documents.FirstOrDefault(d => TypeFacts.SameType(d.Type, type));
        if (found is null)
        {
            found = new Document(type);
            documents.Add(found);
        }

        return found;
    }

    private sealed class Document
    {
        public Document(ITypeSymbol type)
        {
            Type = type;
        }

        public ITypeSymbol Type { get; }

        public MemberCandidate? Read { get; set; }

        public MemberCandidate? Write { get; set; }
    }
}
