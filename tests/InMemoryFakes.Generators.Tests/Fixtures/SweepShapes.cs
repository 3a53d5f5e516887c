using System;

namespace InMemoryFakes.Generators.Tests.Fixtures.SweepShapes;

/// <summary>A cache keyed by a value type whose clear takes the key, null by default (every entry): found by the second shape sweep.</summary>
[InMemoryFake]
public interface ISessionCache
{
    string? Get(Guid key);

    void Set(Guid key, string value);

    void Clear(Guid? key = null);
}

/// <summary>A bag of dynamic values: its contract descriptor once held typeof(dynamic).</summary>
[InMemoryFake]
public interface IDynamicBag
{
    dynamic? Get(string key);

    void Set(string key, dynamic value);
}
