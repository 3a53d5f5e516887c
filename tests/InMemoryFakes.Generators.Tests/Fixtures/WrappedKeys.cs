using System;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>A value-object key: a record struct whose one positional Guid is its only state (EvolutionaryArchitecture's BindingContractId).</summary>
/// <param name="Value">The wrapped value.</param>
public readonly record struct WrappedTicketId(Guid Value);

/// <summary>A ticket keyed by its <see cref="WrappedTicketId"/>.</summary>
public sealed class WrappedTicket
{
    /// <summary>The key.</summary>
    public WrappedTicketId Id { get; init; }

    /// <summary>A value.</summary>
    public string Title { get; set; } = string.Empty;
}

/// <summary>A repository that takes the Guid its key wraps, as the real one looks it up with <c>FindAsync(new WrappedTicketId(id))</c>.</summary>
[InMemoryFake]
public interface IWrappedTickets
{
    /// <summary>The ticket, or null.</summary>
    Task<WrappedTicket?> GetByIdAsync(Guid ticketId, CancellationToken cancellationToken = default);

    /// <summary>Adds the ticket.</summary>
    Task AddAsync(WrappedTicket ticket, CancellationToken cancellationToken = default);

    /// <summary>Whether a ticket has the key.</summary>
    bool Exists(Guid ticketId);

    /// <summary>Removes the ticket.</summary>
    bool Delete(Guid ticketId);
}

/// <summary>A value-object key that is a record class wrapping a string.</summary>
/// <param name="Value">The wrapped value.</param>
public sealed record WrappedCartId(string Value);

/// <summary>A cart keyed by its <see cref="WrappedCartId"/>.</summary>
public sealed class WrappedCart
{
    /// <summary>The key.</summary>
    public WrappedCartId Id { get; init; } = new(string.Empty);

    /// <summary>A value.</summary>
    public int Items { get; set; }
}

/// <summary>A repository that takes the string its record-class key wraps.</summary>
[InMemoryFake]
public interface IWrappedCarts
{
    /// <summary>The cart, or null.</summary>
    WrappedCart? Find(string cartId);

    /// <summary>Adds the cart.</summary>
    void Add(WrappedCart cart);
}
