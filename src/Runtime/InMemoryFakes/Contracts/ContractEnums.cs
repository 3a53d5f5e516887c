namespace InMemoryFakes.Contracts;

/// <summary>What a classified member of a fake's interface means, as the generator understood it.</summary>
public enum ContractOperationKind
{
    /// <summary>Add/Insert/Create(entity): a taken key or unique value is the duplicate error.</summary>
    EntityAdd = 0,

    /// <summary>Get/Find(key) returning a nullable entity: null when missing.</summary>
    EntityFind = 1,

    /// <summary>Get/Find(key) returning a non-nullable entity: the not-found error when missing.</summary>
    EntityGet = 2,

    /// <summary>Update(entity): the not-found error (or <see langword="false"/>) when missing.</summary>
    EntityUpdate = 3,

    /// <summary>Upsert/Save/AddOrUpdate(entity).</summary>
    EntityUpsert = 4,

    /// <summary>Delete/Remove(key): <see langword="void"/> or whether it removed something.</summary>
    EntityDeleteByKey = 5,

    /// <summary>Delete/Remove(entity).</summary>
    EntityDeleteEntity = 6,

    /// <summary>Exists/Contains(key).</summary>
    EntityExists = 7,

    /// <summary>Count().</summary>
    EntityCount = 8,

    /// <summary>GetAll/List(): every live entity.</summary>
    EntityList = 9,

    /// <summary>Clear/DeleteAll().</summary>
    EntityClear = 10,

    /// <summary>A derived query (<c>FindByEmail</c>, <c>CountByAgeGreaterThan</c>…); its arguments have <see cref="ContractParameterRole.QueryArgument"/>.</summary>
    EntityQuery = 11,

    /// <summary>Get(key) of a key-value store.</summary>
    KeyValueGet = 20,

    /// <summary>Set/Put(key, value[, TTL]).</summary>
    KeyValueSet = 21,

    /// <summary>SetIfAbsent/TryAdd(key, value[, TTL]).</summary>
    KeyValueSetIfAbsent = 22,

    /// <summary>Delete/Remove(key).</summary>
    KeyValueDelete = 23,

    /// <summary>Exists/Contains(key).</summary>
    KeyValueExists = 24,

    /// <summary>Increment/Decrement(key[, amount]).</summary>
    KeyValueIncrement = 25,

    /// <summary>Refresh/Touch(key): renews a sliding expiry.</summary>
    KeyValueRefresh = 26,

    /// <summary>Clear/Flush().</summary>
    KeyValueClear = 27,

    /// <summary>Count of a key-value store.</summary>
    KeyValueCount = 28,

    /// <summary>Keys().</summary>
    KeyValueKeys = 29,

    /// <summary>Expire/SetExpiry(key, TTL): needs a time to live, so only in sequences whose real clock the test controls.</summary>
    KeyValueExpire = 30,

    /// <summary>GetTimeToLive/Ttl(key): its result depends on the clock, so only in sequences whose real clock the test controls.</summary>
    KeyValueTimeToLive = 31,

    /// <summary>Put/Upload(key, content…) of a blob store.</summary>
    BlobPut = 40,

    /// <summary>Get/Download(key).</summary>
    BlobGet = 41,

    /// <summary>Delete(key).</summary>
    BlobDelete = 42,

    /// <summary>Exists(key).</summary>
    BlobExists = 43,

    /// <summary>List([prefix]).</summary>
    BlobList = 44,
}

/// <summary>What a parameter of a classified member holds, so the contract runner knows what to generate for it.</summary>
public enum ContractParameterRole
{
    /// <summary>The key of an entity or entry.</summary>
    Key = 0,

    /// <summary>An entity.</summary>
    Entity = 1,

    /// <summary>A key-value store's value.</summary>
    Value = 2,

    /// <summary>A time to live (a <see cref="System.TimeSpan"/>, seconds, an instant or an options object).</summary>
    TimeToLive = 3,

    /// <summary>An Increment/Decrement amount.</summary>
    Amount = 4,

    /// <summary>An argument of a derived query, compared with <see cref="ContractParameter.Property"/>.</summary>
    QueryArgument = 5,

    /// <summary>A blob's content.</summary>
    Content = 6,

    /// <summary>A blob's content type.</summary>
    ContentType = 7,

    /// <summary>A blob listing's key prefix.</summary>
    Prefix = 8,

    /// <summary>A <see cref="System.Threading.CancellationToken"/>; the runner passes its own.</summary>
    CancellationToken = 9,
}

/// <summary>The kinds of error a contract compares. Two errors of the same kind are the same outcome, whatever their types and messages.</summary>
public enum ContractErrorKind
{
    /// <summary>No entry for the key (<see cref="InMemoryFakes.NotFoundException"/>, <see cref="System.Collections.Generic.KeyNotFoundException"/>, a mapped type).</summary>
    NotFound = 0,

    /// <summary>A taken key or unique value (<see cref="InMemoryFakes.DuplicateKeyException"/>, a unique violation in a database).</summary>
    Duplicate = 1,

    /// <summary>An optimistic concurrency conflict (<see cref="InMemoryFakes.ConcurrencyConflictException"/>, EF Core's <c>DbUpdateConcurrencyException</c>).</summary>
    Conflict = 2,

    /// <summary>A quota or capacity limit (<see cref="InMemoryFakes.QuotaExceededException"/>).</summary>
    Quota = 3,

    /// <summary>A refused argument (<see cref="System.ArgumentException"/> and its subclasses).</summary>
    Argument = 4,

    /// <summary>The operation was cancelled (<see cref="System.OperationCanceledException"/>).</summary>
    Cancelled = 5,
}

/// <summary>Who decides an entity's key.</summary>
public enum ContractKeyAssignment
{
    /// <summary>The caller sets the key; the contract generates keys and compares them literally.</summary>
    Caller = 0,

    /// <summary>
    /// The store assigns it when the entity is added with the default key (an identity column, the fake's sequence). The
    /// contract never compares such keys literally: it pairs the key the fake assigned with the key the real store
    /// assigned, and refers to entities by that pair.
    /// </summary>
    Store = 1,
}

/// <summary>What a member returns, as far as comparing two results is concerned.</summary>
public enum ContractResultShape
{
    /// <summary>Nothing (<see langword="void"/>, <see cref="System.Threading.Tasks.Task"/>): only the error kind is compared.</summary>
    Void = 0,

    /// <summary>A plain value (<see cref="bool"/>, a count, a <c>byte[]</c>, a string…), compared structurally.</summary>
    Value = 1,

    /// <summary>One entity (or null), compared property by property.</summary>
    Entity = 2,

    /// <summary>A collection of entities, compared as <see cref="ContractResult.Order"/> says.</summary>
    EntityList = 3,

    /// <summary>An entity's key (e.g. Add returning the key): a store-assigned key is paired, not compared.</summary>
    Key = 4,

    /// <summary>A collection of plain values (keys of a key-value store, blob names), compared as <see cref="ContractResult.Order"/> says.</summary>
    ValueList = 5,
}

/// <summary>Which order of a collection result is part of the contract.</summary>
public enum ContractResultOrder
{
    /// <summary>None: compared as multisets. The default for <c>GetAll</c>/<c>List</c> and unordered queries, since a database returns rows without <c>ORDER BY</c> in no defined order.</summary>
    Unordered = 0,

    /// <summary>The <see cref="ContractResult.OrderBy"/> keys: the sequences of ordering values must be equal and the multisets of items equal (ties may come in any order).</summary>
    OrderedBy = 1,

    /// <summary>Exactly the order returned (e.g. a blob listing sorted by key).</summary>
    Exact = 2,
}

/// <summary>How the contract's C# repro snippet calls a member.</summary>
public enum ContractInvocationStyle
{
    /// <summary>A plain call.</summary>
    Sync = 0,

    /// <summary><c>await</c> of a <see cref="System.Threading.Tasks.Task"/> or <see cref="System.Threading.Tasks.ValueTask"/>.</summary>
    Await = 1,

    /// <summary>An <see cref="System.Collections.Generic.IAsyncEnumerable{T}"/>, materialised with <c>ToListAsync()</c>.</summary>
    AsyncEnumerable = 2,
}

/// <summary>How the contract's C# repro snippet writes an entity.</summary>
public enum ContractConstruction
{
    /// <summary><c>new User { Email = "…", Age = 3 }</c>.</summary>
    ObjectInitializer = 0,

    /// <summary><c>new User(0, "…", 3)</c>, values in <see cref="ContractEntityShape.Properties"/> order (a positional record).</summary>
    Constructor = 1,
}
