using System;
using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>
/// The audit properties a store stamps itself from its clock (<c>CreatedStamp</c>/<c>UpdatedStamp</c> on
/// <c>[InMemoryFake]</c>): the table calls these when it writes, under its lock, with the write's instant. Each delegate
/// writes the property on the entity it is given (the caller's instance for a mutable class, as EF Core's interceptors and
/// GrandNode's repository set it on the entity passed in; a copy made with <c>with</c> for a record) and returns it.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class AuditStamps<TEntity>
{
    /// <summary>Writes the creation stamp (the instant, in UTC), on every write that inserts.</summary>
    public Func<TEntity, DateTimeOffset, TEntity>? Created { get; init; }

    /// <summary>
    /// Copies the stored entity's creation stamp onto the entity that replaces it (<c>(entity, stored) =&gt; entity</c>): a
    /// replace keeps the value the insert stamped. Set together with <see cref="Created"/>.
    /// </summary>
    public Func<TEntity, TEntity, TEntity>? KeepCreated { get; init; }

    /// <summary>Writes the modification stamp (the instant, in UTC), on every write that replaces.</summary>
    public Func<TEntity, DateTimeOffset, TEntity>? Updated { get; init; }

    /// <summary>Whether an insert writes <see cref="Updated"/> too; otherwise it keeps the value the entity was given.</summary>
    public bool UpdatedOnInsert { get; init; }

    internal TEntity OnInsert(TEntity entity, long nowTicks)
    {
        var now = new DateTimeOffset(nowTicks, TimeSpan.Zero);
        if (Created is not null)
        {
            entity = Created(entity, now);
        }

        if (UpdatedOnInsert && Updated is not null)
        {
            entity = Updated(entity, now);
        }

        return entity;
    }

    internal TEntity OnReplace(TEntity entity, TEntity stored, long nowTicks)
    {
        if (KeepCreated is not null)
        {
            entity = KeepCreated(entity, stored);
        }

        if (Updated is not null)
        {
            entity = Updated(entity, new DateTimeOffset(nowTicks, TimeSpan.Zero));
        }

        return entity;
    }
}
