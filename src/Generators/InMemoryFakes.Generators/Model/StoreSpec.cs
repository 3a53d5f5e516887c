namespace InMemoryFakes.Generators.Model;

/// <summary>The kind of store behind a fake; values match <c>InMemoryFakes.StoreKind</c>.</summary>
internal enum StoreKindModel
{
    EntityRepository = 1,
    KeyValue = 2,
    Blob = 3,
}

/// <summary>The table a fake stores its data in, with the helpers its members need.</summary>
internal sealed record StoreSpec(
    StoreKindModel Kind,
    string TableType,
    string TableNameExpression,
    EntitySpec? Entity,
    string? ValueCopy,
    bool ValueIsImmutable,
    EquatableArray<CopyMethodSpec> CopyMethods,
    EquatableArray<ConverterSpec> Converters,
    EquatableArray<ExpirationHelperSpec> ExpirationHelpers,
    EquatableArray<StaticFieldSpec> QueryFields = default);

/// <summary>A private static readonly field the query members share (an ordering).</summary>
internal sealed record StaticFieldSpec(string Type, string Name, string Initializer);

/// <summary>An entity type's model: key, generated keys, copy, concurrency token, unique constraints and indexes, as C# expressions.</summary>
internal sealed record EntitySpec(
    string EntityType,
    bool IsValueType,
    string KeyType,
    string KeyName,
    string GetKey,
    string KeyOfTemplate,
    string? WithKey,
    bool GenerateKeys,
    string? DeepCopy,
    bool IsImmutable,
    string? TokenName,
    string? TokenGet,
    string? TokenWith,
    EquatableArray<UniqueSpec> Unique,
    EquatableArray<IndexSpec> Indexes = default);

/// <summary>A unique constraint: its name, the lambda computing the unique value, and its property when it has one.</summary>
internal sealed record UniqueSpec(string Name, string GetValue, string? Property = null);

/// <summary>A secondary (non-unique) index on one property.</summary>
internal sealed record IndexSpec(string Property, string GetValue);

/// <summary>A generated deep-copy method for one mutable class.</summary>
/// <param name="Name">The method name.</param>
/// <param name="Type">The copied type.</param>
/// <param name="UseWith">Copy a record with <c>with { … }</c> instead of <c>new T { … }</c>.</param>
/// <param name="Assignments">Property initialisers (<c>Name = expression</c> over <c>source</c> and <c>depth</c>).</param>
/// <param name="CollectionRefills">Get-only collection properties refilled by clear + add.</param>
internal sealed record CopyMethodSpec(string Name, string Type, bool UseWith, EquatableArray<string> Assignments, EquatableArray<CollectionRefillSpec> CollectionRefills);

/// <summary>A get-only collection property refilled on the copy: <c>ICollection&lt;Element&gt;</c> clear then add.</summary>
internal sealed record CollectionRefillSpec(string Property, string ElementType);

/// <summary>Converts <c>BlobProperties</c> to a user result type.</summary>
/// <param name="Name">The method name.</param>
/// <param name="Type">The result type.</param>
/// <param name="ConstructorArguments">Arguments to the chosen constructor, over the properties variable <c>p</c>.</param>
/// <param name="Initializers">Object initialisers (<c>Name = expression</c>).</param>
internal sealed record ConverterSpec(string Name, string Type, EquatableArray<string> ConstructorArguments, EquatableArray<string> Initializers);

/// <summary>Reads an <c>Expiration</c> from an options object (sliding, then relative, then absolute).</summary>
/// <param name="Name">The method name.</param>
/// <param name="Type">The options type (nullable for reference types).</param>
/// <param name="Checks">Ordered <c>(condition, expression)</c> pairs over the options variable <c>o</c>.</param>
internal sealed record ExpirationHelperSpec(string Name, string Type, bool CanBeNull, bool IsNullableStruct, EquatableArray<ExpirationCheckSpec> Checks);

/// <summary>One property of an options object that can give an expiration.</summary>
internal sealed record ExpirationCheckSpec(string Pattern, string Expression);
