using System;
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
}
