using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>The declaration parts of generated members and classes: signatures, parameters, constraints and attributes.</summary>
internal static class Declarations
{
    /// <summary>A generated member: the interface member's signature with the operation the planners chose.</summary>
    public static MemberSpec Member(ParseContext context, MemberCandidate candidate, OperationSpec operation)
    {
        var explicitInterface = candidate.IsExplicit ? context.Render(candidate.Symbol.ContainingType.WithNullableAnnotation(NullableAnnotation.NotAnnotated)) : null;
        var parameters = new List<ParameterSpec>();
        var interceptArguments = new List<InterceptArgumentSpec>();
        string? token = null;
        var typeParameters = EquatableArray<string>.Empty;
        var constraints = new List<ConstraintSpec>();
        var returnAttributes = new List<string>();
        string returnType;
        if (candidate.Method is { } method)
        {
            foreach (var parameter in method.Parameters)
            {
                var name = TypeNames.Escape(parameter.Name);
                var attributes = new List<string>();
                foreach (var attribute in parameter.GetAttributes())
                {
                    if (IsNullabilityAttribute(attribute))
                    {
                        attributes.Add(TypeNames.Attribute(attribute));
                    }
                }

                if (TypeFacts.IsCancellationToken(context.Known, parameter.Type))
                {
                    token = name;
                    if (candidate.Shape == ReturnShape.AsyncEnumerable)
                    {
                        attributes.Add("[global::System.Runtime.CompilerServices.EnumeratorCancellation]");
                    }
                }
                else if (parameter.RefKind != RefKind.Out)
                {
                    interceptArguments.Add(new InterceptArgumentSpec(name, AsObject: false));
                }

                var modifier = parameter.RefKind switch
                {
                    RefKind.Out => ParameterModifier.Out,
                    RefKind.Ref when TypeFacts.IsInOnlyRef(parameter) => ParameterModifier.RefIn,
                    RefKind.Ref => ParameterModifier.Ref,
                    RefKind.In => ParameterModifier.In,
                    RefKind.RefReadOnlyParameter => ParameterModifier.RefReadOnly,
                    _ => ParameterModifier.None,
                };
                parameters.Add(new ParameterSpec(
                    name,
                    context.Render(parameter.Type),
                    modifier,
                    parameter.IsParams,
                    candidate.IsExplicit ? null : TypeNames.DefaultValue(parameter),
                    attributes.ToArray(),
                    ContractNames.TypeOf(parameter.Type),
                    parameter.Type.NullableAnnotation == NullableAnnotation.Annotated || TypeNames.IsNullableValueType(parameter.Type),
                    TypeFacts.EnumerableElement(parameter.Type) is { } element ? ContractNames.TypeOf(element) : null));
            }

            if (method.IsGenericMethod)
            {
                typeParameters = method.TypeParameters.Select(static t => TypeNames.Escape(t.Name)).ToArray();
                if (candidate.IsExplicit)
                {
                    foreach (var typeParameter in method.TypeParameters)
                    {
                        var keyword = typeParameter.HasReferenceTypeConstraint ? "class" : typeParameter.HasValueTypeConstraint ? "struct" : "default";
                        constraints.Add(new ConstraintSpec(TypeNames.Escape(typeParameter.Name), new[] { keyword }));
                    }
                }
                else
                {
                    constraints.AddRange(Constraints(context, method.TypeParameters, forClass: false, keyType: null));
                }
            }

            returnType = method.ReturnsVoid ? "void" : ReturnType(context, method.ReturnType, candidate.Shape);
            foreach (var attribute in method.GetReturnTypeAttributes())
            {
                if (IsNullabilityAttribute(attribute))
                {
                    returnAttributes.Add(TypeNames.Attribute(attribute));
                }
            }
        }
        else
        {
            returnType = ReturnType(context, candidate.Property!.Type, candidate.Shape);
        }

        // One array of references would bind to Intercept's params object?[]: box it so it is one recorded argument.
        if (interceptArguments.Count == 1 && candidate.Method is { } single)
        {
            foreach (var parameter in single.Parameters)
            {
                if (TypeNames.Escape(parameter.Name) == interceptArguments[0].Name && parameter.Type is IArrayTypeSymbol { ElementType.IsReferenceType: true })
                {
                    interceptArguments[0] = interceptArguments[0] with { AsObject = true };
                }
            }
        }

        var tracking = candidate.Method?.Parameters.FirstOrDefault(EntityParameters.IsTrackingFlag);
        return new MemberSpec(
            candidate.Property is null ? MemberKind.Method : MemberKind.Property,
            TypeNames.Escape(candidate.Symbol.Name),
            candidate.Symbol.Name,
            explicitInterface,
            returnType,
            candidate.Shape,
            typeParameters,
            constraints.ToArray(),
            parameters.ToArray(),
            returnAttributes.ToArray(),
            token,
            interceptArguments.ToArray(),
            operation,
            IsOblivious(candidate.Symbol),
            ContractNames.SignatureOf(candidate.Symbol),
            candidate.Result is { } result ? ContractNames.TypeOf(result) : null,
            context.Render(candidate.Symbol.ContainingType.WithNullableAnnotation(NullableAnnotation.NotAnnotated)))
        {
            TrackingFlag = tracking is null ? null : TypeNames.Escape(tracking.Name),
            TrackingFlagNegated = tracking is not null && Conventions.NameIn(tracking.Name, Conventions.NoTrackingFlagNames),
        };
    }

    /// <summary>Whether a reference type or type parameter in the member's signature has no nullability annotation (declared under <c>#nullable disable</c>).</summary>
    private static bool IsOblivious(ISymbol member)
    {
        switch (member)
        {
            case IMethodSymbol method:
                if (!method.ReturnsVoid && IsOblivious(method.ReturnType))
                {
                    return true;
                }

                foreach (var parameter in method.Parameters)
                {
                    if (IsOblivious(parameter.Type))
                    {
                        return true;
                    }
                }

                return false;
            case IPropertySymbol property:
                return IsOblivious(property.Type);
            default:
                return false;
        }
    }

    private static bool IsOblivious(ITypeSymbol type)
    {
        if ((type.IsReferenceType || type is ITypeParameterSymbol { IsValueType: false }) && type.NullableAnnotation == NullableAnnotation.None)
        {
            return true;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return IsOblivious(array.ElementType);
            case INamedTypeSymbol { IsGenericType: true } named:
                foreach (var argument in named.TypeArguments)
                {
                    if (IsOblivious(argument))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Constraint clauses of type parameters; the entity key type gets <c>notnull</c> when no constraint implies it.</summary>
    public static List<ConstraintSpec> Constraints(ParseContext context, IEnumerable<ITypeParameterSymbol> typeParameters, bool forClass, string? keyType)
    {
        var result = new List<ConstraintSpec>();
        foreach (var typeParameter in typeParameters)
        {
            var parts = new List<string>();
            var name = TypeNames.Escape(typeParameter.Name);
            var needsNotNull = forClass && keyType is not null && keyType == name;
            if (typeParameter.HasUnmanagedTypeConstraint)
            {
                parts.Add("unmanaged");
            }
            else if (typeParameter.HasValueTypeConstraint)
            {
                parts.Add("struct");
            }
            else if (typeParameter.HasReferenceTypeConstraint)
            {
                var nullable = typeParameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated;
                parts.Add(nullable && !needsNotNull ? "class?" : "class");
            }
            else if (typeParameter.HasNotNullConstraint || needsNotNull)
            {
                parts.Add("notnull");
            }

            foreach (var constraint in typeParameter.ConstraintTypes)
            {
                parts.Add(context.Render(constraint));
            }

            if (typeParameter.HasConstructorConstraint)
            {
                parts.Add("new()");
            }

            if (typeParameter.AllowsRefLikeType)
            {
                parts.Add("allows ref struct");
            }

            if (parts.Count > 0)
            {
                result.Add(new ConstraintSpec(name, parts.ToArray()));
            }
        }

        return result;
    }

    /// <summary>
    /// The declared return type, except that a reference type from a nullable-oblivious context (the result itself, or
    /// the T of Task&lt;T&gt;/ValueTask&lt;T&gt;) is written as nullable: the generated file enables nullable, and an
    /// oblivious result may be missing.
    /// </summary>
    private static string ReturnType(ParseContext context, ITypeSymbol type, ReturnShape shape)
    {
        static bool Oblivious(ITypeSymbol t) => t.IsReferenceType && t.NullableAnnotation == NullableAnnotation.None;
        if (shape == ReturnShape.Sync && Oblivious(type))
        {
            return context.RenderNullable(type);
        }

        if (shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT && type is INamedTypeSymbol { TypeArguments.Length: 1 } task && Oblivious(task.TypeArguments[0]))
        {
            var constructed = task.OriginalDefinition.Construct(
                ImmutableArray.Create(task.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.Annotated)),
                ImmutableArray.Create(NullableAnnotation.Annotated));
            return context.Render(constructed);
        }

        return context.Render(type);
    }

    /// <summary>A parameter passed to a runtime method that rejects null at run time: a nullable or oblivious reference gets '!' so the file stays warning-free.</summary>
    public static ArgumentRef Argument(IParameterSymbol parameter)
        => new(TypeNames.Escape(parameter.Name), !parameter.Type.IsValueType && TypeNames.AllowsNull(parameter.Type));

    private static bool IsNullabilityAttribute(AttributeData attribute)
        => attribute.AttributeClass is { ContainingNamespace: { } ns } && TypeFacts.IsNamespace(ns, "System", "Diagnostics", "CodeAnalysis");
}
