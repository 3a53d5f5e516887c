using System.Diagnostics.CodeAnalysis;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// A session cache with a member of each synchronous form whose interception the generated fake moves out of line: a
/// read, a read with an out parameter, a write returning nothing, a write returning a result, a property and an indexer.
/// </summary>
[InMemoryFake]
public interface IInterceptedSessionCache
{
    /// <summary>The value, or null.</summary>
    string? Get(string key);

    /// <summary>Whether a value is stored, and which.</summary>
    bool TryGet(string key, [NotNullWhen(true)] out string? value);

    /// <summary>Stores the value.</summary>
    void Set(string key, string value);

    /// <summary>Removes the key; whether it was there.</summary>
    bool Remove(string key);

    /// <summary>How many values are stored.</summary>
    int Count { get; }

    /// <summary>The value (null when missing); setting stores it.</summary>
    string? this[string key] { get; set; }
}
