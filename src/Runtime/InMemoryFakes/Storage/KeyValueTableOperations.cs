using System;
using System.Text.RegularExpressions;
using System.ComponentModel;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Support;

/// <summary>
/// The key-value operations real caches and stores have beyond one key at a time: a value stored under a key the store
/// makes up, batches of keys, removal by key prefix or by a condition, compare-and-set, and get-or-add with a factory
/// that runs once per key. Generated key-value fakes call these; each one is atomic.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KeyValueTableOperations
{
    /// <summary>
    /// A write of one key whose null value does what <see cref="InMemoryFakeAttribute.NullValueWrites"/> states: under
    /// <see cref="NullValueWrite.Remove"/> a null removes the key (as SAML2's <c>CacheStateService.Set(key, null)</c>), under
    /// <see cref="NullValueWrite.Keep"/> it is stored (<see cref="KeyValueTable{TKey, TValue}.SetNull"/>, as a <c>Dictionary</c>'s
    /// indexer); any other value is stored as <see cref="KeyValueTable{TKey, TValue}.Set"/> stores it.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or null.</param>
    /// <param name="nullWrites">What a null value does: <see cref="NullValueWrite.Remove"/> or <see cref="NullValueWrite.Keep"/>;
    /// <see cref="NullValueWrite.Refuse"/> is <see cref="ArgumentNullException"/>.</param>
    /// <param name="expiration">When the value expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>; filled in by the compiler.</param>
    /// <returns><see langword="false"/> only when the <see cref="QuotaPolicy.Reject"/> policy dropped the write.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null, or <paramref name="value"/> is null under <see cref="NullValueWrite.Refuse"/>.</exception>
    public static bool SetOrNull<TKey, TValue>(this KeyValueTable<TKey, TValue> table, TKey key, TValue? value, NullValueWrite nullWrites, Expiration expiration = default,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null, [CallerArgumentExpression(nameof(value))] string? valueParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        if (value is not null)
        {
            return table.Set(key, value, expiration, keyParam, valueParam);
        }

        switch (nullWrites)
        {
            case NullValueWrite.Remove:
                _ = table.Remove(key, keyParam);
                return true;
            case NullValueWrite.Keep:
                return table.SetNull(key, expiration, keyParam);
            default:
                throw new ArgumentNullException(valueParam ?? nameof(value));
        }
    }

    /// <summary>
    /// Stores <paramref name="value"/> under a new key and returns it: a new GUID's 32 hex digits for a string key, a new
    /// GUID for a GUID key, one more than the largest live key for an integer key (as a database sequence would, after
    /// the largest key is removed its number can come again).
    /// </summary>
    /// <typeparam name="TKey">The key type: <see cref="string"/>, <see cref="Guid"/>, <see cref="int"/> or <see cref="long"/>.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="value">The value.</param>
    /// <param name="expiration">When it expires.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>; filled in by the compiler.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException">The table's keys are of another type.</exception>
    public static TKey AddWithNewKey<TKey, TValue>(this KeyValueTable<TKey, TValue> table, TValue value, Expiration expiration = default,
        [CallerArgumentExpression(nameof(value))] string? valueParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        if (value is null)
        {
            throw new ArgumentNullException(valueParam ?? nameof(value));
        }

        if (typeof(TKey) == typeof(string) || typeof(TKey) == typeof(Guid))
        {
            while (true)
            {
                var guid = Guid.NewGuid();
                var key = typeof(TKey) == typeof(string) ? (TKey)(object)guid.ToString("N") : (TKey)(object)guid;
                if (table.SetIfAbsent(key, value, expiration, "key", valueParam))
                {
                    return key;
                }

                // A GUID collision, or the Reject quota policy: a collision is retried, a rejection reported.
                if (!table.ContainsKey(key))
                {
                    throw table.Options.Errors.CreateQuotaExceeded(table.Name, key, "the write was rejected by the quota policy");
                }
            }
        }

        if (typeof(TKey) != typeof(int) && typeof(TKey) != typeof(long))
        {
            throw new NotSupportedException($"{table.Name}: keys of type {typeof(TKey).Name} cannot be made up; use string, Guid, int or long keys.");
        }

        return table.Atomically(() =>
        {
            long largest = 0;
            foreach (var existing in table.Keys())
            {
                largest = Math.Max(largest, Convert.ToInt64(existing, CultureInfo.InvariantCulture));
            }

            var next = checked(largest + 1);
            var key = typeof(TKey) == typeof(int) ? (TKey)(object)checked((int)next) : (TKey)(object)next;
            if (!table.SetIfAbsent(key, value, expiration, "key", valueParam))
            {
                throw table.Options.Errors.CreateQuotaExceeded(table.Name, key, "the write was rejected by the quota policy");
            }

            return key;
        });
    }

    /// <summary>
    /// Writes every live entry into <paramref name="array"/> from <paramref name="index"/> on, in insertion order, read at
    /// one instant: what <c>ICollection&lt;KeyValuePair&lt;TKey, TValue&gt;&gt;.CopyTo</c> does for a dictionary (System.Xaml's
    /// <c>IAttachedPropertyStore.CopyPropertiesTo</c> over its default store). The array is checked before anything is
    /// written, so a bad argument leaves it as it was.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="array">The array to write into.</param>
    /// <param name="index">The first index to write.</param>
    /// <param name="arrayParam">The caller's parameter name for <paramref name="array"/>; filled in by the compiler.</param>
    /// <param name="indexParam">The caller's parameter name for <paramref name="index"/>; filled in by the compiler.</param>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or past the array's end.</exception>
    /// <exception cref="ArgumentException">The entries do not fit between <paramref name="index"/> and the array's end.</exception>
    public static void CopyTo<TKey, TValue>(this KeyValueTable<TKey, TValue> table, KeyValuePair<TKey, TValue>[] array, int index,
        [CallerArgumentExpression(nameof(array))] string? arrayParam = null, [CallerArgumentExpression(nameof(index))] string? indexParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        if (array is null)
        {
            throw new ArgumentNullException(arrayParam ?? nameof(array));
        }

        if (index < 0 || index > array.Length)
        {
            throw new ArgumentOutOfRangeException(indexParam ?? nameof(index), index, $"{table.Name}: the index must be between 0 and the array's length ({array.Length}).");
        }

        var entries = table.Entries();
        if (array.Length - index < entries.Count)
        {
            throw new ArgumentException($"{table.Name}: {entries.Count} entries do not fit in the array from index {index} (length {array.Length}).", arrayParam ?? nameof(array));
        }

        entries.CopyTo(array, index);
    }

    /// <summary>The live entries of the keys asked for (missing keys are left out), read at one instant.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="keys">The keys; a key asked for twice appears once.</param>
    /// <param name="keysParam">The caller's parameter name for <paramref name="keys"/>; filled in by the compiler.</param>
    /// <returns>The entries found (copies, for copied values).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> or one of them is null.</exception>
    public static Dictionary<TKey, TValue> GetMany<TKey, TValue>(this KeyValueTable<TKey, TValue> table, IEnumerable<TKey> keys,
        [CallerArgumentExpression(nameof(keys))] string? keysParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        var list = KeyList(keys, keysParam);
        return table.Atomically(() =>
        {
            var found = new Dictionary<TKey, TValue>(table.Comparer);
            foreach (var key in list)
            {
                if (!found.ContainsKey(key) && table.TryGetValue(key, out var value))
                {
                    found.Add(key, value);
                }
            }

            return found;
        });
    }

    /// <summary>
    /// Every key asked for, each with what <paramref name="found"/> makes of its live value or, when it is missing or
    /// expired, <paramref name="missing"/>, read at one instant (a key asked twice appears once): a batch read whose
    /// results say themselves whether a value was found (EasyCaching's and Foundatio's
    /// <c>IDictionary&lt;string, CacheValue&lt;T&gt;&gt; GetAll(keys)</c>, which list a missing key as <c>NoValue</c>).
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <typeparam name="TResult">The result per key.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="keys">The keys.</param>
    /// <param name="found">Makes the result of a live value.</param>
    /// <param name="missing">The result of a missing key.</param>
    /// <param name="keysParam">The caller's parameter name for <paramref name="keys"/>; filled in by the compiler.</param>
    /// <returns>A new dictionary with every key asked for.</returns>
    public static Dictionary<TKey, TResult> GetEvery<TKey, TValue, TResult>(this KeyValueTable<TKey, TValue> table, IEnumerable<TKey> keys,
        Func<TValue, TResult> found, TResult missing, [CallerArgumentExpression(nameof(keys))] string? keysParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(found);
        var list = KeyList(keys, keysParam);
        var values = table.GetMany(list, keysParam);
        var every = new Dictionary<TKey, TResult>(table.Comparer);
        foreach (var key in list)
        {
            every[key] = values.TryGetValue(key, out var value) ? found(value) : missing;
        }

        return every;
    }

    /// <summary>The live values of the keys asked for, in the order asked (missing keys skipped), read at one instant.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="keys">The keys.</param>
    /// <param name="keysParam">The caller's parameter name for <paramref name="keys"/>; filled in by the compiler.</param>
    /// <returns>The values found.</returns>
    public static List<TValue> GetValues<TKey, TValue>(this KeyValueTable<TKey, TValue> table, IEnumerable<TKey> keys,
        [CallerArgumentExpression(nameof(keys))] string? keysParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        var list = KeyList(keys, keysParam);
        return table.Atomically(() =>
        {
            var values = new List<TValue>(list.Count);
            foreach (var key in list)
            {
                if (table.TryGetValue(key, out var value))
                {
                    values.Add(value);
                }
            }

            return values;
        });
    }

    /// <summary>
    /// Writes every entry, all or nothing: a null key or value is reported before anything is written, and a write that
    /// fails on the way (a quota) leaves the table as it was.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="items">The entries (a dictionary, usually).</param>
    /// <param name="expiration">When each expires.</param>
    /// <param name="onlyAbsent">Write only the keys that have no live entry.</param>
    /// <param name="itemsParam">The caller's parameter name for <paramref name="items"/>; filled in by the compiler.</param>
    /// <returns>How many entries were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/>, a key or a value is null.</exception>
    public static int SetMany<TKey, TValue>(this KeyValueTable<TKey, TValue> table, IEnumerable<KeyValuePair<TKey, TValue>> items, Expiration expiration = default,
        bool onlyAbsent = false, [CallerArgumentExpression(nameof(items))] string? itemsParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        var list = CheckedBatch(items, itemsParam);

        return table.Atomically(() =>
        {
            var saved = table.CaptureState();
            try
            {
                var written = 0;
                foreach (var item in list)
                {
                    if (onlyAbsent ? table.SetIfAbsent(item.Key, item.Value, expiration, "key", itemsParam) : table.Set(item.Key, item.Value, expiration, "key", itemsParam))
                    {
                        written++;
                    }
                }

                return written;
            }
            catch
            {
                table.RestoreState(saved);
                throw;
            }
        });
    }

    /// <summary>
    /// The batch as a list, checked before anything is written: a null batch, key or value throws
    /// <see cref="ArgumentNullException"/> naming the caller's parameter, and the table is not touched.
    /// </summary>
    private static List<KeyValuePair<TKey, TValue>> CheckedBatch<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>>? items, string? itemsParam)
    {
        if (items is null)
        {
            throw new ArgumentNullException(itemsParam ?? nameof(items));
        }

        var list = new List<KeyValuePair<TKey, TValue>>(items);
        foreach (var item in list)
        {
            if (item.Key is null || item.Value is null)
            {
                throw new ArgumentNullException(itemsParam ?? nameof(items), "A key or a value in the batch is null; nothing was written.");
            }
        }

        return list;
    }

    /// <summary>
    /// Makes the given entries the table's whole content, atomically: every live entry not among them is removed, and each
    /// of them is written without expiry (a store that keeps one document, such as Blazor's
    /// <c>IPersistentComponentStateStore.PersistStateAsync</c>: what was persisted last is what is read back).
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="items">The entries (a dictionary, usually).</param>
    /// <param name="itemsParam">The caller's parameter name for <paramref name="items"/>; filled in by the compiler.</param>
    /// <returns>How many entries the table holds afterwards.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/>, a key or a value is null; the table is unchanged.</exception>
    public static int ReplaceAll<TKey, TValue>(this KeyValueTable<TKey, TValue> table, IEnumerable<KeyValuePair<TKey, TValue>> items,
        [CallerArgumentExpression(nameof(items))] string? itemsParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        var list = CheckedBatch(items, itemsParam);

        return table.Atomically(() =>
        {
            var saved = table.CaptureState();
            try
            {
                foreach (var key in table.Keys())
                {
                    table.Remove(key);
                }

                foreach (var item in list)
                {
                    table.Set(item.Key, item.Value, default, "key", itemsParam);
                }

                // Not list.Count: a batch of pairs may name a key twice (the last value wins), and the count is the table's.
                return table.Count;
            }
            catch
            {
                table.RestoreState(saved);
                throw;
            }
        });
    }

    /// <summary>Removes the keys asked for, atomically; missing keys are ignored.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="keys">The keys.</param>
    /// <param name="keysParam">The caller's parameter name for <paramref name="keys"/>; filled in by the compiler.</param>
    /// <returns>How many live entries were removed.</returns>
    public static int RemoveMany<TKey, TValue>(this KeyValueTable<TKey, TValue> table, IEnumerable<TKey> keys,
        [CallerArgumentExpression(nameof(keys))] string? keysParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        var list = KeyList(keys, keysParam);
        return table.Atomically(() =>
        {
            var removed = 0;
            foreach (var key in list)
            {
                if (table.Remove(key))
                {
                    removed++;
                }
            }

            return removed;
        });
    }

    /// <summary>
    /// Removes the live entries of <paramref name="keys"/>, or every live entry when no key is given (null or empty),
    /// atomically: a removal whose key collection is optional with a default of null (Foundatio's
    /// <c>RemoveAllAsync(IEnumerable&lt;string&gt; keys = null)</c>, which flushes the cache when called without keys).
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="keys">The keys, or null (or empty) for every entry.</param>
    /// <param name="keysParam">The caller's parameter name for <paramref name="keys"/>; filled in by the compiler.</param>
    /// <returns>How many live entries were removed.</returns>
    public static int RemoveManyOrAll<TKey, TValue>(this KeyValueTable<TKey, TValue> table, IEnumerable<TKey>? keys,
        [CallerArgumentExpression(nameof(keys))] string? keysParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        var list = keys is null ? null : KeyList(keys, keysParam);
        return list is null || list.Count == 0 ? table.RemoveKeysWhere(static _ => true) : table.RemoveMany(list, keysParam);
    }

    /// <summary>Removes every live entry whose key satisfies <paramref name="predicate"/>, atomically.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="predicate">The condition on the key; runs under the table's lock.</param>
    /// <returns>How many entries were removed.</returns>
    public static int RemoveKeysWhere<TKey, TValue>(this KeyValueTable<TKey, TValue> table, Func<TKey, bool> predicate)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(predicate);
        return RemoveKeysWhere(table, predicate, removedKeys: null);
    }

    // The removal by a key condition, atomically; the keys removed are added to removedKeys when it is given, in the order
    // they were first written (the table's key order).
    private static int RemoveKeysWhere<TKey, TValue>(KeyValueTable<TKey, TValue> table, Func<TKey, bool> predicate, List<TKey>? removedKeys)
        where TKey : notnull
        => table.Atomically(() =>
        {
            var removed = 0;
            foreach (var key in table.Keys())
            {
                if (predicate(key) && table.Remove(key))
                {
                    removed++;
                    removedKeys?.Add(key);
                }
            }

            return removed;
        });

    /// <summary>Removes every live entry whose key starts with <paramref name="prefix"/> (ordinal), atomically.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="prefix">The prefix; an empty prefix removes everything.</param>
    /// <param name="prefixParam">The caller's parameter name for <paramref name="prefix"/>; filled in by the compiler.</param>
    /// <returns>How many entries were removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    public static int RemoveByPrefix<TValue>(this KeyValueTable<string, TValue> table, string prefix,
        [CallerArgumentExpression(nameof(prefix))] string? prefixParam = null)
    {
        if (prefix is null)
        {
            throw new ArgumentNullException(prefixParam ?? nameof(prefix));
        }

        return table.RemoveKeysWhere(key => key.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>
    /// Removes every live entry whose key starts with <paramref name="prefix"/> (ordinal), atomically, and answers the keys
    /// it removed, in the order they were first written (nopCommerce's <c>CacheKeyManager.RemoveByPrefix</c> answers the
    /// keys it pruned; their order is its trie's, which no signature states).
    /// </summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="prefix">The prefix; an empty prefix removes everything.</param>
    /// <param name="prefixParam">The caller's parameter name for <paramref name="prefix"/>; filled in by the compiler.</param>
    /// <returns>The keys removed; empty when none was there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    public static List<string> RemoveByPrefixListed<TValue>(this KeyValueTable<string, TValue> table, string prefix,
        [CallerArgumentExpression(nameof(prefix))] string? prefixParam = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (prefix is null)
        {
            throw new ArgumentNullException(prefixParam ?? nameof(prefix));
        }

        var removed = new List<string>();
        RemoveKeysWhere(table, key => key.StartsWith(prefix, StringComparison.Ordinal), removed);
        return removed;
    }

    /// <summary>
    /// Removes every live entry whose key <paramref name="pattern"/> matches (<see cref="Regex.IsMatch(string)"/>: anywhere in
    /// the key unless the pattern anchors itself), atomically: a removal by a key pattern typed as a <see cref="Regex"/>, whose
    /// type says what the pattern means.
    /// </summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="pattern">The regular expression.</param>
    /// <param name="patternParam">The caller's parameter name for <paramref name="pattern"/>; filled in by the compiler.</param>
    /// <returns>How many entries were removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    public static int RemoveByRegex<TValue>(this KeyValueTable<string, TValue> table, Regex pattern,
        [CallerArgumentExpression(nameof(pattern))] string? patternParam = null)
    {
        if (pattern is null)
        {
            throw new ArgumentNullException(patternParam ?? nameof(pattern));
        }

        return table.RemoveKeysWhere(key => pattern.IsMatch(key));
    }

    /// <summary>Removes every live entry of a region (<c>(region, key)</c> keys), atomically.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="region">The region.</param>
    /// <param name="regionParam">The caller's parameter name for <paramref name="region"/>; filled in by the compiler.</param>
    /// <returns>How many entries were removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public static int RemoveRegion<TValue>(this KeyValueTable<(string? Region, string Key), TValue> table, string region,
        [CallerArgumentExpression(nameof(region))] string? regionParam = null)
    {
        if (region is null)
        {
            throw new ArgumentNullException(regionParam ?? nameof(region));
        }

        return table.RemoveKeysWhere(key => string.Equals(key.Region, region, StringComparison.Ordinal));
    }

    /// <summary>Removes every live entry whose value satisfies <paramref name="predicate"/>, atomically.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <typeparam name="TState">The state the predicate compares with (the caller's arguments).</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="state">The arguments.</param>
    /// <param name="predicate">The condition on the stored value; runs under the table's lock.</param>
    /// <returns>How many entries were removed.</returns>
    public static int RemoveValuesWhere<TKey, TValue, TState>(this KeyValueTable<TKey, TValue> table, TState state, Func<TValue, TState, bool> predicate)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(predicate);
        return table.RemoveWhere(value => predicate(value, state));
    }

    /// <summary>
    /// Replaces the value at <paramref name="key"/> only when the stored one equals <paramref name="expected"/> (by
    /// <see cref="EqualityComparer{T}.Default"/>), atomically, keeping its expiry.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The new value.</param>
    /// <param name="expected">The value the entry must hold.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>; filled in by the compiler.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns><see langword="true"/> when replaced; <see langword="false"/> when missing or holding another value.</returns>
    public static bool CompareAndSet<TKey, TValue>(this KeyValueTable<TKey, TValue> table, TKey key, TValue value, TValue expected,
        [CallerArgumentExpression(nameof(value))] string? valueParam = null, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        if (value is null)
        {
            throw new ArgumentNullException(valueParam ?? nameof(value));
        }

        return table.Atomically(() =>
        {
            if (!table.TryGetValue(key, out var current, keyParam) || !EqualityComparer<TValue>.Default.Equals(current, expected))
            {
                return false;
            }

            var info = table.Inspect(key);
            var keep = info?.SlidingWindow is { } window ? Expiration.Sliding(window)
                : info?.ExpiresAt is { } at ? Expiration.At(at)
                : Expiration.Never;
            table.Set(key, value, keep, keyParam, valueParam);
            return true;
        });
    }

    /// <summary>
    /// The live value at <paramref name="key"/>, or the factory's value, stored: the factory runs once for the key, under
    /// the fake's lock on that key (<see cref="FakeCore.LockAsync"/>), so callers that race wait for the one running it
    /// and then read its value. A factory that returns null stores nothing (tables hold no nulls) and returns null.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="core">The fake (for its per-key locks).</param>
    /// <param name="key">The key.</param>
    /// <param name="factory">Makes the value when there is none.</param>
    /// <param name="expiration">When a value the factory made expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The value (a copy, for copied values).</returns>
    public static TValue GetOrAdd<TKey, TValue>(this KeyValueTable<TKey, TValue> table, FakeCore core, TKey key, Func<TValue> factory, Expiration expiration = default,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(factory);
        return GetOrAddCore(table, core, key, (factory, expiration), static state => (state.factory(), state.expiration), keyParam);
    }

    /// <summary>The asynchronous <see cref="GetOrAdd{TKey, TValue}"/>: the factory is awaited under the key's lock.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="core">The fake (for its per-key locks).</param>
    /// <param name="key">The key.</param>
    /// <param name="factory">Makes the value when there is none.</param>
    /// <param name="expiration">When a value the factory made expires.</param>
    /// <param name="cancellationToken">Stops waiting for the key's lock.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The value.</returns>
    public static async ValueTask<TValue> GetOrAddAsync<TKey, TValue>(this KeyValueTable<TKey, TValue> table, FakeCore core, TKey key, Func<ValueTask<TValue>> factory,
        Expiration expiration = default, CancellationToken cancellationToken = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(factory);
        return await GetOrAddCoreAsync(table, core, key, (factory, expiration), static async state => (await state.factory().ConfigureAwait(false), state.expiration), keyParam, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// <see cref="GetOrAdd{TKey, TValue}"/> for a factory that decides the expiry as it makes the value (a factory that
    /// sets it on the cache entry it is given, as <c>IMemoryCache.GetOrCreate</c> allows): the factory runs once for the
    /// key, under the key's lock, and the value is stored with the expiration it returns.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="core">The fake (for its per-key locks).</param>
    /// <param name="key">The key.</param>
    /// <param name="factory">Makes the value when there is none, and says when it expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The value (a copy, for copied values).</returns>
    public static TValue GetOrAddWithExpiration<TKey, TValue>(this KeyValueTable<TKey, TValue> table, FakeCore core, TKey key, Func<(TValue Value, Expiration Expiration)> factory,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(factory);
        return GetOrAddCore(table, core, key, factory, static make => make(), keyParam);
    }

    /// <summary>The asynchronous <see cref="GetOrAddWithExpiration{TKey, TValue}"/>: the factory is awaited under the key's lock.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="core">The fake (for its per-key locks).</param>
    /// <param name="key">The key.</param>
    /// <param name="factory">Makes the value when there is none, and says when it expires.</param>
    /// <param name="cancellationToken">Stops waiting for the key's lock.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The value.</returns>
    public static async ValueTask<TValue> GetOrAddWithExpirationAsync<TKey, TValue>(this KeyValueTable<TKey, TValue> table, FakeCore core, TKey key,
        Func<ValueTask<(TValue Value, Expiration Expiration)>> factory, CancellationToken cancellationToken = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(factory);
        return await GetOrAddCoreAsync(table, core, key, factory, static make => make(), keyParam, cancellationToken).ConfigureAwait(false);
    }

    // Get-or-add, once: a read, then the key's lock, a second read, and only then the factory (the state carries what the
    // public overloads were given, so the hit path allocates nothing).
    private static TValue GetOrAddCore<TKey, TValue, TState>(KeyValueTable<TKey, TValue> table, FakeCore core, TKey key, TState state, Func<TState, (TValue Value, Expiration Expiration)> make,
        string? keyParam, EntryTags<TKey, TValue>? tagged = null, IEnumerable<string?>? tags = null)
        where TKey : notnull
    {
        if (table.TryGetValue(key, out var found, keyParam))
        {
            return found;
        }

        // Waiting for the key's lock: a plain wait (the lock is a semaphore; no synchronisation context is involved).
        using var held = core.LockAsync(LockKey(table, key)).AsTask().GetAwaiter().GetResult();
        if (table.TryGetValue(key, out found))
        {
            return found;
        }

        var (made, expiration) = make(state);
        return StoreMade(table, key, made, expiration, keyParam, tagged, tags);
    }

    private static async ValueTask<TValue> GetOrAddCoreAsync<TKey, TValue, TState>(KeyValueTable<TKey, TValue> table, FakeCore core, TKey key, TState state,
        Func<TState, ValueTask<(TValue Value, Expiration Expiration)>> make, string? keyParam, CancellationToken cancellationToken, EntryTags<TKey, TValue>? tagged = null,
        IEnumerable<string?>? tags = null)
        where TKey : notnull
    {
        if (table.TryGetValue(key, out var found, keyParam))
        {
            return found;
        }

        await using var held = (await core.LockAsync(LockKey(table, key), cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        if (table.TryGetValue(key, out found))
        {
            return found;
        }

        var (made, expiration) = await make(state).ConfigureAwait(false);
        return StoreMade(table, key, made, expiration, keyParam, tagged, tags);
    }

    /// <summary>A get-or-add whose made value is stored with tags (<see cref="EntryTags{TKey, TValue}.GetOrAdd"/>).</summary>
    internal static TValue GetOrAddTagged<TKey, TValue>(EntryTags<TKey, TValue> tagged, KeyValueTable<TKey, TValue> table, FakeCore core, TKey key, Func<TValue> factory,
        IEnumerable<string?>? tags, Expiration expiration, string? keyParam)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(factory);
        return GetOrAddCore(table, core, key, (factory, expiration), static state => (state.factory(), state.expiration), keyParam, tagged, tags);
    }

    /// <summary>The asynchronous <see cref="GetOrAddTagged{TKey, TValue}"/>.</summary>
    internal static async ValueTask<TValue> GetOrAddTaggedAsync<TKey, TValue>(EntryTags<TKey, TValue> tagged, KeyValueTable<TKey, TValue> table, FakeCore core, TKey key,
        Func<ValueTask<TValue>> factory, IEnumerable<string?>? tags, Expiration expiration, string? keyParam, CancellationToken cancellationToken)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(factory);
        return await GetOrAddCoreAsync(table, core, key, (factory, expiration), static async state => (await state.factory().ConfigureAwait(false), state.expiration), keyParam,
            cancellationToken, tagged, tags).ConfigureAwait(false);
    }

    // A factory's value, stored (a null stores nothing: tables hold no nulls) with its tags when it has any, and read back
    // as the table hands it out.
    private static TValue StoreMade<TKey, TValue>(KeyValueTable<TKey, TValue> table, TKey key, TValue made, Expiration expiration, string? keyParam,
        EntryTags<TKey, TValue>? tagged, IEnumerable<string?>? tags)
        where TKey : notnull
    {
        if (made is null)
        {
            return made;
        }

        if (tagged is not null)
        {
            tagged.Set(key, made, tags, expiration, keyParam, "factory");
        }
        else
        {
            table.Set(key, made, expiration, keyParam, "factory");
        }

        return table.TryGetValue(key, out var found) ? found : made;
    }

    // One lock per (table, key): the same key in two tables of a fake is two entries.
    private static object LockKey<TKey, TValue>(KeyValueTable<TKey, TValue> table, TKey key)
        where TKey : notnull
        => (table.Name, key);

    private static List<TKey> KeyList<TKey>(IEnumerable<TKey> keys, string? keysParam)
    {
        if (keys is null)
        {
            throw new ArgumentNullException(keysParam ?? nameof(keys));
        }

        var list = new List<TKey>(keys);
        foreach (var key in list)
        {
            if (key is null)
            {
                throw new ArgumentNullException(keysParam ?? nameof(keys), "One of the keys is null.");
            }
        }

        return list;
    }
}
