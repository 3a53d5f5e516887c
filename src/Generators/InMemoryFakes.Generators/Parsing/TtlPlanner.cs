using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Time-to-live parameters, read by type and name (<see cref="Conventions"/>): a TimeSpan named like a relative or
/// sliding expiry, a number of seconds, an absolute DateTimeOffset, or an options object whose properties use those
/// names (sliding wins, then relative, then absolute). A nullable parameter left null means the store default.
/// </summary>
internal static class TtlPlanner
{
    private enum TtlKind
    {
        None,
        Relative,
        Seconds,
        Absolute,
        Sliding,
        Options,
    }

    /// <summary>
    /// Per compilation, the expiry properties of each type asked about (<see cref="OptionProperties"/>): a type's are the
    /// same for every member and target that asks, and the classifiers ask of every parameter of every member, several
    /// times per target (the store's kind is scored before any planner runs). Each answer read a type's whole member list
    /// and its base types' (about 5 % of the generator's first run over the benchmark's 200 interfaces, session 40).
    /// </summary>
    private static readonly ConditionalWeakTable<Compilation, OptionPropertyMemo> Memos = new();

    private static readonly IReadOnlyList<(IPropertySymbol Property, ExpirationKind Kind)> None = new List<(IPropertySymbol, ExpirationKind)>();

    /// <summary>The answers of <see cref="OptionProperties"/> for one compilation: classes and structs, and entry interfaces.</summary>
    private sealed class OptionPropertyMemo
    {
        public Memo<ITypeSymbol, IReadOnlyList<(IPropertySymbol Property, ExpirationKind Kind)>> Types { get; } = new(SymbolEqualityComparer.Default);

        public Memo<ITypeSymbol, IReadOnlyList<(IPropertySymbol Property, ExpirationKind Kind)>> WithInterfaces { get; } = new(SymbolEqualityComparer.Default);
    }

    /// <summary>Whether the parameter is a time to live by its type and name.</summary>
    public static bool IsTtl(ParseContext context, IParameterSymbol parameter) => Classify(context, parameter) != TtlKind.None;

    /// <summary>Whether the parameter is a time to live only as an options object read by its properties.</summary>
    public static bool IsOptions(ParseContext context, IParameterSymbol parameter) => Classify(context, parameter) == TtlKind.Options;

    /// <summary>The expiration a parameter gives, or null when it is not a time to live.</summary>
    public static ExpirationSpec? TryPlan(ParseContext context, IParameterSymbol parameter, StoreBuilder store)
    {
        var kind = Classify(context, parameter);
        var id = TypeNames.Escape(parameter.Name);
        var nullable = TypeNames.IsNullableValueType(parameter.Type);
        switch (kind)
        {
            case TtlKind.Relative:
                return new ExpirationSpec(ExpirationKind.After, id, nullable, false, null);
            case TtlKind.Sliding:
                return new ExpirationSpec(ExpirationKind.Sliding, id, nullable, false, null);
            case TtlKind.Seconds:
                return new ExpirationSpec(ExpirationKind.AfterSeconds, id, nullable, TypeNames.Underlying(parameter.Type).SpecialType == SpecialType.System_Decimal, null,
                    Conventions.NameIn(parameter.Name, Conventions.SecondsTtlNames) ? 1 : Conventions.TtlUnitSeconds(parameter.Name));
            case TtlKind.Absolute:
                return new ExpirationSpec(ExpirationKind.At, id, nullable, false, null);
            case TtlKind.Options:
                return new ExpirationSpec(ExpirationKind.Options, id, false, false, EnsureHelper(context, parameter.Type, store));
            default:
                return null;
        }
    }

    private static TtlKind Classify(ParseContext context, IParameterSymbol parameter)
    {
        if (parameter.RefKind != RefKind.None)
        {
            return TtlKind.None;
        }

        var known = context.Known;
        var type = TypeNames.Underlying(parameter.Type);
        var name = parameter.Name;
        if (KnownSymbols.Is(type, known.TimeSpan))
        {
            return Conventions.NameIn(name, Conventions.SlidingTtlNames) ? TtlKind.Sliding : Conventions.NameIn(name, Conventions.RelativeTtlNames) ? TtlKind.Relative : TtlKind.None;
        }

        if (TypeFacts.IsNumber(type))
        {
            return Conventions.NameIn(name, Conventions.SecondsTtlNames) || Conventions.TtlUnitSeconds(name) > 0 ? TtlKind.Seconds : TtlKind.None;
        }

        // A point in time named as an expiry is the entry's end, whichever of the two types carries it (Microsoft.IdentityModel's
        // ITokenReplayCache.TryAdd(securityToken, DateTime expiresOn)); a DateTime of unspecified kind is refused at run time.
        if (KnownSymbols.Is(type, known.DateTimeOffset) || type.SpecialType == SpecialType.System_DateTime)
        {
            return Conventions.NameIn(name, Conventions.AbsoluteTtlNames) ? TtlKind.Absolute : TtlKind.None;
        }

        return OptionProperties(context, type).Count > 0 ? TtlKind.Options : TtlKind.None;
    }

    /// <summary>
    /// The expiry properties of a cache entry a get-or-add factory is handed (a class, or an interface such as
    /// <c>ICacheEntry</c>), by name; empty when it has none.
    /// </summary>
    public static List<IPropertySymbol> EntryExpiryProperties(ParseContext context, ITypeSymbol type)
        => PropertiesOf(OptionProperties(context, type, interfaces: true));

    /// <summary>The expiry properties of an options parameter's type, by name (empty when it is not an options object).</summary>
    public static List<IPropertySymbol> OptionExpiryProperties(ParseContext context, ITypeSymbol type)
        => PropertiesOf(OptionProperties(context, TypeNames.Underlying(type)));

    private static List<IPropertySymbol> PropertiesOf(IReadOnlyList<(IPropertySymbol Property, ExpirationKind Kind)> found)
    {
        var properties = new List<IPropertySymbol>(found.Count);
        foreach (var (property, _) in found)
        {
            properties.Add(property);
        }

        return properties;
    }

    /// <summary>The reader of a cache entry's expiry (see <see cref="EntryExpiryProperties"/>): its helper's name.</summary>
    public static string EntryHelper(ParseContext context, ITypeSymbol type, StoreBuilder store) => EnsureHelper(context, type, store, interfaces: true);

    /// <summary>Whether a more derived type already gave a property of this name (a loop: a lambda here allocated a closure per member of every type asked about).</summary>
    private static bool Declares(List<(IPropertySymbol Property, ExpirationKind Kind)> found, string name)
    {
        foreach (var (property, _) in found)
        {
            if (property.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Properties of an options object that carry an expiration (and of an entry interface, with <paramref name="interfaces"/>).</summary>
    private static IReadOnlyList<(IPropertySymbol Property, ExpirationKind Kind)> OptionProperties(ParseContext context, ITypeSymbol type, bool interfaces = false)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named || type.SpecialType != SpecialType.None
            || (named.TypeKind == TypeKind.Interface && !interfaces))
        {
            return None;
        }

        var memo = Memos.GetValue(context.Compilation, static _ => new OptionPropertyMemo());
        var answers = interfaces ? memo.WithInterfaces : memo.Types;
        return answers.Get(type, (Context: context, Named: named), static (type, s) => ReadOptionProperties(s.Context, type, s.Named));
    }

    /// <summary><see cref="OptionProperties"/> read from the type's members and its base types' (or the interfaces it inherits).</summary>
    private static List<(IPropertySymbol Property, ExpirationKind Kind)> ReadOptionProperties(ParseContext context, ITypeSymbol type, INamedTypeSymbol named)
    {
        var result = new List<(IPropertySymbol, ExpirationKind)>();

        var known = context.Known;
        var declaring = new List<ITypeSymbol>();
        if (named.TypeKind == TypeKind.Interface)
        {
            declaring.Add(named);
            declaring.AddRange(named.AllInterfaces);
        }
        else
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                declaring.Add(current);
            }
        }

        foreach (var current in declaring)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is not IPropertySymbol property || property.IsStatic || property.GetMethod is null || property.DeclaredAccessibility != Accessibility.Public
                    || Declares(result, property.Name))
                {
                    continue;
                }

                var propertyType = TypeNames.Underlying(property.Type);
                if (KnownSymbols.Is(propertyType, known.TimeSpan) && Conventions.NameIn(property.Name, Conventions.OptionSlidingNames))
                {
                    result.Add((property, ExpirationKind.Sliding));
                }
                else if (KnownSymbols.Is(propertyType, known.TimeSpan) && Conventions.NameIn(property.Name, Conventions.OptionRelativeNames))
                {
                    result.Add((property, ExpirationKind.After));
                }
                else if (KnownSymbols.Is(propertyType, known.DateTimeOffset) && Conventions.NameIn(property.Name, Conventions.OptionAbsoluteNames))
                {
                    result.Add((property, ExpirationKind.At));
                }
            }
        }

        return result;
    }

    /// <summary>The options type as a test writes it when <c>new T()</c> (no expiry set) makes one; else null.</summary>
    private static string? NoExpiryType(ParseContext context, ITypeSymbol type)
        => TypeNames.Underlying(type) is INamedTypeSymbol { IsAbstract: false, TypeKind: TypeKind.Class or TypeKind.Struct } named
           && (named.TypeKind == TypeKind.Struct || named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && context.IsAccessible(c)))
            ? named.ToDisplayString(ContractNames.Format)
            : null;

    private static string EnsureHelper(ParseContext context, ITypeSymbol type, StoreBuilder store, bool interfaces = false)
    {
        var rendered = type.IsReferenceType ? context.RenderNullable(type) : context.Render(type);
        foreach (var existing in store.ExpirationHelpers)
        {
            if (existing.Type == rendered)
            {
                return existing.Name;
            }
        }

        var underlying = TypeNames.Underlying(type);
        var checks = new List<ExpirationCheckSpec>();
        var properties = OptionProperties(context, underlying, interfaces);
        foreach (var kind in new[] { ExpirationKind.Sliding, ExpirationKind.After, ExpirationKind.At })
        {
            foreach (var (property, propertyKind) in properties)
            {
                if (propertyKind == kind)
                {
                    checks.Add(new ExpirationCheckSpec(property.Name, kind, TypeNames.IsNullableValueType(property.Type)));
                }
            }
        }

        var helper = new ExpirationHelperSpec(
            context.Names.New("__ExpirationOf" + TypeNames.Sanitize(underlying.Name)),
            rendered,
            type.IsReferenceType || TypeNames.IsNullableValueType(type),
            TypeNames.IsNullableValueType(type),
            checks.ToArray(),
            NoExpiryType(context, type));
        store.ExpirationHelpers.Add(helper);
        return helper.Name;
    }
}
