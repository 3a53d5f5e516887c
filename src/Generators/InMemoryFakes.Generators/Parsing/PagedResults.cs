using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Paged result types filled by member names (issue 10, shape 14): a class, record or struct with a member named as a
/// page's items (<c>Items</c>, <c>Data</c>, <c>Results</c>, <c>List</c>) holding a sequence of the entity, such as Ardalis'
/// <c>PagedResult&lt;T&gt;(IReadOnlyList&lt;T&gt; Items, int Page, int PerPage, int TotalCount, int TotalPages)</c>. Every
/// member is filled from one page of the listing by its name (<see cref="Conventions.PagedResultMembers"/>), through the
/// accessible constructor with the most parameters that all name such members, then through settable or <c>init</c>
/// properties; a get-only property the type computes itself (no backing field) is left to it. A member with any other
/// name, or of a type its name does not fit, is refused by name: the fake would have to guess what it holds.
/// </summary>
internal static class PagedResults
{
    /// <summary>
    /// The element type of a paged result type: the element of its one readable member named as the items, when that is a
    /// sequence. Null when the type is no paged result (an interface, a collection itself, a framework type…).
    /// </summary>
    public static ITypeSymbol? ElementOf(ParseContext context, ITypeSymbol type)
        => type is INamedTypeSymbol { IsTupleType: true } tuple
            ? TupleItems(context, tuple) is { } itemsElement ? TypeFacts.ElementType(context.Known, TypeNames.Underlying(itemsElement.Type)) : null
            : CollectionBase(context, type) is { } collection ? collection.TypeArguments[0]
            : ItemsProperty(context, type) is { } items && TypeFacts.ElementType(context.Known, TypeNames.Underlying(items.Type)) is { } element && !TypeFacts.SameType(element, type) ? element : null;

    /// <summary>
    /// The element of a tuple with named elements that holds the page's items: one named as items (<c>Items</c>, <c>Data</c>…)
    /// or after the entities (<c>(IEnumerable&lt;Product&gt; Products, int TotalCount)</c>), holding a sequence. Null for an
    /// unnamed tuple: which <c>int</c> is the total is not said.
    /// </summary>
    private static IFieldSymbol? TupleItems(ParseContext context, INamedTypeSymbol tuple)
    {
        var names = Conventions.PagedResultMembers.First(static m => m.Member == PagedResultMember.Items).Names;
        var items = tuple.TupleElements.Where(e => !e.Name.StartsWith("Item", StringComparison.Ordinal) || Conventions.NameIn(e.Name, names))
            .Where(e => TypeFacts.ElementType(context.Known, TypeNames.Underlying(e.Type)) is { } element
                && (Conventions.NameIn(e.Name, names) || string.Equals(e.Name, TypeNames.Plural(element.Name), StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return items.Count == 1 && tuple.TupleElements.All(static e => e.IsExplicitlyNamedTupleElement) ? items[0] : null;
    }

    /// <summary>A tuple with named elements (<c>(IReadOnlyList&lt;T&gt; Items, int TotalCount)</c>) filled element by element, in order.</summary>
    private static PagedResultSpec? PlanTuple(ParseContext context, INamedTypeSymbol tuple, ITypeSymbol entity, out string? problem)
    {
        problem = null;
        if (TupleItems(context, tuple) is not { } itemsElement || TypeFacts.ElementType(context.Known, TypeNames.Underlying(itemsElement.Type)) is not { } element
            || !TypeFacts.SameType(element, entity))
        {
            return null;
        }

        var words = string.Join(", ", Conventions.PagedResultMembers.Select(static m => string.Join("/", m.Names)));
        var members = new List<PagedResultMember>();
        foreach (var field in tuple.TupleElements)
        {
            var member = SymbolEqualityComparer.Default.Equals(field, itemsElement) ? (ItemsKindOf(context, TypeNames.Underlying(field.Type)) is null ? null : PagedResultMember.Items)
                : MemberOf(context, field.Name, field.Type, entity);
            if (member is null)
            {
                problem = tuple.ToDisplayString() + " is a paged result, but its element " + field.Name + " (" + field.Type.ToDisplayString() + ") holds nothing a page of the listing has (a page fills elements named " + words + ")";
                return null;
            }

            members.Add(member.Value);
        }

        var items = ItemsKindOf(context, TypeNames.Underlying(itemsElement.Type)) ?? PagedItems.AsIs;
        return new PagedResultSpec(context.RenderNotNull(tuple), members.ToArray(), Array.Empty<PagedResultPropertySpec>(), items, context.RenderNotNull(entity)) { IsTuple = true };
    }

    /// <summary>
    /// How to build <paramref name="type"/> from a page of <paramref name="entity"/>; null when the type is no paged result
    /// of the entity (<paramref name="problem"/> null) or when one of its members cannot be filled (the reason, naming it).
    /// </summary>
    public static PagedResultSpec? Plan(ParseContext context, ITypeSymbol type, ITypeSymbol entity, out string? problem)
    {
        problem = null;
        if (type is INamedTypeSymbol { IsTupleType: true } tuple)
        {
            return PlanTuple(context, tuple, entity, out problem);
        }

        if (CollectionBase(context, type) is { } collection)
        {
            return TypeFacts.SameType(collection.TypeArguments[0], entity) ? PlanCollection(context, (INamedTypeSymbol)type, collection, entity, out problem) : null;
        }

        if (ItemsProperty(context, type) is not { } itemsProperty || TypeFacts.ElementType(context.Known, itemsProperty.Type) is not { } element
            || !TypeFacts.SameType(element, entity))
        {
            return null;
        }

        var named = (INamedTypeSymbol)type;
        var display = type.ToDisplayString();
        var words = string.Join(", ", Conventions.PagedResultMembers.Select(static m => string.Join("/", m.Names)));

        // The constructor with the most parameters that all name a member the page fills (a record's copy constructor aside).
        var constructor = WidestFilledConstructor(context, named, p => MemberOf(context, p.Name, p.Type, entity) is not null, out var unknown);
        var constructorProblem = unknown is null ? null : "its constructor parameter '" + unknown.Name + "' (" + unknown.Type.ToDisplayString() + ") holds nothing a page of the listing has";
        if (constructor is null)
        {
            problem = display + " is a paged result, but " + (constructorProblem ?? "it has no constructor the fake can call") + " (a page fills members named " + words + ")";
            return null;
        }

        var arguments = constructor.Parameters.Select(p => MemberOf(context, p.Name, p.Type, entity)!.Value).ToArray();
        var assignments = new List<PagedResultPropertySpec>();
        var filled = new HashSet<PagedResultMember>(arguments);
        foreach (var property in context.PropertiesOf(type))
        {
            if (constructor.Parameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var member = MemberOf(context, property.Name, property.Type, entity);
            var setter = property.SetMethod;
            if (member is { } value && setter is not null && context.IsAccessible(setter))
            {
                assignments.Add(new PagedResultPropertySpec(TypeNames.Escape(property.Name), value));
                filled.Add(value);
                continue;
            }

            if (setter is null && !property.IsRequired && IsComputed(property))
            {
                continue;
            }

            problem = display + " is a paged result, but its member " + property.Name + " (" + property.Type.ToDisplayString() + ") "
                + (member is null ? "holds nothing a page of the listing has" : "cannot be set") + " (a page fills members named " + words + ")";
            return null;
        }

        if (!filled.Contains(PagedResultMember.Items))
        {
            problem = display + " is a paged result, but its member " + itemsProperty.Name + " is neither a constructor parameter nor settable";
            return null;
        }

        var items = ItemsKindOf(context, (TypeNames.Underlying(constructor.Parameters.FirstOrDefault(p => MemberOf(context, p.Name, p.Type, entity) == PagedResultMember.Items)?.Type ?? itemsProperty.Type))) ?? PagedItems.AsIs;
        return new PagedResultSpec(context.RenderNotNull(type), arguments, assignments.ToArray(), items, context.RenderNotNull(entity));
    }

    /// <summary>
    /// A paged list that is itself a list (the tutorials' <c>PagedList&lt;T&gt; : List&lt;T&gt;</c>): a non-abstract class of the
    /// user's own deriving from <c>List&lt;T&gt;</c>, <c>Collection&lt;T&gt;</c> or <c>ReadOnlyCollection&lt;T&gt;</c> that declares a
    /// property named as a page member (<c>TotalCount</c>, <c>CurrentPage</c>, <c>PageSize</c>…); that framework base, or null
    /// for any other type (a plain <c>ProductList : List&lt;Product&gt;</c> is no page).
    /// </summary>
    private static INamedTypeSymbol? CollectionBase(ParseContext context, ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } named || KeyValuePlanner.IsFrameworkType(named))
        {
            return null;
        }

        var known = context.Known;
        var pageWords = Conventions.PagedResultMembers.Where(static m => m.Member != PagedResultMember.Items).ToArray();
        if (!context.PropertiesOf(named).Any(p => !KeyValuePlanner.IsFrameworkType(p.ContainingType) && pageWords.Any(m => Conventions.NameIn(p.Name, m.Names))))
        {
            return null;
        }

        for (var current = named.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (KnownSymbols.Is(current.OriginalDefinition, known.List) || KnownSymbols.Is(current.OriginalDefinition, known.Collection)
                || KnownSymbols.Is(current.OriginalDefinition, known.ReadOnlyCollection))
            {
                return current;
            }

            if (KeyValuePlanner.IsFrameworkType(current))
            {
                // An ObservableCollection<T> and its like: a framework collection with behaviour of its own, no page.
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A paged list that is itself a list of the entity, built through its constructor: the accessible constructor with the
    /// most parameters that all fill page members by name, one of them the items (<c>items</c>, an <c>IEnumerable&lt;T&gt;</c>
    /// or list) and <c>count</c> read as the total, as the list's own <c>Count</c> is the page's. Only the properties its own
    /// types declare are checked: a settable one named as a page member is set, one that cannot be set is left to the
    /// constructor when the constructor received what it holds (or what it is computed from: the total pages, whether
    /// pages follow or precede); <c>List&lt;T&gt;</c>'s <c>Capacity</c> and <c>Count</c> are the list's.
    /// </summary>
    private static PagedResultSpec? PlanCollection(ParseContext context, INamedTypeSymbol type, INamedTypeSymbol collection, ITypeSymbol entity, out string? problem)
    {
        problem = null;
        var display = type.ToDisplayString();
        var words = string.Join(", ", Conventions.PagedResultMembers.Select(static m => string.Join("/", m.Names)));
        PagedResultMember? ParameterMember(IParameterSymbol p)
            => MemberOf(context, p.Name, p.Type, entity)
                ?? (string.Equals(p.Name, "count", StringComparison.OrdinalIgnoreCase) && TypeFacts.IsIntOrLong(p.Type) ? PagedResultMember.TotalCount : null);

        var constructor = WidestFilledConstructor(context, type, p => ParameterMember(p) is not null, out var unknown);
        if (constructor is null)
        {
            problem = display + " is a paged list (a " + collection.ToDisplayString() + " of the page), but "
                + (unknown is null ? "it has no constructor the fake can call" : "its constructor parameter '" + unknown.Name + "' (" + unknown.Type.ToDisplayString() + ") holds nothing a page of the listing has")
                + " (a page fills parameters named " + words + ", and count as the total)";
            return null;
        }

        var arguments = constructor.Parameters.Select(p => ParameterMember(p)!.Value).ToArray();
        if (Array.IndexOf(arguments, PagedResultMember.Items) is var itemsAt && itemsAt < 0)
        {
            problem = display + " is a paged list (a " + collection.ToDisplayString() + " of the page), but its constructor (" + string.Join(", ", constructor.Parameters.Select(static p => p.Name))
                + ") takes no items (a parameter named " + string.Join("/", Conventions.PagedResultMembers.First(static m => m.Member == PagedResultMember.Items).Names) + " holding the entities)";
            return null;
        }

        var received = new HashSet<PagedResultMember>(arguments);
        var paging = received.Contains(PagedResultMember.TotalCount) && received.Contains(PagedResultMember.PageSize);
        var numbered = received.Contains(PagedResultMember.PageNumber) || received.Contains(PagedResultMember.PageIndex);
        var assignments = new List<PagedResultPropertySpec>();
        foreach (var property in context.PropertiesOf(type))
        {
            if (SymbolEqualityComparer.Default.Equals(property.ContainingType.OriginalDefinition, collection.OriginalDefinition) || KeyValuePlanner.IsFrameworkType(property.ContainingType)
                || constructor.Parameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var member = MemberOf(context, property.Name, property.Type, entity);
            var setter = property.SetMethod;
            if (member is { } value && setter is not null && context.IsAccessible(setter))
            {
                assignments.Add(new PagedResultPropertySpec(TypeNames.Escape(property.Name), value));
                continue;
            }

            var leftToConstructor = member switch
            {
                null => false,
                PagedResultMember.TotalPages => paging,
                PagedResultMember.HasNext => paging && numbered,
                PagedResultMember.HasPrevious => numbered,
                { } other => received.Contains(other),
            };
            if (leftToConstructor || (setter is null && !property.IsRequired && IsComputed(property)))
            {
                continue;
            }

            problem = display + " is a paged list, but its member " + property.Name + " (" + property.Type.ToDisplayString() + ") "
                + (member is null ? "holds nothing a page of the listing has" : "cannot be set, and its constructor does not receive it") + " (a page fills members named " + words + ")";
            return null;
        }

        var items = ItemsKindOf(context, TypeNames.Underlying(constructor.Parameters[itemsAt].Type)) ?? PagedItems.AsIs;
        return new PagedResultSpec(context.RenderNotNull(type), arguments, assignments.ToArray(), items, context.RenderNotNull(entity));
    }

    /// <summary>What a member (or constructor parameter) of this name and type holds, or null when its name is no paging word or its type does not fit.</summary>
    private static PagedResultMember? MemberOf(ParseContext context, string name, ITypeSymbol type, ITypeSymbol entity)
    {
        foreach (var (member, names) in Conventions.PagedResultMembers)
        {
            if (!Conventions.NameIn(name, names))
            {
                continue;
            }

            var fits = member switch
            {
                PagedResultMember.Items => TypeFacts.ElementType(context.Known, TypeNames.Underlying(type)) is { } element && TypeFacts.SameType(element, entity) && ItemsKindOf(context, TypeNames.Underlying(type)) is not null,
                PagedResultMember.TotalCount => TypeFacts.IsIntOrLong(type),
                PagedResultMember.HasNext or PagedResultMember.HasPrevious => TypeFacts.IsBool(type),
                _ => TypeFacts.IsInt(type),
            };
            return fits ? member : null;
        }

        return null;
    }

    /// <summary>How the page's items (an <c>IReadOnlyList&lt;T&gt;</c>) become the member's type; null for a collection type it cannot be.</summary>
    private static PagedItems? ItemsKindOf(ParseContext context, ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol)
        {
            return PagedItems.Array;
        }

        var definition = (type as INamedTypeSymbol)?.OriginalDefinition;
        var known = context.Known;
        if (definition is null)
        {
            return null;
        }

        if (definition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T || KnownSymbols.Is(definition, known.IReadOnlyList) || KnownSymbols.Is(definition, known.IReadOnlyCollection))
        {
            return PagedItems.AsIs;
        }

        return KnownSymbols.Is(definition, known.List) || KnownSymbols.Is(definition, known.IList) || KnownSymbols.Is(definition, known.ICollection) ? PagedItems.List : null;
    }

    /// <summary>The readable member named as the page's items, on a class, record or struct that is not itself a collection; null otherwise.</summary>
    private static IPropertySymbol? ItemsProperty(ParseContext context, ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false } named || TypeFacts.EnumerableElement(named) is not null
            || named.SpecialType != SpecialType.None || KnownSymbols.Is(named, context.Known.Page))
        {
            return null;
        }

        var names = Conventions.PagedResultMembers.First(static m => m.Member == PagedResultMember.Items).Names;
        var items = context.PropertiesOf(named).Where(p => Conventions.NameIn(p.Name, names)).ToList();
        return items.Count == 1 && TypeFacts.ElementType(context.Known, TypeNames.Underlying(items[0].Type)) is not null ? items[0] : null;
    }

    /// <summary>
    /// The accessible constructor with the most parameters that <paramref name="fills"/> accepts all of (a record's copy
    /// constructor aside), for a type filled by member names; null when none, with the first parameter of the widest
    /// constructor that nothing fills in <paramref name="unfilled"/>.
    /// </summary>
    internal static IMethodSymbol? WidestFilledConstructor(ParseContext context, INamedTypeSymbol type, Func<IParameterSymbol, bool> fills, out IParameterSymbol? unfilled)
    {
        unfilled = null;
        foreach (var candidate in type.InstanceConstructors.Where(c => context.IsAccessible(c) && !(c.Parameters.Length == 1 && TypeFacts.SameType(c.Parameters[0].Type, type)))
                     .OrderByDescending(static c => c.Parameters.Length))
        {
            var unknown = candidate.Parameters.FirstOrDefault(p => !fills(p));
            if (unknown is null)
            {
                return candidate;
            }

            unfilled ??= unknown;
        }

        return null;
    }

    /// <summary>Whether a get-only property is computed by its type (declared in source with no backing field), not state that needs filling.</summary>
    internal static bool IsComputed(IPropertySymbol property)
        => property.DeclaringSyntaxReferences.Length > 0
            && !property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));
}
