using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators;

/// <summary>
/// Copy rules: immutable records (every property get-only or init-only, of immutable types) are stored as they are;
/// mutable classes with an accessible parameterless constructor and settable properties (and records, through <c>with</c>)
/// get a generated deep copy that re-creates collections and nested copyable classes; anything else leaves
/// <c>DeepCopy</c> null so the runtime's shallow fallback applies.
/// </summary>
internal sealed partial class Parser
{
    private const string ListType = "global::System.Collections.Generic.List";
    private const string DictionaryType = "global::System.Collections.Generic.Dictionary";
    private const string HashSetType = "global::System.Collections.Generic.HashSet";

    private (string? DeepCopy, bool IsImmutable) PlanCopy(ITypeSymbol type, List<CopyMethodSpec> methods)
    {
        if (IsImmutableType(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)))
        {
            return (null, true);
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class } named)
        {
            return (null, false);
        }

        var name = EnsureCopyMethod(named, methods, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
        return name is null ? (null, false) : ("static e => " + name + "(e, 0)!", false);
    }

    /// <summary>Plans a deep-copy method for a class, or returns null when the class cannot be copied member by member.</summary>
    private string? EnsureCopyMethod(INamedTypeSymbol type, List<CopyMethodSpec> methods, HashSet<ITypeSymbol> visiting)
    {
        var rendered = TypeNames.RenderNotNull(type);
        if (methods.FirstOrDefault(m => m.Type == rendered) is { } existing)
        {
            return existing.Name;
        }

        if (visiting.Contains(type) || type.IsAbstract || type.IsStatic || type.TypeKind != TypeKind.Class || !IsEntityCandidateType(type))
        {
            return visiting.Contains(type) ? _copyNames.TryGetValue(rendered, out var pending) ? pending : null : null;
        }

        var useWith = type.IsRecord;
        if (!useWith && !type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && _compilation.IsSymbolAccessibleWithin(c, _compilation.Assembly)))
        {
            return null;
        }

        var inSource = type.Locations.Any(static l => l.IsInSource);
        var properties = InstanceProperties(type);
        if (!useWith)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var field in current.GetMembers().OfType<IFieldSymbol>())
                {
                    if (field.IsStatic || field.IsConst || field.AssociatedSymbol is not null)
                    {
                        continue;
                    }

                    // Private state the copy cannot reach: leave it to the runtime's member-wise fallback.
                    return null;
                }
            }
        }

        var name = _names.New("__Copy" + TypeNames.Sanitize(type.Name));
        _copyNames[rendered] = name;
        visiting.Add(type);
        var start = methods.Count;
        string? Abandon()
        {
            visiting.Remove(type);
            _copyNames.Remove(rendered);
            foreach (var dropped in methods.Skip(start))
            {
                _copyNames.Remove(dropped.Type);
            }

            methods.RemoveRange(start, methods.Count - start);
            return null;
        }

        var assignments = new List<string>();
        var refills = new List<CollectionRefillSpec>();
        foreach (var property in properties)
        {
            var access = "source." + TypeNames.Escape(property.Name);
            var settable = property.SetMethod is not null && _compilation.IsSymbolAccessibleWithin(property.SetMethod, _compilation.Assembly);
            if (settable)
            {
                var copy = CopyExpression(property.Type, access, methods, visiting);
                if (!useWith || copy != access)
                {
                    assignments.Add(TypeNames.Escape(property.Name) + " = " + copy);
                }

                continue;
            }

            var isAuto = inSource && type.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));
            if (CollectionElement(property.Type) is { } element)
            {
                if (useWith)
                {
                    return Abandon();
                }

                refills.Add(new CollectionRefillSpec(TypeNames.Escape(property.Name), TypeNames.Render(element)));
            }
            else if (isAuto && !useWith)
            {
                return Abandon();
            }
        }

        visiting.Remove(type);
        methods.Add(new CopyMethodSpec(name, rendered, useWith, assignments.ToArray(), refills.ToArray()));
        return name;
    }

    private readonly Dictionary<string, string> _copyNames = new(System.StringComparer.Ordinal);

    /// <summary>The element type of a get-only collection that can be refilled through ICollection&lt;T&gt;.</summary>
    private static ITypeSymbol? CollectionElement(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named || type is IArrayTypeSymbol)
        {
            return null;
        }

        var ns = named.ContainingNamespace?.ToDisplayString();
        if (ns is not ("System.Collections.Generic" or "System.Collections.ObjectModel"))
        {
            return null;
        }

        if (named.Name is "List" or "HashSet" or "IList" or "ICollection" or "ISet" or "Collection" or "ObservableCollection" or "SortedSet" or "LinkedList" && named.Arity == 1)
        {
            return named.TypeArguments[0];
        }

        if (named.Name is "Dictionary" or "IDictionary" or "SortedDictionary" && named.Arity == 2)
        {
            return named.AllInterfaces.Concat(new[] { named })
                .FirstOrDefault(static i => i.Name == "ICollection" && i.Arity == 1 && i.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")?.TypeArguments[0];
        }

        return null;
    }

    /// <summary>An expression that copies <paramref name="access"/>: new collections, nested copies, or the value itself.</summary>
    private string CopyExpression(ITypeSymbol type, string access, List<CopyMethodSpec> methods, HashSet<ITypeSymbol> visiting)
    {
        if (type.IsValueType || IsImmutableType(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)))
        {
            return access;
        }

        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            var element = TypeNames.Render(array.ElementType);
            var nested = ElementCopy(array.ElementType, methods, visiting);
            return nested is null
                ? access + " is null ? null! : (" + element + "[])" + access + ".Clone()"
                : access + " is null ? null! : global::System.Array.ConvertAll(" + access + ", x => " + nested + ")";
        }

        if (type is INamedTypeSymbol { IsGenericType: true } named && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")
        {
            var args = named.TypeArguments.Select(TypeNames.Render).ToArray();
            switch (named.Name, named.Arity)
            {
                case ("List" or "IList" or "ICollection" or "IEnumerable" or "IReadOnlyList" or "IReadOnlyCollection", 1):
                {
                    var nested = ElementCopy(named.TypeArguments[0], methods, visiting);
                    var source = nested is null ? access : "global::System.Linq.Enumerable.Select(" + access + ", x => " + nested + ")";
                    return access + " is null ? null! : new " + ListType + "<" + args[0] + ">(" + source + ")";
                }

                case ("HashSet", 1):
                    return access + " is null ? null! : new " + HashSetType + "<" + args[0] + ">(" + access + ", " + access + ".Comparer)";
                case ("ISet" or "IReadOnlySet", 1):
                    return access + " is null ? null! : new " + HashSetType + "<" + args[0] + ">(" + access + ")";
                case ("Dictionary", 2):
                    return access + " is null ? null! : new " + DictionaryType + "<" + args[0] + ", " + args[1] + ">(" + access + ", " + access + ".Comparer)";
                case ("IDictionary" or "IReadOnlyDictionary", 2):
                    return access + " is null ? null! : new " + DictionaryType + "<" + args[0] + ", " + args[1] + ">(" + access + ")";
            }
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class } nestedClass && EnsureCopyMethod(nestedClass, methods, visiting) is { } method)
        {
            return method + "(" + access + ", depth + 1)!";
        }

        return access;
    }

    private string? ElementCopy(ITypeSymbol element, List<CopyMethodSpec> methods, HashSet<ITypeSymbol> visiting)
        => element is INamedTypeSymbol { TypeKind: TypeKind.Class } named && !IsImmutableType(element, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default))
            && EnsureCopyMethod(named, methods, visiting) is { } method
            ? method + "(x, depth + 1)!"
            : null;

    /// <summary>Whether values of the type can be shared safely: primitives, strings, enums, well-known immutable structs, immutable collections, and records or readonly structs made only of those.</summary>
    private bool IsImmutableType(ITypeSymbol type, HashSet<ITypeSymbol> visiting)
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

        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (name is "global::System.DateTimeOffset" or "global::System.TimeSpan" or "global::System.Guid" or "global::System.DateOnly"
            or "global::System.TimeOnly" or "global::System.Uri" or "global::System.Version" or "global::System.Half" or "global::System.Int128" or "global::System.UInt128")
        {
            return true;
        }

        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        if (named.IsTupleType)
        {
            return named.TupleElements.All(e => IsImmutableType(e.Type, visiting));
        }

        if (named.ContainingNamespace?.ToDisplayString() == "System.Collections.Immutable")
        {
            return named.TypeArguments.All(t => IsImmutableType(t, visiting));
        }

        if (!(named.IsRecord || (named.TypeKind == TypeKind.Struct && named.IsReadOnly)) || !IsEntityCandidateType(named))
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

                        if (property.Name != "EqualityContract" && !IsImmutableType(property.Type, visiting))
                        {
                            return false;
                        }

                        break;
                    case IFieldSymbol { IsStatic: false, IsConst: false } field:
                        if (field.AssociatedSymbol is null && (!field.IsReadOnly || !IsImmutableType(field.Type, visiting)))
                        {
                            return false;
                        }

                        break;
                }
            }
        }

        return true;
    }
}
