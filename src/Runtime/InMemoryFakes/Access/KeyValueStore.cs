using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes;

/// <summary>
/// The fake's key-value table, for members you write yourself in the fake's partial class: the generated half declares a
/// private <c>Store</c> property of this type. Values are copied in and out as the generated members copy them, and
/// expiry follows the fake's clock.
/// </summary>
/// <example>
/// <code>
/// public partial class InMemorySessionCache
/// {
///     public int RemoveTenant(string tenant) => Store.Call(nameof(RemoveTenant), tenant).RemoveWhere(k => k.StartsWith(tenant + ":", StringComparison.Ordinal));
/// }
/// </code>
/// </example>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class KeyValueStore<TKey, TValue>
    where TKey : notnull
{
    private readonly FakeCore _core;
    private readonly KeyValueTable<TKey, TValue> _table;

    /// <summary>Wraps a fake's table; generated code creates it.</summary>
    /// <param name="core">The fake's state.</param>
    /// <param name="table">The fake's key-value table.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public KeyValueStore(FakeCore core, KeyValueTable<TKey, TValue> table)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(table);
        _core = core;
        _table = table;
    }

    /// <summary>The number of live entries.</summary>
    public int Count => _table.Count;

    /// <summary>Records the call and applies injected faults, exactly as a generated member does, then returns this store.</summary>
    /// <param name="member">The member's name (use <c>nameof</c>).</param>
    /// <param name="arguments">The member's arguments, for the call log.</param>
    /// <returns>This store.</returns>
    public KeyValueStore<TKey, TValue> Call(string member, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        if (_core.IsIntercepting)
        {
            _core.Intercept(member, arguments);
        }

        return this;
    }

    /// <summary>The asynchronous <see cref="Call"/>: an injected delay is awaited, and an already-cancelled token throws.</summary>
    /// <param name="member">The member's name (use <c>nameof</c>).</param>
    /// <param name="cancellationToken">The member's token.</param>
    /// <param name="arguments">The member's arguments, for the call log.</param>
    /// <returns>This store, once any injected delay has passed.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> is cancelled.</exception>
    public async ValueTask<KeyValueStore<TKey, TValue>> CallAsync(string member, CancellationToken cancellationToken, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        cancellationToken.ThrowIfCancellationRequested();
        if (_core.IsIntercepting)
        {
            await _core.InterceptAsync(member, cancellationToken, arguments).ConfigureAwait(false);
        }

        return this;
    }

    /// <summary>The live value (a copy), or default.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value, or default when missing or expired.</returns>
    public TValue? Get(TKey key) => _table.GetValueOrDefault(key);

    /// <summary>The live value (a copy).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the key has a live value.</returns>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _table.TryGetValue(key, out value);

    /// <summary>Stores a value, replacing any existing one.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="timeToLive">How long it lives; null for the store's default.</param>
    /// <returns>False only when the Reject quota policy dropped the write.</returns>
    public bool Set(TKey key, TValue value, TimeSpan? timeToLive = null)
        => _table.Set(key, value, timeToLive is { } ttl ? Expiration.After(ttl, nameof(timeToLive)) : Expiration.Default);

    /// <summary>Stores a value with an expiration (absolute, relative or sliding).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="expiration">When it expires.</param>
    /// <returns>False only when the Reject quota policy dropped the write.</returns>
    public bool Set(TKey key, TValue value, Expiration expiration) => _table.Set(key, value, expiration);

    /// <summary>Stores a value only if the key has no live value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="timeToLive">How long it lives; null for the store's default.</param>
    /// <returns>Whether it was stored.</returns>
    public bool SetIfAbsent(TKey key, TValue value, TimeSpan? timeToLive = null)
        => _table.SetIfAbsent(key, value, timeToLive is { } ttl ? Expiration.After(ttl, nameof(timeToLive)) : Expiration.Default);

    /// <summary>Removes the entry.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it existed.</returns>
    public bool Remove(TKey key) => _table.Remove(key);

    /// <summary>Removes every entry whose key matches (for prefixes, regions and tags encoded in keys).</summary>
    /// <param name="predicate">The condition on the key.</param>
    /// <returns>How many were removed.</returns>
    public int RemoveWhere(Func<TKey, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return _table.Atomically(() =>
        {
            var removed = 0;
            foreach (var key in _table.Keys())
            {
                if (predicate(key) && _table.Remove(key))
                {
                    removed++;
                }
            }

            return removed;
        });
    }

    /// <summary>Whether the key has a live value.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it exists.</returns>
    public bool Exists(TKey key) => _table.ContainsKey(key);

    /// <summary>Atomically adds to the integer at the key, creating it at 0.</summary>
    /// <param name="key">The key.</param>
    /// <param name="amount">What to add.</param>
    /// <returns>The new value.</returns>
    public long Increment(TKey key, long amount = 1) => _table.Increment(key, amount);

    /// <summary>Renews a sliding expiry.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether the key has a live value.</returns>
    public bool Refresh(TKey key) => _table.Refresh(key);

    /// <summary>The remaining time to live, or null when missing or not expiring.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The time left.</returns>
    public TimeSpan? TimeToLive(TKey key) => _table.GetTimeToLive(key);

    /// <summary>The live keys, in insertion order.</summary>
    /// <returns>The keys.</returns>
    public IReadOnlyList<TKey> Keys() => _table.Keys();

    /// <summary>The live entries (values copied), in insertion order, as one consistent snapshot.</summary>
    /// <returns>The entries.</returns>
    public IReadOnlyList<KeyValuePair<TKey, TValue>> Entries() => _table.Atomically(() => _table.Entries());

    /// <summary>Runs several operations atomically: no other write interleaves (keep it short; never block or await in it).</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="action">The operations.</param>
    /// <returns>The action's result.</returns>
    public TResult Atomically<TResult>(Func<KeyValueStore<TKey, TValue>, TResult> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return _table.Atomically(() => action(this));
    }

    /// <inheritdoc/>
    public override string ToString() => _table.Name + " (" + Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " entries)";
}
