using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators;

internal sealed partial class Parser
{
    private string _tableField = "";
    private string _modelField = "";

    /// <summary>An interface member to implement, with its shape worked out. Lives only while parsing.</summary>
    private sealed class MemberCandidate
    {
        public MemberCandidate(ISymbol symbol, bool isExplicit, ReturnShape shape, ITypeSymbol? result, IParameterSymbol[] parameters, IParameterSymbol? token, Location? location)
        {
            Symbol = symbol;
            IsExplicit = isExplicit;
            Shape = shape;
            Result = result;
            Parameters = parameters;
            Token = token;
            Location = location;
            Verb = symbol.Name.EndsWith("Async", StringComparison.Ordinal) && symbol.Name.Length > 5
                ? symbol.Name.Substring(0, symbol.Name.Length - 5)
                : symbol.Name;
        }

        public ISymbol Symbol { get; }

        public IMethodSymbol? Method => Symbol as IMethodSymbol;

        public IPropertySymbol? Property => Symbol as IPropertySymbol;

        public bool IsExplicit { get; }

        public string Verb { get; }

        public ReturnShape Shape { get; }

        /// <summary>The logical result: T of Task&lt;T&gt;, element of an async stream, the return type of a sync member; null for void.</summary>
        public ITypeSymbol? Result { get; }

        /// <summary>The parameters without the cancellation token.</summary>
        public IParameterSymbol[] Parameters { get; }

        public IParameterSymbol? Token { get; }

        public Location? Location { get; }

        public bool IsHandWritten { get; set; }

        public bool IsVoid => Result is null && Shape != ReturnShape.AsyncEnumerable;

        public bool TooManyTokens { get; set; }
    }

    private List<MemberCandidate> CollectMembers(out bool hasStaticAbstract)
    {
        hasStaticAbstract = false;
        var result = new List<MemberCandidate>();
        var implicitSignatures = new Dictionary<string, string>(StringComparer.Ordinal);
        var hierarchy = new[] { _interface }.Concat(_interface.AllInterfaces).ToArray();
        var implementedByInterfaces = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var type in hierarchy)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsAbstract)
                {
                    continue;
                }

                var explicitImplementations = member switch
                {
                    IMethodSymbol m => m.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                    IPropertySymbol p => p.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                    IEventSymbol e => e.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                    _ => Enumerable.Empty<ISymbol>(),
                };
                foreach (var implemented in explicitImplementations)
                {
                    implementedByInterfaces.Add(implemented);
                }
            }
        }

        foreach (var type in hierarchy)
        {
            foreach (var member in type.GetMembers())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (!member.IsAbstract || implementedByInterfaces.Contains(member))
                {
                    continue;
                }

                // Accessors come through their property or event. Static abstract operators and conversions are
                // members like any other: they need IMF0001 (or a hand-written implementation) and block registration.
                if (member is IMethodSymbol { MethodKind: not MethodKind.Ordinary } method
                    && !(method.IsStatic && method.MethodKind is MethodKind.UserDefinedOperator or MethodKind.Conversion))
                {
                    continue;
                }

                if (member is not (IMethodSymbol or IPropertySymbol or IEventSymbol))
                {
                    continue;
                }

                if (member.IsStatic)
                {
                    hasStaticAbstract = true;
                }

                var signature = SignatureKey(member, includeReturn: false);
                var full = SignatureKey(member, includeReturn: true);
                bool isExplicit;
                if (implicitSignatures.TryGetValue(signature, out var existing))
                {
                    if (existing == full)
                    {
                        continue;
                    }

                    isExplicit = true;
                }
                else
                {
                    isExplicit = member.Name == _className;
                    if (!isExplicit)
                    {
                        implicitSignatures.Add(signature, full);
                    }
                }

                result.Add(CreateCandidate(member, isExplicit));
            }
        }

        foreach (var candidate in result)
        {
            candidate.IsHandWritten = IsHandWritten(candidate.Symbol);
        }

        return result;
    }

    private MemberCandidate CreateCandidate(ISymbol member, bool isExplicit)
    {
        var location = member.Locations.FirstOrDefault(static l => l.IsInSource) ?? _attributeLocation;
        switch (member)
        {
            case IMethodSymbol method:
            {
                var (shape, result) = ShapeOf(method.ReturnType, method.ReturnsVoid);
                var tokens = method.Parameters.Where(static p => IsCancellationToken(p.Type)).ToArray();
                var parameters = method.Parameters.Where(static p => !IsCancellationToken(p.Type)).ToArray();
                return new MemberCandidate(member, isExplicit, shape, result, parameters, tokens.FirstOrDefault(), location)
                {
                    TooManyTokens = tokens.Length > 1 || tokens.Any(static t => t.RefKind != RefKind.None),
                };
            }

            case IPropertySymbol property:
            {
                var (shape, result) = ShapeOf(property.Type, returnsVoid: false);
                return new MemberCandidate(member, isExplicit, shape, result, property.Parameters.ToArray(), null, location);
            }

            default:
                return new MemberCandidate(member, isExplicit, ReturnShape.Sync, null, Array.Empty<IParameterSymbol>(), null, location);
        }
    }

    private static (ReturnShape Shape, ITypeSymbol? Result) ShapeOf(ITypeSymbol type, bool returnsVoid)
    {
        if (returnsVoid)
        {
            return (ReturnShape.Sync, null);
        }

        if (type is INamedTypeSymbol named && named.ContainingNamespace is { } ns)
        {
            var space = ns.ToDisplayString();
            if (space == "System.Threading.Tasks")
            {
                switch (named.Name, named.Arity)
                {
                    case ("Task", 0):
                        return (ReturnShape.Task, null);
                    case ("Task", 1):
                        return (ReturnShape.TaskOfT, named.TypeArguments[0]);
                    case ("ValueTask", 0):
                        return (ReturnShape.ValueTask, null);
                    case ("ValueTask", 1):
                        return (ReturnShape.ValueTaskOfT, named.TypeArguments[0]);
                }
            }
            else if (space == "System.Collections.Generic" && named.Name == "IAsyncEnumerable" && named.Arity == 1)
            {
                return (ReturnShape.AsyncEnumerable, named.TypeArguments[0]);
            }
        }

        return (ReturnShape.Sync, type);
    }

    private static bool IsCancellationToken(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "CancellationToken", ContainingNamespace: { } ns } && ns.ToDisplayString() == "System.Threading";

    /// <summary>A string that is equal for two members exactly when one implements the other (names, ref kinds, types, arity).</summary>
    private static string SignatureKey(ISymbol member, bool includeReturn)
    {
        var builder = new StringBuilder();
        builder.Append(member.Kind).Append(' ').Append(member.Name);
        switch (member)
        {
            case IMethodSymbol method:
                builder.Append('`').Append(method.Arity).Append('(');
                foreach (var parameter in method.Parameters)
                {
                    builder.Append(parameter.RefKind).Append(' ').Append(SignatureType(parameter.Type, includeNullability: false)).Append(',');
                }

                builder.Append(')');
                if (includeReturn)
                {
                    builder.Append(method.RefKind).Append(SignatureType(method.ReturnType, includeNullability: true));
                    foreach (var parameter in method.Parameters)
                    {
                        builder.Append(',').Append(SignatureType(parameter.Type, includeNullability: true));
                    }
                }

                break;
            case IPropertySymbol property:
                builder.Append('[');
                foreach (var parameter in property.Parameters)
                {
                    builder.Append(SignatureType(parameter.Type, includeNullability: false)).Append(',');
                }

                builder.Append(']');
                if (includeReturn)
                {
                    builder.Append(SignatureType(property.Type, includeNullability: true))
                        .Append(property.GetMethod is null ? "" : " get")
                        .Append(property.SetMethod is null ? "" : " set");
                }

                break;
            case IEventSymbol @event:
                if (includeReturn)
                {
                    builder.Append(SignatureType(@event.Type, includeNullability: true));
                }

                break;
        }

        return builder.ToString();
    }

    private static string SignatureType(ITypeSymbol type, bool includeNullability)
    {
        var suffix = includeNullability && type.NullableAnnotation == NullableAnnotation.Annotated && !type.IsValueType ? "?" : "";
        switch (type)
        {
            case ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter:
                return "!!" + parameter.Ordinal + suffix;
            case IArrayTypeSymbol array:
                return SignatureType(array.ElementType, includeNullability) + "[" + new string(',', array.Rank - 1) + "]" + suffix;
            case INamedTypeSymbol { IsGenericType: true } named:
                return named.ConstructedFrom.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "<"
                    + string.Join(",", named.TypeArguments.Select(a => SignatureType(a, includeNullability))) + ">" + suffix;
            default:
                return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + suffix;
        }
    }

    /// <summary>Whether the user's partial class (or a base class) already implements the member: the escape hatch.</summary>
    private bool IsHandWritten(ISymbol member)
    {
        if (_userClass is null)
        {
            return false;
        }

        if (_userClass.AllInterfaces.Contains(_interface, SymbolEqualityComparer.Default) || _userClass.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, member.ContainingType)))
        {
            if (_userClass.FindImplementationForInterfaceMember(member) is not null)
            {
                return true;
            }
        }

        var wanted = SignatureKey(member, includeReturn: false);
        for (var type = _userClass; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var candidate in type.GetMembers())
            {
                if (candidate.Kind != member.Kind || candidate.IsStatic != member.IsStatic || candidate.IsImplicitlyDeclared)
                {
                    continue;
                }

                var explicitImplementations = candidate switch
                {
                    IMethodSymbol m => m.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                    IPropertySymbol p => p.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                    IEventSymbol e => e.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                    _ => Enumerable.Empty<ISymbol>(),
                };
                if (explicitImplementations.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, member.OriginalDefinition)))
                {
                    return true;
                }

                var name = candidate.Name;
                var dot = name.LastIndexOf('.');
                var isExplicitByName = dot >= 0 && name.Substring(dot + 1) == member.Name;
                if (name != member.Name && !isExplicitByName)
                {
                    continue;
                }

                if (!isExplicitByName && candidate.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                var key = SignatureKey(candidate, includeReturn: false);
                if (isExplicitByName)
                {
                    key = key.Replace(" " + name, " " + member.Name);
                }

                if (key == wanted)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The declaration parts of a generated member: parameters, return type and attributes.</summary>
    private MemberSpec BuildMember(MemberCandidate candidate, OperationSpec operation)
    {
        var explicitInterface = candidate.IsExplicit ? TypeNames.Render(candidate.Symbol.ContainingType.WithNullableAnnotation(NullableAnnotation.NotAnnotated)) : null;
        var parameters = new List<ParameterSpec>();
        var interceptArguments = new List<string>();
        string? token = null;
        var typeParameters = "";
        var constraints = new List<string>();
        var returnAttributes = new List<string>();
        string returnType;
        if (candidate.Method is { } method)
        {
            foreach (var parameter in method.Parameters)
            {
                var name = TypeNames.Escape(parameter.Name);
                var attributes = parameter.GetAttributes()
                    .Where(static a => IsNullabilityAttribute(a))
                    .Select(TypeNames.Attribute)
                    .ToList();
                if (IsCancellationToken(parameter.Type))
                {
                    token = name;
                    if (candidate.Shape == ReturnShape.AsyncEnumerable)
                    {
                        attributes.Add("[global::System.Runtime.CompilerServices.EnumeratorCancellation]");
                    }
                }
                else if (parameter.RefKind != RefKind.Out)
                {
                    interceptArguments.Add(name);
                }

                var modifiers = parameter.RefKind switch
                {
                    RefKind.Out => "out ",
                    RefKind.Ref => "ref ",
                    RefKind.In => "in ",
                    RefKind.RefReadOnlyParameter => "ref readonly ",
                    _ => "",
                };
                if (parameter.IsParams)
                {
                    modifiers = "params " + modifiers;
                }

                parameters.Add(new ParameterSpec(
                    name,
                    TypeNames.Render(parameter.Type),
                    modifiers,
                    candidate.IsExplicit ? null : TypeNames.DefaultValue(parameter),
                    attributes.ToArray()));
            }

            if (method.IsGenericMethod)
            {
                typeParameters = "<" + string.Join(", ", method.TypeParameters.Select(static t => TypeNames.Escape(t.Name))) + ">";
                if (candidate.IsExplicit)
                {
                    foreach (var typeParameter in method.TypeParameters)
                    {
                        if (typeParameter.HasReferenceTypeConstraint)
                        {
                            constraints.Add("where " + TypeNames.Escape(typeParameter.Name) + " : class");
                        }
                        else if (typeParameter.HasValueTypeConstraint)
                        {
                            constraints.Add("where " + TypeNames.Escape(typeParameter.Name) + " : struct");
                        }
                        else
                        {
                            constraints.Add("where " + TypeNames.Escape(typeParameter.Name) + " : default");
                        }
                    }
                }
                else
                {
                    constraints.AddRange(ConstraintClauses(method.TypeParameters, forClass: false, keyType: null));
                }
            }

            returnType = (method.ReturnsVoid ? "void" : RenderReturnType(method.ReturnType, candidate.Shape));
            returnAttributes.AddRange(method.GetReturnTypeAttributes().Where(static a => IsNullabilityAttribute(a)).Select(TypeNames.Attribute));
        }
        else
        {
            var property = candidate.Property!;
            returnType = RenderReturnType(property.Type, candidate.Shape);
        }

        if (interceptArguments.Count == 1 && candidate.Method is { } single
            && single.Parameters.FirstOrDefault(p => TypeNames.Escape(p.Name) == interceptArguments[0]) is { Type: IArrayTypeSymbol { ElementType.IsReferenceType: true } })
        {
            interceptArguments[0] = "(object?)" + interceptArguments[0];
        }

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
            operation);
    }

    /// <summary>
    /// The declared return type, except that a reference type from a nullable-oblivious context (the result itself,
    /// or the T of Task&lt;T&gt;/ValueTask&lt;T&gt;) is written as nullable: the generated file enables nullable, and
    /// an oblivious result may be missing.
    /// </summary>
    private static string RenderReturnType(ITypeSymbol type, ReturnShape shape)
    {
        static bool Oblivious(ITypeSymbol t) => t.IsReferenceType && t.NullableAnnotation == NullableAnnotation.None;
        if (shape == ReturnShape.Sync && Oblivious(type))
        {
            return TypeNames.RenderNullable(type);
        }

        if (shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT && type is INamedTypeSymbol { TypeArguments.Length: 1 } task && Oblivious(task.TypeArguments[0]))
        {
            var constructed = task.OriginalDefinition.Construct(
                ImmutableArray.Create(task.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.Annotated)),
                ImmutableArray.Create(NullableAnnotation.Annotated));
            return TypeNames.Render(constructed);
        }

        return TypeNames.Render(type);
    }

    /// <summary>A parameter passed to a runtime method that rejects null at run time (with ArgumentNullException): a nullable or oblivious reference gets '!' so the generated file stays warning-free.</summary>
    private static string Argument(IParameterSymbol parameter)
        => TypeNames.Escape(parameter.Name) + (!parameter.Type.IsValueType && TypeNames.AllowsNull(parameter.Type) ? "!" : "");

    private static bool IsNullabilityAttribute(AttributeData attribute)
        => attribute.AttributeClass is { ContainingNamespace: { } ns } && ns.ToDisplayString() == "System.Diagnostics.CodeAnalysis";

    private void NotSupported(MemberCandidate candidate, string kind, string reason)
        => Report(DiagnosticDescriptors.MemberNotSupported, candidate.Location, DisplayName(candidate.Symbol), _interfaceName, kind, reason, _className);

    /// <summary>The member's name as C# spells it: <c>operator +</c> rather than <c>op_Addition</c>.</summary>
    private static string DisplayName(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } op
            when Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetOperatorKind(op.MetadataName) is var kind && kind != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
            => "operator " + Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetText(kind),
        IMethodSymbol { MethodKind: MethodKind.Conversion } conversion
            => (conversion.Name == "op_Implicit" ? "implicit" : "explicit") + " operator " + conversion.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
        _ => member.Name,
    };
}
