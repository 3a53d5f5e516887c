using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The compiler diagnostics that naming a symbol raises at the use site and that carry their own id: the
/// <c>DiagnosticId</c> of <c>[Obsolete]</c> (SYSLIB0050, …) and the id of <c>[Experimental]</c> (ASP0029, SKEXP0001, …),
/// on the symbol, its containing types, its module or its assembly. Generated code names the user's interface, its
/// members and the types of their signatures, which the user already chose to use (and suppressed in their own code),
/// so the generated file suppresses the same ids; without it an experimental type in a signature breaks the build.
/// </summary>
internal static class UseSiteDiagnosticIds
{
    /// <summary>Adds the ids raised by naming <paramref name="symbol"/>, and for a type every type its name spells.</summary>
    public static void Collect(ISymbol? symbol, KnownSymbols known, ISet<string> ids)
        => Collect(symbol, known, ids, new HashSet<ISymbol>(SymbolEqualityComparer.Default));

    /// <summary>The ids raised by naming the interface, its bases, their members and every type of their signatures, sorted.</summary>
    public static string[] OfContract(IEnumerable<INamedTypeSymbol> interfaceAndBases, KnownSymbols known)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var type in interfaceAndBases)
        {
            Collect(type, known, ids, seen);
            foreach (var member in type.GetMembers())
            {
                Own(member, known, ids);
                switch (member)
                {
                    case IMethodSymbol method:
                        Collect(method.ReturnType, known, ids, seen);
                        foreach (var parameter in method.Parameters)
                        {
                            Collect(parameter.Type, known, ids, seen);
                        }

                        foreach (var typeParameter in method.TypeParameters)
                        {
                            foreach (var constraint in typeParameter.ConstraintTypes)
                            {
                                Collect(constraint, known, ids, seen);
                            }
                        }

                        break;
                    case IPropertySymbol property:
                        Collect(property.Type, known, ids, seen);
                        foreach (var parameter in property.Parameters)
                        {
                            Collect(parameter.Type, known, ids, seen);
                        }

                        break;
                    case IEventSymbol @event:
                        Collect(@event.Type, known, ids, seen);
                        break;
                }
            }
        }

        return ids.ToArray();
    }

    private static void Collect(ISymbol? symbol, KnownSymbols known, ISet<string> ids, HashSet<ISymbol> seen)
    {
        switch (symbol)
        {
            case null:
                return;
            case IArrayTypeSymbol array:
                Collect(array.ElementType, known, ids, seen);
                return;
            case IPointerTypeSymbol pointer:
                Collect(pointer.PointedAtType, known, ids, seen);
                return;
            case ITypeParameterSymbol:
                return;
        }

        if (!seen.Add(symbol))
        {
            return;
        }

        Own(symbol, known, ids);
        if (symbol is INamedTypeSymbol named)
        {
            Collect(named.ContainingType, known, ids, seen);
            foreach (var argument in named.TypeArguments)
            {
                Collect(argument, known, ids, seen);
            }

            if (named.ContainingModule is { } module && seen.Add(module))
            {
                Own(module, known, ids);
            }

            if (named.ContainingAssembly is { } assembly && seen.Add(assembly))
            {
                Own(assembly, known, ids);
            }
        }
    }

    /// <summary>The ids of the attributes on the symbol itself.</summary>
    private static void Own(ISymbol symbol, KnownSymbols known, ISet<string> ids)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is not { } attributeClass)
            {
                continue;
            }

            if (KnownSymbols.Is(attributeClass, known.Obsolete))
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == "DiagnosticId")
                    {
                        AddId(argument.Value.Value, ids);
                    }
                }
            }
            else if (KnownSymbols.Is(attributeClass, known.Experimental) && attribute.ConstructorArguments.Length == 1)
            {
                AddId(attribute.ConstructorArguments[0].Value, ids);
            }
        }
    }

    private static void AddId(object? value, ISet<string> ids)
    {
        if (value is string id && id.Length > 0 && id.All(static c => char.IsLetterOrDigit(c) || c == '_'))
        {
            ids.Add(id);
        }
    }
}
