using System;
using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Support;

/// <summary>
/// Reads of a key-value table of <c>byte[]</c> values into a destination the caller supplies: the buffer-based members of
/// <c>IBufferDistributedCache</c> (<c>TryGet(key, IBufferWriter&lt;byte&gt;)</c>) and <c>IOutputCacheBufferStore</c>
/// (<c>TryGetAsync(key, PipeWriter)</c>), and any store shaped like them. They read the same table as the <c>byte[]</c>
/// members, so a value stored as an array is read into a buffer and the other way round.
/// </summary>
/// <remarks>
/// As RedisCache does: a live entry is written to the destination once, whole, and the read renews sliding expiry; a
/// missing or expired key writes nothing. The destination receives a copy, so what the caller does with its buffer never
/// reaches the store. A null key or destination throws <see cref="ArgumentNullException"/> naming it before anything is
/// read (no sliding renewal).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KeyValueBytes
{
    /// <summary>Copies the live value of <paramref name="key"/> into <paramref name="destination"/> (a pipe writer is left unflushed).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <param name="destinationParam">The caller's parameter name for <paramref name="destination"/>; filled in by the compiler.</param>
    /// <returns>Whether the key has a live entry (and its bytes were written).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="destination"/> is null.</exception>
    public static bool TryCopyTo<TKey>(this KeyValueTable<TKey, byte[]> table, TKey key, IBufferWriter<byte> destination,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null,
        [CallerArgumentExpression(nameof(destination))] string? destinationParam = null)
        where TKey : notnull
    {
        if (!TryRead(table, key, destination, keyParam, destinationParam, out var bytes))
        {
            return false;
        }

        destination.Write(bytes);
        return true;
    }

    /// <summary>Copies the live value of <paramref name="key"/> into <paramref name="destination"/> at its position.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <param name="destinationParam">The caller's parameter name for <paramref name="destination"/>; filled in by the compiler.</param>
    /// <returns>Whether the key has a live entry (and its bytes were written).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="destination"/> is null.</exception>
    public static bool TryCopyTo<TKey>(this KeyValueTable<TKey, byte[]> table, TKey key, Stream destination,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null,
        [CallerArgumentExpression(nameof(destination))] string? destinationParam = null)
        where TKey : notnull
    {
        if (!TryRead(table, key, destination, keyParam, destinationParam, out var bytes))
        {
            return false;
        }

        destination.Write(bytes);
        return true;
    }

    /// <summary>Copies the live value of <paramref name="key"/> into <paramref name="destination"/> at its position, asynchronously.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="cancellationToken">Cancels the write to the stream (the read has happened by then).</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <param name="destinationParam">The caller's parameter name for <paramref name="destination"/>; filled in by the compiler.</param>
    /// <returns>Whether the key has a live entry (and its bytes were written).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="destination"/> is null.</exception>
    public static async ValueTask<bool> TryCopyToAsync<TKey>(this KeyValueTable<TKey, byte[]> table, TKey key, Stream destination, CancellationToken cancellationToken = default,
        [CallerArgumentExpression(nameof(key))] string? keyParam = null,
        [CallerArgumentExpression(nameof(destination))] string? destinationParam = null)
        where TKey : notnull
    {
        if (!TryRead(table, key, destination, keyParam, destinationParam, out var bytes))
        {
            return false;
        }

        await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The arguments checked (nothing read when one is null), then the stored bytes themselves: the destination's write is their only copy.</summary>
    private static bool TryRead<TKey>(KeyValueTable<TKey, byte[]> table, TKey key, object destination, string? keyParam, string? destinationParam, [MaybeNullWhen(false)] out byte[] bytes)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        if (key is null)
        {
            throw new ArgumentNullException(keyParam ?? nameof(key));
        }

        if (destination is null)
        {
            throw new ArgumentNullException(destinationParam ?? nameof(destination));
        }

        return table.TryGetStored(key, out bytes, keyParam);
    }
}
