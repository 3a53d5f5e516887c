using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace InMemoryFakes.Support;

public sealed partial class EntityTable<TKey, TEntity>
{
    /// <summary>
    /// Changes the stored entity with this key, atomically: a copy of it goes through <paramref name="change"/> and the
    /// result replaces it (checking and bumping its concurrency token, and every unique constraint, as Update does).
    /// Generated members that set one field (<c>UpdateStatus(id, status)</c>) call it.
    /// </summary>
    /// <typeparam name="TState">What the change needs (the new value), so the change can be a static lambda.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="state">The change's state.</param>
    /// <param name="change">Changes a copy of the stored entity, or returns a new one (records).</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The stored entity.</returns>
    /// <exception cref="NotFoundException">No entity has the key (or the fake's mapped not-found type); nothing changed.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TEntity UpdateWith<TState>(TKey key, TState state, Func<TEntity, TState, TEntity> change, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Atomically(() => Update(change(Get(key, keyParam), state)));
    }

    /// <summary>
    /// The entity an update by key (<c>UpdateAsync(int id, Product product)</c>) writes: <paramref name="entity"/> with
    /// <paramref name="key"/> written into it when its store-generated key is unset (a product mapped from a request body,
    /// whose <c>Id</c> is still 0: the key given says which row it updates, as the real store's <c>Find(id)</c> and copy of the
    /// values do), else <paramref name="entity"/> as given. Generated members call it before checking that the entity's key
    /// is the key given.
    /// </summary>
    /// <param name="key">The key the member was given.</param>
    /// <param name="entity">The entity carrying the new values.</param>
    /// <returns><paramref name="entity"/>, its unset generated key set to <paramref name="key"/> (a record: a copy with it).</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TEntity KeyedBy(TKey key, TEntity entity)
        => entity is not null && Model.WithKey is { } withKey && KeyIsUnset(Model.GetKey(entity)) && !KeyIsUnset(key)
            ? withKey(entity, key)
            : entity;

    /// <summary>
    /// Refuses an add-or-get (<c>GetOrCreateAsync(subscriber)</c>, <c>AddOrGet(order)</c>) of an entity whose store-generated
    /// key is unset (0, <see cref="Guid.Empty"/>, null): no stored entity can have that key, so the add-or-get by key would
    /// always add, where the real store looks the entity up by something else. Generated members call it first.
    /// </summary>
    /// <param name="entity">The entity given to the add-or-get.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    /// <exception cref="ArgumentException">Its store-generated key is unset; the store is unchanged.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void RequireSetKey(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        var key = Model.GetKey(entity);
        if (KeyIsUnset(key))
        {
            throw UnsetGeneratedKey.OnAddOrGet(Name, Model.KeyName, key, entityParam);
        }
    }

    /// <summary>
    /// Changes every live entity that matches, as one all-or-nothing step (EF Core's <c>ExecuteUpdate</c> over a
    /// <c>Where</c>; generated bulk flag writes such as <c>MarkAllAsRead(userId)</c> call it): a copy of each match goes
    /// through <paramref name="change"/> and the result replaces it exactly as <see cref="Update"/> does (its concurrency
    /// token bumped, its unique values checked, the <c>Updated</c> audit stamp written). A failure part-way (a unique value
    /// taken) leaves every entity, event and index as if it never ran.
    /// </summary>
    /// <typeparam name="TState">The predicate's state (usually the query's arguments).</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="change">Changes a copy of a matching entity, or returns a new one (records).</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <returns>How many entities matched, each of them written (as <c>ExecuteUpdate</c> counts, one already holding the
    /// new value counts too).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="DuplicateKeyException">A changed entity takes a unique value of another; nothing was changed.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int QueryUpdate<TState>(TState state, Func<TEntity, TState, bool>? predicate, Func<TEntity, TEntity> change, IndexProbe probe = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return UpdateMatches(state, predicate, change, probe).Count;
    }

    /// <summary>Changes every live entity that <paramref name="predicate"/> accepts, as one all-or-nothing step; see <see cref="QueryUpdate{TState}"/>.</summary>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="change">Changes a copy of a matching entity, or returns a new one (records).</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <returns>How many entities matched, each of them written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="DuplicateKeyException">A changed entity takes a unique value of another; nothing was changed.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int QueryUpdate(Func<TEntity, bool>? predicate, Func<TEntity, TEntity> change, IndexProbe probe = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return UpdateMatches(predicate, Adapt(predicate), change, probe).Count;
    }

    /// <summary>
    /// Changes the stored entities with these keys, as one all-or-nothing step (a generated bulk flag write by keys,
    /// <c>MarkAsRead(IEnumerable&lt;Guid&gt; ids)</c>): each through <paramref name="change"/>, stored as <see cref="Update"/>
    /// stores it. A key given twice changes its entity once.
    /// </summary>
    /// <param name="keys">The keys.</param>
    /// <param name="change">Changes a copy of each stored entity, or returns a new one (records).</param>
    /// <param name="missingThrows">A key that is not stored is the not-found error (nothing changed), as the write of one
    /// key that returns nothing; <see langword="false"/> skips it.</param>
    /// <param name="keysParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>How many entities were changed.</returns>
    /// <exception cref="ArgumentNullException">The sequence or a key is null, or <paramref name="change"/> is; nothing was changed.</exception>
    /// <exception cref="NotFoundException">A key is not stored and <paramref name="missingThrows"/> is set (or the fake's mapped not-found type); nothing was changed.</exception>
    /// <exception cref="DuplicateKeyException">A changed entity takes a unique value of another; nothing was changed.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int UpdateRangeWith(IEnumerable<TKey> keys, Func<TEntity, TEntity> change, bool missingThrows = true, [CallerArgumentExpression(nameof(keys))] string? keysParam = null)
        => UpdateKeys(keys, change, missingThrows, keysParam).Count;

    /// <summary>The entities <see cref="QueryUpdate{TState}"/> wrote, as stored (a unit of work tracks them afterwards).</summary>
    internal List<TEntity> UpdateMatches<TState>(TState state, Func<TEntity, TState, bool>? predicate, Func<TEntity, TEntity> change, IndexProbe probe)
        => AllOrNothing(() =>
        {
            // The matches and their writes are one step under the lock: no write can come between them.
            var matches = Select(state, predicate, probe, null, distinct: false, int.MaxValue, null, needTotal: false, out _);
            var written = new List<TEntity>(matches.Count);
            foreach (var stored in matches)
            {
                written.Add(UpdateLocked(change(Copier.Copy(stored)), null, missingThrows: true, ReadAs.Stored).Candidate);
            }

            return written;
        });

    /// <summary>The entities <see cref="UpdateRangeWith"/> wrote, as stored.</summary>
    internal List<TEntity> UpdateKeys(IEnumerable<TKey> keys, Func<TEntity, TEntity> change, bool missingThrows, string? keysParam)
    {
        ArgumentNullException.ThrowIfNull(keys, keysParam);
        ArgumentNullException.ThrowIfNull(change);
        var distinct = new List<TKey>();
        var seen = new HashSet<TKey>(Comparer);
        foreach (var key in keys)
        {
            if (key is null)
            {
                throw new ArgumentNullException(keysParam ?? "keys", $"{Name}: a key in the range is null.");
            }

            if (seen.Add(key))
            {
                distinct.Add(key);
            }
        }

        return AllOrNothing(() =>
        {
            var written = new List<TEntity>(distinct.Count);
            foreach (var key in distinct)
            {
                if (!missingThrows && !ContainsKey(key, keysParam))
                {
                    continue;
                }

                written.Add(UpdateLocked(change(Get(key, keysParam)), keysParam, missingThrows: true, ReadAs.Stored).Candidate);
            }

            return written;
        });
    }

    /// <summary>
    /// Writes the listed properties of <paramref name="entity"/> onto the stored entity with its key, atomically, leaving its
    /// other properties as stored (Sonarr's <c>BasicRepository.SetFields(model, x =&gt; x.Status)</c>: an <c>UPDATE</c> of those
    /// columns by the model's id). The result is checked and stored as <see cref="Update"/> does (concurrency token, unique values).
    /// </summary>
    /// <param name="entity">The entity carrying the new values and the key.</param>
    /// <param name="names">The property names to write (<see cref="FieldSelectors.Names{TEntity}"/>).</param>
    /// <param name="assign">Writes the named property of the source (second) onto the target (first): generated per entity type.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    /// <exception cref="ArgumentException">The entity's store-generated key is unset; the store is unchanged.</exception>
    /// <exception cref="NotFoundException">No entity has the key (or the fake's mapped not-found type); the store is unchanged.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void SetFields(TEntity entity, IReadOnlyList<string> names, Action<TEntity, TEntity, string> assign, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(assign);
        Atomically(() => SetFieldsLocked(entity, names, assign, entityParam));
    }

    /// <summary>
    /// Writes the listed properties of each entity onto the stored entity with its key, as one all-or-nothing step: a missing
    /// key or an unset one anywhere leaves every entity as stored. See <see cref="SetFields(TEntity, IReadOnlyList{string}, Action{TEntity, TEntity, string}, string?)"/>.
    /// </summary>
    /// <param name="entities">The entities carrying the new values and their keys.</param>
    /// <param name="names">The property names to write.</param>
    /// <param name="assign">Writes the named property of the source (second) onto the target (first).</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <exception cref="ArgumentNullException">The sequence or an element is null; nothing was changed.</exception>
    /// <exception cref="ArgumentException">An entity's store-generated key is unset; nothing was changed.</exception>
    /// <exception cref="NotFoundException">An entity's key is not stored; nothing was changed.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void SetFields(IEnumerable<TEntity> entities, IReadOnlyList<string> names, Action<TEntity, TEntity, string> assign, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        ArgumentNullException.ThrowIfNull(entities, entitiesParam);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(assign);
        var items = new List<TEntity>(entities);
        foreach (var item in items)
        {
            NotNull(item, entitiesParam);
        }

        AllOrNothing(() =>
        {
            foreach (var item in items)
            {
                SetFieldsLocked(item, names, assign, entitiesParam);
            }

            return true;
        });
    }

    private bool SetFieldsLocked(TEntity entity, IReadOnlyList<string> names, Action<TEntity, TEntity, string> assign, string? entityParam)
    {
        var key = KeyOf(entity, entityParam);
        if (KeyIsUnset(key))
        {
            throw UnsetGeneratedKey.OnUpdate(Name, Model.KeyName, key, entityParam);
        }

        var stored = Get(key, entityParam);
        foreach (var name in names)
        {
            assign(stored, entity, name);
        }

        UpdateLocked(stored, entityParam, missingThrows: true, ReadAs.Stored);
        return true;
    }
}
