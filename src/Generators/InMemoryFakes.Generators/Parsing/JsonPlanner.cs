using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Plans the JSON metadata a fake's tables need (docs/prototyping.md, "What the generator emits"): walks the key and
/// value types and every type reachable from their members, collection elements and dictionary keys; skips what the
/// runtime already knows (<see cref="IsBuiltIn"/>); and describes each other type the way System.Text.Json's own
/// generator would, or, when it cannot describe a type's whole state, says why (diagnostic IMF0021) and leaves it to
/// the app's context, a converter or the reflection fallback. The rules:
/// <list type="bullet">
/// <item>Members: public instance properties with a public getter and public fields (and accessible <c>[JsonInclude]</c>
/// ones), most derived first by name, minus <c>[JsonIgnore]</c>; written by their CLR name (or <c>[JsonPropertyName]</c>).</item>
/// <item>Creator: the <c>[JsonConstructor]</c> constructor; else the parameterless one when every member can be set
/// without a constructor; else the one accessible constructor whose parameters all match a member (name ignoring case,
/// same type) and set every read-only member. <c>init</c>-only and <c>required</c> members are set in its object initializer.</item>
/// <item>Whole state: a read-only member holding state (a get-only auto-property, a property whose setter is not
/// accessible, a readonly field) must be set by the constructor; a get-only collection is refilled in place; a
/// non-public field or auto-property is state the metadata cannot reach, unless it is <c>[JsonIgnore]</c>d or a readonly
/// field of an immutable type set by the type's only constructor.</item>
/// <item>A member whose type JSON cannot hold at all (a delegate, pointer, stream, task, reflection type) makes its
/// type unsupported: mark it <c>[JsonIgnore]</c> if it is not state.</item>
/// </list>
/// Types are keyed by their rendering without nullable annotations or tuple element names, the runtime type they are.
/// </summary>
internal static partial class JsonPlanner
{
    /// <summary>Renders a type for <c>typeof</c> and as the registration key: <c>global::</c>, no nullable reference annotations.</summary>
    private static readonly SymbolDisplayFormat PlainFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>
    /// The JSON metadata the fake's tables need, with IMF0021 reported for each type it cannot describe; null when the
    /// compilation cannot hold generated metadata (it does not reference the runtime's serialization types) or the
    /// tables' types are not known at compile time (an open generic fake).
    /// </summary>
    public static JsonTypeSetSpec? Plan(ParseContext context, StoreClassification classification, List<MemberCandidate> pending)
    {
        if (!context.Known.Json.Available)
        {
            return null;
        }

        ITypeSymbol[] tableTypes = classification.Kind switch
        {
            StoreKindModel.EntityRepository when classification.Entity is { } entity => new[] { entity.KeyType, entity.Type }.Concat(AssociationPlanner.RowTableTypes(context, entity, pending)).ToArray(),
            StoreKindModel.KeyValue => KeyValueTypes(context, pending),
            _ => Array.Empty<ITypeSymbol>(),
        };

        // An open generic fake's tables are closed where the fake is created: nothing can be generated for them here.
        if (tableTypes.Length == 0 || tableTypes.Any(static t => MentionsTypeParameter(t)))
        {
            return null;
        }

        var walk = new Walk(context);
        try
        {
            foreach (var type in tableTypes)
            {
                walk.Visit(type, path: null);
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The JSON metadata is optional: a failure planning it must not cost the fake itself, and is reported.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            context.Report(
                DiagnosticDescriptors.NoJsonMetadata,
                context.AttributeLocation,
                context.ClassName,
                Display(tableTypes[tableTypes.Length - 1]),
                "",
                "the InMemoryFakes generator failed while describing it (" + exception.GetType().Name + ": " + exception.Message + "); please report this at https://github.com/inmemoryfakes/inmemoryfakes/issues");
            return null;
        }

        foreach (var (unsupported, path) in walk.Unsupported)
        {
            context.Report(
                DiagnosticDescriptors.NoJsonMetadata,
                context.AttributeLocation,
                context.ClassName,
                unsupported.Display,
                path is null ? "" : " (through " + path + ")",
                unsupported.Reason);
        }

        return walk.Types.Count == 0 && walk.Unsupported.Count == 0
            ? null
            : new JsonTypeSetSpec(walk.Types.ToArray(), walk.Unsupported.Select(static u => u.Spec).ToArray(), walk.ObsoleteIds.ToArray());
    }

    private static ITypeSymbol[] KeyValueTypes(ParseContext context, List<MemberCandidate> pending)
    {
        var (key, value) = KeyValuePlanner.Types(context, pending);
        return new[] { key, value };
    }

    private static bool MentionsTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => MentionsTypeParameter(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(MentionsTypeParameter) || (named.ContainingType is { } container && MentionsTypeParameter(container)),
        _ => false,
    };

    /// <summary>Whether the runtime's own resolver (BuiltInJsonTypes, plus the type-tagged <c>object</c>) covers the type: kept in step with it by a test.</summary>
    public static bool IsBuiltIn(KnownSymbols known, ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Dynamic || type.SpecialType == SpecialType.System_Object || type.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return true;
        }

        if (type is INamedTypeSymbol named && TypeNames.IsNullableValueType(named))
        {
            return IsBuiltInValue(known, named.TypeArguments[0]);
        }

        var json = known.Json;
        return IsBuiltInValue(known, type)
               || Is(type, known.Uri) || Is(type, known.Version)
               || Is(type, json.JsonDocument) || Is(type, json.JsonNode) || Is(type, json.JsonObject) || Is(type, json.JsonArray) || Is(type, json.JsonValue)
               || Is(type, json.StoredBlob);
    }

    private static bool IsBuiltInValue(KnownSymbols known, ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
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
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_DateTime:
                return true;
        }

        var json = known.Json;
        return Is(type, known.Guid) || Is(type, known.DateTimeOffset) || Is(type, known.DateOnly) || Is(type, known.TimeOnly) || Is(type, known.TimeSpan)
               || Is(type, known.Half) || Is(type, known.Int128) || Is(type, known.UInt128) || Is(type, json.JsonElement)
               || ((Is(type, json.Memory) || Is(type, known.ReadOnlyMemory)) && type is INamedTypeSymbol { Arity: 1 } memory && memory.TypeArguments[0].SpecialType == SpecialType.System_Byte);
    }

    private static bool Is(ITypeSymbol type, INamedTypeSymbol? known) => KnownSymbols.Is(type, known);

    /// <summary>The walk over one fake's types: what it described, what it could not, and the obsolete ids it touched.</summary>
    private sealed class Walk
    {
        private readonly ParseContext _context;
        private readonly KnownSymbols _known;
        private readonly JsonSymbols _json;
        private readonly Dictionary<string, Outcome> _outcomes = new(StringComparer.Ordinal);

        public Walk(ParseContext context)
        {
            _context = context;
            _known = context.Known;
            _json = context.Known.Json;
        }

        public List<JsonTypeSpec> Types { get; } = new();

        public List<(JsonUnsupportedSpec Spec, string? Path)> Unsupported { get; } = new();

        public SortedSet<string> ObsoleteIds { get; } = new(StringComparer.Ordinal);

        /// <summary>Plans <paramref name="type"/> (once) and says whether a member of this type can be described.</summary>
        public Outcome Visit(ITypeSymbol type, string? path)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (CopyRules.GenericDepth(type) > CopyRules.MaxGenericDepth)
            {
                // Node<T> { Node<Node<T>> Deeper }: each level is a new type, so the walk would never end.
                return Outcome.Impossible("a generic type whose type arguments nest more than " + CopyRules.MaxGenericDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels deep");
            }

            if (Impossible(type) is { } impossible)
            {
                return impossible;
            }

            if (IsBuiltIn(_known, type))
            {
                return Outcome.Described;
            }

            var plain = Plain(type);
            if (_outcomes.TryGetValue(plain, out var known))
            {
                return known;
            }

            // While a type is planned it counts as described, so a type that reaches itself refers to its own metadata.
            _outcomes[plain] = Outcome.Described;
            var outcome = Describe(type, plain, path);
            _outcomes[plain] = outcome;
            return outcome;
        }

        /// <summary>A type JSON cannot hold at all (a member of it sinks its whole type), Skip for a type in error, else null.</summary>
        private Outcome? Impossible(ITypeSymbol type)
        {
            switch (type.TypeKind)
            {
                case TypeKind.Error:
                    return Outcome.Skip;
                case TypeKind.TypeParameter:
                    return Outcome.Skip;
                case TypeKind.Pointer:
                case TypeKind.FunctionPointer:
                    return Outcome.Impossible("a pointer");
                case TypeKind.Delegate:
                    return Outcome.Impossible("a delegate");
            }

            if (type.IsRefLikeType)
            {
                return Outcome.Impossible("a ref struct");
            }

            if (type.SpecialType is SpecialType.System_IntPtr or SpecialType.System_UIntPtr)
            {
                return Outcome.Impossible("a native-sized integer");
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (Is(current, _json.Type) || Is(current, _json.MemberInfo))
                {
                    return Outcome.Impossible("a reflection type");
                }

                if (Is(current, _known.Stream))
                {
                    return Outcome.Impossible("a stream");
                }

                if (Is(current, _known.Task) || Is(current, _known.TaskOfT) || Is(current, _known.ValueTask) || Is(current, _known.ValueTaskOfT))
                {
                    return Outcome.Impossible("a task");
                }

                if (Is(current, _known.CancellationToken))
                {
                    return Outcome.Impossible("a cancellation token");
                }
            }

            return null;
        }

        private Outcome Describe(ITypeSymbol type, string plain, string? path)
        {
            if (!Nameable(type))
            {
                return Refuse(type, null, "it is not accessible from code generated in this assembly", path);
            }

            if (type is IArrayTypeSymbol array)
            {
                if (array.Rank != 1)
                {
                    return Refuse(type, plain, "it is a multi-dimensional array", path);
                }

                return Collection(type, plain, JsonCollectionKind.Array, array.ElementType, null, hasCreator: false, createRange: null, path);
            }

            if (type is not INamedTypeSymbol named)
            {
                return Refuse(type, plain, "it is not a class, struct, enum, array or collection", path);
            }

            if (TypeNames.IsNullableValueType(named))
            {
                var underlying = named.TypeArguments[0];
                var inner = Visit(underlying, path);
                if (inner.Kind is OutcomeKind.Impossible or OutcomeKind.Skip)
                {
                    return inner;
                }

                // Emitted even when the underlying type is not described here: the nullable converter finds its metadata
                // wherever the app provides it.
                Types.Add(new JsonNullableSpec(plain, Stem(type), Plain(underlying)));
                return Outcome.Described;
            }

            if (named.IsTupleType)
            {
                return Tuple(named, plain, path);
            }

            if (Obsolete(named))
            {
                return Refuse(type, plain, "it is marked [Obsolete] as an error", path);
            }

            if (ConverterAttribute(named) is { } converterAttribute)
            {
                return Converted(named, plain, converterAttribute, path);
            }

            if (named.TypeKind == TypeKind.Enum)
            {
                Types.Add(new JsonEnumSpec(plain, Stem(type)));
                return Outcome.Described;
            }

            if (KnownCollection(named, plain, path) is { } collection)
            {
                return collection;
            }

            if (IsFramework(named))
            {
                return Refuse(type, plain, "it is a framework type the generated metadata has no JSON shape for; give it a converter", path);
            }

            if (TypeFacts.EnumerableElement(named) is not null)
            {
                return Refuse(type, plain, "it is a collection the generated metadata does not know: use List<T>, T[], HashSet<T>, Dictionary<TKey, TValue>, an immutable collection or their interfaces, or a class with a parameterless constructor that implements ICollection<T> or IDictionary<TKey, TValue>", path);
            }

            if (named.TypeKind == TypeKind.Interface)
            {
                return Refuse(type, plain, "it is an interface, so a value can be of any type that implements it", path);
            }

            if (named.IsAbstract)
            {
                return Refuse(type, plain, "it is abstract, so a value can be of any type derived from it", path);
            }

            if (named.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return Refuse(type, plain, "it is not a class or struct", path);
            }

            return DescribeObject(this, named, plain, path);
        }

        private Outcome Tuple(INamedTypeSymbol tuple, string plain, string? path)
        {
            var elements = tuple.TupleElements;
            if (elements.Length is < 2 or > 4)
            {
                return Refuse(tuple, plain, "it is a value tuple of " + elements.Length.ToString(CultureInfo.InvariantCulture) + " parts (2 to 4 are written as JSON arrays)", path);
            }

            var parts = new List<string>(elements.Length);
            foreach (var element in elements)
            {
                var part = Visit(element.Type, path);
                if (part.Kind is OutcomeKind.Impossible or OutcomeKind.Skip)
                {
                    return part;
                }

                parts.Add(Plain(element.Type));
            }

            Types.Add(new JsonTupleSpec(plain, Stem(tuple), parts.ToArray()));
            return Outcome.Described;
        }

        /// <summary>The collections System.Text.Json's metadata services describe; null when the type is none of them.</summary>
        private Outcome? KnownCollection(INamedTypeSymbol named, string plain, string? path)
        {
            var known = _known;
            var json = _json;
            var definition = named.OriginalDefinition;
            if (named.Arity == 1)
            {
                var element = named.TypeArguments[0];
                var e = Plain(element);
                (JsonCollectionKind Kind, bool Creator, string? CreateRange)? plan = definition switch
                {
                    _ when Is(definition, known.List) => (JsonCollectionKind.List, true, null),
                    _ when Is(definition, known.IList) => (JsonCollectionKind.IList, false, null),
                    _ when Is(definition, known.ICollection) => (JsonCollectionKind.ICollection, false, null),
                    _ when definition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                           || Is(definition, known.IReadOnlyList) || Is(definition, known.IReadOnlyCollection) => (JsonCollectionKind.IEnumerable, false, null),
                    _ when Is(definition, known.ISet) => (JsonCollectionKind.ISet, false, null),
                    _ when Is(definition, known.HashSet) || Is(definition, known.SortedSet) => (JsonCollectionKind.ISet, true, null),
                    _ when Is(definition, known.Collection) || Is(definition, known.ObservableCollection) || Is(definition, known.LinkedList) => (JsonCollectionKind.ICollection, true, null),
                    _ when Is(definition, json.ImmutableArray) => (JsonCollectionKind.ImmutableEnumerable, false, "global::System.Collections.Immutable.ImmutableArray.CreateRange<" + e + ">"),
                    _ when Is(definition, json.ImmutableList) || Is(definition, json.IImmutableList) => (JsonCollectionKind.ImmutableEnumerable, false, "global::System.Collections.Immutable.ImmutableList.CreateRange<" + e + ">"),
                    _ when Is(definition, json.ImmutableHashSet) || Is(definition, json.IImmutableSet) => (JsonCollectionKind.ImmutableEnumerable, false, "global::System.Collections.Immutable.ImmutableHashSet.CreateRange<" + e + ">"),
                    _ => null,
                };
                if (plan is { } p)
                {
                    return Collection(named, plain, p.Kind, element, null, p.Creator, p.CreateRange, path);
                }
            }
            else if (named.Arity == 2)
            {
                var (key, value) = (named.TypeArguments[0], named.TypeArguments[1]);
                (JsonCollectionKind Kind, bool Creator, string? CreateRange)? plan = definition switch
                {
                    _ when Is(definition, known.Dictionary) => (JsonCollectionKind.Dictionary, true, null),
                    _ when Is(definition, known.IDictionary) => (JsonCollectionKind.IDictionary, false, null),
                    _ when Is(definition, known.IReadOnlyDictionary) => (JsonCollectionKind.IReadOnlyDictionary, false, null),
                    _ when Is(definition, known.SortedDictionary) => (JsonCollectionKind.IDictionary, true, null),
                    _ when Is(definition, json.ImmutableDictionary) || Is(definition, json.IImmutableDictionary)
                        => (JsonCollectionKind.ImmutableDictionary, false, "global::System.Collections.Immutable.ImmutableDictionary.CreateRange<" + Plain(key) + ", " + Plain(value) + ">"),
                    _ => null,
                };
                if (plan is { } p)
                {
                    return Collection(named, plain, p.Kind, value, key, p.Creator, p.CreateRange, path);
                }
            }

            // Any other class that can be created and filled: a List<T> subclass, a dictionary, a set or a collection.
            if (named.TypeKind != TypeKind.Class || named.IsAbstract || !named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && _context.IsAccessible(c)))
            {
                return null;
            }

            for (var baseType = named.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                if (Is(baseType, known.List))
                {
                    return Collection(named, plain, JsonCollectionKind.List, baseType.TypeArguments[0], null, hasCreator: true, createRange: null, path);
                }
            }

            var dictionary = named.AllInterfaces.FirstOrDefault(i => Is(i, known.IDictionary));
            if (dictionary is not null)
            {
                return Collection(named, plain, JsonCollectionKind.IDictionary, dictionary.TypeArguments[1], dictionary.TypeArguments[0], hasCreator: true, createRange: null, path);
            }

            var set = named.AllInterfaces.FirstOrDefault(i => Is(i, known.ISet));
            if (set is not null)
            {
                return Collection(named, plain, JsonCollectionKind.ISet, set.TypeArguments[0], null, hasCreator: true, createRange: null, path);
            }

            var collection = named.AllInterfaces.FirstOrDefault(i => Is(i, known.ICollection));
            return collection is null ? null : Collection(named, plain, JsonCollectionKind.ICollection, collection.TypeArguments[0], null, hasCreator: true, createRange: null, path);
        }

        private Outcome Collection(ITypeSymbol type, string plain, JsonCollectionKind kind, ITypeSymbol element, ITypeSymbol? key, bool hasCreator, string? createRange, string? path)
        {
            var here = path ?? Short(type);
            if (key is not null)
            {
                var keyOutcome = Visit(key, here + ".Keys");
                if (keyOutcome.Kind is OutcomeKind.Impossible or OutcomeKind.Skip)
                {
                    return keyOutcome;
                }

                if (!IsPropertyNameType(key))
                {
                    return Refuse(type, plain, "its keys are " + Display(key) + ", which cannot be JSON property names (use string, a number, Guid, DateTime, DateTimeOffset or an enum)", path);
                }
            }

            var elementOutcome = Visit(element, here + "[]");
            if (elementOutcome.Kind is OutcomeKind.Impossible or OutcomeKind.Skip)
            {
                return elementOutcome;
            }

            Types.Add(new JsonCollectionSpec(plain, Stem(type), kind, Plain(element), key is null ? null : Plain(key), hasCreator, createRange));
            return Outcome.Described;
        }

        private bool IsPropertyNameType(ITypeSymbol key)
            => key.TypeKind == TypeKind.Enum || Is(key, _known.Guid) || Is(key, _known.DateTimeOffset)
               || key.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_SByte or SpecialType.System_Byte
                   or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                   or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
                   or SpecialType.System_Decimal or SpecialType.System_DateTime;

        private Outcome Converted(INamedTypeSymbol type, string plain, AttributeData attribute, string? path)
        {
            var converter = Converter(attribute, type, out var problem);
            if (converter is null)
            {
                return Refuse(type, plain, problem!, path);
            }

            Types.Add(new JsonConvertedSpec(plain, Stem(type), converter));
            return Outcome.Described;
        }

        /// <summary>The <c>[JsonConverter]</c> attribute on a type or member, or null.</summary>
        public AttributeData? ConverterAttribute(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                for (var current = attribute.AttributeClass; current is not null; current = current.BaseType)
                {
                    if (Is(current, _json.JsonConverterAttribute))
                    {
                        return attribute;
                    }
                }
            }

            return null;
        }

        /// <summary>How the converter <paramref name="attribute"/> names for <paramref name="target"/> is made, or null with the problem.</summary>
        public JsonConverterRef? Converter(AttributeData attribute, ITypeSymbol target, out string? problem)
        {
            problem = null;
            if (!Is(attribute.AttributeClass!, _json.JsonConverterAttribute))
            {
                problem = "its [" + attribute.AttributeClass!.Name + "] is a custom JsonConverterAttribute, which generated metadata cannot run";
                return null;
            }

            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol converter)
            {
                problem = "its [JsonConverter] names no converter type";
                return null;
            }

            var targetPlain = Plain(target);
            if (Is(converter, _json.JsonStringEnumConverter))
            {
                var underlying = TypeNames.Underlying(target);
                if (underlying.TypeKind == TypeKind.Enum)
                {
                    var kind = TypeNames.IsNullableValueType(target) ? JsonConverterKind.NullableStringEnum : JsonConverterKind.StringEnum;
                    return new JsonConverterRef(kind, Plain(converter), Plain(underlying));
                }
            }

            if (converter.IsAbstract || converter.IsUnboundGenericType || !_context.IsAccessible(converter)
                || !converter.InstanceConstructors.Any(c => c.Parameters.Length == 0 && _context.IsAccessible(c)))
            {
                problem = "its converter " + Display(converter) + " cannot be created by generated code (it needs to be accessible, not abstract, with an accessible parameterless constructor)";
                return null;
            }

            for (var current = converter.BaseType; current is not null; current = current.BaseType)
            {
                if (Is(current, _json.JsonConverterOfT))
                {
                    if (SymbolEqualityComparer.Default.Equals(current.TypeArguments[0], target))
                    {
                        NoteObsolete(converter);
                        return new JsonConverterRef(JsonConverterKind.Direct, Plain(converter), targetPlain);
                    }

                    problem = "its converter " + Display(converter) + " converts " + Display(current.TypeArguments[0]) + ", not " + Display(target);
                    return null;
                }

                if (Is(current, _json.JsonConverterFactory))
                {
                    NoteObsolete(converter);
                    return new JsonConverterRef(JsonConverterKind.Factory, Plain(converter), targetPlain);
                }
            }

            problem = "its [JsonConverter] type " + Display(converter) + " is not a JsonConverter";
            return null;
        }

        /// <summary>Records a type the metadata does not describe (IMF0021) and returns Unsupported.</summary>
        public Outcome Refuse(ITypeSymbol type, string? plain, string reason, string? path)
        {
            Unsupported.Add((new JsonUnsupportedSpec(plain, Display(type), reason), path));
            return Outcome.Unsupported;
        }

        public ParseContext Context => _context;

        /// <summary>The type as the registration key.</summary>
        public string Plain(ITypeSymbol type) => JsonPlanner.Plain(_context.Compilation, type);

        public KnownSymbols Known => _known;

        public JsonSymbols Json => _json;

        /// <summary>Whether code generated in this assembly can name the type (and every type in it).</summary>
        public bool Nameable(ITypeSymbol type) => type switch
        {
            IDynamicTypeSymbol => true,
            IArrayTypeSymbol array => Nameable(array.ElementType),
            INamedTypeSymbol named => !named.IsAnonymousType && !IsFileLocal(named) && _context.IsAccessible(named) && named.TypeArguments.All(Nameable),
            _ => false,
        };

        private static bool IsFileLocal(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsFileLocal)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a symbol is <c>[Obsolete(…, error: true)]</c> (generated code could not even mention it); otherwise notes its diagnostic id.</summary>
        public bool Obsolete(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (!Is(attribute.AttributeClass!, _known.Obsolete))
                {
                    continue;
                }

                if (attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[1].Value is true)
                {
                    return true;
                }
            }

            NoteObsolete(symbol);
            return false;
        }

        /// <summary>Notes the obsolete and experimental diagnostic ids naming the symbol raises (<see cref="UseSiteDiagnosticIds"/>).</summary>
        private void NoteObsolete(ISymbol symbol) => UseSiteDiagnosticIds.Collect(symbol, _known, ObsoleteIds);

        /// <summary>Types of the framework (<see cref="FrameworkTypes"/>: never a user's type in a namespace of its own under <c>Microsoft</c>), and of the InMemoryFakes runtime, have no member-by-member JSON shape here.</summary>
        private bool IsFramework(INamedTypeSymbol type)
        {
            return FrameworkTypes.Is(type)
                   || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _json.FakeJsonTypes!.ContainingAssembly);
        }
    }

    /// <summary>How a member's type came out of the walk.</summary>
    internal enum OutcomeKind
    {
        /// <summary>Described here or by the runtime (or being described).</summary>
        Described,

        /// <summary>Not described here (IMF0021); a member of it still is: its metadata may come from the app.</summary>
        Unsupported,

        /// <summary>JSON cannot hold it (a delegate, a pointer…): a member of it makes its whole type unsupported.</summary>
        Impossible,

        /// <summary>It does not compile: nothing is generated for the type that holds it, and nothing is reported.</summary>
        Skip,
    }

    /// <summary>An <see cref="OutcomeKind"/>, with what the type is when JSON cannot hold it.</summary>
    internal readonly struct Outcome
    {
        private Outcome(OutcomeKind kind, string? what)
        {
            Kind = kind;
            What = what;
        }

        public static Outcome Described => new(OutcomeKind.Described, null);

        public static Outcome Unsupported => new(OutcomeKind.Unsupported, null);

        public static Outcome Skip => new(OutcomeKind.Skip, null);

        public OutcomeKind Kind { get; }

        public string? What { get; }

        public static Outcome Impossible(string what) => new(OutcomeKind.Impossible, what);
    }

    /// <summary>The type as the registration key: <c>global::</c>, no nullable annotations, no tuple element names.</summary>
    private static string Plain(Compilation compilation, ITypeSymbol type) => WithoutTupleNames(compilation, type).ToDisplayString(PlainFormat);

    private static ITypeSymbol WithoutTupleNames(Compilation compilation, ITypeSymbol type)
    {
        if (!HasTupleNames(type))
        {
            return type;
        }

        return type switch
        {
            IArrayTypeSymbol array => compilation.CreateArrayTypeSymbol(WithoutTupleNames(compilation, array.ElementType), array.Rank),
            INamedTypeSymbol { IsTupleType: true } tuple => compilation.CreateTupleTypeSymbol(tuple.TupleElements.Select(e => WithoutTupleNames(compilation, e.Type)).ToImmutableArray()),
            INamedTypeSymbol { IsGenericType: true } generic when generic.ContainingType is not { IsGenericType: true }
                => generic.OriginalDefinition.Construct(generic.TypeArguments.Select(a => WithoutTupleNames(compilation, a)).ToArray()),
            _ => type,
        };
    }

    private static bool HasTupleNames(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => HasTupleNames(array.ElementType),
        INamedTypeSymbol { IsTupleType: true } tuple => tuple.TupleElements.Select(static (e, i) => e.Name != "Item" + (i + 1).ToString(CultureInfo.InvariantCulture)).Any(static named => named)
                                                        || tuple.TupleElements.Any(static e => HasTupleNames(e.Type)),
        INamedTypeSymbol named => named.TypeArguments.Any(HasTupleNames),
        _ => false,
    };

    /// <summary>A name for the methods that build a type's metadata: <c>Order</c>, <c>ListOfLine</c>, <c>NullableStatus</c>.</summary>
    private static string Stem(ITypeSymbol type)
    {
        var builder = new StringBuilder();
        AppendStem(builder, type);
        return builder.ToString();
    }

    private static void AppendStem(StringBuilder builder, ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                AppendStem(builder, array.ElementType);
                builder.Append("Array");
                return;
            case INamedTypeSymbol named when TypeNames.IsNullableValueType(named):
                builder.Append("Nullable");
                AppendStem(builder, named.TypeArguments[0]);
                return;
            case INamedTypeSymbol { IsTupleType: true } tuple:
                builder.Append("Tuple");
                foreach (var element in tuple.TupleElements)
                {
                    AppendStem(builder, element.Type);
                }

                return;
            case INamedTypeSymbol named:
                if (named.ContainingType is { } container)
                {
                    AppendStem(builder, container);
                }

                foreach (var c in named.Name)
                {
                    builder.Append(char.IsLetterOrDigit(c) ? c : '_');
                }

                if (named.TypeArguments.Length > 0)
                {
                    builder.Append("Of");
                    foreach (var argument in named.TypeArguments)
                    {
                        AppendStem(builder, argument);
                    }
                }

                return;
            default:
                builder.Append("Type");
                return;
        }
    }

    /// <summary>The type as people read it in a message.</summary>
    internal static string Display(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString();

    /// <summary>A short name for the start of a path: <c>Order</c>.</summary>
    internal static string Short(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}
