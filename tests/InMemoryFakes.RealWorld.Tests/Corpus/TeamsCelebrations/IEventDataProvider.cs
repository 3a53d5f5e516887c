// Source: https://github.com/OfficeDev/microsoft-teams-apps-celebrations
// Commit: a65cb401bee6
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample36 rule, fixed before probing: the repositories find_repos("microsoft-teams-apps") answers with owner
//   OfficeDev, sorted ordinally by name, then Azure-Samples/cosmos-db-design-patterns, Azure-Samples/eShopOnAzure,
//   dotnet/eShopSupport and Azure-Samples/azure-search-openai-demo-csharp, skipping any the tools do not hold and every
//   interface already in the corpus (grep of Corpus/ for its name), at the newest stored snapshot (fetch, then git grep
//   for `interface I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b` in *.cs, paths sorted ordinally): the first
//   interface in ordinal path order (at most 1 per repository), outside paths containing "test" (any case), declaring at
//   least 3 members (inherited ones count if the base interface is in the same repository), whose members read or write
//   stored data (a …Provider that stores nothing is skipped); stop after 8; each transcribed whole (up to 50 members).
//   In that order: microsoft-teams-apps-adopt-bot, -askaway, -attendance, -buildingaccess, -call-queue-scheduler and
//   -champion-management have no *.cs file at their newest snapshot; -callrecord-insights has no such interface;
//   -crowdsourcer's first, IConfigurationStorageProvider, declares 2 members. No interface of these repositories was in
//   the corpus. So the rule picks 8, and stops before the Azure samples: appointment-manager IAgentRepository<TKey>,
//   bookaroom IFavoriteStorageProvider, celebrations IEventDataProvider, company-communicator IAppConfigRepository,
//   contactgrouplookup IFavoriteDistributionListDataRepository, course-companion IGradeRepository, crowdsourcer
//   IQnaServiceProvider, employeetraining IBlobRepository.
//   This one: the 1st of OfficeDev/microsoft-teams-apps-celebrations (19 members).
// Path: Source/Microsoft.Teams.Apps.Celebration/Helpers/IEventDataProvider.cs (real store: EventDataProvider.cs beside
//   it; models: ../Models/CelebrationEvent.cs, EventOccurrence.cs, EventMessage.cs, EventStatus.cs, EventTypes.cs,
//   MessageType.cs, MessageSendResult.cs, Team.cs)
// Adapted: XML comments, Json.NET and DataAnnotations attributes dropped. Microsoft.Azure.Documents' Resource (a JSON
//   property bag) cut to Id and SelfLink (ResourceId, AltLink, Timestamp and ETag are the service's and no member
//   reads them), declared in Support/AzureStorageTypes.cs under its own namespace (after the first try, which had it
//   in this file's namespace: the same members); Team cut to Id and Name; Bot Framework's Activity to ServiceUrl and Text; EventMessage's SendAsync
//   (it sends the card, not a store's work) and EventOccurrence's GetLastAllowableTimeToSendNotification kept only as
//   the latter (DateTime + 12 h). Nullable disabled, as in the source.
// Real store: EventDataProvider over Cosmos DB (DocumentDB SDK), three collections: Events (partition key
//   /ownerAadObjectId), Occurrences (/eventId, TTL on) and EventMessages (/messageType, default TTL 1 day). An item is
//   identified by its id within its partition. AddEventAsync(e) throws ArgumentException when e.Id is set, else
//   CreateDocumentAsync, which gives the document a new GUID id, and answers the created document. GetEventByIdAsync(id,
//   owner) reads the event in the owner's partition: null when missing. UpdateEventAsync(e) throws ArgumentException
//   for a null Id, else ReplaceDocumentAsync (404, thrown, when missing). DeleteEventAsync(id, owner) reads it and
//   deletes it when found (nothing for a missing one). GetAllEventsAsync lists every event (cross-partition),
//   GetEventsByOwnerObjectIdAsync(aadObjectId) the owner's, GetEventsAsync(query) runs a SQL query text. Occurrences:
//   AddEventOccurrenceAsync throws ArgumentException for a set Id, sets TimeToLive to the seconds until DateTime + 12 h
//   (at least 3600) and creates it with a new id; UpdateEventOccurrenceAsync (ArgumentException for a null Id) sets
//   TimeToLive from DateTime and replaces; GetEventOccurrenceByIdAsync(occurrenceId, eventId) reads it in the event's
//   partition (null when missing); DeleteEventOccurrenceAsync(id, eventId) deletes it (404 caught);
//   DeleteEventOccurrencesByEventIdAsync(eventId) deletes the FIRST occurrence of the event only (FirstOrDefault);
//   GetEventOccurrencesByEventIdsAsync(ids) those of the events; GetDueEventOccurrencesAsync(now) those with Status
//   Default and DateTime <= now. Messages: AddEventMessageAsync (ArgumentException for a set Id) sets TimeToLive from
//   ExpireAt and creates it; UpdateEventMessageAsync sets TimeToLive and replaces; GetEventMessagesByDeliveryStatusCode
//   Async(codes) answers the messages without a MessageSendResult or whose StatusCode is one of codes;
//   DeleteEventMessagesByEventIdAsync(eventId) deletes every message of the event.
// First try (bf2541b): incomplete: IMF0001 GetEventsAsync (search text), GetDueEventOccurrencesAsync
//   ('currentDateTime' names no property), DeleteEventAsync (its signature proves no type and 'Event' is only the last
//   word of CelebrationEvent), IMF0015 GetEventsByOwnerObjectIdAsync, IMF0016 GetEventMessagesByDeliveryStatusCodeAsync.
//   Generated, over three tables (CelebrationEvent, EventOccurrence, EventMessage, each keyed by its string Id): the
//   three adds and updates, GetAllEventsAsync, GetEventByIdAsync (Id and OwnerAadObjectId), GetEventOccurrenceByIdAsync
//   (Id and EventId), GetEventOccurrencesByEventIdsAsync (EventId one of the list), DeleteEventOccurrenceAsync (Id and
//   EventId; nothing when missing), DeleteEventOccurrencesByEventIdAsync and DeleteEventMessagesByEventIdAsync (every
//   row of the event). The probe fails at its first line, loudly: AddEventAsync of an event without an Id throws
//   ArgumentNullException ("the entity's key (Id) is null"), where the DocumentDB SDK gives the document a new GUID id |
//   WRONG: DeleteEventOccurrencesByEventIdAsync removes every occurrence of the event, where the real store deletes the
//   first one only (FirstOrDefault); the occurrence and message adds and updates keep TimeToLive as given, where the
//   real store sets it (the seconds until DateTime + 12 h, or until ExpireAt, at least 3600) and Cosmos DB expires the
//   document then; the three adds store an entity whose Id is set, where the real store throws ArgumentException (none
//   reached by the probe).
// After this round: the three adds (and an upsert, had it one) give an entity without an Id a new GUID's text and keep
//   a set one, as the DocumentDB SDK's CreateDocumentAsync does: the Id of a type deriving from
//   Microsoft.Azure.Documents.Resource is generated when missing (docs/generator.md, generated keys; this round's
//   convention); an update without an Id is ArgumentException, as the real store's. The probe now passes AddEventAsync
//   and the three GetEventByIdAsync steps, then fails at the store's own guard: AddEventAsync of an event whose Id is set
//   stores it, where the real store throws ArgumentException ("A new event must not have an assigned ID"). The refusals
//   are right (a query text, a parameter that names no property, a type no name proves). The wrong members are the
//   store's own code, which no signature shows: a delete named in the plural that deletes one, a time to live computed
//   from other properties, a guard against a preset id (PresetKeyOnAdd = Refuse needs a key the store numbers, and its
//   error is InvalidOperationException).
// Still wrong: DeleteEventOccurrencesByEventIdAsync (every occurrence, where the real store deletes the first) and the
//   TimeToLive the occurrence and message writes keep as given, as above; the probe stops at the preset-id guard before
//   them.
// After h-oblivious (session 29): still incomplete (other members); GetEventByIdAsync, GetEventOccurrenceByIdAsync
//   answer null for a missing entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing
//   of a missing one, and stores of that signature disagree (docs/generator.md, Oblivious reads); the real store
//   answers null for a missing one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute
//   states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Azure.Documents;

namespace Corpus.TeamsCelebrations.IEventDataProviderCase;

public class Team
{
    public string Id { get; set; }

    public string Name { get; set; }
}

public class Activity
{
    public string ServiceUrl { get; set; }

    public string Text { get; set; }
}

public enum EventTypes
{
    Other,
    Birthday,
    Anniversary,
}

public enum EventStatus
{
    Default,
    Skipped,
    Sent,
}

public enum MessageType
{
    Unknown,
    Preview,
    Event,
}

public class MessageSendResult
{
    public DateTimeOffset LastAttemptTime { get; set; }

    public int StatusCode { get; set; }

    public string ResponseBody { get; set; }
}

public class CelebrationEvent : Resource
{
    public EventTypes Type { get; set; }

    public string Title { get; set; }

    public string Message { get; set; }

    public DateTime Date { get; set; }

    public string TimeZoneId { get; set; }

    public string OwnerTeamsId { get; set; }

    public string OwnerAadObjectId { get; set; }

    public string ImageUrl { get; set; }

    public int EventMonth
    {
        get { return this.Date.Month; }
    }

    public int EventDay
    {
        get { return this.Date.Day; }
    }

    public List<Team> Teams { get; set; }
}

public class EventOccurrence : Resource
{
    public string EventId { get; set; }

    public string OwnerAadObjectId { get; set; }

    public DateTimeOffset DateTime { get; set; }

    public EventStatus Status { get; set; }

    public int? TimeToLive { get; set; }

    public DateTimeOffset GetLastAllowableTimeToSendNotification()
    {
        return this.DateTime.AddHours(12);
    }
}

public class EventMessage : Resource
{
    public string EventId { get; set; }

    public string OccurrenceId { get; set; }

    public DateTimeOffset OccurrenceDateTime { get; set; }

    public Activity Activity { get; set; }

    public string TenantId { get; set; }

    public MessageType MessageType { get; set; }

    public MessageSendResult MessageSendResult { get; set; }

    public DateTimeOffset ExpireAt { get; set; }

    public int? TimeToLive { get; set; }
}

[InMemoryFake]
public interface IEventDataProvider
{
    Task<IList<CelebrationEvent>> GetAllEventsAsync();

    Task<IList<CelebrationEvent>> GetEventsByOwnerObjectIdAsync(string aadObjectId);

    Task<IList<CelebrationEvent>> GetEventsAsync(string query);

    Task<CelebrationEvent> GetEventByIdAsync(string eventId, string ownerAadObjectId);

    Task<CelebrationEvent> AddEventAsync(CelebrationEvent celebrationEvent);

    Task UpdateEventAsync(CelebrationEvent celebrationEvent);

    Task DeleteEventAsync(string eventId, string ownerAadObjectId);

    Task<IList<EventOccurrence>> GetEventOccurrencesByEventIdsAsync(List<string> eventIds);

    Task<IList<EventOccurrence>> GetDueEventOccurrencesAsync(DateTimeOffset currentDateTime);

    Task<EventOccurrence> AddEventOccurrenceAsync(EventOccurrence eventOccurrence);

    Task UpdateEventOccurrenceAsync(EventOccurrence recurringEvent);

    Task<EventOccurrence> GetEventOccurrenceByIdAsync(string occurrenceId, string eventId);

    Task DeleteEventOccurrenceAsync(string id, string eventId);

    Task DeleteEventOccurrencesByEventIdAsync(string eventId);

    Task<IList<EventMessage>> GetEventMessagesByDeliveryStatusCodeAsync(List<int> statusCode);

    Task<EventMessage> AddEventMessageAsync(EventMessage eventMessage);

    Task UpdateEventMessageAsync(EventMessage eventMessage);

    Task DeleteEventMessagesByEventIdAsync(string eventId);
}

public static class Smoke
{
    public static async Task RunAsync(IEventDataProvider store)
    {
        var birthday = await store.AddEventAsync(new CelebrationEvent { Type = EventTypes.Birthday, Title = "Ann's birthday", Date = new DateTime(1990, 6, 1), TimeZoneId = "UTC", OwnerAadObjectId = "owner-1", Teams = new List<Team>() });
        Check.True(!string.IsNullOrEmpty(birthday.Id), "AddEventAsync answers the created event with the id Cosmos DB gave it");
        Check.Equal("Ann's birthday", (await store.GetEventByIdAsync(birthday.Id, "owner-1"))?.Title, "GetEventByIdAsync reads the event in its owner's partition");
        Check.Null(await store.GetEventByIdAsync(birthday.Id, "owner-2"), "GetEventByIdAsync of the id under another owner is null (another partition)");
        Check.Null(await store.GetEventByIdAsync("missing", "owner-1"), "GetEventByIdAsync of an unknown id is null");
        await Check.ThrowsAsync<ArgumentException>(() => store.AddEventAsync(new CelebrationEvent { Id = "chosen", Title = "x", OwnerAadObjectId = "owner-1" }), "AddEventAsync of an event with an id throws ArgumentException");

        Check.Equal(1, (await store.GetEventsByOwnerObjectIdAsync("owner-1")).Count, "GetEventsByOwnerObjectIdAsync lists the owner's events");
        Check.Equal(0, (await store.GetEventsByOwnerObjectIdAsync("owner-2")).Count, "and none of another owner");
        Check.Equal(1, (await store.GetAllEventsAsync()).Count, "GetAllEventsAsync lists every event");

        birthday.Title = "Ann's 34th birthday";
        await store.UpdateEventAsync(birthday);
        Check.Equal("Ann's 34th birthday", (await store.GetEventByIdAsync(birthday.Id, "owner-1"))?.Title, "UpdateEventAsync replaces the event");
        await Check.ThrowsAsync<ArgumentException>(() => store.UpdateEventAsync(new CelebrationEvent { Title = "x", OwnerAadObjectId = "owner-1" }), "UpdateEventAsync of an event without an id throws ArgumentException");

        var due = new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var occurrence = await store.AddEventOccurrenceAsync(new EventOccurrence { EventId = birthday.Id, OwnerAadObjectId = "owner-1", DateTime = due });
        Check.True(!string.IsNullOrEmpty(occurrence.Id), "AddEventOccurrenceAsync answers the occurrence with the id Cosmos DB gave it");
        Check.True(occurrence.TimeToLive >= 3600, "and a TimeToLive of at least an hour");
        Check.Equal(due, (await store.GetEventOccurrenceByIdAsync(occurrence.Id, birthday.Id))?.DateTime, "GetEventOccurrenceByIdAsync reads it in its event's partition");
        Check.Equal(1, (await store.GetDueEventOccurrencesAsync(due.AddMinutes(1))).Count, "GetDueEventOccurrencesAsync lists the occurrences due (Status Default, DateTime <= now)");
        Check.Equal(0, (await store.GetDueEventOccurrencesAsync(due.AddMinutes(-1))).Count, "and none before");
        Check.Equal(1, (await store.GetEventOccurrencesByEventIdsAsync(new List<string> { birthday.Id, "other" })).Count, "GetEventOccurrencesByEventIdsAsync lists the events' occurrences");

        await store.DeleteEventOccurrenceAsync("missing", birthday.Id);
        await store.DeleteEventOccurrenceAsync(occurrence.Id, birthday.Id);
        Check.Null(await store.GetEventOccurrenceByIdAsync(occurrence.Id, birthday.Id), "DeleteEventOccurrenceAsync removes it (a missing one: nothing)");

        var message = await store.AddEventMessageAsync(new EventMessage { EventId = birthday.Id, OccurrenceId = "occ", MessageType = MessageType.Event, ExpireAt = due.AddDays(1), Activity = new Activity { ServiceUrl = "https://smba", Text = "Happy birthday" } });
        Check.True(!string.IsNullOrEmpty(message.Id), "AddEventMessageAsync answers the message with its new id");
        Check.Equal(1, (await store.GetEventMessagesByDeliveryStatusCodeAsync(new List<int> { 429 })).Count, "a message never sent (no MessageSendResult) is listed for any codes");
        message.MessageSendResult = new MessageSendResult { StatusCode = 200, LastAttemptTime = due };
        await store.UpdateEventMessageAsync(message);
        Check.Equal(0, (await store.GetEventMessagesByDeliveryStatusCodeAsync(new List<int> { 429 })).Count, "a message sent with another code is not");
        await store.DeleteEventMessagesByEventIdAsync(birthday.Id);
        Check.Equal(0, (await store.GetEventMessagesByDeliveryStatusCodeAsync(new List<int> { 200 })).Count, "DeleteEventMessagesByEventIdAsync removes the event's messages");

        await store.DeleteEventAsync(birthday.Id, "owner-1");
        Check.Null(await store.GetEventByIdAsync(birthday.Id, "owner-1"), "DeleteEventAsync removes the event");
        await store.DeleteEventAsync(birthday.Id, "owner-1");
        Check.Equal(0, (await store.GetEventsAsync("SELECT * FROM e")).Count, "DeleteEventAsync of a missing event does nothing; GetEventsAsync runs the query text");
    }
}
