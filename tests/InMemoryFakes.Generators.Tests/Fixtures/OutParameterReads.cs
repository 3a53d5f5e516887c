using System;
using System.Diagnostics.CodeAnalysis;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// A cache with a time to live whose <c>TryGet</c> has an out parameter of the store's own value type: the generated member
/// hands its out parameter to the table's read, which writes it once (a hit through the expiry check, a miss, an expired entry).
/// </summary>
[InMemoryFake]
public interface IExpiringTokenCache
{
    /// <summary>Whether a live token is stored, and which.</summary>
    bool TryGet(string key, [NotNullWhen(true)] out string? value);

    /// <summary>Stores a token for <paramref name="ttl"/>.</summary>
    void Set(string key, string value, TimeSpan ttl);
}

/// <summary>
/// A store of <c>int</c> values read into an <c>int?</c> out parameter: the types differ, so the generated member reads into a
/// local of the store's type and converts it, as before.
/// </summary>
[InMemoryFake]
public interface INumberCache
{
    /// <summary>Whether a number is stored, and which.</summary>
    bool TryGet(string key, out int? value);

    /// <summary>Stores a number.</summary>
    void Set(string key, int value);
}
