using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The members a fake must implement: every abstract instance member of the interface and its bases (default interface
/// members are left alone), each once, with its shape worked out and whether the user already wrote it. Returned in a
/// canonical order (name, then signature), so the order the interface declares them in never changes the output.
/// </summary>
internal static class MemberCollector
{
    public static List<MemberCandidate> Collect(ParseContext context, out bool hasStaticAbstract)
    {
        hasStaticAbstract = false;
        var keys = new SignatureKeys();
        var result = new List<MemberCandidate>();
        var implicitSignatures = new Dictionary<string, string>(StringComparer.Ordinal);
        var hierarchy = new List<INamedTypeSymbol> { context.Interface };
        hierarchy.AddRange(context.Interface.AllInterfaces);

        // An IUnitOfWork UnitOfWork { get; } property: the fake implements that interface too (explicitly), and returns itself.
        var ownInterfaces = hierarchy.Count;
        foreach (var unitOfWork in UnitOfWorkRules.Interfaces(hierarchy.ToArray()))
        {
            context.UnitOfWorkInterfaces.Add(unitOfWork);
            foreach (var type in new[] { unitOfWork }.Concat(unitOfWork.AllInterfaces))
            {
                if (!hierarchy.Any(h => SymbolEqualityComparer.Default.Equals(h, type)))
                {
                    hierarchy.Add(type);
                }
            }
        }
        var implementedByInterfaces = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var type in hierarchy)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsAbstract)
                {
                    continue;
                }

                foreach (var implemented in ExplicitImplementations(member))
                {
                    implementedByInterfaces.Add(implemented);
                }
            }
        }

        for (var index = 0; index < hierarchy.Count; index++)
        {
            // Members of one interface in a canonical order, so which of two same-signature members is implicit never
            // depends on declaration order.
            // Each member's full key is computed once, for the sort and for the implicit/explicit decision below.
            var members = new List<(ISymbol Member, string Full, int Position)>();
            foreach (var member in hierarchy[index].GetMembers())
            {
                if (member.IsAbstract)
                {
                    members.Add((member, keys.Of(member, includeReturn: true), members.Count));
                }
            }

            members.Sort(static (a, b) =>
            {
                var byName = string.CompareOrdinal(a.Member.Name, b.Member.Name);
                if (byName != 0)
                {
                    return byName;
                }

                var byKey = string.CompareOrdinal(a.Full, b.Full);
                return byKey != 0 ? byKey : a.Position.CompareTo(b.Position);
            });
            foreach (var (member, full, _) in members)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (implementedByInterfaces.Contains(member))
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

                // string ToString(), bool Equals(object?), int GetHashCode() and Type GetType() redeclared on the interface are
                // implemented by the members every class inherits from object: neither generated nor refused (docs/generator.md).
                if (member is IMethodSymbol ordinary && ImplementedByObject(context, ordinary))
                {
                    continue;
                }

                if (member.IsStatic)
                {
                    hasStaticAbstract = true;
                }

                var signature = keys.Of(member, includeReturn: false);
                bool isExplicit;
                if (index >= ownInterfaces)
                {
                    isExplicit = true;
                }
                else if (implicitSignatures.TryGetValue(signature, out var existing))
                {
                    if (existing == full)
                    {
                        continue;
                    }

                    isExplicit = true;
                }
                else
                {
                    isExplicit = member.Name == context.ClassName;
                    if (!isExplicit)
                    {
                        implicitSignatures.Add(signature, full);
                    }
                }

                result.Add(Create(context, keys, member, index, isExplicit, full));
            }
        }

        result.Sort(static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Symbol.Name, b.Symbol.Name);
            if (byName != 0)
            {
                return byName;
            }

            var bySignature = string.CompareOrdinal(a.SortKey, b.SortKey);
            return bySignature != 0 ? bySignature : a.HierarchyIndex.CompareTo(b.HierarchyIndex);
        });
        return result;
    }

    /// <summary>
    /// Whether a public instance method of object (ToString, Equals, GetHashCode, GetType) has the interface method's name,
    /// parameters and return type, so the class implements it by inheritance (nullability aside: a fake whose interface
    /// says <c>string ToString()</c> suppresses CS8766 against object's <c>string?</c>, see <see cref="FakeParser.SuppressedDiagnosticIds"/>).
    /// </summary>
    internal static bool ImplementedByObject(ParseContext context, IMethodSymbol method)
    {
        if (method.IsStatic || method.MethodKind != MethodKind.Ordinary || method.Arity != 0 || method.ReturnsByRef || method.ReturnsByRefReadonly
            || method.Parameters.Any(static p => p.RefKind != RefKind.None || p.IsParams))
        {
            return false;
        }

        return context.Compilation.GetSpecialType(SpecialType.System_Object).GetMembers(method.Name).OfType<IMethodSymbol>().Any(o =>
            !o.IsStatic && o.DeclaredAccessibility == Accessibility.Public && o.Arity == 0
            && SymbolEqualityComparer.Default.Equals(o.ReturnType, method.ReturnType)
            && o.Parameters.Length == method.Parameters.Length
            && o.Parameters.Zip(method.Parameters, static (a, b) => SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(static same => same));
    }

    private static MemberCandidate Create(ParseContext context, SignatureKeys keys, ISymbol member, int hierarchyIndex, bool isExplicit, string sortKey)
    {
        var location = member.Locations.FirstOrDefault(static l => l.IsInSource) ?? context.AttributeLocation;
        var handWritten = IsHandWritten(context, keys, member);
        switch (member)
        {
            case IMethodSymbol method:
                return OfMethod(context, method, hierarchyIndex, isExplicit, location, handWritten, sortKey);

            case IPropertySymbol property:
            {
                var (shape, result) = TypeFacts.ShapeOf(context.Known, property.Type, returnsVoid: false);
                return new MemberCandidate(member, hierarchyIndex, isExplicit, shape, result, property.Parameters.ToArray(), null, false, location, handWritten, sortKey);
            }

            default:
                return new MemberCandidate(member, hierarchyIndex, isExplicit, Model.ReturnShape.Sync, null, Array.Empty<IParameterSymbol>(), null, false, location, handWritten, sortKey);
        }
    }

    /// <summary>
    /// A method's candidate: its result's shape, its parameters without the cancellation token, and the token (several or a
    /// by-ref one marked). Also what PerTypePlanner reads again from a method closed over the common type parameter.
    /// </summary>
    internal static MemberCandidate OfMethod(ParseContext context, IMethodSymbol method, int hierarchyIndex, bool isExplicit, Location? location, bool handWritten, string sortKey, bool overEntityType = false)
    {
        var (shape, result) = TypeFacts.ShapeOf(context.Known, method.ReturnType, method.ReturnsVoid);
        IParameterSymbol? token = null;
        var tokens = 0;
        var byRefToken = false;
        var parameters = new List<IParameterSymbol>(method.Parameters.Length);
        foreach (var parameter in method.Parameters)
        {
            if (TypeFacts.IsCancellationToken(context.Known, parameter.Type))
            {
                token ??= parameter;
                tokens++;
                byRefToken |= parameter.RefKind != RefKind.None;
            }
            else
            {
                parameters.Add(parameter);
            }
        }

        return new MemberCandidate(method, hierarchyIndex, isExplicit, shape, result, parameters.ToArray(), token, tokens > 1 || byRefToken, location, handWritten, sortKey)
        {
            OverEntityType = overEntityType,
        };
    }

    private static IEnumerable<ISymbol> ExplicitImplementations(ISymbol member) => member switch
    {
        IMethodSymbol m => m.ExplicitInterfaceImplementations.Cast<ISymbol>(),
        IPropertySymbol p => p.ExplicitInterfaceImplementations.Cast<ISymbol>(),
        IEventSymbol e => e.ExplicitInterfaceImplementations.Cast<ISymbol>(),
        _ => Enumerable.Empty<ISymbol>(),
    };

    /// <summary>Whether the user's partial class (or a base class) already implements the member: the escape hatch.</summary>
    private static bool IsHandWritten(ParseContext context, SignatureKeys keys, ISymbol member)
    {
        var userClass = context.UserClass;
        if (userClass is null)
        {
            return false;
        }

        if (userClass.AllInterfaces.Contains(context.Interface, SymbolEqualityComparer.Default) || userClass.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, member.ContainingType)))
        {
            if (userClass.FindImplementationForInterfaceMember(member) is not null)
            {
                return true;
            }
        }

        var wanted = keys.Of(member, includeReturn: false);
        for (var type = userClass; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var candidate in type.GetMembers())
            {
                if (candidate.Kind != member.Kind || candidate.IsStatic != member.IsStatic || candidate.IsImplicitlyDeclared)
                {
                    continue;
                }

                if (ExplicitImplementations(candidate).Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, member.OriginalDefinition)))
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

                var key = keys.Of(candidate, includeReturn: false);
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

    /// <summary>
    /// Builds member signature keys for one target, with one reusable builder and each type's fully qualified name
    /// rendered once (a target's members name the same few types over and over).
    /// </summary>
    private sealed class SignatureKeys
    {
        private static readonly string?[] SymbolKindNames = new string?[32];
        private static readonly string?[] RefKindNames = new string?[8];

        private readonly StringBuilder _builder = new(128);
        private readonly Dictionary<ITypeSymbol, string> _displays = new(SymbolEqualityComparer.IncludeNullability);

        /// <summary>A string that is equal for two members exactly when one implements the other (names, ref kinds, types, arity).</summary>
        public string Of(ISymbol member, bool includeReturn)
        {
            var builder = _builder.Clear();
            builder.Append(Name(member.Kind)).Append(' ').Append(member.Name);
            switch (member)
            {
                case IMethodSymbol method:
                    builder.Append('`').Append(method.Arity).Append('(');
                    foreach (var parameter in method.Parameters)
                    {
                        builder.Append(Name(parameter.RefKind)).Append(' ');
                        AppendSignatureType(builder, parameter.Type, includeNullability: false);
                        builder.Append(',');
                    }

                    builder.Append(')');
                    if (includeReturn)
                    {
                        builder.Append(Name(method.RefKind));
                        AppendSignatureType(builder, method.ReturnType, includeNullability: true);
                        foreach (var parameter in method.Parameters)
                        {
                            builder.Append(',');
                            AppendSignatureType(builder, parameter.Type, includeNullability: true);
                        }
                    }

                    break;
                case IPropertySymbol property:
                    builder.Append('[');
                    foreach (var parameter in property.Parameters)
                    {
                        AppendSignatureType(builder, parameter.Type, includeNullability: false);
                        builder.Append(',');
                    }

                    builder.Append(']');
                    if (includeReturn)
                    {
                        AppendSignatureType(builder, property.Type, includeNullability: true);
                        builder.Append(property.GetMethod is null ? "" : " get").Append(property.SetMethod is null ? "" : " set");
                    }

                    break;
                case IEventSymbol @event:
                    if (includeReturn)
                    {
                        AppendSignatureType(builder, @event.Type, includeNullability: true);
                    }

                    break;
            }

            return builder.ToString();
        }

        private void AppendSignatureType(StringBuilder builder, ITypeSymbol type, bool includeNullability)
        {
            var suffix = includeNullability && type.NullableAnnotation == NullableAnnotation.Annotated && !type.IsValueType ? "?" : "";
            switch (type)
            {
                case ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter:
                    builder.Append("!!").Append(parameter.Ordinal);
                    break;
                case IArrayTypeSymbol array:
                    AppendSignatureType(builder, array.ElementType, includeNullability);
                    builder.Append('[').Append(',', array.Rank - 1).Append(']');
                    break;
                case INamedTypeSymbol { IsGenericType: true } named:
                    builder.Append(Display(named.ConstructedFrom)).Append('<');
                    for (var i = 0; i < named.TypeArguments.Length; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append(',');
                        }

                        AppendSignatureType(builder, named.TypeArguments[i], includeNullability);
                    }

                    builder.Append('>');
                    break;
                default:
                    builder.Append(Display(type));
                    break;
            }

            builder.Append(suffix);
        }

        /// <summary>A symbol kind's name as <c>ToString()</c> gives it, without boxing it for every key.</summary>
        private static string Name(SymbolKind kind)
        {
            var index = (int)kind;
            return index >= 0 && index < SymbolKindNames.Length ? SymbolKindNames[index] ??= kind.ToString() : kind.ToString();
        }

        /// <summary>A ref kind's name as <c>ToString()</c> gives it, without boxing it for every key.</summary>
        private static string Name(RefKind kind)
        {
            var index = (int)kind;
            return index < RefKindNames.Length ? RefKindNames[index] ??= kind.ToString() : kind.ToString();
        }

        private string Display(ITypeSymbol type)
        {
            if (!_displays.TryGetValue(type, out var text))
            {
                text = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                _displays.Add(type, text);
            }

            return text;
        }
    }
}
