using System;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// A cache whose read takes a factory that acquires the value (<c>acquire</c>): a get-or-add, the value it makes is kept.
/// </summary>
[InMemoryFake]
public interface IAcquiringObjectCache
{
    void Set(string key, object value);

    object? Get(string key, Func<object> acquire);

    void Remove(string key);
}

/// <summary>
/// A store whose read takes a factory named for a default (Orchard.Layouts' <c>IObjectStore</c>): the generator refuses
/// the read (whether the default is kept is not said), so it is written here as Orchard's <c>ObjectStore</c> does it,
/// returning the default without storing it; the other members are generated.
/// </summary>
[InMemoryFake]
public interface IElementSessionStore
{
    void Set(string key, object value);

    object? Get(string key, Func<object>? defaultValue = null);

    void Remove(string key);
}

public sealed partial class InMemoryElementSessionStore
{
    public object? Get(string key, Func<object>? defaultValue = null)
        => Store.Call(nameof(Get), key, defaultValue).Get(key) ?? defaultValue?.Invoke();
}
