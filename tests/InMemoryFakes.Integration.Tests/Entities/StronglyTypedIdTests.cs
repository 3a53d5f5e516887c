using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Strongly typed ids (StronglyTypedId, Vogen, hand-written record structs) as keys: the store generates the value they
// wrap, as the database does for the int or GUID column behind them.

public readonly record struct InvoiceId(int Value);

public sealed class Invoice
{
    public InvoiceId Id { get; set; }

    public string Customer { get; set; } = "";
}

/// <summary>A Vogen-style id: no public constructor, a static <c>From</c>, a class.</summary>
public sealed class ShipmentId : IEquatable<ShipmentId>
{
    private ShipmentId(Guid value) => Value = value;

    public Guid Value { get; }

    public static ShipmentId From(Guid value) => new(value);

    public bool Equals(ShipmentId? other) => other is not null && other.Value == Value;

    public override bool Equals(object? obj) => Equals(obj as ShipmentId);

    public override int GetHashCode() => Value.GetHashCode();
}

public sealed class Shipment
{
    public ShipmentId? Id { get; set; }

    public string Carrier { get; set; } = "";
}

/// <summary>Not a wrapper: two public properties, so its keys stay the caller's.</summary>
public readonly record struct TenantScopedId(string Tenant, int Number);

public sealed class SupportTicket
{
    public TenantScopedId Id { get; set; }

    public string Title { get; set; } = "";
}

[InMemoryFake]
public interface IInvoiceRepository
{
    Task<Invoice> AddAsync(Invoice invoice);

    Task<Invoice?> GetByIdAsync(InvoiceId id);

    Task<IReadOnlyList<Invoice>> ListAsync();
}

[InMemoryFake]
public interface IShipmentRepository
{
    Shipment Add(Shipment shipment);

    Shipment? Find(ShipmentId id);
}

[InMemoryFake]
public interface ISupportTicketRepository
{
    void Add(SupportTicket ticket);

    SupportTicket? Get(TenantScopedId id);
}

public sealed class StronglyTypedIdTests
{
    [Fact]
    public async Task An_int_wrapping_id_left_at_default_gets_the_next_number()
    {
        var repository = new InMemoryInvoiceRepository();

        var first = await repository.AddAsync(new Invoice { Customer = "Ada" });
        var second = await repository.AddAsync(new Invoice { Customer = "Grace" });

        Assert.Equal(new InvoiceId(1), first.Id);
        Assert.Equal(new InvoiceId(2), second.Id);
        Assert.Equal("Grace", (await repository.GetByIdAsync(new InvoiceId(2)))?.Customer);
    }

    [Fact]
    public async Task An_explicit_id_is_kept_and_the_sequence_moves_past_it()
    {
        var repository = new InMemoryInvoiceRepository();

        await repository.AddAsync(new Invoice { Id = new InvoiceId(10), Customer = "Ada" });
        var next = await repository.AddAsync(new Invoice { Customer = "Grace" });

        Assert.Equal(new InvoiceId(11), next.Id);
        Assert.Equal(2, (await repository.ListAsync()).Count);
    }

    [Fact]
    public async Task Reset_restarts_the_wrapped_sequence()
    {
        var repository = new InMemoryInvoiceRepository();
        await repository.AddAsync(new Invoice { Customer = "Ada" });

        Fakes.Of(repository).Reset();

        Assert.Equal(new InvoiceId(1), (await repository.AddAsync(new Invoice { Customer = "Grace" })).Id);
    }

    [Fact]
    public void A_null_guid_wrapping_id_built_by_From_gets_a_new_guid()
    {
        var repository = new InMemoryShipmentRepository();

        var added = repository.Add(new Shipment { Carrier = "DHL" });

        Assert.NotNull(added.Id);
        Assert.NotEqual(Guid.Empty, added.Id!.Value);
        Assert.Equal("DHL", repository.Find(ShipmentId.From(added.Id.Value))?.Carrier);
    }

    [Fact]
    public void A_composite_id_type_is_not_generated_so_a_default_one_is_stored_as_given()
    {
        var repository = new InMemorySupportTicketRepository();

        repository.Add(new SupportTicket { Title = "Bug" });

        Assert.Equal("Bug", repository.Get(default)?.Title);
        Assert.Throws<DuplicateKeyException>(() => repository.Add(new SupportTicket { Title = "Another" }));
    }
}
