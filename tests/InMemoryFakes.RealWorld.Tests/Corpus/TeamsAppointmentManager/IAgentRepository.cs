// Source: https://github.com/OfficeDev/microsoft-teams-apps-appointment-manager
// Commit: ab559021c6d6
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
//   This one: the 1st of OfficeDev/microsoft-teams-apps-appointment-manager (1 member of its own and the 4 of
//   IRepository<T, TKey>, its base in the same repository: 5).
// Path: Source/Common/Repositories/IAgentRepository.cs (base: IRepository.cs beside it; real store: AgentRepository.cs
//   over CosmosRepository.cs beside it, registered in Source/Startup.cs as IAgentRepository<CosmosItemKey>; models:
//   Source/Common/Models/Agent.cs, BaseModel.cs, Source/Common/Repositories/CosmosItemKey.cs)
// Adapted: XML comments dropped; nothing else (Agent, BaseModel and CosmosItemKey as in the source). Nullable disabled,
//   as in the source.
// Real store: AgentRepository over a Cosmos DB container ("Agents", partition key /aadObjectId; Startup's CosmosClient
//   serializes camelCase, so Id is the item's "id", the Guid's "D" text). An item's identity is its id within its
//   partition. GetAsync(key) is ReadItemAsync(key.Id, key.PartitionKey): the agent, or null (404 caught) when no item
//   has that id in that partition. AddAsync(agent) is CreateItemAsync in the partition of agent.AADObjectId: an id taken
//   in that partition throws CosmosException 409 (Conflict); Cosmos sets no id (every caller sets Id = Guid.NewGuid()).
//   UpsertAsync(agent) is UpsertItemAsync: creates or replaces. DeleteAsync(key) is DeleteItemAsync: a missing item's
//   404 is caught and logged, nothing thrown. GetByObjectIdAsync(objectId) throws ArgumentNullException for null, else
//   queries "select * from a where a.aadObjectId = @aadObjectId" and answers the first match, or null.
// First try (bf2541b): incomplete: IMF0001 GetAsync and DeleteAsync (parameter 'key' names neither the key (Id) nor a
//   property of Agent: closed over CosmosItemKey, the Cosmos item's id and partition key, where Agent's key is its Guid
//   Id), IMF0016 GetByObjectIdAsync ('ObjectId' is not a property; the real query reads aadObjectId); IMF0025 (Info)
//   CreatedDateTime. Generated: AddAsync (an insert keyed by Id: a taken Id is the duplicate error) and UpsertAsync |
//   WRONG: none reached (the probe stops at GetAsync, refused, in its first line).
// After this round: unchanged, and refusing is right: a CosmosItemKey is a Cosmos item's id text and its partition key
//   (AADObjectId), which no signature ties to Agent's Guid Id and AADObjectId; GetByObjectIdAsync's 'ObjectId' names no
//   property (AADObjectId is the one the real query reads).
// Still wrong: AddAsync and UpsertAsync key an agent by its Id alone, where Cosmos DB identifies an item by its id within
//   its partition: an Id stored under another AADObjectId is the duplicate error (AddAsync) or replaced (UpsertAsync)
//   here, a second item there. Every caller gives a new agent a new Guid, and the smoke script does not reuse one.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TeamsAppointmentManager.IAgentRepositoryCase;

public abstract class BaseModel
{
    public Guid Id { get; set; }

    public DateTime CreatedDateTime { get; set; }
}

public class Agent : BaseModel
{
    public string UserPrincipalName { get; set; }

    public string AADObjectId { get; set; }

    public string TeamsId { get; set; }

    public string Name { get; set; }

    public string ServiceUrl { get; set; }

    public string BookingsStaffMemberId { get; set; }

    public string Locale { get; set; }
}

public readonly struct CosmosItemKey
{
    public CosmosItemKey(string id, string partitionKey)
    {
        this.Id = id;
        this.PartitionKey = partitionKey;
    }

    public string Id { get; }

    public string PartitionKey { get; }
}

public interface IRepository<T, TKey>
{
    Task<T> GetAsync(TKey key);

    Task AddAsync(T entity);

    Task UpsertAsync(T entity);

    Task DeleteAsync(TKey key);
}

[InMemoryFake]
public interface IAgentRepository<TKey> : IRepository<Agent, TKey>
{
    Task<Agent> GetByObjectIdAsync(string objectId);
}

public static class Smoke
{
    public static async Task RunAsync(IAgentRepository<CosmosItemKey> store)
    {
        var annId = Guid.NewGuid();
        var annKey = new CosmosItemKey(annId.ToString(), "aad-ann");
        Check.Null(await store.GetAsync(annKey), "GetAsync of an item not stored is null (the 404 is caught)");

        await store.AddAsync(new Agent { Id = annId, AADObjectId = "aad-ann", Name = "Ann", CreatedDateTime = new DateTime(2021, 6, 1) });
        Check.Equal("Ann", (await store.GetAsync(annKey))?.Name, "GetAsync reads the agent by its id in its partition (AADObjectId)");
        Check.Null(await store.GetAsync(new CosmosItemKey(annId.ToString(), "aad-bob")), "GetAsync of the id in another partition is null");
        await Check.ThrowsAsync<Exception>(() => store.AddAsync(new Agent { Id = annId, AADObjectId = "aad-ann", Name = "Ann again" }), "AddAsync of an id taken in its partition throws (CosmosException 409)");

        await store.UpsertAsync(new Agent { Id = annId, AADObjectId = "aad-ann", Name = "Ann B" });
        Check.Equal("Ann B", (await store.GetAsync(annKey))?.Name, "UpsertAsync replaces the stored agent");
        var bobId = Guid.NewGuid();
        await store.UpsertAsync(new Agent { Id = bobId, AADObjectId = "aad-bob", Name = "Bob" });
        Check.Equal("Bob", (await store.GetAsync(new CosmosItemKey(bobId.ToString(), "aad-bob")))?.Name, "UpsertAsync creates a missing agent");

        Check.Equal("Bob", (await store.GetByObjectIdAsync("aad-bob"))?.Name, "GetByObjectIdAsync answers the agent whose aadObjectId matches");
        Check.Null(await store.GetByObjectIdAsync("aad-nobody"), "GetByObjectIdAsync of an unknown object id is null");
        await Check.ThrowsAsync<ArgumentNullException>(() => store.GetByObjectIdAsync(null), "GetByObjectIdAsync(null) throws ArgumentNullException");

        await store.DeleteAsync(annKey);
        Check.Null(await store.GetAsync(annKey), "DeleteAsync removes the agent");
        await store.DeleteAsync(annKey);
        Check.Equal("Bob", (await store.GetByObjectIdAsync("aad-bob"))?.Name, "DeleteAsync of an item not stored does nothing (the 404 is caught)");
    }
}
