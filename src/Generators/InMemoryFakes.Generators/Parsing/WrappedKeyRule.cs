using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A key given as the one value its value-object key type wraps: EvolutionaryArchitecture's
/// <c>GetByIdAsync(Guid bindingContractId)</c> on a <c>BindingContract</c> keyed by
/// <c>readonly record struct BindingContractId(Guid Value)</c>, whose EF Core repository looks it up as
/// <c>FindAsync(new BindingContractId(id))</c>. The fake reads the value as <c>new Key(value)</c> only when the symbols
/// prove that is the key the value names: the key type is a record (class or struct) declared in this compilation, its
/// primary constructor takes exactly one parameter of the given type, the positional property is the compiler's (no
/// declaration of its own that could check or change the value) and the record's only state, the record declares no
/// constructor, <c>Equals</c> or <c>GetHashCode</c> of its own, and a record class derives from nothing else. Anything
/// less is refused with the first thing not proven.
/// </summary>
internal static class WrappedKeyRule
{
    /// <summary>Null when <c>new Key(value)</c> is proven to be the key a value of <paramref name="given"/> names; otherwise why not.</summary>
    public static string? WhyNot(ITypeSymbol key, ITypeSymbol given)
    {
        var name = key.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        if (key is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || !named.IsRecord)
        {
            return "the key type " + name + " is not a record, so whether new " + name + "(value) is the key the value names is not proven (its constructor and Equals are its own code)";
        }

        if (named.DeclaringSyntaxReferences.Length == 0)
        {
            return "the record " + name + " is declared in another assembly, where the generator cannot read that its constructor only keeps the value";
        }

        if (named.TypeKind == TypeKind.Class && named.BaseType is { SpecialType: not SpecialType.System_Object })
        {
            return "the record " + name + " derives from " + named.BaseType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", whose state and equality are its own";
        }

        var primary = named.InstanceConstructors.FirstOrDefault(static c => c.DeclaringSyntaxReferences.Any(static r => r.GetSyntax() is TypeDeclarationSyntax));
        if (primary is null || primary.Parameters.Length != 1)
        {
            return "the record " + name + " has no primary constructor taking exactly one value";
        }

        var parameter = primary.Parameters[0];
        if (!SymbolEqualityComparer.Default.Equals(parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), given.WithNullableAnnotation(NullableAnnotation.NotAnnotated)))
        {
            return "the primary constructor of " + name + " takes " + parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", not " + given.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        }

        var property = named.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault(static p => !p.IsStatic);
        if (property is null || !property.DeclaringSyntaxReferences.All(static r => r.GetSyntax() is ParameterSyntax))
        {
            return "the record " + name + " declares its property " + parameter.Name + " itself (it may check or change the value the constructor is given); let the compiler declare it (record " + name + "(" + given.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " " + parameter.Name + "))";
        }

        foreach (var member in named.GetMembers())
        {
            switch (member)
            {
                case IFieldSymbol { IsStatic: false, IsConst: false } field when !SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property):
                    return "the record " + name + " holds more than " + parameter.Name + " (" + (field.AssociatedSymbol ?? field).Name + "), so the key is not the value alone";
                case IMethodSymbol { MethodKind: MethodKind.Constructor, IsImplicitlyDeclared: false } constructor when !SymbolEqualityComparer.Default.Equals(constructor, primary)
                    && constructor.DeclaringSyntaxReferences.Any(static r => r.GetSyntax() is ConstructorDeclarationSyntax):
                    return "the record " + name + " declares a constructor of its own, whose code the fake would not run";
                case IMethodSymbol { Name: "Equals" or "GetHashCode", IsStatic: false, IsImplicitlyDeclared: false } method when method.DeclaringSyntaxReferences.Length > 0:
                    return "the record " + name + " declares its own " + method.Name + ", so two keys of one value may not be equal";
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="key"/> looks like a wrapper of <paramref name="given"/> (a class or struct of the user's with an
    /// instance property of that type): then a refusal names what <see cref="WhyNot"/> could not prove.
    /// </summary>
    public static bool LooksLikeWrapper(ITypeSymbol key, ITypeSymbol given)
        => key is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named
            && named.GetMembers().OfType<IPropertySymbol>().Any(p => !p.IsStatic && TypeFacts.SameType(p.Type, given));
}
