using System;
using System.ComponentModel;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Support;

/// <summary>
/// Tags recorded with the entries of a key-value table, so every entry stored with a tag can be evicted at once (as
/// ASP.NET Core's <c>IOutputCacheStore.EvictByTagAsync</c> does). The tags live in a second table of the same fake,
/// named <c>{table}.tags</c>, so Reset, Clear, snapshots and shared backends treat them with the entries (the fake's
/// <c>Count</c> and <c>Entries</c> hooks list them too). An entry that expires, is evicted by a quota, is removed or is
/// written again without tags loses its tags.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntryTags<TKey, TValue>
    where TKey : notnull
{
    private readonly KeyValueTable<TKey, TValue> _values;
    private readonly KeyValueTable<TKey, string[]> _tags;

    /// <summary>Creates (or, on a shared backend, joins) the tag table of <paramref name="values"/>.</summary>
    /// <param name="core">The fake.</param>
    /// <param name="values">The table whose entries are tagged.</param>
    public EntryTags(FakeCore core, KeyValueTable<TKey, TValue> values)
    {
        ArgumentNullException.ThrowIfNull(core);
        _values = values ?? throw new ArgumentNullException(nameof(values));
        _tags = core.KeyValueTable<TKey, string[]>(values.Name + ".tags", static tags => (string[])tags.Clone());
        _values.EntryEvicted += (_, e) =>
        {
            if (e.Key is TKey key)
            {
                // Raised after the table's lock is released: a new entry may have been written since, with its own tags.
                _values.Atomically(() => _values.Inspect(key) is null && _tags.Remove(key));
            }
        };
    }

    /// <summary>The tag table (for inspection in tests).</summary>
    public KeyValueTable<TKey, string[]> Table => _tags;

    /// <summary>Stores a value with its tags, replacing any existing entry and its tags, atomically.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="tags">The tags; null or empty for none. Null or empty tags in it are ignored.</param>
    /// <param name="expiration">When the entry expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <param name="valueParam">The caller's parameter name for <paramref name="value"/>; filled in by the compiler.</param>
    /// <returns><see langword="false"/> only when the <see cref="QuotaPolicy.Reject"/> policy dropped the write.</returns>
    public bool Set(TKey key, TValue value, IEnumerable<string?>? tags, Expiration expiration = default,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null,
        [CallerArgumentExpression(nameof(value))] string? valueParam = null)
    {
        var set = Normalize(tags);
        return _values.Atomically(() =>
        {
            // One clock read for the value and its tags (the tag table is written only under the value table's lock, and
            // runs on the fake's clock): both entries record the same instant.
            var now = _values.ReadClock();
            if (_values.WriteAt(now, key, value, expiration, WriteCondition.Any, keyParam, valueParam) == WriteOutcome.Rejected)
            {
                return false;
            }

            if (set.Length == 0)
            {
                _tags.Remove(key);
            }
            else if (ReferenceEquals(_tags.Clock, _values.Clock))
            {
                _tags.WriteAt(now, key, set, Expiration.Never, WriteCondition.Any, "key", "set");
            }
            else
            {
                _tags.Set(key, set, Expiration.Never);
            }

            return true;
        });
    }

    /// <summary>Removes an entry and its tags.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>Whether a live entry was removed.</returns>
    public bool Remove(TKey key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => _values.Atomically(() =>
        {
            _tags.Remove(key);
            return _values.Remove(key, keyParam);
        });

    /// <summary>Removes every entry and every tag.</summary>
    public void Clear() => _values.Atomically(() =>
    {
        _values.Clear();
        _tags.Clear();
        return 0;
    });

    /// <summary>Removes every live entry stored with <paramref name="tag"/> (ordinal), atomically.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="tagParam">The caller's parameter name for <paramref name="tag"/>; filled in by the compiler.</param>
    /// <returns>How many live entries were removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is null.</exception>
    public int Evict(string tag, [CallerArgumentExpression(nameof(tag))] string? tagParam = null)
    {
        if (tag is null)
        {
            throw new ArgumentNullException(tagParam ?? nameof(tag));
        }

        return _values.Atomically(() =>
        {
            var removed = 0;
            foreach (var entry in _tags.Entries())
            {
                if (Array.IndexOf(entry.Value, tag) >= 0)
                {
                    _tags.Remove(entry.Key);
                    if (_values.Remove(entry.Key))
                    {
                        removed++;
                    }
                }
            }

            return removed;
        });
    }

    /// <summary>
    /// Removes every live entry stored with any of <paramref name="tags"/> (ordinal), atomically: what evicting each tag in
    /// turn removes (FusionCache's <c>RemoveByTagAsync(IEnumerable&lt;string&gt;)</c>). Null and empty tags in it are skipped.
    /// </summary>
    /// <param name="tags">The tags.</param>
    /// <param name="tagsParam">The caller's parameter name for <paramref name="tags"/>; filled in by the compiler.</param>
    /// <returns>How many live entries were removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> is null.</exception>
    public int EvictAny(IEnumerable<string?> tags, [CallerArgumentExpression(nameof(tags))] string? tagsParam = null)
    {
        if (tags is null)
        {
            throw new ArgumentNullException(tagsParam ?? nameof(tags));
        }

        var set = Normalize(tags);
        return _values.Atomically(() =>
        {
            var removed = 0;
            foreach (var entry in _tags.Entries())
            {
                if (Array.Exists(entry.Value, tag => Array.IndexOf(set, tag) >= 0))
                {
                    _tags.Remove(entry.Key);
                    if (_values.Remove(entry.Key))
                    {
                        removed++;
                    }
                }
            }

            return removed;
        });
    }

    /// <summary>
    /// Answers the live value of <paramref name="key"/>, or runs <paramref name="factory"/> once for the key (under the
    /// key's lock, as <see cref="KeyValueTableOperations.GetOrAdd{TKey, TValue}"/>) and stores what it makes with
    /// <paramref name="tags"/>. A value found keeps the tags it was stored with.
    /// </summary>
    /// <param name="core">The fake (for its per-key locks).</param>
    /// <param name="key">The key.</param>
    /// <param name="factory">Makes the value when there is none.</param>
    /// <param name="tags">The made value's tags; null or empty for none. Null or empty tags in it are ignored.</param>
    /// <param name="expiration">When a value the factory made expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The value.</returns>
    public TValue GetOrAdd(FakeCore core, TKey key, Func<TValue> factory, IEnumerable<string?>? tags, Expiration expiration = default,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => KeyValueTableOperations.GetOrAddTagged(this, _values, core, key, factory, tags, expiration, keyParam);

    /// <summary>The asynchronous <see cref="GetOrAdd"/>: the factory is awaited under the key's lock.</summary>
    /// <param name="core">The fake (for its per-key locks).</param>
    /// <param name="key">The key.</param>
    /// <param name="factory">Makes the value when there is none.</param>
    /// <param name="tags">The made value's tags; null or empty for none. Null or empty tags in it are ignored.</param>
    /// <param name="expiration">When a value the factory made expires.</param>
    /// <param name="cancellationToken">Stops waiting for the key's lock.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The value.</returns>
    public ValueTask<TValue> GetOrAddAsync(FakeCore core, TKey key, Func<ValueTask<TValue>> factory, IEnumerable<string?>? tags, Expiration expiration = default,
        CancellationToken cancellationToken = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => KeyValueTableOperations.GetOrAddTaggedAsync(this, _values, core, key, factory, tags, expiration, keyParam, cancellationToken);

    /// <summary>The tags of a live entry (empty when it has none or is missing).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The tags.</returns>
    public IReadOnlyList<string> TagsOf(TKey key)
        => _values.Atomically(() => _values.Inspect(key) is not null && _tags.TryGetValue(key, out var tags) ? tags : Array.Empty<string>());

    private static string[] Normalize(IEnumerable<string?>? tags)
    {
        if (tags is null)
        {
            return Array.Empty<string>();
        }

        var set = new List<string>();
        foreach (var tag in tags)
        {
            if (!string.IsNullOrEmpty(tag) && !set.Contains(tag))
            {
                set.Add(tag);
            }
        }

        return set.ToArray();
    }
}
