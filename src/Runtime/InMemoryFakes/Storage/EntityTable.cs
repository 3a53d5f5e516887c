using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace InMemoryFakes.Support;

/// <summary>
/// Entities by key, with the semantics of a database table: Add refuses a duplicate key, Update
/// refuses a missing one, unique constraints and optimistic concurrency are enforced, keys can be
/// generated, and stored entities are isolated from the caller's instances.
/// </summary>
/// <typeparam name="TKey">The key type (a value tuple for composite keys).</typeparam>
/// <typeparam name="TEntity">The entity type.</typeparam>
public sealed partial class EntityTable<TKey, TEntity> : FakeTable<TKey, TEntity>
    where TKey : notnull
{
    private readonly KeyGenerator<TKey>? _keys;

    // The entity's concurrency tokens: the model's ConcurrencyToken first, then its OtherConcurrencyTokens (since session 34);
    // empty when it has none. Every update and removal by entity compares all of them.
    private readonly ConcurrencyToken<TEntity>[] _tokens;

    // Whether one of them is a row version the store writes on insert too.
    private readonly bool _tokensOnInsert;

    /// <summary>Creates an entity table.</summary>
    /// <param name="options">Name, clock, quota, default expiry and errors.</param>
    /// <param name="model">Key, copy, generated keys, concurrency token and unique constraints.</param>
    /// <param name="copyMode">How entities are isolated from callers.</param>
    /// <param name="comparer">Key equality; <see langword="null"/> uses the default (ordinal for strings).</param>
    public EntityTable(TableOptions options, EntityModel<TKey, TEntity> model, CopyMode copyMode = CopyMode.Auto, IEqualityComparer<TKey>? comparer = null)
        : base(options, comparer, CopierFor(options, model, copyMode))
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _keys = model.WithKey is not null && model.GenerateKeys ? KeyGenerator<TKey>.For(model.KeyFromNumber, model.NumberOfKey, model.KeyFromGuid, model.GuidOfKey, model.ObjectIdKeys, guidText: model.ReplacePresetKeys, guidTextWhenUnset: model.GuidTextKeys, newKey: model.NewKey) : null;
        _tokens = TokensOf(model);
        _tokensOnInsert = Array.Exists(_tokens, static token => token.GeneratedOnAdd);
        AddIndexes(model);
        AddTreeIndex(model);
    }

    private static ConcurrencyToken<TEntity>[] TokensOf(EntityModel<TKey, TEntity> model)
    {
        if (model.OtherConcurrencyTokens is not { Count: > 0 } others)
        {
            return model.ConcurrencyToken is { } one ? [one] : [];
        }

        var tokens = new List<ConcurrencyToken<TEntity>>(others.Count + 1);
        if (model.ConcurrencyToken is { } first)
        {
            tokens.Add(first);
        }

        foreach (var other in others)
        {
            if (other is not null && !tokens.Contains(other))
            {
                tokens.Add(other);
            }
        }

        return tokens.ToArray();
    }

    /// <summary>The entity model.</summary>
    public EntityModel<TKey, TEntity> Model { get; }

    private static ValueCopier<TEntity> CopierFor(TableOptions options, EntityModel<TKey, TEntity>? model, CopyMode copyMode)
        => (model?.DeepCopy is null && model?.DeepCopyInContext is { } inContext
            ? ValueCopier<TEntity>.Create(copyMode, inContext, model.FlatCopy, model.IsImmutable, options?.CopyHooks)
            : ValueCopier<TEntity>.Create(copyMode, model?.DeepCopy, model?.IsImmutable ?? false, options?.CopyHooks)).MadeForOneTable();


    /// <summary>Adds an entity; a default <see cref="int"/>/<see cref="long"/>/<see cref="Guid"/> key is generated first.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The entity as stored (with its generated key; for a mutable class, the same instance).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> or its key is null.</exception>
    /// <exception cref="ArgumentException">The entity's <see cref="string"/> key is empty or white space (real stores disagree on it); the store is unchanged.</exception>
    /// <exception cref="DuplicateKeyException">The key, or a unique value, is taken (or the mapped type). The store, and its key sequence, are unchanged.</exception>
    /// <exception cref="QuotaExceededException">The store is full and the policy is <see cref="QuotaPolicy.Throw"/>.</exception>
    public TEntity Add(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        TryAdd(entity, out var added, entityParam);
        return added;
    }

    /// <summary>Adds an entity; see <see cref="Add(TEntity, string?)"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="added">The entity as stored, with its generated key.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> only when the <see cref="QuotaPolicy.Reject"/> policy dropped the write.</returns>
    public bool TryAdd(TEntity entity, out TEntity added, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
        => TryAdd(entity, out added, entityParam, readNow: ClockNotRead);

    // UTC ticks are never negative: the add reads the clock itself.
    private const long ClockNotRead = -1;

    /// <summary>
    /// The add; <paramref name="readNow"/> is the table clock a caller holding the table's lock has already read for the
    /// same operation (<see cref="AddIfAbsent"/>), or <see cref="ClockNotRead"/> to read it here: one read per add either way.
    /// </summary>
    private bool TryAdd(TEntity entity, out TEntity added, string? entityParam, long readNow)
    {
        NotNull(entity, entityParam);

        // One lock, one clock read, one lookup: the add publishes a single entry, so it needs no multi-step section (an
        // eviction opens its own), and nothing is allocated but the entry (and the copy).
        List<EntryEvictedEventArgs>? evicted = null;
        WriteOutcome outcome;
        try
        {
            lock (Gate)
            {
                var position = _keys?.Position ?? 0;
                var unset = false;
                var given = Model.ReplacePresetKeys ? Model.GetKey(entity) : default;
                try
                {
                    added = WithKeyOf(entity, entityParam, out var key, out unset, replacing: Model.ReplacePresetKeys);
                    if (!unset && Model.RefusePresetKeys && _keys is not null)
                    {
                        throw PresetKey(key, entityParam);
                    }

                    var now = readNow != ClockNotRead ? readNow : NowTicks();

                    // The store's check, not a read: a refused add leaves the store as it was, recency and expiry included.
                    if (LiveEntryLocked(key, now, ref evicted) is not null)
                    {
                        throw Options.Errors.CreateDuplicate(Name, key);
                    }

                    if (Model.Stamps is { } stamps)
                    {
                        added = stamps.OnInsert(added, now);
                    }

                    object?[]? givenTokens = null;
                    if (_tokensOnInsert)
                    {
                        added = TokensOnInsert(added, now, out givenTokens);
                    }

                    // Unique values are checked by the table's unique indexes inside the write, before anything is stored or evicted.
                    try
                    {
                        outcome = StoreLocked(key, added, null, now, WriteCondition.MustNotExist, entityParam, ref evicted);
                    }
                    catch when (givenTokens is not null)
                    {
                        // The insert did not happen: the caller's entity gets its own tokens back, as it gets its own key.
                        GiveTokensBack(entity, givenTokens);
                        throw;
                    }
                    if (outcome == WriteOutcome.Created)
                    {
                        _keys?.Observe(key);
                    }
                    else if (outcome == WriteOutcome.Rejected && _keys is not null)
                    {
                        // The dropped add still hands back the entity with its key; only the sequence is wound back.
                        _keys.Position = position;
                    }
                }
                catch when (_keys is not null)
                {
                    _keys.Position = position;
                    if (Model.ReplacePresetKeys && unset && Model.WithKey is not null)
                    {
                        // The add replaced the caller's key and did not happen: the caller's entity gets its own key back.
                        Model.WithKey(entity, given!);
                    }
                    else
                    {
                        TakeBackKey(entity, unset);
                    }

                    throw;
                }
            }
        }
        finally
        {
            AfterWrite(evicted);
        }

        return outcome != WriteOutcome.Rejected;
    }

    /// <summary>
    /// Adds an entity unless its key or one of its unique values is taken by a live entity: the <c>bool</c> of a set's
    /// <c>Add</c> (<c>HashSet&lt;T&gt;.Add</c>, <c>ConcurrentDictionary.TryAdd</c>), checked and written under the table's lock.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="added">The entity as stored, with its generated key; the entity passed in when it was not stored.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when it was stored; <see langword="false"/> when the key or a unique value is taken,
    /// or the <see cref="QuotaPolicy.Reject"/> policy dropped it. The store is then unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> or its key is null.</exception>
    /// <exception cref="QuotaExceededException">The store is full and the policy is <see cref="QuotaPolicy.Throw"/>.</exception>
    public bool AddIfAbsent(TEntity entity, out TEntity added, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        added = entity;
        List<EntryEvictedEventArgs>? evicted = null;
        try
        {
            lock (Gate)
            {
                var key = Model.GetKey(entity);
                var now = NowTicks();
                var unset = KeyIsUnset(key);
                if (!unset && key is not null && LiveEntryLocked(key, now, ref evicted) is not null)
                {
                    return false;
                }

                if (!unset && key is not null && UniqueTakenLocked(key, entity, now))
                {
                    return false;
                }

                if (unset && UniqueTakenLocked(default!, entity, now))
                {
                    return false;
                }

                // The same lock is held (it is reentrant): nothing can take the key or a value between the check and the add,
                // and the add records the instant read for the check (one clock read for the whole operation).
                return TryAdd(entity, out added, entityParam, now);
            }
        }
        finally
        {
            AfterWrite(evicted);
        }
    }

    /// <summary>
    /// Adds several entities as one all-or-nothing step (<see cref="FakeTable{TKey, TValue}.AllOrNothing{TResult}(Func{TResult})"/>):
    /// either all are stored or, on any error, none, and no reader ever sees some of them.
    /// </summary>
    /// <param name="entities">The entities.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The entities as stored; empty when the <see cref="QuotaPolicy.Reject"/> policy refused the range (nothing was stored).</returns>
    /// <exception cref="ArgumentNullException">The sequence or an element is null.</exception>
    /// <exception cref="DuplicateKeyException">A key is taken or repeated; nothing was stored, generated keys were handed back.</exception>
    /// <exception cref="QuotaExceededException">The range does not fit and the policy is <see cref="QuotaPolicy.Throw"/>; nothing was stored.</exception>
    public List<TEntity> AddRange(IEnumerable<TEntity> entities, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        TryAddRange(entities, out var added, entitiesParam);
        return added;
    }

    /// <summary>Replaces an existing entity, checking and bumping its concurrency token.</summary>
    /// <param name="entity">The entity with its changes.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The entity as stored (with its new concurrency token).</returns>
    /// <exception cref="NotFoundException">No entity has the key (or the mapped type).</exception>
    /// <exception cref="ConcurrencyConflictException">The token differs from the stored one (or the mapped type). The store is unchanged.</exception>
    /// <exception cref="DuplicateKeyException">A unique value is taken by another entity.</exception>
    /// <exception cref="ArgumentException">The entity's store-generated key is unset (0, <see cref="Guid.Empty"/>, null): an EF Core
    /// store would insert it, a SQL one change nothing, so the fake refuses; the store is unchanged.</exception>
    public TEntity Update(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        return Atomically(() => UpdateLocked(entity, entityParam, missingThrows: true).Candidate);
    }

    /// <summary>
    /// Replaces an existing entity when the stored concurrency token is the expected one (Datasync's
    /// <c>ReplaceAsync(entity, version)</c>): the entity's own token is not compared; the token is bumped.
    /// </summary>
    /// <param name="entity">The entity with its changes.</param>
    /// <param name="expectedToken">The token the stored entity must have; <see langword="null"/>, an empty byte array, an empty
    /// string or <c>"*"</c> means no check (an absent If-Match).</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The entity as stored (with its new concurrency token).</returns>
    /// <exception cref="NotFoundException">No entity has the key (or the mapped type).</exception>
    /// <exception cref="ConcurrencyConflictException">The stored token is not the expected one (or the mapped type). The store is unchanged.</exception>
    /// <exception cref="DuplicateKeyException">A unique value is taken by another entity.</exception>
    /// <exception cref="InvalidOperationException">The entity has no concurrency token.</exception>
    public TEntity UpdateExpecting(TEntity entity, object? expectedToken, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        var token = RequiredToken();
        return Atomically(() =>
        {
            var key = KeyOf(entity, entityParam);
            var candidate = entity;
            if (!KeyIsUnset(key) && TryPeek(key, out var stored))
            {
                var current = token.Get(stored);
                CheckExpected(expectedToken, current, key);
                candidate = token.With(entity, current);
            }

            return UpdateLocked(candidate, entityParam, missingThrows: true).Candidate;
        });
    }

    /// <summary>
    /// Removes the entity with the key when its concurrency token is the expected one (Datasync's <c>DeleteAsync(id, version)</c>).
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="expectedToken">The token the stored entity must have; <see langword="null"/>, an empty byte array, an empty
    /// string or <c>"*"</c> means no check (an absent If-Match).</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when removed; <see langword="false"/> when no entity has the key.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored token is not the expected one (or the mapped type); nothing was removed.</exception>
    /// <exception cref="InvalidOperationException">The entity has no concurrency token.</exception>
    public bool RemoveExpecting(TKey key, object? expectedToken, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        var token = RequiredToken();
        return Atomically(() =>
        {
            if (!TryPeek(key, out var stored))
            {
                return false;
            }

            CheckExpected(expectedToken, token.Get(stored), key);
            return Remove(key, keyParam);
        });
    }

    private ConcurrencyToken<TEntity> RequiredToken()
        => Model.ConcurrencyToken ?? throw new InvalidOperationException("Table '" + Name + "' has no concurrency token to compare an expected one with.");

    private void CheckExpected(object? expected, object? actual, TKey key)
    {
        var noCheck = expected is null || expected is byte[] { Length: 0 } || expected is string { Length: 0 } || expected is "*";
        if (!noCheck && !ConcurrencyToken<TEntity>.TokensEqual(expected, actual))
        {
            throw Options.Errors.CreateConflict(Name, key, expected, actual);
        }
    }

    /// <summary>
    /// Update, under the lock: an unset generated key → <see cref="ArgumentException"/> (<see cref="UnsetGeneratedKey"/>),
    /// missing → not found (or <see cref="WriteOutcome.Missing"/>), token checked and bumped.
    /// </summary>
    private (TEntity Candidate, WriteOutcome Outcome) UpdateLocked(TEntity entity, string? entityParam, bool missingThrows)
        => UpdateLocked(entity, entityParam, missingThrows, ReadAs.Itself);

    /// <summary>
    /// The update, where <paramref name="readAs"/> says what a <see cref="ConcurrencyToken{TEntity}.ComparedOnly"/> token is
    /// compared as: the copy a unit of work's tracked entity was read as, or the stored entity for a write that read it from
    /// the store under the same lock (EF Core compares the original value, not the one the application set since).
    /// </summary>
    private (TEntity Candidate, WriteOutcome Outcome) UpdateLocked(TEntity entity, string? entityParam, bool missingThrows, ReadAs readAs)
    {
        var key = KeyOf(entity, entityParam);
        if (KeyIsUnset(key))
        {
            throw UnsetGeneratedKey.OnUpdate(Name, Model.KeyName, key, entityParam);
        }

        // One clock read for the whole write: the token, the audit stamp and the entry's modified instant agree (and
        // expired entries found on the way are swept with the same instant).
        List<EntryEvictedEventArgs>? evicted = null;
        try
        {
            var now = NowTicks();
            if (LiveEntryLocked(key, now, ref evicted) is not { } existing)
            {
                return missingThrows ? throw Options.Errors.CreateNotFound(Name, key) : (entity, WriteOutcome.Missing);
            }

            var candidate = CheckAndBumpToken(entity, existing.Value, key, now, readAs);
            if (Model.Stamps is { } stamps)
            {
                candidate = stamps.OnReplace(candidate, existing.Value, now);
            }

            return (candidate, StoreLocked(key, candidate, existing, now, WriteCondition.MustExist, entityParam, ref evicted));
        }
        finally
        {
            AfterWrite(evicted);
        }
    }

    /// <summary>Adds the entity or replaces the one with its key (checking the concurrency token when replacing).</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>What the write did.</returns>
    public WriteOutcome Upsert(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
        => Upsert(entity, out _, entityParam);

    /// <summary>Adds the entity or replaces the one with its key.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="saved">The entity as stored.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see cref="WriteOutcome.Created"/>, <see cref="WriteOutcome.Replaced"/> or <see cref="WriteOutcome.Rejected"/>.</returns>
    public WriteOutcome Upsert(TEntity entity, out TEntity saved, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
        => Upsert(entity, out saved, stamp: true, entityParam);

    /// <summary>
    /// An update that stores a missing entity under the key it holds (<c>MissingUpdate = Insert</c>, a dictionary's indexer
    /// write): as <see cref="Upsert(TEntity, out TEntity, string?)"/>, except that <c>PresetKeyOnAdd = Refuse</c>, which
    /// governs adds and the insert branch of an upsert, does not refuse it: an update is given a key the caller set.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="saved">The entity as stored.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see cref="WriteOutcome.Created"/>, <see cref="WriteOutcome.Replaced"/> or <see cref="WriteOutcome.Rejected"/>.</returns>
    public WriteOutcome UpdateOrInsert(TEntity entity, out TEntity saved, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
        => Upsert(entity, out saved, stamp: true, entityParam, refusePresetKey: false);

    /// <summary>The upsert; <paramref name="stamp"/> false stores the entity's audit properties as given (seeding).</summary>
    private WriteOutcome Upsert(TEntity entity, out TEntity saved, bool stamp, string? entityParam)
        => Upsert(entity, out saved, stamp, entityParam, refusePresetKey: true);

    /// <summary>The upsert; <paramref name="refusePresetKey"/> false inserts a preset key under <c>PresetKeyOnAdd = Refuse</c> too (an update that inserts).</summary>
    private WriteOutcome Upsert(TEntity entity, out TEntity saved, bool stamp, string? entityParam, bool refusePresetKey)
    {
        NotNull(entity, entityParam);

        // As TryAdd: one lock, one clock read, one lookup, no multi-step section (a single entry is published).
        List<EntryEvictedEventArgs>? evicted = null;
        WriteOutcome outcome;
        try
        {
            lock (Gate)
            {
                var position = _keys?.Position ?? 0;
                var unset = false;
                try
                {
                    saved = WithKeyOf(entity, entityParam, out var key, out unset);
                    var now = NowTicks();
                    var existing = LiveEntryLocked(key, now, ref evicted);
                    if (existing is not null)
                    {
                        saved = CheckAndBumpToken(saved, existing.Value, key, now);
                    }
                    else if (stamp && refusePresetKey && !unset && Model.RefusePresetKeys && _keys is not null)
                    {
                        // PresetKeyOnAdd = Refuse: the insert branch of the upsert is an add of a preset key (EF Core's
                        // "Id == 0 ? Add : Update" throws DbUpdateConcurrencyException for it); seeding (stamp: false) keeps it.
                        throw PresetKey(key, entityParam);
                    }

                    if (stamp && Model.Stamps is { } stamps)
                    {
                        saved = existing is not null ? stamps.OnReplace(saved, existing.Value, now) : stamps.OnInsert(saved, now);
                    }

                    object?[]? givenTokens = null;
                    if (stamp && existing is null && _tokensOnInsert)
                    {
                        // The insert branch: a row version is the store's on insert too (seeding keeps the given one).
                        saved = TokensOnInsert(saved, now, out givenTokens);
                    }

                    try
                    {
                        outcome = StoreLocked(key, saved, existing, now, WriteCondition.Any, entityParam, ref evicted);
                    }
                    catch when (givenTokens is not null)
                    {
                        GiveTokensBack(entity, givenTokens);
                        throw;
                    }
                    if (outcome == WriteOutcome.Created)
                    {
                        _keys?.Observe(key);
                    }
                    else if (outcome == WriteOutcome.Rejected && _keys is not null)
                    {
                        _keys.Position = position;
                    }
                }
                catch when (_keys is not null)
                {
                    _keys.Position = position;
                    TakeBackKey(entity, unset);
                    throw;
                }
            }
        }
        finally
        {
            AfterWrite(evicted);
        }

        return outcome;
    }

    /// <summary>The entity with the key, or <see langword="default"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>A copy of the stored entity, or <see langword="default"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TEntity? Find(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        CheckKey(key, keyParam);
        return ReadOrDefault(key);
    }

    /// <summary>The entity with the key; throws when missing.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>A copy of the stored entity.</returns>
    /// <exception cref="NotFoundException">No entity has the key (or the mapped type).</exception>
    public TEntity Get(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => GetRequired(key, keyParam);

    /// <summary>Removes the entity with the entity's key, checking its concurrency token.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when removed; <see langword="false"/> when missing.</returns>
    /// <exception cref="ConcurrencyConflictException">The token differs from the stored one; nothing was removed.</exception>
    public bool RemoveEntity(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
        => RemoveEntity(entity, ReadAs.Itself, entityParam);

    /// <summary>
    /// <see cref="RemoveEntity(TEntity, string?)"/> for a unit of work's save, which passes the copy its tracked entity was read
    /// as: a <see cref="ConcurrencyToken{TEntity}.ComparedOnly"/> token is compared with that copy's value.
    /// </summary>
    internal bool RemoveEntity(TEntity entity, ReadAs readAs, string? entityParam = null)
    {
        NotNull(entity, entityParam);
        return Atomically(() =>
        {
            var key = KeyOf(entity, entityParam);
            if (!TryPeek(key, out var stored))
            {
                return false;
            }

            CheckToken(entity, stored, key, readAs);
            return Remove(key);
        });
    }

    /// <inheritdoc />
    private protected override void ResetSequencesLocked() => _keys?.Reset();

    internal override bool CanSeed(Type itemType) => itemType == typeof(TEntity);

    // Seeding stores the entities as given: a test's data is not stamped.
    internal override void Seed(object item) => Upsert((TEntity)item, out _, stamp: false, "items");

    private protected override object? CaptureExtra() => _keys?.Position;

    private protected override void RestoreExtra(object? extra)
    {
        if (_keys is not null && extra is long position)
        {
            _keys.Position = position;
        }
    }

    private InvalidOperationException PresetKey(TKey key, string? entityParam)
        => new($"{Name}: can't insert an entity whose key ({Model.KeyName}) is already set ({key}); this store numbers the entities it inserts (PresetKeyOnAdd = Refuse). "
            + $"Leave the key unset in '{entityParam ?? "entity"}', or update the stored entity. Nothing was stored.");

    /// <summary>Puts the default key back on a caller's entity that an add which did not happen gave a generated key.</summary>
    private void TakeBackKey(TEntity entity, bool wasUnset)
    {
        if (wasUnset && Model.WithKey is not null && !KeyIsUnset(Model.GetKey(entity)))
        {
            Model.WithKey(entity, default!);
        }
    }

    /// <summary>
    /// Gives an entity whose key is unset its key now when that key is a GUID (or wraps one), as EF Core's value generator
    /// does when it starts tracking an added entity (<c>DbSet.Add</c>, before any save); a numbered key waits for the save,
    /// as a database's IDENTITY value does. Not under <c>PresetKeyOnAdd</c> (which judges the key at the save), and only
    /// where the key is set on the caller's instance.
    /// </summary>
    /// <param name="entity">The entity being tracked as added.</param>
    /// <returns><see langword="true"/> when a key was given.</returns>
    internal bool TryGiveClientKey(TEntity entity)
    {
        if (_keys is null || !_keys.MadeByClient || _keys.OnlyOnAdd || Model.WithKey is null || Model.RefusePresetKeys || Model.ReplacePresetKeys
            || !_keys.IsUnset(Model.GetKey(entity)))
        {
            return false;
        }

        var keyed = Model.WithKey(entity, _keys.Next());
        return ReferenceEquals(keyed, entity);
    }

    /// <summary>Whether <see cref="TryGiveClientKey"/> would give <paramref name="entity"/> a key (changes nothing).</summary>
    internal bool GivesClientKey(TEntity entity)
        => _keys is not null && _keys.MadeByClient && !_keys.OnlyOnAdd && Model.WithKey is not null && !Model.RefusePresetKeys && !Model.ReplacePresetKeys
            && _keys.IsUnset(Model.GetKey(entity));

    /// <summary>Whether the table generates keys and <paramref name="key"/> is unset (0, an empty GUID, a wrapper around either, or null).</summary>
    /// <remarks>Under <see cref="EntityModel{TKey, TEntity}.ReplacePresetKeys"/> a string key is given only by an add: elsewhere an empty one is a key like any other.</remarks>
    internal bool KeyIsUnset(TKey? key) => _keys is not null && Model.WithKey is not null && !_keys.OnlyOnAdd && _keys.IsUnset(key);

    private TKey KeyOf(TEntity entity, string? entityParam)
    {
        var key = Model.GetKey(entity);
        if (key is null)
        {
            throw new ArgumentNullException(entityParam ?? "entity", $"{Name}: the entity's key ({Model.KeyName}) is null.");
        }

        RefuseBlankKey(key, entityParam);
        return key;
    }

    /// <summary>
    /// Refuses a written entity whose <see cref="string"/> key is empty or white space (a generated key is never blank): real
    /// stores disagree on such a key and the signature never says which one is behind it, so the fake throws rather than
    /// guess. For a value-type key the test compiles away.
    /// </summary>
    private void RefuseBlankKey(TKey key, string? entityParam)
    {
        if (key is string text && string.IsNullOrWhiteSpace(text) && !Model.KeepsBlankKeys)
        {
            throw new ArgumentException(
                $"{Name}: the entity's key ({Model.KeyName}) is {(text.Length == 0 ? "empty" : "white space")}, and real stores disagree on such a "
                + "key (Cosmos DB refuses it, some stores give the entity a new key, EF Core and a SQL INSERT store it), so the fake refuses "
                + "it and the store is unchanged. If your store keeps it, state it on [InMemoryFake]: BlankKeys = BlankKeys.Store "
                + "(BlankKeys.Throw states this refusal)"
                + (!Model.GuidTextKeys && !Model.ReplacePresetKeys && !Model.ObjectIdKeys ? "; if it gives an entity added without a key a new one, PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset." : "."),
                entityParam ?? "entity");
        }
    }

    /// <summary>
    /// The entity with its key (a generated one when its key is unset and keys are generated), reading the key once:
    /// <paramref name="assigned"/> tells whether a key was generated (to take back if the write then fails).
    /// </summary>
    private TEntity WithKeyOf(TEntity entity, string? entityParam, out TKey key, out bool assigned, bool replacing = false)
    {
        var current = Model.GetKey(entity);
        if (_keys is not null && Model.WithKey is not null && (replacing || (!_keys.OnlyOnAdd && _keys.IsUnset(current))))
        {
            assigned = true;
            var keyed = Model.WithKey(entity, _keys.Next());
            key = KeyOf(keyed, entityParam);
            return keyed;
        }

        assigned = false;
        if (current is null)
        {
            throw new ArgumentNullException(entityParam ?? "entity", $"{Name}: the entity's key ({Model.KeyName}) is null."
                + (typeof(TKey) == typeof(string) && !Model.ReplacePresetKeys && !Model.ObjectIdKeys
                    ? $" If the store gives an entity written without a key a new one (item.{Model.KeyName} ??= Guid.NewGuid().ToString()), state it on [InMemoryFake]: PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset."
                    : ""));
        }

        RefuseBlankKey(current, entityParam);
        key = current;
        return entity;
    }

    /// <summary>
    /// Checks every token and returns the entity with the next value of each one the store writes (a
    /// <see cref="ConcurrencyToken{TEntity}.ComparedOnly"/> one keeps the entity's own). A <see cref="DateTime"/> or
    /// <see cref="DateTimeOffset"/> token takes the table's clock (<paramref name="now"/>, the write's instant, when the caller
    /// has read it; else one read here, only for such a token), so a fake on a <see cref="ManualClock"/> stamps manual time, as
    /// it does the entry's modified instant. Nothing is written to the entity until every token has passed.
    /// </summary>
    private TEntity CheckAndBumpToken(TEntity entity, TEntity stored, TKey key, long? now = null, ReadAs readAs = default)
    {
        if (_tokens.Length == 0)
        {
            return entity;
        }

        CheckToken(entity, stored, key, readAs);
        foreach (var token in _tokens)
        {
            if (token.ComparedOnly)
            {
                continue;
            }

            var current = token.Get(stored);
            var timed = ConcurrencyToken<TEntity>.IsTimed(current, token.TokenType);
            entity = token.With(entity, token.NextAfter(current, timed ? now ??= NowTicks() : 0));
        }

        return entity;
    }

    /// <summary>
    /// Compares every token of <paramref name="entity"/> with the stored one; the first that differs throws the conflict. A
    /// <see cref="ConcurrencyToken{TEntity}.ComparedOnly"/> token is compared as <paramref name="readAs"/> says (the application
    /// may have set a new value since the entity was read).
    /// </summary>
    private void CheckToken(TEntity entity, TEntity stored, TKey key, ReadAs readAs = default)
    {
        foreach (var token in _tokens)
        {
            var expected = token.Get(!token.ComparedOnly || readAs.Kind == ReadAsKind.Itself ? entity : readAs.Kind == ReadAsKind.Stored ? stored : readAs.Original!);
            var actual = token.Get(stored);
            if (!ConcurrencyToken<TEntity>.TokensEqual(expected, actual))
            {
                throw Options.Errors.CreateConflict(Name, key, expected, actual);
            }
        }
    }

    /// <summary>What a compared-only token of a written entity is compared as.</summary>
    internal enum ReadAsKind
    {
        /// <summary>The entity's own value: a detached entity handed to the write, as EF Core's <c>Update(entity)</c> takes its values as the original ones.</summary>
        Itself,

        /// <summary>The value of the copy a unit of work's tracked entity was read as.</summary>
        Original,

        /// <summary>The stored value: the write read the entity from the store under the same lock (a field write, a bulk update).</summary>
        Stored,
    }

    /// <summary>What a compared-only token of a written entity is compared as (<see cref="ReadAsKind"/>).</summary>
    internal readonly struct ReadAs
    {
        private ReadAs(ReadAsKind kind, TEntity? original)
        {
            Kind = kind;
            Original = original;
        }

        /// <summary>The entity's own value.</summary>
        public static ReadAs Itself => default;

        /// <summary>The stored value.</summary>
        public static ReadAs Stored => new(ReadAsKind.Stored, default);

        public ReadAsKind Kind { get; }

        public TEntity? Original { get; }

        /// <summary>The copy a unit of work's tracked entity was read as, when it has one.</summary>
        public static ReadAs Copy(bool hasOriginal, TEntity? original) => hasOriginal ? new(ReadAsKind.Original, original) : default;
    }

    /// <summary>Whether every token of <paramref name="entity"/> is the stored one's.</summary>
    private bool TokensMatch(TEntity entity, TEntity stored)
    {
        foreach (var token in _tokens)
        {
            if (!ConcurrencyToken<TEntity>.TokensEqual(token.Get(entity), token.Get(stored)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The entity with the first value of every row version the store writes on insert (<see cref="ConcurrencyToken{TEntity}.GeneratedOnAdd"/>),
    /// and the values its tokens held, so an insert that does not happen can give them back (<see cref="GiveTokensBack"/>).
    /// </summary>
    private TEntity TokensOnInsert(TEntity entity, long now, out object?[] given)
    {
        given = new object?[_tokens.Length];
        for (var i = 0; i < _tokens.Length; i++)
        {
            entity = _tokens[i].OnInsert(entity, now, out given[i]);
        }

        return entity;
    }

    /// <summary>Puts back on the caller's entity the row versions an insert that did not happen gave it.</summary>
    private void GiveTokensBack(TEntity entity, object?[] given)
    {
        for (var i = 0; i < _tokens.Length; i++)
        {
            if (_tokens[i].GeneratedOnAdd)
            {
                _tokens[i].With(entity, given[i]);
            }
        }
    }

    private static void NotNull(TEntity entity, string? entityParam)
    {
        if (entity is null)
        {
            throw new ArgumentNullException(entityParam ?? "entity");
        }
    }
}
