using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Copy rules: immutable types (primitives, strings, enums, well-known immutable structs, immutable collections, and
/// records or readonly structs made only of those) are stored as they are; mutable classes with an accessible
/// parameterless constructor and settable properties (and records, through <c>with</c>) get a generated deep copy that
/// re-creates collections and nested copyable classes; anything else has no copy method, so the runtime's fallback applies.
/// </summary>
internal static class CopyPlanner
{
    /// <summary>The copy method for values of <paramref name="type"/> (null when none) and whether they are immutable.</summary>
    public static (string? Copy, bool IsImmutable) Plan(ParseContext context, ITypeSymbol type, StoreBuilder store)
    {
        if (IsImmutable(context, type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)))
        {
            return (null, true);
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class } named)
        {
            return (null, false);
        }

        return (OwnCopy(context, named, store) ?? EnsureMethod(context, named, store, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)), false);
    }

    /// <summary>
    /// Names of the methods a framework type copies itself with (<c>AuthenticationTicket.Clone()</c>,
    /// <c>JsonNode.DeepClone()</c>).
    /// </summary>
    private static readonly string[] OwnCopyMethodNames = { "DeepClone", "Clone", "Copy", "DeepCopy" };

    /// <summary>
    /// A type from a referenced assembly (not the user's source) that copies itself: a public parameterless instance
    /// method named Clone/DeepClone/Copy returning the type, else a public copy constructor <c>T(T)</c> (XElement). The
    /// framework's own copy is used rather than a member-wise clone of state nobody vetted. Collections are left to the
    /// collection rules (a collection's Clone is often shallow).
    /// </summary>
    private static string? OwnCopy(ParseContext context, INamedTypeSymbol type, StoreBuilder store)
    {
        if (type.IsAbstract || type.Locations.Any(static l => l.IsInSource) || TypeFacts.EnumerableElement(type) is not null)
        {
            return null;
        }

        var rendered = context.RenderNotNull(type);
        foreach (var existing in store.CopyMethods)
        {
            if (existing.Type == rendered)
            {
                return existing.Name;
            }
        }

        OwnCopySpec? own = null;
        foreach (var name in OwnCopyMethodNames)
        {
            for (var current = type; current is not null && own is null; current = current.BaseType)
            {
                foreach (var method in current.GetMembers(name).OfType<IMethodSymbol>())
                {
                    if (!method.IsStatic && method.Parameters.Length == 0 && !method.IsGenericMethod && method.DeclaredAccessibility == Accessibility.Public
                        && SymbolEqualityComparer.Default.Equals(method.ReturnType, type))
                    {
                        own = new OwnCopySpec(FrameworkCopy.Method, name);
                        break;
                    }
                }
            }

            if (own is not null)
            {
                break;
            }
        }

        if (own is null && type.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length == 1
            && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
        {
            own = new OwnCopySpec(FrameworkCopy.Constructor, null);
        }

        if (own is null)
        {
            return null;
        }

        var copy = new CopyMethodSpec(context.Names.New("__Copy" + TypeNames.Sanitize(type.Name)), rendered, false, EquatableArray<CopyAssignmentSpec>.Empty, EquatableArray<CollectionRefillSpec>.Empty, own);
        store.CopyMethods.Add(copy);
        return copy.Name;
    }

    /// <summary>Plans a deep-copy method for a class, or returns null when the class cannot be copied member by member.</summary>
    private static string? EnsureMethod(ParseContext context, INamedTypeSymbol type, StoreBuilder store, HashSet<ITypeSymbol> visiting)
    {
        var rendered = context.RenderNotNull(type);
        foreach (var existing in store.CopyMethods)
        {
            if (existing.Type == rendered)
            {
                return existing.Name;
            }
        }

        if (visiting.Contains(type))
        {
            return store.PendingCopies.TryGetValue(rendered, out var pending) ? pending : null;
        }

        if (type.IsAbstract || type.IsStatic || type.TypeKind != TypeKind.Class || !TypeFacts.IsEntityCandidateType(type))
        {
            return null;
        }

        var useWith = type.IsRecord;
        if (!useWith && !HasAccessibleParameterlessConstructor(context, type))
        {
            return null;
        }

        var inSource = false;
        foreach (var location in type.Locations)
        {
            inSource |= location.IsInSource;
        }

        var properties = context.PropertiesOf(type);
        if (!useWith)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    // Private state the copy cannot reach: leave it to the runtime's fallback.
                    if (member is IFieldSymbol { IsStatic: false, IsConst: false, AssociatedSymbol: null })
                    {
                        return null;
                    }
                }
            }
        }

        var name = context.Names.New("__Copy" + TypeNames.Sanitize(type.Name));
        store.PendingCopies[rendered] = name;
        visiting.Add(type);
        var start = store.CopyMethods.Count;
        string? Abandon()
        {
            visiting.Remove(type);
            store.PendingCopies.Remove(rendered);
            for (var i = start; i < store.CopyMethods.Count; i++)
            {
                store.PendingCopies.Remove(store.CopyMethods[i].Type);
            }

            store.CopyMethods.RemoveRange(start, store.CopyMethods.Count - start);
            return null;
        }

        var assignments = new List<CopyAssignmentSpec>();
        var refills = new List<CollectionRefillSpec>();
        foreach (var property in properties)
        {
            var settable = property.SetMethod is not null && context.IsAccessible(property.SetMethod);
            if (settable)
            {
                var copy = ValueCopy(context, property.Type, store, visiting);
                if (!useWith || copy.Kind != ValueCopyKind.Share)
                {
                    assignments.Add(new CopyAssignmentSpec(TypeNames.Escape(property.Name), copy));
                }

                continue;
            }

            var isAuto = false;
            if (inSource)
            {
                foreach (var member in type.GetMembers())
                {
                    isAuto |= member is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property);
                }
            }

            if (CollectionElement(context, property.Type) is { } element)
            {
                if (useWith)
                {
                    return Abandon();
                }

                refills.Add(new CollectionRefillSpec(TypeNames.Escape(property.Name), context.Render(element)));
            }
            else if (isAuto && !useWith)
            {
                return Abandon();
            }
        }

        visiting.Remove(type);
        store.CopyMethods.Add(new CopyMethodSpec(name, rendered, useWith, assignments.ToArray(), refills.ToArray()));
        return name;
    }

    private static bool HasAccessibleParameterlessConstructor(ParseContext context, INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.Length == 0 && context.IsAccessible(constructor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The element type of a get-only collection that can be refilled through ICollection&lt;T&gt;.</summary>
    private static ITypeSymbol? CollectionElement(ParseContext context, ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { IsGenericType: true } named)
        {
            return null;
        }

        var known = context.Known;
        var definition = named.OriginalDefinition;
        if (named.Arity == 1 && IsAny(definition, known.List, known.HashSet, known.IList, known.ICollection, known.ISet, known.Collection, known.ObservableCollection, known.SortedSet, known.LinkedList))
        {
            return named.TypeArguments[0];
        }

        if (named.Arity == 2 && IsAny(definition, known.Dictionary, known.IDictionary, known.SortedDictionary))
        {
            foreach (var candidate in named.AllInterfaces)
            {
                if (KnownSymbols.Is(candidate, known.ICollection))
                {
                    return candidate.TypeArguments[0];
                }
            }
        }

        return null;
    }

    /// <summary>How a value of <paramref name="type"/> is copied: new collections, nested copies, or the value itself.</summary>
    private static ValueCopySpec ValueCopy(ParseContext context, ITypeSymbol type, StoreBuilder store, HashSet<ITypeSymbol> visiting)
    {
        if (type.IsValueType || IsImmutable(context, type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)))
        {
            return ValueCopySpec.Share;
        }

        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            var nested = ElementCopy(context, array.ElementType, store, visiting);
            return nested is null
                ? new ValueCopySpec(ValueCopyKind.CloneArray, new[] { context.Render(array.ElementType) }, null, null)
                : new ValueCopySpec(ValueCopyKind.ConvertArray, new[] { context.Render(array.ElementType) }, nested, null);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } named)
        {
            var known = context.Known;
            var definition = named.OriginalDefinition;
            if (named.Arity == 1 && (definition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                || IsAny(definition, known.List, known.IList, known.ICollection, known.IReadOnlyList, known.IReadOnlyCollection)))
            {
                return new ValueCopySpec(ValueCopyKind.NewList, new[] { context.Render(named.TypeArguments[0]) }, ElementCopy(context, named.TypeArguments[0], store, visiting), null);
            }

            if (KnownSymbols.Is(definition, known.HashSet))
            {
                return new ValueCopySpec(ValueCopyKind.NewHashSetWithComparer, new[] { context.Render(named.TypeArguments[0]) }, null, null);
            }

            if (IsAny(definition, known.ISet, known.IReadOnlySet))
            {
                return new ValueCopySpec(ValueCopyKind.NewHashSet, new[] { context.Render(named.TypeArguments[0]) }, null, null);
            }

            if (KnownSymbols.Is(definition, known.Dictionary))
            {
                return new ValueCopySpec(ValueCopyKind.NewDictionaryWithComparer, new[] { context.Render(named.TypeArguments[0]), context.Render(named.TypeArguments[1]) }, null, null);
            }

            if (IsAny(definition, known.IDictionary, known.IReadOnlyDictionary))
            {
                return new ValueCopySpec(ValueCopyKind.NewDictionary, new[] { context.Render(named.TypeArguments[0]), context.Render(named.TypeArguments[1]) }, null, null);
            }
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class } nestedClass && EnsureMethod(context, nestedClass, store, visiting) is { } method)
        {
            return new ValueCopySpec(ValueCopyKind.Nested, EquatableArray<string>.Empty, null, method);
        }

        return ValueCopySpec.Share;
    }

    private static string? ElementCopy(ParseContext context, ITypeSymbol element, StoreBuilder store, HashSet<ITypeSymbol> visiting)
        => element is INamedTypeSymbol { TypeKind: TypeKind.Class } named && !IsImmutable(context, element, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default))
            ? EnsureMethod(context, named, store, visiting)
            : null;

    /// <summary>Whether values of the type can be shared safely: primitives, strings, enums, well-known immutable structs, immutable collections, and records or readonly structs made only of those.</summary>
    public static bool IsImmutable(ParseContext context, ITypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        type = TypeNames.Underlying(type);
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_DateTime:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return true;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        var known = context.Known;
        if (type is INamedTypeSymbol candidate && IsAny(candidate.OriginalDefinition, known.DateTimeOffset, known.TimeSpan, known.Guid, known.DateOnly, known.TimeOnly, known.Uri, known.Version, known.Half, known.Int128, known.UInt128))
        {
            return true;
        }

        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        if (named.IsTupleType)
        {
            foreach (var element in named.TupleElements)
            {
                if (!IsImmutable(context, element.Type, visiting))
                {
                    return false;
                }
            }

            return true;
        }

        if (TypeFacts.IsNamespace(named.ContainingNamespace, "System", "Collections", "Immutable"))
        {
            foreach (var argument in named.TypeArguments)
            {
                if (!IsImmutable(context, argument, visiting))
                {
                    return false;
                }
            }

            return true;
        }

        if (!(named.IsRecord || (named.TypeKind == TypeKind.Struct && named.IsReadOnly)) || !TypeFacts.IsEntityCandidateType(named))
        {
            return false;
        }

        if (!visiting.Add(named))
        {
            return true;
        }

        for (var current = named; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                switch (member)
                {
                    case IPropertySymbol { IsStatic: false } property:
                        if (property.SetMethod is { IsInitOnly: false })
                        {
                            return false;
                        }

                        if (property.Name != "EqualityContract" && !IsImmutable(context, property.Type, visiting))
                        {
                            return false;
                        }

                        break;
                    case IFieldSymbol { IsStatic: false, IsConst: false } field:
                        if (field.AssociatedSymbol is null && (!field.IsReadOnly || !IsImmutable(context, field.Type, visiting)))
                        {
                            return false;
                        }

                        break;
                }
            }
        }

        return true;
    }

    private static bool IsAny(INamedTypeSymbol definition, params INamedTypeSymbol?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not null && SymbolEqualityComparer.Default.Equals(definition, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
