using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace InMemoryFakes.Support;

/// <summary>
/// Values attached to the entities of another table that the entity type has no property for (a user's claims, logins
/// or roles): one entry per owner key, holding the owner's rows in the order they were added. It is an ordinary table of
/// the fake, so reset, clear, snapshots and restore include it.
/// </summary>
/// <remarks>
/// Rows are immutable values (tuples of the parts a real store keeps, or keys of another table); a stored array is never
/// changed in place, every change stores a new one. An owner whose last row is removed has no entry.
/// </remarks>
/// <typeparam name="TOwner">The key type of the owning entities.</typeparam>
/// <typeparam name="TRow">The row type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class AssociationTable<TOwner, TRow> : FakeTable<TOwner, TRow[]>
    where TOwner : notnull
{
    /// <summary>Creates an association table.</summary>
    /// <param name="options">Name, clock and errors (rows have no expiry and take no quota of their own).</param>
    /// <param name="comparer">Owner key equality; <see langword="null"/> uses the default (ordinal for strings).</param>
    public AssociationTable(TableOptions options, IEqualityComparer<TOwner>? comparer = null)
        : base(options, comparer, ValueCopier<TRow[]>.Reference)
    {
    }

    /// <summary>The rows of <paramref name="owner"/>, in the order they were added; empty when it has none.</summary>
    /// <param name="owner">The owner's key.</param>
    /// <param name="ownerParam">The caller's parameter name for <paramref name="owner"/>; filled in by the compiler.</param>
    /// <returns>A read-only view of the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> is null.</exception>
    public IReadOnlyList<TRow> Rows(TOwner owner, [CallerArgumentExpression(nameof(owner))] string? ownerParam = null)
        => TryGetValue(owner, out var rows, ownerParam) ? Array.AsReadOnly(rows) : Array.Empty<TRow>();

    /// <summary>
    /// Appends rows to <paramref name="owner"/>'s, all or none. With <paramref name="sameKey"/>, a row whose key another row
    /// of any owner (or another new row) already has is refused with the table's duplicate error, and nothing is added.
    /// </summary>
    /// <param name="owner">The owner's key.</param>
    /// <param name="rows">The rows to add.</param>
    /// <param name="sameKey">Whether two rows have the same unique key, or <see langword="null"/> when rows may repeat.</param>
    /// <param name="keyPerOwner">The key is unique among one owner's rows only (a user is in a role once), not across owners.</param>
    /// <param name="ownerParam">The caller's parameter name for <paramref name="owner"/>; filled in by the compiler.</param>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="DuplicateKeyException">A row's key is taken (or the exception the fake's errors map duplicates to).</exception>
    public void Add(TOwner owner, IEnumerable<TRow> rows, Func<TRow, TRow, bool>? sameKey = null, bool keyPerOwner = false, [CallerArgumentExpression(nameof(owner))] string? ownerParam = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var added = new List<TRow>(rows).ToArray();
        if (added.Length == 0)
        {
            return;
        }

        lock (Gate)
        {
            if (sameKey is not null)
            {
                for (var i = 0; i < added.Length; i++)
                {
                    for (var j = 0; j < i; j++)
                    {
                        if (sameKey(added[i], added[j]))
                        {
                            throw Options.Errors.CreateDuplicate(Name, added[i]);
                        }
                    }
                }

                foreach (var entry in Export().Entries)
                {
                    if (keyPerOwner && !Comparer.Equals(entry.Key, owner))
                    {
                        continue;
                    }

                    foreach (var existing in entry.Value)
                    {
                        foreach (var row in added)
                        {
                            if (sameKey(existing, row))
                            {
                                throw Options.Errors.CreateDuplicate(Name, row);
                            }
                        }
                    }
                }
            }

            var current = TryGetValue(owner, out var stored, ownerParam) ? stored : Array.Empty<TRow>();
            var next = new TRow[current.Length + added.Length];
            current.CopyTo(next, 0);
            added.CopyTo(next, current.Length);
            Write(owner, next, Expiration.Never, WriteCondition.Any, ownerParam);
        }
    }

    /// <summary>Removes every row of <paramref name="owner"/> that <paramref name="match"/> accepts.</summary>
    /// <param name="owner">The owner's key.</param>
    /// <param name="match">Which rows to remove.</param>
    /// <param name="ownerParam">The caller's parameter name for <paramref name="owner"/>; filled in by the compiler.</param>
    /// <returns>How many rows were removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> or <paramref name="match"/> is null.</exception>
    public int Remove(TOwner owner, Func<TRow, bool> match, [CallerArgumentExpression(nameof(owner))] string? ownerParam = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (Gate)
        {
            if (!TryGetValue(owner, out var stored, ownerParam))
            {
                return 0;
            }

            var kept = Array.FindAll(stored, row => !match(row));
            if (kept.Length == stored.Length)
            {
                return 0;
            }

            if (kept.Length == 0)
            {
                Remove(owner, ownerParam);
            }
            else
            {
                Write(owner, kept, Expiration.Never, WriteCondition.Any, ownerParam);
            }

            return stored.Length - kept.Length;
        }
    }

    /// <summary>Replaces every row of <paramref name="owner"/> that <paramref name="match"/> accepts with <paramref name="replacement"/>, in place.</summary>
    /// <param name="owner">The owner's key.</param>
    /// <param name="match">Which rows to replace.</param>
    /// <param name="replacement">The new row.</param>
    /// <param name="ownerParam">The caller's parameter name for <paramref name="owner"/>; filled in by the compiler.</param>
    /// <returns>How many rows were replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> or <paramref name="match"/> is null.</exception>
    public int Replace(TOwner owner, Func<TRow, bool> match, TRow replacement, [CallerArgumentExpression(nameof(owner))] string? ownerParam = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (Gate)
        {
            if (!TryGetValue(owner, out var stored, ownerParam))
            {
                return 0;
            }

            var next = (TRow[])stored.Clone();
            var replaced = 0;
            for (var i = 0; i < next.Length; i++)
            {
                if (match(next[i]))
                {
                    next[i] = replacement;
                    replaced++;
                }
            }

            if (replaced > 0)
            {
                Write(owner, next, Expiration.Never, WriteCondition.Any, ownerParam);
            }

            return replaced;
        }
    }

    /// <summary>
    /// Replaces the first row that <paramref name="match"/> accepts (among <paramref name="owner"/>'s rows, or among every
    /// owner's rows with <paramref name="acrossOwners"/>, where the row stays with the owner that has it) with
    /// <paramref name="update"/> applied to it, or with <paramref name="row"/> when <paramref name="update"/> is
    /// <see langword="null"/>; when no row matches, appends <paramref name="row"/> to <paramref name="owner"/>'s. Atomic.
    /// </summary>
    /// <param name="owner">The owner's key.</param>
    /// <param name="match">Which row is the one to replace (a row with the same key).</param>
    /// <param name="row">The row to add, or the replacement when <paramref name="update"/> is null.</param>
    /// <param name="update">Builds the replacement from the stored row (an update that keeps some of its parts), or null.</param>
    /// <param name="acrossOwners">The key is unique across owners: a row of another owner is the one updated.</param>
    /// <param name="ownerParam">The caller's parameter name for <paramref name="owner"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when the row was added, <see langword="false"/> when a stored row was replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> or <paramref name="match"/> is null.</exception>
    public bool Upsert(TOwner owner, Func<TRow, bool> match, TRow row, Func<TRow, TRow>? update = null, bool acrossOwners = false, [CallerArgumentExpression(nameof(owner))] string? ownerParam = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (Gate)
        {
            if (acrossOwners)
            {
                foreach (var entry in Export().Entries)
                {
                    if (ReplaceFirst(entry.Key, entry.Value, match, row, update, ownerParam))
                    {
                        return false;
                    }
                }
            }
            else if (TryGetValue(owner, out var own, ownerParam) && ReplaceFirst(owner, own, match, row, update, ownerParam))
            {
                return false;
            }

            var current = TryGetValue(owner, out var stored, ownerParam) ? stored : Array.Empty<TRow>();
            var next = new TRow[current.Length + 1];
            current.CopyTo(next, 0);
            next[current.Length] = row;
            Write(owner, next, Expiration.Never, WriteCondition.Any, ownerParam);
            return true;
        }
    }

    /// <summary>Makes <paramref name="rows"/> the rows of <paramref name="owner"/>, replacing every row it had (none: it has no entry). Atomic.</summary>
    /// <param name="owner">The owner's key.</param>
    /// <param name="rows">The new rows, in order.</param>
    /// <param name="ownerParam">The caller's parameter name for <paramref name="owner"/>; filled in by the compiler.</param>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> or <paramref name="rows"/> is null.</exception>
    public void SetRows(TOwner owner, IEnumerable<TRow> rows, [CallerArgumentExpression(nameof(owner))] string? ownerParam = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var next = new List<TRow>(rows).ToArray();
        lock (Gate)
        {
            if (next.Length == 0)
            {
                Remove(owner, ownerParam);
            }
            else
            {
                Write(owner, next, Expiration.Never, WriteCondition.Any, ownerParam);
            }
        }
    }

    private bool ReplaceFirst(TOwner owner, TRow[] stored, Func<TRow, bool> match, TRow row, Func<TRow, TRow>? update, string? ownerParam)
    {
        var at = Array.FindIndex(stored, r => match(r));
        if (at < 0)
        {
            return false;
        }

        var next = (TRow[])stored.Clone();
        next[at] = update is null ? row : update(stored[at]);
        Write(owner, next, Expiration.Never, WriteCondition.Any, ownerParam);
        return true;
    }

    /// <summary>Whether <paramref name="owner"/> has a row that <paramref name="match"/> accepts.</summary>
    /// <param name="owner">The owner's key.</param>
    /// <param name="match">The condition.</param>
    /// <param name="ownerParam">The caller's parameter name for <paramref name="owner"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when a row matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> or <paramref name="match"/> is null.</exception>
    public bool Contains(TOwner owner, Func<TRow, bool> match, [CallerArgumentExpression(nameof(owner))] string? ownerParam = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        return TryGetValue(owner, out var stored, ownerParam) && Array.Exists(stored, row => match(row));
    }

    /// <summary>
    /// The owners of the rows that <paramref name="match"/> accepts, one per matching row (as a join of the rows with
    /// their owners returns them), in the order the owners got their first row.
    /// </summary>
    /// <param name="match">The condition.</param>
    /// <returns>The owners' keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="match"/> is null.</exception>
    public IReadOnlyList<TOwner> OwnersOf(Func<TRow, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var owners = new List<TOwner>();
        foreach (var entry in Export().Entries)
        {
            foreach (var row in entry.Value)
            {
                if (match(row))
                {
                    owners.Add(entry.Key);
                }
            }
        }

        return owners;
    }

    /// <summary>
    /// Removes the rows of every owner that <paramref name="exists"/> says is no longer stored: what a database's cascade
    /// does when the owner is deleted. Generated fakes call it after each member that can remove owners.
    /// </summary>
    /// <param name="exists">Whether an owner is still stored.</param>
    /// <returns>How many owners lost their rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exists"/> is null.</exception>
    public int RemoveOrphans(Func<TOwner, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(exists);
        var removed = 0;
        lock (Gate)
        {
            foreach (var entry in Export().Entries)
            {
                if (!exists(entry.Key) && Remove(entry.Key))
                {
                    removed++;
                }
            }
        }

        return removed;
    }
}
