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
internal sealed record ArgumentRef(string Name, bool NullForgiving, string? ConvertFrom = null, string? ConvertTo = null)
{
    /// <summary>
    /// A nullable key (<c>GetByIdAsync(int? id)</c>, nopCommerce's): null finds nothing, as no row has a null key; a value is
    /// the key (<c>.Value</c>).
    /// </summary>
    public bool NullFindsNothing { get; init; }

    /// <summary>
    /// With <see cref="NullFindsNothing"/>: the key is a reference type annotated nullable (<c>string? value</c>), passed on as
    /// it is after the null check, where a nullable value type passes its <c>.Value</c>.
    /// </summary>
    public bool NullIsReference { get; init; }

    /// <summary>
    /// The record key type a key given as the one value it wraps is built into (<c>new BindingContractId(id)</c>), or null:
    /// Parsing/WrappedKeyRule.cs proves the record keeps that value and nothing else.
    /// </summary>
    public string? WrapIn { get; init; }
}

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

    /// <summary>The key (Add, and an upsert named so: InsertOrUpdateAndGetId).</summary>
    Key,

    /// <summary>A removal by key: the entity removed, or null when none had the key.</summary>
    RemovedOrNull,

    /// <summary>A removal by key: the entity removed; the not-found error when none had the key.</summary>
    Removed,

    /// <summary>The result type's static success value (<c>IdentityResult.Success</c>): <see cref="SuccessValueSpec"/>.</summary>
    Success,

    /// <summary>The number of rows affected: 1 (Update: 0 when the key is missing, instead of the not-found error).</summary>
    Count,

    /// <summary>Update declared to return <c>T?</c>: the stored entity, or null when the key is missing (instead of the not-found error).</summary>
    EntityOrNull,
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

    /// <summary>Declared not null, yet missing is <see langword="default"/> (<c>MissingKeyReads = MissingKeyRead.Default</c>).</summary>
    DefaultWhenMissing,
}

/// <summary>Add/Insert/Create.</summary>
internal sealed record EntityAddOp(ArgumentRef Entity, EntityWriteResult Result, SuccessValueSpec? Success = null) : OperationSpec
{
    /// <summary><c>TryAdd</c>/<c>AddIfNotExists</c> returning nothing: a taken key or unique value skips the add instead of throwing.</summary>
    public bool IfAbsent { get; init; }

    /// <summary><c>CreateEmployeeForCompany(companyId, employee)</c>: the foreign key set on the entity before the add, or null.</summary>
    public OwnerKeySpec? SetOwner { get; init; }

    /// <summary>
    /// <c>AddOrGet</c>/<c>GetOrAdd</c> returning the entity: a taken key returns the entity stored under it (unchanged);
    /// otherwise the add (a taken unique value is the duplicate error, as for <c>Add</c>).
    /// </summary>
    public bool OrGet { get; init; }

    /// <summary>A bool add under <c>TakenKeyAdds = Throw</c>: a taken key is the duplicate error, else true.</summary>
    public bool TakenThrows { get; init; }

    /// <summary>
    /// <c>CreateCompany(CompanyForCreationDto company)</c>: the entity added is a new one whose properties are the request's of
    /// the same names (<see cref="Entity"/> names the request); null for an add of the entity given.
    /// </summary>
    public AddRequestSpec? FromRequest { get; init; }
}

/// <summary>
/// The request object an add creates its entity from: <c>new {Entity} { {Target} = {Request}.{Source}, … }</c>; or, with no
/// request, the loose values it is given (<c>Add(string name, decimal price)</c>: <c>new {Entity} { {Target} = {Source}, … }</c>).
/// </summary>
/// <param name="Request">The request parameter, escaped; null when the values are the member's own parameters.</param>
/// <param name="Fields">Each property written, and the request's property (or the parameter) it comes from.</param>
internal sealed record AddRequestSpec(string? Request, EquatableArray<PatchFieldSpec> Fields)
{
    /// <summary>A positional record's constructor arguments, as C# (a parameter, or <c>default</c> for the key the add generates); null for a parameterless constructor.</summary>
    public EquatableArray<string>? ConstructorArguments { get; init; }

    /// <summary>The parameters (escaped) that must not be null: non-nullable references, checked before anything is built.</summary>
    public EquatableArray<string> NullChecks { get; init; } = new EquatableArray<string>(System.Array.Empty<string>());
}

/// <summary>A foreign key an add sets from a parameter: <c>{entity}.{Property} = {Parameter};</c>.</summary>
internal sealed record OwnerKeySpec(string Property, string Parameter);

/// <summary>Update/Replace: missing is the not-found error, or false (0 for a count).</summary>
internal sealed record EntityUpdateOp(ArgumentRef Entity, EntityWriteResult Result, SuccessValueSpec? Success = null) : OperationSpec
{
    /// <summary>
    /// The parameter holding the expected concurrency token (Datasync's <c>ReplaceAsync(entity, byte[]? version = null)</c>):
    /// the stored token must equal it unless it is null or empty; the entity's own token is not compared.
    /// </summary>
    public string? ExpectedToken { get; init; }

    /// <summary>A missing entity is the not-found error even for a count result (EF Core's repositories: 0 rows is a concurrency failure).</summary>
    public bool MissingThrows { get; init; }

    /// <summary>An update returning nothing does nothing for a missing entity (<c>MissingUpdate = Ignore</c>: a SQL UPDATE of 0 rows).</summary>
    public bool MissingIgnored { get; init; }

    /// <summary>
    /// <c>UpdateAsync(string id, Book updatedBook)</c> (Microsoft's MongoDB tutorial: <c>ReplaceOneAsync(x =&gt; x.Id == id, …)</c>):
    /// the key the update is for, which the entity's own key must equal; null when the entity alone says which.
    /// </summary>
    public KeySpec? ForKey { get; init; }

    /// <summary>
    /// With <see cref="ForKey"/>: an entity whose store-generated key is unset takes the key given (a product mapped from a
    /// request body, its <c>Id</c> still 0), as the real store's <c>Find(id)</c> and copy of the values do. False for an
    /// <c>in</c> parameter, which the fake cannot reassign.
    /// </summary>
    public bool UnsetKeyTakesGiven { get; init; }
}

/// <summary>Upsert/Save/AddOrUpdate/Put.</summary>
internal sealed record EntityUpsertOp(ArgumentRef Entity, EntityWriteResult Result, SuccessValueSpec? Success = null) : OperationSpec
{
    /// <summary>An update named as such, made an upsert by <c>MissingUpdate = Insert</c> (for the setting's check).</summary>
    public bool FromUpdate { get; init; }

    /// <summary>
    /// An update by key made an upsert by <c>MissingUpdate = Insert</c> (<c>UpdateItemAsync(string id, T item)</c> over Cosmos DB's
    /// <c>UpsertItemAsync</c>; session 38): the key the write is for, which the entity's own key must equal (as for the update
    /// by key), so a missing entity is stored under the one key both name; null when the entity alone says which.
    /// </summary>
    public KeySpec? ForKey { get; init; }

    /// <summary>With <see cref="ForKey"/>: an entity whose store-generated key is unset takes the key given, as the update by key does.</summary>
    public bool UnsetKeyTakesGiven { get; init; }
}

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

    /// <summary>Whether it wrote anything: <c>await SaveChangesAsync() &gt; 0</c>, the <c>bool</c> save of most repositories (<c>SaveAllAsync</c>, <c>Commit</c>).</summary>
    AnyWritten,
}

/// <summary>
/// <c>SaveChanges</c> and its relatives: every pending change of the fake's unit of work, as one step. <paramref name="Shared"/>:
/// the member (<c>IUnitOfWork.SaveChangesAsync</c>) of a unit of work of saves only, which saves the scope's shared tracker
/// (<c>FakeCore.SharedUnitOfWork(member)</c>) instead of the fake's own.
/// </summary>
internal sealed record UnitOfWorkSaveOp(SaveResult Result, string? Shared = null) : OperationSpec;

/// <summary><c>Rollback</c>/<c>DiscardChanges</c>: drop what the unit of work tracks (<paramref name="Shared"/>: as on <see cref="UnitOfWorkSaveOp"/>).</summary>
internal sealed record UnitOfWorkDiscardOp(string? Shared = null) : OperationSpec;

/// <summary>An <c>IUnitOfWork UnitOfWork { get; }</c> property: the fake implements that interface itself and returns itself.</summary>
internal sealed record UnitOfWorkSelfOp : OperationSpec;

/// <summary>Which transaction type a <see cref="TransactionBeginOp"/> returns.</summary>
internal enum TransactionKind
{
    /// <summary>ADO.NET's <c>IDbTransaction</c>/<c>DbTransaction</c>: the runtime's <c>FakeTransaction</c> itself.</summary>
    AdoNet,

    /// <summary>EF Core's <c>IDbContextTransaction</c>: a generated wrapper around the runtime's <c>FakeTransaction</c>.</summary>
    EfCore,
}

/// <summary><c>BeginTransaction</c>: a transaction over the fake's tables (commit keeps, rollback or dispose undoes).</summary>
/// <param name="Kind">The transaction type returned.</param>
/// <param name="ExposesDbTransaction">EF Core only: the wrapper also implements <c>IInfrastructure&lt;DbTransaction&gt;</c> (for <c>GetDbTransaction()</c>).</param>
internal sealed record TransactionBeginOp(TransactionKind Kind, bool ExposesDbTransaction = false) : OperationSpec;

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

    /// <summary>The entity, declared nullable (<c>Product? UpdatePrice(id, price)</c>): null when no entity has the key.</summary>
    EntityOrNull,
}

/// <summary>
/// <c>UpdateAsync(int id, UpdateStockRequestDto dto)</c>: writes each property of the request object onto the property of the
/// same name of the stored entity the key names, atomically, the others kept as stored (what a hand-written copy of the
/// request's fields, or AutoMapper's <c>Map(dto, entity)</c>, does). Missing is as <see cref="EntitySetFieldOp"/>.
/// </summary>
/// <param name="Key">The key parameter.</param>
/// <param name="Request">The request object's parameter; null for loose values (<c>Update(id, name, price)</c>), each field's source then a parameter.</param>
/// <param name="Fields">Each entity property written, and the request's property read (<c>!</c> where an oblivious value meets a non-null property).</param>
/// <param name="Result">What the member returns.</param>
internal sealed record EntityPatchOp(KeySpec Key, string? Request, EquatableArray<PatchFieldSpec> Fields, SetFieldResult Result) : OperationSpec
{
    /// <summary>The loose values' parameters (escaped) that must not be null, when <see cref="Request"/> is null (<c>Update(id, name, price)</c>).</summary>
    public EquatableArray<string> NullChecks { get; init; } = new EquatableArray<string>(System.Array.Empty<string>());
}

/// <summary>One property an <see cref="EntityPatchOp"/> writes.</summary>
/// <param name="Write">The entity property.</param>
/// <param name="Source">The request's property name, escaped.</param>
/// <param name="NullForgiving">Whether the read needs <c>!</c>.</param>
internal sealed record PatchFieldSpec(PropertyWriteSpec Write, string Source, bool NullForgiving);

/// <summary>
/// Sets one property of the stored entity found by key, atomically (<c>UpdateStatus(id, status)</c>,
/// <c>SetLastSeen(id, at)</c>): missing is the not-found error, or false/0 for a bool or count result.
/// </summary>
internal sealed record EntitySetFieldOp(KeySpec Key, PropertyWriteSpec Write, ArgumentRef Value, SetFieldResult Result) : OperationSpec
{
    /// <summary>Whether it flips the bool property (<c>ToggleComplete(id)</c>) rather than setting it to <see cref="Value"/>.</summary>
    public bool Toggle { get; init; }

    /// <summary>Whether it adds <see cref="Value"/> to the int or long property (<c>IncrementViewCount(id)</c>) rather than setting it.</summary>
    public bool Increment { get; init; }
}

/// <summary>
/// Sets one property to a constant (a <c>bool</c> flag's true or false, an enum member) on many stored entities as one
/// all-or-nothing step: those a filter matches (<c>MarkAllAsRead(userId)</c>, <c>ArchiveAllForUser(userId)</c>; every entity
/// with no condition), or those with the keys given (<c>MarkAsRead(IEnumerable&lt;Guid&gt; ids)</c>).
/// </summary>
/// <param name="Filter">The filter (a query whose kind is ignored), or null for the keys form.</param>
/// <param name="Keys">The keys' parameter (escaped), or null for the filter form.</param>
/// <param name="KeysName">The keys' parameter as the caller wrote it, for the exception.</param>
/// <param name="Write">The property written.</param>
/// <param name="Value">The value, as C#.</param>
/// <param name="Result">None (the keys form: a key not stored is the not-found error), Bool (any row written) or Count.</param>
internal sealed record EntitySetFieldWhereOp(QuerySpec? Filter, string? Keys, string? KeysName, PropertyWriteSpec Write, string Value, SetFieldResult Result) : OperationSpec;

/// <summary>Get/Find by key.</summary>
internal sealed record EntityFindOp(KeySpec Key, SingleResult Result) : OperationSpec;

/// <summary>
/// <c>Get{Property}(key)</c>: one value-like property of the row with that key (<c>string GetPetName(int id)</c>), read from the
/// table without tracking, as the real store's projection is.
/// </summary>
/// <param name="Key">The key.</param>
/// <param name="Property">The property read, escaped.</param>
/// <param name="Result">What a missing row gives: the not-found error, null, or default.</param>
internal sealed record EntityFieldReadOp(KeySpec Key, string Property, SingleResult Result) : OperationSpec;

/// <summary><c>bool TryGet(key, out T entity)</c>: whether the key is stored, the entity (a copy, as a find returns) in the out parameter.</summary>
internal sealed record EntityTryFindOp(KeySpec Key, string Out) : OperationSpec;

/// <summary>
/// <c>Find(params object[] keyValues)</c>, EF Core's <c>DbSet.Find</c> shape, of a single-key entity: the key converted at
/// run time (<c>FakeQueries.TryKeyFromValues</c>); a null array or value finds nothing.
/// </summary>
/// <param name="Values">The parameter.</param>
/// <param name="KeyType">The key type, rendered.</param>
internal sealed record EntityFindByKeyValuesOp(string Values, string KeyType) : OperationSpec;

/// <summary>Delete/Remove by key.</summary>
/// <param name="Key">The key.</param>
/// <param name="Result">None, Bool (removed), Count (1 or 0) or Success.</param>
/// <param name="Success">The result type's success value.</param>
internal sealed record EntityDeleteByKeyOp(KeySpec Key, EntityWriteResult Result, SuccessValueSpec? Success = null) : OperationSpec
{
    /// <summary>
    /// The parameter holding the expected concurrency token (Datasync's <c>DeleteAsync(id, byte[]? version = null)</c>):
    /// the stored token must equal it unless it is null or empty.
    /// </summary>
    public string? ExpectedToken { get; init; }

    /// <summary>A missing entity is the not-found error (<c>MissingDelete = MissingDelete.NotFound</c>).</summary>
    public bool MissingThrows { get; init; }
}

/// <summary>Delete/Remove an entity (by its key).</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Result">None, Bool (removed), Count (1 or 0) or Success.</param>
/// <param name="Success">The result type's success value.</param>
internal sealed record EntityDeleteEntityOp(ArgumentRef Entity, EntityWriteResult Result, SuccessValueSpec? Success = null) : OperationSpec
{
    /// <summary>A missing entity is the not-found error (EF Core's repositories: deleting a row that is not there is a concurrency failure).</summary>
    public bool MissingThrows { get; init; }

    /// <summary>
    /// <c>Delete(Guid id, T aggregate)</c> (EventSourcing.NetCore's <c>ElasticSearchRepository</c>): the key the removal is for,
    /// which the entity's own key must equal; null when the entity alone says which.
    /// </summary>
    public KeySpec? ForKey { get; init; }
}

/// <summary>Exists/Contains by key.</summary>
internal sealed record EntityExistsOp(KeySpec Key) : OperationSpec;

/// <summary>The number of entities.</summary>
internal sealed record EntityCountOp : OperationSpec;

/// <summary>Every entity.</summary>
internal sealed record EntityGetAllOp(SequenceKind Sequence) : OperationSpec;

/// <summary>Remove every entity, optionally returning how many.</summary>
internal sealed record EntityClearOp(bool ReturnsCount) : OperationSpec
{
    /// <summary>
    /// A <c>bool resetIdentity</c> parameter (nopCommerce's <c>TruncateAsync(bool resetIdentity = false)</c>), escaped: when
    /// true the generated-key sequence restarts too, as <c>TRUNCATE TABLE</c> reseeds the identity; null when none.
    /// </summary>
    public string? ResetKeysFlag { get; init; }
}

/// <summary>The range operations.</summary>
internal enum RangeKind
{
    Add,
    Update,
    Upsert,
    DeleteByKeys,
    DeleteEntities,

    /// <summary>
    /// A bulk update (<c>BulkUpdate(entities)</c>): the entities whose keys are stored are replaced, the others skipped, as
    /// the bulk libraries' <c>UPDATE … JOIN</c> on the key does (<see cref="Parsing.BulkWrites"/>); all or nothing.
    /// </summary>
    UpdateExisting,
}

/// <summary>What a range operation returns.</summary>
internal enum RangeResult
{
    None,
    Count,
    List,
    Array,

    /// <summary>The keys of the entities written, in the order given, as a list (SK's <c>UpsertBatchAsync</c> returns them).</summary>
    KeyList,

    /// <summary>The keys of the entities written, in the order given, as an array.</summary>
    KeyArray,
}

/// <summary>A range operation: all or nothing.</summary>
internal sealed record EntityRangeOp(RangeKind Kind, ArgumentRef Items, RangeResult Result) : OperationSpec
{
    /// <summary>
    /// A removal of several entities (or keys) that returns nothing, where the fake's removal of one missing entity is the
    /// not-found error (<c>MissingDelete</c>/<c>MissingEntityDelete = NotFound</c>, Ardalis.Specification's EF Core
    /// repository): a missing one is the not-found error too, and nothing is removed (EF Core's <c>RemoveRange</c> +
    /// <c>SaveChanges</c> fails as a whole).
    /// </summary>
    public bool MissingThrows { get; init; }
}

/// <summary>Every entity as an <c>IQueryable&lt;T&gt;</c> over a consistent snapshot (also async-enumerable).</summary>
/// <param name="EntityFramework">The compilation references EF Core: the queryable runs EF's async operators too.</param>
/// <param name="Predicate">
/// An <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c> parameter (escaped) the queryable is filtered by
/// (<c>IQueryable&lt;T&gt; FindBy(Expression&lt;Func&lt;T, bool&gt;&gt; predicate)</c>), or null for every entity.
/// </param>
internal sealed record EntityQueryableOp(bool EntityFramework, string? Predicate = null, bool NullPredicateMeansAll = false) : OperationSpec;

/// <summary>The member of <c>IQueryable</c>/<c>IEnumerable</c> a repository that is a query implements.</summary>
internal enum InheritedQueryPart
{
    /// <summary><c>IQueryable.ElementType</c>.</summary>
    ElementType,

    /// <summary><c>IQueryable.Expression</c>.</summary>
    Expression,

    /// <summary><c>IQueryable.Provider</c>.</summary>
    Provider,

    /// <summary><c>IEnumerable&lt;T&gt;.GetEnumerator()</c> or <c>IEnumerable.GetEnumerator()</c>.</summary>
    GetEnumerator,

    /// <summary><c>IAsyncEnumerable&lt;T&gt;.GetAsyncEnumerator(CancellationToken)</c>.</summary>
    GetAsyncEnumerator,
}

/// <summary>
/// A member of <c>IQueryable&lt;T&gt;</c> (or of the <c>IEnumerable&lt;T&gt;</c> it extends) that a repository inherits
/// (<c>interface IRepository&lt;T&gt; : IQueryable&lt;T&gt;</c>, as ABP's): the fake is a live query over its entities, read
/// when each query runs (<c>LiveQueryProvider</c>).
/// </summary>
/// <param name="Part">Which member.</param>
/// <param name="EntityFramework">The compilation references EF Core: the provider runs EF's async operators too.</param>
/// <param name="Token">The cancellation token parameter of <c>GetAsyncEnumerator</c> (escaped), else null.</param>
internal sealed record EntityInheritedQueryOp(InheritedQueryPart Part, bool EntityFramework, string? Token = null) : OperationSpec;

/// <summary><c>T Query&lt;T&gt;(Func&lt;IQueryable&lt;TEntity&gt;, T&gt; query)</c>: the caller's query over every entity as a queryable.</summary>
internal sealed record EntityQueryableFuncOp(string Parameter, bool EntityFramework) : OperationSpec;

/// <summary>
/// <c>Task&lt;List&lt;T&gt;&gt; ToListAsync&lt;T&gt;(IQueryable&lt;T&gt; query)</c> and its kin: runs the query the caller built, as
/// the EF Core executor of the same name does (<see cref="Executor"/> is the <c>System.Linq.Enumerable</c> method).
/// </summary>
/// <param name="Query">The query parameter.</param>
/// <param name="Executor">ToList, ToArray, First, FirstOrDefault, Single, SingleOrDefault, Count, LongCount or Any.</param>
/// <param name="NullForgiving">Whether the result needs <c>!</c> (an OrDefault result declared without <c>?</c>).</param>
internal sealed record EntityRunQueryOp(string Query, string Executor, bool NullForgiving) : OperationSpec;

/// <summary>
/// A generic projection (<c>FilterBy&lt;TProjected&gt;(filter, projection)</c>, <c>GetFirstOrDefaultAsync&lt;TResult&gt;(selector, predicate)</c>):
/// the matches of the optional predicate, each through the selector; a list (<paramref name="Sequence"/>) or the first
/// match's projection, or default when none matches (<paramref name="Sequence"/> null).
/// </summary>
internal sealed record EntityProjectionOp(string Selector, bool SelectorIsExpression, string? Predicate, bool PredicateIsExpression, bool PredicateOptional, SequenceKind? Sequence) : OperationSpec;

/// <summary>
/// An aggregate over a selector of the entity (<c>SumAsync(Expression&lt;Func&lt;T, int&gt;&gt; selector)</c>,
/// <c>AvgAsync(field, predicate = null)</c>, <c>MaxAsync&lt;TField&gt;(field, predicate = null)</c>): LINQ to objects' operator of
/// that name over the selector's values of the rows the optional predicate keeps, read from one snapshot as a count is. Its
/// edge cases are LINQ's and EF Core's (Parsing/AggregateReads.cs): a sum of no rows is 0 and skips nulls, checked; an
/// average, minimum or maximum of no rows throws <c>InvalidOperationException</c> for a non-nullable result and is null
/// for a nullable one.
/// </summary>
/// <param name="Kind">Sum, Average, Min or Max: the <c>System.Linq.Enumerable</c> operator.</param>
/// <param name="Selector">The selector parameter.</param>
/// <param name="SelectorIsExpression">Whether the selector is an <c>Expression</c> (compiled at the call).</param>
/// <param name="Predicate">The predicate parameter, or null (every row).</param>
/// <param name="PredicateIsExpression">Whether the predicate is an <c>Expression</c>.</param>
/// <param name="PredicateOptional">Whether a null predicate means every row (defaulted to null or nullable); else null throws.</param>
internal sealed record EntityAggregateOp(AggregateKind Kind, string Selector, bool SelectorIsExpression, string? Predicate, bool PredicateIsExpression, bool PredicateOptional) : OperationSpec
{
    /// <summary>
    /// The comparer a Min/Max passes to LINQ (rendered), or null for <c>Comparer&lt;T&gt;.Default</c>: ordinal for text, as the
    /// fake sorts text (SQLite's BINARY order), where LINQ's default is the current culture's.
    /// </summary>
    public string? Comparer { get; init; }
}

/// <summary>The LINQ aggregate an <see cref="EntityAggregateOp"/> runs.</summary>
internal enum AggregateKind
{
    /// <summary><c>Enumerable.Sum</c>.</summary>
    Sum,

    /// <summary><c>Enumerable.Average</c>.</summary>
    Average,

    /// <summary><c>Enumerable.Min</c>.</summary>
    Min,

    /// <summary><c>Enumerable.Max</c>.</summary>
    Max,
}

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

    /// <summary>
    /// A filter that applies itself to a query: one method <c>IQueryable&lt;T&gt; Apply(IQueryable&lt;T&gt;)</c> (Elsa's
    /// filters), run as LINQ to objects over a consistent snapshot; the criteria member names the method.
    /// </summary>
    Queryable,
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
/// <param name="SelectsKeys">List: the matches' keys rather than the matches (<c>FindManyIdsAsync(filter)</c>).</param>
internal sealed record EntitySpecificationOp(SpecificationVerb Verb, string Parameter, SpecificationAccess Access, SpecificationAccess Criteria, string? CriteriaMember, bool CriteriaIsMethod, SequenceKind Sequence, SingleResult Single, NumberResult Result, bool ReturnsAny = false, bool SelectsKeys = false) : OperationSpec
{
    /// <summary>What a home-grown specification says beside its criteria (order, grouping, paging), applied after it; null when it says nothing more.</summary>
    public SpecificationShapeSpec? Shape { get; init; }
}

/// <summary>
/// The members of a home-grown specification that shape its matches, as the evaluators of eShopOnWeb's first
/// specifications and the courses built on them apply them: group (flattened), order, then page. Each is a member name
/// of the specification; <c>…IsExpression</c> says it is an <c>Expression</c> to compile rather than a <c>Func</c>.
/// </summary>
internal sealed record SpecificationShapeSpec(
    string? GroupBy, bool GroupByIsExpression,
    string? OrderBy, bool OrderByIsExpression,
    string? OrderByDescending, bool OrderByDescendingIsExpression,
    string? PagingEnabled, string? Skip, string? Take)
{
    /// <summary>Whether it pages (so counts, existence checks and deletes depend on it too).</summary>
    public bool Pages => PagingEnabled is not null;
}

/// <summary>A derived query or predicate method.</summary>
internal sealed record EntityQueryOp(QuerySpec Query) : OperationSpec;

/// <summary>How a key-value member names its entry.</summary>
internal enum KvKeyKind
{
    /// <summary>One parameter is the key.</summary>
    Argument,

    /// <summary>The store holds one value (a single document): no parameter names it.</summary>
    Single,

    /// <summary>A key and the region that qualifies it: the table key is <c>(region, key)</c>.</summary>
    Regioned,

    /// <summary>A key without a region in a store with regions: the table key is <c>(null, key)</c>.</summary>
    RegionLess,
}

/// <summary>The entry a key-value member reads or writes.</summary>
/// <param name="Kind">How the entry is named.</param>
/// <param name="Key">The key parameter (none for <see cref="KvKeyKind.Single"/>).</param>
/// <param name="Region">The region parameter (<see cref="KvKeyKind.Regioned"/>).</param>
internal sealed record KvKeySpec(KvKeyKind Kind, ArgumentRef? Key, ArgumentRef? Region)
{
    public static KvKeySpec Of(ArgumentRef key) => new(KvKeyKind.Argument, key, null);

    public static KvKeySpec Single { get; } = new(KvKeyKind.Single, null, null);
}

/// <summary>How a key-value Get returns the value.</summary>
internal enum KvGetResult
{
    /// <summary>The value or null/default.</summary>
    Nullable,

    /// <summary>The value; missing is the not-found error.</summary>
    Required,

    /// <summary>A <c>string</c> value declared not null; missing is <c>string.Empty</c> (<c>MissingKeyReads = Empty</c>).</summary>
    EmptyWhenMissing,

    /// <summary>A struct value as <c>T?</c>.</summary>
    NullableStruct,

    /// <summary>An <c>object</c> store's value as the member's type; missing is the not-found error, another type a clear cast error.</summary>
    Cast,

    /// <summary>An <c>object</c> store's value when it is of the member's type, else default (missing or another type).</summary>
    NullableCast,

    /// <summary>
    /// A generic read's value (<c>T Get&lt;T&gt;(key)</c>, nullable or oblivious) when it is a <c>T</c>, default when
    /// missing; another type is a clear cast error naming the member (what a store answers for it is in no signature).
    /// </summary>
    NullableGenericCast,

    /// <summary>The value in the member's result wrapper (<see cref="WrapperSpec"/>): found or "no value", never null.</summary>
    Wrapped,

    /// <summary>An <c>object</c> store's value when it is an instance of the <c>Type</c> argument (<see cref="KvGetOp.Type"/> names it), else null.</summary>
    NullableOfType,

    /// <summary>An <c>object</c> store's value when it is an instance of the <c>Type</c> argument; missing is the not-found error, another type a clear cast error.</summary>
    OfType,

    /// <summary>A generic read under <c>GenericReads = ChangeType</c>: the value converted (Convert.ChangeType, invariant), or default when missing.</summary>
    NullableChangeType,

    /// <summary>A generic read under <c>GenericReads = ChangeType</c>: the value converted; missing is the not-found error.</summary>
    ChangeType,

    /// <summary>The value, declared not null, or <see langword="default"/> for a missing key (<c>MissingKeyReads = Default</c>).</summary>
    DefaultWhenMissing,
}

/// <summary>
/// A result type that wraps a value with whether it was found (EasyCaching's <c>CacheValue&lt;T&gt;</c>): built through its
/// constructor <c>(T value, bool hasValue)</c>, or with its static "no value" member when the key is missing.
/// </summary>
/// <param name="Type">The wrapper type, rendered.</param>
/// <param name="ValueType">The wrapped value type, rendered (the cast target of an <c>object</c> store's value).</param>
/// <param name="ValueFirst">Whether the constructor takes the value before the flag.</param>
/// <param name="Missing">The static member that means "no value", or null to construct <c>(default, false)</c>.</param>
internal sealed record WrapperSpec(string Type, string ValueType, bool ValueFirst, string? Missing);

/// <summary>
/// A result type built from the entry's key, region and value by constructor parameter names (CacheManager's
/// <c>CacheItem&lt;T&gt;(key, region, value)</c>); a missing entry is null.
/// </summary>
/// <param name="Type">The item type, rendered.</param>
/// <param name="Arguments">The constructor's arguments, in order.</param>
internal sealed record ItemResultSpec(string Type, EquatableArray<ItemPart> Arguments);

/// <summary>What an item-shaped parameter or result member holds.</summary>
internal enum ItemPart
{
    Key,
    Region,
    Value,
}

/// <summary>An item parameter read by member names: <c>item.Key</c>, <c>item.Region</c>, <c>item.Value</c>.</summary>
/// <param name="Parameter">The item parameter.</param>
/// <param name="Key">The key member.</param>
/// <param name="Region">The region member, or null.</param>
/// <param name="Value">The value member.</param>
internal sealed record ItemArgumentSpec(ArgumentRef Parameter, string Key, string? Region, string Value);

/// <summary>Get by key.</summary>
/// <param name="Key">The key.</param>
/// <param name="Result">How the value is returned.</param>
/// <param name="Type">For casts: the target type without nullability; for a nullable struct: the declared <c>T?</c>.</param>
/// <param name="DeclaredType">For a nullable cast: the declared result type.</param>
/// <param name="Wrapper">For <see cref="KvGetResult.Wrapped"/>: the wrapper.</param>
/// <param name="Json">
/// The read takes System.Text.Json's contract of the value and the table holds each value's JSON (a string): the value is
/// deserialized from it with that contract, a new object per read (<see cref="KvJsonContractSpec"/>); <paramref name="Result"/>
/// is then <see cref="KvGetResult.Nullable"/>, <see cref="KvGetResult.Required"/> or <see cref="KvGetResult.DefaultWhenMissing"/>,
/// <paramref name="Type"/> the result type without nullable annotations (for <c>typeof</c>) and <paramref name="DeclaredType"/> as declared.
/// </param>
internal sealed record KvGetOp(KvKeySpec Key, KvGetResult Result, string? Type, string? DeclaredType, WrapperSpec? Wrapper = null, KvJsonContractSpec? Json = null) : OperationSpec;

/// <summary>Which of System.Text.Json's contracts a key-value member takes for its value.</summary>
internal enum KvJsonContractForm
{
    /// <summary><c>JsonTypeInfo&lt;T&gt;</c>: the contract of the value's own type.</summary>
    TypeInfoOfT,

    /// <summary><c>JsonTypeInfo</c>: the contract of one type, given as the base class (its value read as <c>object</c>).</summary>
    TypeInfo,

    /// <summary><c>JsonSerializerOptions</c>: the contract of the declared type, resolved by the options (null: the defaults).</summary>
    Options,

    /// <summary>A <c>JsonSerializerContext</c>: the contract of the declared type, resolved by the context.</summary>
    Context,
}

/// <summary>
/// The System.Text.Json contract a key-value member takes (h-kvjson37): the write serializes the value with it into the
/// table's string, the read deserializes the stored string with its own.
/// </summary>
/// <param name="Parameter">The contract parameter, escaped.</param>
/// <param name="Form">Which contract it is.</param>
/// <param name="Type">For <see cref="KvJsonContractForm.Options"/> and <see cref="KvJsonContractForm.Context"/> on a write: the value's declared type without nullable annotations (the type the contract is asked for).</param>
internal sealed record KvJsonContractSpec(string Parameter, KvJsonContractForm Form, string? Type = null);

/// <summary>Get by key, as an item built from key, region and value: null when missing, or the not-found error when <paramref name="Required"/>.</summary>
internal sealed record KvGetItemOp(KvKeySpec Key, ItemResultSpec Item, bool Required = false) : OperationSpec;

/// <summary><c>bool TryGet(key, out value)</c>; <paramref name="CastType"/> for an <c>object</c> store's typed out parameter.</summary>
/// <param name="PassesOut">
/// The out parameter's type is the table's value type itself (nullable annotations aside): the member passes its own out
/// parameter to the table's <c>TryGetValue</c> and returns its answer, a call in tail position with nothing to copy after it.
/// </param>
internal sealed record KvTryGetOp(KvKeySpec Key, string OutParameter, string? CastType, bool PassesOut = false) : OperationSpec
{
    /// <summary>False for a <c>void Get(key, out value)</c> (session 42): the found flag is not returned.</summary>
    public bool ReturnsFound { get; init; } = true;

    /// <summary>For a <c>void Get(key, out value)</c>: a missing key is the not-found error (else the out value is default).</summary>
    public bool MissingThrows { get; init; }
}

/// <summary>What a write returns.</summary>
internal enum KvWriteResult
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>The runtime's bool (stored; for SetIfAbsent: created; for Replace: the key existed).</summary>
    Bool,

    /// <summary>The value written (a copy).</summary>
    Value,
}

/// <summary>Set (or set if absent, or replace an existing entry) with an optional expiration.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
/// <param name="ValueName">The value parameter's name for the runtime's null check message, when it may be null.</param>
/// <param name="Expiration">The expiration.</param>
/// <param name="IfAbsent">Only create; with a void result an existing key is the duplicate error.</param>
/// <param name="ReturnsBool">Whether the member returns the runtime's bool.</param>
/// <param name="IfPresent">Only replace a live entry; with a void result a missing key is the not-found error.</param>
/// <param name="Tags">A parameter of tags recorded with the entry (evicted together by tag), or null.</param>
/// <param name="ReturnsValue">The member returns the value it wrote.</param>
/// <param name="ValueForm">How the value parameter holds the bytes of a store of <c>byte[]</c> values (as declared for every other store).</param>
/// <param name="TagsInMemory">The tags come as a <c>ReadOnlyMemory&lt;string&gt;</c>, copied into an array at the write.</param>
/// <param name="SkipTaken">With <paramref name="IfAbsent"/> and a void result: a taken key keeps its value and nothing is thrown (<c>TakenKeyAdds = Skip</c>).</param>
/// <param name="Json">The write takes System.Text.Json's contract of the value: the table keeps the JSON it writes (a string), never the object.</param>
internal sealed record KvSetOp(KvKeySpec Key, ArgumentRef Value, string? ValueName, ExpirationSpec Expiration, bool IfAbsent, bool ReturnsBool, bool IfPresent = false, ArgumentRef? Tags = null, bool ReturnsValue = false,
    KvValueForm ValueForm = KvValueForm.AsDeclared, bool TagsInMemory = false, bool SkipTaken = false, KvJsonContractSpec? Json = null, int NullWrites = 0) : OperationSpec;

/// <summary>How a write's value parameter holds the value (Conventions.ByteSequenceType).</summary>
internal enum KvValueForm
{
    /// <summary>The store's value type itself.</summary>
    AsDeclared,

    /// <summary>A <c>ReadOnlySequence&lt;byte&gt;</c> for a store of <c>byte[]</c>: copied into a new array.</summary>
    ByteSequence,

    /// <summary>A <c>ReadOnlyMemory&lt;byte&gt;</c> for a store of <c>byte[]</c>: copied into a new array.</summary>
    ByteMemory,
}

/// <summary>Where a read copies a stored <c>byte[]</c> (Conventions.ByteSequenceType).</summary>
internal enum KvByteDestination
{
    /// <summary>An <c>IBufferWriter&lt;byte&gt;</c>: written once.</summary>
    BufferWriter,

    /// <summary>A <c>PipeWriter</c>: written once, then flushed (asynchronous members only).</summary>
    PipeWriter,

    /// <summary>A <c>Stream</c>: written at its position.</summary>
    Stream,
}

/// <summary>Copies the live value of a store of <c>byte[]</c> into the caller's destination and returns whether the key was found; a missing key leaves the destination untouched.</summary>
/// <param name="Key">The key.</param>
/// <param name="Destination">The destination parameter.</param>
/// <param name="Kind">What the destination is.</param>
internal sealed record KvReadIntoOp(KvKeySpec Key, ArgumentRef Destination, KvByteDestination Kind) : OperationSpec;

/// <summary>
/// Set from an item parameter that carries the key (and region) and the value; <paramref name="Regions"/>: the store's keys
/// are (region, key); <paramref name="SkipTaken"/>: with <paramref name="IfAbsent"/> and a void result, a taken key keeps its
/// value and nothing is thrown (<c>TakenKeyAdds = Skip</c>); otherwise such an add of a taken key is the duplicate error, as
/// an <c>Add(key, value)</c> returning nothing is (<see cref="KvSetOp"/>).
/// </summary>
internal sealed record KvSetItemOp(ItemArgumentSpec Item, bool IfAbsent, bool ReturnsBool, bool Regions, bool SkipTaken = false) : OperationSpec;

/// <summary>Stores a value under a new key the store makes up (a GUID string, a new GUID, or the next integer) and returns the key (or nothing: an append).</summary>
/// <param name="Value">The value.</param>
/// <param name="ValueName">The value parameter's name for the null check message, when it may be null.</param>
/// <param name="Expiration">The expiration.</param>
/// <param name="ReturnsKey">Whether the member returns the key.</param>
internal sealed record KvAddWithNewKeyOp(ArgumentRef Value, string? ValueName, ExpirationSpec Expiration, bool ReturnsKey) : OperationSpec;

/// <summary>Every live value, in the order the keys were first written.</summary>
/// <param name="Sequence">A list or an array.</param>
/// <param name="Snapshot">A collection type the result declares instead (a set, a frozen or immutable collection): the
/// expression that builds it, <c>{list}</c> standing for the list; null for a list or an array.</param>
internal sealed record KvValuesOp(SequenceKind Sequence, string? Snapshot = null) : OperationSpec
{
    /// <summary>The result is an invariant collection of nullable values (<c>ICollection&lt;object?&gt;</c>, as <c>IDictionary&lt;string, object?&gt;.Values</c>) over a table of non-null values.</summary>
    public bool NullableElements { get; init; }
}

/// <summary>Every live entry as a new <c>Dictionary&lt;K, V&gt;</c> (returned as IDictionary/IReadOnlyDictionary too), read at one instant.</summary>
/// <param name="LiftsValues">The result declares <c>V?</c> values of a value type the table holds as <c>V</c> (<c>IReadOnlyDictionary&lt;Guid, int?&gt;</c>): each value is converted, none is null.</param>
internal sealed record KvEntriesOp(bool LiftsValues = false) : OperationSpec;

/// <summary>
/// <c>GetEnumerator()</c> of an interface that derives from <c>IEnumerable&lt;KeyValuePair&lt;K, V&gt;&gt;</c> with the store's own key and
/// value types (both the generic one and <c>IEnumerable.GetEnumerator</c>): the live entries (values copied), read at one
/// instant, in the order the keys were first written; since h-sample110 (Akka.Hosting's <c>IReadOnlyActorRegistry</c>).
/// </summary>
internal sealed record KvEnumerateEntriesOp : OperationSpec;

/// <summary>How a batch read returns what it found.</summary>
internal enum KvBatchResult
{
    /// <summary>A <c>Dictionary&lt;K, V&gt;</c> (also as IDictionary/IReadOnlyDictionary) of the keys found.</summary>
    Dictionary,

    /// <summary>The values found, in the order of the keys asked for (missing keys skipped).</summary>
    ValueList,

    /// <summary>The values found as an array.</summary>
    ValueArray,

    /// <summary>A <c>Dictionary&lt;K, W&gt;</c> of every key asked for, each value in its found/not-found wrapper (missing: the wrapper's no value).</summary>
    WrappedDictionary,

    /// <summary>An <c>object</c> store's <c>Dictionary&lt;K, T&gt;</c> of a generic batch read: the keys found whose value is a <c>T</c> (<see cref="KvGetManyOp.CastType"/>).</summary>
    DictionaryOfType,

    /// <summary>
    /// A <c>Dictionary&lt;K, V?&gt;</c> of every key asked for, <c>default</c> for a missing one (<c>MissingKeyReads = Default</c>:
    /// StackExchange.Redis.Extensions' <c>GetAllAsync&lt;T&gt;(keys)</c>).
    /// </summary>
    EveryKeyDefault,
}

/// <summary>Reads many keys at once: the entries found (missing keys are left out), or every key (<see cref="KvBatchResult.WrappedDictionary"/>, <see cref="KvBatchResult.EveryKeyDefault"/>, whose value type is <c>CastType</c>).</summary>
internal sealed record KvGetManyOp(ArgumentRef Keys, KvBatchResult Result, string? CastType, WrapperSpec? Wrapper = null, bool LiftsValues = false) : OperationSpec;

/// <summary>Writes every entry of a dictionary parameter, all or nothing.</summary>
/// <param name="Items">The dictionary parameter.</param>
/// <param name="Expiration">The expiration of each entry.</param>
/// <param name="IfAbsent">Write only keys without a live entry.</param>
/// <param name="BoxValues">The values are of a generic type and the store's are object: each pair is converted.</param>
/// <param name="KeyType">The key type, rendered (for the conversion).</param>
/// <param name="Result">What the member returns: nothing, or how many entries it wrote (Foundatio's <c>Task&lt;int&gt; SetAllAsync</c>).</param>
/// <param name="ReplacesAll">The entries become the store's whole content (every other entry is removed), as a framework contract fixes (<see cref="FrameworkMeaning.ReplaceAllEntries"/>).</param>
internal sealed record KvSetManyOp(ArgumentRef Items, ExpirationSpec Expiration, bool IfAbsent, bool BoxValues = false, string? KeyType = null, NumberResult Result = NumberResult.None, bool ReplacesAll = false) : OperationSpec;

/// <summary>Removes many keys at once; missing keys are ignored.</summary>
/// <param name="Keys">The collection of keys.</param>
/// <param name="Result">What the member returns.</param>
/// <param name="NoKeysMeansAll">No keys (null or empty) removes every entry: the collection is optional with a default of null under a Clear verb (<c>RemoveAllAsync(keys = null)</c>).</param>
internal sealed record KvDeleteManyOp(ArgumentRef Keys, NumberResult Result, bool NoKeysMeansAll = false) : OperationSpec;

/// <summary>Which keys a removal by key matches.</summary>
internal enum KvKeyMatch
{
    /// <summary>Keys that start with the argument (ordinal).</summary>
    Prefix,

    /// <summary>Keys of the region given.</summary>
    Region,

    /// <summary>Entries stored with the tag given.</summary>
    Tag,

    /// <summary>Keys a <c>System.Text.RegularExpressions.Regex</c> argument matches.</summary>
    Regex,

    /// <summary>Entries stored with any of the tags a collection argument gives (<c>RemoveByTagsAsync(IEnumerable&lt;string&gt; tags)</c>).</summary>
    AnyTag,
}

/// <summary>Removes every entry whose key matches (a prefix, a region, a tag), atomically.</summary>
internal sealed record KvRemoveMatchingOp(KvKeyMatch Match, ArgumentRef Argument, NumberResult Result) : OperationSpec
{
    /// <summary>The argument is declared nullable and a null removes nothing (<c>RemoveByTagsAsync(IEnumerable&lt;string&gt;? tags)</c>).</summary>
    public bool NullRemovesNothing { get; init; }

    /// <summary>The removal answers the keys it removed, as a list or an array (<c>IEnumerable&lt;string&gt; RemoveByPrefix(prefix)</c>); null when it answers nothing or a count.</summary>
    public SequenceKind? ListedKeys { get; init; }
}

/// <summary>Removes every entry whose value's properties equal the parameters (<c>RemoveTokens(subjectId, clientId)</c>).</summary>
internal sealed record KvRemoveWhereOp(EquatableArray<ValueConditionSpec> Conditions, NumberResult Result) : OperationSpec;

/// <summary>One equality condition on a value property: <c>v.Property == parameter</c> (strings compared ordinally).</summary>
/// <param name="Property">The value's property (escaped).</param>
/// <param name="Parameter">The parameter compared with it.</param>
/// <param name="Unset">What the argument may be that the stores disagree on, refused at run time before anything is removed.</param>
internal sealed record ValueConditionSpec(string Property, ArgumentRef Parameter, UnsetArgument Unset);

/// <summary>
/// An argument value that some stores read as no condition and others as a condition (IdentityServer's grant stores skip a
/// null or blank subject or client; a SQL or LINQ <c>==</c> compares it): refused at run time with an <c>ArgumentException</c>.
/// </summary>
internal enum UnsetArgument
{
    /// <summary>A value type: every value is a condition.</summary>
    None,

    /// <summary>A reference or nullable value type: null is refused.</summary>
    Null,

    /// <summary>A string: null, empty and white space are refused.</summary>
    NullOrBlank,
}

/// <summary>How a get-or-add factory is called.</summary>
internal enum FactoryKind
{
    /// <summary><c>Func&lt;V&gt;</c>.</summary>
    NoArgument,

    /// <summary><c>Func&lt;K, V&gt;</c>: receives the key.</summary>
    Key,

    /// <summary><c>Func&lt;Task&lt;V&gt;&gt;</c> or <c>Func&lt;ValueTask&lt;V&gt;&gt;</c>.</summary>
    Async,

    /// <summary><c>Func&lt;K, Task&lt;V&gt;&gt;</c> or with ValueTask.</summary>
    AsyncWithKey,

    /// <summary><c>Func&lt;TEntry, V&gt;</c>: receives a cache entry the fake makes, and may set its expiry on it.</summary>
    Entry,

    /// <summary><c>Func&lt;TEntry, Task&lt;V&gt;&gt;</c> or with ValueTask.</summary>
    AsyncEntry,

    /// <summary>Not a factory: the value itself, stored on a miss (<c>GetOrSet(key, TValue defaultValue)</c>, session 42).</summary>
    Value,
}

/// <summary>
/// The cache entry a get-or-add factory is handed (<c>Func&lt;ICacheEntry, V&gt;</c>): the fake makes it, copies the
/// policy argument's expiry onto it, runs the factory, and stores the value with the expiry the entry then holds.
/// </summary>
/// <param name="Type">The entry type, rendered.</param>
/// <param name="Creation">How the entry is made: <c>new T()</c> of a class, or the generated implementation's class name.</param>
/// <param name="Helper">The expiration reader of the entry type.</param>
/// <param name="Policy">The policy argument whose expiry properties are copied onto the entry first, or null.</param>
/// <param name="PolicyCopies">The expiry properties copied from the policy, by name.</param>
/// <param name="PolicyLists">The policy's collections (change tokens, eviction callbacks): the fake refuses a policy that fills one.</param>
/// <param name="Local">The entry's local variable.</param>
/// <param name="Made">The factory result's local variable.</param>
/// <param name="Implementation">The generated implementation of an interface entry, or null for a class.</param>
internal sealed record FactoryEntrySpec(string Type, string Creation, string Helper, string? Policy, EquatableArray<string> PolicyCopies, EquatableArray<string> PolicyLists, string Local, string Made, EntryClassSpec? Implementation);

/// <summary>
/// A plain implementation of an entry interface (such as <c>Microsoft.Extensions.Caching.Memory.ICacheEntry</c>): its
/// settable properties hold what the factory sets, the key property returns the key, collections start empty and must
/// stay empty (the fake runs no change tokens or eviction callbacks), and <c>Dispose</c> does nothing.
/// </summary>
/// <param name="Name">The generated class name.</param>
/// <param name="Interface">The interface, rendered.</param>
/// <param name="KeyProperty">The property that returns the key, and its type, or null.</param>
/// <param name="Properties">The other properties.</param>
/// <param name="Dispose">Whether it has a <c>void Dispose()</c>.</param>
/// <param name="CommitValue">For an entry that <c>CreateEntry</c> hands out: the property holding the value, which its
/// first <c>Dispose</c> stores under the key when it was set (MemoryCache's <c>CacheEntry</c>); null for a factory's entry.</param>
internal sealed record EntryClassSpec(string Name, string Interface, EntryPropertySpec? KeyProperty, EquatableArray<EntryPropertySpec> Properties, bool Dispose, string? CommitValue = null);

/// <summary>
/// Hands out a cache entry for the key (<c>IMemoryCache.CreateEntry</c>): the entry's first <c>Dispose</c> stores its
/// value under the key with the expiry its properties then hold, replacing the entry there; an entry whose value was
/// never set stores nothing, as MemoryCache's does.
/// </summary>
/// <param name="Key">The key.</param>
/// <param name="Entry">The generated entry class (its <see cref="EntryClassSpec.CommitValue"/> is set).</param>
/// <param name="Helper">The expiration reader of the entry type.</param>
/// <param name="KeyIsReference">The key may be null (a reference type): checked when the entry is created.</param>
internal sealed record KvCreateEntryOp(KvKeySpec Key, EntryClassSpec Entry, string Helper, bool KeyIsReference) : OperationSpec;

/// <summary>A property of a generated entry class.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Type">Its type, rendered.</param>
/// <param name="ListType">For a collection that starts empty: the list type that makes it; else null (a settable property).</param>
/// <param name="NeedsDefault">A settable reference property the compiler would otherwise warn about (<c>= default!</c>).</param>
internal sealed record EntryPropertySpec(string Name, string Type, string? ListType, bool NeedsDefault);

/// <summary>
/// Returns the live value, or runs the factory once for the key (under the key's lock, so concurrent callers wait for
/// the one running it) and stores its result.
/// </summary>
/// <param name="Key">The key.</param>
/// <param name="Factory">The factory parameter.</param>
/// <param name="Kind">How the factory is called.</param>
/// <param name="ValueTaskFactory">The async factory returns a ValueTask.</param>
/// <param name="Expiration">The expiration of a value the factory makes.</param>
/// <param name="Result">How the value is returned.</param>
/// <param name="CastType">An <c>object</c> store's value cast to the member's type, or null.</param>
/// <param name="Wrapper">The result wrapper, or null.</param>
/// <param name="ValueCanBeNull">The store's value type can hold null (a factory returning null stores nothing).</param>
/// <param name="Entry">The cache entry an entry factory is handed, or null.</param>
internal sealed record KvGetOrAddOp(KvKeySpec Key, ArgumentRef Factory, FactoryKind Kind, bool ValueTaskFactory, ExpirationSpec Expiration, string? CastType, WrapperSpec? Wrapper, bool ValueCanBeNull = true, FactoryEntrySpec? Entry = null) : OperationSpec
{
    /// <summary>The factory is declared to return a nullable reference (<c>Func&lt;string, IList&lt;string&gt;?&gt;</c>) while the table holds non-null values.</summary>
    public bool NullableFactory { get; init; }

    /// <summary>The tags the added value is stored with (<c>GetOrSetAsync(key, factory, tags)</c>), or null: a value found keeps its own.</summary>
    public ArgumentRef? Tags { get; init; }

    /// <summary>The tags come as a <c>ReadOnlyMemory&lt;string&gt;</c>.</summary>
    public bool TagsInMemory { get; init; }

    /// <summary>The factory takes the member's cancellation token (<c>Func&lt;CancellationToken, Task&lt;T&gt;&gt;</c>).</summary>
    public bool FactoryTakesToken { get; init; }
}

/// <summary>Replaces the value only when the stored one equals <paramref name="Expected"/> (compare-and-set), atomically.</summary>
internal sealed record KvCompareAndSetOp(KvKeySpec Key, ArgumentRef Value, ArgumentRef Expected, string? ValueName) : OperationSpec;

/// <summary>An indexer: the getter reads like <paramref name="Get"/>, the setter (if any) writes like <paramref name="Set"/>.</summary>
internal sealed record KvIndexerOp(KvGetOp Get, KvSetOp? Set) : OperationSpec;

/// <summary>Delete by key.</summary>
internal sealed record KvDeleteOp(KvKeySpec Key, bool ReturnsBool) : OperationSpec
{
    /// <summary>A <c>Clear(string? key = null)</c>: a null key removes every entry.</summary>
    public bool NullKeyClearsAll { get; init; }

    /// <summary>
    /// The rendered result type when the removal returns the value it removed, declared nullable (<c>TValue?
    /// TryRemove(TKey key)</c>): default when the key is absent. Null for a removal returning void or bool.
    /// </summary>
    public string? RemovedValueType { get; init; }

    /// <summary>
    /// The escaped name of the <c>out</c> parameter that receives the value removed (<c>bool TryRemove(TKey key, out TValue
    /// value)</c>, as <c>ConcurrentDictionary.TryRemove</c> and <c>Dictionary.Remove(key, out value)</c>): the stored value
    /// when the key was there (the result true), default when it was not (false). Null for any other removal.
    /// </summary>
    public string? OutParameter { get; init; }
}

/// <summary>Exists by key.</summary>
internal sealed record KvExistsOp(KvKeySpec Key) : OperationSpec;

/// <summary>Refresh/Touch: renews a sliding expiry.</summary>
internal sealed record KvRefreshOp(KvKeySpec Key, bool ReturnsBool) : OperationSpec;

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
internal sealed record KvIncrementOp(KvKeySpec Key, string? Amount, bool Floating, bool Decrement, ExpirationSpec Expiration, NumberResult Result) : OperationSpec;

/// <summary>The steps of an atomic number (<see cref="KvAtomicOp"/>), named as java.util.concurrent.atomic names them.</summary>
internal enum AtomicStep
{
    IncrementAndGet,
    DecrementAndGet,
    AddAndGet,
    GetAndIncrement,
    GetAndDecrement,
    GetAndAdd,
    GetAndSet,
    CompareAndSet,
}

/// <summary>
/// One step of an atomic number (Hazelcast's <c>IAtomicLong</c>, Java's <c>AtomicLong</c>, Redisson's <c>RAtomicLong</c>):
/// <c>…AndGet</c> hands out the value after the step, <c>GetAnd…</c> the value before it, <c>CompareAndSet</c> whether it
/// wrote; a value never written is 0. Atomic; checked (an overflow throws, store unchanged).
/// </summary>
/// <param name="Key">The key, or the store's single value.</param>
/// <param name="Step">The step.</param>
/// <param name="Amount">The delta of AddAndGet/GetAndAdd, or null.</param>
/// <param name="Value">The value GetAndSet/CompareAndSet writes, or null.</param>
/// <param name="Expected">The value CompareAndSet compares with, or null.</param>
/// <param name="Int">The values are int (else long).</param>
internal sealed record KvAtomicOp(KvKeySpec Key, AtomicStep Step, string? Amount, string? Value, string? Expected, bool Int) : OperationSpec;

/// <summary>Remove every entry.</summary>
internal sealed record KvClearOp : OperationSpec;

/// <summary>
/// Every live entry written into the caller's array from <paramref name="Index"/> on, in insertion order, as
/// <c>ICollection&lt;KeyValuePair&lt;K, V&gt;&gt;.CopyTo</c> writes a dictionary's (values copied).
/// </summary>
/// <param name="Array">The array parameter (passed with '!': the runtime names it when it is null).</param>
/// <param name="Index">The index parameter's name.</param>
internal sealed record KvCopyToOp(ArgumentRef Array, string Index) : OperationSpec;

/// <summary>The number of live entries.</summary>
internal sealed record KvCountOp : OperationSpec;

/// <summary>Whether the store holds any live entry (<c>HasItems</c>, <c>Any</c>), or none (<c>IsEmpty</c>).</summary>
internal sealed record KvAnyOp(bool Empty) : OperationSpec;

/// <summary>The live keys.</summary>
/// <param name="Sequence">A list or an array.</param>
/// <param name="Snapshot">As <see cref="KvValuesOp.Snapshot"/>: a set, frozen or immutable collection of the keys.</param>
internal sealed record KvKeysOp(SequenceKind Sequence, string? Snapshot = null) : OperationSpec;

/// <summary>The remaining time to live.</summary>
internal sealed record KvTimeToLiveOp(KvKeySpec Key) : OperationSpec;

/// <summary>Sets a new expiration on an existing key.</summary>
internal sealed record KvExpireOp(KvKeySpec Key, ExpirationSpec Expiration, bool ReturnsBool) : OperationSpec;

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

    /// <summary>Never, whatever the store's default (<c>Forever(key, factory)</c>).</summary>
    Never,
}

/// <summary>An expiration read from a parameter.</summary>
/// <param name="Kind">Where it comes from.</param>
/// <param name="Parameter">The parameter (escaped), or null for the default.</param>
/// <param name="IsNullable">A nullable parameter: null means the store default.</param>
/// <param name="IsDecimal">A decimal number of seconds (converted to double).</param>
/// <param name="Helper">The options helper method.</param>
/// <param name="SecondsPerUnit">A number of minutes or hours (<c>cacheTimeInMinutes</c>): seconds per unit; 1 for seconds.</param>
internal sealed record ExpirationSpec(ExpirationKind Kind, string? Parameter, bool IsNullable, bool IsDecimal, string? Helper, int SecondsPerUnit = 1)
{
    public static ExpirationSpec Default { get; } = new(ExpirationKind.Default, null, false, false, null);

    /// <summary>No expiry, whatever the store's default: <c>Expiration.Never</c>.</summary>
    public static ExpirationSpec Never { get; } = new(ExpirationKind.Never, null, false, false, null);
}

/// <summary>How a blob member's key parameter becomes the table's string key.</summary>
internal enum BlobKeyConversion
{
    /// <summary>A string, used as it is.</summary>
    None,

    /// <summary>A GUID or an integer, formatted with the invariant culture.</summary>
    Format,

    /// <summary>An id type with value equality and its own <c>ToString()</c> (Squidex's DomainId): its text.</summary>
    Text,

    /// <summary>A name within an owner (<see cref="BlobOwnerSpec"/>): <c>{owner's key}/{name}</c>.</summary>
    Owned,

    /// <summary>A receipt a keyless write returned (<see cref="BlobOwnerSpec"/> holds it and its name member): that member's text.</summary>
    Receipt,

    /// <summary>
    /// A name within a container (<see cref="BlobOwnerSpec.Argument"/> is the container's string parameter):
    /// <c>{container}/{name}</c>; a container that is blank or holds <c>/</c> is an <c>ArgumentException</c>.
    /// </summary>
    Placed,

    /// <summary>
    /// A key of two parts (<see cref="BlobOwnerSpec.Argument"/> is the first, an int, long, Guid or enum; the argument
    /// the second, one of those or a string, formatted when <see cref="BlobOwnerSpec.KeyConversion"/> is
    /// <see cref="Format"/>, used as it is when <see cref="None"/>): <c>{first}/{second}</c> in invariant text (h-sample135,
    /// BlobKeyPairs).
    /// </summary>
    Paired,
}

/// <summary>A blob key: the parameter, and how it becomes the table's (non-blank) string key.</summary>
/// <param name="Argument">The key parameter (the name, for an owned key).</param>
/// <param name="Conversion">How it becomes the table's key.</param>
/// <param name="Owner">The owner an <see cref="BlobKeyConversion.Owned"/> name belongs to, or null.</param>
internal sealed record BlobKeySpec(ArgumentRef Argument, BlobKeyConversion Conversion, BlobOwnerSpec? Owner = null);

/// <summary>
/// The owner of a blob named within it (Piranha's <c>GetAsync(Media media, string filename, Stream stream)</c>): the
/// owner parameter, its key property, and how that key becomes text (a string as it is, a GUID or integer formatted).
/// </summary>
/// <param name="Argument">The owner parameter.</param>
/// <param name="KeyProperty">Its key property's name.</param>
/// <param name="KeyConversion"><see cref="BlobKeyConversion.None"/> or <see cref="BlobKeyConversion.Format"/>.</param>
/// <param name="IsValueType">Whether the owner is a struct (no null check).</param>
internal sealed record BlobOwnerSpec(ArgumentRef Argument, string KeyProperty, BlobKeyConversion KeyConversion, bool IsValueType);

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

    /// <summary>The GUID the write named the blob with (<see cref="Parsing.BlobPlanner.GeneratedKeyLocal"/>).</summary>
    GeneratedKey,

    /// <summary>A copy of the blob's user metadata (a string dictionary); a missing blob is the not-found error.</summary>
    Metadata,

    /// <summary>A copy of the blob's user metadata, or null when the blob is missing.</summary>
    NullableMetadata,
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
/// <param name="Overwrite">A <c>bool overrideExisting</c> parameter: false and an existing blob is the duplicate error (false for a bool result); null always overwrites.</param>
/// <param name="Append">A <c>bool append</c> parameter: true adds the content after the existing blob's (a missing blob starts empty).</param>
internal sealed record BlobPutOp(BlobKeySpec Key, ArgumentRef Content, BlobContentKind ContentKind, string? ContentType, MetadataSpec? Metadata, ExpirationSpec Expiration, BlobResultSpec Result, string? Overwrite = null, string? Append = null, bool GeneratesKey = false) : OperationSpec;

/// <summary>Whether each of several blobs exists: one bool per name, in order.</summary>
internal sealed record BlobExistsManyOp(ArgumentRef Names, SequenceKind Sequence) : OperationSpec;

/// <summary>Removes several blobs; missing ones are ignored.</summary>
internal sealed record BlobDeleteManyOp(ArgumentRef Names, NumberResult Result) : OperationSpec;

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

    /// <summary>A result type with the content, built by <see cref="BlobGetOp.Converter"/>; missing is not-found.</summary>
    Converted,

    /// <summary>The same, null when missing.</summary>
    NullableConverted,
}

/// <summary>Get/Download/OpenRead.</summary>
internal sealed record BlobGetOp(BlobKeySpec Key, BlobGetResult Result) : OperationSpec
{
    /// <summary>The converter from the stored blob, for <see cref="BlobGetResult.Converted"/> and <see cref="BlobGetResult.NullableConverted"/>.</summary>
    public string? Converter { get; init; }

    /// <summary>The declared result type, for <see cref="BlobGetResult.NullableConverted"/>.</summary>
    public string? DeclaredType { get; init; }

    /// <summary>
    /// A nullable kind on a result declared not null (or oblivious): <c>MissingKeyReads = Default</c> states null for a
    /// missing blob, so the emitted read ends in <c>!</c>.
    /// </summary>
    public bool NullDeclaredNotNull { get; init; }
}

/// <summary>Download into the caller's stream: <paramref name="ReturnsBool"/> reports found; otherwise missing is the not-found error.</summary>
internal sealed record BlobDownloadToOp(BlobKeySpec Key, ArgumentRef Target, bool ReturnsBool) : OperationSpec;

/// <summary>Exists.</summary>
internal sealed record BlobExistsOp(BlobKeySpec Key) : OperationSpec;

/// <summary>Delete.</summary>
/// <summary>
/// A removal of one blob by name. <paramref name="MissingIsNotFound"/>: a removal returning nothing whose interface also
/// declares a <c>DeleteIfExists</c> of the same name (Azure's pair): a missing blob is the not-found error, store unchanged.
/// </summary>
internal sealed record BlobDeleteOp(BlobKeySpec Key, bool ReturnsBool, bool MissingIsNotFound = false) : OperationSpec;

/// <summary>What a listing returns per blob.</summary>
internal enum BlobListElement
{
    Key,
    Properties,
    Converted,
}

/// <summary>
/// List (by prefix). <paramref name="PrefixOrDirectory"/>: the directory parameter is a <c>path</c>, which stores also
/// read as a plain prefix; the fake answers where both readings agree and throws where they differ (h-sample137).
/// </summary>
internal sealed record BlobListOp(string? Prefix, BlobListElement Element, string? Converter, SequenceKind Sequence, bool Directory = false, ArgumentRef? Container = null, int Listing = 0,
    bool PrefixOrDirectory = false) : OperationSpec;

/// <summary>Copy or Move.</summary>
/// <param name="Source">The source key.</param>
/// <param name="Destination">The destination key.</param>
/// <param name="Overwrite">The overwrite parameter, or null for true.</param>
/// <param name="Move">Move rather than copy.</param>
/// <param name="Result">The result.</param>
internal sealed record BlobCopyOp(BlobKeySpec Source, BlobKeySpec Destination, string? Overwrite, bool Move, BlobResultSpec Result) : OperationSpec;

/// <summary>Info/Stat/GetProperties.</summary>
internal sealed record BlobInfoOp(BlobKeySpec Key, BlobResultSpec Result) : OperationSpec;

/// <summary>Url: <c>memory://{key}</c> as a string or Uri.</summary>
internal sealed record BlobUrlOp(BlobKeySpec Key, bool AsUri) : OperationSpec;

/// <summary>Remove every blob.</summary>
internal sealed record BlobClearOp : OperationSpec;

/// <summary>The number of blobs.</summary>
internal sealed record BlobCountOp : OperationSpec;

/// <summary>
/// A get-only settings property (<c>CacheDefaults DefaultCachePolicy { get; }</c>): one instance made with the type's
/// parameterless constructor when the fake is created, the same one on every read, so a caller's changes stick.
/// </summary>
/// <param name="Field">The field that holds it.</param>
/// <param name="Type">Its type, rendered.</param>
internal sealed record SettingsPropertyOp(string Field, string Type) : OperationSpec
{
    /// <summary>The field's initializer; null for <c>new {Type}()</c>. A framework-fixed value (<see cref="FrameworkMeaning"/>) sets it.</summary>
    public string? Initializer { get; init; }
}

/// <summary>
/// Every entity, shaped by a query function the caller passes (<c>GetAllAsync(Func&lt;IQueryable&lt;T&gt;, IQueryable&lt;T&gt;&gt; func = null)</c>),
/// run as LINQ to objects over one consistent snapshot.
/// </summary>
/// <param name="Shaper">The function parameter (escaped).</param>
/// <param name="IsAsync">Whether the function returns a task of the query.</param>
/// <param name="Optional">Whether null means the whole table (declared <c>= null</c>); otherwise null throws.</param>
/// <param name="Flags">Include flags applied to the snapshot before the function.</param>
/// <param name="Sequence">As a list or an array.</param>
internal sealed record EntityShapedListOp(string Shaper, bool IsAsync, bool Optional, EquatableArray<ShapedFlagSpec> Flags, SequenceKind Sequence) : OperationSpec
{
    /// <summary>What is returned of the shaped list: the list itself, whether it holds anything, or how many it holds.</summary>
    public ShapedResult Result { get; init; }
}

/// <summary>What a member over a shaped query returns.</summary>
internal enum ShapedResult
{
    /// <summary>The entities.</summary>
    List,

    /// <summary>Whether the query gives any entity (<c>AnyAsync(Func&lt;IQueryable&lt;T&gt;, IQueryable&lt;T&gt;&gt; query)</c>).</summary>
    Any,

    /// <summary>How many entities the query gives, as <c>int</c>.</summary>
    Count,

    /// <summary>How many entities the query gives, as <c>long</c>.</summary>
    LongCount,
}

/// <summary>An include flag (<c>includeDeleted</c>): when false, only the entities whose <paramref name="Property"/> is false (true when <paramref name="Negated"/>) are kept.</summary>
internal sealed record ShapedFlagSpec(string Parameter, string Property, bool Negated);

/// <summary>
/// The stored entity under the key of the entity passed (<c>LoadOriginalCopyAsync(entity)</c>): a copy of what is stored,
/// untouched by the caller's changes; null (or the not-found error for <see cref="SingleResult.Required"/>) when missing.
/// </summary>
/// <param name="Entity">The entity parameter (escaped).</param>
/// <param name="Result">How a missing entity is returned.</param>
internal sealed record EntityFindStoredOp(string Entity, SingleResult Result) : OperationSpec;

/// <summary>
/// The entities found by a collection of keys, as a dictionary by key (a DataLoader's <c>GetByIdsAsync(ids)</c>): keys with
/// no entity are absent, a key given twice is one entry; one consistent query.
/// </summary>
/// <param name="Keys">The keys' parameter (escaped).</param>
/// <param name="ParameterName">Its plain name, for the null-argument error.</param>
/// <param name="KeyType">The key type.</param>
internal sealed record EntityKeyMapOp(string Keys, string ParameterName, string KeyType, bool LiftsValues = false) : OperationSpec;

/// <summary>
/// A list by a <c>params</c> array of keys under the <c>NoKeysGiven</c> setting (Umbraco's <c>GetMany(params TId[]? ids)</c>):
/// no keys list every entity or nothing, as the setting says; keys list their entities in the order <c>ByKeysOrder</c> says.
/// </summary>
/// <param name="Keys">The keys' parameter (escaped).</param>
/// <param name="ParameterName">Its plain name, for the null-argument error.</param>
/// <param name="KeyType">The key type (the array's element type).</param>
/// <param name="EveryWhenNone">Whether no keys list every entity (else nothing).</param>
/// <param name="KeysGivenOrder">Whether the entities come in the order of the keys given (else the fake's list order, each once).</param>
/// <param name="Sequence">As a list or an array.</param>
internal sealed record EntityParamsKeysListOp(string Keys, string ParameterName, string KeyType, bool EveryWhenNone, bool KeysGivenOrder, SequenceKind Sequence) : OperationSpec;

/// <summary>
/// The one entity stored, as LINQ's <c>Single()</c>/<c>SingleOrDefault()</c> over the table gives it (Sonarr's
/// <c>BasicRepository.Single()</c> is <c>All().Single()</c>): several throw <c>InvalidOperationException</c>, and none too for
/// <c>Single</c>, or <c>default</c> for <c>SingleOrDefault</c>.
/// </summary>
/// <param name="OrDefault">Whether none gives <c>default</c> (<c>SingleOrDefault</c>) rather than the error.</param>
internal sealed record EntitySingleOp(bool OrDefault) : OperationSpec;

/// <summary>What a member of a framework ETag state store does (Conventions.FrameworkETagStateStores).</summary>
internal enum ETagStateAction
{
    Read,
    Write,
    Clear,
}

/// <summary>
/// A member of a framework ETag state store (Orleans' <c>IGrainStorage</c>): reads into, writes from or clears the
/// caller's state object, keyed by <c>"{StateName}/{Id}"</c>.
/// </summary>
/// <param name="Action">What the member does.</param>
/// <param name="StateName">The state name parameter.</param>
/// <param name="Id">The owner's id parameter (rendered with its ToString, as the real store does).</param>
/// <param name="State">The caller's state object parameter.</param>
/// <param name="TypeArgument">The method's type parameter (the state's type).</param>
/// <param name="Conflict">The exception type a failed tag check throws, rendered; its constructor takes (message, stored tag, received tag).</param>
internal sealed record ETagStateOp(ETagStateAction Action, string StateName, string Id, string State, string TypeArgument, string Conflict) : OperationSpec;

/// <summary>What a member of a framework reminder table does (Conventions.FrameworkReminderTables).</summary>
internal enum ReminderTableAction
{
    ReadByOwner,
    ReadByRange,
    ReadRow,
    Upsert,
    Remove,
    Clear,
}

/// <summary>
/// A member of a framework reminder table (Orleans' <c>IReminderTable</c>): rows keyed by (owner id, name) under a per-row
/// ETag, stored in a key-value table of <c>(Owner, Name)</c> to the row type.
/// </summary>
/// <param name="Action">What the member does.</param>
/// <param name="Arguments">The member's parameters, escaped, in the contract's order.</param>
/// <param name="RowType">The row type, rendered (it has a public parameterless constructor and the five settable properties).</param>
/// <param name="RowListType">The row list type, rendered (constructed from an <c>IEnumerable</c> of rows).</param>
internal sealed record ReminderTableOp(ReminderTableAction Action, EquatableArray<string> Arguments, string RowType, string RowListType) : OperationSpec;

/// <summary>What a member of a store of one value under two keys does (Parsing/TwoKeyPlanner.cs).</summary>
internal enum TwoKeyAction
{
    /// <summary>Stores the value under both keys; either key taken is the duplicate error.</summary>
    Add,

    /// <summary>Reads the value by one key: null/default when missing.</summary>
    Get,

    /// <summary>Reads the value by one key: missing is the not-found error.</summary>
    GetRequired,

    /// <summary>Whether a value is stored under one key.</summary>
    Exists,

    /// <summary>Replaces the value found by one key (both keys stay); see <see cref="TwoKeyOp.Missing"/>.</summary>
    Replace,

    /// <summary>Removes the value found by one key, both keys with it.</summary>
    Remove,
}

/// <summary>What a replace or remove by one key that returns nothing does when nothing is stored under the key.</summary>
internal enum TwoKeyMissing
{
    /// <summary>The member returns <c>bool</c>, which says it.</summary>
    Returned,

    /// <summary>Nothing happens (a removal's default; an update under <c>MissingUpdate = Ignore</c>).</summary>
    Ignored,

    /// <summary>The not-found error (an update under <c>MissingUpdate = NotFound</c>).</summary>
    NotFound,
}

/// <summary>
/// A member of a store that holds each value under two keys, each unique alone (IdentityServer4's <c>IDeviceFlowStore</c>:
/// <c>StoreDeviceAuthorizationAsync(deviceCode, userCode, data)</c>, <c>FindByUserCodeAsync</c>, <c>RemoveByDeviceCodeAsync</c>);
/// the table is keyed by the pair <c>(First, Second)</c> in the write's order.
/// </summary>
/// <param name="Action">What the member does.</param>
/// <param name="BySecond">Whether the member's key is the write's second key (else its first; unused by <see cref="TwoKeyAction.Add"/>).</param>
/// <param name="Key">The key parameter (escaped); for an add, the first key.</param>
/// <param name="Second">For an add, the second key parameter (escaped); else null.</param>
/// <param name="Value">The value parameter of an add or replace (escaped); else null.</param>
/// <param name="Missing">What a replace or removal does for a missing key.</param>
/// <param name="ResultType">For a read, the declared result type, rendered (the value type, nullable or not); else null.</param>
internal sealed record TwoKeyOp(TwoKeyAction Action, bool BySecond, string Key, string? Second, string? Value, TwoKeyMissing Missing, string? ResultType) : OperationSpec;

/// <summary>
/// A write of the properties a caller lists as lambdas onto the stored entity with the given entity's key (Sonarr's
/// <c>BasicRepository.SetFields(model, params Expression&lt;Func&lt;TModel, object&gt;&gt;[] properties)</c>), or of each entity of a
/// collection as one all-or-nothing step; the other properties stay as stored.
/// </summary>
/// <param name="Entity">The entity (or collection) parameter, escaped.</param>
/// <param name="Many">Whether it is a collection of entities.</param>
/// <param name="Selectors">The selector array parameter, escaped.</param>
/// <param name="Properties">The entity's settable properties, which the selectors may name.</param>
internal sealed record EntitySetFieldsOp(string Entity, bool Many, string Selectors, EquatableArray<string> Properties) : OperationSpec;

/// <summary>The members of a paging spec a listing reads and fills (escaped names; null when the spec has none).</summary>
/// <param name="Page">The 1-based page number.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Records">Receives the page.</param>
/// <param name="RecordsIsArray">Whether the records member is an array (else a list is assigned).</param>
/// <param name="Total">Receives the filtered total.</param>
/// <param name="SortKey">The sort key, or null.</param>
/// <param name="SortDirection">The sort direction, or null.</param>
/// <param name="Descending">The rendered enum member that sorts descending, or null.</param>
/// <param name="Filters">The filter expressions, or null.</param>
internal sealed record PagingSpecShape(string Page, string PageSize, string Records, bool RecordsIsArray, string Total, string? SortKey, string? SortDirection, string? Descending, string? Filters);

/// <summary>
/// Every entity the spec's filters accept, ordered by its sort key (the key when none) and direction, one page of them
/// written into the spec with the total (Sonarr's <c>BasicRepository.GetPaged(pagingSpec)</c>), from one consistent read.
/// </summary>
/// <param name="Spec">The spec parameter, escaped.</param>
/// <param name="Shape">Its members.</param>
/// <param name="Sorting">The orderable properties a sort key may name.</param>
/// <param name="KeyName">The key property's name, the order without a sort key.</param>
/// <param name="ReturnsSpec">Whether the member returns the spec it filled.</param>
internal sealed record EntityPagingSpecOp(string Spec, PagingSpecShape Shape, SortingSpec Sorting, string KeyName, bool ReturnsSpec) : OperationSpec;
