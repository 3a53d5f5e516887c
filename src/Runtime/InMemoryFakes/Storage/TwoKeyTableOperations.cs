using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace InMemoryFakes.Support;

/// <summary>
/// A store that holds each value under two keys, each unique on its own, and finds, replaces and removes it by either
/// (an OAuth device flow store: <c>StoreDeviceAuthorizationAsync(deviceCode, userCode, data)</c> beside
/// <c>FindByUserCodeAsync</c> and <c>RemoveByDeviceCodeAsync</c>). The table is keyed by the pair; a key given alone finds
/// the one entry whose part is equal (<see cref="EqualityComparer{T}.Default"/>: ordinal for strings). Generated fakes
/// call these; each one is atomic.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TwoKeyTableOperations
{
    /// <summary>
    /// Stores <paramref name="value"/> under both keys. When a live entry already has the first key or the second, the
    /// store is left unchanged and the duplicate-key error is thrown (a relational store's primary key and unique index
    /// both refuse it).
    /// </summary>
    /// <typeparam name="TFirst">The first key's type.</typeparam>
    /// <typeparam name="TSecond">The second key's type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table, keyed by the pair.</param>
    /// <param name="first">The first key.</param>
    /// <param name="second">The second key.</param>
    /// <param name="value">The value.</param>
    /// <param name="firstParam">The caller's parameter name for <paramref name="first"/>; filled in by the compiler.</param>
    /// <param name="secondParam">The caller's parameter name for <paramref name="second"/>; filled in by the compiler.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>; filled in by the compiler.</param>
    /// <exception cref="ArgumentNullException">A key or the value is null.</exception>
    /// <exception cref="DuplicateKeyException">Either key is taken (or the mapped exception).</exception>
    /// <exception cref="QuotaExceededException">The write was rejected by the quota policy (or the mapped exception).</exception>
    public static void Add<TFirst, TSecond, TValue>(this KeyValueTable<(TFirst First, TSecond Second), TValue> table, TFirst first, TSecond second, TValue value,
        [CallerArgumentExpression(nameof(first))] string? firstParam = null,
        [CallerArgumentExpression(nameof(second))] string? secondParam = null,
        [CallerArgumentExpression(nameof(value))] string? valueParam = null)
        where TFirst : notnull
        where TSecond : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckKey(first, firstParam);
        CheckKey(second, secondParam);
        if (value is null)
        {
            throw new ArgumentNullException(valueParam ?? nameof(value));
        }

        table.Atomically(() =>
        {
            foreach (var key in table.Keys())
            {
                if (EqualityComparer<TFirst>.Default.Equals(key.First, first))
                {
                    throw table.Options.Errors.CreateDuplicate(table.Name, first, firstParam);
                }

                if (EqualityComparer<TSecond>.Default.Equals(key.Second, second))
                {
                    throw table.Options.Errors.CreateDuplicate(table.Name, second, secondParam);
                }
            }

            if (!table.SetIfAbsent((first, second), value, Expiration.Default, firstParam, valueParam))
            {
                throw table.Options.Errors.CreateQuotaExceeded(table.Name, first, "the write was rejected by the quota policy");
            }

            return true;
        });
    }

    /// <summary>Reads the value stored with <paramref name="first"/> as its first key.</summary>
    /// <typeparam name="TFirst">The first key's type.</typeparam>
    /// <typeparam name="TSecond">The second key's type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table, keyed by the pair.</param>
    /// <param name="first">The first key.</param>
    /// <param name="value">The value (a copy, for copied values), or default.</param>
    /// <param name="firstParam">The caller's parameter name for <paramref name="first"/>; filled in by the compiler.</param>
    /// <returns>Whether a live entry has that first key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> is null.</exception>
    public static bool TryGetByFirst<TFirst, TSecond, TValue>(this KeyValueTable<(TFirst First, TSecond Second), TValue> table, TFirst first, [MaybeNullWhen(false)] out TValue value,
        [CallerArgumentExpression(nameof(first))] string? firstParam = null)
        where TFirst : notnull
        where TSecond : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckKey(first, firstParam);
        return TryGet(table, key => EqualityComparer<TFirst>.Default.Equals(key.First, first), out value);
    }

    /// <summary>Reads the value stored with <paramref name="second"/> as its second key.</summary>
    /// <typeparam name="TFirst">The first key's type.</typeparam>
    /// <typeparam name="TSecond">The second key's type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table, keyed by the pair.</param>
    /// <param name="second">The second key.</param>
    /// <param name="value">The value (a copy, for copied values), or default.</param>
    /// <param name="secondParam">The caller's parameter name for <paramref name="second"/>; filled in by the compiler.</param>
    /// <returns>Whether a live entry has that second key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="second"/> is null.</exception>
    public static bool TryGetBySecond<TFirst, TSecond, TValue>(this KeyValueTable<(TFirst First, TSecond Second), TValue> table, TSecond second, [MaybeNullWhen(false)] out TValue value,
        [CallerArgumentExpression(nameof(second))] string? secondParam = null)
        where TFirst : notnull
        where TSecond : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckKey(second, secondParam);
        return TryGet(table, key => EqualityComparer<TSecond>.Default.Equals(key.Second, second), out value);
    }

    /// <summary>Replaces the value stored with <paramref name="first"/> as its first key; both keys stay.</summary>
    /// <typeparam name="TFirst">The first key's type.</typeparam>
    /// <typeparam name="TSecond">The second key's type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table, keyed by the pair.</param>
    /// <param name="first">The first key.</param>
    /// <param name="value">The new value.</param>
    /// <param name="firstParam">The caller's parameter name for <paramref name="first"/>; filled in by the compiler.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>; filled in by the compiler.</param>
    /// <returns>Whether a live entry had that first key (false: nothing was stored).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="value"/> is null.</exception>
    public static bool ReplaceByFirst<TFirst, TSecond, TValue>(this KeyValueTable<(TFirst First, TSecond Second), TValue> table, TFirst first, TValue value,
        [CallerArgumentExpression(nameof(first))] string? firstParam = null,
        [CallerArgumentExpression(nameof(value))] string? valueParam = null)
        where TFirst : notnull
        where TSecond : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckKey(first, firstParam);
        return Replace(table, key => EqualityComparer<TFirst>.Default.Equals(key.First, first), first, value, valueParam);
    }

    /// <summary>Replaces the value stored with <paramref name="second"/> as its second key; both keys stay.</summary>
    /// <typeparam name="TFirst">The first key's type.</typeparam>
    /// <typeparam name="TSecond">The second key's type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table, keyed by the pair.</param>
    /// <param name="second">The second key.</param>
    /// <param name="value">The new value.</param>
    /// <param name="secondParam">The caller's parameter name for <paramref name="second"/>; filled in by the compiler.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>; filled in by the compiler.</param>
    /// <returns>Whether a live entry had that second key (false: nothing was stored).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="second"/> or <paramref name="value"/> is null.</exception>
    public static bool ReplaceBySecond<TFirst, TSecond, TValue>(this KeyValueTable<(TFirst First, TSecond Second), TValue> table, TSecond second, TValue value,
        [CallerArgumentExpression(nameof(second))] string? secondParam = null,
        [CallerArgumentExpression(nameof(value))] string? valueParam = null)
        where TFirst : notnull
        where TSecond : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckKey(second, secondParam);
        return Replace(table, key => EqualityComparer<TSecond>.Default.Equals(key.Second, second), second, value, valueParam);
    }

    /// <summary>Removes the entry stored with <paramref name="first"/> as its first key (both keys go with it).</summary>
    /// <typeparam name="TFirst">The first key's type.</typeparam>
    /// <typeparam name="TSecond">The second key's type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table, keyed by the pair.</param>
    /// <param name="first">The first key.</param>
    /// <param name="firstParam">The caller's parameter name for <paramref name="first"/>; filled in by the compiler.</param>
    /// <returns>Whether an entry was removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> is null.</exception>
    public static bool RemoveByFirst<TFirst, TSecond, TValue>(this KeyValueTable<(TFirst First, TSecond Second), TValue> table, TFirst first,
        [CallerArgumentExpression(nameof(first))] string? firstParam = null)
        where TFirst : notnull
        where TSecond : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckKey(first, firstParam);
        return Remove(table, key => EqualityComparer<TFirst>.Default.Equals(key.First, first));
    }

    /// <summary>Removes the entry stored with <paramref name="second"/> as its second key (both keys go with it).</summary>
    /// <typeparam name="TFirst">The first key's type.</typeparam>
    /// <typeparam name="TSecond">The second key's type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table, keyed by the pair.</param>
    /// <param name="second">The second key.</param>
    /// <param name="secondParam">The caller's parameter name for <paramref name="second"/>; filled in by the compiler.</param>
    /// <returns>Whether an entry was removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="second"/> is null.</exception>
    public static bool RemoveBySecond<TFirst, TSecond, TValue>(this KeyValueTable<(TFirst First, TSecond Second), TValue> table, TSecond second,
        [CallerArgumentExpression(nameof(second))] string? secondParam = null)
        where TFirst : notnull
        where TSecond : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckKey(second, secondParam);
        return Remove(table, key => EqualityComparer<TSecond>.Default.Equals(key.Second, second));
    }

    private static void CheckKey<T>(T key, string? param)
    {
        if (key is null)
        {
            throw new ArgumentNullException(param ?? "key");
        }
    }

    /// <summary>The live pair whose part matches, found under the table's lock, or null.</summary>
    private static (TFirst First, TSecond Second)? Find<TFirst, TSecond, TValue>(KeyValueTable<(TFirst First, TSecond Second), TValue> table, Func<(TFirst First, TSecond Second), bool> match)
        where TFirst : notnull
        where TSecond : notnull
    {
        foreach (var key in table.Keys())
        {
            if (match(key))
            {
                return key;
            }
        }

        return null;
    }

    private static bool TryGet<TFirst, TSecond, TValue>(KeyValueTable<(TFirst First, TSecond Second), TValue> table, Func<(TFirst First, TSecond Second), bool> match, out TValue value)
        where TFirst : notnull
        where TSecond : notnull
    {
        TValue? found = default;
        var hit = table.Atomically(() => Find(table, match) is { } key && table.TryGetValue(key, out found));
        value = found!;
        return hit;
    }

    private static bool Replace<TFirst, TSecond, TValue>(KeyValueTable<(TFirst First, TSecond Second), TValue> table, Func<(TFirst First, TSecond Second), bool> match, object given, TValue value, string? valueParam)
        where TFirst : notnull
        where TSecond : notnull
    {
        if (value is null)
        {
            throw new ArgumentNullException(valueParam ?? nameof(value));
        }

        return table.Atomically(() =>
        {
            if (Find(table, match) is not { } key)
            {
                return false;
            }

            if (table.Write(key, value, Expiration.Default, WriteCondition.MustExist, null, valueParam) == WriteOutcome.Rejected)
            {
                throw table.Options.Errors.CreateQuotaExceeded(table.Name, given, "the write was rejected by the quota policy");
            }

            return true;
        });
    }

    private static bool Remove<TFirst, TSecond, TValue>(KeyValueTable<(TFirst First, TSecond Second), TValue> table, Func<(TFirst First, TSecond Second), bool> match)
        where TFirst : notnull
        where TSecond : notnull
        => table.Atomically(() => Find(table, match) is { } key && table.Remove(key));
}
