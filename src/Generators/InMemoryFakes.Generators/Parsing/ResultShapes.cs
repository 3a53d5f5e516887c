using System;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Result and parameter types of key-value members that carry more than the value, recognised by their members' names:
/// a wrapper that says whether a value was found (EasyCaching's <c>CacheValue&lt;T&gt;</c>), and an item that carries the
/// key, its region and the value (CacheManager's <c>CacheItem&lt;T&gt;</c>).
/// </summary>
internal static class ResultShapes
{
    /// <summary>A wrapper's parts: the wrapped value type, the constructor's order and the "no value" member.</summary>
    internal sealed class WrapperInfo
    {
        public WrapperInfo(ITypeSymbol value, bool valueFirst, string? missing)
        {
            Value = value;
            ValueFirst = valueFirst;
            Missing = missing;
        }

        public ITypeSymbol Value { get; }

        public bool ValueFirst { get; }

        public string? Missing { get; }
    }

    /// <summary>
    /// A class or struct with an accessible constructor of two parameters, the value and a bool named like "found"
    /// (<see cref="Conventions.FoundParameterNames"/>), optionally with a static member of its own type named like "no
    /// value" (<see cref="Conventions.NoValueMemberNames"/>). <paramref name="valueType"/>, when given, must be the
    /// constructor's value type (or a type parameter of the wrapper standing for it).
    /// </summary>
    public static WrapperInfo? Wrapper(ParseContext context, ITypeSymbol type, ITypeSymbol? valueType)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.IsAbstract || !TypeFacts.IsEntityCandidateType(named))
        {
            return null;
        }

        foreach (var constructor in named.InstanceConstructors)
        {
            if (constructor.Parameters.Length != 2 || !context.IsAccessible(constructor))
            {
                continue;
            }

            var first = constructor.Parameters[0];
            var second = constructor.Parameters[1];
            var (flag, value, valueFirst) = TypeFacts.IsBool(second.Type) ? (second, first, true) : (first, second, false);
            if (!TypeFacts.IsBool(flag.Type) || TypeFacts.IsBool(value.Type) || !Conventions.NameIn(flag.Name, Conventions.FoundParameterNames))
            {
                continue;
            }

            if (valueType is not null && !TypeFacts.SameType(TypeNames.Underlying(value.Type), TypeNames.Underlying(valueType)))
            {
                continue;
            }

            string? missing = null;
            foreach (var name in Conventions.NoValueMemberNames)
            {
                var member = named.GetMembers(name).FirstOrDefault(m => m.IsStatic && context.IsAccessible(m)
                    && (m is IPropertySymbol p && SymbolEqualityComparer.Default.Equals(p.Type, named) || m is IFieldSymbol f && SymbolEqualityComparer.Default.Equals(f.Type, named)));
                if (member is not null)
                {
                    missing = name;
                    break;
                }
            }

            return new WrapperInfo(value.Type, valueFirst, missing);
        }

        return null;
    }

    /// <summary>The wrapper model of a member's result.</summary>
    public static WrapperSpec? WrapperSpec(ParseContext context, ITypeSymbol result)
    {
        var type = TypeNames.Underlying(result);
        return Wrapper(context, type, null) is { } info
            ? new WrapperSpec(context.RenderNotNull(type), context.RenderNotNull(TypeNames.Underlying(info.Value)), info.ValueFirst, info.Missing)
            : null;
    }

    /// <summary>
    /// An item built from the entry: a class with an accessible constructor whose parameters are all named key, region or
    /// value (key a string, region a string, value the store's value type), the most parameters first.
    /// </summary>
    public static ItemResultSpec? Item(ParseContext context, ITypeSymbol type, ITypeSymbol valueType)
    {
        if (TypeNames.Underlying(type) is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.IsAbstract || !TypeFacts.IsEntityCandidateType(named))
        {
            return null;
        }

        foreach (var constructor in named.InstanceConstructors.Where(context.IsAccessible).OrderByDescending(static c => c.Parameters.Length))
        {
            var parts = new ItemPart[constructor.Parameters.Length];
            var ok = constructor.Parameters.Length >= 2;
            for (var i = 0; ok && i < parts.Length; i++)
            {
                var parameter = constructor.Parameters[i];
                if (parameter.Name.Equals("key", StringComparison.OrdinalIgnoreCase) && TypeFacts.IsString(parameter.Type))
                {
                    parts[i] = ItemPart.Key;
                }
                else if (Conventions.NameIn(parameter.Name, Conventions.RegionParameterNames) && TypeFacts.IsString(parameter.Type))
                {
                    parts[i] = ItemPart.Region;
                }
                else if (parameter.Name.Equals("value", StringComparison.OrdinalIgnoreCase) && TypeFacts.SameType(TypeNames.Underlying(parameter.Type), valueType))
                {
                    parts[i] = ItemPart.Value;
                }
                else
                {
                    ok = false;
                }
            }

            if (ok && parts.Contains(ItemPart.Key) && parts.Contains(ItemPart.Value))
            {
                return new ItemResultSpec(context.RenderNotNull(named), parts);
            }
        }

        return null;
    }

    /// <summary>An item parameter: a type with readable Key (string) and Value (the store's value type) and optionally Region (string).</summary>
    public static ItemArgumentSpec? ItemArgument(ParseContext context, IParameterSymbol parameter, ITypeSymbol valueType)
    {
        var type = TypeNames.Underlying(parameter.Type);
        if (!TypeFacts.IsEntityCandidateType(type))
        {
            return null;
        }

        var key = TypeFacts.Property(context, type, "Key");
        var value = TypeFacts.Property(context, type, "Value");
        var region = TypeFacts.Property(context, type, "Region");
        if (key is null || value is null || !TypeFacts.IsString(key.Type) || !TypeFacts.SameType(TypeNames.Underlying(value.Type), valueType))
        {
            return null;
        }

        return new ItemArgumentSpec(Declarations.Argument(parameter), key.Name, region is not null && TypeFacts.IsString(region.Type) ? region.Name : null, value.Name);
    }
}
