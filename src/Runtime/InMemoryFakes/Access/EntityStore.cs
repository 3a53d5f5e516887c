using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes;

/// <summary>
/// The fake's entity table, for members you write yourself in the fake's partial class: the generated half declares a
/// private <c>Store</c> property of this type. Every operation behaves as the generated members' do (copies, unique
/// constraints, concurrency tokens, generated keys, the not-found and duplicate errors and your mapped exception types).
/// </summary>
/// <example>
/// A member no convention covers, in one line that also joins the call log and fault injection:
/// <code>
/// public partial class InMemoryOrderRepository
/// {
///     public IReadOnlyList&lt;Order&gt; GetOverdue(DateTime now) => Store.Call(nameof(GetOverdue), now).Where(o => o.DueAt &lt; now);
/// }
/// </code>
/// </example>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TEntity">The entity type.</typeparam>
public sealed class EntityStore<TKey, TEntity>
    where TKey : notnull
{
    private readonly FakeCore _core;
    private readonly EntityTable<TKey, TEntity> _table;

    /// <summary>Wraps a fake's table; generated code creates it.</summary>
    /// <param name="core">The fake's state.</param>
    /// <param name="table">The fake's entity table.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public EntityStore(FakeCore core, EntityTable<TKey, TEntity> table)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(table);
        _core = core;
        _table = table;
    }

    /// <summary>The number of entities.</summary>
    public int Count => _table.Count;

    /// <summary>
    /// Records the call in the call log and applies injected faults, exactly as a generated member does, then returns
    /// this store: <c>Store.Call(nameof(MyMember), arg1, arg2).Find(key)</c>.
    /// </summary>
    /// <param name="member">The member's name (use <c>nameof</c>): what the call log records and faults match.</param>
    /// <param name="arguments">The member's arguments, for the call log.</param>
    /// <returns>This store.</returns>
    /// <exception cref="Exception">The fault injected for <paramref name="member"/>.</exception>
    public EntityStore<TKey, TEntity> Call(string member, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        if (_core.IsIntercepting)
        {
            _core.Intercept(member, arguments);
        }

        return this;
    }

    /// <summary>The asynchronous <see cref="Call"/>: an injected delay is awaited, and an already-cancelled token throws.</summary>
    /// <param name="member">The member's name (use <c>nameof</c>).</param>
    /// <param name="cancellationToken">The member's token.</param>
    /// <param name="arguments">The member's arguments, for the call log.</param>
    /// <returns>This store, once any injected delay has passed.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> is cancelled.</exception>
    public async ValueTask<EntityStore<TKey, TEntity>> CallAsync(string member, CancellationToken cancellationToken, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        cancellationToken.ThrowIfCancellationRequested();
        if (_core.IsIntercepting)
        {
            await _core.InterceptAsync(member, cancellationToken, arguments).ConfigureAwait(false);
        }

        return this;
    }

    /// <summary>The entity with this key (a copy), or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entity, or null when missing.</returns>
    public TEntity? Find(TKey key) => _table.Find(key);

    /// <summary>The entity with this key (a copy).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="NotFoundException">No entity has the key (or the fake's mapped not-found type).</exception>
    public TEntity Get(TKey key) => _table.Get(key);

    /// <summary>Whether an entity has this key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it exists.</returns>
    public bool Exists(TKey key) => _table.ContainsKey(key);

    /// <summary>Adds an entity; a default int, long or Guid key gets the next generated value.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The stored entity (a copy, with its key).</returns>
    /// <exception cref="DuplicateKeyException">The key or a unique value is taken.</exception>
    public TEntity Add(TEntity entity) => _table.Add(entity);

    /// <summary>Adds an entity unless its key or a unique value is taken (<see cref="EntityTable{TKey, TEntity}.AddIfAbsent"/>).</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>False when the key or a unique value is taken, or the Reject quota policy dropped it (nothing changed).</returns>
    public bool TryAdd(TEntity entity) => _table.AddIfAbsent(entity, out _);

    /// <summary>Replaces the entity with the same key; checks and bumps its concurrency token.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The stored entity.</returns>
    /// <exception cref="NotFoundException">No entity has the key.</exception>
    /// <exception cref="ConcurrencyConflictException">The concurrency token does not match the stored one.</exception>
    public TEntity Update(TEntity entity) => _table.Update(entity);

    /// <summary>Changes the stored entity with this key in place, atomically: for members that set one field (<c>UpdateStatus(id, status)</c>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="change">Changes a copy of the entity (or returns a new one, for records).</param>
    /// <returns>The stored entity.</returns>
    /// <exception cref="NotFoundException">No entity has the key.</exception>
    public TEntity Update(TKey key, Func<TEntity, TEntity> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _table.Atomically(() => _table.Update(change(_table.Get(key))));
    }

    /// <summary>
    /// Changes every entity that matches, as one all-or-nothing step (<see cref="EntityTable{TKey, TEntity}.QueryUpdate(Func{TEntity, bool}?, Func{TEntity, TEntity}, IndexProbe)"/>):
    /// for a bulk write the generator refuses, <c>Store.UpdateWhere(n =&gt; n.UserId == userId, n =&gt; { n.IsRead = true; n.ReadAt = now; return n; })</c>.
    /// </summary>
    /// <param name="predicate">The condition.</param>
    /// <param name="change">Changes a copy of each match (or returns a new one, for records); each is stored as <see cref="Update(TEntity)"/> stores it.</param>
    /// <returns>How many matched.</returns>
    public int UpdateWhere(Func<TEntity, bool> predicate, Func<TEntity, TEntity> change)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return _table.QueryUpdate(predicate, change);
    }

    /// <summary>Adds or replaces the entity.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The stored entity.</returns>
    public TEntity Upsert(TEntity entity)
    {
        _table.Upsert(entity, out var saved);
        return saved;
    }

    /// <summary>Removes the entity with this key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it existed.</returns>
    public bool Remove(TKey key) => _table.Model.ParentKey is null ? _table.Remove(key) : _table.Unchecked(() => _table.Remove(key));

    /// <summary>Removes every entity that matches.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>How many were removed.</returns>
    public int RemoveWhere(Func<TEntity, bool> predicate) => _table.Model.ParentKey is null ? _table.RemoveWhere(predicate) : _table.Unchecked(() => _table.RemoveWhere(predicate));

    /// <summary>Every entity (copies), in insertion order.</summary>
    /// <returns>The entities.</returns>
    public IReadOnlyList<TEntity> All() => _table.Values();

    /// <summary>The entities that match (copies), in insertion order.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>The matches.</returns>
    public IReadOnlyList<TEntity> Where(Func<TEntity, bool> predicate) => _table.Query(predicate);

    /// <summary>The first entity that matches (a copy), or null.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>The match, or null.</returns>
    public TEntity? FirstOrDefault(Func<TEntity, bool> predicate) => _table.TryQueryFirst(predicate, out var found) ? found : default;

    /// <summary>Runs a LINQ query over a consistent snapshot of the table (no write lands halfway through it).</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="query">The query over copies of every entity, in insertion order.</param>
    /// <returns>The query's result.</returns>
    public TResult Query<TResult>(Func<IEnumerable<TEntity>, TResult> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = _table.Atomically(() => _table.Values());
        return query(snapshot);
    }

    /// <summary>Runs several operations atomically: no other write interleaves (keep it short; never block or await in it).</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="action">The operations.</param>
    /// <returns>The action's result.</returns>
    public TResult Atomically<TResult>(Func<EntityStore<TKey, TEntity>, TResult> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return _table.Atomically(() => action(this));
    }

    /// <summary>The keys, in insertion order.</summary>
    /// <returns>The keys.</returns>
    public IReadOnlyList<TKey> Keys() => _table.Keys();

    /// <inheritdoc/>
    public override string ToString() => _table.Name + " (" + Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " entities)";
}
