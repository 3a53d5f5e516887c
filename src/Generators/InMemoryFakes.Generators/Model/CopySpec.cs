namespace InMemoryFakes.Generators.Model;

/// <summary>What a generated copy method does with the value it is given.</summary>
internal enum CopyMethodKind
{
    /// <summary>
    /// A class whose whole state the copy reaches: an instance made without running a constructor
    /// (<c>RuntimeHelpers.GetUninitializedObject</c>) gets every instance field of the original, through
    /// <c>CopyContext.Copy</c> (one copy per object, members filled from the work list). A subclass met at run time is
    /// dispatched to its own copy (<see cref="CopyMethodSpec.Subtypes"/>), else to the runtime's rules.
    /// </summary>
    Object,

    /// <summary>A struct: copied by value, then the fields that hold mutable objects replaced by their copies.</summary>
    Struct,

    /// <summary>An interface or abstract class: the copy of the run-time type (<see cref="CopyMethodSpec.Subtypes"/>), else the runtime's rules.</summary>
    Dispatch,

    /// <summary>A type implementing <c>IDeepCopyable</c>: its own <c>DeepCopy(context)</c>, once per object.</summary>
    DeepCopyable,

    /// <summary>A value copied by one expression (<see cref="CopyMethodSpec.Value"/>): a collection or array stored at the top level, or an immutable struct.</summary>
    Value,

    /// <summary>
    /// A class from another assembly that copies itself (<see cref="CopyMethodSpec.OwnCopy"/>: a public <c>Clone()</c>,
    /// <c>DeepClone()</c> or <c>Copy()</c> returning the type, or <c>new T(source)</c>): <c>AuthenticationTicket</c>, <c>XElement</c>.
    /// </summary>
    Own,

    /// <summary>
    /// A class from another assembly whose public instance properties all have public setters (an ORM entity such as
    /// <c>IdentityUser</c>): a new instance from its public constructor gets every property, as a database stores it.
    /// </summary>
    Properties,
}

/// <summary>A generated copy method: <c>static T Name(T source, CopyContext context)</c> (nullable in and out for reference types).</summary>
/// <param name="Name">The method name.</param>
/// <param name="Type">The copied type, rendered without a nullable annotation.</param>
/// <param name="IsValueType">Whether the type is a struct.</param>
/// <param name="Kind">How the copy is made.</param>
/// <param name="ChecksRuntimeType">For <see cref="CopyMethodKind.Object"/>: the type is not sealed, so a value may be of a subclass.</param>
/// <param name="Subtypes">Subtypes declared in source, dispatched on by exact run-time type.</param>
/// <param name="Members">For <see cref="CopyMethodKind.Object"/> and <see cref="CopyMethodKind.Struct"/>: the fields copied.</param>
/// <param name="Value">For <see cref="CopyMethodKind.Value"/>: the copy of the whole value.</param>
/// <param name="OwnCopy">For <see cref="CopyMethodKind.Own"/>: the method the type copies itself with, or <c>new</c> for its copy constructor.</param>
/// <param name="FlatCopy">
/// For the store's own value type, a <see cref="CopyMethodKind.Object"/> whose every field is kept as it is (immutable):
/// the name of a second method, <c>static T Name(T source)</c>, that copies a value of exactly that type without a
/// <c>CopyContext</c> (nothing in it can be shared or cyclic). Null otherwise.
/// </param>
/// <param name="FlatCopyConstructs">
/// For <paramref name="FlatCopy"/>: the copy starts from <c>new T()</c> (a constructor with no effect but literal field
/// values, see <c>CopyRules.ConstructsWithoutEffects</c>) instead of <c>RuntimeHelpers.GetUninitializedObject</c>.
/// </param>
internal sealed record CopyMethodSpec(
    string Name,
    string Type,
    bool IsValueType,
    CopyMethodKind Kind,
    bool ChecksRuntimeType,
    EquatableArray<SubtypeCopySpec> Subtypes,
    EquatableArray<MemberCopySpec> Members,
    ValueCopySpec? Value,
    string? OwnCopy = null,
    string? FlatCopy = null,
    bool FlatCopyConstructs = false);

/// <summary>A subtype a copy dispatches to: its copy method, or the value itself when the subtype is immutable.</summary>
/// <param name="Type">The subtype, rendered.</param>
/// <param name="Method">Its copy method; null when it is immutable (kept as it is).</param>
internal sealed record SubtypeCopySpec(string Type, string? Method);

/// <summary>
/// One field of a copied object: <c>to.Member = copy(from.Member)</c> through an accessible property or field, or
/// <c>Accessor(to) = copy(Accessor(from))</c> through an <c>[UnsafeAccessor]</c> for private, read-only and init-only state.
/// </summary>
/// <param name="Target">The property or field name (escaped), or the accessor to call (<c>Name</c>, or <c>Name&lt;args&gt;.Field</c> for a generic owner).</param>
/// <param name="ViaAccessor">Whether <see cref="Target"/> is an accessor method.</param>
/// <param name="DeclaringType">The base type that declares the member, when it is not the copied type (members are read through it, so a member a subclass hides is never the one copied).</param>
/// <param name="Value">How the member's value is copied.</param>
internal sealed record MemberCopySpec(string Target, bool ViaAccessor, string? DeclaringType, ValueCopySpec Value);

/// <summary>
/// An <c>[UnsafeAccessor(UnsafeAccessorKind.Field)]</c> method: <c>static extern ref FieldType Name(Owner owner)</c>
/// (<c>ref Owner</c> for a struct). No reflection; works under NativeAOT. For a field of a generic type (.NET 9+) the
/// accessor is <c>Field</c> in a generic class <c>Name&lt;T…&gt;</c> with the owner's type parameters and constraints,
/// because the runtime matches the field's signature in terms of those parameters; it is called as
/// <c>Name&lt;closed arguments&gt;.Field(owner)</c>.
/// </summary>
/// <param name="Name">The accessor method's name, or the generic accessor class's name.</param>
/// <param name="Owner">The type declaring the field, rendered (in terms of its own type parameters when generic).</param>
/// <param name="OwnerIsValueType">Whether the owner is a struct.</param>
/// <param name="Field">The field's metadata name (<c>&lt;Title&gt;k__BackingField</c> for an auto-property).</param>
/// <param name="FieldType">The field's type, rendered (in terms of the owner's type parameters when generic).</param>
/// <param name="TypeParameters">The owner's type parameters, outermost type first; empty for a non-generic owner.</param>
/// <param name="Constraints">The owner's type parameter constraints, repeated on the accessor class.</param>
internal sealed record FieldAccessorSpec(
    string Name,
    string Owner,
    bool OwnerIsValueType,
    string Field,
    string FieldType,
    EquatableArray<string> TypeParameters,
    EquatableArray<ConstraintSpec> Constraints);

/// <summary>How one value is copied.</summary>
internal enum ValueCopyKind
{
    /// <summary>The value itself: immutable, or a struct whose by-value copy is complete.</summary>
    AsIs,

    /// <summary>A generated copy method: <c>Method(value, context)</c>.</summary>
    Method,

    /// <summary>A <c>Nullable&lt;T&gt;</c> of a struct that needs copying: <c>value.HasValue ? copy(value.GetValueOrDefault()) : null</c>.</summary>
    Nullable,

    /// <summary>The runtime's rules, <c>context.CopyValue(value)</c>: user hooks, <c>IDeepCopyable</c>, known framework copies, else by reference (reported at run time).</summary>
    RuntimeRules,

    /// <summary><c>context.CopyArray&lt;T&gt;(value, copyElement)</c>.</summary>
    Array,

    /// <summary>A multi-dimensional array: <c>(T[,])context.CopyArray((Array)value, copyElement)</c>.</summary>
    MultiDimensionalArray,

    /// <summary><c>context.CopyCollection&lt;TCollection, T&gt;(value, copyElement)</c>: the run-time collection type and its comparer are kept.</summary>
    Collection,

    /// <summary><c>context.CopyDictionaryLike&lt;TDictionary, K, V&gt;(value, copyKey, copyValue)</c>.</summary>
    Dictionary,

    /// <summary><c>context.CopyImmutableArray&lt;T&gt;(value, copyElement)</c>.</summary>
    ImmutableArray,

    /// <summary>A <c>ReadOnlyMemory&lt;T&gt;</c> or <c>Memory&lt;T&gt;</c> of immutable elements: <c>new ReadOnlyMemory&lt;T&gt;(value.ToArray())</c>.</summary>
    Memory,
}

/// <summary>How one value is copied.</summary>
/// <param name="Kind">The copy.</param>
/// <param name="TypeArguments">
/// The rendered types the copy names: <c>[TCollection, T]</c>, <c>[TDictionary, TKey, TValue]</c>, <c>[T]</c> for a
/// one-dimensional or immutable array, <c>[TArray, T]</c> for a multi-dimensional array, <c>[TStruct]</c> for a <c>Nullable&lt;T&gt;</c>.
/// </param>
/// <param name="Parts">The element copy (or the key and value copies; or the struct's copy inside a <c>Nullable&lt;T&gt;</c>).</param>
/// <param name="Method">The copy method, for <see cref="ValueCopyKind.Method"/>.</param>
internal sealed record ValueCopySpec(ValueCopyKind Kind, EquatableArray<string> TypeArguments, EquatableArray<ValueCopySpec> Parts, string? Method)
{
    public static ValueCopySpec AsIs { get; } = new(ValueCopyKind.AsIs, EquatableArray<string>.Empty, EquatableArray<ValueCopySpec>.Empty, null);

    public static ValueCopySpec RuntimeRules { get; } = new(ValueCopyKind.RuntimeRules, EquatableArray<string>.Empty, EquatableArray<ValueCopySpec>.Empty, null);

    public static ValueCopySpec Call(string method) => new(ValueCopyKind.Method, EquatableArray<string>.Empty, EquatableArray<ValueCopySpec>.Empty, method);
}
