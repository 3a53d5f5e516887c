using System;
using System.Collections.Generic;

namespace InMemoryFakes.Support;

/// <summary>
/// Compares byte[] keys by their bytes (FakeCore gives it to every table keyed by byte[]): a store keyed by bytes finds an
/// entry through any array holding the same bytes, never only through the array that wrote it.
/// </summary>
internal sealed class ByteArrayKeyComparer : IEqualityComparer<byte[]>
{
    public static readonly ByteArrayKeyComparer Instance = new();

    private ByteArrayKeyComparer()
    {
    }

    public bool Equals(byte[]? x, byte[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(byte[] obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = new HashCode();
        hash.AddBytes(obj);
        return hash.ToHashCode();
    }
}
