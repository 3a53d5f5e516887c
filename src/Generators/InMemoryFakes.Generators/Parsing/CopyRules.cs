using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// What the copy planner needs to know about a type, decided from symbols (never display strings): whether its values
/// never change (so they are stored as they are), whether the generated copy reaches all of its state, which of its fields
/// need an <c>[UnsafeAccessor]</c>, and which subtypes the compilation declares. Lives for one store's planning.
/// </summary>
internal sealed class CopyRules
{
    private readonly ParseContext _context;
    private readonly CopySymbols _symbols;
    private readonly Dictionary<ITypeSymbol, bool> _immutable = new(SymbolEqualityComparer.Default);
    private readonly List<ITypeSymbol> _decided = new();
    private readonly Dictionary<ITypeSymbol, List<INamedTypeSymbol>> _subtypes = new(SymbolEqualityComparer.Default);
    /// <summary>Type arguments nested deeper than this are not planned (see <see cref="GenericDepth"/>).</summary>
    public const int MaxGenericDepth = 8;

    private readonly bool _accessorsOnGenericTypes;
    private readonly bool _fakeIsGeneric;

    public CopyRules(ParseContext context)
    {
        _context = context;
        _symbols = context.Known.Copies;

        // UnsafeAccessor reaches the fields of a generic type from .NET 9 on; the preprocessor symbols the SDK defines say
        // which framework this compilation targets (a multi-targeted project runs the generator once per framework).
        _accessorsOnGenericTypes = context.Target.SemanticModel.SyntaxTree.Options.PreprocessorSymbolNames.Contains("NET9_0_OR_GREATER");
        _fakeIsGeneric = context.IsClassTarget ? context.UserClass?.IsGenericType == true : context.Interface.IsGenericType;
    }

    /// <summary>Whether a type is declared in this compilation's source.</summary>
    public bool IsSource(ITypeSymbol type)
        => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _context.Compilation.Assembly);

    /// <summary>Whether a type implements <c>InMemoryFakes.IDeepCopyable</c> (its own copy).</summary>
    public bool IsDeepCopyable(ITypeSymbol type)
    {
        if (_symbols.DeepCopyable is not { } copyable)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, copyable))
        {
            return true;
        }

        if (TypeFacts.ImplementsOnlyFrameworkBasics(type))
        {
            return false;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, copyable))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether values of a type never change, so a store may keep the caller's instance: primitives, strings, enums,
    /// delegates, the framework's immutable types, tuples and immutable collections of immutable types, structs whose
    /// by-value copy is complete, and types whose every field is read-only and immutable (subtypes declared in source
    /// included). A type from another assembly is judged by what it shows: its properties must all be <c>init</c>-only
    /// (or, for a record, computed), because a get-only auto-property may hide a private setter.
    /// </summary>
    public bool IsImmutable(ITypeSymbol type)
    {
        if (_immutable.TryGetValue(type, out var known))
        {
            return known;
        }

        // Assume immutable while deciding (a type may reach itself); if the answer is no, forget every answer given since,
        // because those may have relied on the assumption.
        var mark = _decided.Count;
        _immutable[type] = true;
        _decided.Add(type);
        var result = Decide(type);
        if (!result)
        {
            for (var i = mark + 1; i < _decided.Count; i++)
            {
                _immutable.Remove(_decided[i]);
            }

            _decided.RemoveRange(mark + 1, _decided.Count - mark - 1);
            _immutable[type] = false;
        }

        return result;
    }

    /// <summary>
    /// Why the generated copy cannot reach all the state of a class or struct declared in source, or null when it can:
    /// it must be accessible, closed, derive only from source types, and every field must be nameable and, where it is
    /// private, read-only or init-only, reachable through an <c>[UnsafeAccessor]</c>.
    /// </summary>
    public string? WhyNotReachable(INamedTypeSymbol type)
    {
        if (!IsNameable(type))
        {
            return "it is not accessible from the generated fake";
        }

        if (ContainsTypeParameter(type))
        {
            return "it depends on the fake's type parameters";
        }

        for (var current = type.BaseType; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (!IsSource(current))
            {
                return "its base class " + current.ToDisplayString() + " is declared in " + current.ContainingAssembly?.Name
                    + ", and the compiler cannot see the private state of a type from another assembly";
            }
        }

        foreach (var field in InstanceFields(type))
        {
            var name = MemberName(field);
            if (field.Type is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
            {
                return "its field " + name + " is a pointer";
            }

            if (!IsNameable(field.Type))
            {
                return "its field " + name + " has the type " + field.Type.ToDisplayString() + ", which is not accessible from the generated fake";
            }

            if (DirectMember(field, type) is not null)
            {
                continue;
            }

            // Measured on the .NET 8.0.31 runtime: an accessor declared in a generic class throws BadImageFormatException, and
            // one on a closed generic owner throws MissingFieldException for instantiations over reference types. From .NET 9
            // on, a generic owner's fields are reached from a generic accessor class with the owner's type parameters
            // (Emitter.Copy), which cannot be nested in a generic fake class (its type parameters would not match).
            var genericOwner = IsInGenericType(field.ContainingType);
            if (!_accessorsOnGenericTypes && (_fakeIsGeneric || genericOwner))
            {
                return "reaching its field " + name + (genericOwner ? " of a generic type" : " from the generic class " + _context.ClassName)
                    + " needs an [UnsafeAccessor] that .NET 8 does not support (target .NET 9 or later)";
            }

            if (genericOwner && _fakeIsGeneric)
            {
                return "reaching its field " + name + " of a generic type needs an [UnsafeAccessor] class with the type's own type parameters, which cannot be nested in the generic class " + _context.ClassName;
            }

            if (genericOwner && HasDuplicateTypeParameterNames(field.ContainingType))
            {
                return "reaching its field " + name + " needs an [UnsafeAccessor] class with the type parameters of " + field.ContainingType.ToDisplayString() + ", whose names repeat";
            }
        }

        return null;
    }

    /// <summary>Every instance field of the type and its base types, base first, in declaration order (auto-property backing fields and captured primary-constructor parameters included).</summary>
    public static List<IFieldSymbol> InstanceFields(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            chain.Add(current);
        }

        var fields = new List<IFieldSymbol>();
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var member in chain[i].GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: false, IsConst: false } field)
                {
                    fields.Add(field);
                }
            }
        }

        return fields;
    }

    /// <summary>
    /// Whether <c>new T()</c> makes an instance of <paramref name="type"/> with no effect but field values, so a copy that
    /// then assigns every field may start from it instead of <c>RuntimeHelpers.GetUninitializedObject</c> (which costs a
    /// run-time type lookup per call): every class from the type up to <c>object</c> is declared in source, has a
    /// parameterless constructor that is implicit or empty (no attributes, no <c>this(…)</c>/<c>base(…)</c> call with
    /// arguments), accessible for the type itself, and only literal or <c>default</c> field initializers; no member is
    /// <c>required</c>. Anything else (a constructor with a body, an initializer that calls code) keeps the uninitialized
    /// instance, which never runs user code.
    /// </summary>
    public bool ConstructsWithoutEffects(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic)
        {
            return false;
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (!IsSource(current) || current.IsGenericType)
            {
                return false;
            }

            var constructor = current.InstanceConstructors.FirstOrDefault(static c => c.Parameters.Length == 0);
            if (constructor is null || (SymbolEqualityComparer.Default.Equals(current, type) && !_context.IsAccessible(constructor)) || !IsEmptyConstructor(constructor))
            {
                return false;
            }

            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic)
                {
                    continue;
                }

                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                {
                    return false;
                }

                if (!HasOnlyLiteralInitializer(member))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsEmptyConstructor(IMethodSymbol constructor)
    {
        if (constructor.IsImplicitlyDeclared)
        {
            return true;
        }

        if (constructor.GetAttributes().Length > 0)
        {
            return false;
        }

        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not ConstructorDeclarationSyntax { ExpressionBody: null, Body.Statements.Count: 0 } declaration
                || declaration.Initializer is { ArgumentList.Arguments.Count: > 0 } or { ThisOrBaseKeyword.Text: "this" })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a field or property has no initializer, or a literal (<c>""</c>, <c>0</c>, <c>null</c>, <c>default</c>) one.</summary>
    private static bool HasOnlyLiteralInitializer(ISymbol member)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var initializer = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };

            if (initializer is not (null or LiteralExpressionSyntax or DefaultExpressionSyntax))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The property or field the generated code may assign directly on a <paramref name="copied"/> — an auto-property with
    /// accessible get and (non-<c>init</c>) set accessors that no type between <paramref name="copied"/> and its declaring
    /// type overrides, so the setter that runs is the one that stores into this very field; an accessible, writable
    /// field — or null when the field is reached through an accessor.
    /// </summary>
    public string? DirectMember(IFieldSymbol field, INamedTypeSymbol copied)
    {
        if (field.AssociatedSymbol is IPropertySymbol property)
        {
            return property is { IsAbstract: false, IsIndexer: false, ReturnsByRef: false, ReturnsByRefReadonly: false, ExplicitInterfaceImplementations.Length: 0 }
                && property.SetMethod is { IsInitOnly: false } setter && _context.IsAccessible(setter) && IsAutoAccessor(setter)
                && property.GetMethod is { } getter && _context.IsAccessible(getter)
                && !IsOverriddenBelow(property, copied)
                ? property.Name
                : null;
        }

        return field.AssociatedSymbol is null && !field.IsImplicitlyDeclared && !field.IsReadOnly && _context.IsAccessible(field) ? field.Name : null;
    }

    /// <summary>Whether an accessor is declared without a body (<c>set;</c>): it stores exactly what it is given. A <c>field</c>-keyword accessor with a body may do more.</summary>
    private bool IsAutoAccessor(IMethodSymbol accessor)
    {
        var references = accessor.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return false;
        }

        foreach (var reference in references)
        {
            if (reference.GetSyntax(_context.CancellationToken) is not AccessorDeclarationSyntax { Body: null, ExpressionBody: null })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a type from <paramref name="copied"/> up to (not including) the property's declaring type overrides it.</summary>
    private static bool IsOverriddenBelow(IPropertySymbol property, INamedTypeSymbol copied)
    {
        if (!property.IsVirtual && !property.IsOverride)
        {
            return false;
        }

        for (var current = copied; current is not null && !SymbolEqualityComparer.Default.Equals(current, property.ContainingType); current = current.BaseType)
        {
            foreach (var member in current.GetMembers(property.Name))
            {
                for (var overridden = (member as IPropertySymbol)?.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
                {
                    if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, property.OriginalDefinition))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The name a field is known by: its property's for a backing field, its parameter's for a captured primary-constructor parameter.</summary>
    public static string MemberName(IFieldSymbol field)
    {
        if (field.AssociatedSymbol is { } associated)
        {
            return associated.Name;
        }

        var name = field.Name;
        var close = name.IndexOf('>');
        return name.Length > 0 && name[0] == '<' && close > 1 ? name.Substring(1, close - 1) : name;
    }

    /// <summary>
    /// The non-abstract, non-generic classes and structs declared in source that derive from (or implement) the type and that
    /// the generated code can name, ordered by name; a value of the type may be one of them at run time.
    /// </summary>
    public List<INamedTypeSymbol> Subtypes(INamedTypeSymbol type)
    {
        if (_subtypes.TryGetValue(type, out var found))
        {
            return found;
        }

        found = new List<INamedTypeSymbol>();
        if (!type.IsSealed && !type.IsValueType)
        {
            foreach (var candidate in _symbols.SourceTypes(_context.CancellationToken))
            {
                if (candidate.TypeKind is not (TypeKind.Class or TypeKind.Struct) || candidate.IsAbstract || candidate.IsStatic
                    || candidate.IsGenericType || IsInGenericType(candidate) || SymbolEqualityComparer.Default.Equals(candidate, type)
                    || !IsNameable(candidate) || !DerivesFrom(candidate, type))
                {
                    continue;
                }

                found.Add(candidate);
            }

            found.Sort(static (a, b) => string.CompareOrdinal(TypeNames.Render(a), TypeNames.Render(b)));
        }

        _subtypes.Add(type, found);
        return found;
    }

    /// <summary>Whether the generated code can name the type (it and its type arguments are accessible).</summary>
    public bool IsNameable(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => IsNameable(array.ElementType),
        IPointerTypeSymbol pointer => IsNameable(pointer.PointedAtType),
        ITypeParameterSymbol or IDynamicTypeSymbol => true,
        INamedTypeSymbol named => _context.IsAccessible(named) && named.TypeArguments.All(IsNameable),
        _ => false,
    };

    /// <summary>
    /// How deep type arguments nest (<c>int</c>: 0, <c>List&lt;int&gt;</c>: 1). A generic type whose field is a deeper
    /// instantiation of itself (<c>Node&lt;T&gt;</c> holding a <c>Node&lt;Node&lt;T&gt;&gt;</c>) would otherwise plan copies forever.
    /// </summary>
    public static int GenericDepth(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => GenericDepth(array.ElementType),
        INamedTypeSymbol { TypeArguments.Length: > 0 } named => 1 + named.TypeArguments.Max(GenericDepth),
        _ => 0,
    };

    public static bool ContainsTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => ContainsTypeParameter(array.ElementType),
        IPointerTypeSymbol pointer => ContainsTypeParameter(pointer.PointedAtType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsTypeParameter) || (named.ContainingType is { } outer && ContainsTypeParameter(outer)),
        _ => false,
    };

    /// <summary>The type parameters of a generic type's definition and of the types it is nested in, outermost first.</summary>
    public static List<ITypeParameterSymbol> OwnerTypeParameters(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type.OriginalDefinition; current is not null; current = current.ContainingType)
        {
            chain.Add(current);
        }

        var parameters = new List<ITypeParameterSymbol>();
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            parameters.AddRange(chain[i].TypeParameters);
        }

        return parameters;
    }

    /// <summary>The type arguments of a closed generic type and of the types it is nested in, outermost first.</summary>
    public static List<ITypeSymbol> OwnerTypeArguments(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            chain.Add(current);
        }

        var arguments = new List<ITypeSymbol>();
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            arguments.AddRange(chain[i].TypeArguments);
        }

        return arguments;
    }

    public static bool HasDuplicateTypeParameterNames(INamedTypeSymbol type)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        return OwnerTypeParameters(type).Any(parameter => !names.Add(parameter.Name));
    }

    private static bool IsInGenericType(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol candidate, INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Interface)
        {
            foreach (var implemented in candidate.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, type))
                {
                    return true;
                }
            }

            return false;
        }

        for (var current = candidate.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, type))
            {
                return true;
            }
        }

        return false;
    }

    private bool Decide(ITypeSymbol type)
    {
        if (GenericDepth(type) > MaxGenericDepth)
        {
            return false;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_DateTime:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return true;
            case SpecialType.System_Object:
                return false;
        }

        if (type.TypeKind is TypeKind.Enum or TypeKind.Delegate || type is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
        {
            return true;
        }

        if (type is not INamedTypeSymbol named || type.TypeKind == TypeKind.Interface)
        {
            return false;
        }

        if (TypeNames.IsNullableValueType(named))
        {
            return IsImmutable(named.TypeArguments[0]);
        }

        if (CopySymbols.IsAny(named, _symbols.ImmutableScalars) || IsSystemType(named))
        {
            return true;
        }

        if (named.IsTupleType)
        {
            return named.TupleElements.All(element => IsImmutable(element.Type));
        }

        if (CopySymbols.IsAny(named, _symbols.ImmutableGenerics)
            || TypeFacts.IsNamespace(named.ContainingNamespace, "System", "Collections", "Immutable")
            || TypeFacts.IsNamespace(named.ContainingNamespace, "System", "Collections", "Frozen"))
        {
            return named.TypeArguments.All(IsImmutable);
        }

        if (CopySymbols.IsAny(named, _symbols.Collections) || CopySymbols.IsAny(named, _symbols.Dictionaries)
            || CopySymbols.IsAny(named, _symbols.RuntimeCopied) || IsDeepCopyable(named))
        {
            return false;
        }

        // A struct with no references at all: its by-value copy is complete (Roslyn knows every field of a struct, even
        // the private fields of one from another assembly).
        if (named.IsValueType && named.IsUnmanagedType)
        {
            return true;
        }

        return IsSource(named) ? SourceTypeIsImmutable(named) : MetadataTypeIsImmutable(named);
    }

    /// <summary>A type declared in source: every field read-only (for a struct, copied by value anyway) and immutable; no field-like event; immutable subtypes.</summary>
    private bool SourceTypeIsImmutable(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (!IsSource(current))
            {
                return false;
            }
        }

        foreach (var field in InstanceFields(type))
        {
            if ((!type.IsValueType && !field.IsReadOnly) || !IsImmutable(field.Type))
            {
                return false;
            }
        }

        if (!type.IsValueType)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    // A field-like event holds its subscribers: state that changes.
                    if (member is IEventSymbol { IsStatic: false, IsAbstract: false, AddMethod.IsImplicitlyDeclared: true })
                    {
                        return false;
                    }
                }
            }
        }

        return Subtypes(type).All(IsImmutable);
    }

    /// <summary>
    /// A type from another assembly, judged by what it shows (its private fields are invisible): a struct by its fields; a
    /// class or record by its properties, which must all be <c>init</c>-only or, for a record, computed.
    /// </summary>
    private bool MetadataTypeIsImmutable(INamedTypeSymbol type)
    {
        if (type.IsValueType)
        {
            return InstanceFields(type).All(field => IsImmutable(field.Type));
        }

        var properties = 0;
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                switch (member)
                {
                    case IFieldSymbol { IsStatic: false, IsConst: false } field when !field.IsReadOnly || !IsImmutable(field.Type):
                        return false;
                    case IPropertySymbol { IsStatic: false, IsIndexer: false } property when property.Name != "EqualityContract":
                        properties++;
                        if (property.SetMethod is { } setter ? !setter.IsInitOnly : IsCompilerGenerated(property.GetMethod) || !type.IsRecord)
                        {
                            return false;
                        }

                        if (!IsImmutable(property.Type))
                        {
                            return false;
                        }

                        break;
                }
            }
        }

        return (type.IsRecord || properties > 0) && Subtypes(type).All(IsImmutable);
    }

    private static bool IsCompilerGenerated(IMethodSymbol? method)
    {
        if (method is null)
        {
            return false;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "CompilerGeneratedAttribute" } attributeClass
                && TypeFacts.IsNamespace(attributeClass.ContainingNamespace, "System", "Runtime", "CompilerServices"))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSystemType(INamedTypeSymbol type)
    {
        var systemType = _symbols.SystemType;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, systemType))
            {
                return true;
            }
        }

        return false;
    }
}
