using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace InMemoryFakes.Support;

/// <summary>
/// Queries over an entity table, as generated derived queries and predicate methods call them. Every query filters the
/// live entities under the table's lock (starting from an index when an <see cref="IndexProbe"/> names one), in insertion
/// order; then, outside the lock, sorts stably by <c>order</c>, drops entities equal to an earlier one when
/// <c>distinct</c>, keeps the first <c>limit</c> (Top/First) and applies the <see cref="PageRequest"/>. Results are copies.
/// </summary>
/// <remarks>
/// The predicate receives the stored entity and a caller state (the query's arguments, so generated predicates are
/// static lambdas that allocate nothing); it runs under the table's lock, so it must be quick and must not block.
/// Reading entities through a query neither renews sliding expiry nor counts as a use for LRU eviction, as with
/// <see cref="FakeTable{TKey, TValue}.Values"/>.
/// </remarks>
public sealed partial class EntityTable<TKey, TEntity>
{
    /// <summary>
    /// A list found by a collection of keys, put in the order the keys were given: for each key, its entity when it is
    /// among <paramref name="matches"/> (a key given twice gives it twice; a key that matched nothing, or a null key, gives
    /// nothing), as nopCommerce's <c>GetByIdsAsync</c> sorts its rows. Keys compare with the table's key comparer.
    /// </summary>
    /// <typeparam name="TSource">The element type of the caller's collection.</typeparam>
    /// <param name="matches">The query's matches (copies), each once.</param>
    /// <param name="keys">The caller's keys, in their order.</param>
    /// <param name="convert">Converts an element to the key type.</param>
    /// <param name="paramName">The caller's parameter, for the exception.</param>
    /// <returns>The matches in the keys' order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null (named <paramref name="paramName"/>), or <paramref name="matches"/> or <paramref name="convert"/> is.</exception>
    public List<TEntity> InKeysOrder<TSource>(List<TEntity> matches, IEnumerable<TSource>? keys, Func<TSource, TKey> convert, string paramName)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(convert);
        if (keys is null)
        {
            throw new ArgumentNullException(paramName);
        }

        var byKey = new Dictionary<TKey, TEntity>(matches.Count, Comparer);
        foreach (var match in matches)
        {
            byKey.TryAdd(Model.GetKey(match), match);
        }

        var ordered = new List<TEntity>(matches.Count);
        foreach (var key in keys)
        {
            if (key is not null && byKey.TryGetValue(convert(key), out var entity))
            {
                ordered.Add(entity);
            }
        }

        return ordered;
    }

    /// <summary>The entities that match, in insertion order unless <paramref name="order"/> is given.</summary>
    /// <typeparam name="TState">The predicate's state (usually the query's arguments).</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies (it narrows the candidates; <paramref name="predicate"/> still decides).</param>
    /// <param name="order">Sorts the matches stably; <see langword="null"/> keeps insertion order.</param>
    /// <param name="distinct">Drop entities equal (<see cref="EqualityComparer{T}.Default"/>) to an earlier match.</param>
    /// <param name="limit">Keep at most this many (Top/First), before paging.</param>
    /// <param name="page">The slice to return; <see langword="null"/> for all.</param>
    /// <returns>Copies of the matching entities.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is less than 1.</exception>
    public List<TEntity> Query<TState>(TState state, Func<TEntity, TState, bool>? predicate, IndexProbe probe = default, IComparer<TEntity>? order = null, bool distinct = false, int limit = int.MaxValue, PageRequest? page = null)
        => Copies(Select(state, predicate, probe, order, distinct, limit, page, needTotal: false, out _));

    /// <summary>The entities that <paramref name="predicate"/> accepts; see <see cref="Query{TState}"/>.</summary>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <param name="order">Sorts the matches stably; <see langword="null"/> keeps insertion order.</param>
    /// <param name="distinct">Drop entities equal to an earlier match.</param>
    /// <param name="limit">Keep at most this many, before paging.</param>
    /// <param name="page">The slice to return; <see langword="null"/> for all.</param>
    /// <returns>Copies of the matching entities.</returns>
    public List<TEntity> Query(Func<TEntity, bool>? predicate, IndexProbe probe = default, IComparer<TEntity>? order = null, bool distinct = false, int limit = int.MaxValue, PageRequest? page = null)
        => Query(predicate, Adapt(predicate), probe, order, distinct, limit, page);

    /// <summary>One page of the matching entities, with the number of matches over all pages (after distinct and limit).</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="page">The slice to return.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <param name="order">Sorts the matches stably.</param>
    /// <param name="distinct">Drop entities equal to an earlier match.</param>
    /// <param name="limit">Keep at most this many, before paging.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public Page<TEntity> QueryPage<TState>(TState state, Func<TEntity, TState, bool>? predicate, PageRequest page, IndexProbe probe = default, IComparer<TEntity>? order = null, bool distinct = false, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(page);
        var items = Copies(Select(state, predicate, probe, order, distinct, limit, page, needTotal: true, out var total));
        return new Page<TEntity>(items, total, page);
    }

    /// <summary>One page of the entities that <paramref name="predicate"/> accepts; see <see cref="QueryPage{TState}"/>.</summary>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="page">The slice to return.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <param name="order">Sorts the matches stably.</param>
    /// <param name="distinct">Drop entities equal to an earlier match.</param>
    /// <param name="limit">Keep at most this many, before paging.</param>
    /// <returns>The page.</returns>
    public Page<TEntity> QueryPage(Func<TEntity, bool>? predicate, PageRequest page, IndexProbe probe = default, IComparer<TEntity>? order = null, bool distinct = false, int limit = int.MaxValue)
        => QueryPage(predicate, Adapt(predicate), page, probe, order, distinct, limit);

    /// <summary>The first matching entity in query order, if any.</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="entity">A copy of the first match.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <param name="order">Sorts the matches stably; the first after sorting is returned.</param>
    /// <returns><see langword="true"/> when an entity matches.</returns>
    public bool TryQueryFirst<TState>(TState state, Func<TEntity, TState, bool>? predicate, [MaybeNullWhen(false)] out TEntity entity, IndexProbe probe = default, IComparer<TEntity>? order = null)
    {
        if (order is null)
        {
            if (FirstMatch(state, predicate, probe, out var stored))
            {
                entity = Copier.Copy(stored);
                return true;
            }

            entity = default;
            return false;
        }

        var first = Select(state, predicate, probe, order, distinct: false, limit: 1, page: null, needTotal: false, out _);
        if (first.Count == 0)
        {
            entity = default;
            return false;
        }

        entity = Copier.Copy(first[0]);
        return true;
    }

    /// <summary>The first entity that <paramref name="predicate"/> accepts; see <see cref="TryQueryFirst{TState}"/>.</summary>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="entity">A copy of the first match.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <param name="order">Sorts the matches stably.</param>
    /// <returns><see langword="true"/> when an entity matches.</returns>
    public bool TryQueryFirst(Func<TEntity, bool>? predicate, [MaybeNullWhen(false)] out TEntity entity, IndexProbe probe = default, IComparer<TEntity>? order = null)
        => TryQueryFirst(predicate, Adapt(predicate), out entity, probe, order);

    /// <summary>
    /// The one matching entity, if any, for a lookup that returns one entity: two or more matches throw
    /// <see cref="InvalidOperationException"/>. With <paramref name="unstatedMember"/> null, LINQ's and EF Core's
    /// <c>SingleOrDefault</c> error ("Sequence contains more than one element."; <c>SeveralMatches = Throw</c>); with the
    /// member's name, an error saying how many matched and that the store's answer is not stated (<c>SeveralMatches</c>
    /// unset). The table is unchanged either way.
    /// </summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="entity">A copy of the one match.</param>
    /// <param name="unstatedMember">The interface member, when the store's answer to several matches is not stated; null for <c>SingleOrDefault</c>'s error.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <returns><see langword="true"/> when exactly one entity matches; <see langword="false"/> when none does.</returns>
    /// <exception cref="InvalidOperationException">Two or more entities match.</exception>
    public bool TryQuerySingle<TState>(TState state, Func<TEntity, TState, bool>? predicate, [MaybeNullWhen(false)] out TEntity entity, string? unstatedMember, IndexProbe probe = default)
    {
        var found = FirstTwoMatches(state, predicate, probe, out var stored);
        if (found > 1)
        {
            throw SeveralMatched(unstatedMember, CountMatches(state, predicate, probe, distinct: false));
        }

        if (found == 0)
        {
            entity = default;
            return false;
        }

        entity = Copier.Copy(stored!);
        return true;
    }

    /// <summary>The one entity that <paramref name="predicate"/> accepts; see <see cref="TryQuerySingle{TState}"/>.</summary>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="entity">A copy of the one match.</param>
    /// <param name="unstatedMember">The interface member, when the store's answer to several matches is not stated; null for <c>SingleOrDefault</c>'s error.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <returns><see langword="true"/> when exactly one entity matches.</returns>
    /// <exception cref="InvalidOperationException">Two or more entities match.</exception>
    public bool TryQuerySingle(Func<TEntity, bool>? predicate, [MaybeNullWhen(false)] out TEntity entity, string? unstatedMember, IndexProbe probe = default)
        => TryQuerySingle(predicate, Adapt(predicate), out entity, unstatedMember, probe);

    private InvalidOperationException SeveralMatched(string? unstatedMember, int count)
        => unstatedMember is null
            ? new InvalidOperationException("Sequence contains more than one element.")
            : new InvalidOperationException(
                $"{Name}: {count} entities match {unstatedMember}, which returns one. Nothing says what the real store returns then "
                + "(EF Core's and LINQ's SingleOrDefault throw, FirstOrDefault returns one row in an order SQL does not promise), so the fake does not pick one. "
                + "State it on [InMemoryFake]: SeveralMatches = SeveralMatches.Throw (SingleOrDefault) or SeveralMatches = SeveralMatches.First (the first in insertion order); "
                + "or name the member …FirstBy…, or mark the compared property [Unique] if the store keeps it unique.");

    /// <summary>How many live entities match (distinct ones, optionally).</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <param name="distinct">Count entities equal to an earlier match once.</param>
    /// <returns>The count.</returns>
    public int QueryCount<TState>(TState state, Func<TEntity, TState, bool>? predicate, IndexProbe probe = default, bool distinct = false)
        => CountMatches(state, predicate, probe, distinct);

    /// <summary>How many live entities <paramref name="predicate"/> accepts.</summary>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <param name="distinct">Count entities equal to an earlier match once.</param>
    /// <returns>The count.</returns>
    public int QueryCount(Func<TEntity, bool>? predicate, IndexProbe probe = default, bool distinct = false)
        => CountMatches(predicate, Adapt(predicate), probe, distinct);

    /// <summary>Whether any live entity matches.</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <returns><see langword="true"/> when one matches.</returns>
    public bool QueryExists<TState>(TState state, Func<TEntity, TState, bool>? predicate, IndexProbe probe = default)
        => AnyMatch(state, predicate, probe);

    /// <summary>Whether any live entity satisfies <paramref name="predicate"/>.</summary>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <returns><see langword="true"/> when one matches.</returns>
    public bool QueryExists(Func<TEntity, bool>? predicate, IndexProbe probe = default)
        => AnyMatch(predicate, Adapt(predicate), probe);

    /// <summary>Removes every live entity that matches, atomically (no write can interleave), and returns how many.</summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> removes every entity.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <returns>How many entities were removed.</returns>
    public int QueryDelete<TState>(TState state, Func<TEntity, TState, bool>? predicate, IndexProbe probe = default)
        => RemoveMatches(state, predicate, probe);

    /// <summary>Removes every live entity that <paramref name="predicate"/> accepts, atomically.</summary>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> removes every entity.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <returns>How many entities were removed.</returns>
    public int QueryDelete(Func<TEntity, bool>? predicate, IndexProbe probe = default)
        => RemoveMatches(predicate, Adapt(predicate), probe);

    /// <summary>
    /// Removes the first live entity that matches, in insertion order, atomically: MongoDB's <c>DeleteOne(filter)</c>, which
    /// deletes the first document of the filter in natural order.
    /// </summary>
    /// <typeparam name="TState">The predicate's state.</typeparam>
    /// <param name="state">Passed to <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <returns>1 when an entity was removed, else 0.</returns>
    public int QueryDeleteFirst<TState>(TState state, Func<TEntity, TState, bool>? predicate, IndexProbe probe = default)
        => RemoveMatches(state, predicate, probe, limit: 1);

    /// <summary>Removes the first live entity that <paramref name="predicate"/> accepts, in insertion order, atomically.</summary>
    /// <param name="predicate">Decides on a stored entity; <see langword="null"/> matches every entity.</param>
    /// <param name="probe">An equality on an indexed property that every match satisfies.</param>
    /// <returns>1 when an entity was removed, else 0.</returns>
    public int QueryDeleteFirst(Func<TEntity, bool>? predicate, IndexProbe probe = default)
        => RemoveMatches(predicate, Adapt(predicate), probe, limit: 1);

    private static Func<TEntity, Func<TEntity, bool>?, bool>? Adapt(Func<TEntity, bool>? predicate)
        => predicate is null ? null : static (entity, test) => test!(entity);

    private List<TEntity> Copies(List<TEntity> stored)
    {
        if (Copier.Copies)
        {
            for (var i = 0; i < stored.Count; i++)
            {
                stored[i] = Copier.Copy(stored[i]);
            }
        }

        return stored;
    }

    private void AddIndexes(EntityModel<TKey, TEntity> model)
    {
        if (model.UniqueConstraints.Count == 0 && model.Indexes.Count == 0)
        {
            // Most entities have neither: a fresh fake per test allocates nothing here.
            return;
        }

        var added = new HashSet<EntityIndex<TEntity>>(ReferenceEqualityComparer.Instance);
        foreach (var constraint in model.UniqueConstraints)
        {
            if (constraint is not null && added.Add(constraint))
            {
                AddIndex(constraint.Name, constraint.Property, constraint.GetValue, constraint.Comparer, unique: true);
            }
        }

        foreach (var index in model.Indexes)
        {
            if (index is not null && added.Add(index))
            {
                AddIndex(index.Name, index.Property, index.GetValue, index.Comparer, index.IsUnique);
            }
        }
    }
}
