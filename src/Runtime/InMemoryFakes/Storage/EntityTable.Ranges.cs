using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace InMemoryFakes.Support;

/// <summary>
/// Range operations and update-if-present, each one all-or-nothing step: the single-entity operation per item inside
/// <see cref="FakeTable{TKey, TValue}.AllOrNothing{TResult}(Func{TResult})"/>, so the rules are exactly those of the single
/// operations (keys, tokens, unique values, quota and eviction, in order), and a range that fails part-way leaves the
/// table, its recency order, its events and its key sequence as if it never ran.
/// </summary>
/// <remarks>
/// Under <see cref="QuotaPolicy.Reject"/> a range whose items do not all fit is dropped whole: nothing is stored, and the
/// range returns an empty list (or <see langword="false"/> from the <c>Try</c> forms).
/// </remarks>
public sealed partial class EntityTable<TKey, TEntity>
{
    /// <summary>Adds several entities as one all-or-nothing step; see <see cref="AddRange"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="added">The entities as stored (with generated keys); empty when refused.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> when the <see cref="QuotaPolicy.Reject"/> policy refused the range: nothing was stored.</returns>
    /// <exception cref="ArgumentNullException">The sequence or an element is null.</exception>
    /// <exception cref="DuplicateKeyException">A key or unique value is taken, or repeated within the range; nothing was stored.</exception>
    /// <exception cref="QuotaExceededException">The range does not fit and the policy is <see cref="QuotaPolicy.Throw"/>; nothing was stored.</exception>
    public bool TryAddRange(IEnumerable<TEntity> entities, out List<TEntity> added, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
        => Range(Items(entities, entitiesParam), generatesKeys: true, item =>
        {
            var stored = TryAdd(item, out var result, entitiesParam);
            return (result, stored);
        }, out added, replacesKeys: Model.ReplacePresetKeys);

    /// <summary>Replaces several existing entities as one all-or-nothing step (each checked and bumped as <see cref="Update"/> does).</summary>
    /// <param name="entities">The entities with their changes.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The entities as stored (with their new concurrency tokens); empty when the <see cref="QuotaPolicy.Reject"/> policy refused the range.</returns>
    /// <exception cref="ArgumentNullException">The sequence or an element is null.</exception>
    /// <exception cref="NotFoundException">An entity's key is missing (or the mapped type); nothing was changed.</exception>
    /// <exception cref="ConcurrencyConflictException">A token differs from the stored one (also when the range updates one entity twice with the same token); nothing was changed.</exception>
    /// <exception cref="DuplicateKeyException">A unique value is taken; nothing was changed.</exception>
    public List<TEntity> UpdateRange(IEnumerable<TEntity> entities, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        Range(Items(entities, entitiesParam), generatesKeys: false, item =>
        {
            var (candidate, outcome) = UpdateLocked(item, entitiesParam, missingThrows: true);
            return (candidate, outcome != WriteOutcome.Rejected);
        }, out var updated);
        return updated;
    }

    /// <summary>
    /// Replaces those of several entities whose keys are stored, and skips the others, as one all-or-nothing step (each
    /// replaced one checked and bumped as <see cref="Update"/> does): the bulk update of the bulk-copy libraries, an
    /// <c>UPDATE … JOIN</c> on the key that changes the rows it finds and nothing else.
    /// </summary>
    /// <param name="entities">The entities with their changes.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The entities as stored, of those whose keys were stored, in the order given; empty when none was, or when the
    /// <see cref="QuotaPolicy.Reject"/> policy refused the range (nothing was changed then).</returns>
    /// <exception cref="ArgumentNullException">The sequence or an element is null; nothing was changed.</exception>
    /// <exception cref="ConcurrencyConflictException">A stored entity's token differs from the given one; nothing was changed.</exception>
    /// <exception cref="DuplicateKeyException">A unique value is taken; nothing was changed.</exception>
    /// <exception cref="ArgumentException">An entity's store-generated key is unset (see <see cref="TryUpdate(TEntity, string?)"/>); nothing was changed.</exception>
    public List<TEntity> UpdateExistingRange(IEnumerable<TEntity> entities, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        var updated = new List<TEntity>();
        var done = Range(Items(entities, entitiesParam), generatesKeys: false, item =>
        {
            var (candidate, outcome) = UpdateLocked(item, entitiesParam, missingThrows: false);
            if (outcome == WriteOutcome.Replaced)
            {
                updated.Add(candidate);
            }

            return (candidate, outcome != WriteOutcome.Rejected);
        }, out _);
        return done ? updated : new List<TEntity>();
    }

    /// <summary>Adds or replaces several entities as one all-or-nothing step (each as <see cref="Upsert(TEntity, out TEntity, string?)"/> does).</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The entities as stored; empty when the <see cref="QuotaPolicy.Reject"/> policy refused the range.</returns>
    /// <exception cref="ArgumentNullException">The sequence or an element is null.</exception>
    /// <exception cref="ConcurrencyConflictException">A token differs from the stored one; nothing was changed.</exception>
    /// <exception cref="DuplicateKeyException">A unique value is taken; nothing was changed.</exception>
    /// <exception cref="QuotaExceededException">The range does not fit and the policy is <see cref="QuotaPolicy.Throw"/>; nothing was changed.</exception>
    public List<TEntity> UpsertRange(IEnumerable<TEntity> entities, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        Range(Items(entities, entitiesParam), generatesKeys: true, item =>
        {
            var outcome = Upsert(item, out var saved, entitiesParam);
            return (saved, outcome != WriteOutcome.Rejected);
        }, out var saved);
        return saved;
    }

    /// <summary>Removes the entities with these keys as one step; keys with no entity are skipped.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="keysParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>How many entities were removed.</returns>
    /// <exception cref="ArgumentNullException">The sequence or a key is null; nothing was removed.</exception>
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

        return AllOrNothing(() =>
        {
            var removed = 0;
            foreach (var key in items)
            {
                if (Remove(key, keysParam))
                {
                    removed++;
                }
            }

            return removed;
        });
    }

    /// <summary>Removes these entities (checking each one's concurrency token) as one all-or-nothing step; entities not stored are skipped.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="entitiesParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>How many entities were removed.</returns>
    /// <exception cref="ArgumentNullException">The sequence or an element is null; nothing was removed.</exception>
    /// <exception cref="ConcurrencyConflictException">A token differs from the stored one; nothing was removed.</exception>
    public int RemoveEntities(IEnumerable<TEntity> entities, [CallerArgumentExpression(nameof(entities))] string? entitiesParam = null)
    {
        var items = Items(entities, entitiesParam);
        return AllOrNothing(() =>
        {
            var removed = 0;
            foreach (var item in items)
            {
                if (RemoveEntity(item, entitiesParam))
                {
                    removed++;
                }
            }

            return removed;
        });
    }

    /// <summary>Replaces the entity if one with its key exists (checking and bumping its concurrency token), atomically.</summary>
    /// <param name="entity">The entity with its changes.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> when no entity has the key, or the <see cref="QuotaPolicy.Reject"/> policy dropped the write; the store is unchanged then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> or its key is null.</exception>
    /// <exception cref="ConcurrencyConflictException">The token differs from the stored one; the store is unchanged.</exception>
    /// <exception cref="DuplicateKeyException">A unique value is taken by another entity; the store is unchanged.</exception>
    /// <exception cref="ArgumentException">The entity's store-generated key is unset (0, <see cref="Guid.Empty"/>, null): an EF Core
    /// store would insert it, a SQL one change nothing, so the fake refuses; the store is unchanged.</exception>
    public bool TryUpdate(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
        => TryUpdate(entity, out _, entityParam);

    /// <summary>Replaces the entity if one with its key exists; see <see cref="TryUpdate(TEntity, string?)"/>.</summary>
    /// <param name="entity">The entity with its changes.</param>
    /// <param name="updated">The entity as stored (with its new concurrency token), when updated.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> when no entity has the key, or the <see cref="QuotaPolicy.Reject"/> policy dropped the write.</returns>
    public bool TryUpdate(TEntity entity, out TEntity updated, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
        => TryUpdate(entity, out updated, ReadAs.Itself, entityParam);

    /// <summary>
    /// <see cref="TryUpdate(TEntity, out TEntity, string?)"/> for a unit of work's save, which passes the copy its tracked entity
    /// was read as: a <see cref="ConcurrencyToken{TEntity}.ComparedOnly"/> token is compared with that copy's value.
    /// </summary>
    internal bool TryUpdate(TEntity entity, out TEntity updated, ReadAs readAs, string? entityParam = null)
    {
        NotNull(entity, entityParam);
        var (candidate, outcome) = Atomically(() => UpdateLocked(entity, entityParam, missingThrows: false, readAs));
        updated = candidate;
        return outcome is WriteOutcome.Replaced;
    }

    /// <summary>
    /// Replaces the entity if one with its key exists and its concurrency token is the stored one (bumping it), atomically:
    /// the update of a store that reports failures in its result instead of throwing. ASP.NET Core Identity's EF Core stores
    /// catch the concurrency error and return <c>IdentityResult.Failed(ConcurrencyFailure)</c> for a stale
    /// <c>ConcurrencyStamp</c>, as they return a failed result for a missing row.
    /// </summary>
    /// <param name="entity">The entity with its changes.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> when no entity has the key, its token differs from the stored one, or the
    /// <see cref="QuotaPolicy.Reject"/> policy dropped the write; the store and the entity are unchanged then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> or its key is null.</exception>
    /// <exception cref="DuplicateKeyException">A unique value is taken by another entity; the store is unchanged.</exception>
    public bool TryUpdateCurrent(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
        => TryUpdateCurrent(entity, out _, entityParam);

    /// <summary>Replaces the entity if it is stored with its token; see <see cref="TryUpdateCurrent(TEntity, string?)"/>.</summary>
    /// <param name="entity">The entity with its changes.</param>
    /// <param name="updated">The entity as stored (with its new concurrency token), when updated.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="false"/> when missing, stale or rejected.</returns>
    public bool TryUpdateCurrent(TEntity entity, out TEntity updated, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        var (candidate, outcome) = Atomically(() => IsStoredAndCurrent(entity, entityParam)
            ? UpdateLocked(entity, entityParam, missingThrows: false)
            : (entity, WriteOutcome.Missing));
        updated = candidate;
        return outcome is WriteOutcome.Replaced;
    }

    /// <summary>
    /// Removes the entity with the entity's key when its concurrency token is the stored one: the delete of a store that
    /// reports failures in its result (see <see cref="TryUpdateCurrent(TEntity, string?)"/>).
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="entityParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when removed; <see langword="false"/> when missing or stale (nothing removed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> or its key is null.</exception>
    public bool TryRemoveCurrent(TEntity entity, [CallerArgumentExpression(nameof(entity))] string? entityParam = null)
    {
        NotNull(entity, entityParam);
        return Atomically(() => IsStoredAndCurrent(entity, entityParam) && Remove(KeyOf(entity, entityParam)));
    }

    /// <summary>Under the lock: whether an entity with the entity's key is stored with the same concurrency token (any, without one).</summary>
    private bool IsStoredAndCurrent(TEntity entity, string? entityParam)
    {
        if (!TryPeek(KeyOf(entity, entityParam), out var stored))
        {
            return false;
        }

        return TokensMatch(entity, stored);
    }

    private List<TEntity> Items(IEnumerable<TEntity> entities, string? entitiesParam)
    {
        ArgumentNullException.ThrowIfNull(entities, entitiesParam);
        var items = new List<TEntity>(entities);
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(entitiesParam ?? "entities", $"{Name}: an entity in the range is null.");
            }
        }

        return items;
    }

    /// <summary>
    /// Runs <paramref name="step"/> for every item inside one all-or-nothing section. A step that throws, or that the
    /// Reject policy drops, undoes the whole range; generated keys given to the caller's entities are taken back.
    /// </summary>
    private bool Range(List<TEntity> items, bool generatesKeys, Func<TEntity, (TEntity Result, bool Stored)> step, out List<TEntity> results, bool replacesKeys = false)
    {
        var keyed = generatesKeys && _keys is not null && Model.WithKey is not null ? new List<TEntity>() : null;

        // PresetKeyOnAdd = Replace: every add overwrites the caller's key, so a range that does not happen gives each its own back.
        var given = replacesKeys && keyed is not null ? new List<(TEntity Item, TKey Key)>(items.Count) : null;
        try
        {
            results = AllOrNothing(() =>
            {
                var done = new List<TEntity>(items.Count);
                foreach (var item in items)
                {
                    if (given is not null)
                    {
                        given.Add((item, Model.GetKey(item)));
                    }
                    else if (keyed is not null && KeyIsUnset(Model.GetKey(item)))
                    {
                        keyed.Add(item);
                    }

                    var (result, stored) = step(item);
                    if (!stored)
                    {
                        throw new RangeRefusedException();
                    }

                    done.Add(result);
                }

                return done;
            });
            return true;
        }
        catch (RangeRefusedException)
        {
            TakeBackKeys(keyed);
            GiveBackKeys(given);
            results = new List<TEntity>();
            return false;
        }
        catch
        {
            TakeBackKeys(keyed);
            GiveBackKeys(given);
            throw;
        }
    }

    private void GiveBackKeys(List<(TEntity Item, TKey Key)>? given)
    {
        if (given is null)
        {
            return;
        }

        foreach (var (item, key) in given)
        {
            Model.WithKey!(item, key);
        }
    }

    private void TakeBackKeys(List<TEntity>? keyed)
    {
        if (keyed is null)
        {
            return;
        }

        foreach (var item in keyed)
        {
            TakeBackKey(item, wasUnset: true);
        }
    }

    /// <summary>Unwinds a range that the Reject policy refused part-way; never escapes the range.</summary>
    private sealed class RangeRefusedException : Exception
    {
        public RangeRefusedException()
            : base("The quota policy rejected part of the range.")
        {
        }
    }
}
