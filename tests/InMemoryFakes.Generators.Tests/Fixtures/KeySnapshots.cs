using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// A cache whose keys come back as a frozen set (Bicep's <c>IConcurrentCache.Keys</c>) and whose keys and values come
/// back in the other set and immutable types: each is a snapshot of the live keys or values at the call.
/// </summary>
[InMemoryFake]
public interface ISnapshotKeyCache
{
    /// <summary>The live keys.</summary>
    FrozenSet<string> Keys { get; }

    /// <summary>The live keys.</summary>
    ImmutableArray<string> GetKeys();

    /// <summary>The live keys.</summary>
    Task<IReadOnlySet<string>> ListKeysAsync();

    /// <summary>The live keys.</summary>
    ISet<string> AllKeys();

    /// <summary>The live keys.</summary>
    ImmutableHashSet<string> GetAllKeys();

    /// <summary>The live values.</summary>
    ImmutableList<int> GetValues();

    /// <summary>The live values.</summary>
    HashSet<int> ListValues();

    /// <summary>Stores the value.</summary>
    void Set(string key, int value);

    /// <summary>Removes the key.</summary>
    bool Remove(string key);
}

/// <summary>The same frozen keys on an open generic cache, in a file without nullable annotations.</summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
#nullable disable
[InMemoryFake]
public interface IObliviousSnapshotCache<TKey, TValue>
{
    /// <summary>The live keys.</summary>
    FrozenSet<TKey> Keys { get; }

    /// <summary>The live values.</summary>
    ImmutableArray<TValue> GetValues();

    /// <summary>The value, or the one the factory makes.</summary>
    TValue GetOrAdd(TKey key, System.Func<TValue> valueFactory);
}
#nullable restore
