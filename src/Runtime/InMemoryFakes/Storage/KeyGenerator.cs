using System;
using System.Threading;

namespace InMemoryFakes;

/// <summary>
/// Produces keys for entities added with a default key: 1, 2, 3… for <see cref="int"/> and
/// <see cref="long"/> keys (skipping past any key added explicitly), a new <see cref="Guid"/> for
/// GUID keys, and the same inside a strongly typed id that wraps one of them
/// (<see cref="EntityModel{TKey, TEntity}.KeyFromNumber"/>, <see cref="EntityModel{TKey, TEntity}.KeyFromGuid"/>), or a key
/// the database's client makes (<see cref="EntityModel{TKey, TEntity}.NewKey"/>: MongoDB's ObjectId).
/// <see cref="Reset"/> restarts the sequence.
/// </summary>
/// <remarks>
/// Not thread-safe by itself: its one owner, an <see cref="Support.EntityTable{TKey, TEntity}"/>, calls
/// <see cref="Next"/>, <see cref="Observe"/>, <see cref="Reset"/> and <see cref="Position"/> only under its lock, so
/// a sequence step is a plain read and write (an add no longer pays an interlocked operation for it).
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
internal sealed class KeyGenerator<TKey>
    where TKey : notnull
{
    private readonly Func<long, TKey>? _fromNumber;
    private readonly Func<TKey, long>? _toNumber;
    private readonly Func<Guid, TKey>? _fromGuid;
    private readonly Func<TKey, Guid>? _toGuid;
    private readonly ObjectIdText? _objectIds;
    private readonly Func<TKey>? _newKey;
    private readonly bool _guidText;
    private readonly bool _guidTextWhenUnset;
    private long _last;

    private KeyGenerator(Func<long, TKey>? fromNumber, Func<TKey, long>? toNumber, Func<Guid, TKey>? fromGuid, Func<TKey, Guid>? toGuid, ObjectIdText? objectIds = null, bool guidText = false, bool guidTextWhenUnset = false, Func<TKey>? newKey = null)
    {
        _newKey = newKey;
        _guidText = guidText;
        _guidTextWhenUnset = guidTextWhenUnset;
        _fromNumber = fromNumber;
        _toNumber = toNumber;
        _fromGuid = fromGuid;
        _toGuid = toGuid;
        _objectIds = objectIds;
    }

    /// <summary>
    /// A generator for <typeparamref name="TKey"/>: an <see cref="int"/>, <see cref="long"/> or <see cref="Guid"/> key, or a
    /// key that wraps one (both directions given); <see langword="null"/> when keys of that type are not generated.
    /// </summary>
    /// <param name="fromNumber">Builds a wrapped key from a number.</param>
    /// <param name="toNumber">Reads the number inside a wrapped key.</param>
    /// <param name="fromGuid">Builds a wrapped key from a GUID.</param>
    /// <param name="toGuid">Reads the GUID inside a wrapped key.</param>
    /// <param name="objectIds">For a <see cref="string"/> key: generate MongoDB ObjectId texts (<see cref="EntityModel{TKey, TEntity}.ObjectIdKeys"/>).</param>
    /// <param name="guidText">For a <see cref="string"/> key: generate <c>Guid.NewGuid().ToString()</c> texts (<see cref="EntityModel{TKey, TEntity}.ReplacePresetKeys"/>).</param>
    /// <param name="guidTextWhenUnset">For a <see cref="string"/> key: generate <c>Guid.NewGuid().ToString()</c> texts for a null or
    /// empty key on any add or upsert, as a key numbered by the store is (<see cref="EntityModel{TKey, TEntity}.GuidTextKeys"/>).</param>
    /// <param name="newKey">For a key the database's client makes (MongoDB's ObjectId): builds a new one; <c>default(TKey)</c>
    /// is unset (<see cref="EntityModel{TKey, TEntity}.NewKey"/>).</param>
    /// <returns>The generator.</returns>
    public static KeyGenerator<TKey>? For(Func<long, TKey>? fromNumber = null, Func<TKey, long>? toNumber = null, Func<Guid, TKey>? fromGuid = null, Func<TKey, Guid>? toGuid = null, bool objectIds = false, bool guidText = false, bool guidTextWhenUnset = false, Func<TKey>? newKey = null)
    {
        if (newKey is not null)
        {
            return new KeyGenerator<TKey>(null, null, null, null, newKey: newKey);
        }

        if (guidTextWhenUnset && !guidText && typeof(TKey) == typeof(string))
        {
            return new KeyGenerator<TKey>(null, null, null, null, guidText: true, guidTextWhenUnset: true);
        }

        if (objectIds && typeof(TKey) == typeof(string))
        {
            return new KeyGenerator<TKey>(null, null, null, null, new ObjectIdText());
        }

        if (guidText && typeof(TKey) == typeof(string))
        {
            return new KeyGenerator<TKey>(null, null, null, null, guidText: true);
        }

        if (typeof(TKey) == typeof(int) || typeof(TKey) == typeof(long) || typeof(TKey) == typeof(Guid))
        {
            return new KeyGenerator<TKey>(null, null, null, null);
        }

        if (fromNumber is not null && toNumber is not null)
        {
            return new KeyGenerator<TKey>(fromNumber, toNumber, null, null);
        }

        return fromGuid is not null && toGuid is not null ? new KeyGenerator<TKey>(null, null, fromGuid, toGuid) : null;
    }

    /// <summary>
    /// Whether keys are given only by an add that replaces the entity's own (Guid texts, <c>PresetKeyOnAdd = Replace</c>): an
    /// upsert or an update of an entity with a null or empty string key does not generate one.
    /// </summary>
    public bool OnlyOnAdd => _guidText && !_guidTextWhenUnset;

    /// <summary>
    /// Whether the keys are GUIDs (or wrap one), which a client makes itself: EF Core's value generator gives an added
    /// entity its GUID key when it starts tracking it, where a numbered key waits for the database's IDENTITY at the save.
    /// </summary>
    public bool MadeByClient => _fromGuid is not null || _newKey is not null || (typeof(TKey) == typeof(Guid) && _fromNumber is null);

    /// <summary>Whether a key is unset and so should be generated.</summary>
    /// <param name="key">The key (null for a class-typed id that was never set).</param>
    /// <returns><see langword="true"/> for 0, <see cref="Guid.Empty"/>, a wrapper around either, or a null wrapper.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsUnset(TKey? key)
    {
        // Plain int/long keys (most entities) are decided inline in every add and upsert: the type tests fold away.
        if (typeof(TKey) == typeof(int))
        {
            return (int)(object)key! == 0;
        }

        if (typeof(TKey) == typeof(long))
        {
            return (long)(object)key! == 0;
        }

        return IsUnsetSlow(key);
    }

    private bool IsUnsetSlow(TKey? key)
    {
        if (key is null)
        {
            return true;
        }

        if (_newKey is not null)
        {
            return System.Collections.Generic.EqualityComparer<TKey>.Default.Equals(key, default!);
        }

        if (_objectIds is not null || _guidText)
        {
            return ((string)(object)key).Length == 0;
        }

        if (_toNumber is not null)
        {
            return _toNumber(key) == 0;
        }

        if (_toGuid is not null)
        {
            return _toGuid(key) == Guid.Empty;
        }

        return key switch
        {
            int i => i == 0,
            long l => l == 0,
            Guid g => g == Guid.Empty,
            _ => false,
        };
    }

    /// <summary>The next key.</summary>
    /// <returns>A key not handed out before (since the last reset), unless the table wound the sequence back after a refused add.</returns>
    /// <exception cref="OverflowException">An <see cref="int"/> sequence ran past <see cref="int.MaxValue"/>.</exception>
    public TKey Next()
    {
        if (_newKey is not null)
        {
            return _newKey();
        }

        if (_objectIds is not null)
        {
            var counter = _last + 1;
            Volatile.Write(ref _last, counter);
            return (TKey)(object)_objectIds.Format(counter);
        }

        if (_guidText)
        {
            return (TKey)(object)Guid.NewGuid().ToString();
        }

        if (_fromGuid is not null)
        {
            return _fromGuid(Guid.NewGuid());
        }

        if (typeof(TKey) == typeof(Guid))
        {
            return (TKey)(object)Guid.NewGuid();
        }

        // Under the owning table's lock (see the type's remarks): no interlocked operation needed.
        var next = _last + 1;
        Volatile.Write(ref _last, next);
        if (_fromNumber is not null)
        {
            return _fromNumber(next);
        }

        return typeof(TKey) == typeof(int) ? (TKey)(object)checked((int)next) : (TKey)(object)next;
    }

    /// <summary>Makes sure later keys come after one that was stored explicitly.</summary>
    /// <param name="key">A stored key.</param>
    public void Observe(TKey key)
    {
        if (_objectIds is not null || _guidText || _newKey is not null)
        {
            // An ObjectId (or a GUID text) given by the caller is unique by its own timestamp and random part; the counter needs no move.
            return;
        }

        long value = _toNumber is not null ? _toNumber(key) : key switch
        {
            int i => i,
            long l => l,
            _ => 0,
        };

        // Under the owning table's lock (see the type's remarks): a plain compare, no compare-and-swap loop.
        if (value > _last)
        {
            Volatile.Write(ref _last, value);
        }
    }

    /// <summary>Restarts the sequence at 1.</summary>
    public void Reset() => Volatile.Write(ref _last, 0);

    internal long Position
    {
        get => Volatile.Read(ref _last);
        set => Volatile.Write(ref _last, value);
    }

    /// <summary>
    /// MongoDB ObjectId texts: 12 bytes as 24 lowercase hexadecimal digits, a 4-byte Unix time in seconds (when the
    /// generator was made), 5 random bytes fixed per generator, and a 3-byte counter, as the driver lays them out.
    /// </summary>
    private sealed class ObjectIdText
    {
        private readonly uint _seconds = (uint)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        private readonly long _random = RandomPart();

        public string Format(long counter)
        {
            // Past 2^24 keys the counter carries into the timestamp, so the texts stay distinct and increasing.
            var seconds = _seconds + (uint)(counter >> 24);
            return string.Create(24, (seconds, _random, counter & 0xFF_FFFF), static (span, parts) =>
            {
                parts.seconds.TryFormat(span[..8], out _, "x8", System.Globalization.CultureInfo.InvariantCulture);
                parts.Item2.TryFormat(span.Slice(8, 10), out _, "x10", System.Globalization.CultureInfo.InvariantCulture);
                parts.Item3.TryFormat(span.Slice(18, 6), out _, "x6", System.Globalization.CultureInfo.InvariantCulture);
            });
        }

        private static long RandomPart()
        {
            Span<byte> bytes = stackalloc byte[8];
            System.Security.Cryptography.RandomNumberGenerator.Fill(bytes[..5]);
            return System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(bytes);
        }
    }
}
