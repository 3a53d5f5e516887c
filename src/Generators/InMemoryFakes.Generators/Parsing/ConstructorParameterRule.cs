using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A repository parameter named after a constructor parameter of the entity that the constructor stores, unchanged, in
/// one property: eShop's <c>GetBasketAsync(string customerId)</c> on a <c>CustomerBasket</c> keyed by <c>BuyerId</c>,
/// whose constructor is <c>CustomerBasket(string customerId) { BuyerId = customerId; }</c>. The entity's own code then
/// says that a value called <c>customerId</c> is what <c>BuyerId</c> holds, so the parameter reads that property.
/// Proven from syntax only, and only when nothing else could hide in it: the entity is declared in this compilation;
/// every constructor that has a parameter of that name assigns it (<c>P = name;</c> or <c>this.P = name;</c>, a statement
/// of the constructor's body, or a primary constructor's property initializer <c>P { get; } = name;</c>) to the same one
/// property and to nothing else; that property is an auto-property (its setter, if any, stores what it is given); and no
/// other statement of those constructors assigns the property. Anything less is not this rule (the parameter then names
/// nothing, as before).
/// </summary>
internal static class ConstructorParameterRule
{
    /// <summary>The property the entity's constructors store a parameter named <paramref name="name"/> in, or null when that is not proven.</summary>
    public static IPropertySymbol? PropertyStoring(ParseContext context, INamedTypeSymbol entity, string name)
    {
        if (name.Length == 0 || entity.DeclaringSyntaxReferences.Length == 0)
        {
            return null;
        }

        string? target = null;
        foreach (var constructor in entity.InstanceConstructors)
        {
            if (constructor.IsImplicitlyDeclared || !constructor.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.Ordinal)))
            {
                continue;
            }

            var assigned = AssignedFrom(context, entity, constructor, name);
            if (assigned is null || (target is not null && !string.Equals(target, assigned, StringComparison.Ordinal)))
            {
                return null;
            }

            target = assigned;
        }

        if (target is null)
        {
            return null;
        }

        var property = context.PropertiesOf(entity).FirstOrDefault(p => string.Equals(p.Name, target, StringComparison.Ordinal));
        return property is not null && IsAutoProperty(property, context) ? property : null;
    }

    /// <summary>The one property a constructor assigns its parameter <paramref name="name"/> to, unchanged; null when none, several, or the property is also assigned otherwise.</summary>
    private static string? AssignedFrom(ParseContext context, INamedTypeSymbol entity, IMethodSymbol constructor, string name)
    {
        var targets = new List<string>();
        var otherTargets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(context.CancellationToken))
            {
                case ConstructorDeclarationSyntax declaration:
                    if (declaration.ExpressionBody is { Expression: AssignmentExpressionSyntax single })
                    {
                        if (!Classify(single, name, targets, otherTargets))
                        {
                            return null;
                        }
                    }
                    else if (declaration.Body is { } body)
                    {
                        foreach (var statement in body.Statements)
                        {
                            if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment })
                            {
                                if (!Classify(assignment, name, targets, otherTargets))
                                {
                                    return null;
                                }
                            }
                            else if (Mentions(statement, name))
                            {
                                // The parameter is used some other way (a local, a call, a condition): not a plain store.
                                return null;
                            }
                        }
                    }
                    else
                    {
                        return null;
                    }

                    break;
                case TypeDeclarationSyntax:
                    // A primary constructor: its parameter is stored by a property initializer (P { get; } = name).
                    foreach (var member in entity.GetMembers().OfType<IPropertySymbol>())
                    {
                        foreach (var propertyReference in member.DeclaringSyntaxReferences)
                        {
                            if (propertyReference.GetSyntax(context.CancellationToken) is PropertyDeclarationSyntax { Initializer.Value: IdentifierNameSyntax identifier }
                                && string.Equals(identifier.Identifier.ValueText, name, StringComparison.Ordinal))
                            {
                                targets.Add(member.Name);
                            }
                        }
                    }

                    break;
                default:
                    return null;
            }
        }

        return targets.Count == 1 && !otherTargets.Contains(targets[0]) ? targets[0] : null;
    }

    /// <summary>
    /// Records what an assignment of the constructor stores: a plain store of the parameter goes to
    /// <paramref name="targets"/>, any other assignment's target to <paramref name="otherTargets"/>. False when the
    /// assignment uses the parameter some other way (<c>Id = customerId.Trim()</c>, <c>Owner.Id = customerId</c>): the
    /// value stored is then not the parameter itself.
    /// </summary>
    private static bool Classify(AssignmentExpressionSyntax assignment, string name, List<string> targets, HashSet<string> otherTargets)
    {
        var left = assignment.Left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax member } => member.Identifier.ValueText,
            _ => null,
        };

        if (left is not null && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right is IdentifierNameSyntax right
            && string.Equals(right.Identifier.ValueText, name, StringComparison.Ordinal))
        {
            targets.Add(left);
            return true;
        }

        if (Mentions(assignment, name))
        {
            return false;
        }

        if (left is not null)
        {
            otherTargets.Add(left);
        }

        return true;
    }

    private static bool Mentions(SyntaxNode node, string name)
        => node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => string.Equals(i.Identifier.ValueText, name, StringComparison.Ordinal));

    private static bool IsAutoProperty(IPropertySymbol property, ParseContext context)
    {
        if (property.IsStatic || property.DeclaringSyntaxReferences.Length == 0)
        {
            return false;
        }

        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is not PropertyDeclarationSyntax { AccessorList: { } accessors, ExpressionBody: null }
                || accessors.Accessors.Any(static a => a.Body is not null || a.ExpressionBody is not null))
            {
                return false;
            }
        }

        return true;
    }
}
