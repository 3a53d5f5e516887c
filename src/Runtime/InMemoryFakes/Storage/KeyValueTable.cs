using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace InMemoryFakes.Support;

/// <summary>
/// Key → value with expiry, atomic counters and read-modify-write: what a generated key-value fake
/// (a cache, a rate-limit store, a session store) is built on.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class KeyValueTable<TKey, TValue> : FakeTable<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Creates a key-value table.</summary>
    /// <param name="options">Name, clock, quota, default expiry and errors.</param>
    /// <param name="comparer">Key equality; <see langword="null"/> uses the default (ordinal for strings).</param>
    /// <param name="copier">How values are isolated from callers; <see langword="null"/> never copies.</param>
    public KeyValueTable(TableOptions options, IEqualityComparer<TKey>? comparer = null, ValueCopier<TValue>? copier = null)
        : base(options, comparer, copier)
    {
    }

    /// <summary>Stores a value, replacing any existing one.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="expiration">When it expires; <see cref="Expiration.Default"/> uses the table default.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>; filled in by the compiler.</param>
    /// <returns><see langword="false"/> only when the <see cref="QuotaPolicy.Reject"/> policy dropped the write.</returns>
    public bool Set(TKey key, TValue value, Expiration expiration = default,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null,
        [CallerArgumentExpression(nameof(value))] string? valueParam = null)
        => Write(key, value, expiration, WriteCondition.Any, keyParam, valueParam) != WriteOutcome.Rejected;

    /// <summary>
    /// Stores <see langword="null"/> under a key, replacing any value, for a store that keeps null values
    /// (<see cref="InMemoryFakeAttribute.NullValueWrites"/> = <see cref="NullValueWrite.Keep"/>, as a <c>Dictionary</c>'s indexer
    /// does): the key is then found (a try-read answers <see langword="true"/> with null), counted and listed.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="expiration">When it expires; <see cref="Expiration.Default"/> uses the table default.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns><see langword="false"/> only when the <see cref="QuotaPolicy.Reject"/> policy dropped the write.</returns>
    public bool SetNull(TKey key, Expiration expiration = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => WriteNull(key, expiration, keyParam) != WriteOutcome.Rejected;

    /// <summary>Stores a value only if the key has no live entry.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="expiration">When it expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when stored.</returns>
    public bool SetIfAbsent(TKey key, TValue value, Expiration expiration = default,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null,
        [CallerArgumentExpression(nameof(value))] string? valueParam = null)
        => Write(key, value, expiration, WriteCondition.MustNotExist, keyParam, valueParam) == WriteOutcome.Created;

    /// <summary>
    /// Atomically adds <paramref name="amount"/> to the integer stored at <paramref name="key"/>,
    /// creating it at 0 first when missing. An existing entry keeps its expiry.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="amount">What to add (negative to subtract).</param>
    /// <param name="expiration">Expiry for a counter this call creates.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The new value. (Under <see cref="QuotaPolicy.Reject"/>, a counter the quota has no room for is not created; the value it would have had is returned.)</returns>
    /// <exception cref="InvalidOperationException">The stored value is not an integer.</exception>
    /// <exception cref="OverflowException">The result does not fit; the store is unchanged.</exception>
    public long Increment(TKey key, long amount = 1, Expiration expiration = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        long result = 0;
        AddOrUpdate(
            key,
            (current, exists) =>
            {
                result = checked((exists ? ToInt64(key, current) : 0) + amount);
                return FromNumber(result);
            },
            expiration,
            keepExpiry: true,
            keyParam);
        return result;
    }

    /// <summary>
    /// Atomically adds <paramref name="amount"/> to the integer stored at <paramref name="key"/> (creating it at 0 when
    /// missing), refusing a result outside the caller's range <c>[<paramref name="minValue"/>, <paramref name="maxValue"/>]</c>
    /// <em>before</em> anything is written. A member declared <c>int Incr(string key)</c> passes <see cref="int.MinValue"/>
    /// and <see cref="int.MaxValue"/>, so incrementing <see cref="int.MaxValue"/> throws and the store still holds it.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="amount">What to add (negative to subtract).</param>
    /// <param name="minValue">The smallest result the caller can represent.</param>
    /// <param name="maxValue">The largest result the caller can represent.</param>
    /// <param name="expiration">Expiry for a counter this call creates; an existing one keeps its expiry.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The new value, within the range.</returns>
    /// <exception cref="ArgumentException"><paramref name="minValue"/> is greater than <paramref name="maxValue"/>.</exception>
    /// <exception cref="InvalidOperationException">The stored value is not an integer.</exception>
    /// <exception cref="OverflowException">The result is outside the range (or does not fit the stored type); the store is unchanged.</exception>
    public long IncrementInRange(TKey key, long amount, long minValue, long maxValue, Expiration expiration = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        if (minValue > maxValue)
        {
            throw new ArgumentException($"The range is empty: minValue {minValue.ToString(CultureInfo.InvariantCulture)} is greater than maxValue {maxValue.ToString(CultureInfo.InvariantCulture)}.", nameof(minValue));
        }

        long result = 0;
        AddOrUpdate(
            key,
            (current, exists) =>
            {
                var start = exists ? ToInt64(key, current) : 0;
                result = checked(start + amount);
                if (result < minValue || result > maxValue)
                {
                    // Thrown inside the update, under the table's lock: nothing has been written.
                    throw new OverflowException(string.Create(CultureInfo.InvariantCulture,
                        $"{Name}: {start} + {amount} = {result} at key {FakeErrors.Describe(key)} is outside the caller's range [{minValue}, {maxValue}]; the store is unchanged."));
                }

                return FromNumber(result);
            },
            expiration,
            keepExpiry: true,
            keyParam);
        return result;
    }

    /// <summary>Atomically subtracts <paramref name="amount"/> within the caller's range; see <see cref="IncrementInRange"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="amount">What to subtract.</param>
    /// <param name="minValue">The smallest result the caller can represent.</param>
    /// <param name="maxValue">The largest result the caller can represent.</param>
    /// <param name="expiration">Expiry for a counter this call creates.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The new value, within the range.</returns>
    /// <exception cref="OverflowException">The result is outside the range; the store is unchanged.</exception>
    public long DecrementInRange(TKey key, long amount, long minValue, long maxValue, Expiration expiration = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => IncrementInRange(key, amount == long.MinValue ? throw new OverflowException("Cannot negate long.MinValue.") : -amount, minValue, maxValue, expiration, keyParam);

    /// <summary>Atomically subtracts <paramref name="amount"/>; see <see cref="Increment(TKey, long, Expiration, string?)"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="amount">What to subtract.</param>
    /// <param name="expiration">Expiry for a counter this call creates.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The new value.</returns>
    public long Decrement(TKey key, long amount = 1, Expiration expiration = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => Increment(key, amount == long.MinValue ? throw new OverflowException("Cannot negate long.MinValue.") : -amount, expiration, keyParam);

    /// <summary>Atomically adds a floating-point <paramref name="amount"/>, creating the value at 0 when missing.</summary>
    /// <param name="key">The key.</param>
    /// <param name="amount">What to add; must be finite.</param>
    /// <param name="expiration">Expiry for a counter this call creates.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The new value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is NaN or infinite.</exception>
    /// <exception cref="InvalidOperationException">The table stores an integer type and the result is not a whole number; the value is unchanged.</exception>
    public double IncrementByFloat(TKey key, double amount, Expiration expiration = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        if (!double.IsFinite(amount))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount must be finite.");
        }

        var valueType = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
        var integral = valueType.IsPrimitive && valueType != typeof(double) && valueType != typeof(float);

        double result = 0;
        AddOrUpdate(
            key,
            (current, exists) =>
            {
                result = (exists ? ToDouble(key, current) : 0) + amount;
                if (integral && result != Math.Floor(result))
                {
                    throw new InvalidOperationException($"{Name} stores {valueType.Name} values, which cannot hold {result.ToString(CultureInfo.InvariantCulture)}; the value is unchanged.");
                }

                return FromNumber(result);
            },
            expiration,
            keepExpiry: true,
            keyParam);
        return result;
    }

    private long ToInt64(TKey key, TValue? value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul when ul <= long.MaxValue => (long)ul,
        string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new InvalidOperationException($"{Name}: the value at key {FakeErrors.Describe(key)} is not an integer, so it cannot be incremented."),
    };

    private double ToDouble(TKey key, TValue? value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => ToInt64(key, value),
    };

    private static TValue FromNumber<TNumber>(TNumber number)
        where TNumber : IConvertible
    {
        if (number is TValue same)
        {
            return same;
        }

        if (typeof(TValue) == typeof(string))
        {
            return (TValue)(object)number.ToString(CultureInfo.InvariantCulture);
        }

        var target = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
        if (target.IsPrimitive || target == typeof(decimal))
        {
            return (TValue)Convert.ChangeType(number, target, CultureInfo.InvariantCulture);
        }

        throw new InvalidOperationException($"Counters need a numeric or string value type, not {typeof(TValue).Name}.");
    }
}
