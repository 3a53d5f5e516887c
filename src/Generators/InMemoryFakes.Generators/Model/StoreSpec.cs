namespace InMemoryFakes.Generators.Model;

/// <summary>The kind of store behind a fake; values match <c>InMemoryFakes.StoreKind</c>.</summary>
internal enum StoreKindModel
{
    EntityRepository = 1,
    KeyValue = 2,
    Blob = 3,
}

/// <summary>The table a fake stores its data in, with the helpers its members need.</summary>
/// <param name="Kind">The store kind.</param>
/// <param name="TableName">The table's name: a literal, or null to use the entity type's runtime name (open generic fakes).</param>
/// <param name="Entity">The entity model (entity repositories).</param>
/// <param name="KeyValue">The key and value types (key-value stores).</param>
/// <param name="CopyMethods">Generated deep-copy methods.</param>
/// <param name="Converters">Blob result-type converters.</param>
/// <param name="ExpirationHelpers">Readers of expiration options objects.</param>
/// <param name="Orderings">Static orderings shared by query members.</param>
internal sealed record StoreSpec(
    StoreKindModel Kind,
    string? TableName,
    EntitySpec? Entity,
    KeyValueSpec? KeyValue,
    EquatableArray<CopyMethodSpec> CopyMethods,
    EquatableArray<ConverterSpec> Converters,
    EquatableArray<ExpirationHelperSpec> ExpirationHelpers,
    EquatableArray<OrderingSpec> Orderings);

/// <summary>A key-value store's key and value types and how its values are copied.</summary>
/// <param name="KeyType">The key type, rendered.</param>
/// <param name="ValueType">The value type, rendered.</param>
/// <param name="Copy">The copy method for values, or null.</param>
/// <param name="IsImmutable">Whether values are stored as they are.</param>
/// <param name="TagsField">The field of the entries' tags (<c>EntryTags</c>), when entries carry tags; else null.</param>
internal sealed record KeyValueSpec(string KeyType, string ValueType, string? Copy, bool IsImmutable, string? TagsField = null);

/// <summary>An entity type's model: key, generated keys, copy, concurrency token, unique constraints and indexes.</summary>
/// <param name="EntityType">The entity type, rendered.</param>
/// <param name="IsValueType">Whether the entity is a struct.</param>
/// <param name="KeyType">The key type, rendered (a tuple for composite keys).</param>
/// <param name="KeyName">The key's display name (property names joined by ", ").</param>
/// <param name="Keys">The key properties, in key order.</param>
/// <param name="WithKey">How a generated key is written back, or null when keys are not generated.</param>
/// <param name="Copy">The deep-copy method, or null.</param>
/// <param name="IsImmutable">Whether entities are stored as they are.</param>
/// <param name="Token">The concurrency token, or null.</param>
/// <param name="Unique">Unique constraints.</param>
/// <param name="Indexes">Secondary indexes.</param>
/// <param name="Shape">How a contract builds and reads the entity (set when a contract descriptor is emitted).</param>
internal sealed record EntitySpec(
    string EntityType,
    bool IsValueType,
    string KeyType,
    string KeyName,
    EquatableArray<PropertyRef> Keys,
    PropertyWriteSpec? WithKey,
    string? Copy,
    bool IsImmutable,
    TokenSpec? Token,
    EquatableArray<UniqueSpec> Unique,
    EquatableArray<IndexSpec> Indexes,
    EntityShapeSpec? Shape = null);

/// <summary>A property read from an entity; <paramref name="NullForgiving"/> adds <c>!</c> where the runtime rejects null itself.</summary>
internal sealed record PropertyRef(string Name, bool NullForgiving);

/// <summary>How a property is written on an entity: with a <c>with</c> expression (records, structs) or by assignment.</summary>
internal sealed record PropertyWriteSpec(string Property, bool UseWith);

/// <summary>A concurrency token: the property, its type (for the cast of the new value) and how it is written.</summary>
/// <param name="Property">The property name.</param>
/// <param name="Type">The property type, rendered.</param>
/// <param name="NullForgiving">Whether the cast value needs <c>!</c>.</param>
/// <param name="Write">How the bumped value is written.</param>
internal sealed record TokenSpec(string Property, string Type, bool NullForgiving, PropertyWriteSpec Write);

/// <summary>A unique constraint over one or several properties.</summary>
/// <param name="Name">The constraint's name.</param>
/// <param name="Properties">The properties, in order (escaped).</param>
/// <param name="NullableProperties">The properties that can be null: a combination with a null part is not constrained.</param>
/// <param name="Property">The single property of an unnamed constraint, for index probes.</param>
internal sealed record UniqueSpec(string Name, EquatableArray<string> Properties, EquatableArray<string> NullableProperties, string? Property);

/// <summary>A secondary (non-unique) index on one property.</summary>
internal sealed record IndexSpec(string Property);

/// <summary>A generated deep-copy method for one mutable class.</summary>
/// <param name="Name">The method name.</param>
/// <param name="Type">The copied type.</param>
/// <param name="UseWith">Copy a record with <c>with { … }</c> instead of <c>new T { … }</c>.</param>
/// <param name="Assignments">Property initialisers.</param>
/// <param name="CollectionRefills">Get-only collection properties refilled by clear + add.</param>
/// <param name="OwnCopy">A framework type's own copy: <c>source.{Clone}()</c>, or <c>new T(source)</c> for <see cref="FrameworkCopy.Constructor"/>; null for a member-by-member copy.</param>
internal sealed record CopyMethodSpec(string Name, string Type, bool UseWith, EquatableArray<CopyAssignmentSpec> Assignments, EquatableArray<CollectionRefillSpec> CollectionRefills, OwnCopySpec? OwnCopy = null);

/// <summary>How a framework type copies itself.</summary>
internal enum FrameworkCopy
{
    /// <summary>A public instance method without parameters that returns the type (<c>AuthenticationTicket.Clone()</c>).</summary>
    Method,

    /// <summary>A public copy constructor <c>T(T other)</c> (<c>XElement</c>).</summary>
    Constructor,
}

/// <summary>A framework type's own copy: the method's name for <see cref="FrameworkCopy.Method"/>.</summary>
internal sealed record OwnCopySpec(FrameworkCopy Kind, string? Method);

/// <summary>One property of a copy: <c>{Property} = {copy of source.Property}</c>.</summary>
internal sealed record CopyAssignmentSpec(string Property, ValueCopySpec Value);

/// <summary>How a value is copied.</summary>
internal enum ValueCopyKind
{
    /// <summary>The value itself (immutable, a value type, or a type the copy cannot see into).</summary>
    Share,

    /// <summary><c>(T[])source.Clone()</c>.</summary>
    CloneArray,

    /// <summary><c>Array.ConvertAll(source, x =&gt; copy(x))</c>.</summary>
    ConvertArray,

    /// <summary><c>new List&lt;T&gt;(source)</c>, elements copied when <see cref="ValueCopySpec.ElementCopy"/> is set.</summary>
    NewList,

    /// <summary><c>new HashSet&lt;T&gt;(source, source.Comparer)</c>.</summary>
    NewHashSetWithComparer,

    /// <summary><c>new HashSet&lt;T&gt;(source)</c>.</summary>
    NewHashSet,

    /// <summary><c>new Dictionary&lt;K, V&gt;(source, source.Comparer)</c>.</summary>
    NewDictionaryWithComparer,

    /// <summary><c>new Dictionary&lt;K, V&gt;(source)</c>.</summary>
    NewDictionary,

    /// <summary>A generated copy method for a nested class.</summary>
    Nested,
}

/// <summary>How one value is copied.</summary>
/// <param name="Kind">The copy.</param>
/// <param name="TypeArguments">The element type (or key and value types), rendered.</param>
/// <param name="ElementCopy">The copy method of elements, or null to share them.</param>
/// <param name="Method">The copy method of a nested class.</param>
internal sealed record ValueCopySpec(ValueCopyKind Kind, EquatableArray<string> TypeArguments, string? ElementCopy, string? Method)
{
    public static ValueCopySpec Share { get; } = new(ValueCopyKind.Share, EquatableArray<string>.Empty, null, null);
}

/// <summary>A get-only collection property refilled on the copy: <c>ICollection&lt;Element&gt;</c> clear then add.</summary>
internal sealed record CollectionRefillSpec(string Property, string ElementType);

/// <summary>A blob property a result type is filled from.</summary>
internal enum BlobField
{
    Key,
    Size,
    SizeAsInt32,
    ContentType,
    ETag,
    LastModified,
    LastModifiedUtcDateTime,
    CreatedAt,
    CreatedAtUtcDateTime,
    Metadata,
    MetadataCopy,
    UrlString,
    Uri,
}

/// <summary>Converts <c>BlobProperties</c> to a user result type.</summary>
/// <param name="Name">The method name.</param>
/// <param name="Type">The result type.</param>
/// <param name="ConstructorArguments">The fields passed to the chosen constructor, in order.</param>
/// <param name="Initializers">Settable properties filled by name.</param>
/// <param name="Compared">Readable members holding the blob's key, size or content type: what a contract compares (not the ETag or times, which the store chooses).</param>
internal sealed record ConverterSpec(string Name, string Type, EquatableArray<BlobField> ConstructorArguments, EquatableArray<BlobInitializerSpec> Initializers, EquatableArray<BlobInitializerSpec> Compared = default);

/// <summary>One property of a converted result: <c>{Property} = {field of p}</c>.</summary>
internal sealed record BlobInitializerSpec(string Property, BlobField Field);

/// <summary>Reads an <c>Expiration</c> from an options object (sliding, then relative, then absolute).</summary>
/// <param name="Name">The method name.</param>
/// <param name="Type">The options type (nullable for reference types).</param>
/// <param name="CanBeNull">Whether the options may be null.</param>
/// <param name="IsNullableStruct">Whether the options are a nullable struct.</param>
/// <param name="Checks">The properties checked, in order.</param>
/// <param name="NoExpiryType">The options type as a test writes it, when <c>new T()</c> makes options that mean "no expiry" (an accessible parameterless constructor); else null.</param>
internal sealed record ExpirationHelperSpec(string Name, string Type, bool CanBeNull, bool IsNullableStruct, EquatableArray<ExpirationCheckSpec> Checks, string? NoExpiryType = null);

/// <summary>One property of an options object that can give an expiration.</summary>
/// <param name="Property">The property name.</param>
/// <param name="Kind">Relative, sliding or absolute.</param>
/// <param name="IsNullable">Whether the property is a nullable struct (checked with HasValue) rather than compared with default.</param>
internal sealed record ExpirationCheckSpec(string Property, ExpirationKind Kind, bool IsNullable);

/// <summary>A static ordering shared by query members that order alike.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Keys">The sort keys, most significant first.</param>
internal sealed record OrderingSpec(string Name, EquatableArray<OrderKeySpec> Keys);

/// <summary>One sort key: a property path, its direction, whether it compares text, and the type the path reads (<c>string?</c>, <c>int?</c> through a nullable path), for the fake's <c>StoreSemantics.OrderComparer&lt;T&gt;</c>.</summary>
internal sealed record OrderKeySpec(PathSpec Path, bool Descending, bool Text, string Type = "");

/// <summary>A property path read null-safely from the entity: <c>e.Address?.City</c>.</summary>
internal sealed record PathSpec(EquatableArray<PathStepSpec> Steps);

/// <summary>One step of a path: the property, and whether the step before it can be null (so it is read with <c>?.</c>).</summary>
internal sealed record PathStepSpec(string Property, bool NullSafe);
