using System;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// An open generic key-value store whose key is an unconstrained type parameter (bicep's IConcurrentCache): the fake
/// must add <c>notnull</c> to TKey itself, or this project (warnings as errors) does not build (CS8714 in the fake).
/// </summary>
[InMemoryFake]
public interface IOpenKeyCache<TKey, TValue>
{
    TValue GetOrAdd(TKey key, Func<TValue> valueFactory);

    bool Remove(TKey key);
}
