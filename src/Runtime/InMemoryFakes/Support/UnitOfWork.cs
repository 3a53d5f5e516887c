using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>
/// The change tracker of a fake whose interface has a unit-of-work member (<c>SaveChanges</c>, <c>SaveEntitiesAsync</c>,
/// <c>Commit</c>, an <c>IUnitOfWork UnitOfWork</c> property): one per fake instance, like one EF Core <c>DbContext</c>, or,
/// when the fake's options carry a <see cref="InMemoryFakes.SharedUnitOfWork"/>, the fake's view of that scope's one tracker.
/// Entities read through the fake are tracked copies (one instance per key), adds, updates and removes wait in it, and
/// <see cref="SaveChanges"/> writes them all to the tables as one all-or-nothing step. docs/runtime.md, "Unit of work".
/// </summary>
/// <remarks>
/// Like a <c>DbContext</c> it is meant for one logical operation at a time; its members are serialized by a lock, so
/// concurrent use cannot corrupt it, but two callers sharing it share its tracked entities.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class UnitOfWork
{
    internal UnitOfWork(FakeCore core, ChangeTracker tracker, bool isShared, string? savedBy)
    {
        Core = core;
        Tracker = tracker;
        IsShared = isShared;
        SavedBy = savedBy;
    }

    /// <summary>The fake this unit of work belongs to.</summary>
    public FakeCore Core { get; }

    /// <summary>
    /// <see langword="true"/> when the fake's options carry a <see cref="SharedUnitOfWork"/>: its tables are tracked in that
    /// one change tracker with those of every other fake built with it (the fakes of one scope over one <c>DbContext</c>),
    /// so <see cref="SaveChanges"/>, <see cref="Discard"/> and <see cref="HasChanges"/> act on all of them.
    /// </summary>
    public bool IsShared { get; }

    /// <summary>
    /// The save on another interface the fake's writes wait for (<c>IUnitOfWork.SaveChangesAsync</c>), or <see langword="null"/>
    /// when the fake saves its own writes. Such a fake without a <see cref="SharedUnitOfWork"/> has nothing that could ever save
    /// its deferred writes, so each write throws <see cref="InvalidOperationException"/> naming that save, store unchanged.
    /// </summary>
    public string? SavedBy { get; }

    /// <summary>The change tracker: the fake's own, or the shared one.</summary>
    internal ChangeTracker Tracker { get; }

    /// <summary>Serializes the sessions' members and <see cref="SaveChanges"/> (the tracker's, so every fake sharing it).</summary>
    internal object Gate => Tracker.Gate;

    /// <summary>
    /// Where a write through the fake goes. <see cref="UnitOfWorkWrites.Deferred"/>: it waits in the tracker until
    /// <see cref="SaveChanges"/> (EF Core's <c>Add</c>/<c>Update</c>/<c>Remove</c>); <see cref="UnitOfWorkWrites.Immediate"/>:
    /// it is saved at once (a repository that calls <c>SaveChanges</c> inside each write, as Ardalis.Specification's
    /// <c>RepositoryBase</c> does), and <see cref="SaveChanges"/> saves what was changed on tracked entities.
    /// </summary>
    public UnitOfWorkWrites Writes { get; init; } = UnitOfWorkWrites.Deferred;

    /// <summary>
    /// Tracks the entities of one table; generated code calls it once per entity table and repository. A table already
    /// tracked keeps its session, so two repositories of one unit of work that store the same entity type share one
    /// tracker (one <c>DbContext</c> has one set of tracked entities per entity type).
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="table">The table.</param>
    /// <returns>The session generated members read and write through.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public EntitySession<TKey, TEntity> Track<TKey, TEntity>(EntityTable<TKey, TEntity> table)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        lock (Gate)
        {
            foreach (var tracked in Tracker.Sessions)
            {
                if (tracked is EntitySession<TKey, TEntity> existing && ReferenceEquals(existing.Table, table))
                {
                    return existing;
                }
            }

            var session = new EntitySession<TKey, TEntity>(this, table);
            Tracker.Sessions.Add(session);
            return session;
        }
    }

    /// <summary><see langword="true"/> when a save would write something: a pending add, update or remove, or a tracked entity changed since it was read.</summary>
    public bool HasChanges => Tracker.HasChanges;

    /// <summary>
    /// Writes every pending add and remove and every changed tracked entity to the tables, as one all-or-nothing step:
    /// keys are generated, concurrency tokens and unique constraints checked (a tracked entity removed or changed by
    /// someone else since it was read is a <see cref="ConcurrencyConflictException"/>, as EF Core's
    /// <c>DbUpdateConcurrencyException</c>). On an error nothing is written and the tracker keeps every change, so the
    /// caller can fix it and save again. A shared tracker (<see cref="IsShared"/>) writes the changes of every fake sharing it.
    /// </summary>
    /// <returns>How many entities were written (added, changed or removed), as EF Core's <c>SaveChanges</c> counts them.</returns>
    public int SaveChanges() => Tracker.SaveChanges();

    /// <summary>Forgets every tracked entity and pending change (what a new <c>DbContext</c> would hold); the tables are not touched.</summary>
    public void Discard() => Tracker.Discard();

    /// <summary>What <see cref="UnitOfWork"/> needs of a session, whatever its key and entity types.</summary>
    internal interface IEntitySession
    {
        /// <summary>The global lock order of the session's table.</summary>
        long Order { get; }

        /// <summary>How many entities a save would write.</summary>
        int PendingCount();

        /// <summary>Runs <paramref name="inner"/> inside the table's all-or-nothing step (its lock held, its changes undone when it throws).</summary>
        int Locked(Func<int> inner);

        /// <summary>Writes the session's changes (inside <see cref="Locked"/>); returns how many entities it wrote.</summary>
        int Flush();

        /// <summary>Whether this session's adds take a foreign key from what <paramref name="other"/>'s adds store, so <paramref name="other"/> is written first.</summary>
        bool WaitsFor(IEntitySession other);

        /// <summary>Undoes what a failed flush did to the caller's instances (generated keys it assigned).</summary>
        void FlushFailed();

        /// <summary>After a successful save: every tracked entity is unchanged again, removed ones are forgotten.</summary>
        void AcceptChanges();

        void Discard();
    }
}

/// <summary>
/// One change tracker: the sessions of the tables it tracks, the lock that serializes them, and the all-or-nothing save.
/// A fake's own (<see cref="FakeCore.UnitOfWork(UnitOfWorkWrites)"/>) or a <see cref="SharedUnitOfWork"/>'s, which the
/// units of work of several fakes share.
/// </summary>
internal sealed class ChangeTracker
{
    /// <summary>The sessions, in the order their tables were first tracked.</summary>
    internal List<UnitOfWork.IEntitySession> Sessions { get; } = new();

    /// <summary>Serializes the sessions' members and <see cref="SaveChanges"/>.</summary>
    internal object Gate { get; } = new();

    /// <summary><see langword="true"/> when a save would write something: a pending add, update or remove, or a tracked entity changed since it was read.</summary>
    internal bool HasChanges
    {
        get
        {
            lock (Gate)
            {
                foreach (var session in Sessions)
                {
                    if (session.PendingCount() > 0)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>
    /// Writes every pending add and remove and every changed tracked entity to the tables, as one all-or-nothing step:
    /// keys are generated, concurrency tokens and unique constraints checked (a tracked entity removed or changed by
    /// someone else since it was read is a <see cref="ConcurrencyConflictException"/>, as EF Core's
    /// <c>DbUpdateConcurrencyException</c>). On an error nothing is written and the tracker keeps every change, so the
    /// caller can fix it and save again.
    /// </summary>
    /// <returns>How many entities were written (added, changed or removed), as EF Core's <c>SaveChanges</c> counts them.</returns>
    internal int SaveChanges()
    {
        lock (Gate)
        {
            if (Sessions.Count == 0)
            {
                return 0;
            }

            // Lock the tables in one global order, so two fakes saving over shared tables cannot deadlock.
            var ordered = new List<UnitOfWork.IEntitySession>(Sessions);
            ordered.Sort(static (a, b) => a.Order.CompareTo(b.Order));
            var written = 0;
            try
            {
                written = Flush(ordered, 0, WriteOrder(ordered));
            }
            catch
            {
                foreach (var session in ordered)
                {
                    session.FlushFailed();
                }

                throw;
            }

            foreach (var session in ordered)
            {
                session.AcceptChanges();
            }

            return written;
        }
    }

    /// <summary>Forgets every tracked entity and pending change (what a new <c>DbContext</c> would hold); the tables are not touched.</summary>
    internal void Discard()
    {
        lock (Gate)
        {
            foreach (var session in Sessions)
            {
                session.Discard();
            }
        }
    }

    /// <summary>
    /// Takes every table's lock in <paramref name="locks"/>' order (the global one), then, with all of them held, writes
    /// the sessions in <paramref name="writes"/>' order; an error undoes every table.
    /// </summary>
    private static int Flush(List<UnitOfWork.IEntitySession> locks, int index, List<UnitOfWork.IEntitySession> writes)
    {
        if (index < locks.Count)
        {
            return locks[index].Locked(() => Flush(locks, index + 1, writes));
        }

        var written = 0;
        foreach (var session in writes)
        {
            written += session.Flush();
        }

        return written;
    }

    /// <summary>
    /// The order the sessions write in: that of <paramref name="sessions"/>, except that a session whose adds take a
    /// foreign key from another's (children added with a parent whose key the save numbers) comes after it, as EF Core
    /// inserts principals before their dependents. A cycle keeps the given order (a fix-up whose parent is not stored yet
    /// throws, nothing saved).
    /// </summary>
    private static List<UnitOfWork.IEntitySession> WriteOrder(List<UnitOfWork.IEntitySession> sessions)
    {
        var waits = false;
        foreach (var session in sessions)
        {
            foreach (var other in sessions)
            {
                waits |= !ReferenceEquals(session, other) && session.WaitsFor(other);
            }
        }

        if (!waits)
        {
            return sessions;
        }

        var left = new List<UnitOfWork.IEntitySession>(sessions);
        var order = new List<UnitOfWork.IEntitySession>(sessions.Count);
        while (left.Count > 0)
        {
            var next = left.FindIndex(s => !left.Exists(o => !ReferenceEquals(o, s) && s.WaitsFor(o)));
            order.Add(left[next < 0 ? 0 : next]);
            left.RemoveAt(next < 0 ? 0 : next);
        }

        return order;
    }
}
