namespace InMemoryFakes.Generators.Model;

// What each generated member does, one record per kind of operation, with named fields. The planners decide;
// only the emitter writes C#. Records compare by value, so the incremental cache works.

/// <summary>What a member does with the store.</summary>
internal abstract record OperationSpec;

/// <summary>A parameter passed to the runtime; <paramref name="NullForgiving"/> adds <c>!</c> where the runtime rejects null itself.</summary>
/// <param name="Name">The parameter (escaped).</param>
/// <param name="NullForgiving">Whether to add <c>!</c>.</param>
/// <param name="ConvertFrom">A key given as a method type parameter (<c>GetByIdAsync&lt;TId&gt;(TId id)</c>): that type, converted at run time.</param>
/// <param name="ConvertTo">The key type it converts to.</param>
internal sealed record ArgumentRef(string Name, bool NullForgiving, string? ConvertFrom = null, string? ConvertTo = null);

/// <summary>A key made of one parameter, or of several (a tuple, for composite keys).</summary>
internal sealed record KeySpec(EquatableArray<ArgumentRef> Parts);

/// <summary>How a sequence is returned: the runtime's list (also for IEnumerable, IReadOnlyList… and async streams) or an array.</summary>
internal enum SequenceKind
{
    List,
    Array,
}

/// <summary>What an entity write returns.</summary>
internal enum EntityWriteResult
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>Add: false for a duplicate key. Update: false for a missing key. Upsert: true when it created the entity.</summary>
    Bool,

    /// <summary>The stored entity (with its generated key).</summary>
    Entity,

    /// <summary>The key (Add only).</summary>
    Key,

    /// <summary>The result type's static success value (<c>IdentityResult.Success</c>): <see cref="SuccessValueSpec"/>.</summary>
    Success,

    /// <summary>The number of rows affected: 1 (Update: 0 when the key is missing, instead of the not-found error).</summary>
    Count,
}

/// <summary>
/// A static member of the result type that means success (<c>{Type}.{Member}</c>), and a static factory of a failure
/// callable with no arguments (<c>IdentityResult.Failed()</c>), returned instead of the not-found error when a write
/// finds nothing to update or delete, as the real stores return a failed result then.
/// </summary>
internal sealed record SuccessValueSpec(string Type, string Member, string? FailureFactory = null);

/// <summary>How a single entity (or value) is returned.</summary>
internal enum SingleResult
{
    /// <summary>Missing is the not-found error.</summary>
    Required,

    /// <summary>Missing is null (default).</summary>
    Nullable,

    /// <summary>A struct returned as <c>T?</c>.</summary>
    NullableStruct,
}

/// <summary>Add/Insert/Create.</summary>
internal sealed record EntityAddOp(ArgumentRef Entity, EntityWriteResult Result, SuccessValueSpec? Success = null) : OperationSpec;

/// <summary>Update/Replace: missing is the not-found error, or false (0 for a count).</summary>
internal sealed record EntityUpdateOp(ArgumentRef Entity, EntityWriteResult Result, SuccessValueSpec? Success = null) : OperationSpec;

/// <summary>Upsert/Save/AddOrUpdate/Put.</summary>
internal sealed record EntityUpsertOp(ArgumentRef Entity, EntityWriteResult Result, SuccessValueSpec? Success = null) : OperationSpec;

/// <summary>A member that does nothing in a fake: <c>Dispose</c>/<c>DisposeAsync</c>.</summary>
internal sealed record NoOp : OperationSpec;

/// <summary>What a unit-of-work save returns.</summary>
internal enum SaveResult
{
    None,

    /// <summary>How many entities were written (<c>int</c>).</summary>
    Count,

    /// <summary>How many entities were written, as <c>long</c>.</summary>
    LongCount,

    /// <summary><see langword="true"/> (eShop's <c>SaveEntitiesAsync</c>: it throws when it fails).</summary>
    Bool,
}

/// <summary><c>SaveChanges</c> and its relatives: every pending change of the fake's unit of work, as one step.</summary>
internal sealed record UnitOfWorkSaveOp(SaveResult Result) : OperationSpec;

/// <summary><c>Rollback</c>/<c>DiscardChanges</c>: drop what the unit of work tracks.</summary>
internal sealed record UnitOfWorkDiscardOp : OperationSpec;

/// <summary>An <c>IUnitOfWork UnitOfWork { get; }</c> property: the fake implements that interface itself and returns itself.</summary>
internal sealed record UnitOfWorkSelfOp : OperationSpec;

/// <summary>What a per-property accessor does with the entity it is given (ASP.NET Core Identity's store style).</summary>
internal enum AccessorKind
{
    /// <summary><c>return entity.P;</c></summary>
    Get,

    /// <summary><c>entity.P = value;</c></summary>
    Set,

    /// <summary><c>return entity.P is not null</c> (or not default).</summary>
    Has,

    /// <summary><c>return ++entity.P;</c></summary>
    Increment,

    /// <summary><c>entity.P = default;</c></summary>
    Reset,
}

/// <summary>
/// Reads or writes one property of the entity passed in, not of the stored one: the change is stored by the next
/// Update, as ASP.NET Core Identity's stores do (<c>SetEmailAsync(user, email)</c> then <c>UpdateAsync(user)</c>).
/// </summary>
/// <param name="Entity">The entity parameter.</param>
/// <param name="Kind">What the accessor does.</param>
/// <param name="Property">The property (escaped).</param>
/// <param name="Value">Set: the value parameter.</param>
/// <param name="ValueCast">A cast the value or result needs (to the member's or property's type), or null.</param>
/// <param name="IsValueType">Has: the property is a non-nullable value type, compared with default.</param>
internal sealed record EntityAccessorOp(ArgumentRef Entity, AccessorKind Kind, string Property, string? Value, string? ValueCast, bool IsValueType) : OperationSpec;

/// <summary>What setting one field of a stored entity returns.</summary>
internal enum SetFieldResult
{
    None,
    Bool,
    Count,
    Entity,
}

/// <summary>
/// Sets one property of the stored entity found by key, atomically (<c>UpdateStatus(id, status)</c>,
/// <c>SetLastSeen(id, at)</c>): missing is the not-found error, or false/0 for a bool or count result.
/// </summary>
internal sealed record EntitySetFieldOp(KeySpec Key, PropertyWriteSpec Write, ArgumentRef Value, SetFieldResult Result) : OperationSpec;

/// <summary>Get/Find by key.</summary>
internal sealed record EntityFindOp(KeySpec Key, SingleResult Result) : OperationSpec;

/// <summary>Delete/Remove by key.</summary>
/// <param name="Key">The key.</param>
/// <param name="Result">None, Bool (removed), Count (1 or 0) or Success.</param>
/// <param name="Success">The result type's success value.</param>
internal sealed record EntityDeleteByKeyOp(KeySpec Key, EntityWriteResult Result, SuccessValueSpec? Success = null) : OperationSpec;

/// <summary>Delete/Remove an entity (by its key).</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Result">None, Bool (removed), Count (1 or 0) or Success.</param>
/// <param name="Success">The result type's success value.</param>
internal sealed record EntityDeleteEntityOp(ArgumentRef Entity, EntityWriteResult Result, SuccessValueSpec? Success = null) : OperationSpec;

/// <summary>Exists/Contains by key.</summary>
internal sealed record EntityExistsOp(KeySpec Key) : OperationSpec;

/// <summary>The number of entities.</summary>
internal sealed record EntityCountOp : OperationSpec;

/// <summary>Every entity.</summary>
internal sealed record EntityGetAllOp(SequenceKind Sequence) : OperationSpec;

/// <summary>Remove every entity, optionally returning how many.</summary>
internal sealed record EntityClearOp(bool ReturnsCount) : OperationSpec;

/// <summary>The range operations.</summary>
internal enum RangeKind
{
    Add,
    Update,
    Upsert,
    DeleteByKeys,
    DeleteEntities,
}

/// <summary>What a range operation returns.</summary>
internal enum RangeResult
{
    None,
    Count,
    List,
    Array,
}

/// <summary>A range operation: all or nothing.</summary>
internal sealed record EntityRangeOp(RangeKind Kind, ArgumentRef Items, RangeResult Result) : OperationSpec;

/// <summary>Every entity as an <c>IQueryable&lt;T&gt;</c> over a consistent snapshot (also async-enumerable).</summary>
/// <param name="EntityFramework">The compilation references EF Core: the queryable runs EF's async operators too.</param>
internal sealed record EntityQueryableOp(bool EntityFramework) : OperationSpec;

/// <summary><c>T Query&lt;T&gt;(Func&lt;IQueryable&lt;TEntity&gt;, T&gt; query)</c>: the caller's query over every entity as a queryable.</summary>
internal sealed record EntityQueryableFuncOp(string Parameter, bool EntityFramework) : OperationSpec;

/// <summary>Whether any entity is stored: <c>AnyAsync()</c>.</summary>
internal sealed record EntityAnyOp : OperationSpec;

/// <summary>
/// <c>Update(id, Action&lt;T&gt; change)</c> / <c>UpdateAsync(id, Func&lt;T, Task&gt; change)</c>: the caller's change applied to the
/// stored entity found by key (missing is the not-found error), then stored.
/// </summary>
/// <param name="Key">The key.</param>
/// <param name="Change">The change parameter.</param>
/// <param name="IsAsync">The change returns a task.</param>
/// <param name="ReturnsEntity">The member returns the stored entity.</param>
internal sealed record EntityUpdateWithOp(KeySpec Key, string Change, bool IsAsync, bool ReturnsEntity) : OperationSpec;

/// <summary>How a specification parameter is evaluated.</summary>
internal enum SpecificationAccess
{
    /// <summary><c>spec.Evaluate(snapshot)</c>: criteria, ordering and paging (and a projection).</summary>
    Evaluate,

    /// <summary><c>spec.IsSatisfiedBy(entity)</c>.</summary>
    IsSatisfiedBy,

    /// <summary>A member giving a <c>Func&lt;T, bool&gt;</c>.</summary>
    Func,

    /// <summary>A member giving an <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>, compiled.</summary>
    Expression,
}

/// <summary>
/// A member taking a specification (Ardalis.Specification's or a home-grown one): List, First, Single, Count, Any or
/// Delete over the matches.
/// </summary>
/// <param name="Verb">What it does with the matches.</param>
/// <param name="Parameter">The specification parameter.</param>
/// <param name="Access">How the specification is evaluated for listing (Evaluate when it has it).</param>
/// <param name="Criteria">How it is evaluated as a filter for Count/Any/Delete (IsSatisfiedBy or a criteria member).</param>
/// <param name="CriteriaMember">The criteria member's name, for <see cref="SpecificationAccess.Func"/> and <see cref="SpecificationAccess.Expression"/>.</param>
/// <param name="CriteriaIsMethod">Whether the criteria member is a method (called) rather than a property.</param>
/// <param name="Sequence">List: as a list or an array.</param>
/// <param name="Single">First/Single: how a missing match is returned.</param>
/// <param name="Result">Count: int or long; Delete: none or the count.</param>
/// <param name="ReturnsAny">Delete: whether it returns "removed any" as bool.</param>
internal sealed record EntitySpecificationOp(SpecificationVerb Verb, string Parameter, SpecificationAccess Access, SpecificationAccess Criteria, string? CriteriaMember, bool CriteriaIsMethod, SequenceKind Sequence, SingleResult Single, NumberResult Result, bool ReturnsAny = false) : OperationSpec;

/// <summary>A derived query or predicate method.</summary>
internal sealed record EntityQueryOp(QuerySpec Query) : OperationSpec;

/// <summary>How a key-value Get returns the value.</summary>
internal enum KvGetResult
{
    /// <summary>The value or null/default.</summary>
    Nullable,

    /// <summary>The value; missing is the not-found error.</summary>
    Required,

    /// <summary>A struct value as <c>T?</c>.</summary>
    NullableStruct,

    /// <summary>An <c>object</c> store's value cast to the member's type; missing is the not-found error.</summary>
    Cast,

    /// <summary>An <c>object</c> store's value when it is of the member's type, else default.</summary>
    NullableCast,
}

/// <summary>Get by key.</summary>
/// <param name="Key">The key.</param>
/// <param name="Result">How the value is returned.</param>
/// <param name="Type">For casts: the target type without nullability; for a nullable struct: the declared <c>T?</c>.</param>
/// <param name="DeclaredType">For a nullable cast: the declared result type.</param>
internal sealed record KvGetOp(ArgumentRef Key, KvGetResult Result, string? Type, string? DeclaredType) : OperationSpec;

/// <summary><c>bool TryGet(key, out value)</c>; <paramref name="CastType"/> for an <c>object</c> store's typed out parameter.</summary>
internal sealed record KvTryGetOp(ArgumentRef Key, string OutParameter, string? CastType) : OperationSpec;

/// <summary>Set (or set if absent) with an optional expiration.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
/// <param name="ValueName">The value parameter's name for the runtime's null check message, when it may be null.</param>
/// <param name="Expiration">The expiration.</param>
/// <param name="IfAbsent">Only create; with a void result an existing key is the duplicate error.</param>
/// <param name="ReturnsBool">Whether the member returns the runtime's bool.</param>
internal sealed record KvSetOp(ArgumentRef Key, ArgumentRef Value, string? ValueName, ExpirationSpec Expiration, bool IfAbsent, bool ReturnsBool) : OperationSpec;

/// <summary>Delete by key.</summary>
internal sealed record KvDeleteOp(ArgumentRef Key, bool ReturnsBool) : OperationSpec;

/// <summary>Exists by key.</summary>
internal sealed record KvExistsOp(ArgumentRef Key) : OperationSpec;

/// <summary>Refresh/Touch: renews a sliding expiry.</summary>
internal sealed record KvRefreshOp(ArgumentRef Key, bool ReturnsBool) : OperationSpec;

/// <summary>The number type a counter member returns.</summary>
internal enum NumberResult
{
    None,
    Int,
    Long,
    Double,
}

/// <summary>Increment/Decrement, atomically; creates the entry at 0.</summary>
/// <param name="Key">The key.</param>
/// <param name="Amount">The amount parameter, or null for 1.</param>
/// <param name="Floating">A floating-point counter.</param>
/// <param name="Decrement">Decrement rather than increment.</param>
/// <param name="Expiration">The expiration given to a new entry.</param>
/// <param name="Result">What the member returns.</param>
internal sealed record KvIncrementOp(ArgumentRef Key, string? Amount, bool Floating, bool Decrement, ExpirationSpec Expiration, NumberResult Result) : OperationSpec;

/// <summary>Remove every entry.</summary>
internal sealed record KvClearOp : OperationSpec;

/// <summary>The number of live entries.</summary>
internal sealed record KvCountOp : OperationSpec;

/// <summary>The live keys.</summary>
internal sealed record KvKeysOp(SequenceKind Sequence) : OperationSpec;

/// <summary>The remaining time to live.</summary>
internal sealed record KvTimeToLiveOp(ArgumentRef Key) : OperationSpec;

/// <summary>Sets a new expiration on an existing key.</summary>
internal sealed record KvExpireOp(ArgumentRef Key, ExpirationSpec Expiration, bool ReturnsBool) : OperationSpec;

/// <summary>Where an expiration comes from.</summary>
internal enum ExpirationKind
{
    /// <summary>The store's default.</summary>
    Default,

    /// <summary>A TimeSpan after now.</summary>
    After,

    /// <summary>A sliding TimeSpan.</summary>
    Sliding,

    /// <summary>A number of seconds after now.</summary>
    AfterSeconds,

    /// <summary>An absolute DateTimeOffset.</summary>
    At,

    /// <summary>An options object read by a helper.</summary>
    Options,
}

/// <summary>An expiration read from a parameter.</summary>
/// <param name="Kind">Where it comes from.</param>
/// <param name="Parameter">The parameter (escaped), or null for the default.</param>
/// <param name="IsNullable">A nullable parameter: null means the store default.</param>
/// <param name="IsDecimal">A decimal number of seconds (converted to double).</param>
/// <param name="Helper">The options helper method.</param>
internal sealed record ExpirationSpec(ExpirationKind Kind, string? Parameter, bool IsNullable, bool IsDecimal, string? Helper)
{
    public static ExpirationSpec Default { get; } = new(ExpirationKind.Default, null, false, false, null);
}

/// <summary>The content a blob write takes.</summary>
internal enum BlobContentKind
{
    Bytes,
    Memory,
    Stream,
    Text,
}

/// <summary>How a blob operation's <c>BlobProperties?</c> becomes the member's result.</summary>
internal enum BlobResultKind
{
    None,
    Bool,
    Properties,
    NullableProperties,
    Converted,
    NullableConverted,
}

/// <summary>A blob operation's result: <paramref name="Converter"/> builds a user type named <paramref name="DeclaredType"/>.</summary>
internal sealed record BlobResultSpec(BlobResultKind Kind, string? Converter, string? DeclaredType);

/// <summary>A metadata parameter: passed as it is, or copied into a dictionary (an <c>IDictionary</c>).</summary>
internal sealed record MetadataSpec(string Parameter, bool Copy, bool IsNullable);

/// <summary>Put/Upload.</summary>
/// <param name="Key">The key.</param>
/// <param name="Content">The content parameter.</param>
/// <param name="ContentKind">Bytes, memory, stream or text.</param>
/// <param name="ContentType">The content type parameter, or null.</param>
/// <param name="Metadata">The metadata parameter, or null.</param>
/// <param name="Expiration">The expiration.</param>
/// <param name="Result">The result.</param>
internal sealed record BlobPutOp(ArgumentRef Key, ArgumentRef Content, BlobContentKind ContentKind, string? ContentType, MetadataSpec? Metadata, ExpirationSpec Expiration, BlobResultSpec Result) : OperationSpec;

/// <summary>How a blob read returns its content.</summary>
internal enum BlobGetResult
{
    Bytes,
    NullableBytes,
    Memory,
    NullableMemory,
    Text,
    NullableText,
    Stream,
    NullableStream,
}

/// <summary>Get/Download/OpenRead.</summary>
internal sealed record BlobGetOp(ArgumentRef Key, BlobGetResult Result) : OperationSpec;

/// <summary>Exists.</summary>
internal sealed record BlobExistsOp(ArgumentRef Key) : OperationSpec;

/// <summary>Delete.</summary>
internal sealed record BlobDeleteOp(ArgumentRef Key, bool ReturnsBool) : OperationSpec;

/// <summary>What a listing returns per blob.</summary>
internal enum BlobListElement
{
    Key,
    Properties,
    Converted,
}

/// <summary>List (by prefix).</summary>
internal sealed record BlobListOp(string? Prefix, BlobListElement Element, string? Converter, SequenceKind Sequence) : OperationSpec;

/// <summary>Copy or Move.</summary>
/// <param name="Source">The source key.</param>
/// <param name="Destination">The destination key.</param>
/// <param name="Overwrite">The overwrite parameter, or null for true.</param>
/// <param name="Move">Move rather than copy.</param>
/// <param name="Result">The result.</param>
internal sealed record BlobCopyOp(ArgumentRef Source, ArgumentRef Destination, string? Overwrite, bool Move, BlobResultSpec Result) : OperationSpec;

/// <summary>Info/Stat/GetProperties.</summary>
internal sealed record BlobInfoOp(ArgumentRef Key, BlobResultSpec Result) : OperationSpec;

/// <summary>Url: <c>memory://{key}</c> as a string or Uri.</summary>
internal sealed record BlobUrlOp(ArgumentRef Key, bool AsUri) : OperationSpec;

/// <summary>Remove every blob.</summary>
internal sealed record BlobClearOp : OperationSpec;

/// <summary>The number of blobs.</summary>
internal sealed record BlobCountOp : OperationSpec;
