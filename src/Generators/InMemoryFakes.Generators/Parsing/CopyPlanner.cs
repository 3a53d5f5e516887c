using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Chooses, at compile time, how a store's values are copied (docs/generator.md, "Copy rules"):
/// <list type="number">
/// <item>immutable types are stored as they are (<see cref="CopyRules.IsImmutable"/>);</item>
/// <item>a type implementing <c>IDeepCopyable</c> is copied by its own <c>DeepCopy</c>;</item>
/// <item>a type whose whole state the copy reaches (a class or struct declared in source, private and read-only fields
/// included) gets a generated copy built on the runtime's <c>CopyContext</c>: every field copied into an instance made
/// without a constructor, collections by their run-time type with their comparers, subtypes by their own copies, one
/// copy per object (shared references stay shared, cycles stay cycles), from a work list (no depth limit);</item>
/// <item>framework types the runtime knows (XML and JSON nodes, <c>StringBuilder</c>…), <c>object</c> and interfaces from
/// other assemblies get the runtime's rules (<c>CopyContext.CopyValue</c>);</item>
/// <item>anything else is stored by reference, and reported (IMF0020) with the ways out; the runtime's rules still apply,
/// so a copy hook registered at run time is used.</item>
/// </list>
/// </summary>
internal static class CopyPlanner
{
    /// <summary>
    /// The copy of values of <paramref name="type"/>: the name of a generated <c>static T M(T source, CopyContext context)</c>
    /// (null for the runtime's rules), and whether values are immutable (stored as they are in <c>CopyMode.Auto</c>).
    /// The methods and accessors it needs are added to <paramref name="store"/>.
    /// </summary>
    public static (string? Copy, bool IsImmutable) Plan(ParseContext context, ITypeSymbol type, StoreBuilder store)
    {
        var graph = new Graph(context);
        var result = graph.Root(type);
        graph.Complete(store, result.Copy);
        return result;
    }

    /// <summary>
    /// Whether a copy is flat: an <see cref="CopyMethodKind.Object"/> whose every field is kept as it is: strings, numbers, enums, dates and other
    /// immutable values. Such an object holds no reference a copy must track (no shared object, no cycle), so the copy is
    /// the same field by field without a <c>CopyContext</c>; the runtime uses it for values of exactly that type.
    /// </summary>
    private static bool IsFlat(CopyMethodKind kind, List<MemberCopySpec> members)
        => kind == CopyMethodKind.Object && members.TrueForAll(static m => m.Value.Kind == ValueCopyKind.AsIs);

    /// <summary>The copy methods of one store, planned from its value type outwards through a work list.</summary>
    private sealed class Graph
    {
        private readonly ParseContext _context;
        private readonly CopyRules _rules;
        private readonly CopySymbols _symbols;
        private readonly bool _reports;
        private readonly Dictionary<ITypeSymbol, Draft> _methods = new(SymbolEqualityComparer.Default);
        private readonly List<Draft> _order = new();
        private readonly Queue<Draft> _pending = new();
        private readonly Dictionary<IFieldSymbol, FieldAccessorSpec> _accessors = new(SymbolEqualityComparer.Default); // by field definition
        private readonly List<FieldAccessorSpec> _accessorOrder = new();
        private readonly HashSet<ITypeSymbol> _reported = new(SymbolEqualityComparer.Default);

        public Graph(ParseContext context)
        {
            _context = context;
            _rules = new CopyRules(context);
            _symbols = context.Known.Copies;

            // CopyMode.Reference on the attribute, or a framework store whose contract keeps instances, stores values by
            // reference on purpose: nothing to warn about (CopyMode.Copy on the attribute still asks for copies).
            var mode = AttributeSettings.Read(context.Target.Attributes[0]).CopyMode;
            _reports = mode != 2 && (mode == 1 || !FrameworkContracts.StoresByReference(context.Interface));
        }

        public (string? Copy, bool IsImmutable) Root(ITypeSymbol type)
        {
            if (type is ITypeParameterSymbol or IDynamicTypeSymbol || type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Error)
            {
                return (null, false);
            }

            if (_rules.IsImmutable(type))
            {
                // Stored as it is; the copy is still generated for a type declared in source, for CopyMode.Copy.
                return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false } named && _rules.IsSource(named) && _rules.WhyNotReachable(named) is null
                    ? (MethodFor(named), true)
                    : (null, true);
            }

            var value = ValueOf(type, type.Name);
            return value.Kind switch
            {
                ValueCopyKind.Method => (value.Method, false),
                ValueCopyKind.RuntimeRules => (null, false),
                ValueCopyKind.AsIs => (null, true),
                _ => (ValueMethod(type, value), false),
            };
        }

        /// <summary>
        /// Plans every method still waiting, then hands methods and accessors to the store in the order they were first
        /// needed; the root's copy (<paramref name="root"/>) also gets a context-free variant when it is flat.
        /// </summary>
        public void Complete(StoreBuilder store, string? root)
        {
            while (_pending.Count > 0)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                Fill(_pending.Dequeue());
            }

            foreach (var draft in _order)
            {
                if (draft.Name == root && IsFlat(draft.Kind, draft.Members))
                {
                    draft.FlatCopy = _context.Names.New("__FlatCopy" + TypeNames.Sanitize(draft.Type.Name));
                    draft.FlatCopyConstructs = _rules.ConstructsWithoutEffects((INamedTypeSymbol)draft.Type);
                }
            }

            foreach (var draft in _order)
            {
                store.CopyMethods.Add(draft.ToSpec());
            }

            store.CopyAccessors.AddRange(_accessorOrder);
        }

        /// <summary>How a value of <paramref name="type"/> is copied; <paramref name="site"/> names where it sits, for IMF0020.</summary>
        private ValueCopySpec ValueOf(ITypeSymbol type, string site)
        {
            if (_rules.IsImmutable(type))
            {
                return ValueCopySpec.AsIs;
            }

            if (type.TypeKind == TypeKind.Error)
            {
                return ValueCopySpec.RuntimeRules; // the compiler reports the missing type
            }

            if (CopyRules.GenericDepth(type) > CopyRules.MaxGenericDepth)
            {
                return StoredByReference(type, site, "its type arguments nest more than " + CopyRules.MaxGenericDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels deep");
            }

            switch (type)
            {
                case ITypeParameterSymbol or IDynamicTypeSymbol:
                    return ValueCopySpec.RuntimeRules;
                case IArrayTypeSymbol array:
                {
                    var element = ValueOf(array.ElementType, site);
                    return array.Rank == 1
                        ? new ValueCopySpec(ValueCopyKind.Array, new[] { _context.Render(array.ElementType) }, new[] { element }, null)
                        : new ValueCopySpec(ValueCopyKind.MultiDimensionalArray, new[] { _context.Render(array), _context.Render(array.ElementType) }, new[] { element }, null);
                }

                case INamedTypeSymbol named:
                    return NamedValue(named, site);
                default:
                    return ValueCopySpec.RuntimeRules;
            }
        }

        private ValueCopySpec NamedValue(INamedTypeSymbol type, string site)
        {
            if (type.SpecialType == SpecialType.System_Object)
            {
                return ValueCopySpec.RuntimeRules;
            }

            if (TypeNames.IsNullableValueType(type))
            {
                var underlying = type.TypeArguments[0];
                return new ValueCopySpec(ValueCopyKind.Nullable, new[] { _context.Render(underlying) }, new[] { ValueOf(underlying, site) }, null);
            }

            if (_rules.IsDeepCopyable(type))
            {
                return Method(type, site);
            }

            if (CopySymbols.IsAny(type, _symbols.RuntimeCopied))
            {
                return ValueCopySpec.RuntimeRules;
            }

            if (KnownSymbols.Is(type, _symbols.ImmutableArray))
            {
                var element = type.TypeArguments[0];
                return new ValueCopySpec(ValueCopyKind.ImmutableArray, new[] { _context.Render(element) }, new[] { ValueOf(element, site) }, null);
            }

            if (CopySymbols.IsAny(type, _symbols.Collections) || type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                var element = type.TypeArguments[0];
                return new ValueCopySpec(ValueCopyKind.Collection, new[] { _context.RenderNotNull(type), _context.Render(element) }, new[] { ValueOf(element, site) }, null);
            }

            if (CopySymbols.IsAny(type, _symbols.Dictionaries))
            {
                var key = type.TypeArguments[0];
                var value = type.TypeArguments[1];
                return new ValueCopySpec(
                    ValueCopyKind.Dictionary,
                    new[] { _context.RenderNotNull(type), _context.Render(key), _context.Render(value) },
                    new[] { ValueOf(key, site), ValueOf(value, site) },
                    null);
            }

            if (TypeFacts.IsNamespace(type.ContainingNamespace, "System", "Collections", "Immutable")
                || TypeFacts.IsNamespace(type.ContainingNamespace, "System", "Collections", "Frozen"))
            {
                return StoredByReference(type, site, "it is an immutable collection whose elements need copying, and the runtime rebuilds only ImmutableArray<T> and ImmutableList<T>");
            }

            if (type.TypeKind == TypeKind.Interface)
            {
                // An interface declared in source dispatches to the implementations declared in source; one from another
                // assembly is decided by the run-time type (and reported at run time when nothing can copy it), as object is.
                return _rules.IsSource(type) && _rules.IsNameable(type) && !CopyRules.ContainsTypeParameter(type) ? Method(type, site) : ValueCopySpec.RuntimeRules;
            }

            if (!_rules.IsSource(type) && type.TypeKind == TypeKind.Class && !type.IsAbstract && _rules.IsNameable(type) && !CopyRules.ContainsTypeParameter(type))
            {
                if (OwnCopy(type) is { } own)
                {
                    return ValueCopySpec.Call(MethodFor(type, CopyMethodKind.Own, own));
                }

                if (CopiedByProperties(type))
                {
                    return ValueCopySpec.Call(MethodFor(type, CopyMethodKind.Properties));
                }
            }

            if (type.OriginalDefinition is { Arity: 1, Name: "ReadOnlyMemory" or "Memory" } memory && TypeFacts.IsNamespace(memory.ContainingNamespace, "System")
                && ValueOf(type.TypeArguments[0], site) is { Kind: ValueCopyKind.AsIs } memoryElement)
            {
                // ReadOnlyMemory<byte> (neo's StorageItem.Value), ReadOnlyMemory<float> (Semantic Kernel's embeddings): a
                // window on a buffer the caller may still write to. A store keeps the values, as a database column holds
                // the bytes: its copy is a new array of them.
                return new ValueCopySpec(ValueCopyKind.Memory, new[] { _context.RenderNotNull(type), _context.Render(type.TypeArguments[0]) }, new[] { memoryElement }, null);
            }

            if (!_rules.IsSource(type))
            {
                return StoredByReference(
                    type,
                    site,
                    type.IsValueType
                        ? "it is a struct from " + type.ContainingAssembly?.Name + " that holds references, and the compiler cannot see how to copy what they point to"
                        : "it is declared in " + type.ContainingAssembly?.Name + ", and the compiler cannot see the private state of a type from another assembly");
            }

            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return ValueCopySpec.RuntimeRules;
            }

            if (type.IsAbstract)
            {
                return _rules.IsNameable(type) && !CopyRules.ContainsTypeParameter(type) ? Method(type, site) : StoredByReference(type, site, "it is not accessible from the generated fake");
            }

            return _rules.WhyNotReachable(type) is { } why ? StoredByReference(type, site, why) : Method(type, site);
        }

        private ValueCopySpec Method(INamedTypeSymbol type, string site) => ValueCopySpec.Call(MethodFor(type));

        /// <summary>Reports IMF0020 once per type (unless the attribute chose CopyMode.Reference); the runtime's rules still apply, hooks first.</summary>
        private ValueCopySpec StoredByReference(ITypeSymbol type, string site, string reason)
        {
            if (_reports && _reported.Add(type))
            {
                _context.Report(DiagnosticDescriptors.ValueStoredByReference, _context.AttributeLocation, type.ToDisplayString(), site, reason);
            }

            return ValueCopySpec.RuntimeRules;
        }

        /// <summary>
        /// Names of the methods a type from another assembly copies itself with (<c>AuthenticationTicket.Clone()</c>,
        /// <c>JsonNode.DeepClone()</c>); collections are left to the collection rules (their Clone is often shallow).
        /// </summary>
        private static readonly string[] OwnCopyMethodNames = { "DeepClone", "Clone", "DeepCopy", "Copy" };

        /// <summary>How a class from another assembly copies itself: a public parameterless instance method returning the type, else <c>new</c> for a public copy constructor; null when it does not.</summary>
        private static string? OwnCopy(INamedTypeSymbol type)
        {
            if (TypeFacts.EnumerableElement(type) is not null)
            {
                return null;
            }

            foreach (var name in OwnCopyMethodNames)
            {
                for (var current = type; current is not null; current = current.BaseType)
                {
                    foreach (var method in current.GetMembers(name))
                    {
                        if (method is IMethodSymbol { IsStatic: false, IsGenericMethod: false, Parameters.Length: 0, DeclaredAccessibility: Accessibility.Public } candidate
                            && SymbolEqualityComparer.Default.Equals(candidate.ReturnType, type))
                        {
                            return name;
                        }
                    }
                }
            }

            foreach (var constructor in type.InstanceConstructors)
            {
                if (constructor is { DeclaredAccessibility: Accessibility.Public, Parameters.Length: 1 } && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type))
                {
                    return "new";
                }
            }

            return null;
        }

        /// <summary>
        /// A class from another assembly with a public parameterless constructor whose public instance properties (its
        /// own and inherited) all have a public getter and a public (not <c>init</c>, not required) setter, and no public fields:
        /// an ORM entity (<c>IdentityUser</c>).
        /// A database keeps exactly those properties, so copying them is what a real store does; a get-only property might be
        /// computed or hide private state, so a type with one is not copied this way.
        /// </summary>
        private bool CopiedByProperties(INamedTypeSymbol type)
        {
            if (!type.InstanceConstructors.Any(static c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length == 0)
                || TypeFacts.EnumerableElement(type) is not null)
            {
                return false;
            }

            var any = false;
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
                    {
                        continue;
                    }

                    switch (member)
                    {
                        case IFieldSymbol:
                            return false;
                        case IPropertySymbol { IsIndexer: true }:
                            return false;
                        case IPropertySymbol property when property.OverriddenProperty is null:
                            // init-only and required members cannot be set after construction (the copy fills an instance made by new()).
                            if (property.GetMethod?.DeclaredAccessibility != Accessibility.Public || property.SetMethod is not { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false }
                                || property.IsRequired || !_rules.IsNameable(property.Type))
                            {
                                return false;
                            }

                            any = true;
                            break;
                    }
                }
            }

            return any;
        }

        private string MethodFor(INamedTypeSymbol type, CopyMethodKind? forced = null, string? ownCopy = null)
        {
            if (_methods.TryGetValue(type, out var existing))
            {
                return existing.Name;
            }

            var kind = forced ?? (_rules.IsDeepCopyable(type) ? CopyMethodKind.DeepCopyable
                : type.TypeKind == TypeKind.Interface || type.IsAbstract ? CopyMethodKind.Dispatch
                : type.IsValueType ? CopyMethodKind.Struct
                : CopyMethodKind.Object);
            var draft = new Draft(type, _context.Names.New("__Copy" + TypeNames.Sanitize(type.Name)), _context.RenderNotNull(type), kind) { OwnCopy = ownCopy };
            _methods.Add(type, draft);
            _order.Add(draft);
            _pending.Enqueue(draft);
            return draft.Name;
        }

        /// <summary>A method that copies a whole collection or array stored at the top level.</summary>
        private string ValueMethod(ITypeSymbol type, ValueCopySpec value)
        {
            var draft = new Draft(type, _context.Names.New("__CopyValue"), _context.RenderNotNull(type), CopyMethodKind.Value) { Value = value };
            _order.Add(draft);
            return draft.Name;
        }

        private void Fill(Draft draft)
        {
            var type = (INamedTypeSymbol)draft.Type;
            if (draft.Kind == CopyMethodKind.Properties)
            {
                var seen = new HashSet<string>(System.StringComparer.Ordinal);
                for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
                {
                    foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                    {
                        if (!property.IsStatic && property.DeclaredAccessibility == Accessibility.Public && property.OverriddenProperty is null && seen.Add(property.Name))
                        {
                            draft.Members.Add(new MemberCopySpec(TypeNames.Escape(property.Name), false, null, ValueOf(property.Type, type.Name + "." + property.Name)));
                        }
                    }
                }

                draft.ChecksRuntimeType = !type.IsSealed;
                return;
            }

            if (draft.Kind is CopyMethodKind.Object or CopyMethodKind.Struct)
            {
                foreach (var field in CopyRules.InstanceFields(type))
                {
                    var value = ValueOf(field.Type, type.Name + "." + CopyRules.MemberName(field));
                    if (draft.Kind == CopyMethodKind.Struct && value.Kind == ValueCopyKind.AsIs)
                    {
                        continue; // the by-value copy holds it already
                    }

                    var declaring = SymbolEqualityComparer.Default.Equals(field.ContainingType, type) ? null : _context.RenderNotNull(field.ContainingType);
                    draft.Members.Add(_rules.DirectMember(field, type) is { } direct
                        ? new MemberCopySpec(TypeNames.Escape(direct), false, declaring, value)
                        : new MemberCopySpec(Accessor(field), true, null, value));
                }
            }

            if (draft.Kind is CopyMethodKind.Object or CopyMethodKind.Dispatch && !type.IsSealed)
            {
                draft.ChecksRuntimeType = draft.Kind == CopyMethodKind.Object;
                foreach (var subtype in _rules.Subtypes(type))
                {
                    if (_rules.IsImmutable(subtype))
                    {
                        draft.Subtypes.Add(new SubtypeCopySpec(_context.RenderNotNull(subtype), null));
                    }
                    else if (ValueOf(subtype, subtype.Name) is { Kind: ValueCopyKind.Method, Method: { } method })
                    {
                        draft.Subtypes.Add(new SubtypeCopySpec(_context.RenderNotNull(subtype), method));
                    }
                }
            }
        }

        /// <summary>The accessor to call for a field: its method, or for a generic owner its generic class closed over the owner's type arguments.</summary>
        private string Accessor(IFieldSymbol field)
        {
            var definition = field.OriginalDefinition;
            if (!_accessors.TryGetValue(definition, out var accessor))
            {
                var owner = definition.ContainingType;
                var name = _context.Names.New("__Field" + TypeNames.Sanitize(owner.Name) + "_" + TypeNames.Sanitize(CopyRules.MemberName(field)));
                var parameters = CopyRules.OwnerTypeParameters(owner);
                accessor = new FieldAccessorSpec(
                    name,
                    _context.RenderNotNull(owner),
                    owner.IsValueType,
                    field.Name,
                    _context.Render(definition.Type),
                    parameters.ConvertAll(static p => TypeNames.Escape(p.Name)),
                    Declarations.Constraints(_context, parameters, forClass: false, keyType: null));
                _accessors.Add(definition, accessor);
                _accessorOrder.Add(accessor);
            }

            if (accessor.TypeParameters.Count == 0)
            {
                return accessor.Name;
            }

            return accessor.Name + "<" + string.Join(", ", CopyRules.OwnerTypeArguments(field.ContainingType).ConvertAll(_context.Render)) + ">.Field";
        }
    }

    /// <summary>A copy method being planned.</summary>
    private sealed class Draft
    {
        public Draft(ITypeSymbol type, string name, string rendered, CopyMethodKind kind)
        {
            Type = type;
            Name = name;
            Rendered = rendered;
            Kind = kind;
        }

        public ITypeSymbol Type { get; }

        public string Name { get; }

        public string Rendered { get; }

        public CopyMethodKind Kind { get; }

        public bool ChecksRuntimeType { get; set; }

        public List<SubtypeCopySpec> Subtypes { get; } = new();

        public List<MemberCopySpec> Members { get; } = new();

        public ValueCopySpec? Value { get; init; }

        public string? OwnCopy { get; init; }

        public string? FlatCopy { get; set; }

        public bool FlatCopyConstructs { get; set; }

        public CopyMethodSpec ToSpec() => new(Name, Rendered, Type.IsValueType, Kind, ChecksRuntimeType, Subtypes, Members, Value, OwnCopy, FlatCopy, FlatCopyConstructs);
    }
}
