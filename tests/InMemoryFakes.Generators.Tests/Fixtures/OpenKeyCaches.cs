using System;
using System.Threading.Tasks;

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

    TValue? TryRemove(TKey key);
}

/// <summary>A closed key-value store whose async removal returns the removed value (Abblix's TryRemoveAsync).</summary>
[InMemoryFake]
public interface ITicketStore
{
    Task SetAsync(string ticketId, Ticket ticket);

    Task<Ticket?> TryGetAsync(string ticketId);

    Task<Ticket?> TryRemoveAsync(string ticketId);
}

/// <summary>A stored ticket.</summary>
public sealed class Ticket
{
    public string Subject { get; set; } = "";
}
