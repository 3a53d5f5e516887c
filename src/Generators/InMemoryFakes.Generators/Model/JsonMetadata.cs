using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace InMemoryFakes.Generators.Model;

/// <summary>
/// The JSON metadata one fake's tables need (planned by <c>JsonPlanner</c>): a description of every key and value type,
/// and of every type reachable from their members, that the runtime does not already know; and the types it cannot
/// describe, with the reason.
/// </summary>
/// <param name="Types">The types to describe, in the order they were reached.</param>
/// <param name="Unsupported">The types the generated metadata cannot describe.</param>
/// <param name="ObsoleteDiagnosticIds">Obsolete diagnostic ids the generated file must suppress.</param>
internal sealed record JsonTypeSetSpec(EquatableArray<JsonTypeSpec> Types, EquatableArray<JsonUnsupportedSpec> Unsupported, EquatableArray<string> ObsoleteDiagnosticIds);

/// <summary>
/// The JSON metadata of a whole assembly: every fake's types, each once (by its rendered name), in name order, with
/// method names unique in the generated class. One file is emitted from it.
/// </summary>
/// <param name="GeneratorVersion">The generator version, for <c>[GeneratedCode]</c>.</param>
/// <param name="Types">The described types, sorted by name.</param>
/// <param name="Unsupported">The types that are not described, sorted by name.</param>
/// <param name="ObsoleteDiagnosticIds">Obsolete diagnostic ids to suppress, sorted.</param>
internal sealed record JsonMetadataSpec(
    string GeneratorVersion,
    EquatableArray<JsonTypeSpec> Types,
    EquatableArray<JsonUnsupportedSpec> Unsupported,
    EquatableArray<string> ObsoleteDiagnosticIds)
{
    /// <summary>
    /// Merges the sets of every fake of the assembly: a type reached by several fakes is described once (the same
    /// compilation describes it the same way). Null when there is nothing to emit.
    /// </summary>
    public static JsonMetadataSpec? Combine(ImmutableArray<JsonTypeSetSpec?> sets, string generatorVersion, CancellationToken cancellationToken)
    {
        var types = new SortedDictionary<string, JsonTypeSpec>(StringComparer.Ordinal);
        var unsupported = new SortedDictionary<string, JsonUnsupportedSpec>(StringComparer.Ordinal);
        var obsolete = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (set is null)
            {
                continue;
            }

            foreach (var type in set.Types)
            {
                if (!types.ContainsKey(type.Type))
                {
                    types.Add(type.Type, type);
                }
            }

            foreach (var type in set.Unsupported)
            {
                if (type.Type is not null && !unsupported.ContainsKey(type.Type))
                {
                    unsupported.Add(type.Type, type);
                }
            }

            obsolete.UnionWith(set.ObsoleteDiagnosticIds);
        }

        if (types.Count == 0 && unsupported.Count == 0)
        {
            return null;
        }

        // Method names come from simple type names, so Shop.Order and Billing.Order would share one: number the later ones.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var named = new List<JsonTypeSpec>(types.Count);
        foreach (var type in types.Values)
        {
            var name = type.Name;
            for (var i = 2; !taken.Add(name); i++)
            {
                name = type.Name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            named.Add(name == type.Name ? type : type with { Name = name });
        }

        return new JsonMetadataSpec(generatorVersion, named.ToArray(), new List<JsonUnsupportedSpec>(unsupported.Values).ToArray(), new List<string>(obsolete).ToArray());
    }
}

/// <summary>A type the generated metadata describes.</summary>
/// <param name="Type">The type rendered with <c>global::</c>, without nullable reference annotations or tuple element names: the registration key.</param>
/// <param name="Name">A name for the methods that build its metadata (unique once merged).</param>
internal abstract record JsonTypeSpec(string Type, string Name);

/// <summary>An enum: System.Text.Json's enum converter (numbers, as the reflection fallback and a default context write them).</summary>
internal sealed record JsonEnumSpec(string Type, string Name) : JsonTypeSpec(Type, Name);

/// <summary><c>Nullable&lt;T&gt;</c> of a type the runtime does not know: the nullable converter over <paramref name="Underlying"/>'s metadata.</summary>
internal sealed record JsonNullableSpec(string Type, string Name, string Underlying) : JsonTypeSpec(Type, Name);

/// <summary>A value tuple of 2 to 4 parts (a composite key): the runtime's <c>ValueTupleJsonConverter</c>, an array <c>[part1, part2]</c>.</summary>
internal sealed record JsonTupleSpec(string Type, string Name, EquatableArray<string> Parts) : JsonTypeSpec(Type, Name);

/// <summary>A type marked <c>[JsonConverter(typeof(C))]</c>: its own converter.</summary>
internal sealed record JsonConvertedSpec(string Type, string Name, JsonConverterRef Converter) : JsonTypeSpec(Type, Name);

/// <summary>Which <c>JsonMetadataServices.Create…Info</c> describes a collection.</summary>
internal enum JsonCollectionKind
{
    /// <summary><c>CreateArrayInfo&lt;TElement&gt;</c>.</summary>
    Array,

    /// <summary><c>CreateListInfo&lt;TCollection, TElement&gt;</c> (a <c>List&lt;T&gt;</c> or a class derived from it).</summary>
    List,

    /// <summary><c>CreateIListInfo&lt;TCollection, TElement&gt;</c>.</summary>
    IList,

    /// <summary><c>CreateICollectionInfo&lt;TCollection, TElement&gt;</c>.</summary>
    ICollection,

    /// <summary><c>CreateIEnumerableInfo&lt;TCollection, TElement&gt;</c> (also <c>IReadOnlyList&lt;T&gt;</c> and <c>IReadOnlyCollection&lt;T&gt;</c>).</summary>
    IEnumerable,

    /// <summary><c>CreateISetInfo&lt;TCollection, TElement&gt;</c>.</summary>
    ISet,

    /// <summary><c>CreateDictionaryInfo&lt;TCollection, TKey, TValue&gt;</c>.</summary>
    Dictionary,

    /// <summary><c>CreateIDictionaryInfo&lt;TCollection, TKey, TValue&gt;</c>.</summary>
    IDictionary,

    /// <summary><c>CreateIReadOnlyDictionaryInfo&lt;TCollection, TKey, TValue&gt;</c>.</summary>
    IReadOnlyDictionary,

    /// <summary><c>CreateImmutableEnumerableInfo&lt;TCollection, TElement&gt;</c> with its <c>CreateRange</c>.</summary>
    ImmutableEnumerable,

    /// <summary><c>CreateImmutableDictionaryInfo&lt;TCollection, TKey, TValue&gt;</c> with its <c>CreateRange</c>.</summary>
    ImmutableDictionary,
}

/// <summary>A collection.</summary>
/// <param name="Type">The collection type (registration key).</param>
/// <param name="Name">The method name.</param>
/// <param name="Kind">How it is described.</param>
/// <param name="Element">The element (or dictionary value) type.</param>
/// <param name="Key">The dictionary key type, or null.</param>
/// <param name="HasCreator">Whether the metadata creates it with <c>new Type()</c> (null creators are interfaces System.Text.Json fills itself).</param>
/// <param name="CreateRange">The immutable collection's factory method group, or null.</param>
internal sealed record JsonCollectionSpec(string Type, string Name, JsonCollectionKind Kind, string Element, string? Key, bool HasCreator, string? CreateRange) : JsonTypeSpec(Type, Name);

/// <summary>A class, struct or record described member by member.</summary>
/// <param name="Type">The type (registration key).</param>
/// <param name="Name">The method name.</param>
/// <param name="Display">The type's short name, for messages (<c>Order</c>).</param>
/// <param name="IsValueType">A struct: setters write through <c>Unsafe.Unbox</c>.</param>
/// <param name="ExactTypeOnly">A class that is not sealed: writing an instance of a derived type is refused (its members would be lost).</param>
/// <param name="Creator">How an instance is made when it is read.</param>
/// <param name="Members">The members written and read, base type first, properties before fields.</param>
internal sealed record JsonObjectSpec(string Type, string Name, string Display, bool IsValueType, bool ExactTypeOnly, JsonCreatorSpec Creator, EquatableArray<JsonMemberSpec> Members) : JsonTypeSpec(Type, Name);

/// <summary>
/// How an object is made: <c>new T()</c>, or (<paramref name="Parameterized"/>) a constructor call with the parameters read
/// from JSON plus an object initializer for <c>init</c>-only and <c>required</c> members, as System.Text.Json's own
/// generator does.
/// </summary>
/// <param name="Parameterized">Whether <c>ObjectWithParameterizedConstructorCreator</c> is used.</param>
/// <param name="ConstructorArity">How many of <paramref name="Parameters"/> are constructor arguments (the rest feed initializers).</param>
/// <param name="Parameters">Every value the creator takes, in position order.</param>
/// <param name="Initializers">Members set in the object initializer, each from one parameter.</param>
internal sealed record JsonCreatorSpec(bool Parameterized, int ConstructorArity, EquatableArray<JsonParameterSpec> Parameters, EquatableArray<JsonInitializerSpec> Initializers);

/// <summary>One value of a parameterized creator (a <c>JsonParameterInfoValues</c>).</summary>
/// <param name="Name">The constructor parameter's name, or the member's for an initializer: System.Text.Json matches it to a member, ignoring case.</param>
/// <param name="ParameterType">Its type, for <c>typeof</c> (no annotations).</param>
/// <param name="CastType">Its declared type, for the cast from the argument array.</param>
/// <param name="DefaultValue">The constructor parameter's default as C#, or null when it has none.</param>
internal sealed record JsonParameterSpec(string Name, string ParameterType, string CastType, string? DefaultValue);

/// <summary>A member set in the creator's object initializer: <c>{Member} = ({cast})args[{Index}]</c>.</summary>
internal sealed record JsonInitializerSpec(string Member, int Index);

/// <summary>How a member is written back when an object is read.</summary>
internal enum JsonWriteKind
{
    /// <summary>Not by a setter: through the creator (constructor parameter or initializer), or not at all (a computed property).</summary>
    None,

    /// <summary><c>((T)o).Member = value</c>.</summary>
    Assign,

    /// <summary>A get-only collection filled in place (<c>GeneratedJson.Refill</c>).</summary>
    Refill,

    /// <summary>
    /// An <c>init</c>-only member, set through the creator: a setter that throws, as System.Text.Json's generator writes,
    /// so the member counts as writable (a <c>required</c> one must be) though only the creator ever sets it.
    /// </summary>
    Init,
}

/// <summary><c>[JsonIgnore(Condition = …)]</c> on a member that is still written in some cases.</summary>
internal enum JsonIgnoreKind
{
    None,
    Never,
    WhenWritingDefault,
    WhenWritingNull,
}

/// <summary>One property or field of an object (a <c>JsonPropertyInfoValues</c>).</summary>
/// <param name="Name">The CLR member name (<c>PropertyName</c>).</param>
/// <param name="Access">The member as C# accesses it (escaped).</param>
/// <param name="Type">The member's declared type, rendered.</param>
/// <param name="IsProperty">A property (else a field).</param>
/// <param name="IsPublic">Public (else included by <c>[JsonInclude]</c>).</param>
/// <param name="JsonName">The name from <c>[JsonPropertyName]</c>, or null for the CLR name.</param>
/// <param name="Write">How it is written back.</param>
/// <param name="Element">The element type of a refilled collection.</param>
/// <param name="Ignore">A conditional <c>[JsonIgnore]</c>.</param>
/// <param name="IsRequired">A <c>required</c> or <c>[JsonRequired]</c> member: missing from the JSON is an error.</param>
/// <param name="HasJsonInclude">Marked <c>[JsonInclude]</c>.</param>
/// <param name="IsExtensionData">Marked <c>[JsonExtensionData]</c>.</param>
/// <param name="Converter">A member-level converter, or null.</param>
internal sealed record JsonMemberSpec(
    string Name,
    string Access,
    string Type,
    bool IsProperty,
    bool IsPublic,
    string? JsonName,
    JsonWriteKind Write,
    string? Element,
    JsonIgnoreKind Ignore,
    bool IsRequired,
    bool HasJsonInclude,
    bool IsExtensionData,
    JsonConverterRef? Converter);

/// <summary>How a converter named by <c>[JsonConverter(typeof(C))]</c> is made.</summary>
internal enum JsonConverterKind
{
    /// <summary><c>new C()</c>: C is a <c>JsonConverter&lt;T&gt;</c> of the type.</summary>
    Direct,

    /// <summary><c>(JsonConverter&lt;T&gt;)new C().CreateConverter(typeof(T), options)</c>: C is a factory.</summary>
    Factory,

    /// <summary><c>new JsonStringEnumConverter&lt;TEnum&gt;()</c> for the non-generic <c>JsonStringEnumConverter</c> (same output, trim-safe).</summary>
    StringEnum,

    /// <summary>The nullable converter over <see cref="StringEnum"/>, for a <c>TEnum?</c> member.</summary>
    NullableStringEnum,
}

/// <summary>A converter to create.</summary>
/// <param name="Kind">How it is made.</param>
/// <param name="Converter">The converter type, rendered (unused for the string-enum kinds).</param>
/// <param name="Target">The converted type (the enum for the string-enum kinds), rendered without annotations.</param>
internal sealed record JsonConverterRef(JsonConverterKind Kind, string Converter, string Target);

/// <summary>A type the generated metadata does not describe (diagnostic IMF0021), and why.</summary>
/// <param name="Type">The type for <c>typeof</c>, or null when generated code cannot name it (then nothing is registered for it).</param>
/// <param name="Display">The type as people read it.</param>
/// <param name="Reason">Why, as a clause (no final period).</param>
internal sealed record JsonUnsupportedSpec(string? Type, string Display, string Reason);
