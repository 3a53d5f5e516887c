using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Data;
using System.Data.Common;

namespace InMemoryFakes.Support;

/// <summary>
/// A transaction over one fake's store, begun by <see cref="FakeCore.BeginTransaction"/> (a generated
/// <c>BeginTransaction</c> member). Writes made while it is open go to the tables at once and are visible through the fake;
/// <see cref="Commit"/> keeps them; <see cref="Rollback()"/>, or <see cref="DbTransaction.Dispose()"/> without a commit,
/// puts the fake's tables back as they were when it began (data and generated-key sequences). It is an ADO.NET
/// <see cref="DbTransaction"/> (so also an <see cref="IDbTransaction"/>), and generated code wraps it for EF Core's
/// <c>IDbContextTransaction</c>. docs/runtime.md, "Transactions".
/// </summary>
/// <remarks>
/// What it restores is the fake's whole store: every change made to the fake's tables while it was open, through this fake
/// or another fake sharing those tables on a backend, is undone by a rollback (a database would have isolated the other
/// writers). The unit of work's change tracker is not touched, as EF Core's is not: entities saved during the transaction
/// stay tracked as saved, pending changes stay pending.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FakeTransaction : DbTransaction
{
    /// <summary>The message of the error a completed transaction throws (Microsoft.Data.Sqlite's, without the provider's name).</summary>
    internal const string CompletedMessage = "This transaction has completed; it is no longer usable.";

    private readonly FakeCore _core;
    private readonly FakeSnapshot _begin;
    private readonly List<(string Name, FakeSnapshot State)> _savepoints = new();
    private readonly object _gate = new();
    private bool _completed;

    internal FakeTransaction(FakeCore core, FakeSnapshot begin)
    {
        _core = core;
        _begin = begin;
    }

    /// <summary>Identifies the transaction (EF Core's <c>IDbContextTransaction.TransactionId</c>).</summary>
    public Guid TransactionId { get; } = Guid.NewGuid();

    /// <summary><see langword="true"/> until the transaction is committed, rolled back or disposed.</summary>
    public bool IsActive
    {
        get
        {
            lock (_gate)
            {
                return !_completed;
            }
        }
    }

    /// <summary>
    /// <see cref="System.Data.IsolationLevel.ReadUncommitted"/>: what the fake does. Its writes are visible to every reader
    /// of its tables before the commit, and it does not shield itself from other writers.
    /// </summary>
    public override IsolationLevel IsolationLevel => IsolationLevel.ReadUncommitted;

    /// <summary><see langword="true"/>: named savepoints are kept (as SQLite keeps them).</summary>
    public override bool SupportsSavepoints => true;

    /// <summary>Always throws: a fake has no database connection; it is the store itself.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    protected override DbConnection DbConnection
        => throw new NotSupportedException("An in-memory fake's transaction has no database connection: the fake (" + _core.Name + ") is the store.");

    /// <summary>Keeps every write made while the transaction was open, and ends it.</summary>
    /// <exception cref="InvalidOperationException">The transaction was already committed, rolled back or disposed.</exception>
    public override void Commit()
    {
        lock (_gate)
        {
            ThrowIfCompleted();
            Complete();
        }
    }

    /// <summary>Puts the fake's tables back as they were when the transaction began, and ends it.</summary>
    /// <exception cref="InvalidOperationException">The transaction was already committed, rolled back or disposed.</exception>
    public override void Rollback()
    {
        lock (_gate)
        {
            ThrowIfCompleted();
            _core.RestoreTables(_begin);
            Complete();
        }
    }

    /// <summary>Marks a point to roll back to (<c>SAVEPOINT name</c>); a name may be used again, the newest one counts.</summary>
    /// <param name="savepointName">The savepoint's name (compared case-insensitively, as SQLite compares them).</param>
    /// <exception cref="ArgumentNullException"><paramref name="savepointName"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The transaction has completed.</exception>
    public override void Save(string savepointName)
    {
        ArgumentNullException.ThrowIfNull(savepointName);
        lock (_gate)
        {
            ThrowIfCompleted();
            _savepoints.Add((savepointName, _core.Snapshot()));
        }
    }

    /// <summary>
    /// Puts the fake's tables back as they were at the newest savepoint of that name (<c>ROLLBACK TO SAVEPOINT</c>): the
    /// savepoint stays, the savepoints made after it are gone, the transaction stays open.
    /// </summary>
    /// <param name="savepointName">The savepoint's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="savepointName"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The transaction has completed, or no savepoint has that name.</exception>
    public override void Rollback(string savepointName)
    {
        ArgumentNullException.ThrowIfNull(savepointName);
        lock (_gate)
        {
            ThrowIfCompleted();
            var index = Find(savepointName);
            _core.RestoreTables(_savepoints[index].State);
            _savepoints.RemoveRange(index + 1, _savepoints.Count - index - 1);
        }
    }

    /// <summary>Forgets the newest savepoint of that name and every later one (<c>RELEASE SAVEPOINT</c>); the data is not touched.</summary>
    /// <param name="savepointName">The savepoint's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="savepointName"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The transaction has completed, or no savepoint has that name.</exception>
    public override void Release(string savepointName)
    {
        ArgumentNullException.ThrowIfNull(savepointName);
        lock (_gate)
        {
            ThrowIfCompleted();
            var index = Find(savepointName);
            _savepoints.RemoveRange(index, _savepoints.Count - index);
        }
    }

    /// <summary>Rolls back a transaction that was neither committed nor rolled back (as EF Core and ADO.NET providers do); after that, nothing.</summary>
    /// <param name="disposing"><see langword="true"/> from <see cref="DbTransaction.Dispose()"/>.</param>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                if (!_completed)
                {
                    _core.RestoreTables(_begin);
                    Complete();
                }
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Ends the transaction without touching the data (<see cref="FakeCore.Reset"/> abandons an open one).</summary>
    internal void Abandon()
    {
        lock (_gate)
        {
            Complete();
        }
    }

    private int Find(string savepointName)
    {
        for (var i = _savepoints.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_savepoints[i].Name, savepointName, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new InvalidOperationException("No such savepoint: '" + savepointName + "'.");
    }

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException(CompletedMessage);
        }
    }

    private void Complete()
    {
        _completed = true;
        _savepoints.Clear();
        _core.EndTransaction(this);
    }
}
