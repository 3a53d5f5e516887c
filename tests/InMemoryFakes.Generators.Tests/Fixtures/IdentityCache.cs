using System;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// A cache that tells subscribers when an identity goes (iotedge's IDeviceScopeIdentitiesCache raises
/// ServiceIdentityRemoved): the event is refused (IMF0001), and its fix is the event declared in the partial class and
/// raised from the member written beside it, while the generated members stay generated.
/// </summary>
[InMemoryFake]
public interface IIdentityCache
{
    event EventHandler<string> IdentityRemoved;

    string? Get(string id);

    void Set(string id, string identity);

    bool Remove(string id);
}

/// <summary>The event and the removal that raises it, written by hand as the IMF0001 hint for an event says.</summary>
public sealed partial class InMemoryIdentityCache
{
    public event EventHandler<string>? IdentityRemoved;

    public bool Remove(string id)
    {
        var removed = Store.Call(nameof(Remove), id).Remove(id);
        if (removed)
        {
            IdentityRemoved?.Invoke(this, id);
        }

        return removed;
    }
}
