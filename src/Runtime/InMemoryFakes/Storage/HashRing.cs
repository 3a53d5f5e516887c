using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>
/// Ranges on a ring of 32-bit hashes, as Orleans reads its reminder table by range (RingRange.cs, SingleRange.InRange):
/// the range <c>(begin, end]</c> excludes <c>begin</c> and includes <c>end</c>; when <c>begin</c> is not below
/// <c>end</c> it wraps around the top of the ring (hashes above <c>begin</c> or at most <c>end</c>), so
/// <c>begin == end</c> is the whole ring. Generated fakes of <c>Orleans.IReminderTable</c> call this.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HashRing
{
    /// <summary>Whether <paramref name="hash"/> lies in the ring range (<paramref name="begin"/>, <paramref name="end"/>].</summary>
    /// <param name="hash">The hash.</param>
    /// <param name="begin">The exclusive lower bound.</param>
    /// <param name="end">The inclusive upper bound.</param>
    /// <returns>Whether the hash is in the range.</returns>
    public static bool InRange(uint hash, uint begin, uint end)
        => begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;
}
