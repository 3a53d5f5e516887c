using System;
using System.Collections.Generic;

namespace InMemoryFakes.Verification;

/// <summary>
/// The seeded source of randomness a contract hands to value generators. The same seed gives the same sequence of
/// values on every run and machine (it uses <see cref="Random(int)"/>'s fixed seeded algorithm).
/// </summary>
public sealed class ContractRandom
{
    private readonly Random _random;

    /// <summary>Creates a source from a seed.</summary>
    /// <param name="seed">The seed.</param>
    public ContractRandom(int seed)
    {
        Seed = seed;
#pragma warning disable CA5394 // Test data, not security.
        _random = new Random(seed);
    }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>A number in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    /// <param name="minInclusive">The smallest value.</param>
    /// <param name="maxExclusive">One past the largest value.</param>
    /// <returns>The number.</returns>
    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    /// <summary>A number in [0, 1).</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => _random.NextDouble();

    /// <summary><see langword="true"/> with the given probability.</summary>
    /// <param name="probability">Between 0 and 1.</param>
    /// <returns>The draw.</returns>
    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>One item of a list.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">A non-empty list.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException"><paramref name="items"/> is empty.</exception>
    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("Cannot pick from an empty list.", nameof(items));
        }

        return items[_random.Next(items.Count)];
    }

    /// <summary>Random bytes.</summary>
    /// <param name="length">How many.</param>
    /// <returns>The bytes.</returns>
    public byte[] NextBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
#pragma warning restore CA5394
    }
}
