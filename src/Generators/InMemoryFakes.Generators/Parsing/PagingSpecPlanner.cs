using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A listing by a paging spec (issue 10, shape 14): one object the member takes and returns (or only fills) that asks for a
/// page and receives it, by member names — Sonarr's, Radarr's, Lidarr's, Readarr's and Prowlarr's
/// <c>PagingSpec&lt;TModel&gt; GetPaged(PagingSpec&lt;TModel&gt; pagingSpec)</c> with <c>Page</c>, <c>PageSize</c>, <c>SortKey</c>,
/// <c>SortDirection</c> and <c>FilterExpressions</c> in, <c>Records</c> and <c>TotalRecords</c> out. Every member of the spec
/// must be one the conventions name (<see cref="Conventions.PagingSpecMembers"/>), with a type that fits; anything else is
/// refused, naming it: what it holds is not said by the listing. Only a name that lists every entity (<c>GetPaged</c>,
/// <c>GetAll</c>…) is read this way: <c>EpisodesWithoutFiles(pagingSpec)</c> selects by rules of its own.
/// </summary>
internal static class PagingSpecPlanner
{
    /// <summary>
    /// Whether the type is a paging spec of the entity: a class other than the entity, not a collection, with a records member
    /// holding a sequence of the entity and a page-size member (an entity holding a list of its own kind named <c>Items</c> is
    /// no spec).
    /// </summary>
    public static bool IsSpec(ParseContext context, ITypeSymbol type, EntityInfo entity)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && named.SpecialType == SpecialType.None && TypeFacts.EnumerableElement(named) is null
            && !TypeFacts.SameType(named, entity.Type)
            && context.PropertiesOf(named).Any(p => Role(p.Name) == PagingSpecMember.Records && RecordsElement(context, p.Type) is { } element && TypeFacts.SameType(element, entity.Type))
            && context.PropertiesOf(named).Any(static p => Role(p.Name) == PagingSpecMember.PageSize);

    /// <summary>The listing, or null with the reason it is refused.</summary>
    public static OperationSpec? Plan(ParseContext context, MemberCandidate candidate, EntityInfo entity, StoreBuilder store, IParameterSymbol spec, bool listsEvery, out string? reason)
    {
        reason = null;
        var type = (INamedTypeSymbol)TypeNames.Underlying(spec.Type);
        var display = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        if (!listsEvery)
        {
            reason = "it takes a paging spec ('" + spec.Name + "', a " + display + "), but '" + candidate.Verb + "' is not a listing of every " + EntityParameters.EntityDisplay(entity)
                + " (GetPaged, GetPage, GetAll, List…): it may select or order by rules of its own (Sonarr's EpisodesWithoutFiles(pagingSpec, includeSpecials)), which the fake cannot know; write the member";
            return null;
        }

        var returnsSpec = candidate.Result is not null && candidate.Shape != ReturnShape.AsyncEnumerable && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(candidate.Result), type);
        if (!returnsSpec && !(candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask))
        {
            reason = "it takes a paging spec ('" + spec.Name + "', a " + display + ") and must return that spec, filled (as Sonarr's GetPaged returns the one it was given), or nothing";
            return null;
        }

        if (entity.Keys.Count != 1 || entity.Type is ITypeParameterSymbol)
        {
            reason = "a paging spec without a sort key is ordered by the key, and " + EntityParameters.EntityDisplay(entity) + (entity.Keys.Count != 1 ? " has a composite key" : " is a type parameter, whose properties a sort key would name");
            return null;
        }

        var found = new Dictionary<PagingSpecMember, IPropertySymbol>();
        foreach (var property in context.PropertiesOf(type))
        {
            var role = Role(property.Name);
            var problem = role is { } r ? Misfit(context, r, property, entity) : PagedResults.IsComputed(property) && property.SetMethod is null ? "" : "its name is none of the paging spec's (" + Names() + ")";
            if (problem is "")
            {
                continue; // a get-only property the spec computes itself (TotalPages => …)
            }

            if (problem is not null || found.ContainsKey(role!.Value))
            {
                reason = "its paging spec " + display + " has " + property.Name + " (" + property.Type.ToDisplayString() + "): " + (problem ?? "a second member for the same part of the page")
                    + ", so what the fake would read or fill there is not said; write the member";
                return null;
            }

            found[role.Value] = property;
        }

        foreach (var required in new[] { PagingSpecMember.Page, PagingSpecMember.PageSize, PagingSpecMember.Records, PagingSpecMember.Total })
        {
            if (!found.ContainsKey(required))
            {
                reason = "its paging spec " + display + " has no " + Conventions.PagingSpecMembers.First(m => m.Member == required).Names[0] + " (" + string.Join(", ", Conventions.PagingSpecMembers.First(m => m.Member == required).Names)
                    + "), so which page it asks for or where the page goes is not said; write the member";
                return null;
            }
        }

        found.TryGetValue(PagingSpecMember.SortDirection, out var direction);
        if (direction is not null && !found.ContainsKey(PagingSpecMember.SortKey))
        {
            reason = "its paging spec " + display + " has a sort direction (" + direction.Name + ") but no sort key, so what it orders is not said; write the member";
            return null;
        }

        string? descending = null;
        if (direction is not null)
        {
            var enumType = (INamedTypeSymbol)TypeNames.Underlying(direction.Type);
            var member = enumType.GetMembers().OfType<IFieldSymbol>().First(f => f.HasConstantValue && Conventions.IsOneOf(f.Name, Conventions.DescendingSortNames));
            descending = context.RenderNotNull(enumType) + "." + TypeNames.Escape(member.Name);
        }

        var records = found[PagingSpecMember.Records];
        var shape = new PagingSpecShape(
            TypeNames.Escape(found[PagingSpecMember.Page].Name),
            TypeNames.Escape(found[PagingSpecMember.PageSize].Name),
            TypeNames.Escape(records.Name),
            records.Type is IArrayTypeSymbol,
            TypeNames.Escape(found[PagingSpecMember.Total].Name),
            found.TryGetValue(PagingSpecMember.SortKey, out var sortKey) ? TypeNames.Escape(sortKey.Name) : null,
            direction is null ? null : TypeNames.Escape(direction.Name),
            descending,
            found.TryGetValue(PagingSpecMember.Filters, out var filters) ? TypeNames.Escape(filters.Name) : null);
        var sorting = QueryBinder.Sorting(context, entity, store, TypeNames.Escape(spec.Name));
        return new EntityPagingSpecOp(TypeNames.Escape(spec.Name), shape, sorting, entity.Keys[0].Name, returnsSpec);
    }

    private static string Names() => string.Join(", ", Conventions.PagingSpecMembers.SelectMany(static m => m.Names));

    private static PagingSpecMember? Role(string name)
    {
        foreach (var (member, names) in Conventions.PagingSpecMembers)
        {
            if (Conventions.IsOneOf(name, names))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>Why the property does not fit its role (type, setter), or null when it does.</summary>
    private static string? Misfit(ParseContext context, PagingSpecMember role, IPropertySymbol property, EntityInfo entity)
    {
        var type = property.Type;
        var settable = property.SetMethod is { IsInitOnly: false } setter && context.IsAccessible(setter);
        var readable = property.GetMethod is { } getter && context.IsAccessible(getter);
        if (!readable)
        {
            return "the fake cannot read it";
        }

        switch (role)
        {
            case PagingSpecMember.Page or PagingSpecMember.PageSize:
                return type.SpecialType == SpecialType.System_Int32 ? null : "a page number or size is an int";
            case PagingSpecMember.Records:
                return !settable ? "the page's entities are written into it, and it has no setter"
                    : RecordsElement(context, type) is { } element && TypeFacts.SameType(element, entity.Type) ? null
                    : "the page's entities go into a List<" + EntityParameters.EntityDisplay(entity) + ">, an array of them, or an interface a list implements";
            case PagingSpecMember.Total:
                return !settable ? "the total is written into it, and it has no setter" : TypeFacts.IsIntOrLong(type) ? null : "a total is an int or a long";
            case PagingSpecMember.SortKey:
                return type.SpecialType == SpecialType.System_String ? null : "a sort key is a property's name, a string";
            case PagingSpecMember.SortDirection:
                if (TypeNames.Underlying(type) is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
                {
                    return "a sort direction is an enum (Ascending, Descending)";
                }

                var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(static f => f.HasConstantValue).Select(static f => f.Name).ToArray();
                var unknown = members.FirstOrDefault(static m => !Conventions.IsOneOf(m, Conventions.DescendingSortNames) && !Conventions.IsOneOf(m, Conventions.AscendingSortNames));
                return unknown is not null ? "its member " + unknown + " is neither ascending (" + string.Join(", ", Conventions.AscendingSortNames) + ") nor descending (" + string.Join(", ", Conventions.DescendingSortNames) + ")"
                    : members.Count(m => Conventions.IsOneOf(m, Conventions.DescendingSortNames)) != 1 ? "it needs exactly one descending member (" + string.Join(", ", Conventions.DescendingSortNames) + ")"
                    : null;
            default:
                return TypeFacts.EnumerableElement(type) is INamedTypeSymbol { Name: "Expression", Arity: 1 } expression && TypeFacts.IsNamespace(expression.ContainingNamespace, "System", "Linq", "Expressions")
                    && expression.TypeArguments[0] is INamedTypeSymbol { Name: "Func", Arity: 2 } func && TypeFacts.SameType(func.TypeArguments[0], entity.Type) && TypeFacts.IsBool(func.TypeArguments[1])
                    ? null
                    : "filters are a list of Expression<Func<" + EntityParameters.EntityDisplay(entity) + ", bool>>";
        }
    }

    /// <summary>The element of a records member the fake can fill: an array, <c>List&lt;T&gt;</c>, or an interface <c>List&lt;T&gt;</c> implements.</summary>
    private static ITypeSymbol? RecordsElement(ParseContext context, ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        return type is INamedTypeSymbol { IsGenericType: true, Arity: 1 } named
            && (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                || KnownSymbols.Is(named, context.Known.List) || KnownSymbols.Is(named, context.Known.IList) || KnownSymbols.Is(named, context.Known.ICollection)
                || KnownSymbols.Is(named, context.Known.IReadOnlyList) || KnownSymbols.Is(named, context.Known.IReadOnlyCollection))
            ? named.TypeArguments[0]
            : null;
    }
}
