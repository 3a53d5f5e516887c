using System;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Writes of the properties a caller lists as lambdas (issue 10, shape 20): Sonarr's, Radarr's, Lidarr's, Readarr's and
/// Prowlarr's <c>BasicRepository.SetFields(TModel model, params Expression&lt;Func&lt;TModel, object&gt;&gt;[] properties)</c> runs
/// <c>UPDATE … SET</c> those columns <c>WHERE Id = @Id</c>, and EF Core repositories' <c>Update(entity, params … properties)</c>
/// mark exactly those properties modified. The fake writes the listed properties of the entity given onto the stored entity
/// with its key and keeps the others as stored. On a read the same list type is an include list (ignored: the fake holds the
/// whole graph); on a write of another name it is refused rather than ignored, since writing every property would be the
/// silent guess.
/// </summary>
internal static class FieldListWrites
{
    private static readonly string[] Verbs = { "Update", "Set" };

    private static readonly string[] Nouns = { "", "Fields", "Properties", "Columns" };

    /// <summary>
    /// The selector list of a write (<c>params Expression&lt;Func&lt;T, object&gt;&gt;[]</c> over the entity), or null when the member
    /// is no write or takes none.
    /// </summary>
    public static IParameterSymbol? SelectorList(MemberCandidate candidate, EntityInfo entity)
    {
        var verb = candidate.Verb;
        if (!Conventions.EntityWriteVerbPrefixes.Concat(Verbs).Any(v => StartsWithWord(verb, v)))
        {
            return null;
        }

        return candidate.Parameters.FirstOrDefault(p => EntityParameters.IsIncludeList(p) && SelectorSource(p) is { } source && TypeFacts.SameType(source, entity.Type));
    }

    /// <summary>The set-fields write, or null with the reason it is refused.</summary>
    public static OperationSpec? Plan(ParseContext context, MemberCandidate candidate, EntityInfo entity, IParameterSymbol selectors, string[] nouns, out string? reason)
    {
        reason = null;
        var verb = candidate.Verb;
        var noun = Verbs.Where(v => StartsWithWord(verb, v)).Select(v => verb.Substring(v.Length)).FirstOrDefault();
        var words = nouns.SelectMany(static w => new[] { w, TypeNames.Plural(w) }).Where(static w => w.Length > 0).Distinct().ToArray();
        if (noun is null || !(Nouns.Contains(noun) || words.Any(w => Nouns.Any(n => noun == w + n))))
        {
            reason = "it takes a list of property selectors ('" + selectors.Name + "') beside what it writes, and on a write such a list may name the properties to write (Sonarr's SetFields(model, params properties), an EF Core Update(entity, params properties)) or what to load or return, which '"
                + verb + "' does not say; name it SetFields or UpdateFields (Update, Set, optionally with the entity's name) when it writes only those properties, or write the member";
            return null;
        }

        var others = candidate.Parameters.Where(p => !SymbolEqualityComparer.Default.Equals(p, selectors) && !EntityParameters.IsIgnorable(context, p)).ToArray();
        var many = others.Length == 1 && !TypeFacts.SameType(others[0].Type, entity.Type) && TypeFacts.EnumerableElement(others[0].Type) is { } element && TypeFacts.SameType(element, entity.Type);
        if (others.Length != 1 || (!many && !TypeFacts.SameType(TypeNames.Underlying(others[0].Type), entity.Type)))
        {
            reason = "it writes the properties its selectors ('" + selectors.Name + "') list, and must take the " + EntityParameters.EntityDisplay(entity)
                + " (or a collection of them) that carries their values and its key, and nothing else";
            return null;
        }

        if (selectors.Type is not IArrayTypeSymbol)
        {
            reason = "its selectors ('" + selectors.Name + "') are a " + selectors.Type.ToDisplayString() + "; the fake reads them as an array (params Expression<Func<T, object>>[])";
            return null;
        }

        if (!(candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask))
        {
            reason = "a write of the listed properties must return nothing (void, Task, ValueTask): whether a result is the entity given or the one stored is not said";
            return null;
        }

        if (entity.Type is ITypeParameterSymbol || entity.Type.TypeKind != TypeKind.Class)
        {
            reason = "it writes listed properties onto the stored " + EntityParameters.EntityDisplay(entity) + ", which the fake does property by property on a class it knows (not a struct or a type parameter)";
            return null;
        }

        var settable = context.PropertiesOf(entity.Type)
            .Where(p => p.SetMethod is { IsInitOnly: false } setter && context.IsAccessible(setter) && p.GetMethod is not null && !p.IsIndexer)
            .Select(static p => p.Name)
            .ToArray();
        return new EntitySetFieldsOp(TypeNames.Escape(others[0].Name), many, TypeNames.Escape(selectors.Name), new EquatableArray<string>(settable));
    }

    /// <summary>Whether <paramref name="verb"/> is <paramref name="word"/>, or starts with it followed by a new word (Update, UpdateFields; not Updated).</summary>
    private static bool StartsWithWord(string verb, string word)
        => NameWords.StartsWithWord(verb, word);

    /// <summary>The lambda's parameter type of a selector list (<c>T</c> of <c>Expression&lt;Func&lt;T, object&gt;&gt;[]</c>).</summary>
    private static ITypeSymbol? SelectorSource(IParameterSymbol parameter)
    {
        var element = parameter.Type is IArrayTypeSymbol array ? array.ElementType : TypeFacts.EnumerableElement(parameter.Type);
        return element is INamedTypeSymbol { Arity: 1 } expression && expression.TypeArguments[0] is INamedTypeSymbol { Arity: 2 } func ? func.TypeArguments[0] : null;
    }
}
