using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InMemoryFakes.Generators;

/// <summary>Renders types, identifiers and literals as C# source with <c>global::</c> on every type.</summary>
internal static class TypeNames
{
    public static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string Render(ITypeSymbol type) => type.ToDisplayString(Format);

    /// <summary>The type without a top-level nullable reference annotation (a <c>Nullable&lt;T&gt;</c> stays as it is).</summary>
    public static string RenderNotNull(ITypeSymbol type)
        => type.IsReferenceType || type is ITypeParameterSymbol ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(Format) : Render(type);

    /// <summary>
    /// The first type in <paramref name="type"/> (itself, an element, a type argument) the compiler could not resolve, or
    /// null: a member whose signature names one is broken code the compiler already reports (CS0246), not a shape.
    /// </summary>
    public static ITypeSymbol? FirstUnresolved(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return null;
            case { TypeKind: TypeKind.Error }:
                return type;
            case IArrayTypeSymbol array:
                return FirstUnresolved(array.ElementType);
            case IPointerTypeSymbol pointer:
                return FirstUnresolved(pointer.PointedAtType);
            case INamedTypeSymbol { IsGenericType: true } named:
                foreach (var argument in named.TypeArguments)
                {
                    if (FirstUnresolved(argument) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether a type is declared nullable: <c>Nullable&lt;T&gt;</c>, or a reference type (or type parameter) annotated
    /// <c>?</c> in a nullable-enabled context. Null is then a value the signature takes.
    /// </summary>
    public static bool IsDeclaredNullable(ITypeSymbol type)
        => IsNullableValueType(type) || (!type.IsValueType && type.NullableAnnotation == NullableAnnotation.Annotated);

    /// <summary>The type with a top-level nullable annotation, for results that may be missing.</summary>
    public static string RenderNullable(ITypeSymbol type)
    {
        if (type.IsValueType)
        {
            return IsNullableValueType(type) ? Render(type) : Render(type) + "?";
        }

        return type.WithNullableAnnotation(NullableAnnotation.Annotated).ToDisplayString(Format);
    }

    public static bool IsNullableValueType(ITypeSymbol type)
        => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    /// <summary>Strips <c>Nullable&lt;T&gt;</c> and the nullable reference annotation.</summary>
    public static ITypeSymbol Underlying(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol named && IsNullableValueType(type) && named.TypeArguments.Length == 1)
        {
            return named.TypeArguments[0];
        }

        return type.IsReferenceType || type is ITypeParameterSymbol ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type;
    }

    /// <summary>Whether a value of this type may be null by its declaration (oblivious counts as nullable).</summary>
    public static bool AllowsNull(ITypeSymbol type)
        => IsNullableValueType(type)
           || (!type.IsValueType && type.NullableAnnotation != NullableAnnotation.NotAnnotated);

    public static string Escape(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>The string as a C# string literal, quoted and escaped.</summary>
    public static string Literal(string value)
        => NeedsNoEscape(value) ? "\"" + value + "\"" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// Whether the string is printable ASCII other than a quote or backslash, so its literal is the text in quotes: the
    /// common case (member names and signatures, written several times per fake) then skips Roslyn's general formatter.
    /// </summary>
    public static bool NeedsNoEscape(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c > '~' || c == '"' || c == '\\')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A parameter's default value as C# source, or null when it has none.</summary>
    public static string? DefaultValue(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }

        var type = parameter.Type;
        var value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            return type.IsValueType && !IsNullableValueType(type) ? "default" : "null";
        }

        var underlying = Underlying(type);
        if (underlying.TypeKind == TypeKind.Enum)
        {
            return "(" + Render(underlying) + ")(" + Primitive(value) + ")";
        }

        return Primitive(value);
    }

    public static string Primitive(object value) => value switch
    {
        string s => Literal(s),
        char c => SymbolDisplay.FormatLiteral(c, quote: true),
        bool b => b ? "true" : "false",
        float f when float.IsNaN(f) => "float.NaN",
        float f when float.IsPositiveInfinity(f) => "float.PositiveInfinity",
        float f when float.IsNegativeInfinity(f) => "float.NegativeInfinity",
        double d when double.IsNaN(d) => "double.NaN",
        double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
        double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
        float f => f.ToString("R", CultureInfo.InvariantCulture) + "F",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "D",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "UL",
        uint ui => ui.ToString(CultureInfo.InvariantCulture) + "U",
        byte or sbyte or short or ushort => "(" + ((IConvertible)value).ToString(CultureInfo.InvariantCulture) + ")",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "default",
    };

    /// <summary>
    /// A rendered type as the operand of <c>typeof</c>: <c>dynamic</c>, which <c>typeof</c> refuses (CS1962, also inside a
    /// type argument or a tuple), becomes <c>object</c>, the type it is at run time. Only the type keyword is replaced: a
    /// <c>dynamic</c> after a qualifier (<c>global::N.dynamic</c>) or after a type (a tuple element named <c>dynamic</c>) stays.
    /// </summary>
    public static string TypeOfOperand(string rendered)
    {
        if (rendered.IndexOf("dynamic", StringComparison.Ordinal) < 0)
        {
            return rendered;
        }

        var builder = new StringBuilder(rendered.Length);
        var i = 0;
        while (i < rendered.Length)
        {
            if (string.CompareOrdinal(rendered, i, "dynamic", 0, 7) == 0
                && (i + 7 == rendered.Length || !IsIdentifierPart(rendered[i + 7]))
                && StartsAType(rendered, i))
            {
                builder.Append("object");
                i += 7;
                continue;
            }

            builder.Append(rendered[i]);
            i++;
        }

        return builder.ToString();
    }

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Whether a type starts at <paramref name="index"/>: the text begins there, or after <c>(</c>, <c>&lt;</c> or <c>,</c>.</summary>
    private static bool StartsAType(string text, int index)
    {
        var j = index - 1;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        return j < 0 || text[j] is '(' or '<' or ',';
    }

    /// <summary>A simple name with characters a hint name or identifier cannot hold replaced.</summary>
    public static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' || c == '.' ? c : '_');
        }

        return builder.ToString();
    }

    /// <summary>The type's name with its arity, e.g. <c>IRepository_2</c>.</summary>
    public static string NameWithArity(INamedTypeSymbol type)
        => type.Arity == 0 ? type.Name : type.Name + "_" + type.Arity.ToString(CultureInfo.InvariantCulture);

    /// <summary>The namespace of a symbol, or null for the global namespace.</summary>
    public static string? Namespace(ISymbol symbol)
        => symbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;

    /// <summary>Renders an attribute with constant arguments.</summary>
    public static string Attribute(AttributeData attribute)
    {
        var name = attribute.AttributeClass is null ? "object" : Render(attribute.AttributeClass);
        var args = attribute.ConstructorArguments.Select(static a => a.ToCSharpString())
            .Concat(attribute.NamedArguments.Select(static a => a.Key + " = " + a.Value.ToCSharpString()))
            .ToArray();
        return args.Length == 0 ? "[" + name + "]" : "[" + name + "(" + string.Join(", ", args) + ")]";
    }

    /// <summary>A member's name as C# spells it: <c>operator +</c> rather than <c>op_Addition</c>.</summary>
    public static string DisplayName(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } op
            when SyntaxFacts.GetOperatorKind(op.MetadataName) is var kind && kind != SyntaxKind.None
            => "operator " + SyntaxFacts.GetText(kind),
        IMethodSymbol { MethodKind: MethodKind.Conversion } conversion
            => (conversion.Name == "op_Implicit" ? "implicit" : "explicit") + " operator " + conversion.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
        _ => member.Name,
    };

    public static string Camel(string name)
        => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>The singular whose <see cref="Plural"/> is <paramref name="plural"/> (<c>Tags</c> → <c>Tag</c>, <c>Categories</c> → <c>Category</c>), or null.</summary>
    public static string? Singular(string plural)
    {
        foreach (var (suffix, replacement) in new[] { ("ies", "y"), ("es", ""), ("s", "") })
        {
            if (plural.Length > suffix.Length && plural.EndsWith(suffix, StringComparison.Ordinal)
                && plural.Substring(0, plural.Length - suffix.Length) + replacement is var candidate && Plural(candidate) == plural)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The English irregular plural of a noun ending in <c>Person</c> or <c>Child</c> (<c>Person</c> → <c>People</c>,
    /// <c>ContactPerson</c> → <c>ContactPeople</c>, <c>Child</c> → <c>Children</c>), or null. <see cref="Plural"/> keeps the
    /// regular form (<c>Persons</c>); a member name may use either.
    /// </summary>
    public static string? IrregularPlural(string name)
    {
        foreach (var (single, plural) in new[] { ("Person", "People"), ("Child", "Children") })
        {
            if (name.EndsWith(single, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - single.Length) + plural;
            }
        }

        return null;
    }

    /// <summary>
    /// The Portuguese and Spanish plurals of <paramref name="name"/> that <see cref="Plural"/> does not make
    /// (<c>Promocao</c> → <c>Promocoes</c>, <c>Fornecedor</c> → <c>Fornecedores</c>, <c>Item</c> → <c>Itens</c>), by
    /// <see cref="Conventions.LocalizedPluralEndings"/>; empty for a name no rule fits.
    /// </summary>
    public static IEnumerable<string> LocalizedPlurals(string name)
    {
        var english = Plural(name);
        foreach (var (ending, plural) in Conventions.LocalizedPluralEndings)
        {
            if (name.Length > ending.Length && name.EndsWith(ending, StringComparison.Ordinal)
                && name.Substring(0, name.Length - ending.Length) + plural is var candidate && candidate != english)
            {
                yield return candidate;
            }
        }
    }

    public static string Plural(string name)
    {
        if (name.EndsWith("y", StringComparison.Ordinal) && name.Length > 1 && "aeiou".IndexOf(name[name.Length - 2]) < 0)
        {
            return name.Substring(0, name.Length - 1) + "ies";
        }

        return name.EndsWith("s", StringComparison.Ordinal) || name.EndsWith("x", StringComparison.Ordinal)
            || name.EndsWith("ch", StringComparison.Ordinal) || name.EndsWith("sh", StringComparison.Ordinal)
            ? name + "es"
            : name + "s";
    }
}
