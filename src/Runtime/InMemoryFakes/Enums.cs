namespace InMemoryFakes;

/// <summary>The three kinds of store a generated fake can be built on.</summary>
public enum StoreKind
{
    /// <summary>Inferred from the interface's members.</summary>
    Auto = 0,

    /// <summary>Entities with a key property: Add, Update, Get, Delete, queries.</summary>
    EntityRepository = 1,

    /// <summary>Key → value with expiry and atomic counters.</summary>
    KeyValue = 2,

    /// <summary>Key → bytes with content type, metadata and a byte quota.</summary>
    Blob = 3,
}

/// <summary>What a write does when it would take the store past its entry or byte quota.</summary>
public enum QuotaPolicy
{
    /// <summary>Throw the quota error; the store is left exactly as it was.</summary>
    Throw = 0,

    /// <summary>Drop the write silently; members returning <see cref="bool"/> report <see langword="false"/>.</summary>
    Reject = 1,

    /// <summary>Evict the entries inserted first (FIFO) until the write fits.</summary>
    EvictOldest = 2,

    /// <summary>Evict the entries read or written least recently until the write fits.</summary>
    EvictLeastRecentlyUsed = 3,
}

/// <summary>How stored values are isolated from the objects callers hold.</summary>
public enum CopyMode
{
    /// <summary>Copy mutable classes on write and on read; store immutable values (records with init-only members, strings, primitives) as they are.</summary>
    Auto = 0,

    /// <summary>Always copy on write and on read.</summary>
    Copy = 1,

    /// <summary>Never copy: the store keeps the caller's instance, as a plain dictionary would.</summary>
    Reference = 2,
}

/// <summary>Why the store removed an entry by itself.</summary>
public enum EvictionReason
{
    /// <summary>The entry's time to live elapsed.</summary>
    Expired = 0,

    /// <summary>The entry was the oldest when a write needed room (<see cref="QuotaPolicy.EvictOldest"/>).</summary>
    Oldest = 1,

    /// <summary>The entry was the least recently used when a write needed room (<see cref="QuotaPolicy.EvictLeastRecentlyUsed"/>).</summary>
    LeastRecentlyUsed = 2,
}

/// <summary>Where a write through a fake with a unit of work goes; see <see cref="InMemoryFakeAttribute.UnitOfWorkWrites"/>.</summary>
public enum UnitOfWorkWrites
{
    /// <summary>
    /// The generator decides: writes are deferred when the interface has synchronous writes or an <c>IUnitOfWork</c>
    /// property, immediate for Ardalis.Specification's <c>IRepositoryBase&lt;T&gt;</c>; otherwise it reports IMF0022.
    /// </summary>
    Auto = 0,

    /// <summary>
    /// Writes wait in the tracker until <c>SaveChanges</c> (the repository only tracks, as EF Core's <c>DbSet.Add</c> does).
    /// On a repository without a save of its own beside a saves-only <c>IUnitOfWork</c>, they wait in the
    /// <see cref="InMemoryFakeOptions.SharedUnitOfWork"/> that the unit of work's fake saves (docs/runtime.md#unit-of-work).
    /// </summary>
    Deferred = 1,

    /// <summary>Each write is saved at once (the repository saves inside each write); <c>SaveChanges</c> saves changes made to tracked entities.</summary>
    Immediate = 2,
}

/// <summary>
/// The order of a list found by a collection of keys (<c>GetByIdsAsync(IList&lt;int&gt; ids)</c>), which the signature does
/// not say; see <see cref="InMemoryFakeAttribute.ByKeysOrder"/>.
/// </summary>
public enum ByKeysOrder
{
    /// <summary>Not stated: such a list is refused (IMF0018), unless its name orders it (<c>GetByIdsOrderByName</c>).</summary>
    Unstated = 0,

    /// <summary>
    /// The order of the keys given: for each key, its entity when stored (a key given twice gives its entity twice, a
    /// missing key gives nothing), as nopCommerce's <c>GetByIdsAsync</c> sorts its rows and a Redis <c>MGET</c> returns them.
    /// </summary>
    KeysGiven = 1,

    /// <summary>
    /// The store's own order (each entity once, in the fake's list order: insertion order, or <see cref="InMemoryFakeAttribute.DefaultOrder"/>),
    /// as a <c>Where(e =&gt; ids.Contains(e.Id))</c> query returns them.
    /// </summary>
    Stored = 2,
}

/// <summary>
/// What a removal of one entity that returns nothing (<c>Task DeleteAsync(string id)</c>) does when no entity has the key,
/// which the signature does not say; see <see cref="InMemoryFakeAttribute.MissingDelete"/>.
/// </summary>
public enum MissingDelete
{
    /// <summary>
    /// Not stated: a removal by key does nothing, as a <c>DELETE … WHERE Id = @id</c> or MongoDB's <c>DeleteOne</c> does
    /// (Ardalis.Specification's <c>IRepositoryBase&lt;T&gt;</c> excepted: EF Core throws there); a removal by entity that
    /// returns nothing, and one that also takes an expected concurrency token and returns nothing, are refused (IMF0001):
    /// EF Core's <c>Remove</c> + <c>SaveChanges</c> throws for a missing entity where Dapper and MongoDB do nothing.
    /// </summary>
    Unstated = 0,

    /// <summary>
    /// The removal does nothing; with an expected concurrency token, a missing entity is nothing too. A removal by entity
    /// answering <see cref="bool"/> or a count answers false (0) for a missing entity, stated or not: stating it says so and
    /// silences IMF0029.
    /// </summary>
    Ignore = 1,

    /// <summary>
    /// The removal throws the not-found error (<see cref="InMemoryFakeAttribute.NotFoundException"/> when set) and changes
    /// nothing, as Datasync's <c>DeleteAsync</c> (HTTP 404), Cosmos DB's <c>DeleteItemAsync</c> and Azure Tables'
    /// <c>DeleteEntityAsync</c> do.
    /// </summary>
    NotFound = 2,
}

/// <summary>
/// What an update of one entity (<c>void Update(T item)</c>, <c>Task&lt;T&gt; UpdateBasketAsync(T basket)</c>) does when the
/// entity is not stored, which the signature does not say; see <see cref="InMemoryFakeAttribute.MissingUpdate"/>.
/// </summary>
public enum MissingUpdate
{
    /// <summary>
    /// Not stated: the update throws the not-found error, as EF Core's <c>Update</c> + <c>SaveChanges</c> and a SQL
    /// <c>UPDATE</c> fail or change nothing; an update that is the interface's only way to store the entity is refused (IMF0001).
    /// </summary>
    Unstated = 0,

    /// <summary>
    /// The update stores a missing entity too (an upsert), as a Redis <c>SET</c> (eShop's <c>UpdateBasketAsync</c>), a Dapr
    /// <c>SaveStateAsync</c> or a dictionary's indexer write (<c>_todos[item.Key] = item</c>) do.
    /// </summary>
    Insert = 1,

    /// <summary>
    /// The update throws the not-found error (<see cref="InMemoryFakeAttribute.NotFoundException"/> when set) and stores
    /// nothing: the default, stated, which also lets an update that is the interface's only write be generated.
    /// </summary>
    NotFound = 2,

    /// <summary>
    /// An update that returns nothing does nothing for a missing entity, as a SQL <c>UPDATE</c> whose affected rows nobody
    /// reads (Dapper's <c>ExecuteAsync</c>) and an Elasticsearch partial update (the 404 is in the response, not thrown) do.
    /// An update returning <see cref="bool"/> or a count answers false (0) for a missing entity, stated or not: stating it
    /// says so and silences IMF0029.
    /// </summary>
    Ignore = 3,
}

/// <summary>
/// What a list by a collection of keys does when a key given finds no entity (Sonarr's <c>BasicRepository.Get(ids)</c>
/// throws, a <c>Contains</c> query leaves it out), which the signature does not say; see <see cref="InMemoryFakeAttribute.ByKeysMissing"/>.
/// </summary>
public enum ByKeysMissing
{
    /// <summary>Not stated: a key without an entity gives nothing, as <see cref="Skip"/>.</summary>
    Unstated = 0,

    /// <summary>A key without an entity gives nothing, as a <c>Where(e =&gt; ids.Contains(e.Id))</c> query does.</summary>
    Skip = 1,

    /// <summary>
    /// The not-found error unless the list holds as many entities as keys were given: a key without an entity (or, in the
    /// store's own order, a key given twice) throws, nothing is returned, as Sonarr's <c>BasicRepository.Get(ids)</c>
    /// (<c>ApplicationException</c>: "Expected query to return N rows but returned M").
    /// </summary>
    Throw = 2,
}

/// <summary>
/// What a list by a <c>params</c> array of keys returns when it is given none (Umbraco's
/// <c>IEnumerable&lt;TEntity&gt; GetMany(params TId[]? ids)</c>), which the signature does not say; see
/// <see cref="InMemoryFakeAttribute.NoKeysGiven"/>.
/// </summary>
public enum NoKeysGiven
{
    /// <summary>Not stated: such a list is refused (IMF0001).</summary>
    Unstated = 0,

    /// <summary>
    /// No keys (an empty array, or null where the parameter allows it) lists every entity, as Umbraco's
    /// <c>EntityRepositoryBase.GetMany</c> does; keys list the entities of those keys.
    /// </summary>
    Every = 1,

    /// <summary>No keys lists nothing, as a <c>Where(e =&gt; ids.Contains(e.Id))</c> query of an empty array returns.</summary>
    Nothing = 2,
}

/// <summary>
/// How a key-value store's generic read (<c>TOut Get&lt;TOut&gt;(key)</c>) turns the stored value into the type asked for;
/// see <see cref="InMemoryFakeAttribute.GenericReads"/>.
/// </summary>
public enum GenericReadConversion
{
    /// <summary>
    /// No conversion: the value when it is a <c>TOut</c> (a store of <see cref="object"/> values); a value of another type is
    /// an <see cref="System.InvalidCastException"/> naming the member, as a <c>(TOut)</c> cast throws (what a store answers
    /// for it is in no signature; <see cref="As"/> states <see langword="default"/>); a generic read of a store of sealed
    /// values is refused (IMF0001).
    /// </summary>
    None = 0,

    /// <summary>
    /// <see cref="System.Convert.ChangeType(object, System.Type, System.IFormatProvider)"/> with the invariant culture
    /// (<c>Get&lt;int&gt;</c> of <c>"5"</c> is 5); when that conversion fails, the value itself when it is a <c>TOut</c>,
    /// else an <see cref="System.InvalidCastException"/> naming the key and both types. A missing key is
    /// <see langword="default"/> for a nullable or oblivious <c>TOut</c> and the not-found error otherwise. As
    /// CacheManager's <c>BaseCache.GetCasted</c> converts.
    /// </summary>
    ChangeType = 1,

    /// <summary>
    /// No conversion, and a value of another type reads as <see langword="default"/>: a generic read declared nullable or
    /// oblivious answers the value when it is a <c>TOut</c>, else <see langword="default"/> (for a missing key too), as
    /// <c>value as TOut</c> does (ONLYOFFICE's <c>AscCache.Get&lt;T&gt;</c>), as <c>IMemoryCache.TryGetValue&lt;TItem&gt;</c>
    /// does (Piranha's <c>MemoryCache.GetAsync&lt;T&gt;</c>) and as LazyCache's <c>CachingService.Get&lt;T&gt;</c> does.
    /// Unstated (<see cref="None"/>), such a read throws <see cref="System.InvalidCastException"/> for a value of another
    /// type, as a <c>(TOut)</c> cast does.
    /// </summary>
    As = 2,
}

/// <summary>Whether an insert stamps <see cref="InMemoryFakeAttribute.UpdatedStamp"/> too.</summary>
public enum StampOnInsert
{
    /// <summary>Not stated: a setting of <see cref="InMemoryFakeAttribute.UpdatedStamp"/> without it is IMF0010.</summary>
    Unstated = 0,

    /// <summary>An insert stamps it too, as MS Learn's <c>UpsertProperty</c> and many EF Core interceptors do.</summary>
    Stamp = 1,

    /// <summary>An insert stores the value the entity was given (usually unset), as ABP and GrandNode do.</summary>
    Leave = 2,
}

/// <summary>What an add of an entity whose key is already set does; see <see cref="InMemoryFakeAttribute.PresetKeyOnAdd"/>.</summary>
public enum PresetKeyOnAdd
{
    /// <summary>The entity is stored under the key it has (a taken key is the duplicate-key error).</summary>
    Keep = 0,

    /// <summary>
    /// The add throws <see cref="System.InvalidOperationException"/> and stores nothing, as Sonarr's and Radarr's
    /// <c>BasicRepository.Insert</c> ("Can't insert model with existing ID"). An upsert (<c>Save</c>) of a set key that is not
    /// stored is refused the same way (EF Core's <c>Id == 0 ? Add : Update</c> throws for it); a stored key is replaced.
    /// </summary>
    Refuse = 1,

    /// <summary>
    /// Every add gives the entity a new key, overwriting one the caller set (which is not stored), as AspNetCore.Docs'
    /// <c>TodoRepository.Add</c> and workflow-core's <c>MemoryPersistenceProvider.CreateNewWorkflow</c> do
    /// (<c>item.Key = Guid.NewGuid().ToString()</c>). A <see cref="string"/> key gets <c>Guid.NewGuid().ToString()</c>; an
    /// <see cref="int"/>, <see cref="long"/> or <see cref="System.Guid"/> key (or a wrapper of one) the next generated one.
    /// </summary>
    Replace = 2,

    /// <summary>
    /// For a <see cref="string"/> key the store fills when the entity has none, as the Cosmos DB samples' repositories do
    /// (<c>item.Id ??= Guid.NewGuid().ToString()</c>, <c>string.IsNullOrEmpty(item.Id) ? …</c>) and the DocumentDB SDK does
    /// for a document: an add (or an upsert that inserts) of an entity whose key is null or empty gives it
    /// <c>Guid.NewGuid().ToString()</c> (the "D" format); a key the caller set is kept, as with <see cref="Keep"/>. What an
    /// <see cref="int"/>, <see cref="long"/> or <see cref="System.Guid"/> key already gets under <see cref="Keep"/>.
    /// </summary>
    GenerateWhenUnset = 3,
}

/// <summary>How a store compares string keys; see <see cref="InMemoryFakeAttribute.StringKeys"/>.</summary>
public enum StringKeyComparison
{
    /// <summary>Ordinal: <c>"Core.Name"</c> and <c>"core.name"</c> are two keys (the fake's default).</summary>
    Ordinal = 0,

    /// <summary>Ordinal ignoring case: <c>"Core.Name"</c> and <c>"core.name"</c> are one key, which keeps the casing first written.</summary>
    OrdinalIgnoreCase = 1,
}

/// <summary>What a key-value store does with a null, empty or white-space key; see <see cref="InMemoryFakeAttribute.BlankKeys"/>.</summary>
public enum BlankKeys
{
    /// <summary>A blank key is a key like any other; null throws <see cref="System.ArgumentNullException"/>.</summary>
    Store = 0,

    /// <summary>A write of a blank or null key does nothing; a read of one finds nothing.</summary>
    Ignore = 1,

    /// <summary>A blank or null key throws <see cref="System.ArgumentException"/> naming the key parameter; the store is unchanged.</summary>
    Throw = 2,
}

/// <summary>
/// What a lookup that returns one entity does when several match and neither its name nor the entity says which it
/// returns (<c>FindByEmail(email)</c> on a non-unique <c>Email</c>, <c>GetAsync(string userId)</c>, a predicate
/// <c>Find(predicate)</c> returning <c>T?</c>); see <see cref="InMemoryFakeAttribute.SeveralMatches"/>.
/// </summary>
public enum SeveralMatches
{
    /// <summary>
    /// Not stated: when two or more entities match, the lookup throws <see cref="System.InvalidOperationException"/>
    /// saying how many matched and how to state it (0 or 1 match is unaffected). Real stores split here: EF Core's and
    /// LINQ's <c>SingleOrDefault</c> throw, <c>FirstOrDefault</c> returns one row.
    /// </summary>
    Unstated = 0,

    /// <summary>The first match in the fake's query order (insertion order, or <see cref="InMemoryFakeAttribute.DefaultOrder"/>), as <c>FirstOrDefault</c>.</summary>
    First = 1,

    /// <summary>
    /// <see cref="System.InvalidOperationException"/> ("Sequence contains more than one element."), as LINQ's and EF Core's
    /// <c>SingleOrDefault</c>; Spring Data's derived single queries throw likewise.
    /// </summary>
    Throw = 2,
}

/// <summary>
/// What a key-value store's read whose result is declared not null gives for a missing key; see
/// <see cref="InMemoryFakeAttribute.MissingKeyReads"/>.
/// </summary>
public enum MissingKeyRead
{
    /// <summary>The not-found error, as the non-nullable result says (the default).</summary>
    NotFound = 0,

    /// <summary><see langword="default"/> (null for a reference type), whatever the annotation says.</summary>
    Default = 1,

    /// <summary>
    /// <see cref="string.Empty"/> for a key-value store's read of a <see langword="string"/> value declared not null, as Redis
    /// wrappers that answer <c>value.HasValue ? value.ToString() : string.Empty</c> do; reads of other types keep the
    /// not-found error.
    /// </summary>
    Empty = 2,
}

/// <summary>
/// What a key-value store's write of one key given a <see langword="null"/> value does, which no signature says; see
/// <see cref="InMemoryFakeAttribute.NullValueWrites"/>.
/// </summary>
public enum NullValueWrite
{
    /// <summary>
    /// <see cref="System.ArgumentNullException"/> naming the value, store unchanged (the default), as Redis and
    /// <c>IDistributedCache</c> do; a value declared nullable is refused at compile time (IMF0001).
    /// </summary>
    Refuse = 0,

    /// <summary>The key is removed (nothing for a missing key), so it then reads as missing: SAML2's <c>CacheStateService.Set(key, null)</c>.</summary>
    Remove = 1,

    /// <summary>
    /// The null is stored under the key, as a <c>Dictionary</c>'s indexer does: a try-read then answers <see langword="true"/>
    /// with null, and the key is counted and listed.
    /// </summary>
    Keep = 2,
}

/// <summary>
/// What a blob store's write without an overwrite parameter does to a name already stored; see
/// <see cref="InMemoryFakeAttribute.ExistingBlobWrites"/>.
/// </summary>
public enum ExistingBlobWrite
{
    /// <summary>The write replaces the stored blob (the default).</summary>
    Replace = 0,

    /// <summary>The write is the duplicate-key error (or <see langword="false"/>), store unchanged.</summary>
    Refuse = 1,
}

/// <summary>
/// Which names a blob store's listing answers below the listed prefix or directory, which no signature says; see
/// <see cref="InMemoryFakeAttribute.BlobListings"/>.
/// </summary>
public enum BlobListing
{
    /// <summary>
    /// Not stated: names with no <c>/</c> after the listed prefix or directory are listed (every store agrees on them);
    /// a listing that would answer a nested name throws <see cref="System.InvalidOperationException"/> naming it.
    /// </summary>
    Unstated = 0,

    /// <summary>
    /// Every name under the prefix or directory, nested ones included: Azure's <c>GetBlobs(prefix)</c> (v12), S3's
    /// <c>ListObjectsV2</c> without a delimiter, <c>Directory.GetFiles(dir, "*", SearchOption.AllDirectories)</c>.
    /// </summary>
    Flat = 1,

    /// <summary>
    /// Only the names one level below (no <c>/</c> after the prefix or directory), never the virtual directories:
    /// Azure's <c>GetBlobsByHierarchy(delimiter: "/")</c> (blobs only), the v9 SDK's <c>ListBlobsSegmented</c> without a
    /// flat listing (blobs only), S3 with <c>Delimiter = "/"</c> (its <c>Contents</c>), <c>Directory.GetFiles(dir)</c>.
    /// </summary>
    TopLevel = 2,
}

/// <summary>
/// What a delete of an entity with a deletion flag (a <c>bool</c> or <c>bool?</c> property named <c>IsDeleted</c>,
/// <c>Deleted</c>, <c>SoftDeleted</c>, <c>Removed</c> or <c>IsRemoved</c>) does, which the signature cannot say; see
/// <see cref="InMemoryFakeAttribute.SoftDelete"/>.
/// </summary>
public enum SoftDelete
{
    /// <summary>
    /// Not stated: every delete or remove member of such an entity is refused (IMF0001), since ABP, nopCommerce and MrCMS
    /// only set the flag (and hide flagged rows from some or all reads) where CommunityToolkit.Datasync and a plain EF Core
    /// repository remove the row; on an EF Core context interface, each <c>DbSet&lt;T&gt;</c> of such an entity is
    /// refused, since a context's own <c>SaveChanges</c> may set the flag instead (ABP's <c>AbpDbContext</c>). Beside a
    /// <c>SoftDelete…</c> member of the interface, which proves the store marks the rows it deletes, the reads that name no
    /// deleted state are refused too: whether they hide the marked rows is the store's own (Admin.Core's and YukiSoraShop's
    /// do, MrCMS's <c>Get(id)</c> does not).
    /// </summary>
    Unstated = 0,

    /// <summary>
    /// The deletes remove the row, and the reads filter nothing by the flag (CommunityToolkit.Datasync's
    /// repositories, a plain EF Core repository whose entity merely has the column); on a context interface, a
    /// <c>Remove</c> and the save delete the row (a plain <c>DbContext</c>). Beside a <c>SoftDelete…</c> member, the reads
    /// answer marked rows too, as that member leaves them.
    /// </summary>
    None = 1,
}

/// <summary>
/// What an add of one entity (<c>Add</c>, <c>Insert</c>, <c>Create</c>) whose name does not say it (no <c>TryAdd</c>,
/// <c>AddIfNotExists</c>, <c>AddOrGet</c>) does when the entity's key is already stored, or a key-value store's plain add
/// returning nothing (<c>Add(key, value)</c>) when the key already holds a value, which the signature cannot say; see
/// <see cref="InMemoryFakeAttribute.TakenKeyAdds"/>.
/// </summary>
public enum TakenKeyAdd
{
    /// <summary>
    /// Not stated: an add that returns nothing, the entity or its key throws the duplicate-key error and changes nothing;
    /// an add that returns <see cref="bool"/> is refused (IMF0001), since a <see langword="false"/> for a taken key
    /// (Finbuckle's <c>InMemoryStore</c>) and an exception (a SQL <c>INSERT</c>'s primary key) are both real answers;
    /// and so is every such add on an interface named a cache (<c>…Cache</c>), since caches replace, keep or throw.
    /// </summary>
    Unstated = 0,

    /// <summary>
    /// The duplicate-key error (<see cref="InMemoryFakeAttribute.DuplicateKeyException"/> when set), store unchanged; an add
    /// returning <see cref="bool"/> returns <see langword="true"/> when it stored the entity. As a SQL <c>INSERT</c> whose
    /// primary key is taken (Elfocrash/clean-minimal-api's Dapper <c>CreateAsync</c>: <c>SqliteException</c>), EF Core's
    /// <c>Add</c> + <c>SaveChanges</c> (Finbuckle's <c>EFCoreStore.AddAsync</c>: <c>DbUpdateException</c>) and Cosmos DB's
    /// <c>CreateItemAsync</c> (409 Conflict) do.
    /// </summary>
    Throw = 1,

    /// <summary>
    /// The add stores nothing and throws nothing: the entity already stored stays; an add returning <see cref="bool"/>
    /// returns <see langword="false"/>. As Finbuckle's <c>InMemoryStore.AddAsync</c> (<c>ConcurrentDictionary.TryAdd</c>,
    /// its result returned) and chat-copilot's <c>VolatileContext.CreateAsync</c> (<c>TryAdd</c>, its result dropped) do.
    /// An add returning the entity or its key is then refused (IMF0001): which one it returns is not said. A key-value
    /// store's plain add keeps the value already there, as System.Runtime.Caching's <c>ObjectCache.Add</c> does (and
    /// a cache's <c>void Add</c> that calls it).
    /// </summary>
    Skip = 2,

    /// <summary>
    /// The add replaces what the key holds: an upsert, as OpenIddict's application and authorization caches
    /// (<c>AddAsync</c>: the entry is stored again), LazyCache's <c>IAppCache.Add</c> and MobileBlazorBindings'
    /// <c>MemoryTokenCache.Add</c> (<c>tokens[key] = token</c>) do. An add returning <see cref="bool"/>, the key or a
    /// result object is then refused (IMF0001): whether it answers "added" or "written" is not said; an add returning
    /// nothing or the entity stores it and returns it as stored.
    /// </summary>
    Replace = 3,
}

/// <summary>
/// How an entity repository's read answering several rows matches a <c>string</c> against a text property when neither the
/// name nor the parameter says how; see <see cref="InMemoryFakeAttribute.TextLookups"/>.
/// </summary>
public enum TextLookup
{
    /// <summary>Not stated: the text is compared equal (ordinal unless <c>StoreSemantics.TextComparisons</c> says otherwise), reported by IMF0030 (Info).</summary>
    Unstated = 0,

    /// <summary>
    /// The text is compared equal (ordinal unless <c>StoreSemantics.TextComparisons</c> says otherwise), as EF Core's
    /// <c>Where(h =&gt; h.Name == name)</c> or a SQL <c>WHERE Name = @name</c> does; the same as unstated, without the Info.
    /// </summary>
    Equality = 1,

    /// <summary>
    /// The rows whose property contains the text given (ordinal: <c>string.Contains</c>), as <c>Name.Contains(name)</c> in
    /// LINQ to objects or PostgreSQL's <c>LIKE '%' || @name || '%'</c> do; a null text is <c>ArgumentNullException</c>.
    /// </summary>
    Containing = 2,
}
