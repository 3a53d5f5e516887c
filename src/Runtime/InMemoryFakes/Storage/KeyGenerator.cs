using System;
using System.Threading;

namespace InMemoryFakes;

/// <summary>
/// Produces keys for entities added with a default key: 1, 2, 3… for <see cref="int"/> and
/// <see cref="long"/> keys (skipping past any key added explicitly), a new <see cref="Guid"/> for
/// GUID keys. <see cref="Reset"/> restarts the sequence.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
internal sealed class KeyGenerator<TKey>
    where TKey : notnull
{
    private long _last;

    private KeyGenerator()
    {
    }

    /// <summary>A generator for <typeparamref name="TKey"/>, or <see langword="null"/> when keys of that type are not generated.</summary>
    /// <returns>The generator.</returns>
    public static KeyGenerator<TKey>? ForKeyType()
        => typeof(TKey) == typeof(int) || typeof(TKey) == typeof(long) || typeof(TKey) == typeof(Guid) ? new KeyGenerator<TKey>() : null;

    /// <summary>Whether a key is the type's default and so should be generated.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> for 0 or <see cref="Guid.Empty"/>.</returns>
    public static bool IsUnset(TKey key) => key switch
    {
        int i => i == 0,
        long l => l == 0,
        Guid g => g == Guid.Empty,
        _ => false,
    };

    /// <summary>The next key.</summary>
    /// <returns>A key not handed out before (since the last reset), unless the table wound the sequence back after a refused add.</returns>
    /// <exception cref="OverflowException">An <see cref="int"/> sequence ran past <see cref="int.MaxValue"/>.</exception>
    public TKey Next()
    {
        if (typeof(TKey) == typeof(Guid))
        {
            return (TKey)(object)Guid.NewGuid();
        }

        var next = Interlocked.Increment(ref _last);
        return typeof(TKey) == typeof(int) ? (TKey)(object)checked((int)next) : (TKey)(object)next;
    }

    /// <summary>Makes sure later keys come after one that was stored explicitly.</summary>
    /// <param name="key">A stored key.</param>
    public void Observe(TKey key)
    {
        long value = key switch
        {
            int i => i,
            long l => l,
            _ => 0,
        };

        long seen;
        while (value > (seen = Volatile.Read(ref _last)) && Interlocked.CompareExchange(ref _last, value, seen) != seen)
        {
        }
    }

    /// <summary>Restarts the sequence at 1.</summary>
    public void Reset() => Volatile.Write(ref _last, 0);

    internal long Position
    {
        get => Volatile.Read(ref _last);
        set => Volatile.Write(ref _last, value);
    }
}
