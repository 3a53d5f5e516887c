using System;

namespace InMemoryFakes;

/// <summary>
/// Asks the InMemoryFakes source generator to write a dictionary-backed implementation.
/// </summary>
/// <remarks>
/// <para>On an interface <c>IOrderRepository</c> it produces <c>public sealed partial class InMemoryOrderRepository</c>
/// in the same namespace. On a partial class, pass the interface to implement:
/// <c>[InMemoryFake(typeof(IForeignStore))] public partial class MyFake;</c>.</para>
/// <para>Values set here are the fake's defaults; an <see cref="InMemoryFakeOptions"/> passed to the
/// constructor overrides each one it sets.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class InMemoryFakeAttribute : Attribute
{
    /// <summary>Marks an interface for generation.</summary>
    public InMemoryFakeAttribute()
    {
    }

    /// <summary>Marks a partial class as the fake for an interface the user does not own.</summary>
    /// <param name="interfaceType">The interface the class implements.</param>
    public InMemoryFakeAttribute(Type interfaceType)
    {
        InterfaceType = interfaceType;
    }

    /// <summary>The interface implemented by a partial fake class; <see langword="null"/> on an interface.</summary>
    public Type? InterfaceType { get; }

    /// <summary>The generated class name. Defaults to <c>InMemory</c> + the interface name without its leading <c>I</c>.</summary>
    public string? Name { get; set; }

    /// <summary>Which kind of store backs the fake. <see cref="StoreKind.Auto"/> infers it from the members.</summary>
    public StoreKind Kind { get; set; }

    /// <summary>The most live entries the store holds; 0 means no limit.</summary>
    public int MaxEntries { get; set; }

    /// <summary>The most bytes the store holds (content bytes for blobs, estimated size otherwise); 0 means no limit.</summary>
    public long MaxBytes { get; set; }

    /// <summary>What a write that would exceed <see cref="MaxEntries"/> or <see cref="MaxBytes"/> does.</summary>
    public QuotaPolicy QuotaPolicy { get; set; }

    /// <summary>Time to live, in seconds, for entries written without one; 0 means entries do not expire.</summary>
    public double DefaultTtlSeconds { get; set; }

    /// <summary>Whether stored values are copied on write and read.</summary>
    public CopyMode CopyMode { get; set; }

    /// <summary>Exception thrown instead of <see cref="NotFoundException"/>; it needs a public <c>(string message)</c> constructor.</summary>
    public Type? NotFoundException { get; set; }

    /// <summary>Exception thrown instead of <see cref="DuplicateKeyException"/>; it needs a public <c>(string message)</c> constructor.</summary>
    public Type? DuplicateKeyException { get; set; }

    /// <summary>Exception thrown instead of <see cref="QuotaExceededException"/>; it needs a public <c>(string message)</c> constructor.</summary>
    public Type? QuotaExceededException { get; set; }

    /// <summary>Exception thrown instead of <see cref="ConcurrencyConflictException"/>; it needs a public <c>(string message)</c> constructor.</summary>
    public Type? ConcurrencyException { get; set; }

    /// <summary>
    /// Parameter names the fake ignores, besides the built-in list of optional flags (<c>includeDetails</c>,
    /// <c>autoSave</c>, <c>asNoTracking</c>… docs/generator.md, "Ignored parameters"): a parameter named here takes no part in
    /// what the member does, whether it is optional or not.
    /// </summary>
    public string[]? IgnoredParameters { get; set; }

    /// <summary>
    /// For an interface with a unit-of-work member (<c>SaveChanges</c>, <c>Commit</c>, an <c>IUnitOfWork</c> property): whether
    /// its writes wait for the save or are saved at once. <see cref="InMemoryFakes.UnitOfWorkWrites.Auto"/> lets the generator
    /// decide where the interface proves it, and reports IMF0022 where it does not.
    /// </summary>
    public UnitOfWorkWrites UnitOfWorkWrites { get; set; }

    /// <summary>
    /// The order in which an entity repository lists its entities when a member does not say one itself: every list of
    /// entities (<c>GetAll</c>, <c>List</c>, paged lists, derived queries and filters without <c>OrderBy</c>, and which match
    /// a <c>FindFirstBy…</c> returns). Property names of the entity separated by commas, each optionally followed by
    /// <c>desc</c>: <c>"Title"</c>, <c>"LastName, FirstName"</c>, <c>"CreatedAt desc, Id"</c>. Text compares as the fake's
    /// <see cref="StoreSemantics"/> say (ordinal by default), nulls first. Without it, lists come in insertion order.
    /// Declare it when the real store sorts (<c>OrderBy(g =&gt; g.Title)</c> in its query): the interface cannot say so.
    /// A name that is not a comparable property of the entity, or the setting on a key-value or blob store, is IMF0010.
    /// </summary>
    public string? DefaultOrder { get; set; }

    /// <summary>
    /// For an entity repository: the order of a list found by a collection of keys (<c>GetByIdsAsync(IList&lt;int&gt; ids)</c>,
    /// <c>GetByIds(IEnumerable ids)</c>) whose name orders nothing. Real stores differ (nopCommerce sorts by the ids given,
    /// a <c>Contains</c> query keeps the table's order) and the signature cannot say which, so without it such a list is
    /// refused (IMF0018). <see cref="InMemoryFakes.ByKeysOrder.KeysGiven"/> applies to a list whose conditions are joined by
    /// And; a page or a single match by keys stays refused.
    /// </summary>
    public ByKeysOrder ByKeysOrder { get; set; }

    /// <summary>
    /// For an entity repository: what a list by a <c>params</c> array of keys (<c>GetMany(params int[] ids)</c>) returns
    /// when it is given none. Real stores differ (Umbraco's <c>EntityRepositoryBase.GetMany</c> lists every entity, its
    /// <c>ContentTypeServiceBase.GetMany</c> of the same shape lists nothing) and the signature cannot say which, so without
    /// it such a list is refused (IMF0001). The order of the entities of the keys given is <see cref="ByKeysOrder"/>'s,
    /// which must be stated too.
    /// </summary>
    public NoKeysGiven NoKeysGiven { get; set; }

    /// <summary>
    /// For an entity repository: what a list by a collection of keys (under <see cref="ByKeysOrder"/>) does when a key
    /// given finds no entity, which the signature cannot say. <see cref="InMemoryFakes.ByKeysMissing.Skip"/> (and unstated):
    /// the key gives nothing, as a <c>Contains</c> query does. <see cref="InMemoryFakes.ByKeysMissing.Throw"/>: the
    /// not-found error (your <see cref="NotFoundException"/> when set) unless the list holds as many entities as keys were
    /// given, as Sonarr's <c>BasicRepository.Get(IEnumerable&lt;int&gt; ids)</c> compares the row count with the ids' count and
    /// throws (so a key given twice under <see cref="InMemoryFakes.ByKeysOrder.Stored"/> throws too).
    /// </summary>
    public ByKeysMissing ByKeysMissing { get; set; }

    /// <summary>
    /// For an entity repository: the entity's key property, when the entity cannot say it (no <c>[Key]</c>/<c>[FakeKey]</c>,
    /// no <c>Id</c> or <c>{Entity}Id</c>, none the members prove) or is a type you do not own: <c>"BuyerId"</c> for eShop's
    /// <c>CustomerBasket</c>; several names separated by commas, in key order, make a composite key
    /// (<c>"TenantId, Name"</c>). It replaces the key the conventions would find. Parameters are then read against it as
    /// against any key: <c>id</c>, <c>key</c> and the property's own name (any case) name it. A name that is not a property
    /// of the entity, or the setting on a key-value or blob store or on an interface of several entity types, is IMF0010.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>
    /// For an entity repository: what a removal of one entity that returns nothing (<c>Task DeleteAsync(string id)</c>,
    /// <c>void Remove(Order order)</c>) does when the entity is not stored. Real stores differ (a SQL <c>DELETE</c> or
    /// MongoDB's <c>DeleteOne</c> removes nothing and says nothing; Datasync, Cosmos DB and Azure Tables answer 404) and the
    /// signature cannot say which. <see cref="InMemoryFakes.MissingDelete.NotFound"/> makes it the not-found error;
    /// <see cref="InMemoryFakes.MissingDelete.Ignore"/> states the default, and lets such a removal take an expected
    /// concurrency token (<c>DeleteAsync(id, byte[]? version = null)</c>), refused without the setting. A removal BY ENTITY
    /// that returns nothing is refused (IMF0001) until the setting says it, since EF Core's <c>Remove</c> + <c>SaveChanges</c>
    /// throws <c>DbUpdateConcurrencyException</c> for a missing entity; through a unit of work whose writes wait for the save,
    /// <see cref="InMemoryFakes.MissingDelete.NotFound"/> tracks the removal so the save fails, as EF Core's does. A removal by key
    /// returning <c>bool</c> or a count says it itself (false, 0) and is not affected; one by entity, saved at once, answers
    /// false (0) unless <see cref="InMemoryFakes.MissingDelete.NotFound"/> makes it true or the not-found error (EF Core's
    /// <c>Remove</c> + <c>SaveChanges() &gt; 0</c>), and with neither value stated it is IMF0029 (Info). The setting on a
    /// key-value or blob store is IMF0010.
    /// </summary>
    public MissingDelete MissingDelete { get; set; }

    /// <summary>
    /// For an entity repository: what a removal BY ENTITY (<c>void Delete(T entity)</c>, <c>Task DeleteAsync(T entity)</c>)
    /// that returns nothing does when the entity is not stored, where it differs from a removal by key: ABP's
    /// <c>EfCoreRepository</c> removes an entity with <c>DbSet.Remove</c> (EF Core's <c>DbUpdateConcurrencyException</c> for a
    /// missing row) and removes by id with "find, then delete if found" (nothing for a missing one).
    /// <see cref="InMemoryFakes.MissingDelete.Unstated"/> (default) takes <see cref="MissingDelete"/>'s value; otherwise it
    /// governs the removals by entity and <see cref="MissingDelete"/> the others. On a store with no such removal, or on a
    /// key-value or blob store, it is IMF0010.
    /// </summary>
    public MissingDelete MissingEntityDelete { get; set; }

    /// <summary>
    /// For a key-value store: how a generic read (<c>TOut Get&lt;TOut&gt;(string key)</c>) turns the stored value into the
    /// type asked for, which the signature cannot say. Without it, the value is returned when it <em>is</em> a
    /// <c>TOut</c> (a store of <see cref="object"/> values), and a generic read of a store of sealed values (<c>string</c>,
    /// <c>int</c>) is refused (IMF0001). <see cref="GenericReadConversion.ChangeType"/> converts as CacheManager's
    /// <c>BaseCache.GetCasted</c> does. The setting on an entity repository, a blob store or a database context is IMF0010.
    /// </summary>
    public GenericReadConversion GenericReads { get; set; }

    /// <summary>
    /// For an entity repository: the entity property the store stamps with the time of the write that inserts it
    /// (<c>"CreatedOnUtc"</c>, <c>"CreationTime"</c>), from the fake's clock, as GrandNode's <c>Insert</c>, ABP's audit
    /// properties and EF Core <c>SaveChanges</c> interceptors do: the entity passed in gets the stamp too (a mutable class),
    /// and a write that replaces the entity keeps the stored value. Under a unit of work the stamp is written when the save
    /// writes the entity, as an interceptor's <c>SavingChanges</c> does. The property must be a settable <see cref="DateTime"/>
    /// (stamped in UTC), <see cref="DateTimeOffset"/> (offset zero) or a nullable of either; anything else, a name that is not
    /// a property of the entity, or the setting on a key-value or blob store, is IMF0010. No signature shows that a store
    /// stamps a property: without the setting the fake stores the value it is given (IMF0025 says so).
    /// </summary>
    public string? CreatedStamp { get; set; }

    /// <summary>
    /// For an entity repository: the entity property the store stamps with the time of every write that replaces the entity
    /// (<c>"UpdatedOnUtc"</c>, <c>"LastUpdatedUtc"</c>, <c>"LastModificationTime"</c>), from the fake's clock, on the entity
    /// passed in too. Whether an insert stamps it as well is the store's own (ABP and GrandNode leave it unset, many
    /// interceptors and MS Learn's <c>UpsertProperty</c> stamp it), so <see cref="UpdatedStampOnInsert"/> must say it (IMF0010
    /// without it). Types and errors as <see cref="CreatedStamp"/>.
    /// </summary>
    public string? UpdatedStamp { get; set; }

    /// <summary>Whether an insert stamps <see cref="UpdatedStamp"/> too; required with it.</summary>
    public StampOnInsert UpdatedStampOnInsert { get; set; }

    /// <summary>
    /// For an entity repository: entity properties whose names say audit stamp (<c>CreatedAt</c>, <c>ModifiedOn</c>…) that the
    /// store does <em>not</em> stamp: the fake stores the value it is given, as without the setting, and IMF0025 (Info) is
    /// no longer reported for them. A name that is not a property of the entity is IMF0010.
    /// </summary>
    public string[]? NotStamped { get; set; }

    /// <summary>
    /// For an entity repository whose store numbers new entities (an <c>int</c>, <c>long</c> or <see cref="Guid"/> key, or a
    /// wrapper of one): what an add of an entity whose key is already set does. <see cref="InMemoryFakes.PresetKeyOnAdd.Keep"/>
    /// (default) stores it under that key; <see cref="InMemoryFakes.PresetKeyOnAdd.Refuse"/> throws
    /// <see cref="InvalidOperationException"/> and stores nothing, as Sonarr's and Radarr's <c>BasicRepository.Insert</c>
    /// ("Can't insert model with existing ID"), and so does an upsert of a set key that is not stored;
    /// <see cref="InMemoryFakes.PresetKeyOnAdd.Replace"/> gives every added entity a
    /// new key, overwriting one the caller set, as AspNetCore.Docs' <c>TodoRepository.Add</c> and workflow-core's
    /// <c>MemoryPersistenceProvider</c> do (<c>item.Key = Guid.NewGuid().ToString()</c>): with it a settable <see cref="string"/>
    /// key is generated too, as <c>Guid.NewGuid().ToString()</c>. <see cref="InMemoryFakes.PresetKeyOnAdd.GenerateWhenUnset"/>
    /// gives an entity added with a null or empty settable <see cref="string"/> key <c>Guid.NewGuid().ToString()</c> and keeps
    /// a key the caller set, as the Cosmos DB samples' repositories do (<c>item.Id ??= Guid.NewGuid().ToString()</c>). Refuse
    /// on a store whose keys are not generated, Replace on a store whose key is neither generated nor a settable string,
    /// GenerateWhenUnset on a key that is not a settable string or that the store already fills (a MongoDB ObjectId), any
    /// of them on a store with no add (or, for Replace, with an add of a range), or on a key-value or blob store, is IMF0010.
    /// </summary>
    public PresetKeyOnAdd PresetKeyOnAdd { get; set; }

    /// <summary>
    /// For an entity repository: what an update of one entity by entity (<c>void Update(TodoItem item)</c>,
    /// <c>Task&lt;CustomerBasket&gt; UpdateBasketAsync(CustomerBasket basket)</c>) does when the entity is not stored. Real
    /// stores differ (EF Core's <c>Update</c> + <c>SaveChanges</c> and a SQL <c>UPDATE</c> fail or change nothing; a Redis
    /// <c>SET</c>, a Dapr state store or a dictionary's indexer write store it) and the signature cannot say which. Without it
    /// the update throws the not-found error, and an update that is the interface's only way to store the entity is
    /// refused (IMF0001). <see cref="InMemoryFakes.MissingUpdate.Insert"/> makes it an upsert;
    /// <see cref="InMemoryFakes.MissingUpdate.Ignore"/> makes an update that returns nothing do nothing (a SQL <c>UPDATE</c> of 0 rows)
    /// and states the false (0) of one answering <c>bool</c> or a count, which is IMF0029 (Info) with neither value stated;
    /// <see cref="InMemoryFakes.MissingUpdate.NotFound"/> states the default. Insert on a store whose other members update
    /// in another way (by a separate key, a range, an expected concurrency token), on a store with no update, or on a
    /// key-value or blob store, is IMF0010.
    /// </summary>
    public MissingUpdate MissingUpdate { get; set; }

    /// <summary>
    /// For a key-value store with <see cref="string"/> keys: what a null, empty or white-space key does.
    /// <see cref="InMemoryFakes.BlankKeys.Store"/> (default) takes it as a key like any other (null throws
    /// <see cref="ArgumentNullException"/>); <see cref="InMemoryFakes.BlankKeys.Ignore"/> makes a write of one do nothing and a
    /// read of one find nothing, as Ombi's <c>PlexWatchlistStatusStore</c> (<c>if (string.IsNullOrWhiteSpace(ombiUserId))
    /// return;</c>); <see cref="InMemoryFakes.BlankKeys.Throw"/> throws <see cref="ArgumentException"/> naming the key
    /// parameter, store unchanged. On other keys, an entity repository or a blob store it is IMF0010.
    /// </summary>
    public BlankKeys BlankKeys { get; set; }

    /// <summary>
    /// For a key-value store with <see cref="string"/> keys or an entity repository with a <see cref="string"/> key: how two
    /// keys compare, which no signature can say (git config names are case-insensitive, so GitExtensions' config store finds
    /// <c>core.autocrlf</c> under <c>Core.AutoCRLF</c>). <see cref="StringKeyComparison.Ordinal"/> (default): by their
    /// characters; <see cref="StringKeyComparison.OrdinalIgnoreCase"/>: ignoring case, so a write under another casing
    /// replaces the entry, a read or removal under any casing finds it, and <c>Keys</c> lists each key in the casing first
    /// written. A store that normalizes its keys (lower-cases them, so <c>Keys</c> lists <c>"0xab"</c> for <c>"0xAB"</c>) is
    /// not this setting. An <see cref="InMemoryFakeOptions.StringKeyComparer"/> passed to the constructor overrides it.
    /// The setting on a store whose keys are not strings (a composite key, a blob store, a database context), or a value
    /// the enum does not have, is IMF0010.
    /// </summary>
    public StringKeyComparison StringKeys { get; set; }

    /// <summary>
    /// For a key-value store: what a read by key whose result the signature declares not null (<c>T Get(string key)</c>,
    /// <c>Task&lt;T&gt; GetAsync(string id)</c> under nullable annotations) gives for a key that is not stored, which such a
    /// signature cannot say when the store returns <c>default!</c> anyway. <see cref="MissingKeyRead.NotFound"/> (default):
    /// the not-found error (your <see cref="NotFoundException"/> when set); <see cref="MissingKeyRead.Default"/>:
    /// <see langword="default"/> (null for a reference), as Proto.Actor's <c>EmptyKeyValueStore&lt;T&gt;.GetAsync</c> returns
    /// <c>default(T)!</c>; <see cref="MissingKeyRead.Empty"/> (a key-value store only): <see cref="string.Empty"/> for a read
    /// of a <see langword="string"/> value, as both stores of FingerBeats4Code/MesaMagica's <c>IRedisService</c> answer
    /// <c>Task&lt;string&gt; GetAsync(key)</c> (other reads keep the not-found error). <see cref="MissingKeyRead.Default"/> also makes a batch read by keys returning a dictionary of values
    /// declared nullable (<c>IDictionary&lt;string, string?&gt; GetMany(keys)</c>, refused without it) list every key asked for,
    /// <see langword="default"/> for a missing one, as StackExchange.Redis.Extensions' <c>GetAllAsync&lt;T&gt;(keys)</c>.
    /// A read declared nullable, a <c>TryGet</c> and a wrapped result say it themselves and are not
    /// affected. A read declared without nullable annotations (<c>#nullable disable</c>) gives <see langword="default"/> for a
    /// missing key unless <see cref="MissingKeyRead.NotFound"/> is stated here: then it is the not-found error too (Coravel's
    /// <c>ICache.GetAsync</c> throws its <c>NoCacheEntryException</c>). For an entity repository it states the same for a
    /// lookup by key declared not null (eShopOnDapr's <c>Task&lt;CustomerBasket&gt; GetBasketAsync(customerId)</c> over Dapr's
    /// <c>GetStateAsync</c>, which returns <c>default!</c>), and, when stated, what a lookup of one entity declared without
    /// nullable annotations gives (<c>Task&lt;Order&gt; GetAsync(Guid id)</c> in a <c>#nullable disable</c> file, a name that
    /// does not say null): such a lookup is IMF0001 without it, as stores of that signature disagree (FreeSql's answers
    /// null, ABP's application services throw). For a blob store it states what a read of a blob's content declared not null
    /// (<see cref="MissingKeyRead.Default"/>: null, as MovieTheater's <c>GetImage</c> declared <c>Task&lt;byte[]&gt;</c> answers)
    /// or without annotations (stated <see cref="MissingKeyRead.NotFound"/>: the not-found error) gives for a blob never
    /// stored. The setting on a database context, on a store with no such read (for <see cref="MissingKeyRead.Empty"/>: no
    /// such read of a <see langword="string"/> value in a key-value store; it is never for an entity repository or a blob
    /// store), or a value the enum does not have, is IMF0010.
    /// </summary>
    public MissingKeyRead MissingKeyReads { get; set; }

    /// <summary>
    /// For a key-value store: what a write of one key given a <see langword="null"/> value (<c>Set(string key, object value)</c>
    /// in a <c>#nullable disable</c> file, or a value declared nullable) does, which no signature says.
    /// <see cref="NullValueWrite.Refuse"/> (default): <see cref="System.ArgumentNullException"/> naming the value, store
    /// unchanged, and a value declared nullable is IMF0001; <see cref="NullValueWrite.Remove"/>: the key is removed, as
    /// SAML2's <c>CacheStateService.Set(key, null)</c> does; <see cref="NullValueWrite.Keep"/>: the null is stored, as a
    /// <c>Dictionary</c>'s indexer keeps it (a try-read answers <see langword="true"/> with null; the key is counted and listed).
    /// Writes that add only when absent, replace only when present, record tags, or keep JSON or bytes keep the
    /// <see cref="System.ArgumentNullException"/>. A value the enum does not have, or a store with no write it reaches (an
    /// entity repository, a blob store, values that cannot be null), is IMF0010.
    /// </summary>
    public NullValueWrite NullValueWrites { get; set; }

    /// <summary>
    /// For a blob store: what a write (<c>Put</c>, <c>Upload</c>, <c>Save</c>, <c>Write</c>…) that takes no <c>bool overwrite</c>
    /// or <c>bool append</c> parameter does to a name already stored, which such a signature cannot say.
    /// <see cref="ExistingBlobWrite.Replace"/> (default): it replaces the blob, as a file system, S3's <c>PutObject</c> and
    /// most stores do; <see cref="ExistingBlobWrite.Refuse"/>: the duplicate-key error (your <see cref="DuplicateKeyException"/>
    /// when set), store unchanged, or <see langword="false"/> from a write that returns <see cref="bool"/>, as Azure's
    /// <c>BlobClient.UploadAsync(Stream)</c> without <c>overwrite: true</c> throws <c>RequestFailedException</c> (409,
    /// BlobAlreadyExists). A value the enum does not have, the setting on a store that is no blob store, or on a blob store
    /// with no such write, is IMF0010.
    /// </summary>
    public ExistingBlobWrite ExistingBlobWrites { get; set; }

    /// <summary>
    /// For a blob store: which names a listing (<c>List</c>, <c>ListFiles</c>, <c>GetNames</c>… with nothing, a
    /// <c>prefix</c>, a <c>folder</c>/<c>directory</c>/<c>path</c>, or within a container) answers below what it lists,
    /// which no signature says: real stores differ on nested names (<c>docs/a/b.txt</c> under <c>docs</c>).
    /// <see cref="BlobListing.Unstated"/> (default): names with no <c>/</c> after the prefix or directory are listed, and a
    /// listing that would answer a nested name throws <see cref="System.InvalidOperationException"/> naming it, the member
    /// and this setting; <see cref="BlobListing.Flat"/>: every name under it, nested ones included (Azure's
    /// <c>GetBlobs</c>, S3 without a delimiter); <see cref="BlobListing.TopLevel"/>: only the names one level below, not
    /// the virtual directories (Azure's <c>GetBlobsByHierarchy</c>, the v9 SDK's default <c>ListBlobsSegmented</c>, S3 with
    /// <c>Delimiter = "/"</c>, <c>Directory.GetFiles(dir)</c>). A value the enum does not have, the setting on a store that
    /// is no blob store, or on a blob store with no listing, is IMF0010.
    /// </summary>
    public BlobListing BlobListings { get; set; }

    /// <summary>
    /// For an entity repository: what a lookup returning ONE entity does when several match and nothing says which it
    /// returns: no <c>First</c>/<c>Top</c>/<c>Single</c>/<c>OrderBy</c> in its name, no ordering parameter, and its
    /// conditions do not pin the key or a <see cref="UniqueAttribute"/> property by exact equality (<c>FindByEmail(email)</c>,
    /// <c>GetAsync(string userId)</c>, a filter object, <c>Find(Expression&lt;Func&lt;T, bool&gt;&gt;)</c> returning <c>T?</c>).
    /// Real stores differ (LINQ's and EF Core's <c>SingleOrDefault</c> throw, <c>FirstOrDefault</c> returns one row), so
    /// without the setting two or more matches throw <see cref="System.InvalidOperationException"/> saying so.
    /// <see cref="InMemoryFakes.SeveralMatches.Throw"/> is <c>SingleOrDefault</c>'s error; <see cref="InMemoryFakes.SeveralMatches.First"/>
    /// the first match in query order. The setting on a store with no such lookup, or on a key-value or blob store, is IMF0010.
    /// </summary>
    public SeveralMatches SeveralMatches { get; set; }

    /// <summary>
    /// For an entity repository whose entity has a deletion flag (a <c>bool</c> or <c>bool?</c> property named
    /// <c>IsDeleted</c>, <c>Deleted</c>, <c>SoftDeleted</c>, <c>Removed</c> or <c>IsRemoved</c>, declared or inherited): what
    /// its delete and remove members do, which the signature cannot say. ABP's repositories, nopCommerce's
    /// <c>EntityRepository</c> and MrCMS set the flag (ABP's global query filter hides flagged rows from every read,
    /// nopCommerce's reads show them unless <c>includeDeleted</c> is false, MrCMS's <c>Get(id)</c> still returns one);
    /// CommunityToolkit.Datasync's repositories and a plain EF Core repository remove the row. Without the setting every
    /// delete of such an entity is refused (IMF0001), unless the interface has a <c>SoftDelete…</c> member of its own.
    /// <see cref="InMemoryFakes.SoftDelete.None"/> states that the deletes remove the row and the reads filter nothing.
    /// A store whose deletes set the flag is not generated yet: write those members. The setting where no entity has such a
    /// flag, or on a key-value or blob store or a database context, is IMF0010.
    /// </summary>
    public SoftDelete SoftDelete { get; set; }

    /// <summary>
    /// For an entity repository: what an add of one entity whose name does not say it (<c>Task&lt;bool&gt; AddAsync(T entity)</c>,
    /// <c>void Create(T entity)</c>; not <c>TryAdd</c>, <c>AddIfNotExists</c> or <c>AddOrGet</c>) does when the entity's key
    /// is already stored; for a key-value store, what a plain add returning nothing (<c>Task Add(string key, T value)</c>)
    /// does when the key holds a value. Real stores differ (a SQL <c>INSERT</c> and EF Core throw; a dictionary's
    /// <c>TryAdd</c> answers <see langword="false"/> or keeps the first entity silently; many caches replace) and the
    /// signature cannot say which. Without it an add returning nothing, the entity or the key throws the duplicate-key
    /// error, an add returning <see cref="bool"/> is refused (IMF0001), and so is every plain add on an interface named a
    /// cache (<c>…Cache</c>). <see cref="InMemoryFakes.TakenKeyAdd.Throw"/>: the duplicate-key error (a <see cref="bool"/>
    /// add returns <see langword="true"/> when it stored); <see cref="InMemoryFakes.TakenKeyAdd.Skip"/>: nothing stored,
    /// nothing thrown, <see langword="false"/> from a <see cref="bool"/> add; <see cref="InMemoryFakes.TakenKeyAdd.Replace"/>:
    /// the add replaces what the key holds (an upsert). A value the enum does not have, the setting on a store with no such
    /// add, or on a blob store, is IMF0010.
    /// </summary>
    public TakenKeyAdd TakenKeyAdds { get; set; }

    /// <summary>
    /// For an entity repository: how a read answering several rows (a list, a page, a count) matches a <c>string</c> against
    /// a text property that is not the key and not unique when neither the name nor the parameter says how
    /// (<c>GetHotelsByNameAsync(string hotelName)</c>, <c>GetHotelsAsync(string name)</c>), which the signature cannot say:
    /// real stores of that signature compare equal (<c>Where(h =&gt; h.Name == name)</c>) or search
    /// (<c>Name.Contains(name)</c>, <c>LIKE '%' + @name + '%'</c>). Unstated, the fake compares equal and reports IMF0030 (Info);
    /// <see cref="InMemoryFakes.TextLookup.Equality"/> states that and silences it; <see cref="InMemoryFakes.TextLookup.Containing"/>
    /// keeps the rows whose property contains the text given (ordinal). A name that says it (<c>ByNameContaining</c>,
    /// <c>ByNameEquals</c>) is not affected. A value the enum does not have, or the setting where no member is such a read,
    /// is IMF0010.
    /// </summary>
    public TextLookup TextLookups { get; set; }
}

/// <summary>Marks the key property of an entity when it is not named <c>Id</c> or <c>{Entity}Id</c>.
/// Several marked properties form a composite key.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
public sealed class FakeKeyAttribute : Attribute
{
    /// <summary>Position of this property in a composite key; lower comes first.</summary>
    public int Order { get; set; }
}

/// <summary>Keeps a secondary index on an entity property so equality queries on it do not scan.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
public sealed class IndexedAttribute : Attribute
{
}

/// <summary>
/// Enforces that no two stored entities share this property's value (or, with a <see cref="Group"/>,
/// the combination of values of every property in the group). A violation throws the duplicate-key error.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = true, AllowMultiple = true)]
public sealed class UniqueAttribute : Attribute
{
    /// <summary>Single-property uniqueness.</summary>
    public UniqueAttribute()
    {
    }

    /// <summary>Composite uniqueness: every property marked with the same group name is unique together.</summary>
    /// <param name="group">The name of the composite unique constraint.</param>
    public UniqueAttribute(string group)
    {
        Group = group;
    }

    /// <summary>The composite constraint this property belongs to, or <see langword="null"/> for single-property uniqueness.</summary>
    public string? Group { get; }
}
