using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// A cache whose keys (and a value) are passed by readonly reference (<c>in</c>, <c>ref readonly</c>): the member cannot
/// write through them, so they mean what the same parameters by value mean.
/// </summary>
[InMemoryFake]
public interface IReadonlyReferenceCache
{
    /// <summary>The value, or null.</summary>
    string? Get(in string key);

    /// <summary>Stores the value.</summary>
    void Set(in string key, in string value);

    /// <summary>The value, or null.</summary>
    ValueTask<string?> GetAsync(in string key, CancellationToken cancellationToken = default);

    /// <summary>Whether a value is stored, and which.</summary>
    bool TryGet(in string key, [NotNullWhen(true)] out string? value);

    /// <summary>Removes the key.</summary>
    bool Remove(ref readonly string key);
}

/// <summary>An entity passed by readonly reference to an entity repository's write, and its key to the reads.</summary>
[InMemoryFake]
public interface IReadonlyReferenceOrders
{
    /// <summary>The order, or null.</summary>
    Task<ReferenceOrder?> FindAsync(in int id, CancellationToken cancellationToken = default);

    /// <summary>Adds the order.</summary>
    void Add(in ReferenceOrder order);

    /// <summary>Removes the order.</summary>
    bool Delete(ref readonly int id);
}

/// <summary>An order keyed by <c>Id</c>.</summary>
public sealed class ReferenceOrder
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>A value.</summary>
    public string Customer { get; set; } = string.Empty;
}
