using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;

namespace InMemoryFakes.Support;

/// <summary>
/// One entity table seen through a <see cref="UnitOfWork"/>: the members generated for a fake with a unit of work call
/// it where other fakes call the <see cref="EntityTable{TKey, TEntity}"/> itself, with the same names and arguments.
/// </summary>
/// <remarks>
/// <para><b>Reads</b> return tracked entities: the first read of a key tracks a copy of the stored entity and every later
/// read (by key or by a query) returns that same instance, with whatever the caller changed on it. Queries, counts and
/// existence checks run on the table, so they do not see pending adds (EF Core's queries do not either); a read by key
/// sees them, as <c>DbSet.Find</c> does.</para>
/// <para><b>Writes</b> (<see cref="UnitOfWorkWrites.Deferred"/>) only change what is tracked: adds, updates and removes
/// wait for <see cref="UnitOfWork.SaveChanges"/>. Under <see cref="UnitOfWorkWrites.Immediate"/> each write goes to the
/// table at once and the written entity stays tracked.</para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TEntity">The entity type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntitySession<TKey, TEntity> : UnitOfWork.IEntitySession
    where TKey : notnull
{
    private readonly UnitOfWork _owner;
    private readonly Dictionary<TKey, Tracked> _byKey;
    private readonly Dictionary<object, Tracked>? _byInstance;
    private readonly List<Tracked> _order = new();
    private readonly bool _generatesKeys;

    // Entities added with children that went to their own tables (TableNavigations.Carry): what takes the children out of
    // the row the table stores, and gives them back to the caller's instance after.
    private Dictionary<object, Func<TEntity, Action>>? _storedWithout;

    // Children added with a parent whose key the save gives (TableNavigations.AddCarried): what sets each one's foreign key
    // at the save, and the sessions whose adds must be written before this one's for it.
    private Dictionary<object, List<KeyFixUp>>? _fixUps;
    private List<UnitOfWork.IEntitySession>? _principals;

    internal EntitySession(UnitOfWork owner, EntityTable<TKey, TEntity> table)
    {
        _owner = owner;
        Table = table;
        _byKey = new Dictionary<TKey, Tracked>(table.Comparer);
        _byInstance = typeof(TEntity).IsValueType ? null : new Dictionary<object, Tracked>(ReferenceEqualityComparer.Instance);
        _generatesKeys = table.Model.GenerateKeys && table.Model.WithKey is not null;
    }

    private enum State
    {
        Unchanged,
        Added,
        Modified,
        Deleted,
    }

    /// <summary>The table the session reads and saves to.</summary>
    public EntityTable<TKey, TEntity> Table { get; }

    /// <summary>The table's key equality (<see cref="FakeTable{TKey, TValue}.Comparer"/>).</summary>
    public IEqualityComparer<TKey> Comparer => Table.Comparer;

    /// <summary>The table's name.</summary>
    public string Name => Table.Name;

    /// <summary>The table's options (its error mapping among them).</summary>
    public TableOptions Options => Table.Options;

    /// <summary>How many entities the table stores (pending adds and removes not counted, as a database's count does not).</summary>
    public int Count => Table.Count;

    long UnitOfWork.IEntitySession.Order => Table.LockOrder;

    /// <summary>
    /// Whether a write goes to the table at once (<see cref="UnitOfWorkWrites.Immediate"/>) or waits in the tracker. Every
    /// write asks it first, so a fake whose writes wait for another interface's save (<see cref="UnitOfWork.SavedBy"/>) and
    /// that shares no tracker with it refuses the write here, before anything changes: nothing could ever save it.
    /// </summary>
    private bool WritesAtOnce()
    {
        if (_owner.Writes == UnitOfWorkWrites.Immediate)
        {
            return true;
        }

        if (_owner.SavedBy is { } save && !_owner.IsShared)
        {
            throw new InvalidOperationException(
                $"{_owner.Core.Name}: its writes wait for {save}, a save on another interface, and this fake was built without a SharedUnitOfWork, " +
                $"so nothing could ever save them; nothing was tracked or stored. Build it and the fake of that interface with one " +
                $"new InMemoryFakeOptions {{ SharedUnitOfWork = new SharedUnitOfWork() }} (the container's scoped registration does it per scope), " +
                $"or set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)] when each write is stored at once (docs/runtime.md#unit-of-work).");
        }

        return false;
    }

    // ---- Reads ----

    /// <summary>The tracked entity with the key (a pending add included, a pending remove excluded), else the stored one, now tracked; <see langword="default"/> when neither.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The tracked entity, or <see langword="default"/>.</returns>
    public TEntity? Find(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => TryGetValue(key, out var entity, keyParam) ? entity : default;

    /// <summary>As <see cref="Find"/>, but a missing entity throws.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The tracked entity.</returns>
    /// <exception cref="NotFoundException">No entity has the key.</exception>
    public TEntity Get(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => TryGetValue(key, out var entity, keyParam) ? entity : throw Options.Errors.CreateNotFound(Name, key);

    /// <summary>As <see cref="Find"/>, as a try-get.</summary>
    /// <param name="key">The key.</param>
    /// <param name="entity">The tracked entity.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TEntity entity, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        KeyNotNull(key, keyParam);
        lock (_owner.Gate)
        {
            if (_byKey.TryGetValue(key, out var tracked))
            {
                entity = tracked.State == State.Deleted ? default : tracked.Entity;
                return tracked.State != State.Deleted;
            }

            if (Table.TryGetValue(key, out var stored, keyParam))
            {
                entity = Attach(stored);
                return true;
            }

            entity = default;
            return false;
        }
    }

    /// <summary>Whether the table stores the key (a query: pending adds and removes are not seen).</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when stored.</returns>
    public bool ContainsKey(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => Table.ContainsKey(key, keyParam);

    /// <summary>Every stored entity, tracked.</summary>
    /// <returns>The tracked entities, in the table's order.</returns>
    public List<TEntity> Values() => AttachAll(Table.Values());

    /// <summary>Every stored entity, tracked, read in one consistent step.</summary>
    /// <returns>The tracked entities.</returns>
    public List<TEntity> Snapshot() => AttachAll(Table.Snapshot());

    /// <summary>LINQ to objects over <see cref="Snapshot"/>.</summary>
    /// <returns>The queryable.</returns>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public FakeQueryable<TEntity> AsQueryable() => FakeQueryProvider.Over(Snapshot());

    /// <summary>The table's query, its results tracked; see <see cref="EntityTable{TKey, TEntity}.Query{TState}"/>.</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <param name="order">Sorts the matches.</param>
    /// <param name="distinct">Drop repeated matches.</param>
    /// <param name="limit">Keep at most this many.</param>
    /// <param name="page">The slice to return.</param>
    /// <returns>The tracked matches.</returns>
    public List<TEntity> Query<TState>(TState state, Func<TEntity, TState, bool>? predicate, IndexProbe probe = default, IComparer<TEntity>? order = null, bool distinct = false, int limit = int.MaxValue, PageRequest? page = null)
        => AttachAll(Table.Query(state, predicate, probe, order, distinct, limit, page));

    /// <summary>The tracked matches of a list by keys, in the order the keys were given (<see cref="EntityTable{TKey, TEntity}.InKeysOrder"/>).</summary>
    /// <typeparam name="TSource">The element type of the caller's collection.</typeparam>
    /// <param name="matches">The query's tracked matches, each once.</param>
    /// <param name="keys">The caller's keys, in their order.</param>
    /// <param name="convert">Converts an element to the key type.</param>
    /// <param name="paramName">The caller's parameter, for the exception.</param>
    /// <returns>The matches in the keys' order (a key given twice gives the same tracked entity twice).</returns>
    public List<TEntity> InKeysOrder<TSource>(List<TEntity> matches, IEnumerable<TSource>? keys, Func<TSource, TKey> convert, string paramName)
        => Table.InKeysOrder(matches, keys, convert, paramName);

    /// <summary>The table's query, its results tracked.</summary>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <param name="order">Sorts the matches.</param>
    /// <param name="distinct">Drop repeated matches.</param>
    /// <param name="limit">Keep at most this many.</param>
    /// <param name="page">The slice to return.</param>
    /// <returns>The tracked matches.</returns>
    public List<TEntity> Query(Func<TEntity, bool>? predicate, IndexProbe probe = default, IComparer<TEntity>? order = null, bool distinct = false, int limit = int.MaxValue, PageRequest? page = null)
        => AttachAll(Table.Query(predicate, probe, order, distinct, limit, page));

    /// <summary>One page of the table's query, its items tracked.</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="page">The slice.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <param name="order">Sorts the matches.</param>
    /// <param name="distinct">Drop repeated matches.</param>
    /// <param name="limit">Keep at most this many.</param>
    /// <returns>The page.</returns>
    public Page<TEntity> QueryPage<TState>(TState state, Func<TEntity, TState, bool>? predicate, PageRequest page, IndexProbe probe = default, IComparer<TEntity>? order = null, bool distinct = false, int limit = int.MaxValue)
        => AttachPage(Table.QueryPage(state, predicate, page, probe, order, distinct, limit));

    /// <summary>One page of the table's query, its items tracked.</summary>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="page">The slice.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <param name="order">Sorts the matches.</param>
    /// <param name="distinct">Drop repeated matches.</param>
    /// <param name="limit">Keep at most this many.</param>
    /// <returns>The page.</returns>
    public Page<TEntity> QueryPage(Func<TEntity, bool>? predicate, PageRequest page, IndexProbe probe = default, IComparer<TEntity>? order = null, bool distinct = false, int limit = int.MaxValue)
        => AttachPage(Table.QueryPage(predicate, page, probe, order, distinct, limit));

    /// <summary>The table's first match, tracked.</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="entity">The tracked match.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <param name="order">Sorts the matches.</param>
    /// <returns><see langword="true"/> when one matched.</returns>
    public bool TryQueryFirst<TState>(TState state, Func<TEntity, TState, bool>? predicate, [MaybeNullWhen(false)] out TEntity entity, IndexProbe probe = default, IComparer<TEntity>? order = null)
    {
        if (Table.TryQueryFirst(state, predicate, out var stored, probe, order))
        {
            entity = Attach(stored);
            return true;
        }

        entity = default;
        return false;
    }

    /// <summary>The table's first match, tracked.</summary>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="entity">The tracked match.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <param name="order">Sorts the matches.</param>
    /// <returns><see langword="true"/> when one matched.</returns>
    public bool TryQueryFirst(Func<TEntity, bool>? predicate, [MaybeNullWhen(false)] out TEntity entity, IndexProbe probe = default, IComparer<TEntity>? order = null)
    {
        if (Table.TryQueryFirst(predicate, out var stored, probe, order))
        {
            entity = Attach(stored);
            return true;
        }

        entity = default;
        return false;
    }

    /// <summary>The table's one match, tracked; two or more throw (see <see cref="EntityTable{TKey, TEntity}.TryQuerySingle{TState}"/>).</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="entity">The tracked match.</param>
    /// <param name="unstatedMember">The interface member when the store's answer to several matches is not stated; null for <c>SingleOrDefault</c>'s error.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <returns><see langword="true"/> when one matched.</returns>
    /// <exception cref="InvalidOperationException">Two or more entities match.</exception>
    public bool TryQuerySingle<TState>(TState state, Func<TEntity, TState, bool>? predicate, [MaybeNullWhen(false)] out TEntity entity, string? unstatedMember, IndexProbe probe = default)
    {
        if (Table.TryQuerySingle(state, predicate, out var stored, unstatedMember, probe))
        {
            entity = Attach(stored);
            return true;
        }

        entity = default;
        return false;
    }

    /// <summary>The table's one match, tracked; two or more throw.</summary>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="entity">The tracked match.</param>
    /// <param name="unstatedMember">The interface member when the store's answer to several matches is not stated; null for <c>SingleOrDefault</c>'s error.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <returns><see langword="true"/> when one matched.</returns>
    /// <exception cref="InvalidOperationException">Two or more entities match.</exception>
    public bool TryQuerySingle(Func<TEntity, bool>? predicate, [MaybeNullWhen(false)] out TEntity entity, string? unstatedMember, IndexProbe probe = default)
    {
        if (Table.TryQuerySingle(predicate, out var stored, unstatedMember, probe))
        {
            entity = Attach(stored);
            return true;
        }

        entity = default;
        return false;
    }

    /// <summary>How many stored entities match (a query: pending changes are not seen).</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <param name="distinct">Count repeated matches once.</param>
    /// <returns>The count.</returns>
    public int QueryCount<TState>(TState state, Func<TEntity, TState, bool>? predicate, IndexProbe probe = default, bool distinct = false)
        => Table.QueryCount(state, predicate, probe, distinct);

    /// <summary>How many stored entities match.</summary>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <param name="distinct">Count repeated matches once.</param>
    /// <returns>The count.</returns>
    public int QueryCount(Func<TEntity, bool>? predicate, IndexProbe probe = default, bool distinct = false)
        => Table.QueryCount(predicate, probe, distinct);

    /// <summary>Whether a stored entity matches.</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <returns><see langword="true"/> when one matches.</returns>
    public bool QueryExists<TState>(TState state, Func<TEntity, TState, bool>? predicate, IndexProbe probe = default)
        => Table.QueryExists(state, predicate, probe);

    /// <summary>Whether a stored entity matches.</summary>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <returns><see langword="true"/> when one matches.</returns>
    public bool QueryExists(Func<TEntity, bool>? predicate, IndexProbe probe = default)
        => Table.QueryExists(predicate, probe);

    // ---- Writes ----

    /// <summary>Tracks the caller's entity as added (deferred), or adds it to the table at once and tracks it (immediate).</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The same instance (a generated GUID key is assigned now, as EF Core assigns it when it starts tracking the entity; a numbered key when it is saved).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null, or its key is null and not generated.</exception>
    /// <exception cref="InvalidOperationException">Another instance with the same key is tracked.</exception>
    public TEntity Add(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        TryAdd(entity, out var added, entityParam);
        return added;
    }

    /// <summary>As <see cref="Add"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="added">The same instance.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> only when an immediate write was dropped by the <see cref="QuotaPolicy.Reject"/> policy.</returns>
    public bool TryAdd(TEntity entity, out TEntity added, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                var stored = StoreAdded(entity, out added, entityParam);
                if (stored)
                {
                    Remember(added, State.Unchanged, entityParam);
                }

                return stored;
            }

            if (Lookup(entity, entityParam) is { } tracked)
            {
                tracked.State = tracked.State == State.Deleted ? State.Modified : State.Added;
                added = tracked.Entity;
                return true;
            }

            Remember(entity, State.Added, entityParam);
            added = entity;
            return true;
        }
    }

    /// <summary>
    /// As <see cref="EntityTable{TKey, TEntity}.AddIfAbsent"/>: <see langword="false"/> when the key is taken (tracked here,
    /// or stored and not deleted here). Under deferred writes a unique value is checked when the change is saved, as
    /// EF Core's <c>SaveChanges</c> finds a unique index violation only then.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="added">The entity as stored or tracked; the entity passed in when it was not added.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when it was added (or tracked to be added).</returns>
    public bool AddIfAbsent(TEntity entity, out TEntity added, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                var stored = Table.AddIfAbsent(entity, out added, entityParam);
                if (stored)
                {
                    Remember(added, State.Unchanged, entityParam);
                }

                return stored;
            }

            added = entity;
            var key = Table.Model.GetKey(entity);
            if (key is not null && !Table.KeyIsUnset(key) && TryGetValue(key, out _, entityParam))
            {
                return false;
            }

            return TryAdd(entity, out added, entityParam);
        }
    }

    /// <summary>Adds each entity as <see cref="Add"/> does; nothing is tracked when one is null.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The same instances.</returns>
    public List<TEntity> AddRange(IEnumerable<TEntity> entities, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        TryAddRange(entities, out var added, entitiesParam);
        return added;
    }

    /// <summary>As <see cref="AddRange"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="added">The same instances.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> only when an immediate range was dropped by the <see cref="QuotaPolicy.Reject"/> policy.</returns>
    public bool TryAddRange(IEnumerable<TEntity> entities, out List<TEntity> added, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        var items = Items(entities, entitiesParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                var stored = StoreAddedRange(items, out added, entitiesParam);
                foreach (var item in added)
                {
                    Remember(item, State.Unchanged, entitiesParam);
                }

                return stored;
            }

            added = new List<TEntity>(items.Count);
            foreach (var item in items)
            {
                added.Add(Add(item, entitiesParam));
            }

            return true;
        }
    }

    /// <summary>Marks the entity changed (deferred) or writes it at once (immediate). An entity with an unset generated key is added, as EF Core's <c>Update</c> does.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The same instance.</returns>
    /// <exception cref="InvalidOperationException">Another instance with the same key is tracked.</exception>
    /// <exception cref="NotFoundException">Immediate: no entity has the key.</exception>
    public TEntity Update(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                var stored = Table.Update(entity, entityParam);
                Remember(stored, State.Unchanged, entityParam);
                return stored;
            }

            MarkModified(entity, entityParam);
            return entity;
        }
    }

    /// <summary>Update when the key exists (tracked or stored); otherwise nothing.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> when no entity has the key.</returns>
    public bool TryUpdate(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
        => TryUpdate(entity, out _, entityParam);

    /// <summary>Update when the key exists (tracked or stored); otherwise nothing.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="updated">The same instance.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> when no entity has the key.</returns>
    public bool TryUpdate(TEntity entity, out TEntity updated, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                var done = Table.TryUpdate(entity, out updated, entityParam);
                if (done)
                {
                    Remember(updated, State.Unchanged, entityParam);
                }

                return done;
            }

            updated = entity;
            if (!Exists(entity, entityParam))
            {
                return false;
            }

            MarkModified(entity, entityParam);
            return true;
        }
    }

    /// <summary>
    /// Update when the key exists, as a store that reports failures in its result does: with immediate writes a stale
    /// concurrency token is <see langword="false"/> (<see cref="EntityTable{TKey, TEntity}.TryUpdateCurrent(TEntity, string?)"/>);
    /// deferred writes check tokens when saved, as <see cref="TryUpdate(TEntity, string?)"/> does.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> when no entity has the key (or, immediate, its token is stale).</returns>
    public bool TryUpdateCurrent(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (!WritesAtOnce())
            {
                return TryUpdate(entity, entityParam);
            }

            var done = Table.TryUpdateCurrent(entity, out var updated, entityParam);
            if (done)
            {
                Remember(updated, State.Unchanged, entityParam);
            }

            return done;
        }
    }

    /// <summary>Updates each entity as <see cref="Update"/> does.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The same instances.</returns>
    public List<TEntity> UpdateRange(IEnumerable<TEntity> entities, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        var items = Items(entities, entitiesParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                var stored = Table.UpdateRange(items, entitiesParam);
                foreach (var item in stored)
                {
                    Remember(item, State.Unchanged, entitiesParam);
                }

                return stored;
            }

            foreach (var item in items)
            {
                MarkModified(item, entitiesParam);
            }

            return items;
        }
    }

    /// <summary>Update when the key exists (tracked or stored), else Add.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see cref="WriteOutcome.Created"/> or <see cref="WriteOutcome.Replaced"/>.</returns>
    public WriteOutcome Upsert(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
        => Upsert(entity, out _, entityParam);

    /// <summary>Update when the key exists (tracked or stored), else Add.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="saved">The same instance.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see cref="WriteOutcome.Created"/> or <see cref="WriteOutcome.Replaced"/>.</returns>
    public WriteOutcome Upsert(TEntity entity, out TEntity saved, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                var outcome = Table.Upsert(entity, out saved, entityParam);
                if (outcome != WriteOutcome.Rejected)
                {
                    Remember(saved, State.Unchanged, entityParam);
                }

                return outcome;
            }

            saved = entity;
            if (Exists(entity, entityParam))
            {
                MarkModified(entity, entityParam);
                return WriteOutcome.Replaced;
            }

            Add(entity, entityParam);
            return WriteOutcome.Created;
        }
    }

    /// <summary>
    /// An update that stores a missing entity under the key it holds (<c>MissingUpdate = Insert</c>): as
    /// <see cref="Upsert(TEntity, out TEntity, string?)"/>, except that when writes are immediate <c>PresetKeyOnAdd = Refuse</c>
    /// does not refuse the insert (<see cref="EntityTable{TKey, TEntity}.UpdateOrInsert"/>). A deferred insert is an add at the save.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="saved">The same instance.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see cref="WriteOutcome.Created"/> or <see cref="WriteOutcome.Replaced"/>.</returns>
    public WriteOutcome UpdateOrInsert(TEntity entity, out TEntity saved, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                var outcome = Table.UpdateOrInsert(entity, out saved, entityParam);
                if (outcome != WriteOutcome.Rejected)
                {
                    Remember(saved, State.Unchanged, entityParam);
                }

                return outcome;
            }

            return Upsert(entity, out saved, entityParam);
        }
    }

    /// <summary>Upserts each entity as <see cref="Upsert(TEntity, string?)"/> does.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The same instances.</returns>
    public List<TEntity> UpsertRange(IEnumerable<TEntity> entities, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        var items = Items(entities, entitiesParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                var stored = Table.UpsertRange(items, entitiesParam);
                foreach (var item in stored)
                {
                    Remember(item, State.Unchanged, entitiesParam);
                }

                return stored;
            }

            foreach (var item in items)
            {
                Upsert(item, entitiesParam);
            }

            return items;
        }
    }

    /// <summary>Marks the entity with the key removed (deferred) or removes it at once (immediate).</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when an entity had the key.</returns>
    public bool Remove(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        KeyNotNull(key, keyParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                Forget(key);
                return Table.Remove(key, keyParam);
            }

            if (_byKey.TryGetValue(key, out var tracked))
            {
                return MarkDeleted(tracked);
            }

            if (!Table.TryGetValue(key, out var stored, keyParam))
            {
                return false;
            }

            return MarkDeleted(Track(stored, State.Unchanged, keyParam));
        }
    }

    /// <summary>Removes as <see cref="Remove(TKey, string?)"/> does, and returns the entity removed (a copy).</summary>
    /// <param name="key">The key.</param>
    /// <param name="removed">The entity that had the key, as a read would have returned it just before; default when none.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when an entity had the key.</returns>
    public bool Remove(TKey key, [MaybeNullWhen(false)] out TEntity removed, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        KeyNotNull(key, keyParam);
        lock (_owner.Gate)
        {
            removed = Find(key, keyParam);
            return removed is not null && Remove(key, keyParam);
        }
    }

    /// <summary>
    /// Removes as <see cref="RemoveEntity"/> does, but with immediate writes a stale concurrency token is
    /// <see langword="false"/> (<see cref="EntityTable{TKey, TEntity}.TryRemoveCurrent"/>) instead of the conflict error.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when an entity had its key (and, immediate, its token).</returns>
    public bool TryRemoveCurrent(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (!WritesAtOnce())
            {
                return RemoveEntity(entity, entityParam);
            }

            var removed = Table.TryRemoveCurrent(entity, entityParam);
            Forget(Table.Model.GetKey(entity));
            return removed;
        }
    }

    /// <summary>Marks the entity removed (deferred; its concurrency token is checked when saved) or removes it at once (immediate).</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when an entity had its key.</returns>
    public bool RemoveEntity(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                var removed = Table.RemoveEntity(entity, entityParam);
                Forget(Table.Model.GetKey(entity));
                return removed;
            }

            if (Lookup(entity, entityParam) is { } tracked)
            {
                return MarkDeleted(tracked);
            }

            var key = KeyOf(entity, entityParam);
            return Table.ContainsKey(key, entityParam) && MarkDeleted(Track(entity, State.Unchanged, entityParam));
        }
    }

    /// <summary>
    /// EF Core's <c>DbSet.Remove</c>: as <see cref="RemoveEntity"/>, but an entity that is neither tracked nor stored is tracked
    /// as removed all the same, so the save fails with <see cref="ConcurrencyConflictException"/> (the row is not there), as
    /// EF Core's fails with <c>DbUpdateConcurrencyException</c>. An untracked entity whose generated key is unset throws
    /// <see cref="InvalidOperationException"/>, as EF Core's <c>Remove</c> does (its key is only a temporary value).
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another instance with the same key is tracked, or the entity is untracked and its generated key unset.</exception>
    public void MarkRemoved(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                RemoveEntity(entity, entityParam);
                return;
            }

            if (Lookup(entity, entityParam) is { } tracked)
            {
                MarkDeleted(tracked);
                return;
            }

            var key = Table.Model.GetKey(entity);
            if (key is null || Table.KeyIsUnset(key))
            {
                throw new InvalidOperationException(
                    $"{Name}: the entity's key {Table.Model.KeyName} is unset (the store generates it when the entity is added), so it names no row to remove; " +
                    "EF Core's Remove refuses it too. Remove an entity that was read or added.");
            }

            MarkDeleted(Track(entity, State.Unchanged, entityParam));
        }
    }

    /// <summary>
    /// EF Core's <c>DbSet.Attach</c>: tracks the caller's instance as unchanged (its state now is what a later change is
    /// compared with; a changed one is written by the save, and a row that is not there is a
    /// <see cref="ConcurrencyConflictException"/> then), or as added when its generated key is unset. An instance already
    /// tracked stays as it is.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another instance with the same key is tracked.</exception>
    public void AttachEntity(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        lock (_owner.Gate)
        {
            if (Lookup(entity, entityParam) is not null)
            {
                return;
            }

            var key = Table.Model.GetKey(entity);
            Track(entity, key is not null && Table.KeyIsUnset(key) ? State.Added : State.Unchanged, entityParam);
        }
    }

    /// <summary>Removes the entities with these keys as <see cref="Remove(TKey, string?)"/> does.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="keysParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>How many had an entity.</returns>
    public int RemoveRange(IEnumerable<TKey> keys, [CallerArgumentExpression(nameof(keys))] string? keysParam = null)
    {
        ArgumentNullException.ThrowIfNull(keys, keysParam);
        var items = new List<TKey>(keys);
        foreach (var key in items)
        {
            if (key is null)
            {
                throw new ArgumentNullException(keysParam ?? "keys", $"{Name}: a key in the range is null.");
            }
        }

        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                foreach (var key in items)
                {
                    Forget(key);
                }

                return Table.RemoveRange(items, keysParam);
            }

            var removed = 0;
            foreach (var key in items)
            {
                removed += Remove(key, keysParam) ? 1 : 0;
            }

            return removed;
        }
    }

    /// <summary>Removes these entities as <see cref="RemoveEntity"/> does.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>How many had an entity.</returns>
    public int RemoveEntities(IEnumerable<TEntity> entities, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        var items = Items(entities, entitiesParam);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                foreach (var item in items)
                {
                    Forget(Table.Model.GetKey(item));
                }

                return Table.RemoveEntities(items, entitiesParam);
            }

            var removed = 0;
            foreach (var item in items)
            {
                removed += RemoveEntity(item, entitiesParam) ? 1 : 0;
            }

            return removed;
        }
    }

    /// <summary>Removes every stored entity that <paramref name="predicate"/> accepts (pending until saved, when deferred).</summary>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <returns>How many were removed.</returns>
    public int RemoveWhere(Func<TEntity, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return RemoveAll(Table.Query(predicate));
    }

    /// <summary>Removes the stored entities a query matches (pending until saved, when deferred).</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <returns>How many were removed.</returns>
    public int QueryDelete<TState>(TState state, Func<TEntity, TState, bool>? predicate, IndexProbe probe = default)
        => RemoveAll(Table.Query(state, predicate, probe));

    /// <summary>Removes the stored entities a query matches (pending until saved, when deferred).</summary>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <returns>How many were removed.</returns>
    public int QueryDelete(Func<TEntity, bool>? predicate, IndexProbe probe = default)
        => RemoveAll(Table.Query(predicate, probe));

    /// <summary>
    /// Removes the stored entities a filter over a query selects (a filter object's <c>Apply(IQueryable&lt;T&gt;)</c>; pending
    /// until saved, when deferred).
    /// </summary>
    /// <param name="filter">Selects the entities to remove.</param>
    /// <returns>How many were removed.</returns>
    [RequiresUnreferencedCode("LINQ to objects over IQueryable binds Queryable operators to Enumerable ones at run time.")]
    [RequiresDynamicCode("LINQ to objects over IQueryable compiles expression trees at run time.")]
    public int QueryDeleteSelected(Func<IQueryable<TEntity>, IQueryable<TEntity>> filter)
        => RemoveAll(FakeQueries.Filter(Table.Snapshot(), filter));

    /// <summary>Removes the first stored entity a query matches, in insertion order (pending until saved, when deferred).</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <returns>1 when one was removed, else 0.</returns>
    public int QueryDeleteFirst<TState>(TState state, Func<TEntity, TState, bool>? predicate, IndexProbe probe = default)
        => RemoveAll(Table.TryQueryFirst(state, predicate, out var first, probe) ? new List<TEntity> { first } : new List<TEntity>());

    /// <summary>Removes the first stored entity a query matches, in insertion order (pending until saved, when deferred).</summary>
    /// <param name="predicate">Decides on a stored entity.</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <returns>1 when one was removed, else 0.</returns>
    public int QueryDeleteFirst(Func<TEntity, bool>? predicate, IndexProbe probe = default)
        => RemoveAll(Table.TryQueryFirst(predicate, out var first, probe) ? new List<TEntity> { first } : new List<TEntity>());

    /// <summary>Removes every entity (pending until saved, when deferred), pending adds included.</summary>
    public void Clear()
    {
        lock (_owner.Gate)
        {
            foreach (var tracked in _order.ToArray())
            {
                if (tracked.State == State.Added)
                {
                    MarkDeleted(tracked);
                }
            }

            RemoveAll(Table.Values());
        }
    }

    /// <summary>Changes the tracked entity with the key through <paramref name="change"/> and marks it changed (deferred), or changes the stored one at once (immediate).</summary>
    /// <typeparam name="TState">What the change needs.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="state">The change's state.</param>
    /// <param name="change">Changes the entity, or returns a new one (records).</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The changed entity.</returns>
    /// <exception cref="NotFoundException">No entity has the key.</exception>
    public TEntity UpdateWith<TState>(TKey key, TState state, Func<TEntity, TState, TEntity> change, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                Forget(key);
                var stored = Table.UpdateWith(key, state, change, keyParam);
                Remember(stored, State.Unchanged, keyParam);
                return stored;
            }

            var current = Get(key, keyParam);
            var changed = change(current, state);
            var tracked = _byKey[key];
            if (!ReferenceEquals(changed, current))
            {
                Replace(tracked, changed);
            }

            if (tracked.State == State.Unchanged)
            {
                tracked.State = State.Modified;
            }

            return changed;
        }
    }

    /// <summary>
    /// Changes every stored entity a query matches through <paramref name="change"/>: at once as one all-or-nothing step
    /// (<see cref="EntityTable{TKey, TEntity}.QueryUpdate{TState}"/>, immediate), or on the tracked instances, marked changed
    /// until saved (deferred; the query runs on the table, as other queries do, so a pending add is not matched).
    /// </summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="change">Changes an entity, or returns a new one (records).</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <returns>How many entities matched.</returns>
    public int QueryUpdate<TState>(TState state, Func<TEntity, TState, bool>? predicate, Func<TEntity, TEntity> change, IndexProbe probe = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_owner.Gate)
        {
            return WritesAtOnce()
                ? RememberAll(Table.UpdateMatches(state, predicate, change, probe))
                : ChangeTracked(Table.Query(state, predicate, probe), change);
        }
    }

    /// <summary>Changes every stored entity <paramref name="predicate"/> accepts; see <see cref="QueryUpdate{TState}"/>.</summary>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="change">Changes an entity, or returns a new one (records).</param>
    /// <param name="probe">An indexed equality every match satisfies.</param>
    /// <returns>How many entities matched.</returns>
    public int QueryUpdate(Func<TEntity, bool>? predicate, Func<TEntity, TEntity> change, IndexProbe probe = default)
        => QueryUpdate(predicate, predicate is null ? null : static (TEntity entity, Func<TEntity, bool>? test) => test!(entity), change, probe);

    /// <summary>
    /// Changes the entities with these keys through <paramref name="change"/> (at once, immediate; on the tracked instances,
    /// deferred, where a read by key sees a pending add); a key given twice changes its entity once.
    /// </summary>
    /// <param name="keys">The keys.</param>
    /// <param name="change">Changes an entity, or returns a new one (records).</param>
    /// <param name="missingThrows">A key with no entity is the not-found error, nothing changed; <see langword="false"/> skips it.</param>
    /// <param name="keysParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>How many entities were changed.</returns>
    /// <exception cref="ArgumentNullException">The sequence or a key is null; nothing was changed.</exception>
    /// <exception cref="NotFoundException">A key has no entity and <paramref name="missingThrows"/> is set; nothing was changed.</exception>
    public int UpdateRangeWith(IEnumerable<TKey> keys, Func<TEntity, TEntity> change, bool missingThrows = true, [CallerArgumentExpression(nameof(keys))] string? keysParam = null)
    {
        ArgumentNullException.ThrowIfNull(keys, keysParam);
        ArgumentNullException.ThrowIfNull(change);
        lock (_owner.Gate)
        {
            if (WritesAtOnce())
            {
                return RememberAll(Table.UpdateKeys(keys, change, missingThrows, keysParam));
            }

            // Every key is read before anything changes, so a missing one leaves the tracked entities as they were.
            var found = new List<TEntity>();
            var seen = new HashSet<TKey>(Comparer);
            foreach (var key in keys)
            {
                if (key is null)
                {
                    throw new ArgumentNullException(keysParam ?? "keys", $"{Name}: a key in the range is null.");
                }

                if (!seen.Add(key))
                {
                    continue;
                }

                if (TryGetValue(key, out var entity, keysParam))
                {
                    found.Add(entity);
                }
                else if (missingThrows)
                {
                    throw Options.Errors.CreateNotFound(Name, key);
                }
            }

            return ChangeTracked(found, change);
        }
    }

    /// <summary>Tracks entities an immediate write stored as saved, each replacing what was tracked under its key; returns how many.</summary>
    private int RememberAll(List<TEntity> written)
    {
        foreach (var entity in written)
        {
            Remember(entity, State.Unchanged, null);
        }

        return written.Count;
    }

    /// <summary>Changes the tracked instance of each entity (tracking a stored one first) and marks it changed; a pending removal stays one.</summary>
    private int ChangeTracked(List<TEntity> entities, Func<TEntity, TEntity> change)
    {
        foreach (var entity in entities)
        {
            var current = Attach(entity);
            var tracked = _byKey[Table.Model.GetKey(current)];
            if (tracked.State == State.Deleted)
            {
                continue;
            }

            var changed = change(current);
            if (!ReferenceEquals(changed, current))
            {
                Replace(tracked, changed);
            }

            if (tracked.State == State.Unchanged)
            {
                tracked.State = State.Modified;
            }
        }

        return entities.Count;
    }

    /// <summary>Runs <paramref name="action"/> with no other member of the unit of work running.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="action">The steps.</param>
    /// <returns>What <paramref name="action"/> returns.</returns>
    public TResult Atomically<TResult>(Func<TResult> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_owner.Gate)
        {
            return action();
        }
    }

    // ---- Saving (called by UnitOfWork under its gate) ----

    int UnitOfWork.IEntitySession.PendingCount()
    {
        var pending = 0;
        foreach (var tracked in _order)
        {
            pending += tracked.State != State.Unchanged || HasChanged(tracked) ? 1 : 0;
        }

        return pending;
    }

    int UnitOfWork.IEntitySession.Locked(Func<int> inner) => Table.AllOrNothing(inner);

    bool UnitOfWork.IEntitySession.WaitsFor(UnitOfWork.IEntitySession other)
        => _principals is not null && _principals.Contains(other);

    int UnitOfWork.IEntitySession.Flush()
    {
        var written = 0;

        // Removes first, then changes, then adds (in the order they were made), so a unique value can move from an
        // entity being removed to one being added in the same save.
        foreach (var tracked in _order)
        {
            if (tracked.State == State.Deleted)
            {
                var key = KeyOf(tracked.Entity, null);
                // A token the application sets (compared only) is compared as the entity was read, as EF Core compares the original value.
                if (!Table.RemoveEntity(tracked.Entity, EntityTable<TKey, TEntity>.ReadAs.Copy(tracked.HasOriginal, tracked.Original)))
                {
                    throw Options.Errors.CreateConflict(Name, key, "the entity it read", "none: it was removed since");
                }

                written++;
            }
        }

        foreach (var tracked in _order)
        {
            if (tracked.State == State.Modified || (tracked.State == State.Unchanged && HasChanged(tracked)))
            {
                var key = KeyOf(tracked.Entity, null);
                if (!Table.TryUpdate(tracked.Entity, out var stored, EntityTable<TKey, TEntity>.ReadAs.Copy(tracked.HasOriginal, tracked.Original)))
                {
                    throw Options.Errors.CreateConflict(Name, key, "the entity it read", "none: it was removed since");
                }

                tracked.Saved = stored;
                written++;
            }
        }

        foreach (var tracked in _order)
        {
            if (tracked.State == State.Added)
            {
                if (_fixUps is not null && tracked.Entity is not null && _fixUps.TryGetValue(tracked.Entity, out var fixUps))
                {
                    // Its foreign key from the parent it was added with, stored above by now (its key numbered by the save).
                    foreach (var fixUp in fixUps)
                    {
                        fixUp.Apply();
                        fixUp.Applied = true;
                    }
                }

                tracked.KeyWasUnset = Table.KeyIsUnset(Table.Model.GetKey(tracked.Entity));
                StoreAdded(tracked.Entity, out var saved, null);
                tracked.Saved = saved;
                if (tracked.KeyWasUnset && _byKey.TryGetValue(Table.Model.GetKey(tracked.Saved), out var holder) && !ReferenceEquals(holder, tracked))
                {
                    // The key was generated again after a transaction's rollback took it back (as SQLite gives the
                    // largest rowid plus one again), while the entity saved with it is still tracked: EF Core's
                    // change tracker refuses the second instance, and the save fails.
                    throw new InvalidOperationException(
                        $"{Name}: the key {Table.Model.GetKey(tracked.Saved)} generated for an added entity belongs to another instance that is already being tracked " +
                        "(saved in a transaction that was rolled back, which gave the key back); EF Core's change tracker refuses it too. Nothing was saved.");
                }

                written++;
            }
        }

        return written;
    }

    void UnitOfWork.IEntitySession.FlushFailed()
    {
        if (_fixUps is not null)
        {
            foreach (var fixUps in _fixUps.Values)
            {
                foreach (var fixUp in fixUps)
                {
                    if (fixUp.Applied)
                    {
                        fixUp.Undo();
                        fixUp.Applied = false;
                    }
                }
            }
        }

        foreach (var tracked in _order)
        {
            if (tracked.KeyWasUnset && Table.Model.WithKey is { } withKey && !Table.KeyIsUnset(Table.Model.GetKey(tracked.Entity)))
            {
                withKey(tracked.Entity, default!);
            }

            tracked.KeyWasUnset = false;
            tracked.Saved = default;
            tracked.HasSaved = false;
        }
    }

    void UnitOfWork.IEntitySession.AcceptChanges()
    {
        foreach (var tracked in _order.ToArray())
        {
            if (tracked.State == State.Deleted)
            {
                Untrack(tracked);
                continue;
            }

            if (tracked.HasSaved && !ReferenceEquals(tracked.Saved, tracked.Entity))
            {
                // A record: the table stored a new instance (with its key or token); track that one.
                Replace(tracked, tracked.Saved!);
            }

            if (tracked.State == State.Added && !tracked.HasKey)
            {
                tracked.Key = Table.Model.GetKey(tracked.Entity);
                tracked.HasKey = true;
                _byKey[tracked.Key] = tracked;
            }

            tracked.State = State.Unchanged;
            tracked.KeyWasUnset = false;
            tracked.Saved = default;
            tracked.HasSaved = false;
            TakeOriginal(tracked);
        }

        _storedWithout = null;
        _fixUps = null;
        _principals = null;
    }

    void UnitOfWork.IEntitySession.Discard()
    {
        _storedWithout = null;
        _fixUps = null;
        _principals = null;
        _byKey.Clear();
        _byInstance?.Clear();
        _order.Clear();
    }

    /// <summary>
    /// Applies a change that writes nothing to the entity — a navigation loaded from another table, as EF Core's
    /// <c>Include</c> fills it — and, when this session tracks the entity unchanged, to the copy it keeps to tell changes,
    /// so the save neither counts nor writes it. An entity the session does not track is only changed.
    /// </summary>
    /// <typeparam name="TState">What the change is made from.</typeparam>
    /// <param name="entity">The entity a read returned.</param>
    /// <param name="state">What the change is made from.</param>
    /// <param name="load">The change; called once for the entity and once for its kept copy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="load"/> is null.</exception>
    public void Load<TState>(TEntity entity, TState state, Action<TEntity, TState> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        lock (_owner.Gate)
        {
            load(entity, state);
            if (_byInstance is not null && entity is not null && _byInstance.TryGetValue(entity, out var tracked) && tracked.HasOriginal)
            {
                load(tracked.Original!, state);
            }
        }
    }

    /// <summary>
    /// Marks an entity about to be added whose children go to their own tables (a navigation to another table of a
    /// repository of several entity types, TableNavigations.Carry): when the add is stored, <paramref name="detach"/>
    /// takes them out of the caller's instance for the copy the table keeps and the action it returns gives them back,
    /// so the stored row holds the navigation empty, as a database row holds no children. Forgotten by the next save or discard.
    /// </summary>
    internal void StoreWithout(TEntity entity, Func<TEntity, Action> detach)
    {
        if (entity is null)
        {
            return;
        }

        lock (_owner.Gate)
        {
            _storedWithout ??= new Dictionary<object, Func<TEntity, Action>>(ReferenceEqualityComparer.Instance);
            if (_storedWithout.TryGetValue(entity, out var earlier))
            {
                _storedWithout[entity] = e =>
                {
                    var first = earlier(e);
                    var second = detach(e);
                    return () =>
                    {
                        second();
                        first();
                    };
                };
            }
            else
            {
                _storedWithout[entity] = detach;
            }
        }
    }

    /// <summary>
    /// Marks a child added with a parent whose key the save may give (TableNavigations.AddCarried under deferred writes):
    /// when the save stores the child, <paramref name="apply"/> first sets its foreign key to the parent's key, which the
    /// save has given by then (the session of <paramref name="principal"/> is written first), as EF Core's
    /// <c>SaveChanges</c> fixes up a dependent's foreign key from its principal's IDENTITY value; a failed save runs
    /// <paramref name="undo"/>. Forgotten by the next save or discard.
    /// </summary>
    internal void FixUpAtSave(TEntity child, UnitOfWork.IEntitySession principal, Action apply, Action undo)
    {
        if (child is null)
        {
            return;
        }

        lock (_owner.Gate)
        {
            _fixUps ??= new Dictionary<object, List<KeyFixUp>>(ReferenceEqualityComparer.Instance);
            if (!_fixUps.TryGetValue(child, out var fixUps))
            {
                _fixUps[child] = fixUps = new List<KeyFixUp>(1);
            }

            fixUps.Add(new KeyFixUp(apply, undo));
            _principals ??= new List<UnitOfWork.IEntitySession>(1);
            if (!ReferenceEquals(principal, this) && !_principals.Contains(principal))
            {
                _principals.Add(principal);
            }
        }
    }

    /// <summary>
    /// The key <paramref name="entity"/> is stored under: during a save, that of what the table stored for it (a record's
    /// new instance carries a numbered key the caller's does not); else its own.
    /// </summary>
    internal TKey? StoredKey(TEntity entity)
    {
        lock (_owner.Gate)
        {
            if (_byInstance is not null && entity is not null && _byInstance.TryGetValue(entity, out var tracked) && tracked.HasSaved)
            {
                return Table.Model.GetKey(tracked.Saved!);
            }

            return Table.Model.GetKey(entity);
        }
    }

    /// <summary>Whether the session tracks this instance (read or added through it, and not removed).</summary>
    internal bool Tracks(TEntity entity)
    {
        lock (_owner.Gate)
        {
            return _byInstance is not null && entity is not null && _byInstance.TryGetValue(entity, out var tracked) && tracked.State != State.Deleted;
        }
    }

    /// <summary>Whether the session writes each change to the table at once (no save waits for it).</summary>
    internal bool StoresAtOnce
    {
        get
        {
            lock (_owner.Gate)
            {
                return WritesAtOnce();
            }
        }
    }

    private bool StoreAdded(TEntity entity, out TEntity added, string? entityParam)
    {
        if (_storedWithout is null || entity is null || !_storedWithout.TryGetValue(entity, out var detach))
        {
            return Table.TryAdd(entity, out added, entityParam);
        }

        var restore = detach(entity);
        try
        {
            return Table.TryAdd(entity, out added, entityParam);
        }
        finally
        {
            restore();
        }
    }

    /// <summary>As <see cref="StoreAdded"/> for a range written at once: each entity marked by <see cref="StoreWithout"/> is stored without its children.</summary>
    private bool StoreAddedRange(List<TEntity> items, out List<TEntity> added, string? entitiesParam)
    {
        if (_storedWithout is null)
        {
            return Table.TryAddRange(items, out added, entitiesParam);
        }

        var restores = new List<Action>();
        try
        {
            foreach (var item in items)
            {
                if (item is not null && _storedWithout.TryGetValue(item, out var detach))
                {
                    restores.Add(detach(item));
                }
            }

            return Table.TryAddRange(items, out added, entitiesParam);
        }
        finally
        {
            for (var i = restores.Count - 1; i >= 0; i--)
            {
                restores[i]();
            }
        }
    }

    // ---- Tracking ----

    private TEntity Attach(TEntity stored)
    {
        lock (_owner.Gate)
        {
            var key = Table.Model.GetKey(stored);
            return _byKey.TryGetValue(key, out var tracked) ? tracked.Entity : Track(stored, State.Unchanged, null).Entity;
        }
    }

    private List<TEntity> AttachAll(List<TEntity> stored)
    {
        lock (_owner.Gate)
        {
            for (var i = 0; i < stored.Count; i++)
            {
                stored[i] = Attach(stored[i]);
            }

            return stored;
        }
    }

    private Page<TEntity> AttachPage(Page<TEntity> page)
        => new(AttachAll(new List<TEntity>(page.Items)), page.TotalCount, page.Request);

    /// <summary>Tracks the written entity as saved: immediate writes keep what they wrote tracked, as EF Core does after SaveChanges.</summary>
    private void Remember(TEntity entity, State state, string? param)
    {
        var key = KeyOf(entity, param);
        if (_byKey.TryGetValue(key, out var tracked))
        {
            Untrack(tracked);
        }

        Track(entity, state, param);
    }

    private Tracked Track(TEntity entity, State state, string? param)
    {
        var tracked = new Tracked(entity) { State = state };
        var key = Table.Model.GetKey(entity);
        if (state == State.Added && Table.KeyIsUnset(key) && Table.TryGiveClientKey(entity))
        {
            // A GUID key is the client's: EF Core gives it when the entity is added, not at the save (an IDENTITY value).
            key = Table.Model.GetKey(entity);
        }

        if (state == State.Added && Table.KeyIsUnset(key))
        {
            tracked.HasKey = false;
        }
        else
        {
            key = KeyOf(entity, param);
            if (_byKey.TryGetValue(key, out var other) && !ReferenceEquals(other.Entity, entity))
            {
                throw new InvalidOperationException(
                    $"{Name}: another instance with the key {key} is already tracked by this unit of work (as EF Core's change tracker refuses it too). " +
                    "Change the instance the fake returned, or save and read it again.");
            }

            tracked.Key = key;
            tracked.HasKey = true;
            _byKey[key] = tracked;
        }

        if (_byInstance is not null)
        {
            _byInstance[entity!] = tracked;
        }

        _order.Add(tracked);
        if (state == State.Unchanged)
        {
            TakeOriginal(tracked);
        }

        return tracked;
    }

    /// <summary>The tracked entry of this instance, or of its key (another instance with the key is refused).</summary>
    private Tracked? Lookup(TEntity entity, string? param)
    {
        if (_byInstance is not null && _byInstance.TryGetValue(entity!, out var mine))
        {
            return mine;
        }

        var key = Table.Model.GetKey(entity);
        if (key is null || Table.KeyIsUnset(key))
        {
            return null;
        }

        if (_byKey.TryGetValue(key, out var tracked))
        {
            if (_byInstance is not null && !ReferenceEquals(tracked.Entity, entity))
            {
                throw new InvalidOperationException(
                    $"{Name}: another instance with the key {key} is already tracked by this unit of work (as EF Core's change tracker refuses it too). " +
                    "Change the instance the fake returned, or save and read it again.");
            }

            return tracked;
        }

        _ = param;
        return null;
    }

    private void MarkModified(TEntity entity, string? param)
    {
        if (Lookup(entity, param) is { } tracked)
        {
            if (tracked.State is State.Unchanged or State.Deleted)
            {
                tracked.State = State.Modified;
            }

            return;
        }

        var key = Table.Model.GetKey(entity);
        Track(entity, key is not null && Table.KeyIsUnset(key) ? State.Added : State.Modified, param);
    }

    private bool MarkDeleted(Tracked tracked)
    {
        switch (tracked.State)
        {
            case State.Deleted:
                return false;
            case State.Added:
                Untrack(tracked);
                return true;
            default:
                tracked.State = State.Deleted;
                return true;
        }
    }

    private int RemoveAll(List<TEntity> stored)
    {
        lock (_owner.Gate)
        {
            var removed = 0;
            var atOnce = WritesAtOnce();
            if (atOnce && Table.Model.ParentKey is not null)
            {
                // A tree's rows are removed as one all-or-nothing step, so its removal check judges them together (a
                // parent and its children) and a refusal leaves both the table and what is tracked as they were.
                var keys = stored.ConvertAll(entity => Table.Model.GetKey(entity));
                removed = Table.AllOrNothing(() =>
                {
                    var count = 0;
                    foreach (var key in keys)
                    {
                        count += Table.Remove(key) ? 1 : 0;
                    }

                    return count;
                });
                foreach (var key in keys)
                {
                    Forget(key);
                }

                return removed;
            }

            foreach (var entity in stored)
            {
                var key = Table.Model.GetKey(entity);
                if (atOnce)
                {
                    Forget(key);
                    removed += Table.Remove(key) ? 1 : 0;
                }
                else
                {
                    removed += (_byKey.TryGetValue(key, out var tracked) ? MarkDeleted(tracked) : MarkDeleted(Track(entity, State.Unchanged, null))) ? 1 : 0;
                }
            }

            return removed;
        }
    }

    /// <summary>Whether the key is tracked (not removed) or stored.</summary>
    private bool Exists(TEntity entity, string? param)
    {
        if (Lookup(entity, param) is { } tracked)
        {
            return tracked.State != State.Deleted;
        }

        var key = Table.Model.GetKey(entity);
        return key is not null && !Table.KeyIsUnset(key) && Table.ContainsKey(key, param);
    }

    private void Forget(TKey key)
    {
        if (key is not null && _byKey.TryGetValue(key, out var tracked))
        {
            Untrack(tracked);
        }
    }

    private void Untrack(Tracked tracked)
    {
        if (tracked.HasKey)
        {
            _byKey.Remove(tracked.Key!);
        }

        _byInstance?.Remove(tracked.Entity!);
        _order.Remove(tracked);
    }

    private void Replace(Tracked tracked, TEntity entity)
    {
        _byInstance?.Remove(tracked.Entity!);
        tracked.Entity = entity;
        if (_byInstance is not null)
        {
            _byInstance[entity!] = tracked;
        }
    }

    /// <summary>Keeps a copy of the entity as it is now, to tell at save time whether it changed.</summary>
    private void TakeOriginal(Tracked tracked)
    {
        if (Table.Copier.Copies)
        {
            tracked.Original = Table.Copier.Copy(tracked.Entity);
            tracked.HasOriginal = true;
        }
    }

    /// <summary>
    /// Whether an unchanged-state entity was changed in place since it was read: compared with its original through the
    /// model's <see cref="EntityModel{TKey, TEntity}.SameState"/>. Without one the entity counts as changed (it is written
    /// back: its state is right, the count and its concurrency token may move when nothing changed); immutable entities and
    /// tables that store by reference never count.
    /// </summary>
    private bool HasChanged(Tracked tracked)
    {
        if (!tracked.HasOriginal)
        {
            return false;
        }

        return Table.Model.SameState is not { } same || !same(tracked.Original!, tracked.Entity);
    }

    private TKey KeyOf(TEntity entity, string? param)
    {
        var key = Table.Model.GetKey(entity);
        if (key is null)
        {
            throw new ArgumentNullException(param ?? "entity", $"{Name}: the entity's key ({Table.Model.KeyName}) is null.");
        }

        return key;
    }

    private void KeyNotNull(TKey key, string? param)
    {
        if (key is null)
        {
            throw new ArgumentNullException(param ?? "key", $"{Name}: the key is null.");
        }
    }

    private void NotNull(TEntity entity, string? param)
    {
        if (entity is null)
        {
            throw new ArgumentNullException(param ?? "entity", $"{Name}: the entity is null.");
        }

        if (!_generatesKeys && Table.Model.GetKey(entity) is null)
        {
            throw new ArgumentNullException(param ?? "entity", $"{Name}: the entity's key ({Table.Model.KeyName}) is null.");
        }
    }

    private List<TEntity> Items(IEnumerable<TEntity> entities, string? param)
    {
        ArgumentNullException.ThrowIfNull(entities, param);
        var items = new List<TEntity>(entities);
        foreach (var item in items)
        {
            NotNull(item, param);
        }

        return items;
    }

    /// <summary>A child's foreign key set at the save from its parent's key (<see cref="FixUpAtSave"/>).</summary>
    private sealed class KeyFixUp(Action apply, Action undo)
    {
        public Action Apply { get; } = apply;

        public Action Undo { get; } = undo;

        /// <summary>Set when a save applied it, so a failed save undoes it.</summary>
        public bool Applied { get; set; }
    }

    private sealed class Tracked
    {
        private TEntity? _saved;

        public Tracked(TEntity entity)
        {
            Entity = entity;
        }

        public TEntity Entity { get; set; }

        public State State { get; set; }

        public TKey? Key { get; set; }

        public bool HasKey { get; set; }

        public TEntity? Original { get; set; }

        public bool HasOriginal { get; set; }

        /// <summary>What the table stored during a flush (a new instance for records).</summary>
        public TEntity? Saved
        {
            get => _saved;
            set
            {
                _saved = value;
                HasSaved = true;
            }
        }

        public bool HasSaved { get; set; }

        /// <summary>Set during a flush when the table generated the entity's key, so a failed save can take it back.</summary>
        public bool KeyWasUnset { get; set; }
    }
}
