// Source: https://github.com/Clean-CaDET/tutor
// Commit: 013ca5625877
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample68 rule (the whole rule and the repositories it skipped: Corpus/Cleansia/IAuditContext.cs).
//   This one: the 2nd pick (the 45th of find_repos("Clean")). Before it in path order: IEventQueryable<TEvent> (5
//   members), a query view the store builds over the event table (an IQueryable and a list of conditions; it keeps
//   nothing itself), and IEventSerializer<TEvent> (stateless).
// Path: src/BuildingBlocks/Tutor.BuildingBlocks.Core/Domain/EventSourcing/IEventStore.cs (real store:
//   src/Modules/KnowledgeComponents/Tutor.KnowledgeComponents.Infrastructure/Database/EventStore/Postgres/PostgresStore.cs,
//   with ../../BuildingBlocks/Tutor.BuildingBlocks.Infrastructure/Database/EventStore/Postgres/PostgresEventQueryable.cs;
//   models: Tutor.BuildingBlocks.Core/EventSourcing/DomainEvent.cs, EventSourcedAggregateRoot.cs, Domain/Entity.cs,
//   and the module's KnowledgeComponentEvent)
// Adapted: closed over KnowledgeComponentEvent, as the KnowledgeComponents module registers it. Entity and AggregateRoot
//   cut to the Id; EventSourcedAggregateRoot to its change list (Initialize and LoadFromHistory dropped; Causes public
//   here, to record a change from the script); KnowledgeComponentEvent to its learner and knowledge component ids (its
//   JSON discriminator attributes dropped); IEventQueryable<TEvent> kept whole (the Events property returns it). One
//   concrete event and aggregate added for the script. Nullable enabled, as in the source (the csproj).
// Real store: PostgresStore<TEvent> over the module's EF Core context. Save(aggregate) turns every change the aggregate
//   recorded since its last save (GetChanges) into a row of the Events table (aggregate type and Id, time stamp, learner
//   and knowledge component ids, the event as JSON) added to the context, and clears the aggregate's changes; it keeps no
//   aggregate, and the rows are written by the unit of work's SaveChanges, not by Save. Events is a query of every stored
//   event (After/Before/Where narrow it, ToList reads it). GetEventsByUserAndPrimaryEntities(userId, ids) reads the
//   events of that learner whose knowledge component is one of ids.
// Shapes: *=none
// First try (137a868c): incomplete: Events (IMF0001: returns IEventQueryable, not a Count or an IQueryable of the
//   entities), GetEventsByUserAndPrimaryEntities (IMF0015: 'Events' before By is not the entity name); Save generated
//   as an upsert of the aggregate, the entity elected by that write alone | WRONG: Save kept the aggregate itself in a
//   table under a key it generated (setting a new aggregate's Id) and left its changes in place, where the real store
//   appends the aggregate's pending events to the event log, clears them and keeps no aggregate (its Id stays as it is).
// After this round: Save refused (IMF0001): nothing in the interface reads the aggregate back and its reads hand out
//   KnowledgeComponentEvent, a type with no key, so what the store keeps of a saved aggregate is not said
//   (docs/generator.md, refused guesses of entity repositories; Sample68Tests). Events and GetEventsByUserAndPrimaryEntities
//   stay refused, rightly: an event log, appended to and read by learner and component, with no key.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Text.Json;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CleanCaDetTutor.IEventStoreCase;

public abstract class Entity
{
    public int Id { get; protected set; }
}

public abstract class AggregateRoot : Entity
{
}

public abstract class DomainEvent
{
    public DateTime TimeStamp { get; set; } = DateTime.UtcNow;
}

public abstract class EventSourcedAggregateRoot : AggregateRoot
{
    private readonly List<DomainEvent> _changes = new();

    public IEnumerable<DomainEvent> GetChanges()
    {
        return _changes;
    }

    public void ClearChanges()
    {
        _changes.Clear();
    }

    public void Causes(DomainEvent @event)
    {
        _changes.Add(@event);
        Apply(@event);
    }

    protected abstract void Apply(DomainEvent @event);
}

public abstract class KnowledgeComponentEvent : DomainEvent
{
    public int LearnerId { get; set; }
    public int KnowledgeComponentId { get; set; }
}

public sealed class AssessmentItemAnswered : KnowledgeComponentEvent
{
}

public sealed class KnowledgeComponentMastery : EventSourcedAggregateRoot
{
    public int Answers { get; private set; }

    protected override void Apply(DomainEvent @event)
    {
        Answers++;
    }
}

public interface IEventQueryable<TEvent> where TEvent : DomainEvent
{
    IEventQueryable<TEvent> After(DateTime moment);
    IEventQueryable<TEvent> Before(DateTime moment);
    IEventQueryable<TEvent> Where(Expression<Func<JsonDocument, bool>> condition);
    List<TEvent> ToList();
    List<T> ToList<T>() where T : TEvent;
}

public interface IEventStore<TEvent> where TEvent : DomainEvent
{
    void Save(EventSourcedAggregateRoot aggregate);
    IEventQueryable<TEvent> Events { get; }
    // Hacky solution for performance gains for monitoring use cases
    List<TEvent> GetEventsByUserAndPrimaryEntities(int userId, HashSet<int> primaryEntityIds);
}

[InMemoryFake(typeof(IEventStore<KnowledgeComponentEvent>))]
public partial class KnowledgeComponentEventStoreFake;

public static class Smoke
{
    public static Task RunAsync(IEventStore<KnowledgeComponentEvent> store)
    {
        var mastery = new KnowledgeComponentMastery();
        mastery.Causes(new AssessmentItemAnswered { LearnerId = 3, KnowledgeComponentId = 10 });
        mastery.Causes(new AssessmentItemAnswered { LearnerId = 3, KnowledgeComponentId = 11 });
        store.Save(mastery);
        Check.Equal(0, mastery.Id, "Save keeps no aggregate: its Id is left as it is");
        Check.Equal(0, new List<DomainEvent>(mastery.GetChanges()).Count, "Save clears the aggregate's recorded changes");

        // The rows Save adds are written by the module's unit of work (IUnitOfWork.Save, another interface): until then a
        // query of the context reads none of them.
        Check.Equal(0, store.GetEventsByUserAndPrimaryEntities(3, new HashSet<int> { 10, 11 }).Count, "no event is in the table before the unit of work saves");
        Check.Equal(0, store.Events.ToList().Count, "Events reads the table too");
        return Task.CompletedTask;
    }
}
