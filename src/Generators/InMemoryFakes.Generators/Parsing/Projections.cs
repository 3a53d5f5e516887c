using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A list query whose elements are a summary type of the caller's filled by member names from each matching entity
/// (issue 10, shape 5): eShopOnDapr's <c>GetOrdersFromBuyerAsync(buyerId)</c> returning <c>OrderSummary(Id, OrderNumber,
/// OrderDate, OrderStatus, Total)</c> built as <c>new OrderSummary(o.Id, …, o.GetTotal())</c>. Each constructor parameter
/// and each settable or <c>init</c> property is read from the entity property of the same name (any case), or from a
/// parameterless <c>Get{Name}()</c> method of the entity (AutoMapper's convention); the constructor is the accessible one
/// with the most parameters that all match. A member that matches nothing, or whose type the entity's value does not
/// convert to implicitly (or that would take a null the entity allows into a non-nullable member), refuses the whole
/// projection: a default left in it would be a silent guess. A get-only property the type computes itself is left to it.
/// Only for a member whose name calls its results by the entity's plural (<see cref="NamesEntityRows"/>).
/// </summary>
internal static class Projections
{
    /// <summary>
    /// The projection of <paramref name="entity"/> onto <paramref name="type"/>, or null: with no <paramref name="problem"/>
    /// when the type is no summary type (a framework type, an interface, the entity, a collection…), with one when it is but
    /// a member cannot be filled.
    /// </summary>
    public static ProjectionSpec? Plan(ParseContext context, ITypeSymbol type, EntityInfo entity, out string? problem)
    {
        problem = null;
        if (type is not INamedTypeSymbol { IsAbstract: false } named || !TypeFacts.IsEntityCandidateType(named) || named.DeclaringSyntaxReferences.Length == 0
            || TypeFacts.SameType(named, entity.Type) || TypeFacts.ElementType(context.Known, named) is not null)
        {
            return null;
        }

        var display = named.ToDisplayString();
        var constructor = PagedResults.WidestFilledConstructor(context, named, p => Source(context, entity, p.Name, p.Type) is not null, out var unknown);
        var constructorProblem = unknown is null ? null : "its constructor parameter '" + unknown.Name + "' (" + unknown.Type.ToDisplayString() + ") " + Why(context, entity, unknown.Name, unknown.Type);
        if (constructor is null)
        {
            problem = display + " would be filled from " + entity.Name + " by member names, but " + (constructorProblem ?? "it has no constructor the fake can call");
            return null;
        }

        var arguments = constructor.Parameters.Select(p => Source(context, entity, p.Name, p.Type)!).ToArray();
        var assignments = new List<ProjectedPropertySpec>();
        foreach (var property in context.PropertiesOf(named))
        {
            if (constructor.Parameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var setter = property.SetMethod;
            if (setter is null && !property.IsRequired && PagedResults.IsComputed(property))
            {
                continue;
            }

            if (setter is not null && context.IsAccessible(setter) && Source(context, entity, property.Name, property.Type) is { } source)
            {
                assignments.Add(new ProjectedPropertySpec(TypeNames.Escape(property.Name), source));
                continue;
            }

            problem = display + " would be filled from " + entity.Name + " by member names, but its member " + property.Name + " (" + property.Type.ToDisplayString() + ") "
                + (setter is null || !context.IsAccessible(setter) ? "cannot be set" : Why(context, entity, property.Name, property.Type));
            return null;
        }

        if (arguments.Length + assignments.Count == 0)
        {
            problem = display + " has no member to fill from " + entity.Name;
            return null;
        }

        return new ProjectionSpec(context.RenderNotNull(named), arguments, assignments.ToArray());
    }

    /// <summary>
    /// Whether the member's name calls its results by the entity's plural (<c>GetOrdersFromBuyer</c> of an <c>Order</c>): the
    /// rows are the entity's, so a list of another type is a summary of them. Without it a list of another type may be another
    /// table's rows (<c>GetCustomers()</c> in an order repository), which no member names prove a projection of the entity.
    /// </summary>
    public static bool NamesEntityRows(ParseContext context, MemberCandidate candidate, EntityInfo entity)
    {
        var words = QueryNameParser.SplitWords(candidate.Verb);
        return EntityParameters.EntityNouns(context, entity).Select(static n => QueryNameParser.SplitWords(TypeNames.Plural(n)))
            .Any(plural => Enumerable.Range(0, words.Count).Any(i => QueryNameParser.StartsWithWords(words, i, plural)));
    }

    /// <summary>The entity member a projected member of this name and type reads: a property of that name, else a <c>Get{Name}()</c> method; null when none fits.</summary>
    private static ProjectedSourceSpec? Source(ParseContext context, EntityInfo entity, string name, ITypeSymbol type)
    {
        if (Property(context, entity, name) is { } property)
        {
            return Fits(context, property.Type, type) ? new ProjectedSourceSpec(TypeNames.Escape(property.Name), IsMethod: false) : null;
        }

        return Getter(entity, name) is { } method && Fits(context, method.ReturnType, type) ? new ProjectedSourceSpec(TypeNames.Escape(method.Name), IsMethod: true) : null;
    }

    /// <summary>Why no entity member fills a projected member of this name and type.</summary>
    private static string Why(ParseContext context, EntityInfo entity, string name, ITypeSymbol type)
        => Property(context, entity, name) is { } property ? "is filled from " + entity.Name + "." + property.Name + " (" + property.Type.ToDisplayString() + "), which does not convert to it"
            : Getter(entity, name) is { } method ? "is filled from " + entity.Name + "." + method.Name + "() (" + method.ReturnType.ToDisplayString() + "), which does not convert to it"
            : "names no property of " + entity.Name + " (nor a Get" + char.ToUpperInvariant(name[0]) + name.Substring(1) + "() method), so what it holds is not said";

    private static IPropertySymbol? Property(ParseContext context, EntityInfo entity, string name)
    {
        var properties = context.PropertiesOf(entity.Type).Where(p => p.GetMethod is { } getter && context.IsAccessible(getter)).ToList();
        return properties.FirstOrDefault(p => p.Name == name) ?? properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A public parameterless instance method <c>Get{Name}()</c> returning a value, declared by the entity or a base other than <c>object</c>.</summary>
    private static IMethodSymbol? Getter(EntityInfo entity, string name)
    {
        var wanted = "Get" + (name.Length == 0 ? "" : char.ToUpperInvariant(name[0]) + name.Substring(1));
        for (var type = entity.Type as INamedTypeSymbol; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var member in type.GetMembers(wanted))
            {
                if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 0, IsGenericMethod: false, ReturnsVoid: false, DeclaredAccessibility: Accessibility.Public, RefKind: RefKind.None } method)
                {
                    return method;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a value of <paramref name="source"/> converts implicitly to <paramref name="target"/>, never putting an allowed null into a non-nullable reference.</summary>
    private static bool Fits(ParseContext context, ITypeSymbol source, ITypeSymbol target)
    {
        var conversion = context.Compilation.ClassifyCommonConversion(source, target);
        if (!conversion.Exists || !conversion.IsImplicit || conversion.IsUserDefined || !(conversion.IsIdentity || conversion.IsNumeric || conversion.IsNullable || conversion.IsReference))
        {
            return false;
        }

        return !(source.IsReferenceType && source.NullableAnnotation == NullableAnnotation.Annotated && target.NullableAnnotation == NullableAnnotation.NotAnnotated);
    }
}
