using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The cause IMF0009 names when the keyless entity is a request the interface is only given, never one it hands back: a
/// type named <c>…Request</c> or <c>…Command</c> that no member's result is (nor a collection of it) (dotnet/templating's <c>IManagedTemplatePackageProvider</c>:
/// <c>UpdateAsync(IEnumerable&lt;UpdateRequest&gt; updateRequests)</c> answers an <c>UpdateResult</c> per request, and
/// nothing reads an <c>UpdateRequest</c> back; the provider hands each request to an installer and records the package
/// the installer makes). The plain message asks for a key of the type, as if it were rows; the cause says what the member
/// does with it instead (since h-leftover3, session 29). The refusal itself is unchanged: nothing shows what the store
/// keeps of such a value, and a key would not show it.
/// </summary>
internal static class UnreadKeylessTypeRule
{
    /// <summary>The message's trailing cause, or "" when some member's result is the type (or holds it as an element).</summary>
    public static string Cause(ITypeSymbol entity, IReadOnlyList<MemberCandidate> candidates, string interfaceName)
    {
        entity = TypeNames.Underlying(entity);
        // Only a type named as a request or command: a write-only store of another keyless type (INotes.Add(Note)) may keep
        // it as rows, and a key is then the fix the plain message gives.
        if (entity is not INamedTypeSymbol || !(entity.Name.EndsWith("Request", StringComparison.Ordinal) || entity.Name.EndsWith("Command", StringComparison.Ordinal))
            || candidates.Any(c => c.Result is { } result && TypeFacts.Parts(result).Any(p => TypeFacts.SameType(p, entity))))
        {
            return "";
        }

        foreach (var candidate in candidates)
        {
            var taken = candidate.Parameters.FirstOrDefault(p => TypeFacts.Parts(p.Type).Any(part => TypeFacts.SameType(part, entity)));
            if (taken is null)
            {
                continue;
            }

            var several = !TypeFacts.SameType(TypeNames.Underlying(taken.Type), entity);
            var answers = candidate.Result is { } answer ? " and answers " + ResultName(answer) : "";
            var name = entity.Name;
            return "; no member reads " + NameWords.Article(name) + " " + name + " back: '" + candidate.Symbol.Name + "' takes " + (several ? name + " values" : "one") + answers + ", so "
                + name + " is a request " + interfaceName + " acts on (its name says so), not a row it is shown to keep, and a key property would not make it one";
        }

        return "";
    }

    /// <summary>The result's own name, an element's for a collection: <c>IReadOnlyList&lt;UpdateResult&gt;</c> is UpdateResult.</summary>
    private static string ResultName(ITypeSymbol result)
        => result.SpecialType == SpecialType.None && result is not IArrayTypeSymbol && TypeFacts.EnumerableElement(result) is { } element
            ? TypeNames.Underlying(element).Name
            : result is IArrayTypeSymbol array ? array.ElementType.Name : result.Name;

}
