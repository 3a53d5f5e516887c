using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators;

/// <summary>
/// Time-to-live parameters, read by type and name: a TimeSpan named ttl/expiry/expiration/expiresIn/timeToLive/lifetime
/// (relative), a TimeSpan named sliding/slidingExpiration (sliding), a number of seconds named
/// ttl/ttlSeconds/seconds/expirySeconds/expiresInSeconds, a DateTimeOffset named expiresAt/absolute/absoluteExpiration,
/// or an options object whose properties use those names (sliding wins, then relative, then absolute). Null means the store default.
/// </summary>
internal sealed partial class Parser
{
    private const string ExpirationType = "global::InMemoryFakes.Expiration";

    private static readonly string[] RelativeNames = { "ttl", "expiry", "expiration", "expiresIn", "timeToLive", "lifetime", "absoluteExpirationRelativeToNow" };
    private static readonly string[] SlidingNames = { "sliding", "slidingExpiration" };
    private static readonly string[] SecondsNames = { "ttl", "ttlSeconds", "seconds", "expirySeconds", "expiresInSeconds", "expirationSeconds", "timeToLiveSeconds" };
    private static readonly string[] AbsoluteNames = { "expiresAt", "absolute", "absoluteExpiration", "expireAt" };
    private static readonly string[] OptionRelativeNames = { "AbsoluteExpirationRelativeToNow", "Ttl", "Expiry", "TimeToLive", "ExpiresIn", "Expiration" };
    private static readonly string[] OptionSlidingNames = { "SlidingExpiration", "Sliding" };
    private static readonly string[] OptionAbsoluteNames = { "AbsoluteExpiration", "ExpiresAt", "Absolute" };

    private readonly List<ExpirationHelperSpec> _expirationHelpers = new();

    private enum TtlKind
    {
        None,
        Relative,
        Seconds,
        Absolute,
        Sliding,
        Options,
    }

    private static bool NameIn(string name, string[] names) => names.Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static bool IsTimeSpan(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::System.TimeSpan";

    private static bool IsDateTimeOffset(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::System.DateTimeOffset";

    private static bool IsNumber(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;

    private TtlKind ClassifyTtl(IParameterSymbol parameter)
    {
        if (parameter.RefKind != RefKind.None)
        {
            return TtlKind.None;
        }

        var type = TypeNames.Underlying(parameter.Type);
        var name = parameter.Name;
        if (IsTimeSpan(type))
        {
            return NameIn(name, SlidingNames) ? TtlKind.Sliding : NameIn(name, RelativeNames) ? TtlKind.Relative : TtlKind.None;
        }

        if (IsNumber(type))
        {
            return NameIn(name, SecondsNames) ? TtlKind.Seconds : TtlKind.None;
        }

        if (IsDateTimeOffset(type))
        {
            return NameIn(name, AbsoluteNames) ? TtlKind.Absolute : TtlKind.None;
        }

        return OptionProperties(type).Count > 0 ? TtlKind.Options : TtlKind.None;
    }

    private bool TryExpiration(IParameterSymbol parameter, out string expression)
    {
        expression = "";
        var kind = ClassifyTtl(parameter);
        if (kind == TtlKind.None)
        {
            return false;
        }

        var id = TypeNames.Escape(parameter.Name);
        var nullable = TypeNames.IsNullableValueType(parameter.Type);
        var value = nullable ? id + ".Value" : id;
        var nameArgument = nullable ? ", nameof(" + id + ")" : "";
        string Wrap(string factory) => nullable ? "(" + id + ".HasValue ? " + factory + " : " + ExpirationType + ".Default)" : factory;
        switch (kind)
        {
            case TtlKind.Relative:
                expression = Wrap(ExpirationType + ".After(" + value + nameArgument + ")");
                return true;
            case TtlKind.Sliding:
                expression = Wrap(ExpirationType + ".Sliding(" + value + nameArgument + ")");
                return true;
            case TtlKind.Seconds:
                var seconds = TypeNames.Underlying(parameter.Type).SpecialType is SpecialType.System_Decimal ? "(double)" + value : value;
                expression = Wrap(ExpirationType + ".AfterSeconds(" + seconds + (nullable || seconds != value ? ", nameof(" + id + ")" : "") + ")");
                return true;
            case TtlKind.Absolute:
                expression = Wrap(ExpirationType + ".At(" + value + ", nameof(" + id + "))");
                return true;
            default:
                expression = EnsureExpirationHelper(parameter.Type) + "(" + id + ")";
                return true;
        }
    }

    /// <summary>Properties of an options object that carry an expiration.</summary>
    private static List<(IPropertySymbol Property, TtlKind Kind)> OptionProperties(ITypeSymbol type)
    {
        var result = new List<(IPropertySymbol, TtlKind)>();
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } || type.SpecialType != SpecialType.None)
        {
            return result;
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.GetMethod is null || property.DeclaredAccessibility != Accessibility.Public || result.Any(r => r.Item1.Name == property.Name))
                {
                    continue;
                }

                var propertyType = TypeNames.Underlying(property.Type);
                if (IsTimeSpan(propertyType) && NameIn(property.Name, OptionSlidingNames))
                {
                    result.Add((property, TtlKind.Sliding));
                }
                else if (IsTimeSpan(propertyType) && NameIn(property.Name, OptionRelativeNames))
                {
                    result.Add((property, TtlKind.Relative));
                }
                else if (IsDateTimeOffset(propertyType) && NameIn(property.Name, OptionAbsoluteNames))
                {
                    result.Add((property, TtlKind.Absolute));
                }
            }
        }

        return result;
    }

    private string EnsureExpirationHelper(ITypeSymbol type)
    {
        var rendered = type.IsReferenceType ? TypeNames.RenderNullable(type) : TypeNames.Render(type);
        if (_expirationHelpers.FirstOrDefault(h => h.Type == rendered) is { } existing)
        {
            return existing.Name;
        }

        var underlying = TypeNames.Underlying(type);
        var checks = new List<ExpirationCheckSpec>();
        var properties = OptionProperties(underlying);
        foreach (var kind in new[] { TtlKind.Sliding, TtlKind.Relative, TtlKind.Absolute })
        {
            foreach (var (property, propertyKind) in properties)
            {
                if (propertyKind != kind)
                {
                    continue;
                }

                var nullable = TypeNames.IsNullableValueType(property.Type);
                var access = "o." + TypeNames.Escape(property.Name);
                var value = nullable ? access + ".Value" : access;
                var condition = nullable ? access + ".HasValue" : access + " != default";
                var name = ", " + TypeNames.Literal(property.Name);
                var factory = kind switch
                {
                    TtlKind.Sliding => ExpirationType + ".Sliding(" + value + name + ")",
                    TtlKind.Relative => ExpirationType + ".After(" + value + name + ")",
                    _ => ExpirationType + ".At(" + value + name + ")",
                };
                checks.Add(new ExpirationCheckSpec(condition, factory));
            }
        }

        var helper = new ExpirationHelperSpec(_names.New("__ExpirationOf" + TypeNames.Sanitize(underlying.Name)), rendered, type.IsReferenceType || TypeNames.IsNullableValueType(type), TypeNames.IsNullableValueType(type), checks.ToArray());
        _expirationHelpers.Add(helper);
        return helper.Name;
    }
}
