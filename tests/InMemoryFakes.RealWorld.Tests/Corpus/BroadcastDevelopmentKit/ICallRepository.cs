// Source: https://github.com/microsoft/Broadcast-Development-Kit
// Commit: a788044
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample61 rule, fixed before probing (Corpus/AgentGovernanceToolkit/ISandboxProvider.cs has it in full;
//   docs/generator-rounds.md, "Out-of-sample round h-sample61 (session 25)", the walk). The next repository after
//   Bing-Maps-Fleet-Tracker in find_repos("microsoft/b").
//   This one: the 8th and last pick (Broadcast-Development-Kit). Before it in path order:
//   Interfaces/Common/IBotServiceAuthenticationProvider.cs (1 member). ICallRepository declares none itself; its base
//   IRepository<T> (same folder) declares 7.
// Path: src/Application/Interfaces/Persistance/ICallRepository.cs (base: IRepository.cs beside it; real store:
//   src/Infrastructure.Core/CosmosDbData/Repository/CallRepository.cs over CosmosDbRepository.cs; models:
//   src/Domain/Entities/Call.cs, Entities/Base/CosmosDbEntity.cs, Enums/CallState.cs, Enums/MeetingType.cs)
// Adapted: the namespaces (one for all); CosmosDbEntity's [JsonProperty("id")] dropped. Ardalis.Specification is the
//   package's own (the source pins 4.1.0, the corpus 9.3.1: ISpecification<T> is the same interface for this use).
//   Nullable disabled, as in the source (no project sets it).
// Real store: CosmosDbRepository<Call> over the calls container, partitioned by id. AddItemAsync(item) gives an item with
//   a null or empty Id a new Guid (setting the caller's item.Id) and creates the document: an id already there is
//   CosmosException 409 Conflict. UpdateItemAsync(id, item) upserts item (the document written is item, under item.Id;
//   a call not there is created). DeleteItemAsync(id) deletes it: a missing id is CosmosException 404. GetItemAsync(id)
//   answers the document or null (404 caught). GetItemsAsync(spec), GetItemsCountAsync(spec) and GetFirstItemAsync(spec)
//   apply the specification (where, order, skip/take) with the project's CosmosDbSpecificationEvaluator over the
//   container's LINQ queryable: every match in the spec's order, their count, and the first of the first page (null when
//   none). Reads answer new objects deserialized from the documents.
// Shapes: *=2
// Configured: MissingDelete = MissingDelete.NotFound (Cosmos DB's DeleteItemAsync of a missing id: 404);
//   PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset (session 26: AddItemAsync's new Guid for a null or empty Id only);
//   MissingUpdate = MissingUpdate.Insert (session 38: UpdateItemAsync(id, item) is UpsertItemAsync, which creates a call
//   not stored).
// First try (ac6de91): incomplete: IMF0001 GetItemsCountAsync (read as a list by its leading Get: "a list of Call must be
//   returned as IReadOnlyList<T>, ...") and UpdateItemAsync ("'UpdateItem' is not a known verb"); generated: GetItemsAsync,
//   GetFirstItemAsync (the specification evaluated over a snapshot), GetItemAsync, AddItemAsync, DeleteItemAsync. The
//   probe stops at AddItemAsync, the script's first line (a call with no Id) | WRONG: DeleteItemAsync of an id not stored
//   did nothing, where Cosmos DB answers 404; AddItemAsync of a call with no Id throws (a null key) where the real store
//   gives it a new Guid (loud).
// After this round: complete (both refusals were of provable members; docs/generator.md, specification members and
//   updates by key): GetItemsCountAsync counts the specification's matches (Get + a stand-in for the entity + Count), and
//   UpdateItemAsync(id, item) is the update by key (Item stands for the entity, as in the three members already
//   generated). MissingDelete = NotFound (a setting that exists) makes DeleteItemAsync right. The smoke script fails, a
//   known mismatch (RealWorldCorpusTests.KnownSmokeMismatches): the add of a call with no Id (a new Guid only when unset,
//   which no PresetKeyOnAdd value says) and UpdateItemAsync of a call not stored (Cosmos DB's upsert; the fake's update by
//   key throws the not-found error, and MissingUpdate = Insert refuses an update by a separate key), both loud.
//   Session 26 (lead): PresetKeyOnAdd = GenerateWhenUnset now says the first (a new Guid only for a call without an Id,
//   a set one kept), and the file states it; the upsert through UpdateItemAsync stays the one known mismatch.
// After h-oblivious (session 29): complete as before; GetFirstItemAsync, GetItemAsync answer null for a missing entity
//   as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
// After h-smoke38 (session 38): MissingUpdate = Insert now reaches an update by a separate key (the update by key
//   already requires the call's own Id to be the id given, so a missing call has one key to be stored under), and the
//   file states it (Configured): UpdateItemAsync of a call not stored creates it, as UpsertItemAsync does. The known
//   mismatch is gone; the smoke script passes.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Ardalis.Specification;
using InMemoryFakes;

namespace Corpus.BroadcastDevelopmentKit.ICallRepositoryCase;

public enum CallState
{
    Establishing,
    Established,
    Terminating,
    Terminated,
    Error,
}

public enum MeetingType
{
    Default,
    LiveEvent,
}

public abstract class CosmosDbEntity
{
    public string Id { get; set; }
}

public class Call : CosmosDbEntity
{
    public string MeetingUrl { get; set; }
    public string MeetingId { get; set; }
    public CallState State { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime EndedAt { get; set; }
    public MeetingType MeetingType { get; set; }
    public string BotFqdn { get; set; }
    public string BotIp { get; set; }
    public string DefaultPassphrase { get; set; }
    public int DefaultLatency { get; set; }
    public string GraphId { get; set; }
    public string ServiceId { get; set; }
    public bool IsBotMuted { get; set; }
    public Dictionary<string, string> PublicContext { get; set; } = new Dictionary<string, string>();
    public Dictionary<string, string> PrivateContext { get; set; } = new Dictionary<string, string>();
}

public interface IRepository<T>
    where T : CosmosDbEntity
{
    Task<IEnumerable<T>> GetItemsAsync(ISpecification<T> specification);

    Task<int> GetItemsCountAsync(ISpecification<T> specification);

    Task<T> GetItemAsync(string id);

    Task<T> GetFirstItemAsync(ISpecification<T> specification);

    Task AddItemAsync(T item);

    Task UpdateItemAsync(string id, T item);

    Task DeleteItemAsync(string id);
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound, PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset, MissingUpdate = MissingUpdate.Insert)]
public interface ICallRepository : IRepository<Call>
{
}

public class CallGetActiveSpecification : Specification<Call>
{
    public CallGetActiveSpecification()
    {
        Query.Where(x => x.State == CallState.Established)
            .OrderByDescending(x => x.CreatedAt);
    }
}

public class CallGetByMeetingIdSpecification : Specification<Call>
{
    public CallGetByMeetingIdSpecification(string meetingId)
    {
        Query.Where(x => x.MeetingId == meetingId);
    }
}

public static class Smoke
{
    public static async Task RunAsync(ICallRepository calls)
    {
        var first = new Call { MeetingId = "m1", State = CallState.Established, CreatedAt = new DateTime(2024, 1, 1) };
        await calls.AddItemAsync(first);
        Check.True(!string.IsNullOrEmpty(first.Id) && Guid.TryParse(first.Id, out _), "AddItemAsync gives a call without an Id a new Guid, on the caller's object");
        Check.Equal("m1", (await calls.GetItemAsync(first.Id))?.MeetingId, "GetItemAsync finds it by id");
        Check.Null(await calls.GetItemAsync("missing"), "GetItemAsync of an id not stored is null");
        await Check.ThrowsAsync<Exception>(() => calls.AddItemAsync(new Call { Id = first.Id, MeetingId = "m1b" }), "a create of an id already there is a conflict");

        await calls.AddItemAsync(new Call { Id = "c2", MeetingId = "m2", State = CallState.Established, CreatedAt = new DateTime(2024, 2, 1) });
        await calls.AddItemAsync(new Call { Id = "c3", MeetingId = "m3", State = CallState.Terminated, CreatedAt = new DateTime(2024, 3, 1) });
        var active = (await calls.GetItemsAsync(new CallGetActiveSpecification())).ToList();
        Check.Equal(2, active.Count, "GetItemsAsync answers the calls the specification selects");
        Check.Equal("c2", active[0].Id, "in the specification's order (newest first)");
        Check.Equal(2, await calls.GetItemsCountAsync(new CallGetActiveSpecification()), "GetItemsCountAsync counts them");
        Check.Equal("c2", (await calls.GetFirstItemAsync(new CallGetActiveSpecification()))?.Id, "GetFirstItemAsync answers the first");
        Check.Null(await calls.GetFirstItemAsync(new CallGetByMeetingIdSpecification("none")), "or null when none matches");

        await calls.UpdateItemAsync("c2", new Call { Id = "c2", MeetingId = "m2", State = CallState.Terminated });
        Check.Equal(CallState.Terminated, (await calls.GetItemAsync("c2"))?.State, "UpdateItemAsync replaces the call");
        await calls.UpdateItemAsync("c4", new Call { Id = "c4", MeetingId = "m4" });
        Check.Equal("m4", (await calls.GetItemAsync("c4"))?.MeetingId, "UpdateItemAsync of a call not stored creates it (an upsert)");

        await calls.DeleteItemAsync("c3");
        Check.Null(await calls.GetItemAsync("c3"), "DeleteItemAsync removes the call");
        await Check.ThrowsAsync<Exception>(() => calls.DeleteItemAsync("c3"), "a delete of an id not there is a 404");
    }
}
