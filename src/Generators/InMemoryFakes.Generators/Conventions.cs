using System;
using System.Collections.Generic;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators;

/// <summary>
/// Every word the generator recognises, in one place: verbs, nouns, parameter names and the rules that decide a store's
/// key and value types. A member's <em>verb</em> is its name without a trailing <c>Async</c>. Adding a convention means
/// a line here, the planner that reads it, and an emitter case when it needs a new operation.
/// </summary>
internal static class Conventions
{
    // ---- Store classification -------------------------------------------------------------------------------------

    /// <summary>Verb prefixes of entity writes: a member <c>{verb}(T entity)</c> votes for <c>T</c> as the entity.</summary>
    public static readonly string[] EntityWriteVerbPrefixes = { "Add", "Insert", "Create", "Update", "Upsert", "Save", "AddOrUpdate", "Put", "Store", "Delete", "Remove", "InsertOrUpdate" };

    /// <summary>Verb prefixes that say "blob store" (two points each in the classification).</summary>
    public static readonly string[] BlobVerbPrefixes = { "Upload", "Download", "OpenRead", "Open", "GetUrl", "Url", "Copy", "Move", "Stat", "GetProperties", "Info", "GetInfo", "GetBytes", "ReadAllBytes" };

    /// <summary>Verb prefixes that say "key-value store" (two points each in the classification).</summary>
    public static readonly string[] KeyValueVerbPrefixes = { "Set", "Increment", "Decrement", "Refresh", "Touch", "Expire", "GetTimeToLive", "Ttl", "GetTtl", "Keys", "GetKeys", "SetIfAbsent", "TryGet", "TryGetValue", "ContainsKey", "GetOrAdd", "GetOrCreate", "TrySet", "EvictByTag", "RemoveByPrefix", "ClearRegion" };

    /// <summary>
    /// Verbs of a write that hands back the key the store made up for the value (<c>string StoreAsync(AuthenticationTicket)</c>
    /// of ITicketStore, IdentityServer's <c>StoreAuthorizationCodeAsync</c>, <c>WriteAsync(message)</c>): beside a lookup by
    /// that key, a sign of a key-value store whose value type has no key of its own.
    /// </summary>
    public static readonly string[] NewKeyWriteVerbPrefixes = { "Store", "Add", "Save", "Write", "Create", "Put", "Insert", "Persist", "Append" };

    /// <summary>Parameter names that say "blob store" (two points each).</summary>
    public static readonly string[] BlobParameterNames = { "contentType", "metadata" };

    // ---- Entity repositories --------------------------------------------------------------------------------------

    /// <summary>Property names of a key, in order of preference, when no property is marked <c>[Key]</c> or <c>[FakeKey]</c>: Id, then {EntityName}Id.</summary>
    public const string KeyPropertyName = "Id";

    /// <summary>
    /// Attribute names (any namespace) that mark a key property: DataAnnotations' and Dapper.Contrib's <c>[Key]</c>, Dapper.Contrib's
    /// <c>[ExplicitKey]</c>, MongoDB's <c>[BsonId]</c>, sqlite-net's <c>[PrimaryKey]</c> (on a property; EF Core's class-level
    /// <c>[PrimaryKey(…)]</c> is not read here), the vector store record key of Microsoft.Extensions.VectorData and Semantic Kernel
    /// (<c>[VectorStoreKey]</c>, <c>[VectorStoreRecordKey]</c>), our <c>[FakeKey]</c>.
    /// </summary>
    public static readonly string[] KeyAttributeNames = { "KeyAttribute", "FakeKeyAttribute", "ExplicitKeyAttribute", "BsonIdAttribute", "PrimaryKeyAttribute", "VectorStoreKeyAttribute", "VectorStoreRecordKeyAttribute" };

    /// <summary>
    /// Property names of an expiry date a stored value carries itself (NuGet's <c>IconCopyResult.Expiration</c>), also as the
    /// end of a validity window (<c>ValidUntil</c>, <c>ValidTo</c>: WCF's tokens; <c>NotAfter</c>: a certificate's).
    /// </summary>
    public static readonly string[] OwnExpiryPropertyNames =
    {
        "Expiration", "Expires", "ExpiresAt", "ExpiresOn", "ExpiresUtc", "ExpiresAtUtc", "ExpirationTime", "ExpirationDate", "ExpirationUtc",
        "ExpiryTime", "ExpiryDate", "Expiry", "AbsoluteExpiration",
        "ExpiresOnUtc", "ExpiryUtc", "ExpiryDateUtc", "ExpireAt", "ExpireAtUtc", "ExpireOn", "ExpireTime", "ExpireDate",
        "ValidUntil", "ValidUntilUtc", "ValidTo", "ValidToUtc", "NotAfter",
    };

    /// <summary>Attribute names (any namespace) that mark a concurrency token.</summary>
    public static readonly string[] TokenAttributeNames = { "ConcurrencyCheckAttribute", RowVersionAttributeName };

    /// <summary>The attribute of a row version, which the store writes on insert as on update (<c>[Timestamp]</c>).</summary>
    public const string RowVersionAttributeName = "TimestampAttribute";

    /// <summary>
    /// Property names taken as a concurrency token when none is marked. <c>ConcurrencyStamp</c> is ASP.NET Core Identity's
    /// (<c>IdentityUser</c>, <c>IdentityRole</c>): "a random value that must change whenever a user is persisted to the
    /// store", mapped as a concurrency token by <c>IdentityDbContext</c> (and by ABP for its entities).
    /// </summary>
    public static readonly string[] TokenPropertyNames = { "Version", "ETag", "Etag", "RowVersion", "ConcurrencyStamp" };

    /// <summary>The static factories that build a strongly typed id from the value it wraps (Vogen's <c>From</c>), when it has no public constructor taking it.</summary>
    public static readonly string[] KeyWrapperFactoryNames = { "From", "Create", "Of", "New" };

    /// <summary>The verbs of a query by a filter object (<c>GetAllAsync(PersistedGrantFilter filter)</c>), with what each does.</summary>
    public static readonly (string Prefix, QueryVerb Verb)[] FilterQueryVerbs =
    {
        ("Get", QueryVerb.Select), ("Find", QueryVerb.Select), ("List", QueryVerb.Select), ("Query", QueryVerb.Select), ("Search", QueryVerb.Select),
        ("Load", QueryVerb.Select), ("Fetch", QueryVerb.Select), ("Count", QueryVerb.Count), ("Any", QueryVerb.Exists), ("Exists", QueryVerb.Exists),
        ("Delete", QueryVerb.Delete), ("Remove", QueryVerb.Delete), ("Purge", QueryVerb.Delete),
    };

    /// <summary>The verbs of a parameterless query on a bool flag (<c>GetDefault()</c> → <c>IsDefault</c>), with what each does.</summary>
    public static readonly (string Prefix, QueryVerb Verb)[] FlagQueryVerbs =
    {
        ("Get", QueryVerb.Select), ("Find", QueryVerb.Select), ("List", QueryVerb.Select), ("Load", QueryVerb.Select), ("Fetch", QueryVerb.Select),
        ("Count", QueryVerb.Count), ("Any", QueryVerb.Exists), ("Exists", QueryVerb.Exists),
        ("Clear", QueryVerb.Delete), ("Delete", QueryVerb.Delete), ("Remove", QueryVerb.Delete), ("Purge", QueryVerb.Delete),
    };

    /// <summary>Words before a bool flag that negate it (<c>GetIncompleteTodos</c>, <c>ListInactive</c>, <c>MarkUnread</c>).</summary>
    public static readonly string[] FlagNegationPrefixes = { "Not", "Non", "Un", "In" };

    /// <summary><c>Toggle{Flag}(key)</c>: flips a bool flag of the entity found by key.</summary>
    public static readonly string[] ToggleVerbs = { "Toggle", "Flip" };

    /// <summary>The entity verbs: prefixes, followed by nothing, the entity name, or (marked) its plural or a key suffix.</summary>
    public static readonly string[] AddVerbs = { "Add", "Insert", "Create" };

    public static readonly string[] UpdateVerbs = { "Update", "Replace", "Modify", "Edit", "TryUpdate", "TryReplace" };

    public static readonly string[] UpsertVerbs = { "Upsert", "Save", "AddOrUpdate", "Put", "InsertOrUpdate", "Store", "Persist" };

    /// <summary>
    /// Upsert verbs whose name says both branches (or is the word for it): a <c>bool</c> result of one most likely says which
    /// branch was taken, so it is refused in a key-value store as in an entity repository.
    /// </summary>
    public static readonly string[] TwoBranchUpsertVerbs = { "AddOrUpdate", "AddOrReplace", "CreateOrUpdate", "InsertOrUpdate", "Upsert" };

    /// <summary>Whole verbs of range writes (<c>Batch</c> as Semantic Kernel's stores say it); <c>{Add|Insert}{Entities}</c> is an AddRange too.</summary>
    public static readonly string[] AddRangeVerbs = { "AddRange", "InsertRange", "CreateRange", "AddMany", "InsertMany", "AddBatch", "InsertBatch" };

    public static readonly string[] AddRangePluralPrefixes = { "Add", "Insert" };

    public static readonly string[] UpdateRangeVerbs = { "UpdateRange", "UpdateMany", "UpdateBatch" };

    public static readonly string[] UpdateRangePluralPrefixes = { "Update" };

    public static readonly string[] UpsertRangeVerbs = { "UpsertRange", "SaveRange", "UpsertMany", "SaveMany", "UpsertBatch", "SaveBatch" };

    public static readonly string[] UpsertRangePluralPrefixes = { "Upsert", "Save" };

    public static readonly string[] DeleteRangeVerbs = { "DeleteRange", "RemoveRange", "DeleteMany", "RemoveMany", "DeleteBatch", "RemoveBatch" };

    public static readonly string[] DeleteRangePluralPrefixes = { "Delete", "Remove" };

    /// <summary>
    /// The bulk writes of the bulk-copy libraries (SimpleBulks, EFCore.BulkExtensions, Z.EntityFramework.Extensions, Dapper
    /// Plus), followed by nothing or the plural entity name, with the range each is (<see cref="Parsing.BulkWrites"/>): an
    /// insert is the range add; an update replaces the rows whose keys are stored and skips the others (an <c>UPDATE … JOIN</c>
    /// on the key); a delete removes the rows whose keys are given (a <c>DELETE … JOIN</c>); a merge inserts or replaces.
    /// Longest first.
    /// </summary>
    public static readonly (string Verb, RangeKind Kind)[] BulkVerbs =
    {
        ("BulkInsertOrUpdate", RangeKind.Upsert), ("BulkUpsert", RangeKind.Upsert), ("BulkMerge", RangeKind.Upsert),
        ("BulkInsert", RangeKind.Add), ("BulkAdd", RangeKind.Add), ("BulkUpdate", RangeKind.UpdateExisting),
        ("BulkDelete", RangeKind.DeleteEntities), ("BulkRemove", RangeKind.DeleteEntities),
    };

    /// <summary>The word that starts every bulk operation's name (<c>BulkSynchronize</c>, <c>BulkRead</c> are refused by name).</summary>
    public const string BulkWord = "Bulk";

    /// <summary>
    /// <c>Purge</c> (followed by nothing or the plural entity name) is a clear only beside a <see cref="VacuumParameterNames"/>
    /// flag (Sonarr's, Radarr's, Lidarr's, Readarr's and Prowlarr's <c>BasicRepository.Purge(bool vacuum = false)</c>: a
    /// <c>DELETE FROM</c> the table, then <c>VACUUM</c> when asked): with no parameters a purge may remove only the expired
    /// or soft-deleted rows, and is refused.
    /// </summary>
    public static readonly string[] PurgeVerbs = { "Purge" };

    /// <summary>The parameter that makes a <see cref="PurgeVerbs"/> member a clear: a request to compact the database file after it.</summary>
    public static readonly string[] VacuumParameterNames = { "vacuum" };

    /// <summary>
    /// Clear verbs, followed by nothing or the plural entity name. <c>ClearAll</c> and <c>PurgeAll</c> say every row as
    /// <c>DeleteAll</c> does (Shoko's <c>IJobRepository.ClearAllAsync()</c>, "truncates the table"); a bare <c>Purge</c>
    /// does not (<see cref="PurgeVerbs"/>).
    /// </summary>
    public static readonly string[] ClearVerbs = { "Clear", "ClearAll", "DeleteAll", "RemoveAll", "PurgeAll", "Truncate" };

    /// <summary>
    /// Words that make a parameter a bound of the property it names (<c>minPrice</c>, <c>priceMax</c>), inclusive, longest
    /// first: <see cref="Parsing.EntityParameters"/>.
    /// </summary>
    public static readonly (string Word, QueryOperator Operator)[] RangeBoundWords =
    {
        ("Minimum", QueryOperator.GreaterThanEqual), ("Maximum", QueryOperator.LessThanEqual),
        ("Min", QueryOperator.GreaterThanEqual), ("Max", QueryOperator.LessThanEqual),
    };

    /// <summary>
    /// Words that make a parameter an end of a range of the property it names (<c>minPrice</c>, <c>fromSequenceNumber</c>,
    /// <c>createdAtTo</c>) or, alone, of the property its condition compares (<c>since</c>, <c>until</c>): a derived query
    /// whose name compares that property for equality, given such a parameter in its place, is refused
    /// (<see cref="Parsing.QueryBinder"/>, <c>ContradictedBinding</c>). True for a lower end.
    /// </summary>
    public static readonly (string Word, bool Lower)[] EqualityContradictingBoundWords =
    {
        ("Earliest", true), ("Minimum", true), ("Starting", true), ("AtLeast", true), ("Lower", true), ("Above", true), ("Since", true), ("After", true), ("Start", true), ("From", true), ("Min", true),
        ("Maximum", false), ("Latest", false), ("Ending", false), ("Before", false), ("AtMost", false), ("Upper", false), ("Below", false), ("Until", false), ("UpTo", false), ("Till", false), ("End", false), ("Max", false), ("To", false),
    };

    /// <summary>A <c>bool</c> parameter of a read that asks it to track what it returns (true) or not.</summary>
    public static readonly string[] TrackingFlagNames = { "trackChanges", "tracked", "tracking", "track", "asTracking", "isTracking", "trackEntity", "trackEntities", "enableTracking" };

    /// <summary>A <c>bool</c> parameter of a read that asks it not to track what it returns (true) or to.</summary>
    public static readonly string[] NoTrackingFlagNames = { "asNoTracking", "noTracking", "disableTracking", "untracked" };

    /// <summary>Words before a key's name that make a parameter the key left out (<c>excludeUserId</c>): <see cref="Parsing.EntityParameters"/>.</summary>
    public static readonly string[] ExcludedKeyPrefixes = { "Excluding", "Exclude", "Except", "Ignore" };

    /// <summary>
    /// Words an entity type's name may end with that members leave out (<c>TodoItem</c> → <c>GetTodos</c>, <c>UserEntity</c> →
    /// <c>GetUser</c>): the name without one is a noun members may use (<see cref="Parsing.EntityParameters.EntityNouns"/>).
    /// </summary>
    public static readonly string[] EntityTypeSuffixes = { "Item", "Entity", "Model", "Record", "Dto", "DTO", "Data", "Info", "Entry", "Document", "Doc", "Aggregate", "Object" };

    /// <summary>
    /// The suffixes of <see cref="EntityTypeSuffixes"/> that say what role a type plays, not what it is (<c>ProductEntity</c>,
    /// <c>CustomerModel</c>, <c>OrderDocument</c> are a product, a customer, an order): the head names the entity in parameters
    /// (<c>productId</c>) and derived queries too. Not <c>Item</c>, <c>Entry</c>, <c>Data</c>, <c>Info</c>: an <c>OrderItem</c>
    /// or a <c>UserInfo</c> is a thing of its own beside an order or a user, whose key <c>orderId</c>/<c>userId</c> does not name.
    /// </summary>
    public static readonly string[] EntityRoleSuffixes = { "Entity", "Model", "Record", "Dto", "DTO", "Document", "Doc", "Aggregate", "Object" };

    /// <summary>
    /// Count, followed by nothing, the plural entity name, or All. <c>EstimatedCount</c> (MongoDB's
    /// <c>EstimatedDocumentCountAsync</c>, kept by Tharga.MongoDB's <c>EstimatedCountAsync()</c>; h-sample92) asks for an
    /// estimate of the same count, which the real store reads from the collection's metadata: the fake's exact count is the
    /// estimate every store converges to, and a test cannot tell a right estimate from the count.
    /// </summary>
    public static readonly string[] CountVerbs = { "Count", "LongCount", "GetCount", "GetTotalCount", "TotalCount", "EstimatedCount" };

    /// <summary>
    /// The aggregate verbs read over a selector of the entity (<c>SumAsync(Expression&lt;Func&lt;T, int&gt;&gt; selector)</c>,
    /// Tharga.MongoDB's <c>AvgAsync(field, predicate = null)</c>, <c>MinAsync&lt;TField&gt;</c>): LINQ's operator of the word
    /// given, over the rows an optional predicate keeps (Parsing/AggregateReads.cs). Only the bare word (and <c>Async</c>):
    /// LINQ's <c>MaxBy</c> answers the row, not the value.
    /// </summary>
    public static readonly (string Word, AggregateKind Kind)[] AggregateVerbs =
    {
        ("Sum", AggregateKind.Sum), ("Average", AggregateKind.Average), ("Avg", AggregateKind.Average),
        ("Min", AggregateKind.Min), ("Minimum", AggregateKind.Min), ("Max", AggregateKind.Max), ("Maximum", AggregateKind.Max),
    };

    /// <summary>
    /// What comes before the entity's name in a count of every row without Get: <c>OrderCount()</c>, <c>TotalOrdersCount()</c>.
    /// Names with Get (<c>GetOrderCount()</c>, <c>GetTotalOrdersCount()</c>) are read by the one rule of count names
    /// (<see cref="Parsing.QueryNameParser.CountsEveryRow"/>).
    /// </summary>
    public static readonly string[] EntityCountPrefixes = { "Total", "" };

    /// <summary>What comes after the entity's name in a count of every row (<see cref="EntityCountPrefixes"/>).</summary>
    public static readonly string[] EntityCountSuffixes = { "Count", "LongCount" };

    /// <summary>
    /// Words a member name may use for the entity itself, in place of its name (<c>UpdateItemAsync(id, item)</c>,
    /// <c>GetItemsCountAsync(spec)</c> of a Cosmos DB repository over <c>Call</c> documents, h-sample61): they name no
    /// property, no condition and no other rows.
    /// </summary>
    public static readonly string[] EntityStandInNouns = { "Item", "Items", "Entity", "Entities", "Record", "Records", "Row", "Rows", "Document", "Documents" };

    /// <summary>
    /// Find verbs that, with no parameters and a list of entities as the result, can only mean every entity
    /// (<c>Task&lt;List&lt;Book&gt;&gt; GetAsync()</c> of Microsoft's MongoDB tutorial), and followed by a
    /// <see cref="NeutralPluralNouns"/> word with no parameters (<c>GetItemsAsync()</c>, <c>FindRecords()</c>: every row).
    /// </summary>
    public static readonly string[] BareListVerbs = { "Get", "Find", "Load", "Fetch", "Read", "Retrieve", "Query" };

    /// <summary>
    /// List-everything verbs, followed by nothing or the plural; <c>{Get|List|Find|Load|Fetch}{Entities}</c> too; with no
    /// parameters also followed by a <see cref="NeutralPluralNouns"/> word (MrCms' <c>GetAllEntitiesAsync()</c>).
    /// </summary>
    public static readonly string[] GetAllVerbs = { "GetAll", "List", "All", "FindAll", "ListAll", "LoadAll", "FetchAll", "ReadAll", "GetAllList", "GetList", "GetMany", "FindMany", "ListMany", "StreamAll" };

    /// <summary>
    /// The tail of a list-everything name that asks the real store to load related rows, taken only beside an include list
    /// (<c>AllIncluding(params Expression&lt;Func&lt;T, object&gt;&gt;[] includeProperties)</c>, chsakell's widely copied
    /// <c>IEntityBaseRepository&lt;T&gt;</c>, which Spraay/The-Date-App's h-sample44 pick inherits): every entity, as the list without it.
    /// </summary>
    public static readonly string[] IncludingTails = { "Including" };

    /// <summary>
    /// The tail of a list verb that follows the entity's name (<c>GetCoursesList()</c>, <c>GetCourseList()</c> returning a list
    /// of <c>Course</c>, omgwer/Databases' <c>ICourseRepository</c>): the list of those entities, every row (h-sample58).
    /// </summary>
    public static readonly string[] ListTails = { "List" };

    public static readonly string[] GetAllPluralPrefixes = { "Get", "List", "Find", "Load", "Fetch" };

    /// <summary>
    /// What may come before the entity's name and <see cref="ListTails"/> in a list of every row: the list verbs of
    /// <see cref="GetAllPluralPrefixes"/>, or nothing (<c>ThreadList()</c>, <c>PostsList()</c> returning a list of the entity:
    /// the noun first, as <c>OrderCount()</c> counts every row; h-sample128).
    /// </summary>
    public static readonly string[] EntityListPrefixes = { "Get", "List", "Find", "Load", "Fetch", "" };

    /// <summary>Lookup by key, followed by nothing or the entity name, then a key suffix (ById, ByKey, By{Key}).</summary>
    public static readonly string[] FindVerbs = { "Get", "Find", "Load", "Fetch", "Read", "Retrieve", "FirstOrDefault", "SingleOrDefault", "Single", "First" };

    /// <summary>
    /// Lookups by key that throw for a missing entity when the result's nullability says nothing (<c>#nullable disable</c>)
    /// and the interface also has a FirstOrDefault/Find lookup by key: Get, Load, Single, and the other lookup verbs beside a
    /// Find (Fetch, Read, Retrieve: two lookups by key whose names differ, one of them Find).
    /// </summary>
    public static readonly string[] ThrowingFindVerbs = { "Get", "Load", "Single", "Fetch", "Read", "Retrieve" };

    /// <summary>Lookups whose name says a missing entity is an error, whatever the result's nullability: Single, First.</summary>
    public static readonly string[] RequiredFindVerbs = { "Single", "First" };

    public static readonly string[] DeleteVerbs = { "Delete", "Remove", "Purge", "Erase", "TryDelete", "TryRemove" };

    public static readonly string[] ExistsVerbs = { "Exists", "Contains", "Has", "Exist", "Any" };

    /// <summary>
    /// Words after <c>Is{Property}</c> that ask whether no entity has the value (<c>IsEmailUniqueAsync(email)</c>: true
    /// when no customer has that email), the negation of <c>ExistsBy{Property}</c>.
    /// </summary>
    public static readonly string[] UnusedValueWords = { "Unique", "Available", "Free" };

    /// <summary>
    /// Words after <c>Is{Property}</c> that ask whether some entity has the value (<c>IsEmailTaken(email)</c>; since
    /// h-sample124 also <c>IsNationalCodeExist(nationalCode)</c>, <c>IsEmailExists(email)</c>: <c>{Property}Exists</c> after
    /// <c>Is</c>, in either number).
    /// </summary>
    public static readonly string[] UsedValueWords = { "Taken", "InUse", "Used", "Exists", "Exist" };

    /// <summary>
    /// The endings of <c>Is{Noun}Exist</c>/<c>Is{Noun}Exists</c> (<c>IsPatientExist(id)</c>), read as <c>{Noun}Exists</c>
    /// (since h-sample124).
    /// </summary>
    public static readonly string[] IsExistEndings = { "Exists", "Exist" };

    /// <summary>
    /// Words that end a name without <c>Is</c> asking whether some entity has the value (<c>NameInUseAsync(name)</c>,
    /// <c>EmailTaken(email)</c>); a bare <c>Used</c> is left out (<c>LastUsed</c>, <c>SpaceUsed</c> name a property).
    /// </summary>
    public static readonly string[] BareUsedValueWords = { "InUse", "Taken" };

    /// <summary>
    /// Verbs of per-property accessors: <c>{Verb}{Property}(T entity[, value])</c> reads or writes the property of the
    /// entity passed in (ASP.NET Core Identity's stores): Get, Set, Has (not null/default), Increment, Reset.
    /// </summary>
    public static readonly (string Word, AccessorKind Kind)[] AccessorVerbs =
    {
        ("Get", AccessorKind.Get), ("Set", AccessorKind.Set), ("Has", AccessorKind.Has), ("Increment", AccessorKind.Increment), ("Reset", AccessorKind.Reset),
    };

    /// <summary>
    /// Words an accessor's property may end with beyond the property's own name (<c>GetLockoutEndDate</c> → LockoutEnd),
    /// and the word a Has accessor's property may add (<c>HasPassword</c> → PasswordHash).
    /// </summary>
    public static readonly string[] AccessorTrailingWords = { "Date", "Time", "DateTime", "Utc" };

    public static readonly string[] HasPropertySuffixes = { "Hash" };

    /// <summary>
    /// Words a date or time property's name adds after the noun of a one-field setter (<c>SetLastSeen(id, at)</c> sets
    /// <c>LastSeenAt</c>, <c>UpdateLastLogin(id, when)</c> sets <c>LastLoginDate</c>): read only when the value is a
    /// <c>DateTime</c>/<c>DateTimeOffset</c> and exactly one such property has the noun before the word.
    /// </summary>
    public static readonly string[] TimePropertySuffixes = { "At", "On", "Date", "Time", "Utc", "AtUtc", "OnUtc", "DateUtc", "TimeUtc", "DateTime", "DateTimeUtc", "Timestamp" };

    /// <summary>Whether a verb is a <c>Try…</c> write (<c>TryRemove</c>, <c>TryDelete</c>, <c>TryUpdate</c>, <c>TryReplace</c>), which must return <c>bool</c>.</summary>
    public static bool IsTryVerb(string verb) => NameWords.StartsWithWordAndMore(verb, "Try");

    /// <summary>Verbs that set one property of the stored entity found by key: <c>UpdateStatus(id, status)</c>, <c>SetLastSeen(id, at)</c>.</summary>
    public static readonly string[] SetFieldVerbs = { "Update", "Set", "Change", "Mark" };

    /// <summary>
    /// Verbs of <c>Rename[{Entity}](key, name)</c>: set the text property the value's parameter names
    /// (<c>RenameConversationAsync(id, title)</c> → <c>Title</c>, <c>RenameFolder(id, newName)</c> → <c>Name</c>).
    /// </summary>
    public static readonly string[] RenameVerbs = { "Rename" };

    /// <summary>
    /// Verbs whose resulting state is an adjective rather than their participle: the <c>bool</c> flag (<c>IsActive</c>,
    /// <c>Active</c>) each sets, or clears. Read only when the entity has no flag named after the participle itself
    /// (<c>IsDisabled</c> is set by <c>Disable</c> as any participle flag is).
    /// </summary>
    public static readonly (string Verb, string Flag, bool Clears)[] AdjectiveFlagVerbs =
    {
        ("Activate", "Active", false), ("Reactivate", "Active", false), ("Deactivate", "Active", true), ("Inactivate", "Active", true),
        ("Disable", "Enabled", true),
    };

    /// <summary>The verb that, given the entity alone (<c>SetCartAsync(cart)</c>), writes it whether or not it is stored: an upsert.</summary>
    public static readonly string[] SetVerbs = { "Set" };

    /// <summary>Verbs of <c>Increment{P}(key[, amount])</c>: add to an int or long property of the entity found by key (a view counter).</summary>
    public static readonly string[] IncrementFieldVerbs = { "Increment", "Increase" };

    /// <summary>Names of the amount an increment adds, after the key (<c>IncreaseStock(id, quantity)</c>).</summary>
    public static readonly string[] IncrementAmountNames = { "amount", "by", "delta", "count", "quantity", "qty", "increment", "step", "value", "n" };

    /// <summary>
    /// Verbs of <c>{Verb}[Entity]As{Word}(key)</c>: set the bool property <c>Is{Word}</c>/<c>{Word}</c> to true, or the one enum
    /// property whose type has a member <c>{Word}</c> to that member (eShop's <c>MarkEventAsPublishedAsync(eventId)</c>).
    /// </summary>
    public static readonly string[] MarkAsVerbs = { "Mark", "Flag", "Set" };

    /// <summary>Static members of a result type that mean success (<c>IdentityResult.Success</c>).</summary>
    public static readonly string[] SuccessMemberNames = { "Success", "Ok" };

    /// <summary>Static factories of a failed result (callable with no arguments), returned when an update or delete finds nothing.</summary>
    public static readonly string[] FailureMemberNames = { "Failed", "Failure", "Fail" };

    /// <summary>ASP.NET Core Identity's result type, whose EF Core stores fail a missing or stale write with ConcurrencyFailure.</summary>
    public const string IdentityResultType = "Microsoft.AspNetCore.Identity.IdentityResult";

    /// <summary>The describer of Identity's errors (its default <c>ConcurrencyFailure()</c> is the EF Core stores' error).</summary>
    public const string IdentityErrorDescriberType = "Microsoft.AspNetCore.Identity.IdentityErrorDescriber";

    /// <summary>
    /// Names of members that return every entity as an <c>IQueryable&lt;T&gt;</c> (besides the GetAll verbs and the plural
    /// entity name, <c>Users</c>): LINQ over a consistent snapshot. Another name may mean a filtered subset, so it is refused.
    /// </summary>
    public static readonly string[] QueryableNames = { "Query", "Queryable", "AsQueryable", "GetQueryable", "GetQuery", "Table", "Entities", "Set", "DbSet", "Items", "GetAllIncluding", "GetAllReadonly", "GetAllReadonlyIncluding", "GetAllNoTracking", "GetAllAsNoTracking", "AsNoTracking", "WithDetails" };

    /// <summary>
    /// Members of a specification parameter the generator evaluates: <c>Evaluate(IEnumerable&lt;T&gt;)</c> (ordering and paging
    /// included, Ardalis.Specification's contract), <c>IsSatisfiedBy(T)</c>, or a criteria property or method giving a
    /// <c>Func&lt;T, bool&gt;</c> or <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>.
    /// </summary>
    public const string SpecificationEvaluate = "Evaluate";

    public const string SpecificationSatisfied = "IsSatisfiedBy";

    public static readonly string[] SpecificationCriteriaNames = { "Criteria", "FilterExpression", "Predicate", "Filter", "Expression", "GetFilter", "ToExpression" };

    /// <summary>
    /// Members of a home-grown specification that do not change which entities it matches or their order: eager loading
    /// (a fake holds the whole graph), tracking and split-query options, caching.
    /// </summary>
    public static readonly string[] SpecificationIgnoredMembers =
    {
        "Includes", "IncludeStrings", "IncludeExpressions", "IncludePaths", "AsNoTracking", "AsNoTrackingWithIdentityResolution", "AsSplitQuery",
        "IsSplitQuery", "AsTracking", "CacheKey", "CacheEnabled", "IsCacheEnabled",
    };

    /// <summary>The verbs of specification members, and what each asks.</summary>
    public static readonly (string Word, SpecificationVerb Verb)[] SpecificationVerbs =
    {
        ("FirstOrDefault", SpecificationVerb.First), ("First", SpecificationVerb.First), ("SingleOrDefault", SpecificationVerb.Single), ("Single", SpecificationVerb.Single),
        ("LongCount", SpecificationVerb.Count), ("Count", SpecificationVerb.Count), ("Any", SpecificationVerb.Any), ("Exists", SpecificationVerb.Any),
        ("DeleteRange", SpecificationVerb.Delete), ("RemoveRange", SpecificationVerb.Delete), ("DeleteAll", SpecificationVerb.Delete), ("RemoveAll", SpecificationVerb.Delete), ("Delete", SpecificationVerb.Delete), ("Remove", SpecificationVerb.Delete),
        ("AsAsyncEnumerable", SpecificationVerb.List), ("AsEnumerable", SpecificationVerb.List), ("Stream", SpecificationVerb.List),
        ("ListAll", SpecificationVerb.List), ("GetAll", SpecificationVerb.List), ("FindAll", SpecificationVerb.List), ("List", SpecificationVerb.List), ("Get", SpecificationVerb.List), ("Find", SpecificationVerb.List),
        ("Query", SpecificationVerb.List), ("Search", SpecificationVerb.List), ("Where", SpecificationVerb.List), ("Fetch", SpecificationVerb.List), ("Load", SpecificationVerb.List), ("Read", SpecificationVerb.List),
    };

    /// <summary>
    /// Words ending a list verb over a specification or filter that ask for the matches' keys, not the matches
    /// (<c>FindManyIdsAsync(filter)</c> returning <c>IEnumerable&lt;string&gt;</c> of a string-keyed entity).
    /// </summary>
    public static readonly string[] KeyListNouns = { "Ids", "IDs", "Keys" };

    /// <summary>Members that do nothing in a fake: disposal.</summary>
    public static readonly string[] NoOpMethodNames = { "Dispose", "DisposeAsync" };

    /// <summary>
    /// Nouns that end the name of a store's settings object (a get-only property, or its type): LazyCache's
    /// <c>CacheDefaults DefaultCachePolicy</c>. A fake has no configuration, so it hands out one instance made with the
    /// type's parameterless constructor (its defaults, as the real store starts with), the same one on every read.
    /// </summary>
    public static readonly string[] SettingsNouns = { "Options", "Settings", "Defaults", "Policy", "Configuration", "Config" };

    /// <summary>Whether a name ends with one of <paramref name="suffixes"/> (ordinal).</summary>
    public static bool EndsWithAny(string name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Unit-of-work saves (without <c>Async</c>), taking nothing but a cancellation token: <c>SaveChanges</c>,
    /// <c>SaveEntitiesAsync</c> (eShop), <c>Commit</c>, <c>Complete</c>/<c>CompleteAsync</c>, a parameterless <c>Save</c>,
    /// a parameterless <c>Persist</c> (vkobel's generic EF repository gist: <c>int Persist()</c> beside <c>Create</c>,
    /// <c>Add</c> and <c>Delete</c>; since session 26), a parameterless <c>SaveChange</c> (Yuh1612/Task-Management-App's
    /// <c>IUnitOfWork.SaveChangeAsync()</c>, which saves the repositories it hands out; since h-sample72: before, the
    /// repositories' writes were stored at once). An entity repository with one tracks what it reads and writes
    /// (docs/runtime.md, "Unit of work").
    /// </summary>
    public static readonly string[] UnitOfWorkSaveNames = { "SaveChanges", "SaveChange", "SaveEntities", "SaveAll", "Save", "Commit", "Complete", "Persist" };

    /// <summary>Unit-of-work members that drop every pending change (a new <c>DbContext</c>), taking nothing but a cancellation token.</summary>
    public static readonly string[] UnitOfWorkDiscardNames = { "Rollback", "DiscardChanges", "RejectChanges", "Discard" };

    // ---- Transactions (one block: docs/generator.md, "Transactions") ---------------------------------------------------

    /// <summary>
    /// Members that begin a transaction (without <c>Async</c>), taking nothing but a cancellation token. Generated only when
    /// they return a transaction type whose meaning is known (<see cref="EfCoreTransaction"/>, <see cref="AdoNetTransactionInterface"/>,
    /// <see cref="AdoNetTransactionClass"/>): writes are visible at once, commit keeps them, rollback or dispose without a
    /// commit undoes them. Any other transaction type is refused: its commit may do anything (FluentStorage's in-memory
    /// store's does nothing, its writes being made at once).
    /// </summary>
    public static readonly string[] TransactionBeginNames = { "BeginTransaction", "StartTransaction", "OpenTransaction" };

    /// <summary>EF Core's transaction (<c>DatabaseFacade.BeginTransaction</c>), resolved as a symbol.</summary>
    public const string EfCoreTransaction = "Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction";

    /// <summary>
    /// EF Core's <c>IInfrastructure&lt;T&gt;</c>: EF Core's transaction implements it over <c>DbTransaction</c>, and its
    /// <c>GetDbTransaction()</c> extension reads it, so the generated transaction does too (when the compilation has it).
    /// </summary>
    public const string EfCoreInfrastructure = "Microsoft.EntityFrameworkCore.Infrastructure.IInfrastructure`1";

    /// <summary>ADO.NET's transaction interface, resolved as a symbol (the runtime's transaction implements it).</summary>
    public const string AdoNetTransactionInterface = "System.Data.IDbTransaction";

    /// <summary>ADO.NET's transaction base class, resolved as a symbol (the runtime's transaction derives from it).</summary>
    public const string AdoNetTransactionClass = "System.Data.Common.DbTransaction";

    /// <summary>
    /// The members of <see cref="EfCoreTransaction"/> the generated transaction implements (EF Core 10's, savepoints
    /// included). An interface with any other member (a later EF Core) is refused, naming the member.
    /// </summary>
    public static readonly string[] EfCoreTransactionMembers =
    {
        "TransactionId", "Commit", "CommitAsync", "Rollback", "RollbackAsync", "CreateSavepoint", "CreateSavepointAsync",
        "RollbackToSavepoint", "RollbackToSavepointAsync", "ReleaseSavepoint", "ReleaseSavepointAsync", "SupportsSavepoints",
        "Dispose", "DisposeAsync",
    };

    // ---- End of transactions ------------------------------------------------------------------------------------------

    /// <summary>Ardalis.Specification's repository: each write saves at once (its <c>RepositoryBase</c> calls <c>SaveChangesAsync</c> inside).</summary>
    public const string ArdalisRepositoryBase = "Ardalis.Specification.IRepositoryBase`1";

    /// <summary>
    /// Parameter names that mean the entity's single key (besides the key property's own name), also after the entity's
    /// name or last word: <c>id</c>, <c>userId</c>, <c>roleKey</c>…. A parameter named after another property compares
    /// that property instead; a parameter named after neither is refused, never taken for the key by its type alone.
    /// </summary>
    public static readonly string[] KeyParameterNames = { "id", "key", "identifier" };

    /// <summary>
    /// Optional parameters (with a default value) a fake cannot act on and ignores: eager-loading, tracking and
    /// auto-save switches of EF-style repositories, and the cache-bypass switches of stores that cache reads (the Xamarin.Forms
    /// template's <c>GetItemsAsync(bool forceRefresh = false)</c>: a fake has no cache, so every read is fresh, which is what a
    /// coherent cache gives too), and <c>vacuum</c> (Sonarr's <c>BasicRepository.Purge(bool vacuum = false)</c> runs SQLite's
    /// <c>VACUUM</c> after the delete when true: it rebuilds the database file and changes no row). <c>[InMemoryFake(IgnoredParameters = new[] { … })]</c> adds names.
    /// </summary>
    public static readonly string[] IgnorableParameterNames = { "includeDetails", "includeDetail", "autoSave", "asNoTracking", "noTracking", "tracking", "track", "withDetails", "includeRelated", "saveChanges", "includeProperties", "includeString", "disableTracking", "trackChanges", "forceRefresh", "bypassCache", "skipCache", "ignoreCache", "noCache", "forceReload", "vacuum" };

    /// <summary>
    /// The names of a write's <c>bool</c> save flag (<c>AddAsync(entity, bool autoSave = false)</c>, the Pro C# book's
    /// <c>Update(entity, bool persist = true)</c>): beside a save of the interface's own it says the write waits for the
    /// save unless the flag asks to save at once (<c>if (autoSave) await SaveChangesAsync()</c>), and the fake saves every
    /// pending change after the write when the argument is true (Parsing/SaveFlags). Without a save member <c>autoSave</c>
    /// and <c>saveChanges</c> stay ignorable (<see cref="IgnorableParameterNames"/>) and the others name nothing.
    /// </summary>
    public static readonly string[] SaveFlagParameterNames = { "autoSave", "saveChanges", "persist", "autoCommit", "saveNow" };

    /// <summary>
    /// Names of a collection of navigation paths handed to EF Core's <c>Include(string)</c> on a read
    /// (TURKERBEY/BookStore's <c>GetByIdAsync(int id, bool asNoTracking = true, string[]? includes = null, …)</c>): eager
    /// loading, which a fake holding the whole graph it was given has nothing to do for, as with an include list of
    /// expressions. Only a collection of strings so named (<c>string[]</c>, <c>params string[]</c>, a sequence of strings).
    /// </summary>
    public static readonly string[] IncludePathParameterNames = { "include", "includes", "includePaths", "includeProperties", "includeNavigations", "navigationProperties", "navigations" };

    /// <summary>
    /// <c>bool</c> parameters with a default that only say whether the real store also publishes an event about the write
    /// (nopCommerce's <c>InsertAsync(entity, bool publishEvent = true)</c>): the write is the same, and a fake publishes nothing.
    /// </summary>
    public static readonly string[] EventSwitchParameterNames = { "publishEvent", "publishEvents" };

    /// <summary>
    /// <c>bool</c> parameters of a clear (<c>TruncateAsync(bool resetIdentity = false)</c>) that restart the generated keys
    /// when true, as <c>TRUNCATE TABLE</c> (or <c>DBCC CHECKIDENT … RESEED</c>) does; false keeps the sequence, as <c>DELETE</c> does.
    /// </summary>
    public static readonly string[] ResetIdentityParameterNames = { "resetIdentity", "resetIdentities", "reseed", "resetIdentitySeed" };

    /// <summary>Key suffixes of Find/Delete/Exists besides <c>By{KeyProperty}</c> and <c>By{Key1}And{Key2}</c>.</summary>
    public static readonly string[] KeySuffixes = { "", "ById", "ByID", "ByKey" };

    /// <summary>Words after By that mean the key (unless the entity has a non-key property of that name): <c>ById</c>, <c>ByID</c>, <c>ByKey</c>.</summary>
    public static readonly string[] KeyWords = { "Id", "ID", "Key" };

    // ---- Derived queries ------------------------------------------------------------------------------------------

    /// <summary>Verbs that start a derived query (<c>{verb}…By…</c>).</summary>
    public static readonly (string Word, QueryVerb Verb)[] QueryVerbs =
    {
        ("Find", QueryVerb.Select), ("Get", QueryVerb.Select), ("Query", QueryVerb.Select), ("List", QueryVerb.Select),
        ("Search", QueryVerb.Select), ("Stream", QueryVerb.Select), ("Read", QueryVerb.Select), ("Fetch", QueryVerb.Select),
        ("Load", QueryVerb.Select), ("Count", QueryVerb.Count), ("Exists", QueryVerb.Exists), ("Any", QueryVerb.Exists), ("Delete", QueryVerb.Delete),
        ("Remove", QueryVerb.Delete),
    };

    /// <summary>Words between the verb and By that mean "every match" and change nothing (<c>FindAllBy…</c>, <c>GetManyBy…</c>).</summary>
    public static readonly string[] QueryAllWords = { "All", "Many" };

    /// <summary>The word after <c>Get</c> that makes a derived query count its matches (<c>GetCountByStatus</c> = <c>CountByStatus</c>).</summary>
    public const string CountQueryWord = "Count";

    /// <summary>
    /// The last word of a derived query (before <c>Async</c>) that says a missing match is null, not an error
    /// (<c>GetByIdOptionalAsync</c>): the query returns one entity, and its result must allow null.
    /// </summary>
    public const string OptionalQueryWord = "Optional";

    /// <summary>Verbs of members that take a <c>Func&lt;T, bool&gt;</c> or <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>.</summary>
    public static readonly (string Word, QueryVerb Verb)[] PredicateVerbs =
    {
        ("Find", QueryVerb.Select), ("Get", QueryVerb.Select), ("Query", QueryVerb.Select), ("List", QueryVerb.Select),
        ("Search", QueryVerb.Select), ("Stream", QueryVerb.Select), ("Where", QueryVerb.Select), ("Filter", QueryVerb.Select),
        ("First", QueryVerb.Select), ("Read", QueryVerb.Select), ("Fetch", QueryVerb.Select), ("Load", QueryVerb.Select),
        ("Single", QueryVerb.Select), ("Count", QueryVerb.Count), ("Long", QueryVerb.Count), ("Exists", QueryVerb.Exists), ("Any", QueryVerb.Exists),
        ("Delete", QueryVerb.Delete), ("Remove", QueryVerb.Delete),
    };

    /// <summary>
    /// Words a predicate or specification method's name may hold after its verb besides the entity's nouns and the words for
    /// any row (<see cref="Parsing.PredicateNames"/>, session 42): every match (<c>All</c>, <c>Many</c>, <c>Total</c>), the
    /// selector named (<c>FindBy</c>, <c>DeleteWhere</c>, <c>GetByCondition</c>, <c>FindItemByCondition</c>, <c>SearchFor</c>,
    /// <c>ListBySpec</c>, Skinet's <c>GetEntityWithSpec</c>), the shape the result already says (<c>First</c>, <c>Single</c>, <c>One</c>, <c>List</c>, <c>Paged</c>,
    /// <c>PagedResponse</c>, <c>Queryable</c>, <c>LongCount</c>), and words of no meaning to a fake (<c>Optional</c>, <c>Including</c>, <c>Bulk</c>).
    /// Nothing here selects rows, so none may name what a name says more (<c>Active</c>, <c>Recursive</c>, <c>Status</c>).
    /// </summary>
    public static readonly string[] PredicateNameWords =
    {
        "All", "Many", "Total", "Long", "Count",
        "By", "Where", "For", "With", "Condition", "Conditions", "Predicate", "Expression", "Filter", "Filtered", "Criteria", "Query", "Spec", "Specification", "Matching",
        "First", "Single", "One", "List", "Page", "Paged", "Paginated", "Result", "Response", "Reponse", "Queryable", "Enumerable",
        "Optional", "Including", "Bulk",
    };

    /// <summary>Verbs of predicate methods that expect at most one match (more is an error, as in LINQ and EF Core).</summary>
    public static readonly string[] SingleMatchVerbs = { "Single", "SingleOrDefault" };

    /// <summary>Operator keywords after a property (longest matched first); no keyword means equality.</summary>
    public static readonly (string Text, QueryOperator Operator)[] QueryOperators =
    {
        ("IsNotNull", QueryOperator.IsNotNull), ("NotNull", QueryOperator.IsNotNull), ("IsNull", QueryOperator.IsNull), ("Null", QueryOperator.IsNull),
        ("IsNotEmpty", QueryOperator.IsNotEmpty), ("NotEmpty", QueryOperator.IsNotEmpty), ("IsEmpty", QueryOperator.IsEmpty), ("Empty", QueryOperator.IsEmpty),
        ("IsNotIn", QueryOperator.NotIn), ("NotIn", QueryOperator.NotIn), ("IsIn", QueryOperator.In), ("In", QueryOperator.In),
        ("IsNot", QueryOperator.Not), ("Not", QueryOperator.Not),
        ("IsGreaterThanEqual", QueryOperator.GreaterThanEqual), ("GreaterThanEqual", QueryOperator.GreaterThanEqual),
        ("IsGreaterThan", QueryOperator.GreaterThan), ("GreaterThan", QueryOperator.GreaterThan),
        ("IsLessThanEqual", QueryOperator.LessThanEqual), ("LessThanEqual", QueryOperator.LessThanEqual),
        ("IsLessThan", QueryOperator.LessThan), ("LessThan", QueryOperator.LessThan),
        ("IsAfter", QueryOperator.GreaterThan), ("After", QueryOperator.GreaterThan), ("IsBefore", QueryOperator.LessThan), ("Before", QueryOperator.LessThan),
        ("IsBetween", QueryOperator.Between), ("Between", QueryOperator.Between),
        ("IsContaining", QueryOperator.Containing), ("Containing", QueryOperator.Containing), ("Contains", QueryOperator.Containing),
        ("IsLike", QueryOperator.Containing), ("Like", QueryOperator.Containing),
        ("IsStartingWith", QueryOperator.StartingWith), ("StartingWith", QueryOperator.StartingWith), ("StartsWith", QueryOperator.StartingWith),
        ("IsEndingWith", QueryOperator.EndingWith), ("EndingWith", QueryOperator.EndingWith), ("EndsWith", QueryOperator.EndingWith),
        ("IsTrue", QueryOperator.True), ("True", QueryOperator.True), ("IsFalse", QueryOperator.False), ("False", QueryOperator.False),
        ("Equals", QueryOperator.Equals), ("Is", QueryOperator.Equals),
    };

    /// <summary>
    /// Verbs refused with a reason of their own when nothing else claims them (a derived query <c>SearchByTitle</c>, a filter
    /// object or a predicate does): how a search matches — full text or a prefix, over which properties, ranked — is the
    /// store's own (Smart Hotel 360's <c>SearchAsync(string query)</c>, vc-platform's <c>SearchPushNotifications(userId, criteria)</c>).
    /// </summary>
    public static readonly string[] SearchVerbs = { "Search" };

    /// <summary>
    /// Last words of a text property that stores search as often as they compare it equal (<c>Name.Contains(name)</c>):
    /// a list read by one of them whose name does not say how it matches is IMF0030 (Parsing/TextMatchRule; session 39),
    /// as by a property named <c>Address</c> alone (not <c>EmailAddress</c>, <c>IpAddress</c>).
    /// </summary>
    public static readonly string[] FreeTextWords = { "Name", "Title", "Description", "Text", "Content", "Comment", "Summary", "Body", "Notes" };

    /// <summary>
    /// Names of a <c>string</c> parameter that holds search text (Contoso Orders' <c>GetAsync(string search)</c>, which matches
    /// it against several properties by <c>StartsWith</c>): refused with a reason of their own when no property has the name.
    /// </summary>
    public static readonly string[] SearchTextParameterNames = { "search", "searchText", "searchTerm", "searchString", "searchQuery", "keyword", "keywords", "term", "query", "q" };

    /// <summary>
    /// Verbs of a parameterless member returning one new entity (Sitko.Core's <c>NewAsync()</c>: <c>Activator.CreateInstance</c>,
    /// not stored): refused, as whether the new entity is stored is the store's own.
    /// </summary>
    public static readonly string[] NewEntityVerbs = { "New" };

    /// <summary>
    /// Integer parameter names that read as paging (how many rows to skip or return) beyond <see cref="SkipParameterNames"/>
    /// and <see cref="TakeParameterNames"/>: GraphQL's cursor arguments (<c>first</c>, <c>last</c>), <c>top</c> and the page
    /// pair's names. Alone, or beside parameters the conventions do not read, they are refused with a reason of their own.
    /// </summary>
    public static readonly string[] PagingLikeParameterNames = { "first", "last", "top", "page", "pageIndex", "pageNumber", "perPage" };

    /// <summary>Names of the skip parameter of <c>(int skip, int take)</c> paging.</summary>
    public static readonly string[] SkipParameterNames = { "skip", "offset", "skipCount" };

    /// <summary>Names of the take parameter of <c>(int skip, int take)</c> paging.</summary>
    public static readonly string[] TakeParameterNames = { "take", "limit", "count", "size", "pageSize", "max", "maxCount", "maxResultCount" };

    /// <summary>
    /// Paging as two <c>int</c> parameters, in either order, by name: the <c>PageRequest</c> factory and the names of its
    /// first and second argument. <c>(skip, take)</c> in that order is the plain SkipTake form; <c>(take, skip)</c>
    /// (Finbuckle's <c>GetAllAsync(int take, int skip)</c>), <c>(pageIndex, pageSize)</c> (0-based or 1-based by the index's
    /// default: QueryBinder.PageIndexBase; none is refused) and
    /// <c>(page|pageNumber, pageSize|perPage)</c> (1-based, Ardalis' <c>ListAsync(page, perPage)</c>) go through the factory.
    /// </summary>
    public static readonly (string Factory, string[] First, string[] Second)[] PagingParameterPairs =
    {
        ("Of", SkipParameterNames, TakeParameterNames),
        ("OfPageIndex", new[] { "pageIndex" }, new[] { "pageSize" }),
        ("OfPage", new[] { "page", "pageNumber" }, new[] { "pageSize", "perPage" }),
    };

    /// <summary>Names of a string parameter that holds a dynamic sort expression (ABP's <c>GetPagedListAsync(skipCount, maxResultCount, sorting)</c>): refused.</summary>
    public static readonly string[] SortingParameterNames = { "sorting", "sort", "sortBy", "orderBy", "sortExpression", "sortOrder" };

    /// <summary>
    /// List verbs that page (ABP's <c>GetPagedList</c>), besides <see cref="GetAllVerbs"/>; <c>GetPagedReponse</c> is spelled as the
    /// widely forked Clean Architecture Web API template (iammukeshm) declares it: <c>GetPagedReponseAsync(int pageNumber, int pageSize)</c>.
    /// </summary>
    public static readonly string[] PagedListVerbPrefixes = { "GetPagedList", "GetPagedResponse", "GetPagedReponse", "GetPagedResult", "GetPaged", "ListPaged", "GetPage" };

    /// <summary>Property pairs of a page type, with the <c>PageRequest</c> factory each maps to, tried in order.</summary>
    public static readonly (string Factory, string First, string Second)[] PageProperties =
    {
        ("Of", "Skip", "Take"), ("Of", "Offset", "Limit"), ("OfPage", "PageNumber", "PageSize"), ("OfPageIndex", "PageIndex", "PageSize"),
    };

    /// <summary>
    /// Members a page type may carry beside the pair it is read by (<see cref="PageProperties"/>) that say nothing but the page:
    /// the other paging names, and the clamp of the widely copied <c>PaginationFilter</c>/<c>UserParams</c> (<c>MaxPageSize</c>).
    /// Any other member a caller can fill makes it no page request (h-sample119: a <c>QueryObject</c> that also filters and sorts).
    /// </summary>
    public static readonly string[] PageRequestOwnMembers =
    {
        "Skip", "Take", "Offset", "Limit", "Page", "PageNumber", "PageIndex", "PageSize", "PerPage", "MaxPageSize", "SkipCount", "MaxResultCount",
    };

    // ---- Key-value stores -----------------------------------------------------------------------------------------

    /// <summary>
    /// The key-value verb of a member's verb, or <see cref="KeyValueVerb.None"/>. Synonyms of real stores: <c>Retrieve</c>
    /// (ITicketStore), <c>Persist</c>, <c>Update</c>/<c>AddOrReplace</c> (set: Ocelot and IdentityServer store under the
    /// key whether or not it exists), <c>Replace</c> (memcached's replace: only an existing key), <c>TrySet</c>
    /// (EasyCaching: set if absent), <c>Renew</c> (a value: set; no value: refresh), <c>Purge</c>/<c>Erase</c> (delete),
    /// <c>TryRemove</c>/<c>TryDelete</c> (delete; <c>IOptionsMonitorCache.TryRemove(name)</c> returns whether it removed, as
    /// <c>ConcurrentDictionary.TryRemove</c> does), <c>RemoveIfPresent</c>/<c>DeleteIfExists</c> (delete: the name says a
    /// missing key is no error, which is what a removal by key does; Service Fabric's <c>ICache.RemoveIfPresent</c>), <c>Forget</c> (delete: Laravel's <c>Cache::forget</c>, Coravel's <c>ICache.Forget</c>),
    /// <c>Remember</c>/<c>RememberForever</c>/<c>Forever</c> (get-or-add, only with a factory: Laravel's <c>remember</c>, Coravel's
    /// <c>ICache</c>; see <see cref="KeyValueForeverVerbs"/>), <c>ClearAll</c>/<c>InvalidateAll</c>/<c>EvictAll</c>/<c>PurgeAll</c>
    /// (clear, only without parameters: <see cref="KeyValueClearAllVerbs"/>). StackExchange.Redis's own names, which Redis
    /// wrappers keep (<c>StringGetAsync</c>, <c>StringSetAsync</c>, <c>KeyDeleteAsync</c>, <c>KeyExpireAsync</c>,
    /// <c>KeyTimeToLiveAsync</c>, <c>StringIncrementAsync</c>), and <c>DeleteKey</c>/<c>RemoveKey</c> beside <c>KeyExists</c>.
    /// </summary>
    public static KeyValueVerb KeyValueVerbOf(string verb) => verb switch
    {
        "Get" or "GetValue" or "Read" or "Load" or "Fetch" or "Find" or "Lookup" or "Retrieve" or "GetRequired" or "GetOrThrow" or "GetOrDefault" or "GetOrNull" or "StringGet" => KeyValueVerb.Get,
        "TryGet" or "TryGetValue" or "TryRead" or "TryFind" or "TryLookup" => KeyValueVerb.TryGet,
        "Set" or "Put" or "SetValue" or "Store" or "Write" or "Save" or "Upsert" or "AddOrUpdate" or "AddOrReplace" or "CreateOrUpdate" or "InsertOrUpdate" or "Persist" or "Update" or "Overwrite" or "StringSet" => KeyValueVerb.Set,
        "SetIfAbsent" or "SetIfNotExists" or "AddIfAbsent" or "PutIfAbsent" or "TryAdd" or "Add" or "Insert" or "TrySet" or "Create" => KeyValueVerb.SetIfAbsent,
        "Replace" or "SetIfExists" or "SetIfPresent" or "ReplaceIfExists" or "TryReplace" => KeyValueVerb.Replace,
        "Delete" or "Remove" or "Unset" or "Evict" or "Invalidate" or "Purge" or "Erase" or "TryRemove" or "TryDelete" or "Forget"
            or "RemoveIfPresent" or "RemoveIfExists" or "DeleteIfPresent" or "DeleteIfExists" or "DeleteKey" or "RemoveKey" or "KeyDelete" => KeyValueVerb.Delete,
        "Exists" or "Contains" or "ContainsKey" or "ContainKey" or "Has" or "HasKey" or "KeyExists" or "Exist" or "IsSet" => KeyValueVerb.Exists,
        "Increment" or "Incr" or "IncrementBy" or "Inc" or "StringIncrement" => KeyValueVerb.Increment,
        "Decrement" or "Decr" or "DecrementBy" or "Dec" or "StringDecrement" => KeyValueVerb.Decrement,
        "Refresh" or "Touch" => KeyValueVerb.Refresh,
        "Renew" => KeyValueVerb.Renew,
        "Clear" or "Flush" or "FlushAll" or "DeleteAll" or "RemoveAll" or "Truncate" or "ClearAll" or "InvalidateAll" or "EvictAll" or "PurgeAll" => KeyValueVerb.Clear,
        "Count" or "GetCount" or "GetTotalCount" or "TotalCount" or "Length" => KeyValueVerb.Count,
        "Keys" or "GetKeys" or "AllKeys" or "ListKeys" or "GetAllKeys" => KeyValueVerb.Keys,
        "GetTimeToLive" or "Ttl" or "GetTtl" or "TimeToLive" or "GetExpiration" or "GetExpiry" or "KeyTimeToLive" => KeyValueVerb.TimeToLive,
        "Expire" or "SetExpiry" or "SetExpiration" or "SetTimeToLive" or "KeyExpire" => KeyValueVerb.Expire,
        "GetAll" or "Values" or "GetValues" or "GetAllValues" or "ListValues" or "List" or "All" or "ListAll" or "ReadAll" or "LoadAll" or "FetchAll" => KeyValueVerb.GetAll,
        "GetMany" or "ReadMany" or "LoadMany" or "FetchMany" or "GetMultiple" => KeyValueVerb.GetMany,
        "SetAll" or "SetMany" or "PutAll" or "PutMany" or "WriteMany" or "SaveMany" or "SetRange" or "StoreMany" or "UpsertMany" => KeyValueVerb.SetMany,
        "DeleteMany" or "RemoveMany" or "EvictMany" or "InvalidateMany" or "DeleteRange" or "RemoveRange" => KeyValueVerb.DeleteMany,
        "GetOrAdd" or "GetOrCreate" or "GetOrSet" or "GetOrAddValue" or "Remember" or "RememberForever" or "Forever" => KeyValueVerb.GetOrAdd,
        "TryUpdate" or "CompareAndSet" or "CompareAndSwap" or "CompareExchange" or "ReplaceIfEqual" => KeyValueVerb.CompareAndSet,
        "EvictByTag" or "RemoveByTag" or "DeleteByTag" or "InvalidateByTag" or "InvalidateTag" or "EvictTag"
            or "EvictByTags" or "RemoveByTags" or "DeleteByTags" or "InvalidateByTags" or "InvalidateTags" or "EvictTags" => KeyValueVerb.EvictByTag,
        "RemoveByPrefix" or "DeleteByPrefix" or "EvictByPrefix" or "InvalidateByPrefix" or "RemoveStartingWith" or "DeleteStartingWith" => KeyValueVerb.RemoveByPrefix,
        "RemoveByPattern" or "DeleteByPattern" or "DeleteByKeyPattern" or "RemoveByKeyPattern" or "EvictByPattern" => KeyValueVerb.RemoveByPattern,
        "ClearRegion" or "RemoveRegion" or "DeleteRegion" or "FlushRegion" or "EvictRegion" => KeyValueVerb.ClearRegion,
        "Append" or "AddElement" => KeyValueVerb.Append,
        "Any" or "HasItems" or "HasAny" or "HasEntries" or "IsNotEmpty" => KeyValueVerb.Any,
        "IsEmpty" => KeyValueVerb.IsEmpty,
        "CopyTo" => KeyValueVerb.CopyTo,
        _ => KeyValueVerb.None,
    };

    /// <summary>
    /// Get-or-add verbs that say the value never expires (Coravel's <c>ICache.Forever(key, cacheFunc)</c>, Laravel's
    /// <c>rememberForever</c>): the value is stored with no expiry, whatever the fake's default time to live, and a time to
    /// live parameter beside them is refused. Laravel's <c>forever(key, value)</c> is a set, not a get-or-add: without a
    /// factory these verbs are refused (a get-or-add needs one).
    /// </summary>
    public static readonly string[] KeyValueForeverVerbs = { "Forever", "RememberForever" };

    /// <summary>
    /// The clear verbs whose name says every entry (<c>ClearAll</c>: Nethereum's <c>IReputationStore.ClearAllAsync()</c>;
    /// <c>InvalidateAll</c>: Akavache's <c>IBlobCache.InvalidateAll()</c>): only without parameters. With one they say all
    /// of something the parameter selects (Akavache's <c>InvalidateAll(Type type)</c>, cloudscribe's
    /// <c>InvalidateAll(Guid siteId)</c>), which is no key of the store, and are refused.
    /// </summary>
    public static readonly string[] KeyValueClearAllVerbs = { "ClearAll", "InvalidateAll", "EvictAll", "PurgeAll" };

    /// <summary>
    /// Removal verbs whose noun is the pattern itself, without <c>By</c> (RHEMA-ERP's <c>ICachingService.RemovePatternAsync(string
    /// pattern)</c>): the removal by a key pattern, <see cref="KeyValueVerb.RemoveByPattern"/>, when the member's one parameter
    /// says it is a pattern (named <c>pattern</c>/<c>keyPattern</c>… or a <c>Regex</c>). Another parameter (<c>RemovePattern(string
    /// id)</c> of a store of patterns) keeps the noun's reading. Since h-sample109: before, such a member was refused as "'Pattern'
    /// after it is no noun of this store", a cause it does not have.
    /// </summary>
    public static readonly string[] PatternRemovalVerbs = { "RemovePattern", "DeletePattern", "EvictPattern", "InvalidatePattern", "RemoveKeyPattern", "DeleteKeyPattern", "RemoveKeysPattern", "DeleteKeysPattern" };

    /// <summary>
    /// Names after <c>By</c> that say how keys are matched, not which key (<c>GetByPrefix(prefix)</c>, <c>DeleteByKeyPattern</c>):
    /// a <c>{Verb}By{Name}</c> member with one of them is not read as a verb by the key's name
    /// (<c>KeyValuePlanner.ByKey</c>) and keeps its own refusal.
    /// </summary>
    public static readonly string[] KeyValueByMatchNouns = { "Prefix", "KeyPrefix", "Pattern", "KeyPattern", "Tag", "Tags", "Region" };

    /// <summary>
    /// Words a lookup's noun may hold besides the entity's, the interface's and the parameters' words
    /// (<see cref="Parsing.EntityPlanner"/>): they neither select nor order (<c>GetOrderDetails(id)</c>, <c>GetItemForUser(userId)</c>).
    /// </summary>
    public static readonly string[] NeutralNounWords = { "All", "List", "Item", "Items", "Entity", "Entities", "Record", "Records", "Row", "Rows", "Detail", "Details", "Info", "Data", "One", "First", "By", "For", "Of", "With", "From", "In", "And", "Id", "Ids", "ID", "IDs", "Key", "Keys" };

    /// <summary>
    /// Words a lookup's noun may hold when a parameter is the key (<see cref="Parsing.EntityPlanner"/>): the key selects at
    /// most one row, so a word saying the lookup returns one row selects nothing more (<c>GetSingle(Guid id)</c>, the
    /// generic repository of chsakell's tutorials: <c>FirstOrDefault(x =&gt; x.Id == id)</c>). What a missing key gives is
    /// the declared result's, as for <c>Get(id)</c>. Without the key, Single stays unproven (which row of several?).
    /// </summary>
    public static readonly string[] KeyLookupNounWords = { "Single" };

    /// <summary>
    /// Words of a bool parameter's name that make it a switch between removing a row and a soft delete
    /// (<c>isSoftDelete</c>, <c>hardDelete</c>, <c>permanently</c>, <c>physical</c>): a removal beside one is refused with it named.
    /// </summary>
    public static readonly string[] SoftDeleteSwitchWords = { "Soft", "Hard", "Permanent", "Permanently", "Physical", "Physically" };

    /// <summary>
    /// The first word of a read's <c>bool</c> switch for the rows a soft delete only marked (<c>withDeleted</c>, the
    /// nArchitecture template's <c>GetAsync(predicate, include, bool withDeleted = false, …)</c>, EF Core's
    /// <c>IgnoreQueryFilters</c>; <c>includeDeleted</c>), before one of <see cref="DeletedRowsSwitchNouns"/> (h-sample125).
    /// </summary>
    public static readonly string[] DeletedRowsSwitchPrefixes = { "with", "include", "including" };

    /// <summary>The word after <see cref="DeletedRowsSwitchPrefixes"/> that names the rows a soft delete marked.</summary>
    public static readonly string[] DeletedRowsSwitchNouns = { "Deleted", "SoftDeleted", "Removed", "Trashed" };

    /// <summary>Plural nouns that name every row of a repository's table whatever its entity (<c>HasItems()</c>: whether any row is stored).</summary>
    public static readonly string[] NeutralPluralNouns = { "Items", "Entities", "Entries", "Records", "Rows" };

    /// <summary>Words naming who a row belongs to, proven in a lookup's noun when no parameter is the key (<c>GetUserConsent(subjectId, clientId)</c>).</summary>
    public static readonly string[] OwnerNounWords = { "User", "Customer", "Client", "Tenant", "Account", "Owner", "Member", "Subject", "Person" };

    /// <summary>
    /// An add that skips a taken key instead of throwing: <c>TryAdd{Noun}</c>, <c>TryInsert</c>, <c>TryCreate</c>, or an add verb
    /// whose name ends in <see cref="IfAbsentSuffixes"/> (<c>AddIfNotExists</c>, <c>InsertArticleIfAbsent</c>). Returns the
    /// noun between the verb and the suffix ("" when none), or null when the name is no such add.
    /// </summary>
    public static string? AddIfAbsentNoun(string verb)
    {
        foreach (var add in AddVerbs)
        {
            if (NameWords.StartsWithWord(verb, "Try" + add))
            {
                return verb.Substring(add.Length + 3);
            }

            if (verb.StartsWith(add, StringComparison.Ordinal))
            {
                foreach (var suffix in IfAbsentSuffixes)
                {
                    if (verb.EndsWith(suffix, StringComparison.Ordinal) && verb.Length >= add.Length + suffix.Length)
                    {
                        return verb.Substring(add.Length, verb.Length - add.Length - suffix.Length);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// An add that returns the stored entity when its key is taken: <c>AddOrGet{Noun}</c>, <c>GetOrAdd{Noun}</c> (also with
    /// Insert/Create: <c>GetOrCreate</c>, <c>InsertOrGet</c>). Returns the noun after the verb ("" when none), or null.
    /// </summary>
    public static string? AddOrGetNoun(string verb)
    {
        foreach (var add in AddVerbs)
        {
            foreach (var both in new[] { add + "OrGet", "GetOr" + add })
            {
                if (NameWords.StartsWithWord(verb, both))
                {
                    return verb.Substring(both.Length);
                }
            }
        }

        return null;
    }

    /// <summary>A write's noun without an ending that says it returns the key (ABP's <c>InsertAndGetId</c>): the key is its result, not a word to prove.</summary>
    public static string WithoutReturnedKeySuffix(string noun)
    {
        foreach (var suffix in new[] { "AndGetId", "AndGetKey", "AndReturnId", "AndReturnKey" })
        {
            if (noun.EndsWith(suffix, StringComparison.Ordinal))
            {
                return noun.Substring(0, noun.Length - suffix.Length);
            }
        }

        return noun;
    }

    /// <summary>Endings of an add verb that make it skip a taken key (<see cref="AddIfAbsentNoun"/>).</summary>
    public static readonly string[] IfAbsentSuffixes = { "IfNotExists", "IfNotExist", "IfAbsent", "IfMissing", "IfNotPresent", "IfNotFound" };

    /// <summary>
    /// Whether <paramref name="name"/> is a misspelling of <paramref name="property"/>: both at least four letters, different,
    /// and at most two edits apart (insertions, deletions, substitutions or swaps of neighbours), case-insensitively.
    /// </summary>
    public static bool IsNearMiss(string name, string property)
    {
        if (name.Length < 4 || property.Length < 4 || Math.Abs(name.Length - property.Length) > 2 || string.Equals(name, property, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var a = name.ToUpperInvariant();
        var b = property.ToUpperInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length] <= 2;
    }

    /// <summary>Whether two nouns are the same word, case-insensitively, singular or plural (Order, Orders; Category, Categories; Box, Boxes).</summary>
    public static bool SameNounWord(string word, string proven)
    {
        if (string.Equals(word, proven, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        static bool PluralOf(string plural, string single)
            => (plural.Length == single.Length + 1 && plural.EndsWith("s", StringComparison.OrdinalIgnoreCase) && plural.StartsWith(single, StringComparison.OrdinalIgnoreCase))
            || (plural.Length == single.Length + 2 && plural.EndsWith("es", StringComparison.OrdinalIgnoreCase) && plural.StartsWith(single, StringComparison.OrdinalIgnoreCase))
            || (single.Length > 1 && single.EndsWith("y", StringComparison.OrdinalIgnoreCase) && plural.Length == single.Length + 2 && plural.EndsWith("ies", StringComparison.OrdinalIgnoreCase)
                && string.Compare(plural, 0, single, 0, single.Length - 1, StringComparison.OrdinalIgnoreCase) == 0);

        return PluralOf(word, proven) || PluralOf(proven, word);
    }

    /// <summary>Suffixes of a store interface's name; what is before one is the store's subject noun (<c>ITicketStore</c> → Ticket).</summary>
    public static readonly string[] StoreNameSuffixes = { "Repository", "Store", "Repo", "Cache", "Storage", "Service", "Provider", "Manager", "Dao", "Gateway", "Session" };

    /// <summary>Nouns any key-value store's verbs may carry besides its subject and value type: <c>GetCacheItem</c>, <c>RemoveEntry</c>.</summary>
    public static readonly string[] KeyValueNouns = { "Item", "Entry", "CacheItem", "CacheEntry", "Data", "Record", "Object", "Value" };

    /// <summary>
    /// Key-value members that hand out a cache entry for the key which is stored when the caller disposes it
    /// (<c>IMemoryCache.CreateEntry(object key)</c>: <c>using var entry = cache.CreateEntry(key); entry.Value = v;</c>).
    /// </summary>
    public static readonly string[] KeyValueEntryCreateNames = { "CreateEntry", "CreateCacheEntry" };

    /// <summary>
    /// Words that, in a factory parameter's name (<c>defaultValue</c>, <c>defaultValueFactory</c>, <c>fallback</c>) or in a
    /// read's verb (<c>GetOrDefault</c>), call what the factory makes a default for a missing key rather than a value to
    /// add: whether the real store keeps it is not said (Orchard's <c>ObjectStore.Get(key, defaultValue)</c> only returns
    /// it, a cache's <c>Get(key, defaultValue)</c> may store it), so such a read is refused, not made a get-or-add.
    /// </summary>
    public static readonly string[] DefaultFactoryWords = { "Default", "Fallback" };

    /// <summary>Nouns a blob store's verbs may carry besides its subject: <c>SaveMediaAsync</c>, <c>DeleteFile</c>, <c>GetBlobUrl</c>.</summary>
    public static readonly string[] BlobNouns = { "File", "Blob", "Object", "Media", "Document", "Attachment", "Image", "Picture", "Photo", "Asset", "Content", "Archive", "Resource", "Avatar" };

    /// <summary>
    /// Words that name a place blobs are kept in, not a blob (h-sample62: coyote's <c>IBlobContainerProvider</c>, whose
    /// subject BlobContainer made <c>DeleteContainerAsync(containerName)</c> a removal of the blob keyed by the container's
    /// name, where Azure deletes the container and every blob in it, 404 when it is missing). A blob store's subject that
    /// ends in one proves no noun of a blob, and a verb that carries one (<c>CreateContainer</c>, <c>DeleteBucket</c>) is
    /// refused naming the place.
    /// </summary>
    public static readonly string[] BlobPlaceNouns = { "Container", "Bucket", "Folder", "Directory", "Share" };

    /// <summary>
    /// String parameters that name the place a blob is kept in, taken first before the blob's name
    /// (<c>UploadAsync(string containerName, string blobName, Stream content)</c>): the blob's table key is
    /// <c>{container}/{name}</c>. Folders and directories are left out: a path's folder is part of a blob's name, so
    /// <c>(folder, name)</c> may join with <c>/</c>, <c>\</c> or nothing, which the signature does not say.
    /// </summary>
    public static readonly string[] BlobPlaceParameterNames = { "container", "containerName", "bucket", "bucketName", "share", "shareName" };

    /// <summary>The place words whose members are about a container's own life (<c>CreateContainerAsync</c>, <c>ListBuckets</c>).</summary>
    public static readonly string[] BlobContainerNouns = { "Container", "Bucket", "Share" };

    /// <summary>String parameters that put a key in a region: the region is part of the entry's identity (CacheManager, System.Runtime.Caching's regionName).</summary>
    public static readonly string[] RegionParameterNames = { "region", "regionName" };

    /// <summary>Parameters (a collection of strings, or a <c>ReadOnlyMemory&lt;string&gt;</c>) whose strings are tags recorded with the entry, for eviction by tag.</summary>
    public static readonly string[] TagParameterNames = { "tags", "tagNames", "cacheTags" };

    // ---- Byte buffers (IBufferDistributedCache, IOutputCacheBufferStore) ----------------------------------------------

    /// <summary>
    /// A store of <c>byte[]</c> values may also take its bytes, and hand them back, as buffers, sharing the one table with
    /// its <c>byte[]</c> members (a value set as <c>byte[]</c> is read into a buffer writer, and the other way round):
    /// <list type="bullet">
    /// <item><description><b>Writes</b> (the Set verbs) take the value as <see cref="ByteSequenceType"/> of <c>byte</c> or
    /// <c>ReadOnlyMemory&lt;byte&gt;</c>; the bytes are copied into a new array before the call returns, so a caller that
    /// recycles its buffer afterwards (HybridCache, the output-caching middleware) never changes what is stored.</description></item>
    /// <item><description><b>Reads into a destination</b> (the TryGet and Get verbs, <c>(key, destination)</c>, returning
    /// <c>bool</c>) copy the stored bytes into an <see cref="BufferWriterType"/> of <c>byte</c>, a <see cref="PipeWriterType"/>
    /// (then flushed, as RedisOutputCacheStore does) or a <c>Stream</c> (at its position), once, whole, and return whether the
    /// key was found; a missing or expired key leaves the destination untouched (RedisCache's <c>TryGet</c>). A read renews
    /// sliding expiry, as <c>Get</c> does.</description></item>
    /// <item><description><b>Tags</b> may come as <c>ReadOnlyMemory&lt;string&gt;</c> (<c>IOutputCacheBufferStore.SetAsync</c>),
    /// copied as the write happens.</description></item>
    /// </list>
    /// A synchronous read into a <c>PipeWriter</c> is refused: its reader sees the bytes only after <c>FlushAsync</c>, which a
    /// synchronous member would have to block on.
    /// </summary>
    public const string ByteSequenceType = "System.Buffers.ReadOnlySequence`1";

    /// <summary>The buffer writer a read may copy bytes into (see <see cref="ByteSequenceType"/>).</summary>
    public const string BufferWriterType = "System.Buffers.IBufferWriter`1";

    /// <summary>The pipe writer a read may copy bytes into, then flush (see <see cref="ByteSequenceType"/>).</summary>
    public const string PipeWriterType = "System.IO.Pipelines.PipeWriter";

    /// <summary>The key-value verbs that read into a caller's destination when their second parameter is one (see <see cref="ByteSequenceType"/>).</summary>
    public static bool ReadsIntoDestination(KeyValueVerb verb) => verb is KeyValueVerb.TryGet or KeyValueVerb.Get;

    /// <summary>
    /// String parameters of a keyless append (<c>IXmlRepository.StoreElement(element, friendlyName)</c>) that only
    /// suggest a name: the real stores keep every element, so the fake ignores them.
    /// </summary>
    public static readonly string[] HintParameterNames = { "friendlyName" };

    /// <summary>Bool constructor parameters of a result wrapper that say whether a value was found (<c>CacheValue(value, hasValue)</c>).</summary>
    public static readonly string[] FoundParameterNames = { "hasValue", "found", "isFound", "exists", "hasResult", "success", "isSuccess" };

    /// <summary>Static members of a result wrapper that mean "no value" (<c>CacheValue&lt;T&gt;.NoValue</c>).</summary>
    public static readonly string[] NoValueMemberNames = { "NoValue", "None", "Missing", "NotFound", "Empty" };

    /// <summary>Key parameters that are a position in a list, not a key: an interface that takes them is a list (IList), not a key-value store.</summary>
    public static readonly string[] PositionParameterNames = { "index", "position", "startIndex", "offset" };

    /// <summary>Parameters of a compare-and-set that hold the value the caller expects to replace (the others are the new value).</summary>
    public static readonly string[] ComparisonValueNames = { "comparisonValue", "expected", "expectedValue", "oldValue", "currentValue", "comparand", "previous", "previousValue" };

    /// <summary>The key of a keyless (single-document) key-value store: its one entry is stored under this key.</summary>
    public const string SingleEntryKey = "value";

    /// <summary>
    /// Where each key-value verb has its key and its value, for deciding the store's types from all members together:
    /// the key is the first parameter of a member that takes one; the value is Get's result, TryGet's out parameter,
    /// and the second parameter of Set/SetIfAbsent. The key type is the type most such key positions share; the value
    /// type the one most value positions share; a tie goes to <c>string</c>, then to the type whose name sorts first, so
    /// member order never matters. A generic or <c>object</c> value anywhere makes an <c>object</c> store.
    /// </summary>
    public static bool TakesKeyFirst(KeyValueVerb verb) => verb is not (KeyValueVerb.None or KeyValueVerb.Clear or KeyValueVerb.Count or KeyValueVerb.Keys
        or KeyValueVerb.GetAll or KeyValueVerb.GetMany or KeyValueVerb.SetMany or KeyValueVerb.DeleteMany or KeyValueVerb.EvictByTag
        or KeyValueVerb.RemoveByPrefix or KeyValueVerb.RemoveByPattern or KeyValueVerb.ClearRegion or KeyValueVerb.Append or KeyValueVerb.Any or KeyValueVerb.IsEmpty or KeyValueVerb.CopyTo);

    // ---- Time to live ---------------------------------------------------------------------------------------------

    /// <summary>
    /// TimeSpan parameters read as a time to live after now: the usual names, and those of real caches
    /// (<c>validFor</c> of IOutputCacheStore, <c>cacheDuration</c> of Squidex's IQueryCache, a TimeSpan
    /// <c>absoluteExpiration</c> as LazyCache and CacheManager use it: absolute, relative to now; <c>duration</c> of Duende
    /// IdentityServer's <c>ICache&lt;T&gt;.GetOrAddAsync</c>, the TimeSpan form of the <c>durationInSeconds</c> already read;
    /// <c>lifeSpan</c> of the Azure Media Services dashboard's <c>IMdCache.Set(key, value, lifeSpan)</c>, which its Azure
    /// cache puts with that expiry: a synonym of <c>lifetime</c>; <c>cacheExpiry</c> of Get Information about Schools'
    /// <c>ICacheAccessor.Set&lt;T&gt;(key, value, TimeSpan? cacheExpiry)</c>, which its CacheAccessor stores until now + the
    /// span, and <c>cacheExpiration</c>: <c>expiry</c> and <c>expiration</c> with the word cache before them, h-sample79).
    /// </summary>
    public static readonly string[] RelativeTtlNames =
    {
        "ttl", "expiry", "expiration", "expiresIn", "timeToLive", "lifetime", "absoluteExpirationRelativeToNow", "validFor", "cacheDuration",
        "cacheTime", "expirationTime", "expiryTime", "expireAfter", "expiresAfter", "expireIn", "maxAge", "absoluteExpiration", "duration",
        "lifeSpan", "cacheExpiry", "cacheExpiration",
    };

    /// <summary>TimeSpan parameters read as a sliding expiry.</summary>
    public static readonly string[] SlidingTtlNames = { "sliding", "slidingExpiration" };

    /// <summary>Number parameters read as seconds to live.</summary>
    public static readonly string[] SecondsTtlNames =
    {
        "ttl", "ttlSeconds", "seconds", "expirySeconds", "expiresInSeconds", "expirationSeconds", "timeToLiveSeconds", "ttlInSeconds",
        "expirationInSeconds", "cacheSeconds", "cacheDurationSeconds", "cacheDurationInSeconds", "durationInSeconds",
    };

    /// <summary>Stems of a number parameter whose name ends in its unit (<c>cacheTimeInMinutes</c>, <c>ttlHours</c>, <c>expirationMinutes</c>).</summary>
    public static readonly string[] TtlUnitStems =
    {
        "", "ttl", "cache", "cacheTime", "cacheDuration", "duration", "expiry", "expiration", "expiresIn", "expireIn", "expireAfter", "timeToLive",
        "lifetime", "lifeSpan", "validFor", "absoluteExpiration", "expirationTime", "expiryTime",
    };

    /// <summary>Units a number of time to live may name, with their seconds: <c>Seconds</c>, <c>Minutes</c>, <c>Hours</c>, <c>Days</c>.</summary>
    public static readonly (string Unit, int Seconds)[] TtlUnits = { ("Seconds", 1), ("Minutes", 60), ("Hours", 3600), ("Days", 86400) };

    /// <summary>
    /// The seconds per unit of a number parameter named as a stem of <see cref="TtlUnitStems"/>, optionally <c>In</c>, then a
    /// unit of <see cref="TtlUnits"/> (<c>cacheTimeInMinutes</c> → 60); 0 when the name says no unit (nopCommerce's
    /// <c>cacheTime</c> stays refused: its unit is the library's).
    /// </summary>
    public static int TtlUnitSeconds(string name)
    {
        foreach (var (unit, seconds) in TtlUnits)
        {
            if (!name.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var stem = name.Substring(0, name.Length - unit.Length);
            if (stem.EndsWith("In", StringComparison.Ordinal) && NameIn(stem.Substring(0, stem.Length - 2), TtlUnitStems))
            {
                return seconds;
            }

            if (NameIn(stem, TtlUnitStems))
            {
                return seconds;
            }
        }

        return 0;
    }

    /// <summary>DateTimeOffset parameters read as an absolute expiry (a point in time: <c>expiry</c> too, as Cofoundry's <c>IObjectCache</c> names it).</summary>
    public static readonly string[] AbsoluteTtlNames = { "expiresAt", "absolute", "absoluteExpiration", "expireAt", "expiresOn", "expirationTime", "expiresAtUtc", "expiration", "expiry", "expiryTime", "cacheExpiry", "cacheExpiration" };

    /// <summary>Properties of an options object: relative, sliding and absolute (sliding wins, then relative, then absolute).</summary>
    public static readonly string[] OptionRelativeNames = { "AbsoluteExpirationRelativeToNow", "Ttl", "Expiry", "TimeToLive", "ExpiresIn", "Expiration", "Duration" };

    public static readonly string[] OptionSlidingNames = { "SlidingExpiration", "Sliding" };

    public static readonly string[] OptionAbsoluteNames = { "AbsoluteExpiration", "ExpiresAt", "Absolute" };

    // ---- Blob stores ----------------------------------------------------------------------------------------------

    /// <summary>The blob verb of a member's verb, or <see cref="BlobVerb.None"/>.</summary>
    public static BlobVerb BlobVerbOf(string verb) => verb switch
    {
        "Put" or "Upload" or "Save" or "Write" or "Store" or "Set" or "PutBytes" or "SetBytes" or "PutText" or "UploadBytes" or "UploadText" or "WriteAllBytes" or "WriteAllText" => BlobVerb.Put,
        "Get" or "GetBytes" or "Download" or "Read" or "ReadAllBytes" or "GetContent" or "DownloadBytes" or "GetText" or "ReadText" or "DownloadText" or "ReadAllText"
            or "Open" or "OpenRead" or "OpenReadStream" or "GetStream" or "DownloadStream" or "GetOrNull" or "GetOrDefault" or "GetAllBytes" or "GetAllBytesOrNull"
            or "ReadOrNull" or "DownloadTo" or "CopyTo" or "ReadTo" or "Load" or "Fetch" or "Retrieve" or "LoadBytes" or "LoadText"
            or "TryDownload" or "TryDownloadTo" => BlobVerb.Get,
        "Exists" or "Contains" or "Has" or "Exist" => BlobVerb.Exists,
        "Delete" or "Remove" or "Purge" or "Erase" or "DeleteIfExists" or "RemoveIfExists" or "DeleteIfPresent" or "RemoveIfPresent" => BlobVerb.Delete,
        "List" or "ListKeys" or "ListFiles" or "ListBlobs" or "ListAll" or "GetAll" or "Keys" or "GetKeys" or "ListByPrefix" or "ListWithPrefix" or "ListFolder" or "ListDirectory"
            or "GetNames" or "ListNames" or "GetBlobNames" or "ListBlobNames" or "GetFileNames" or "ListFileNames" => BlobVerb.List,
        "Copy" => BlobVerb.Copy,
        "Move" or "Rename" => BlobVerb.Move,
        "Info" or "GetInfo" or "Stat" or "GetProperties" or "GetBlobProperties" or "Head" or "GetFileInfo" => BlobVerb.Info,
        "Url" or "GetUrl" or "GetUri" or "Uri" => BlobVerb.Url,
        "Metadata" or "GetMetadata" or "ReadMetadata" or "LoadMetadata" or "FetchMetadata" => BlobVerb.Metadata,
        "Clear" or "DeleteAll" or "RemoveAll" => BlobVerb.Clear,
        "Count" or "GetCount" or "GetTotalCount" or "TotalCount" => BlobVerb.Count,
        _ => BlobVerb.None,
    };

    /// <summary>Bool parameters of a blob write that say whether an existing blob may be replaced (ABP's <c>overrideExisting</c>).</summary>
    public static readonly string[] OverwriteParameterNames = { "overrideExisting", "overwrite", "overwriteExisting", "override", "replaceExisting" };

    /// <summary>Bool parameters of a blob write that add the content after the existing blob's (FluentStorage's <c>append</c>).</summary>
    public static readonly string[] AppendParameterNames = { "append" };

    /// <summary>String parameters of a blob listing that name a directory: the blobs under <c>{directory}/</c>.</summary>
    public static readonly string[] DirectoryParameterNames = { "folder", "folderPath", "directory", "directoryPath", "dir", "path", "containerPath" };

    /// <summary>
    /// Listing parameters among <see cref="DirectoryParameterNames"/> that real stores also read as a plain prefix of names
    /// (h-sample137: dfc-coursedirectory's <c>ListFiles(path)</c> is Azure's <c>GetBlobsAsync(prefix: path)</c>): the fake
    /// answers when both readings agree and throws when they differ (<c>BlobKeys.PathListing</c>).
    /// </summary>
    public static readonly string[] PrefixOrDirectoryParameterNames = { "path" };

    /// <summary>
    /// <c>bool</c> members of a listing's result type that say an item is a (virtual) directory: Azure's
    /// <c>BlobHierarchyItem.IsPrefix</c>, a file-system entry's <c>IsDirectory</c>.
    /// </summary>
    public static readonly string[] DirectoryFlagNames = { "IsDirectory", "IsFolder", "IsPrefix", "IsVirtualDirectory", "IsDir" };

    /// <summary>String parameters of a blob listing that are a raw key prefix.</summary>
    public static readonly string[] PrefixParameterNames = { "prefix", "keyPrefix", "namePrefix", "pathPrefix" };

    /// <summary>String parameters of a blob write read as its content type.</summary>
    public static readonly string[] ContentTypeNames = { "contentType", "mimeType", "mediaType", "type" };

    /// <summary>
    /// The words a blob write's <c>string</c> parameter must be named with, alone or as its last word (<c>content</c>,
    /// <c>text</c>, <c>fileContent</c>, <c>jsonBody</c>), to be the blob's text: a string named otherwise may name something
    /// else entirely (AWS's <c>ITransferUtility.Upload(string filePath, string bucketName)</c> uploads the file at the
    /// path into the bucket; it does not store the bucket's name as text).
    /// </summary>
    public static readonly string[] TextContentWords = { "Content", "Contents", "Text", "Body", "Data", "Value", "Json", "Xml", "Html", "Csv", "Yaml", "Markdown", "Payload" };

    /// <summary>Whether a blob write's string parameter is named as the blob's text (<see cref="TextContentWords"/>).</summary>
    public static bool NamesTextContent(string name)
    {
        foreach (var word in TextContentWords)
        {
            if (string.Equals(name, word, StringComparison.OrdinalIgnoreCase)
                || (name.Length > word.Length && name.EndsWith(word, StringComparison.Ordinal) && char.IsLower(name[name.Length - word.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Members of a blob result type filled by name (case-insensitive), with the blob property each reads:
    /// Key/Path/Name/FileName/BlobName, Size/Length/ContentLength, ContentType/MimeType, ETag,
    /// LastModified/UpdatedAt/ModifiedAt/LastModifiedAt/Modified/ModifiedOn/LastModifiedOn/UpdatedOn (since h-wrongclass5: Foundatio's
    /// FileSpec.Modified was left at its default), CreatedAt/Created/CreatedOn, Metadata, Url/Uri.
    /// </summary>
    public static readonly Dictionary<string, BlobResultMember> BlobResultMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Key"] = BlobResultMember.Key, ["Path"] = BlobResultMember.Key, ["Name"] = BlobResultMember.Key, ["FileName"] = BlobResultMember.Key, ["BlobName"] = BlobResultMember.Key,
        ["Size"] = BlobResultMember.Size, ["Length"] = BlobResultMember.Size, ["ContentLength"] = BlobResultMember.Size,
        ["ContentType"] = BlobResultMember.ContentType, ["MimeType"] = BlobResultMember.ContentType,
        ["ETag"] = BlobResultMember.ETag,
        ["LastModified"] = BlobResultMember.LastModified, ["UpdatedAt"] = BlobResultMember.LastModified, ["ModifiedAt"] = BlobResultMember.LastModified, ["LastModifiedAt"] = BlobResultMember.LastModified,
        ["Modified"] = BlobResultMember.LastModified, ["ModifiedOn"] = BlobResultMember.LastModified, ["LastModifiedOn"] = BlobResultMember.LastModified, ["UpdatedOn"] = BlobResultMember.LastModified,
        ["CreatedAt"] = BlobResultMember.CreatedAt, ["Created"] = BlobResultMember.CreatedAt, ["CreatedOn"] = BlobResultMember.CreatedAt,
        ["Metadata"] = BlobResultMember.Metadata,
        ["Url"] = BlobResultMember.Url, ["Uri"] = BlobResultMember.Url,
        ["Content"] = BlobResultMember.Content, ["Contents"] = BlobResultMember.Content, ["Data"] = BlobResultMember.Content, ["Bytes"] = BlobResultMember.Content,
        ["Stream"] = BlobResultMember.Content, ["Body"] = BlobResultMember.Content, ["FileContent"] = BlobResultMember.Content, ["FileContents"] = BlobResultMember.Content,
        ["ContentStream"] = BlobResultMember.Content, ["FileStream"] = BlobResultMember.Content, ["FileBytes"] = BlobResultMember.Content, ["FileData"] = BlobResultMember.Content,
    };

    /// <summary>
    /// Associations: values attached to an entity that its type has no property for, kept in a side table keyed by the
    /// entity's key. The verbs, tried in this order; <c>{N}</c> is the association's noun (singular or plural), <c>{E}</c>
    /// the entity's noun in the plural (<c>Users</c>). An association is defined by its <c>Add</c> (values of a type in
    /// <see cref="AssociationValues"/>) or <c>AddTo</c> (a name of another entity) member; the others join it by noun.
    /// </summary>
    public static readonly string[] AssociationReferenceAddPrefixes = { "AddTo" };

    /// <summary><c>RemoveFrom{N}(owner, name)</c>.</summary>
    public static readonly string[] AssociationReferenceRemovePrefixes = { "RemoveFrom" };

    /// <summary><c>IsIn{N}(owner, name)</c>.</summary>
    public static readonly string[] AssociationReferenceContainsPrefixes = { "IsIn" };

    /// <summary><c>Get{E}In{N}(name)</c>: the middle word between the entity's plural and the noun.</summary>
    public const string AssociationReferenceOwnersMiddle = "In";

    /// <summary><c>Get{E}For{N}(value)</c>: the middle word between the entity's plural and the noun.</summary>
    public const string AssociationValueOwnersMiddle = "For";

    /// <summary><c>Add{N}</c>, <c>Remove{N}</c>, <c>Replace{N}</c>, <c>Get{N}</c>, <c>FindBy{N}</c> / <c>Find{Entity}By{N}</c>.</summary>
    public const string AssociationAdd = "Add", AssociationRemove = "Remove", AssociationReplace = "Replace", AssociationGet = "Get", AssociationFind = "Find", AssociationBy = "By";

    /// <summary>
    /// The value types an association keeps, and how: the metadata name, the properties a row keeps (the value is rebuilt
    /// with the public constructor whose parameters name them in this order), how many of them (first) identify a value,
    /// and whether that key is unique across all owners. Matching is by these parts, never by reference: <c>Claim</c> has no
    /// value equality, and Identity's EF Core store keeps a claim as <c>ClaimType</c>/<c>ClaimValue</c> and matches both;
    /// a login is keyed by <c>(LoginProvider, ProviderKey)</c>, the primary key of <c>AspNetUserLogins</c>.
    /// </summary>
    public static readonly (string MetadataName, string[] Parts, int KeyParts, bool Unique)[] AssociationValues =
    {
        ("System.Security.Claims.Claim", new[] { "Type", "Value" }, 2, false),
        ("Microsoft.AspNetCore.Identity.UserLoginInfo", new[] { "LoginProvider", "ProviderKey", "ProviderDisplayName" }, 2, true),
    };

    /// <summary>
    /// Members whose meaning the declaring framework interface's documented contract fixes, where the member's name and
    /// signature alone prove nothing (a string <c>Id</c>, a keyless <c>LoadAsync</c>): the fake does what that contract says
    /// for a store whose data always lives in memory. <c>Microsoft.AspNetCore.Http.ISession</c> (the interface behind
    /// <c>HttpContext.Session</c>): <c>IsAvailable</c> is true (the session always loads); <c>Id</c> is a new GUID's text, made
    /// once per fake and the same on every read (<c>DistributedSession</c> makes its id from 16 random bytes once);
    /// <c>LoadAsync</c>/<c>CommitAsync</c> complete at once (there is no backing cache to load from or write to: every
    /// <c>Set</c> is already what the next <c>TryGetValue</c> reads, as in one <c>DistributedSession</c>).
    /// <c>Microsoft.AspNetCore.Components.IPersistentComponentStateStore</c> ("Persists the serialized state into the storage",
    /// "Gets the persisted state from the store") keeps one document: <c>PersistStateAsync(state)</c> replaces the whole state
    /// (the framework's own in-memory store in ComponentStatePersistenceManagerTest does <c>State = state.ToDictionary(…)</c>;
    /// the name alone, a dictionary under the singular noun State, says no more than "merge or replace?") and
    /// <c>GetPersistedStateAsync()</c> reads every entry back.
    /// </summary>
    public static readonly (string Interface, string Member, FrameworkMeaning Meaning)[] FrameworkMemberMeanings =
    {
        ("Microsoft.AspNetCore.Http.ISession", "IsAvailable", FrameworkMeaning.True),
        ("Microsoft.AspNetCore.Http.ISession", "Id", FrameworkMeaning.NewGuidText),
        ("Microsoft.AspNetCore.Http.ISession", "LoadAsync", FrameworkMeaning.Nothing),
        ("Microsoft.AspNetCore.Http.ISession", "CommitAsync", FrameworkMeaning.Nothing),
        ("Microsoft.AspNetCore.Components.IPersistentComponentStateStore", "GetPersistedStateAsync", FrameworkMeaning.AllEntries),
        ("Microsoft.AspNetCore.Components.IPersistentComponentStateStore", "PersistStateAsync", FrameworkMeaning.ReplaceAllEntries),
    };

    /// <summary>
    /// Framework store interfaces whose documented contract says what no signature can: what a null key means, and that
    /// values are kept by reference. <c>Microsoft.Extensions.Options.IOptionsMonitorCache&lt;TOptions&gt;</c> ("used by
    /// IOptionsMonitor to cache TOptions instances"): <c>OptionsCache</c> reads a null name as <c>Options.DefaultName</c>
    /// (<c>""</c>) in <c>GetOrAdd</c>, <c>TryAdd</c> and <c>TryRemove</c>, and hands back the very instance it stored, which
    /// framework code relies on (an authentication handler's options object is the one <c>OptionsMonitor.Get</c> cached; a
    /// copy per read would lose what the handler sets on it). Null key meaning is a C# expression.
    /// </summary>
    public static readonly (string Interface, string? NullKeyMeans, bool ByReference)[] FrameworkStoreContracts =
    {
        ("Microsoft.Extensions.Options.IOptionsMonitorCache`1", "\"\"", true),
    };

    /// <summary>
    /// Framework stores that keep one state per key under an entity tag (an ETag), a rule in no signature: matched by the
    /// interface's full metadata name, so a look-alike of your own keeps the general rules (refused). Each entry names the
    /// state interface its members fill and the exception type a failed tag check throws (used only when the compilation
    /// has it; without it the writes are refused). <c>Orleans.Storage.IGrainStorage</c>: its memory storage
    /// (MemoryGrainStorage over MemoryStorageGrain) keeps the state under <c>"{stateName}/{grainId}"</c> as serialized
    /// bytes; <c>ReadStateAsync</c> fills the caller's <c>IGrainState&lt;T&gt;</c> (State, ETag, RecordExists) or leaves it
    /// fresh; <c>WriteStateAsync</c> and <c>ClearStateAsync</c> check the caller's ETag (equal, <c>*</c>, nothing ever
    /// stored, or no tag after a clear; else InconsistentStateException), then store a copy and write a new tag back, or
    /// forget the state and reset the caller's.
    /// </summary>
    public static readonly (string Interface, string StateInterface, string ConflictException)[] FrameworkETagStateStores =
    {
        ("Orleans.Storage.IGrainStorage", "Orleans.IGrainState`1", "Orleans.Storage.InconsistentStateException"),
    };

    /// <summary>
    /// Framework tables of rows keyed by an owner and a name under a per-row ETag, rules in no signature: matched by the
    /// interface's full metadata name, so a look-alike of your own keeps the general rules (refused). Each entry names the
    /// row type, the row list type its reads return and the owner id type. <c>Orleans.IReminderTable</c>: its in-memory
    /// table (InMemoryReminderTable over ReminderTableGrain) keeps rows by (GrainId, ReminderName); UpsertRow stores the row
    /// under a new ETag (a GUID) and returns it; RemoveRow removes only on an equal ETag; ReadRows(begin, end) takes the rows
    /// whose grain's uniform hash is in the ring range (begin, end] (every hash when begin equals end).
    /// </summary>
    public static readonly (string Interface, string Row, string RowList, string Owner)[] FrameworkReminderTables =
    {
        ("Orleans.IReminderTable", "Orleans.ReminderEntry", "Orleans.ReminderTableData", "Orleans.Runtime.GrainId"),
    };

    /// <summary>
    /// Parameters whose meaning their declaring interface fixes and their name does not say: ASP.NET Core Identity's
    /// <c>IUserRoleStore&lt;TUser&gt;</c> names them <c>roleName</c>, but UserManager always passes the normalized name
    /// (<c>NormalizeName(role)</c>) and EF Core's UserStore compares <c>NormalizedName</c> (its override names the parameter
    /// <c>normalizedRoleName</c>). Matching by the name alone would compare <c>Name</c>: a silent wrong answer.
    /// </summary>
    public static readonly (string Interface, string Parameter, string Property)[] AssociationParameterMeanings =
    {
        ("Microsoft.AspNetCore.Identity.IUserRoleStore`1", "roleName", "NormalizedName"),
    };

    /// <summary>
    /// First words after <c>Add</c>/<c>Remove</c>/<c>Get</c>… that make the rest no association noun (<c>AddOrUpdate</c>,
    /// <c>AddIfMissing</c>, <c>AddRange</c>, <c>GetByEmail</c>): those members stay with the entity rules.
    /// </summary>
    public static readonly string[] AssociationNotNouns = { "Or", "If", "And", "With", "By", "For", "In", "To", "From", "Range", "All", "Many", "New", "Async" };

    /// <summary>The property of a referenced entity that a list of its names reads (Identity's <c>GetRolesAsync</c> returns role names).</summary>
    public const string AssociationNameProperty = "Name";

    /// <summary>
    /// A value kept per owner under a key of zero or more parts, which the entity has no property for: defined by
    /// <c>Set{N}(owner, part1…, value)</c> and proven by a <c>Get{N}(owner, part1…)</c> or <c>Remove{N}(owner, part1…)</c>
    /// with the same key parameters (names and types, in order): the Set's last parameter is then the value. Identity's
    /// <c>SetTokenAsync(user, loginProvider, name, value)</c> (the <c>AspNetUserTokens</c> row keyed by
    /// <c>(UserId, LoginProvider, Name)</c>) and, with no key parts, <c>SetAuthenticatorKeyAsync(user, key)</c>.
    /// </summary>
    public const string AssociationValueSet = "Set";

    /// <summary>
    /// Verbs that consume a single-use code of a per-owner set: <c>Redeem{N}(owner, code)</c> returns whether the owner had
    /// it and removes it (Identity's <c>RedeemCodeAsync</c>). A set is defined by such a member; <c>Replace{Ns}(owner,
    /// codes)</c> and <c>Count{Ns}(owner)</c> join it.
    /// </summary>
    public static readonly string[] AssociationCodeRedeemVerbs = { "Redeem", "Consume" };

    /// <summary><c>Replace{Ns}(owner, codes)</c> and <c>Count{Ns}(owner)</c> of a code set.</summary>
    public const string AssociationCodeReplace = "Replace", AssociationCodeCount = "Count";

    /// <summary>
    /// Verbs that define an owned collection of items keyed by one of their properties: <c>AddOrUpdate{N}(owner, item)</c>
    /// (Identity's <c>AddOrUpdatePasskeyAsync</c>). The key is the property a parameter of <c>Find{N}(owner, id)</c>,
    /// <c>Remove{N}(owner, id)</c> or <c>FindBy{N}[Id](id)</c> is named after (<c>credentialId</c> → <c>CredentialId</c>).
    /// </summary>
    public static readonly string[] AssociationItemUpsertVerbs = { "AddOrUpdate", "Upsert" };

    /// <summary>The word after <c>FindBy{N}</c> that says the parameter is the item's id (<c>FindByPasskeyIdAsync</c>).</summary>
    public static readonly string[] AssociationItemIdWords = { "Id", "ID", "Key" };

    // ---- Lookups by private fields and paged results (issue 10, shapes 4 and 14) ----------------------------------------

    /// <summary>
    /// Prefixes of a non-public instance field a lookup parameter may name when it names no property (modular-monolith's
    /// <c>GetAsync(MemberId memberId, …)</c> on an entity keeping <c>private MemberId _memberId</c>, which EF Core maps and the
    /// real repository queries with <c>EF.Property</c>): <c>_memberId</c>, <c>m_memberId</c> or <c>memberId</c>. Only when
    /// exactly one such field exists.
    /// </summary>
    public static readonly string[] PrivateFieldPrefixes = { "_", "m_", "" };

    /// <summary>
    /// The members of a paging spec a listing takes and fills (Sonarr's <c>PagingSpec&lt;TModel&gt;</c>), by name in this case
    /// (Parsing/PagingSpecPlanner.cs): the 1-based page and its size in, the sort key and direction and the filters in, the
    /// records and the total out.
    /// </summary>
    public static readonly (PagingSpecMember Member, string[] Names)[] PagingSpecMembers =
    {
        (PagingSpecMember.Page, new[] { "Page", "PageNumber", "CurrentPage" }),
        (PagingSpecMember.PageSize, new[] { "PageSize", "PerPage" }),
        (PagingSpecMember.Records, new[] { "Records", "Items", "Data", "Results" }),
        (PagingSpecMember.Total, new[] { "TotalRecords", "TotalCount", "TotalItems", "Total" }),
        (PagingSpecMember.SortKey, new[] { "SortKey", "SortBy", "SortColumn" }),
        (PagingSpecMember.SortDirection, new[] { "SortDirection", "SortOrder" }),
        (PagingSpecMember.Filters, new[] { "FilterExpressions", "Filters" }),
    };

    /// <summary>Members of a sort-direction enum that sort ascending: Sonarr's <c>SortDirection.Default</c> sorts as <c>Ascending</c> (<c>… == Descending ? "DESC" : "ASC"</c>).</summary>
    public static readonly string[] AscendingSortNames = { "Ascending", "Asc", "Default", "None", "Unspecified" };

    /// <summary>Members of a sort-direction enum that sort descending.</summary>
    public static readonly string[] DescendingSortNames = { "Descending", "Desc" };

    /// <summary>
    /// The members of a paged result type filled by name (case-insensitive) from one page of a listing (Ardalis'
    /// <c>PagedResult&lt;T&gt;(Items, Page, PerPage, TotalCount, TotalPages)</c>), with what each holds.
    /// </summary>
    public static readonly (PagedResultMember Member, string[] Names)[] PagedResultMembers =
    {
        (PagedResultMember.Items, new[] { "Items", "Data", "Results", "List" }),
        (PagedResultMember.PageNumber, new[] { "Page", "PageNumber", "CurrentPage" }),
        (PagedResultMember.PageIndex, new[] { "PageIndex" }),
        (PagedResultMember.PageSize, new[] { "PageSize", "PerPage" }),
        (PagedResultMember.TotalCount, new[] { "TotalCount", "Total", "TotalItems", "TotalItemCount", "TotalRecords", "RowCount" }),
        (PagedResultMember.TotalPages, new[] { "TotalPages", "PageCount" }),
        (PagedResultMember.HasNext, new[] { "HasNext", "HasNextPage" }),
        (PagedResultMember.HasPrevious, new[] { "HasPrevious", "HasPreviousPage" }),
    };

    // ---- Member names in Portuguese and Spanish (docs/generator.md#member-names-in-portuguese-and-spanish) ------------

    /// <summary>
    /// Portuguese and Spanish verbs that mean exactly one English verb of the tables above, as the first word of a member's
    /// name: the infinitive (<c>Obter</c>, <c>Obtener</c>) and the third person that Portuguese and Spanish code also names
    /// methods with (<c>Obtem</c>, <c>Obtiene</c>, <c>Busca</c>). <see cref="Parsing.LocalizedNames"/> reads a name that
    /// starts with one as its English twin (<c>ObterPorIdAsync</c> as <c>GetByIdAsync</c>), so every convention of an
    /// English verb applies, refusals included. A word that means two English verbs, or is an English word of another
    /// meaning, is not here: docs/generator.md says which and why.
    /// </summary>
    public static readonly (string Word, string English)[] LocalizedVerbs =
    {
        // Get / Find / Load: a lookup by key, a derived query, or (with a plural, Todos or no parameters) a listing.
        ("Obter", "Get"), ("Obtem", "Get"), ("Obtém", "Get"), ("Obtener", "Get"), ("Obtiene", "Get"), ("Pegar", "Get"), ("Pega", "Get"),
        ("Buscar", "Find"), ("Busca", "Find"), ("Procurar", "Find"), ("Procura", "Find"), ("Consultar", "Find"), ("Consulta", "Find"),
        ("Recuperar", "Retrieve"), ("Recupera", "Retrieve"), ("Carregar", "Load"), ("Carrega", "Load"), ("Cargar", "Load"),
        ("Pesquisar", "Search"), ("Pesquisa", "Search"),
        ("Listar", "List"), ("Lista", "List"),

        // Add / Insert / Create.
        ("Adicionar", "Add"), ("Adiciona", "Add"), ("Incluir", "Add"), ("Inclui", "Add"), ("Cadastrar", "Add"), ("Cadastra", "Add"),
        ("Agregar", "Add"), ("Agrega", "Add"), ("Anadir", "Add"), ("Añadir", "Add"), ("Inserir", "Insert"), ("Insere", "Insert"),
        ("Insertar", "Insert"), ("Inserta", "Insert"), ("Criar", "Create"), ("Cria", "Create"), ("Crear", "Create"), ("Crea", "Create"),

        // Update.
        ("Atualizar", "Update"), ("Atualiza", "Update"), ("Alterar", "Update"), ("Altera", "Update"), ("Actualizar", "Update"), ("Actualiza", "Update"),
        ("Editar", "Edit"), ("Edita", "Edit"), ("Modificar", "Modify"), ("Modifica", "Modify"),

        // Remove / Delete.
        ("Remover", "Remove"), ("Quitar", "Remove"), ("Quita", "Remove"), ("Excluir", "Delete"), ("Exclui", "Delete"), ("Deletar", "Delete"), ("Deleta", "Delete"),
        ("Apagar", "Delete"), ("Apaga", "Delete"), ("Eliminar", "Delete"), ("Elimina", "Delete"), ("Borrar", "Delete"), ("Borra", "Delete"),

        // Save, read as the English Save is (an upsert, or with no parameters a unit of work's save).
        ("Salvar", "Save"), ("Salva", "Save"), ("Guardar", "Save"), ("Guarda", "Save"),

        // Exists, Count.
        ("Existe", "Exists"), ("Contar", "Count"),
    };

    /// <summary>
    /// Portuguese and Spanish flag words (adjectives and participles, written in their masculine singular form), each with
    /// its English twin: <c>ObterAtivos()</c>, <c>ListarAtivosAsync(tenantId)</c>, <c>BuscarInativos()</c>,
    /// <c>ObtenerActivos()</c> read as <c>GetActive()</c>, <c>ListActive(tenantId)</c>, <c>FindInactive()</c>. A word binds, in
    /// this order, to a <c>bool</c> named as written in its singular, masculine or feminine (<c>Ativo</c>, <c>Ativa</c>,
    /// also after <c>Is</c>/<c>Has</c> as the English rule allows), then to the English twin's flag (<c>IsActive</c>,
    /// <c>Active</c>) (<see cref="Parsing.EntityParameters.BoolFlag(Parsing.ParseContext, Microsoft.CodeAnalysis.ITypeSymbol, string, out bool)"/>).
    /// The negating <c>In</c> (<c>Inativos</c>, <c>Inactivos</c>) is the English rule's. Adjectives agree with their noun, so
    /// the plural (<c>-s</c>, <c>-es</c>) and the feminine (<c>-a</c>) are the same word.
    /// </summary>
    public static readonly (string Word, string English)[] LocalizedFlagWords =
    {
        ("Ativo", "Active"), ("Activo", "Active"), ("Publicado", "Published"), ("Pendente", "Pending"), ("Pendiente", "Pending"),
        ("Concluido", "Completed"), ("Completado", "Completed"), ("Bloqueado", "Blocked"), ("Habilitado", "Enabled"),
    };

    /// <summary>
    /// Words right after the verb that say "every entity" (<c>ObterTodos</c> as <c>GetAll</c>, <c>ListarTodas</c> as
    /// <c>ListAll</c>), read only after a verb of <see cref="LocalizedVerbs"/>: after an English verb <c>Todos</c> is the
    /// plural of an English <c>Todo</c> (<c>GetTodos</c>). <c>Todo</c> alone is never read (Spanish "all", English "a to-do").
    /// </summary>
    public static readonly (string Word, string English)[] LocalizedAllWords = { ("Todos", "All"), ("Todas", "All") };

    /// <summary>
    /// A noun right after a Get verb, in either language, that makes the name an English list verb: <c>GetLista()</c>,
    /// <c>ObterLista()</c> as <c>GetList()</c> (every entity, as <see cref="GetAllVerbs"/> read it).
    /// </summary>
    public static readonly (string Word, string English)[] LocalizedListNouns = { ("Lista", "List") };

    /// <summary>
    /// The connective of a condition: <c>Por</c> (Portuguese and Spanish "by"), read as <c>By</c> the first time it
    /// follows the verb, whatever the verb's language (<c>GetItemPorID</c> as <c>GetItemByID</c>).
    /// </summary>
    public static readonly (string Word, string English)[] LocalizedByWords = { ("Por", "By") };

    /// <summary>
    /// Words joining two conditions after <see cref="LocalizedByWords"/>: Portuguese <c>E</c> and <c>Ou</c>, Spanish
    /// <c>Y</c> (<c>ObterPorNomeEEmail</c> as <c>GetByNomeAndEmail</c>); a one-letter word only between two words that
    /// start with an upper-case letter and go on in lower case, so an acronym (<c>CEP</c>, <c>CPF</c>) is never read.
    /// Spanish <c>O</c> ("or") is not here: it is the Portuguese article ("the").
    /// </summary>
    public static readonly (string Word, string English)[] LocalizedJoinWords = { ("E", "And"), ("Ou", "Or"), ("Y", "And") };

    /// <summary>
    /// Portuguese and Spanish plurals an English rule misses: a noun ending with the first text also takes its plural by
    /// replacing it with the second (<c>Promoção</c> → <c>Promoções</c>, <c>Animal</c> → <c>Animais</c>, <c>Fornecedor</c>
    /// → <c>Fornecedores</c>, <c>Item</c> → <c>Itens</c>, <c>Lápiz</c> → <c>Lápices</c>); unaccented spellings too, as
    /// identifiers often drop the accents. Every rule that fits an entity's noun adds a plural the members may use,
    /// beside the English one (<see cref="TypeNames.Plural"/>): a form no member uses changes nothing.
    /// </summary>
    public static readonly (string Ending, string PluralEnding)[] LocalizedPluralEndings =
    {
        ("ão", "ões"), ("ão", "ães"), ("ão", "ãos"), ("ao", "oes"), ("ao", "aes"), ("ao", "aos"),
        ("al", "ais"), ("el", "eis"), ("el", "éis"), ("ol", "ois"), ("ol", "óis"), ("ul", "uis"), ("il", "is"), ("l", "les"),
        ("z", "ces"), ("z", "zes"), ("r", "res"), ("n", "nes"), ("d", "des"), ("m", "ns"),
    };

    /// <summary>A member's verb: its name without a trailing <c>Async</c>.</summary>
    public static string VerbOf(string name)
        => name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;

    /// <summary>Whether a parameter name is one of <paramref name="names"/> (case-insensitive).</summary>
    public static bool NameIn(string name, string[] names)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="verb"/> is one of the prefixes followed exactly by one of the middles and suffixes.</summary>
    public static bool Matches(string verb, string[] prefixes, string[] middles, string[]? suffixes = null)
    {
        foreach (var prefix in prefixes)
        {
            if (!verb.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var middle in middles)
            {
                if (string.CompareOrdinal(verb, prefix.Length, middle, 0, middle.Length) != 0)
                {
                    continue;
                }

                var rest = prefix.Length + middle.Length;
                if (suffixes is null)
                {
                    if (verb.Length == rest)
                    {
                        return true;
                    }

                    continue;
                }

                foreach (var suffix in suffixes)
                {
                    if (verb.Length == rest + suffix.Length && string.CompareOrdinal(verb, rest, suffix, 0, suffix.Length) == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="verb"/> starts with one of the prefixes as a whole word: the prefix ends the name or is
    /// followed by the next word (an upper-case letter, a digit, '_'). Session 36 (h-refusals36): it took any prefix, so
    /// <c>Settings</c> and <c>Setup</c> voted for a key-value store as <c>Set</c>, <c>Addresses</c> wrote as <c>Add</c>,
    /// <c>Updated…</c> as <c>Update</c>, <c>Stored…</c> as <c>Store</c>, <c>Readiness</c> read as <c>Read</c>, <c>HashPassword</c>
    /// checked as <c>Has</c>. Unlike <see cref="StartsWithWord"/> (blob verbs) a plural <c>s</c> is no word end: <c>Sets</c>,
    /// <c>Updates</c>, <c>Stores</c> are nouns as often as verbs.
    /// </summary>
    public static bool StartsWithAny(string verb, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (verb.StartsWith(prefix, StringComparison.Ordinal)
                && (verb.Length == prefix.Length || char.IsUpper(verb[prefix.Length]) || char.IsDigit(verb[prefix.Length]) || verb[prefix.Length] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="verb"/> starts with one of <paramref name="prefixes"/> as a whole word: the prefix ends the name
    /// or is followed by the next word (an upper-case letter, a digit, '_'), or by a plural 's' that ends a word
    /// (<c>GetUrls</c>). <c>State</c> and <c>Status</c> do not start with the word <c>Stat</c>, nor <c>Information</c> with
    /// <c>Info</c> (session 35: SignalR's <c>IConnection.State</c> counted as a blob verb).
    /// </summary>
    public static bool StartsWithWord(string verb, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (verb.StartsWith(prefix, StringComparison.Ordinal) && (WordEndsAt(verb, prefix.Length) || verb.Length > prefix.Length && verb[prefix.Length] == 's' && WordEndsAt(verb, prefix.Length + 1)))
            {
                return true;
            }
        }

        return false;

        static bool WordEndsAt(string name, int index) => index >= name.Length || char.IsUpper(name[index]) || char.IsDigit(name[index]) || name[index] == '_';
    }

    /// <summary>Whether <paramref name="verb"/> is one of <paramref name="verbs"/> exactly.</summary>
    public static bool IsOneOf(string verb, string[] verbs) => Array.IndexOf(verbs, verb) >= 0;
}

/// <summary>What a derived query or predicate method does with its matches.</summary>
internal enum QueryVerb
{
    Select,
    Count,
    Exists,
    Delete,
}

/// <summary>What a specification member does with the matches.</summary>
internal enum SpecificationVerb
{
    List,
    First,
    Single,
    Count,
    Any,
    Delete,
}

/// <summary>The key-value store verbs.</summary>
internal enum KeyValueVerb
{
    None,
    Get,
    TryGet,
    Set,
    SetIfAbsent,
    Delete,
    Exists,
    Increment,
    Decrement,
    Refresh,
    Clear,
    Count,
    Keys,
    TimeToLive,
    Expire,
    Replace,
    Renew,
    GetAll,
    GetMany,
    SetMany,
    DeleteMany,
    GetOrAdd,
    CompareAndSet,
    EvictByTag,
    RemoveByPrefix,
    RemoveByPattern,
    ClearRegion,
    Append,
    Any,
    IsEmpty,
    CopyTo,
}

/// <summary>The blob store verbs.</summary>
internal enum BlobVerb
{
    None,
    Put,
    Get,
    Exists,
    Delete,
    List,
    Copy,
    Move,
    Info,
    Url,
    Clear,
    Count,

    /// <summary>The user metadata a write stored with the blob, as a string dictionary (Rebus's <c>ReadMetadata(id)</c>).</summary>
    Metadata,
}

/// <summary>The blob properties a result type's members can be filled from.</summary>
internal enum BlobResultMember
{
    Key,
    Size,
    ContentType,
    ETag,
    LastModified,
    CreatedAt,
    Metadata,
    Url,

    /// <summary>The content itself (only in what a read returns).</summary>
    Content,
}

/// <summary>What a member of a paging spec holds (<see cref="Conventions.PagingSpecMembers"/>).</summary>
internal enum PagingSpecMember
{
    /// <summary>The 1-based page asked for.</summary>
    Page,

    /// <summary>The page size asked for.</summary>
    PageSize,

    /// <summary>Receives the page's entities.</summary>
    Records,

    /// <summary>Receives how many entities the filtered listing has.</summary>
    Total,

    /// <summary>The name of the property to order by.</summary>
    SortKey,

    /// <summary>The direction of the order.</summary>
    SortDirection,

    /// <summary>Predicates every listed entity satisfies.</summary>
    Filters,
}

/// <summary>What a member of a paged result type holds (<see cref="Conventions.PagedResultMembers"/>).</summary>
internal enum PagedResultMember
{
    /// <summary>The page's items, in listing order.</summary>
    Items,

    /// <summary>The 1-based page number.</summary>
    PageNumber,

    /// <summary>The 0-based page index.</summary>
    PageIndex,

    /// <summary>The page size asked for.</summary>
    PageSize,

    /// <summary>How many entities the whole listing has.</summary>
    TotalCount,

    /// <summary>How many pages of the page size the listing has.</summary>
    TotalPages,

    /// <summary>Whether entities follow this page.</summary>
    HasNext,

    /// <summary>Whether entities precede this page.</summary>
    HasPrevious,
}

/// <summary>What a member listed in <see cref="Conventions.FrameworkMemberMeanings"/> does in the fake.</summary>
internal enum FrameworkMeaning
{
    /// <summary>A <c>bool</c> property that is always <see langword="true"/>.</summary>
    True,

    /// <summary>A <c>string</c> property: a new GUID's text, made once per fake.</summary>
    NewGuidText,

    /// <summary>A method that does nothing (a completed task when it returns one).</summary>
    Nothing,

    /// <summary>A method without parameters that returns every entry as a new dictionary of the store's keys and values.</summary>
    AllEntries,

    /// <summary>A method taking one dictionary of the store's keys and values that becomes the store's whole content.</summary>
    ReplaceAllEntries,
}
