using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Pieces of IMF0001 reasons that name what the member actually declares, so the user sees which parameter or type
/// parameter stands in the way instead of a rule alone.
/// </summary>
internal static class RefusalText
{
    /// <summary>" (it takes 'obj' (Collection), 'groups' (IEnumerable&lt;…&gt;))" or " (it takes none)".</summary>
    public static string WhatItTakes(IReadOnlyList<IParameterSymbol> parameters)
        => parameters.Count == 0
            ? ", and it takes none"
            : ", and it takes " + string.Join(", ", parameters.Select(static p => "'" + p.Name + "' (" + p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ")"));

    /// <summary>
    /// For a write that takes the entity beside other parameters: "; if 'options' changes nothing a fake keeps, say so
    /// with [InMemoryFake(IgnoredParameters = …)]" (Exceptionless's AddAsync(document, options)), or "".
    /// </summary>
    public static string IgnoreAdvice(KnownSymbols known, IReadOnlyList<IParameterSymbol> parameters, EntityInfo entity)
    {
        var others = parameters.Where(p => !TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(entity.Type))).ToList();
        if (others.Count == 0 || others.Count == parameters.Count || parameters.Count - others.Count != 1)
        {
            return "";
        }

        // A condition on the entity's rows beside the entity (CryptoHub's Update(Expression<Func<T, bool>> expression, T entity),
        // MongoDB's FindOneAndReplace(filter, replacement)): it decides which row is written, so ignoring it is never the fix.
        if (others.FirstOrDefault(p => TypeFacts.PredicateKind(known, p.Type, TypeNames.Underlying(entity.Type), out _) != PredicateForm.None) is { } condition)
        {
            var display = EntityParameters.EntityDisplay(entity);
            return "; '" + condition.Name + "' is a condition on " + display + " rows beside the " + display
                + " itself: which row the member writes (the one the condition matches, or the " + display + " given, under its own key, once some row matches: "
                + "a generic EF Core repository's Update(expression, entity) does FirstOrDefault(expression), then Update(entity)) and what it does when none matches "
                + "are the store's own, so it is not a parameter to ignore";
        }

        // A parameter naming the key, of the key's type (EventSourcing.NetCore's Add(Guid id, T aggregate)): ignoring it
        // would be a guess, never the fix.
        if (others.FirstOrDefault(p => entity.Keys.Count == 1 && TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(entity.KeyType)) && EntityParameters.NamesTheKey(entity, p.Name)) is { } key)
        {
            return "; '" + key.Name + "' names the key beside the entity: under which of the two a store keeps the entity when they differ is the store's own, so it is not a parameter to ignore";
        }

        var names = string.Join(", ", others.Select(static p => "'" + p.Name + "'"));
        return "; if " + names + (others.Count == 1 ? " changes" : " change") + " nothing a fake keeps (a hint, options of the real store's own), say so with [InMemoryFake(IgnoredParameters = new[] { "
            + string.Join(", ", others.Select(static p => "\"" + p.Name + "\"")) + " })]";
    }

    /// <summary>" (TState, TResult: used by 'query', 'state' and its result)": where a generic method's type parameters appear.</summary>
    public static string WhereTypeParametersAppear(IMethodSymbol method)
    {
        var users = method.Parameters.Where(static p => TypeFacts.MentionsMethodTypeParameter(p.Type)).Select(static p => "'" + p.Name + "'").ToList();
        if (TypeFacts.MentionsMethodTypeParameter(method.ReturnType))
        {
            users.Add("its result");
        }

        var names = string.Join(", ", method.TypeParameters.Select(static t => t.Name));
        return users.Count == 0
            ? " (" + names + ")"
            : " (" + names + ": used by " + (users.Count == 1 ? users[0] : string.Join(", ", users.Take(users.Count - 1)) + " and " + users[users.Count - 1]) + ")";
    }

    /// <summary>
    /// What a refused property of another type is (session 26: the refusal named only the supported ones): what it hands
    /// out — a service, a client, a setting, a flag — is the real store's own, kept in no table of the fake, so the fix
    /// is to write it, returning an object of the test's own.
    /// </summary>
    public static string OwnObjectProperty(IPropertySymbol property)
        => property.Type.TypeKind is TypeKind.Error || !property.ContainingType.Locations.Any(static l => l.IsInSource)
            ? ""
            : ": what '" + property.Name + "' hands out (" + (property.Type.SpecialType != SpecialType.None || property.Type.TypeKind == TypeKind.Enum ? "a setting or state" : "a service, a client or a setting") + " of the real store's own) is kept in no table of the fake, so write it"
                + (property.Type.SpecialType != SpecialType.None || property.Type.TypeKind == TypeKind.Enum ? " with the value the test needs" : ", returning an object of the test's own");

    /// <summary>
    /// "it returns AsyncEvent&lt;…&gt; (declared by System.Linq.IQueryable, which IRepository inherits); ": what a refused
    /// property is, so the user sees why it is there.
    /// </summary>
    public static string PropertyType(IPropertySymbol property, INamedTypeSymbol faked)
    {
        var text = "it returns " + property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        if (!SymbolEqualityComparer.Default.Equals(property.ContainingType.OriginalDefinition, faked.OriginalDefinition))
        {
            text += " (declared by " + property.ContainingType.ToDisplayString() + ", which " + faked.Name + " inherits)";
        }

        return text + "; ";
    }
}
