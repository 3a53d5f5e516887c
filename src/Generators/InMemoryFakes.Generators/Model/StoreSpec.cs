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
/// <param name="CopyMethods">Generated copy methods (Model/CopySpec.cs).</param>
/// <param name="CopyAccessors">Field accessors the copy methods read and write private state through.</param>
/// <param name="Converters">Blob result-type converters.</param>
/// <param name="ExpirationHelpers">Readers of expiration options objects.</param>
/// <param name="Orderings">Static orderings shared by query members.</param>
/// <param name="DefaultOrdering">The ordering (one of <paramref name="Orderings"/>) of lists whose member orders nothing (the DefaultOrder setting), or null for insertion order.</param>
internal sealed record StoreSpec(
    StoreKindModel Kind,
    string? TableName,
    EntitySpec? Entity,
    KeyValueSpec? KeyValue,
    EquatableArray<CopyMethodSpec> CopyMethods,
    EquatableArray<FieldAccessorSpec> CopyAccessors,
    EquatableArray<ConverterSpec> Converters,
    EquatableArray<ExpirationHelperSpec> ExpirationHelpers,
    EquatableArray<OrderingSpec> Orderings,
    string? DefaultOrdering = null);

/// <summary>A key-value store's key and value types and how its values are copied.</summary>
/// <param name="KeyType">The key type, rendered.</param>
/// <param name="ValueType">The value type, rendered.</param>
/// <param name="Copy">The generated copy method for values (<c>static V M(V source, CopyContext context)</c>), or null for the runtime's rules.</param>
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
/// <param name="Copy">The generated copy method (<c>static E M(E source, CopyContext context)</c>), or null for the runtime's rules.</param>
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
    EntityShapeSpec? Shape = null,
    UnitOfWorkModel UnitOfWork = UnitOfWorkModel.None,
    string? SameState = null)
{
    /// <summary>The strongly typed id the key wraps its generated value in, or null for a plain key.</summary>
    public KeyWrapperSpec? KeyWrapper { get; init; }

    /// <summary>
    /// The save on another interface a deferred repository's writes wait for (<c>IUnitOfWork.SaveChangesAsync</c>:
    /// Parsing/SeparateUnitOfWorkRule), passed to <c>FakeCore.UnitOfWork(Deferred, savedBy)</c>; null when the repository
    /// saves its own writes.
    /// </summary>
    public string? SavedBy { get; init; }

    /// <summary>A string key the MongoDB driver fills with an ObjectId text on insert (<c>[BsonRepresentation(BsonType.ObjectId)]</c>).</summary>
    public bool ObjectIdKeys { get; init; }

    /// <summary>A string key the DocumentDB SDK fills with a new GUID's text when it is missing (<c>Microsoft.Azure.Documents.Resource.Id</c>).</summary>
    public bool GuidTextKeys { get; init; }

    /// <summary>The side tables of values attached to the entity (claims, logins, roles…): Parsing/AssociationPlanner.</summary>
    public EquatableArray<AssociationTableSpec> Associations { get; init; }

    /// <summary>The audit properties the store stamps (CreatedStamp/UpdatedStamp on the attribute), or null.</summary>
    public AuditStampsSpec? Stamps { get; init; }

    /// <summary>An add of an entity whose generated key is already set throws (PresetKeyOnAdd = Refuse).</summary>
    public bool RefusePresetKeys { get; init; }

    /// <summary>Every add gives the entity a new key, overwriting one it holds (PresetKeyOnAdd = Replace).</summary>
    public bool ReplacePresetKeys { get; init; }

    /// <summary>An entity whose string key is empty or white space is stored as any other (BlankKeys = Store stated).</summary>
    public bool KeepsBlankKeys { get; init; }

    /// <summary>
    /// The property of an entity's one self-reference (<c>ParentId</c>: a tree), or null: a removal that would leave a
    /// stored row pointing at a removed parent refuses at run time (<c>EntityModel.ParentKey</c>; since session 33).
    /// </summary>
    public string? TreeParent { get; init; }

    /// <summary>
    /// When <see cref="TreeParent"/> is a self-typed navigation (<c>Category? Parent</c>, since session 34), the key property
    /// of the entity it holds, whose value is the parent's key (<c>e.Parent?.Id</c>); null for a <c>ParentId</c> property.
    /// </summary>
    public string? TreeParentByNavigation { get; init; }

    /// <summary>
    /// The entity's concurrency tokens besides <see cref="EntitySpec.Token"/> (since session 34: EF Core compares every
    /// <c>[ConcurrencyCheck]</c> and <c>[Timestamp]</c> property), each compared on update and removal.
    /// </summary>
    public EquatableArray<TokenSpec> OtherTokens { get; init; }
}

/// <summary>One stamped property: how it is written and whether it holds a <c>DateTimeOffset</c> (else a <c>DateTime</c>, in UTC).</summary>
internal sealed record StampSpec(string Property, PropertyWriteSpec Write, bool IsOffset);

/// <summary>The audit properties an entity repository stamps from its clock.</summary>
/// <param name="Created">Stamped on insert and kept by a replace, or null.</param>
/// <param name="Updated">Stamped on every replace, or null.</param>
/// <param name="UpdatedOnInsert">Whether an insert stamps <paramref name="Updated"/> too.</param>
internal sealed record AuditStampsSpec(StampSpec? Created, StampSpec? Updated, bool UpdatedOnInsert);

/// <summary>What a strongly typed id key wraps.</summary>
internal enum WrappedKeyKind
{
    /// <summary>An <c>int</c>.</summary>
    Int32,

    /// <summary>A <c>long</c>.</summary>
    Int64,

    /// <summary>A <c>Guid</c>.</summary>
    Guid,

    /// <summary>No wrapper: a plain <c>uint</c> key, numbered as an <c>int</c> one is (EF Core numbers every integer key).</summary>
    UInt32,

    /// <summary>No wrapper: a plain <c>ulong</c> key, numbered as a <c>long</c> one is.</summary>
    UInt64,

    /// <summary>
    /// No wrapper: a MongoDB.Bson <c>ObjectId</c> key, which the driver and EF Core's MongoDB provider give an entity added with
    /// <c>ObjectId.Empty</c>; the fake makes it with the type's own static <c>GenerateNewId()</c> (<see cref="KeyWrapperSpec.Factory"/>).
    /// </summary>
    MongoObjectId,
}

/// <summary>A strongly typed id key (<c>record struct OrderId(int Value)</c>) whose value the store generates.</summary>
/// <param name="Kind">The wrapped value's type.</param>
/// <param name="Type">The id type, rendered.</param>
/// <param name="Factory">The static factory method (<c>From</c>), or null for the constructor.</param>
/// <param name="Property">The property holding the wrapped value.</param>
internal sealed record KeyWrapperSpec(WrappedKeyKind Kind, string Type, string? Factory, string Property);

/// <summary>Whether an entity repository has a unit of work, and where its writes go (<c>InMemoryFakes.UnitOfWorkWrites</c>).</summary>
internal enum UnitOfWorkModel
{
    /// <summary>No unit-of-work member: every write is saved at once, reads are copies.</summary>
    None = 0,

    /// <summary>Writes wait for the save.</summary>
    Deferred = 1,

    /// <summary>Writes are saved at once; the save writes back changes made to tracked entities.</summary>
    Immediate = 2,
}

/// <summary>
/// A property read from an entity; <paramref name="NullForgiving"/> adds <c>!</c> where the runtime rejects null itself;
/// <paramref name="NullableValue"/> reads a <c>Nullable&lt;T&gt;</c> key property as its <c>T</c> key
/// (<c>GetValueOrDefault()</c>: null is the default key, the one a generated key replaces, as EF Core reads a null
/// <c>int?</c> key as "not set yet").
/// </summary>
internal sealed record PropertyRef(string Name, bool NullForgiving, bool NullableValue = false);

/// <summary>
/// How a property is written on an entity: with a <c>with</c> expression (records, structs), by assignment, or, for a
/// setter the fake cannot call (<c>private set</c>, <c>protected set</c> on a DDD base entity), through an
/// <c>[UnsafeAccessor(UnsafeAccessorKind.Method)]</c> to the setter (<paramref name="Accessor"/>, emitted once per fake).
/// </summary>
/// <param name="Property">The property name (escaped).</param>
/// <param name="UseWith">Whether to write it with <c>with</c>.</param>
/// <param name="Accessor">The accessor method's name, or null to assign directly.</param>
/// <param name="Setter">The setter's metadata name (<c>set_Id</c>).</param>
/// <param name="DeclaringType">The type declaring the setter, rendered.</param>
/// <param name="ValueType">The property type, rendered (in terms of the declaring type's type parameters when it is generic).</param>
internal sealed record PropertyWriteSpec(string Property, bool UseWith, string? Accessor = null, string? Setter = null, string? DeclaringType = null, string? ValueType = null)
{
    /// <summary>
    /// For a setter declared in a generic type (<c>EntityBase&lt;TId&gt;.Id { get; protected set; }</c>, .NET 9+): the declaring
    /// type's type parameters; <see cref="Accessor"/> is then a generic class holding a <c>Set</c> method.
    /// </summary>
    public EquatableArray<string> TypeParameters { get; init; }

    /// <summary>The declaring type's type parameter constraints, repeated on the accessor class.</summary>
    public EquatableArray<ConstraintSpec> Constraints { get; init; }

    /// <summary>The declaring type's type arguments as the entity closes it, rendered and joined (<c>long</c>).</summary>
    public string? TypeArguments { get; init; }

    /// <summary>What the generated code calls to run the setter.</summary>
    public string? Invocation => Accessor is null ? null : TypeArguments is null ? Accessor : Accessor + "<" + TypeArguments + ">.Set";
}

/// <summary>A concurrency token: the property, its type (for the cast of the new value) and how it is written.</summary>
/// <param name="Property">The property name.</param>
/// <param name="Type">The property type, rendered.</param>
/// <param name="NullForgiving">Whether the cast value needs <c>!</c>.</param>
/// <param name="Write">How the bumped value is written.</param>
/// <param name="GeneratedOnAdd">Whether the store writes it on insert too: a <c>[Timestamp]</c> row version.</param>
internal sealed record TokenSpec(string Property, string Type, bool NullForgiving, PropertyWriteSpec Write, bool GeneratedOnAdd = false)
{
    /// <summary>
    /// Compared on every update and removal, never written (since session 34): a <c>[ConcurrencyCheck]</c> property the
    /// application sets, beside a token the store writes.
    /// </summary>
    public bool ComparedOnly { get; init; }
}

/// <summary>A unique constraint over one or several properties.</summary>
/// <param name="Name">The constraint's name.</param>
/// <param name="Properties">The properties, in order (escaped).</param>
/// <param name="NullableProperties">The properties that can be null: a combination with a null part is not constrained.</param>
/// <param name="Property">The single property of an unnamed constraint, for index probes.</param>
internal sealed record UniqueSpec(string Name, EquatableArray<string> Properties, EquatableArray<string> NullableProperties, string? Property);

/// <summary>A secondary (non-unique) index on one property.</summary>
internal sealed record IndexSpec(string Property);

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

    /// <summary>The content as a new read-only stream.</summary>
    ContentStream,

    /// <summary>The content as a new array.</summary>
    ContentBytes,

    /// <summary>The content as read-only memory over the store's (immutable) copy.</summary>
    ContentMemory,

    /// <summary>The content as UTF-8 text.</summary>
    ContentText,
}

/// <summary>Converts <c>BlobProperties</c> to a user result type.</summary>
/// <param name="Name">The method name.</param>
/// <param name="Type">The result type.</param>
/// <param name="ConstructorArguments">The fields passed to the chosen constructor, in order.</param>
/// <param name="Initializers">Settable properties filled by name.</param>
/// <param name="Compared">Readable members holding the blob's key, size or content type: what a contract compares (not the ETag or times, which the store chooses).</param>
/// <param name="FromStored">Whether it is built from the stored blob (content and properties: what a read returns) rather than from its properties.</param>
internal sealed record ConverterSpec(string Name, string Type, EquatableArray<BlobField> ConstructorArguments, EquatableArray<BlobInitializerSpec> Initializers, EquatableArray<BlobInitializerSpec> Compared = default, bool FromStored = false);

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

/// <summary>
/// One step of a path: the property, and whether the step before it can be null (so it is read with <c>?.</c>); or a
/// non-public field (its name in <paramref name="Property"/>) read through the <c>[UnsafeAccessor]</c> <paramref name="Accessor"/>.
/// </summary>
internal sealed record PathStepSpec(string Property, bool NullSafe, string? Accessor = null);
