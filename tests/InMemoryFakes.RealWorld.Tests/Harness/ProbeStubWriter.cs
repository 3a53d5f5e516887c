using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.RealWorld.Tests.Harness;

/// <summary>
/// Writes, for an incomplete fake, a partial class that implements each interface member the generator left out by
/// throwing <c>Corpus.ProbeMissingMemberException</c>. With it the fake compiles, and its smoke script exercises the
/// members that WERE generated until it reaches a missing one: a smoke failure before that point is a generated member
/// that does something other than the real store (a silent guess). An open generic fake gets its stubs on the generic
/// class (a partial part may leave the constraints out), so the runner can close it over the smoke script's type
/// arguments as it closes a complete one.
/// </summary>
internal static class ProbeStubWriter
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The fake class of a corpus file in a compilation that holds its generated code, or null.</summary>
    public static INamedTypeSymbol? FindFake(Compilation compilation, CorpusFile file)
    {
        var ns = file.Namespace.Split('.').Aggregate((INamespaceSymbol?)compilation.GlobalNamespace, static (n, part) => n?.GetNamespaceMembers().FirstOrDefault(m => m.Name == part));
        return ns?.GetTypeMembers().FirstOrDefault(static t => t.TypeKind == TypeKind.Class && t.AllInterfaces.Any(static i => i.ToDisplayString() == "InMemoryFakes.IInMemoryFake"));
    }

    /// <summary>The stub source, or null when nothing is missing or a member cannot be stubbed.</summary>
    public static string? Write(INamedTypeSymbol fake)
    {
        if (fake.ContainingType is not null)
        {
            return null;
        }

        var members = new StringBuilder();
        foreach (var iface in fake.AllInterfaces)
        {
            foreach (var member in iface.GetMembers().Where(static m => m.IsAbstract && !m.IsStatic))
            {
                if (member is IMethodSymbol { MethodKind: not MethodKind.Ordinary })
                {
                    continue;
                }

                if (fake.FindImplementationForInterfaceMember(member) is not null)
                {
                    continue;
                }

                var stub = Stub(iface, member);
                if (stub is null)
                {
                    return null;
                }

                members.AppendLine(stub);
            }
        }

        if (members.Length == 0)
        {
            return null;
        }

        return "#nullable enable\n#pragma warning disable\nnamespace " + fake.ContainingNamespace.ToDisplayString() + "\n{\n    partial class " + fake.Name + TypeParameters(fake) + "\n    {\n" + members + "    }\n}\n";
    }

    /// <summary><c>&lt;TEntity, TKey&gt;</c> for a generic fake (the names its other parts use), else empty.</summary>
    private static string TypeParameters(INamedTypeSymbol fake)
        => fake.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", fake.TypeParameters.Select(static t => t.Name)) + ">";

    private static string? Stub(INamedTypeSymbol iface, ISymbol member)
    {
        var owner = iface.ToDisplayString(TypeFormat);
        var thrower = "throw new global::Corpus.ProbeMissingMemberException(\"" + member.Name + "\")";
        switch (member)
        {
            case IMethodSymbol method:
                var typeParameters = method.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", method.TypeParameters.Select(static t => t.Name)) + ">";
                var returns = method.ReturnsVoid ? "void" : (method.RefKind == RefKind.Ref ? "ref " : "") + method.ReturnType.ToDisplayString(TypeFormat);
                var constraints = string.Concat(method.TypeParameters.Select(static t => " where " + t.Name + " : " + ExplicitConstraint(t)));
                return $"        {returns} {owner}.{method.Name}{typeParameters}({Parameters(method.Parameters)}){constraints} => {thrower};";
            case IPropertySymbol property:
                var accessors = (property.GetMethod is null ? "" : "get => " + thrower + "; ")
                    + (property.SetMethod is null ? "" : (property.SetMethod.IsInitOnly ? "init" : "set") + " => " + thrower + "; ");
                var name = property.IsIndexer ? "this[" + Parameters(property.Parameters) + "]" : property.Name;
                return $"        {property.Type.ToDisplayString(TypeFormat)} {owner}.{name} {{ {accessors}}}";
            case IEventSymbol @event:
                return $"        event {@event.Type.ToDisplayString(TypeFormat)} {owner}.{@event.Name} {{ add => {thrower}; remove => {thrower}; }}";
            default:
                return null;
        }
    }

    /// <summary>
    /// The one constraint an explicit implementation may restate, which decides what <c>T?</c> in its signature means
    /// (CS0460: no other): <c>class</c> for a type parameter that is a reference type (a class constraint or a base class:
    /// <c>where T : AggregateRoot</c>), <c>struct</c> for a value type, and <c>default</c> only for one that is neither
    /// (CS8822: a <c>default</c> constraint on one constrained to either does not compile).
    /// </summary>
    private static string ExplicitConstraint(ITypeParameterSymbol typeParameter)
        => typeParameter.IsReferenceType ? "class" : typeParameter.IsValueType ? "struct" : "default";

    private static string Parameters(IEnumerable<IParameterSymbol> parameters)
        => string.Join(", ", parameters.Select(static p => (p.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            _ => p.IsParams ? "params " : "",
        }) + p.Type.ToDisplayString(TypeFormat) + " @" + p.Name));
}
