using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace InMemoryFakes.Support;

/// <summary>
/// What an entity table needs to know about its entity type: how to read (and, for generated keys,
/// assign) the key, how to copy an entity, and its concurrency token. The generator emits one per
/// entity type; tests and hand-written fakes can build one directly.
/// </summary>
/// <typeparam name="TKey">The key type (a value tuple for composite keys).</typeparam>
/// <typeparam name="TEntity">The entity type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntityModel<TKey, TEntity>
    where TKey : notnull
{
    /// <summary>Creates a model.</summary>
    /// <param name="getKey">Reads an entity's key.</param>
    /// <exception cref="ArgumentNullException"><paramref name="getKey"/> is null.</exception>
    public EntityModel(Func<TEntity, TKey> getKey)
    {
        ArgumentNullException.ThrowIfNull(getKey);
        GetKey = getKey;
    }

    /// <summary>Reads an entity's key.</summary>
    public Func<TEntity, TKey> GetKey { get; }

    /// <summary>The key property's name, for messages.</summary>
    public string KeyName { get; init; } = "Id";

    /// <summary>
    /// Returns the entity with a new key: sets it on a mutable class and returns it, or builds a copy
    /// (<c>with</c>) of a record. Needed for generated keys.
    /// </summary>
    public Func<TEntity, TKey, TEntity>? WithKey { get; init; }

    /// <summary>
    /// Generate keys for entities added with a default <see cref="int"/>, <see cref="long"/> or
    /// <see cref="Guid"/> key (needs <see cref="WithKey"/>). Each table keeps its own sequence; an add
    /// that stores nothing (refused or rejected) does not use up a key.
    /// </summary>
    public bool GenerateKeys { get; init; }

    /// <summary>
    /// For a key that wraps a number (a strongly typed id such as <c>record struct OrderId(int Value)</c>): builds the key
    /// from the next number of the sequence. Set together with <see cref="NumberOfKey"/>; generated keys then work as for
    /// an <see cref="int"/> key (a wrapper around 0, or a null one, is unset).
    /// </summary>
    public Func<long, TKey>? KeyFromNumber { get; init; }

    /// <summary>For a key that wraps a number: the number inside it (see <see cref="KeyFromNumber"/>).</summary>
    public Func<TKey, long>? NumberOfKey { get; init; }

    /// <summary>
    /// For a key that wraps a <see cref="Guid"/> (<c>record struct OrderId(Guid Value)</c>): builds the key from a new
    /// GUID. Set together with <see cref="GuidOfKey"/>; a wrapper around <see cref="Guid.Empty"/>, or a null one, is unset.
    /// </summary>
    public Func<Guid, TKey>? KeyFromGuid { get; init; }

    /// <summary>For a key that wraps a <see cref="Guid"/>: the GUID inside it (see <see cref="KeyFromGuid"/>).</summary>
    public Func<TKey, Guid>? GuidOfKey { get; init; }

    /// <summary>
    /// For a key the database's client makes itself that holds no number or GUID the fake could count or compare (MongoDB's
    /// <c>ObjectId</c>, which the driver and EF Core's MongoDB provider give an entity added with <c>ObjectId.Empty</c>):
    /// builds a new key. A key equal to <c>default(TKey)</c> is unset. Needs <see cref="WithKey"/> and
    /// <see cref="GenerateKeys"/>.
    /// </summary>
    public Func<TKey>? NewKey { get; init; }

    /// <summary>
    /// For a <see cref="string"/> key the database fills as a MongoDB ObjectId (a property marked
    /// <c>[BsonRepresentation(BsonType.ObjectId)]</c>, as in Microsoft's MongoDB web API tutorial): an entity added with a
    /// null or empty key gets a new 24-digit lowercase hexadecimal ObjectId text (a timestamp, a per-table random value
    /// and a counter, so later keys sort after earlier ones), as the driver sets it on insert. Needs
    /// <see cref="WithKey"/> and <see cref="GenerateKeys"/>.
    /// </summary>
    public bool ObjectIdKeys { get; init; }

    /// <summary>
    /// For a <see cref="string"/> key the database fills when it is missing, as the DocumentDB SDK
    /// (Microsoft.Azure.Documents) fills a document's <c>Id</c> on create and upsert: an entity added or upserted with a
    /// null or empty key gets <c>Guid.NewGuid().ToString()</c> (the "D" format), a key the caller set is kept. Needs
    /// <see cref="WithKey"/> and <see cref="GenerateKeys"/>.
    /// </summary>
    public bool GuidTextKeys { get; init; }

    /// <summary>
    /// An add of an entity whose key is already set (not 0, <see cref="Guid.Empty"/> or null) throws
    /// <see cref="InvalidOperationException"/> and stores nothing, as Sonarr's <c>BasicRepository.Insert</c> refuses a model with
    /// an existing id (<c>PresetKeyOnAdd = Refuse</c> on <c>[InMemoryFake]</c>). Needs <see cref="GenerateKeys"/>.
    /// </summary>
    public bool RefusePresetKeys { get; init; }

    /// <summary>
    /// Every add gives the entity a new key, whatever key it holds (a key the caller set is overwritten and not stored), as
    /// AspNetCore.Docs' <c>TodoRepository.Add</c> and workflow-core's <c>MemoryPersistenceProvider</c> do
    /// (<c>item.Key = Guid.NewGuid().ToString()</c>; <c>PresetKeyOnAdd = Replace</c> on <c>[InMemoryFake]</c>). A
    /// <see cref="string"/> key gets <c>Guid.NewGuid().ToString()</c> (unless <see cref="ObjectIdKeys"/>); other keys the next
    /// generated one. An add that does not happen gives the caller's entity its own key back. Upserts keep the key given.
    /// Needs <see cref="WithKey"/> and <see cref="GenerateKeys"/>.
    /// </summary>
    public bool ReplacePresetKeys { get; init; }

    /// <summary>
    /// Whether an entity whose <see cref="string"/> key is empty or white space is stored as any other (<c>BlankKeys = Store</c>
    /// on <c>[InMemoryFake]</c>: EF Core, Dapper and a SQL <c>INSERT</c> keep it). Otherwise a write of one throws
    /// <see cref="ArgumentException"/> and the store is unchanged: real stores disagree on such a key.
    /// </summary>
    public bool KeepsBlankKeys { get; init; }

    /// <summary>The audit properties the store stamps from its clock when it writes, or <see langword="null"/> for none.</summary>
    public AuditStamps<TEntity>? Stamps { get; init; }

    /// <summary>A deep copy of the entity; <see langword="null"/> uses <see cref="DeepCopyInContext"/>, else the runtime's rules (never a member-wise clone).</summary>
    public Func<TEntity, TEntity>? DeepCopy { get; init; }

    /// <summary>
    /// A graph-aware deep copy of the entity in a <see cref="CopyContext"/> (shared references stay shared, cycles stay
    /// cycles, no recursion on deep graphs); used when <see cref="DeepCopy"/> is not set.
    /// </summary>
    public Func<TEntity, CopyContext, TEntity>? DeepCopyInContext { get; init; }

    /// <summary>
    /// A complete copy made without a <see cref="CopyContext"/>, for an entity class whose every field is immutable
    /// (strings, numbers, enums, dates, immutable records): nothing in it can be shared or form a cycle, so there is no
    /// graph to track. Valid only for values whose run-time type is exactly <typeparamref name="TEntity"/> (a subclass may
    /// add mutable fields): values of any other type go through <see cref="DeepCopyInContext"/>. Set only together with
    /// <see cref="DeepCopyInContext"/>; the generator emits it for such classes.
    /// </summary>
    public Func<TEntity, TEntity>? FlatCopy { get; init; }

    /// <summary><see langword="true"/> when the entity type is immutable, so <see cref="CopyMode.Auto"/> stores it as it is.</summary>
    public bool IsImmutable { get; init; }

    /// <summary>
    /// The parent's key of an entity that references its own type (a tree: categories, folders, organization units), read
    /// from its <c>ParentId</c> property, or since session 34 from the key of the entity its <c>Parent</c> navigation holds
    /// (<c>e =&gt; e.Parent?.Id</c>), or <see langword="null"/> (a root, or no self-reference). The table keeps an index of
    /// it, so the check costs the removed rows' children, not a scan of the table. When set, a removal that
    /// would leave a stored row whose parent is a removed row refuses with <see cref="InvalidOperationException"/> and
    /// changes nothing: real stores disagree on it (a tree manager deletes the subtree, a document store the one row, a
    /// relational save fails on the foreign key or sets the children's parent to null). Removals through the fake's
    /// <c>Store</c> (members written in its partial class) are not checked: they say what the store does.
    /// </summary>
    public Func<TEntity, object?>? ParentKey { get; init; }

    /// <summary>The name of the property <see cref="ParentKey"/> reads (<c>ParentId</c>, or <c>Parent.Id</c> for a navigation), for messages.</summary>
    public string ParentKeyName { get; init; } = "ParentId";

    /// <summary>The optimistic concurrency token, or <see langword="null"/> for none.</summary>
    public ConcurrencyToken<TEntity>? ConcurrencyToken { get; init; }

    /// <summary>
    /// Further concurrency tokens of the entity (since session 34): EF Core puts every <c>[ConcurrencyCheck]</c> property and
    /// the <c>[Timestamp]</c> row version in the <c>WHERE</c> of an update and a delete, so a stale value in any one fails the
    /// write. Each is compared as <see cref="ConcurrencyToken"/> is, on every update and removal by entity (and a unit of work's
    /// save), and a mismatch in any one throws the same conflict with the store unchanged; each is then written as its own
    /// <see cref="ConcurrencyToken{TEntity}.ComparedOnly"/> and <see cref="ConcurrencyToken{TEntity}.GeneratedOnAdd"/> say.
    /// An expected token passed beside a write (<c>UpdateExpecting</c>, <c>RemoveExpecting</c>) stands for
    /// <see cref="ConcurrencyToken"/> only; these are compared with the entity's own values there too.
    /// </summary>
    public IReadOnlyList<ConcurrencyToken<TEntity>> OtherConcurrencyTokens { get; init; } = Array.Empty<ConcurrencyToken<TEntity>>();

    /// <summary>
    /// Whether two instances hold the same state (every field, collections element by element, nested objects by their
    /// own state): a <see cref="UnitOfWork"/> compares a tracked entity with the copy it took when it was read, to save
    /// only what changed. Generated with the copy; <see langword="null"/> counts every tracked entity as changed.
    /// </summary>
    public Func<TEntity, TEntity, bool>? SameState { get; init; }

    /// <summary>
    /// Unique constraints, enforced on every write through a unique hash index (value → entity), so the check is O(1)
    /// and atomic with the write. An equality query on a single-property constraint's property uses the index.
    /// </summary>
    public IReadOnlyList<UniqueConstraint<TEntity>> UniqueConstraints { get => _uniqueConstraints; init => _uniqueConstraints = value; }

    /// <summary>
    /// Secondary (non-unique) hash indexes (value → entities), kept exact through every write, removal, expiry,
    /// eviction, clear and restore; equality queries on an index's <see cref="EntityIndex{TEntity}.Property"/> use it
    /// instead of scanning. A <see cref="UniqueConstraint{TEntity}"/> listed here is enforced as well.
    /// </summary>
    public IReadOnlyList<EntityIndex<TEntity>> Indexes { get => _indexes; init => _indexes = value; }

    // Backing fields, so that WithIndexes can give a copy other indexes: init-only properties cannot be set on a clone.
    private IReadOnlyList<UniqueConstraint<TEntity>> _uniqueConstraints = Array.Empty<UniqueConstraint<TEntity>>();
    private IReadOnlyList<EntityIndex<TEntity>> _indexes = Array.Empty<EntityIndex<TEntity>>();

    /// <summary>
    /// This model with other unique constraints and indexes and every other setting as it is (a memberwise copy, so a
    /// setting added to the model later cannot be left out, as a hand-written copy once left out most of them).
    /// </summary>
    internal EntityModel<TKey, TEntity> WithIndexes(IReadOnlyList<UniqueConstraint<TEntity>> uniqueConstraints, IReadOnlyList<EntityIndex<TEntity>> indexes)
    {
        var copy = (EntityModel<TKey, TEntity>)MemberwiseClone();
        copy._uniqueConstraints = uniqueConstraints;
        copy._indexes = indexes;
        return copy;
    }
}

/// <summary>A property compared on Update and Delete and bumped on every successful Update.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ConcurrencyToken<TEntity>
{
    /// <summary>Describes a token property.</summary>
    /// <param name="name">The property name, for messages.</param>
    /// <param name="get">Reads the token.</param>
    /// <param name="with">Returns the entity with a new token (sets it, or builds a copy of a record).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConcurrencyToken(string name, Func<TEntity, object?> get, Func<TEntity, object?, TEntity> with)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(with);
        Name = name;
        Get = get;
        With = with;
    }

    /// <summary>The property name.</summary>
    public string Name { get; }

    /// <summary>
    /// The token property's type (<c>typeof(string)</c> for a <c>string?</c> token, <c>typeof(long)</c> for a
    /// <c>long?</c>), so a token stored as null gets a first value of that type on the next write (<c>1</c> in its
    /// numeric type, a new GUID or string, the first row version, the write's instant for a <see cref="DateTime"/> or
    /// <see cref="DateTimeOffset"/>); <see langword="null"/> when not
    /// known, which gives the <see cref="int"/> <c>1</c>.
    /// </summary>
    public Type? TokenType { get; init; }

    /// <summary>
    /// Whether the store only compares the token and never writes it (since session 34): a <c>[ConcurrencyCheck]</c> property
    /// the application sets (a status, an owner, a count), beside a token the store writes. EF Core compares it with the value
    /// the entity was read with and stores the value the application gave, so an update keeps the entity's own value, and a
    /// unit of work compares the value its tracked entity was read with. <see langword="false"/> (the token is bumped on every
    /// update) for the one token of an entity, as before.
    /// </summary>
    public bool ComparedOnly { get; init; }

    /// <summary>
    /// Whether the store writes the token on insert too: a <c>[Timestamp]</c> row version, which the database sets on every
    /// insert and update (EF Core's <c>ValueGeneratedOnAddOrUpdate</c>), so an add gives the entity its first value, on the
    /// caller's object too, whatever it held. <see langword="false"/> for a <c>[ConcurrencyCheck]</c> or named token, which the
    /// caller writes and an add stores as given.
    /// </summary>
    public bool GeneratedOnAdd { get; init; }

    /// <summary>Reads the token.</summary>
    public Func<TEntity, object?> Get { get; }

    /// <summary>Returns the entity with a new token.</summary>
    public Func<TEntity, object?, TEntity> With { get; }

    /// <summary>
    /// The entity with the token's first value when <see cref="GeneratedOnAdd"/> (else as it is), and the value it held, so
    /// an insert that does not happen can give the caller's object its own value back.
    /// </summary>
    internal TEntity OnInsert(TEntity entity, long nowTicks, out object? given)
    {
        given = Get(entity);
        return GeneratedOnAdd ? With(entity, NextAfter(null, nowTicks)) : entity;
    }

    /// <summary>
    /// Whether two token values are equal (byte arrays by content, <see cref="DateTimeOffset"/>s by instant and offset).
    /// </summary>
    /// <param name="a">One token.</param>
    /// <param name="b">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    /// <exception cref="NotSupportedException">
    /// Two <see cref="DateTimeOffset"/> tokens name the same instant with different offsets: whether that is a conflict is
    /// the store's own (SQL Server compares the instant and passes, SQLite compares the text and conflicts, Npgsql refuses
    /// a non-zero offset for <c>timestamptz</c>), so the fake says so instead of guessing.
    /// </exception>
    public static bool TokensEqual(object? a, object? b)
    {
        if (a is byte[] x && b is byte[] y)
        {
            return x.AsSpan().SequenceEqual(y);
        }

        if (a is DateTimeOffset p && b is DateTimeOffset q && p.UtcTicks == q.UtcTicks && p.Offset != q.Offset)
        {
            throw new NotSupportedException(
                $"The concurrency token {p:O} names the instant the stored token {q:O} names, with another offset. Whether that is a conflict is the store's own "
                + "(SQL Server compares the instant, SQLite the text, Npgsql refuses a non-zero offset), so the fake does not guess: keep the offset the token was read with.");
        }

        return Equals(a, b);
    }

    /// <summary>
    /// The token after <paramref name="current"/>: numbers add one, GUIDs and strings are new, byte arrays count up as a
    /// big-endian row version, a <see cref="DateTime"/> or <see cref="DateTimeOffset"/> becomes the system clock's instant.
    /// </summary>
    /// <param name="current">The current token.</param>
    /// <returns>The next token.</returns>
    /// <exception cref="NotSupportedException">The token's type has no known successor.</exception>
    public static object Next(object? current) => current is DateTime or DateTimeOffset ? Next(current, DateTime.UtcNow.Ticks) : NextOf(current);

    /// <summary>
    /// The token after <paramref name="current"/> for a write made at <paramref name="nowTicks"/> (the table's clock's UTC
    /// ticks, the instant the write records): a <see cref="DateTime"/> token becomes that instant (UTC), or one tick past
    /// the current token when that is not earlier; a <see cref="DateTimeOffset"/> likewise, compared by its UTC instant and
    /// stamped with offset zero (the clock's <c>GetUtcNow()</c>, what an interceptor stamping <c>ModifiedAt</c> writes);
    /// other types as <see cref="Next(object?)"/>.
    /// </summary>
    internal static object Next(object? current, long nowTicks) => current switch
    {
        DateTime time => nowTicks > time.Ticks ? new DateTime(nowTicks, DateTimeKind.Utc) : time.AddTicks(1),
        DateTimeOffset instant => nowTicks > instant.UtcTicks ? new DateTimeOffset(nowTicks, TimeSpan.Zero) : instant.AddTicks(1),
        _ => NextOf(current),
    };

    /// <summary>Whether a token of this type (or its value) is stamped from the clock: a <see cref="DateTime"/> or <see cref="DateTimeOffset"/>.</summary>
    internal static bool IsTimed(object? current, Type? tokenType)
        => current is DateTime or DateTimeOffset || (current is null && tokenType is { } type
            && (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(DateTime) || t == typeof(DateTimeOffset)));

    /// <summary>
    /// The token after <paramref name="current"/> for a write made at <paramref name="nowTicks"/>, where a null token
    /// starts at the first value of <see cref="TokenType"/>.
    /// </summary>
    internal object NextAfter(object? current, long nowTicks)
    {
        if (current is not null || TokenType is not { } type)
        {
            return Next(current, nowTicks);
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) ? 1
            : type == typeof(long) ? 1L
            : type == typeof(uint) ? 1U
            : type == typeof(ulong) ? 1UL
            : type == typeof(short) ? (short)1
            : type == typeof(Guid) ? Guid.NewGuid()
            : type == typeof(string) ? Guid.NewGuid().ToString("N")
            : type == typeof(byte[]) ? NextRowVersion([])
            : type == typeof(DateTime) ? (object)new DateTime(nowTicks, DateTimeKind.Utc) // boxed: DateTime converts to DateTimeOffset, the next branch's type
            : type == typeof(DateTimeOffset) ? new DateTimeOffset(nowTicks, TimeSpan.Zero)
            : throw new NotSupportedException($"No first value is known for a concurrency token of type {type.Name}.");
    }

    private static object NextOf(object? current) => current switch
    {
        null => 1,
        int i => i + 1,
        long l => l + 1,
        uint u => u + 1,
        ulong ul => ul + 1,
        short s => (short)(s + 1),
        Guid => Guid.NewGuid(),
        string => Guid.NewGuid().ToString("N"),
        byte[] bytes => NextRowVersion(bytes),
        _ => throw new NotSupportedException($"No successor is known for a concurrency token of type {current.GetType().Name}."),
    };

    private static byte[] NextRowVersion(byte[] current)
    {
        var next = current.Length == 0 ? new byte[8] : (byte[])current.Clone();
        for (var i = next.Length - 1; i >= 0; i--)
        {
            if (++next[i] != 0)
            {
                break;
            }
        }

        return next;
    }
}

/// <summary>
/// A hash index over a value computed from each stored entity (usually one property). The table keeps one per definition,
/// maintained under its write lock wherever entries are stored or removed.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public class EntityIndex<TEntity>
{
    /// <summary>Describes an index.</summary>
    /// <param name="name">The index name (the property, or a group), for messages.</param>
    /// <param name="getValue">Computes the indexed value from a stored entity; it must depend on the entity only.</param>
    /// <param name="comparer">Compares values; <see langword="null"/> uses <see cref="object.Equals(object?)"/> (ordinal for strings).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="getValue"/> is null.</exception>
    public EntityIndex(string name, Func<TEntity, object?> getValue, IEqualityComparer<object>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(getValue);
        Name = name;
        GetValue = getValue;
        Comparer = comparer ?? EqualityComparer<object>.Default;
    }

    /// <summary>The index name.</summary>
    public string Name { get; }

    /// <summary>Computes the indexed value.</summary>
    public Func<TEntity, object?> GetValue { get; }

    /// <summary>Compares values.</summary>
    public IEqualityComparer<object> Comparer { get; }

    /// <summary>
    /// The one property whose value the index holds, as <see cref="IndexProbe"/>s name it; <see langword="null"/> for an
    /// index over a computed or composite value, which equality queries never probe.
    /// </summary>
    public string? Property { get; init; }

    /// <summary>Whether two stored entities may not share a non-null value.</summary>
    public virtual bool IsUnique => false;
}

/// <summary>A uniqueness rule: no two stored entities share the (non-null) value it computes.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class UniqueConstraint<TEntity> : EntityIndex<TEntity>
{
    /// <summary>Describes a unique constraint.</summary>
    /// <param name="name">The constraint name (the property, or the group), for messages.</param>
    /// <param name="getValue">Computes the unique value; <see langword="null"/> values are not constrained (as in SQL).</param>
    /// <param name="comparer">Compares values; <see langword="null"/> uses the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="getValue"/> is null.</exception>
    public UniqueConstraint(string name, Func<TEntity, object?> getValue, IEqualityComparer<object>? comparer = null)
        : base(name, getValue, comparer)
    {
    }

    /// <inheritdoc />
    public override bool IsUnique => true;
}
