using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>Where and how the fake class is declared, for an annotated interface or an annotated partial class.</summary>
internal sealed class TargetShape
{
    public string? Namespace { get; set; }

    public EquatableArray<ContainerSpec> Containers { get; set; } = EquatableArray<ContainerSpec>.Empty;

    public ClassDeclarationSpec Declaration { get; set; } = new(null, false, false);

    public EquatableArray<string> TypeParameters { get; set; } = EquatableArray<string>.Empty;

    public string FullClassName { get; set; } = "";

    public bool AccessibleForRegistration { get; set; }

    public string HintName { get; set; } = "";
}

/// <summary>Reads the attribute target: the faked interface, the class to generate, and the mistakes that stop it.</summary>
internal static class TargetPlanner
{
    /// <summary>
    /// The interface, a base of it or a type containing it that is <c>[Obsolete(message, true)]</c>, or null: generated
    /// code naming it is error CS0619, which no pragma silences (a warning-level [Obsolete] is suppressed instead).
    /// </summary>
    private static INamedTypeSymbol? ObsoleteAsError(INamedTypeSymbol annotated)
    {
        foreach (var type in new[] { annotated }.Concat(annotated.AllInterfaces))
        {
            for (var walk = type; walk is not null; walk = walk.ContainingType)
            {
                if (walk.GetAttributes().Any(static a => a.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                    && a.ConstructorArguments.Length == 2 && a.ConstructorArguments[1].Value is true))
                {
                    return walk;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// An abstract member of the interface or of a base of it that no class outside its own assembly can implement: one
    /// declared <c>internal</c> or <c>private protected</c> in a referenced assembly that does not give this one its
    /// internals (Cosmos DB's <c>IFaultInjector.GetChaosInterceptorFactory()</c>), or null. Whatever the generated class
    /// declares, the compiler then reports it does not implement the interface.
    /// </summary>
    private static ISymbol? MemberOnlyItsAssemblyCanImplement(Compilation compilation, INamedTypeSymbol faked)
    {
        foreach (var type in new[] { faked }.Concat(faked.AllInterfaces))
        {
            if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly) || type.ContainingAssembly.GivesAccessTo(compilation.Assembly))
            {
                continue;
            }

            foreach (var member in type.GetMembers())
            {
                if (member.IsAbstract && member.DeclaredAccessibility is Accessibility.Internal or Accessibility.ProtectedAndInternal or Accessibility.Private)
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>IMF0010 for an interface only its own assembly can implement (<see cref="MemberOnlyItsAssemblyCanImplement"/>); false when there is none.</summary>
    private static bool ReportedMemberOnlyItsAssemblyCanImplement(ParseContext context, INamedTypeSymbol faked, string onName)
    {
        if (MemberOnlyItsAssemblyCanImplement(context.Compilation, faked) is not { } hidden)
        {
            return false;
        }

        var access = hidden.DeclaredAccessibility == Accessibility.ProtectedAndInternal ? "private protected" : hidden.DeclaredAccessibility == Accessibility.Private ? "private" : "internal";
        context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, onName,
            "'" + hidden.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "' is " + access + " to " + hidden.ContainingAssembly.Name
            + ", so no class outside that assembly can implement " + faked.Name + " (CS0535 whatever it declares) and nothing is generated; fake an interface of your own that covers the part of " + faked.Name + " you use, or use the real client");
        return true;
    }

    /// <summary>The target's shape, or null after reporting why no fake can be generated.</summary>
    public static TargetShape? Plan(ParseContext context, AttributeData attribute, AttributeSettings settings)
    {
        var target = context.Target;
        if (target.TargetSymbol is INamedTypeSymbol { TypeKind: TypeKind.Interface } annotated)
        {
            context.Interface = annotated;
            context.InterfaceName = annotated.Name;
            if (!IsReachableFromNamespace(annotated, out var reason) || IsInsideGeneric(annotated, out reason))
            {
                context.Report(DiagnosticDescriptors.InterfaceNotAccessible, IdentifierLocation(context), annotated.ToDisplayString(), reason);
                return null;
            }

            if (ObsoleteAsError(annotated) is { } obsolete)
            {
                context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, annotated.Name,
                    "'" + obsolete.ToDisplayString() + "' is [Obsolete(…, error: true)], so the generated class, which implements " + annotated.Name
                    + ", would not compile (CS0619, which no pragma silences); remove error: true while the fake is in use, or remove [InMemoryFake] with the interface");
                return null;
            }

            if (ReportedMemberOnlyItsAssemblyCanImplement(context, annotated, annotated.Name))
            {
                return null;
            }

            if (settings.Name is { } name && !SyntaxFacts.IsValidIdentifier(name))
            {
                context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, annotated.Name, "Name = \"" + name + "\" is not a valid C# identifier");
                return null;
            }

            context.ClassName = settings.Name ?? DefaultClassName(annotated.Name);
            var ns = TypeNames.Namespace(annotated);
            var arity = annotated.Arity == 0 ? "" : "`" + annotated.Arity.ToString(CultureInfo.InvariantCulture);
            // The user's half can only be in this assembly's source: look there, not through every reference (a miss there
            // searches all of them, the most expensive lookup of a first run).
            var sameName = context.Compilation.Assembly.GetTypeByMetadataName((ns is null ? "" : ns + ".") + context.ClassName + arity);
            var where = ns is null ? "the global namespace" : "namespace " + ns;
            if (NameTakenBy(sameName) is { } taken)
            {
                context.Report(DiagnosticDescriptors.FakeClassNameTaken, IdentifierLocation(context), annotated.ToDisplayString(), context.ClassName,
                    where + " already declares " + taken + " '" + context.ClassName + "' that is not a non-static partial class",
                    ", or declare '" + context.ClassName + "' as 'partial class " + context.ClassName + "' to write members of the fake in it");
                return null;
            }

            if (OtherFakeNamed(context, annotated, context.ClassName) is { } other)
            {
                context.Report(DiagnosticDescriptors.FakeClassNameTaken, IdentifierLocation(context), annotated.ToDisplayString(), context.ClassName,
                    "the fake of '" + other.ToDisplayString() + "' is a class of that name in " + where + " too", "");
                return null;
            }

            context.UserClass = sameName is { TypeKind: TypeKind.Class } existing
                && existing.Locations.Any(static l => l.IsInSource)
                ? existing
                : null;
            var typeParameters = annotated.TypeParameters.Select(static t => TypeNames.Escape(t.Name)).ToArray();
            return new TargetShape
            {
                Namespace = ns,
                Declaration = new ClassDeclarationSpec(EffectiveAccessibility(annotated) == Accessibility.Public ? "public" : "internal", context.UserClass is not { IsAbstract: true }, false),
                TypeParameters = typeParameters,
                FullClassName = "global::" + (ns is null ? "" : ns + ".") + context.ClassName + (typeParameters.Length == 0 ? "" : "<" + string.Join(", ", typeParameters) + ">"),
                AccessibleForRegistration = true,
                HintName = (ns is null ? "" : ns + ".") + ContainingTypeNames(annotated) + TypeNames.NameWithArity(annotated),
            };
        }

        if (target.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } userClass)
        {
            return null;
        }

        context.IsClassTarget = true;
        context.UserClass = userClass;
        context.ClassName = userClass.Name;

        // The faked type first: a class without an interface is the real mistake, whatever else is wrong with it.
        if (attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is null)
        {
            context.Report(DiagnosticDescriptors.ClassNeedsInterface, context.AttributeLocation, userClass.Name);
            return null;
        }

        var faked = attribute.ConstructorArguments[0].Value as ITypeSymbol;
        var why = faked switch
        {
            null => "it is not a type",
            { TypeKind: TypeKind.Error } => "the type cannot be found",
            INamedTypeSymbol { TypeKind: TypeKind.Interface, IsUnboundGenericType: true } => "it is an unbound generic type",
            INamedTypeSymbol { TypeKind: TypeKind.Interface } => null,
            _ => "it is " + KindName(faked),
        };
        if (why is not null)
        {
            context.Report(DiagnosticDescriptors.NotAnInterface, context.AttributeLocation, faked?.ToDisplayString() ?? "null", userClass.Name, why);
            return null;
        }

        if (userClass.IsStatic || !IsPartial(userClass))
        {
            context.Report(DiagnosticDescriptors.ClassNotPartial, IdentifierLocation(context), userClass.Name);
            return null;
        }

        for (var container = userClass.ContainingType; container is not null; container = container.ContainingType)
        {
            if (!IsPartial(container))
            {
                context.Report(DiagnosticDescriptors.ContainingTypeNotPartial, IdentifierLocation(context), userClass.Name, container.Name);
                return null;
            }
        }

        context.Interface = (INamedTypeSymbol)faked!;
        context.InterfaceName = context.Interface.Name;
        if (ReportedMemberOnlyItsAssemblyCanImplement(context, context.Interface, userClass.Name))
        {
            return null;
        }

        var userNamespace = TypeNames.Namespace(userClass);
        return new TargetShape
        {
            Namespace = userNamespace,
            Containers = ContainerDeclarations(userClass),
            Declaration = new ClassDeclarationSpec(null, false, userClass.IsRecord),
            TypeParameters = userClass.TypeParameters.Select(static t => TypeNames.Escape(t.Name)).ToArray(),
            FullClassName = TypeNames.Render(userClass.OriginalDefinition),
            AccessibleForRegistration = !userClass.IsGenericType && !userClass.IsAbstract && IsReachableFromNamespace(userClass, out _) && !IsInsideGeneric(userClass, out _),
            HintName = (userNamespace is null ? "" : userNamespace + ".") + ContainingTypeNames(userClass) + TypeNames.NameWithArity(userClass),
        };
    }

    public static Location? IdentifierLocation(ParseContext context)
        => context.Target.TargetNode is BaseTypeDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : context.Target.TargetNode.GetLocation();

    private static string DefaultClassName(string interfaceName)
        => interfaceName.Length >= 2 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1])
            ? "InMemory" + interfaceName.Substring(1)
            : "InMemory" + interfaceName;

    private static string KindName(ITypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Class => type.IsRecord ? "a record" : "a class",
        TypeKind.Struct => "a struct",
        TypeKind.Enum => "an enum",
        TypeKind.Delegate => "a delegate",
        _ => "not an interface",
    };

    /// <summary>
    /// What a type declared in source with the fake class's name is ("a struct", "a class"…) when the generated
    /// <c>partial class</c> cannot join it — it is no class, a record, static, or not partial in every declaration (before,
    /// CS0260 or CS0101 against generated code) — else null. A non-static partial class there is the user's half of the fake.
    /// </summary>
    private static string? NameTakenBy(INamedTypeSymbol? type)
    {
        if (type is null || !type.Locations.Any(static l => l.IsInSource))
        {
            return null;
        }

        if (type.TypeKind == TypeKind.Class && !type.IsRecord && !type.IsStatic && IsPartial(type))
        {
            return null;
        }

        return type.TypeKind switch
        {
            TypeKind.Class => type.IsRecord ? "a record" : type.IsStatic ? "a static class" : "a class",
            TypeKind.Struct => type.IsRecord ? "a record struct" : "a struct",
            TypeKind.Interface => "an interface",
            TypeKind.Enum => "an enum",
            TypeKind.Delegate => "a delegate",
            _ => "a type",
        };
    }

    /// <summary>
    /// Another [InMemoryFake] interface of this compilation whose fake is a class of the same name and arity in the same
    /// namespace (two nested interfaces IOrders in different classes, an Orders beside an IOrders, the same Name =), else
    /// null. Both would be generated as one class (CS0101, CS0102 against generated code); each is refused instead.
    /// </summary>
    private static INamedTypeSymbol? OtherFakeNamed(ParseContext context, INamedTypeSymbol annotated, string className)
    {
        var attributeType = context.Compilation.GetTypeByMetadataName(InMemoryFakeGenerator.AttributeMetadataName);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(annotated.ContainingNamespace);
        while (pending.Count > 0)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var type in pending.Pop().GetTypeMembers())
            {
                if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, context.Compilation.Assembly))
                {
                    continue;
                }

                pending.Push(type);
                if (type.TypeKind != TypeKind.Interface || type.Arity != annotated.Arity || SymbolEqualityComparer.Default.Equals(type, annotated)
                    || !IsReachableFromNamespace(type, out _) || IsInsideGeneric(type, out _))
                {
                    continue;
                }

                foreach (var attribute in type.GetAttributes())
                {
                    if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                    {
                        continue;
                    }

                    var name = attribute.NamedArguments.FirstOrDefault(static a => a.Key == "Name").Value.Value as string ?? DefaultClassName(type.Name);
                    if (name == className)
                    {
                        return type;
                    }
                }
            }
        }

        return null;
    }

    private static bool IsPartial(INamedTypeSymbol type)
        => type.DeclaringSyntaxReferences.Length > 0
           && type.DeclaringSyntaxReferences.All(static r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static bool IsInsideGeneric(INamedTypeSymbol type, out string reason)
    {
        reason = "";
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (container.IsGenericType)
            {
                reason = "it is nested in the generic type '" + container.Name + "'";
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a namespace-level class in the same assembly can name the type.</summary>
    private static bool IsReachableFromNamespace(INamedTypeSymbol type, out string reason)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.IsFileLocal)
            {
                reason = "'" + named.Name + "' is file-local";
                return false;
            }

            switch (named.DeclaredAccessibility)
            {
                case Accessibility.Private:
                case Accessibility.Protected:
                case Accessibility.ProtectedAndInternal:
                    reason = "'" + named.Name + "' is " + SyntaxFacts.GetText(named.DeclaredAccessibility);
                    return false;
            }
        }

        reason = "";
        return true;
    }

    private static Accessibility EffectiveAccessibility(INamedTypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.DeclaredAccessibility != Accessibility.Public)
            {
                return Accessibility.Internal;
            }
        }

        return Accessibility.Public;
    }

    private static string ContainingTypeNames(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            parts.Insert(0, TypeNames.NameWithArity(container) + ".");
        }

        return string.Concat(parts);
    }

    private static EquatableArray<ContainerSpec> ContainerDeclarations(INamedTypeSymbol type)
    {
        var parts = new List<ContainerSpec>();
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            var kind = container switch
            {
                { IsRecord: true, TypeKind: TypeKind.Struct } => ContainerKind.RecordStruct,
                { IsRecord: true } => ContainerKind.Record,
                { TypeKind: TypeKind.Struct } => ContainerKind.Struct,
                { TypeKind: TypeKind.Interface } => ContainerKind.Interface,
                _ => ContainerKind.Class,
            };
            parts.Insert(0, new ContainerSpec(kind, TypeNames.Escape(container.Name), container.TypeParameters.Select(static t => TypeNames.Escape(t.Name)).ToArray()));
        }

        return parts.ToArray();
    }
}
