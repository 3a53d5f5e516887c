using System;
using System.Collections.Generic;

namespace InMemoryFakes;

/// <summary>
/// User copies for types the runtime and the generator cannot copy on their own, registered by exact type on
/// <see cref="InMemoryFakeOptions.CopyHooks"/>. The runtime consults them first for <c>object</c>-typed values and for
/// members the generated copy hands to <see cref="CopyContext.CopyValue{T}"/>.
/// </summary>
/// <example>
/// <code>
/// var options = new InMemoryFakeOptions
/// {
///     CopyHooks = new CopyHooks()
///         .Add&lt;Money&gt;(static (m, _) =&gt; new Money(m.Amount, m.Currency))
///         .AddImmutable&lt;ExternalId&gt;(),
/// };
/// </code>
/// </example>
public sealed class CopyHooks
{
    private readonly Dictionary<Type, Func<object, CopyContext, object>?> _hooks = new();

    /// <summary>Registers the copy of <typeparamref name="T"/> (exactly that type, not its subclasses).</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="copy">Returns a copy sharing no mutable state; copy children through the context.</param>
    /// <returns>This instance, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="copy"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> already has a hook.</exception>
    public CopyHooks Add<T>(Func<T, CopyContext, T> copy)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(copy);
        Register(typeof(T), (value, context) => copy((T)value, context));
        return this;
    }

    /// <summary>Declares <typeparamref name="T"/> immutable: its values are stored as they are, without a warning.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>This instance, for chaining.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> already has a hook.</exception>
    public CopyHooks AddImmutable<T>()
        where T : notnull
    {
        Register(typeof(T), null);
        return this;
    }

    /// <summary>Whether a type has a hook; <paramref name="copy"/> is null for types declared immutable.</summary>
    /// <param name="type">The exact run-time type.</param>
    /// <param name="copy">The copy, or null for an immutable type.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    public bool TryGet(Type type, out Func<object, CopyContext, object>? copy)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (_hooks)
        {
            return _hooks.TryGetValue(type, out copy);
        }
    }

    private void Register(Type type, Func<object, CopyContext, object>? copy)
    {
        lock (_hooks)
        {
            if (!_hooks.TryAdd(type, copy))
            {
                throw new ArgumentException($"{type.Name} already has a copy hook.", nameof(copy));
            }
        }
    }
}
