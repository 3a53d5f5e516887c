using System;
using System.Collections.Generic;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Copies;

// Private state of generic types, reached at run time through [UnsafeAccessor] classes with the owner's type parameters
// (.NET 9+; this project targets .NET 10): a generic DDD base class with a protected setter and constrained key, and a
// generic holder instantiated over a reference type and over a value type.

public abstract class KeyedEntity<TKey>
    where TKey : struct, IEquatable<TKey>
{
    private readonly List<string> _audit = new();

    public TKey Id { get; protected set; }

    public IReadOnlyList<string> Audit => _audit;

    protected void Record(string entry) => _audit.Add(entry);
}

public sealed class Holder<T>
{
    private T _value = default!;

    public T Value => _value;

    public void Set(T value) => _value = value;
}

public sealed class Shipment : KeyedEntity<Guid>
{
    public Shipment(Guid id) => Id = id;

    public Holder<List<string>> Labels { get; } = new();

    public Holder<int> Weight { get; } = new();

    public void Ship(string carrier) => Record("shipped with " + carrier);
}

[InMemoryFake]
public interface IShipmentRepository
{
    void Add(Shipment shipment);

    Shipment? Find(Guid id);

    void Update(Shipment shipment);
}

public class GenericOwnerCopyTests
{
    [Fact]
    public void Private_fields_of_generic_types_are_copied_and_isolated()
    {
        IShipmentRepository shipments = new InMemoryShipmentRepository();
        var id = Guid.NewGuid();
        var shipment = new Shipment(id);
        shipment.Labels.Set(["fragile"]);
        shipment.Weight.Set(12);
        shipments.Add(shipment);

        shipment.Labels.Value.Add("mutated");
        shipment.Ship("mutated");

        var copy = shipments.Find(id)!;
        Assert.Equal(id, copy.Id);
        Assert.Equal(["fragile"], copy.Labels.Value);
        Assert.Equal(12, copy.Weight.Value);
        Assert.Empty(copy.Audit);

        copy.Ship("ups");
        shipments.Update(copy);
        Assert.Equal(["shipped with ups"], shipments.Find(id)!.Audit);
        Assert.Empty(Fakes.Of(shipments).Core.ValuesStoredByReference);
    }
}
