// Source: https://github.com/kgrzybek/modular-monolith-with-ddd
// Commit: 91c8ef24b4cb
// Licence: MIT
// Path: src/Modules/Payments/Domain/SeedWork/IAggregateStore.cs (AggregateRoot.cs, AggregateId.cs; IDomainEvent from
//   src/BuildingBlocks/Domain)
// Adapted: AggregateRoot keeps Id, Version, its domain events, Load(history) and Apply; one Payer aggregate with one
//   event stands in for the module's aggregates.
// Real store: src/Modules/Payments/Infrastructure/AggregateStore/SqlStreamAggregateStore.cs (event sourcing on
//   SqlStreamStore): AppendChanges(aggregate) queues the aggregate's new domain events; Save appends them to the
//   aggregate's stream; Load<T>(id) replays the stream into a new T (null when the stream is empty); GetChanges returns
//   the appended-changes list and ClearChanges empties it.
// Shapes: *=12; Load=5,12; AppendChanges=5,3; Save=3; GetChanges=12; ClearChanges=12
// Now: incomplete: IMF0001 on all five members (an event-sourced store: what Save appends and Load replays is the
//   aggregate's own) | WRONG: none (nothing generated). Before 2026-12-04 the probe never compiled: its stub of
//   Load<T> said "where T : default", which an explicit implementation of a T constrained to a class may not (CS8822);
//   the stub says "where T : class" now, and the probe stops at Load, the first call (h-fix).
// After h-pertype41 (session 41): unchanged, rightly, and Load<T> and AppendChanges<T> now say why: members generic over
//   the entity type get a table per type argument (docs/generator.md, "Repositories generic per member over the entity
//   type"), but not beside a unit of work (Save): tables made at run time do not join the fake's change tracker, and this
//   store's Save appends the events AppendChanges queued, which is event sourcing, not a table of aggregates.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ModularMonolith.IAggregateStoreCase;

public interface IDomainEvent
{
    Guid Id { get; }
    DateTime OccurredOn { get; }
}

public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents;

    public Guid Id { get; protected set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<IDomainEvent> GetDomainEvents() => _domainEvents.AsReadOnly();

    protected void AddDomainEvent(IDomainEvent @event)
    {
        _domainEvents.Add(@event);
    }

    protected AggregateRoot()
    {
        _domainEvents = [];
        Version = -1;
    }

    public void Load(IEnumerable<IDomainEvent> history)
    {
        foreach (var e in history)
        {
            Apply(e);
            Version++;
        }
    }

    protected abstract void Apply(IDomainEvent @event);
}

public abstract class AggregateId<T>
    where T : AggregateRoot
{
    protected AggregateId(Guid value)
    {
        Value = value;
    }

    public Guid Value { get; }
}

public sealed record PayerCreatedDomainEvent(Guid PayerId, string Email) : IDomainEvent
{
    public Guid Id { get; } = Guid.NewGuid();
    public DateTime OccurredOn { get; } = DateTime.UtcNow;
}

public class Payer : AggregateRoot
{
    public string Email { get; private set; }

    private Payer() { }

    public static Payer Create(Guid id, string email)
    {
        var payer = new Payer();
        var created = new PayerCreatedDomainEvent(id, email);
        payer.Apply(created);
        payer.AddDomainEvent(created);
        return payer;
    }

    protected override void Apply(IDomainEvent @event)
    {
        if (@event is PayerCreatedDomainEvent created)
        {
            Id = created.PayerId;
            Email = created.Email;
        }
    }
}

public sealed class PayerId(Guid value) : AggregateId<Payer>(value);

[InMemoryFake]
public interface IAggregateStore
{
    Task Save();

    Task<T> Load<T>(AggregateId<T> aggregateId)
        where T : AggregateRoot;

    List<IDomainEvent> GetChanges();

    void AppendChanges<T>(T aggregate)
        where T : AggregateRoot;

    void ClearChanges();
}

public static class Smoke
{
    public static async Task RunAsync(IAggregateStore store)
    {
        var id = Guid.NewGuid();
        Check.Null(await store.Load(new PayerId(id)), "Load of an aggregate with no events returns null");
        store.AppendChanges(Payer.Create(id, "payer@example.com"));
        Check.Null(await store.Load(new PayerId(id)), "appended changes are not in the stream before Save");
        await store.Save();
        var payer = await store.Load(new PayerId(id));
        Check.Equal("payer@example.com", payer?.Email, "Load replays the saved events into the aggregate");
        Check.Equal(0, payer?.Version, "the replayed aggregate's Version counts its events from -1");
    }
}
