using InMemoryFakes.Support;

namespace InMemoryFakes;

/// <summary>
/// One change tracker shared by the fakes of one scope, as the repositories and the <c>IUnitOfWork</c> of one request
/// share one EF Core <c>DbContext</c>: pass it in the <see cref="InMemoryFakeOptions.SharedUnitOfWork"/> of each fake,
/// and what a repository fake adds, changes or removes waits in it until a unit-of-work fake's save (or
/// <see cref="SaveChanges"/>) writes the changes of all of them as one all-or-nothing step. The container's scoped
/// registration (<c>AddInMemoryFakes</c>) creates one per scope. docs/runtime.md#unit-of-work.
/// </summary>
/// <remarks>
/// Like a <c>DbContext</c> it is meant for one logical operation at a time; its members are serialized by one lock.
/// <c>Reset()</c>, <c>Clear()</c> and <c>Restore()</c> of any fake built with it discard what it tracks, as a new
/// <c>DbContext</c> would hold nothing.
/// </remarks>
public sealed class SharedUnitOfWork
{
    /// <summary>The tracker the fakes' units of work share.</summary>
    internal ChangeTracker Tracker { get; } = new();

    /// <summary><see langword="true"/> when a save would write something: a pending add, update or remove, or a tracked entity changed since it was read, in any fake sharing it.</summary>
    public bool HasChanges => Tracker.HasChanges;

    /// <summary>
    /// Writes the pending changes of every fake sharing it as one all-or-nothing step, as EF Core's <c>SaveChanges</c>
    /// (keys generated, concurrency tokens and unique values checked; on an error nothing is written and every change
    /// stays tracked). A unit-of-work fake's save calls it.
    /// </summary>
    /// <returns>How many entities were written.</returns>
    /// <exception cref="ConcurrencyConflictException">A tracked entity was removed or changed by someone else since it was read.</exception>
    /// <exception cref="DuplicateKeyException">A key or a unique value is taken.</exception>
    public int SaveChanges() => Tracker.SaveChanges();

    /// <summary>Forgets every tracked entity and pending change of every fake sharing it; the tables are not touched.</summary>
    public void Discard() => Tracker.Discard();
}
