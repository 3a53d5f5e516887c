// Source: https://github.com/azy99/503E-ChatService
// Commit: 196f99d2 (ChatService.Web/Storage/IConversationStore.cs, the version read_file reads, with
//   Dtos/Conversations/userConversation.cs, StartConversationResponse.cs and Storage/CosmosConversationStore.cs); the
//   newest snapshot, 68fb233b, read for UpsertConversation (at 196f99d2 it throws NotImplementedException, "TODO")
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample56 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IChatHistoryRepository`, (2) `interface IConversationStore`, (3) `interface ICacheService Task`,
//   (4) `interface ILocalStorageService`, (5) `interface ISettingsStore`, (6) `interface IIdempotencyStore`,
//   (7) `interface IOutboxRepository`, (8) `interface ILeaseStore`; from each, the FIRST result in the order returned
//   that is a C# interface declaration with at least 3 members (inherited ones count if the base interface is in the
//   same repository, as in h-sample41, 47 and 52), outside paths containing "test" (any case), from a repository not
//   already a corpus source (grep of `^// Source:` in Corpus/); at most 1 per repository; stop after 6. A result that
//   names no repository or path (the tool's anonymous excerpts) cannot be cited, checked against the corpus or read
//   further, so it is not taken (as in h-sample40 to 52). Each interface is transcribed at the stored version
//   read_file reads, or at the newest snapshot (fetch) where read_file has none or reads a version other than the
//   excerpt's, with its real store.
//   Picks: (1) rank 3, microsoft/CodeWith-Installment-Advisor IHistoryRepository (3 members; ranks 1-2 are
//   TypeScript); (2) rank 2, azy99/503E-ChatService IConversationStore (3 members in the excerpt, 4 at the version
//   read; rank 1 is Go); (3) rank 2, Asirg/Old-study ICacheService (3 members; rank 1, lucasdsalves/redis
//   ICachingService, declares 2); (4) none (ranks 1-3 are TypeScript, rank 4 Dart, ranks 5-12 anonymous); (5) rank 2,
//   tomasr/viasfora ISettingsStore (4 members; rank 1 is anonymous Swift); (6) none (ranks 1-4 are Java, ranks 5-12
//   anonymous); (7) rank 2, alifcapital/EventStorage IOutboxRepository (it declares none; its base
//   IBaseEventRepository<OutboxMessage>, in the same repository, 9, and that one's base ITableCreator 1; rank 1 is
//   TypeScript); (8) rank 1, MessageHandler/MessageHandler.Runtime IStoreLeases<T> (4 members). Six picks, the sixth at
//   the last query; none of the six repositories was a corpus source.
//   This one: query (2), rank 2 (3 members in the excerpt, 4 at the version read_file reads).
// Path: ChatService.Web/Storage/IConversationStore.cs (an ASP.NET Core chat service, a university course project;
//   real store: Storage/CosmosConversationStore.cs over Storage/Entities/ConversationEntity.cs, one Cosmos DB
//   container; caller: Services/ConversationService.cs)
// Adapted: the records' [Required] attributes left out; the namespaces made the corpus's. Nullable enabled, as in the
//   source (net7.0, <Nullable>enable</Nullable>).
// Real store: CosmosConversationStore, each conversation a ConversationEntity { partitionKey = Sender, id = Id,
//   LastModifiedUnixTime, ReceiverUsername = Receiver }; the service names a conversation "{sender}_{receiver}" and
//   writes one for each participant. AddConversation(c) = CreateItemAsync: a new id answers new
//   StartConversationResponse(c.Id, CreatedUnixTime: c.LastModifiedUnixTime); an id already stored (409 Conflict) is
//   no error and changes nothing: it answers the STORED conversation's Id and LastModifiedUnixTime (GetConversation).
//   GetConversation(id) = ReadItemAsync(id, partition: the text before the first "_"): the conversation, or null (404);
//   ids compare ordinally. UpsertConversation(c) (at 68fb233b) = UpsertItemAsync: replaces the stored conversation of
//   that id, or creates it. DeleteConversation(username, conversationId) = DeleteItemAsync(id: username, partitionKey:
//   conversationId), the two arguments swapped, with 404 swallowed: it finds no conversation and deletes nothing, at
//   both commits. The smoke script does not call it (a bug of the real store, which no caller reaches).
// Shapes: *=core
// First try (10e6d05): incomplete: IMF0001 AddConversation (it returns a StartConversationResponse: neither the
//   conversation, its key nor a success value) and DeleteConversation ('username' names neither the key (Id) nor a
//   property of UserConversation). Generated: GetConversation (Find by Id: null for an id not stored), UpsertConversation
//   (Upsert by Id) | WRONG: none found (the probe passes GetConversation of an id not stored, then stops at
//   AddConversation). Both refusals are right: an add of a stored id answers the stored conversation's time, which no
//   signature says, and the real DeleteConversation deletes nothing (its arguments swapped). Not reached and not a
//   difference for the service's ids: the real GetConversation finds a conversation only in the partition of the text
//   before the first "_" (its Sender), the fake by Id alone.
// After this round: unchanged (still incomplete: AddConversation and DeleteConversation rightly refused).
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ChatService503E.IConversationStoreCase;

public record UserConversation(
    string Id,
    long LastModifiedUnixTime,
    string Sender,
    string Receiver
    );

public record StartConversationResponse(
    string Id,
    long CreatedUnixTime
);

[InMemoryFake]
public interface IConversationStore
{
    Task UpsertConversation(UserConversation UserConversation);
    Task<UserConversation?> GetConversation(string conversationID);
    Task<StartConversationResponse> AddConversation(UserConversation UserConversation);
    Task DeleteConversation(string username, string conversationId);
}

public static class Smoke
{
    public static async Task RunAsync(IConversationStore conversations)
    {
        Check.Null(await conversations.GetConversation("ana_ben"), "GetConversation of an id not stored answers null (404)");

        var started = await conversations.AddConversation(new UserConversation("ana_ben", 1_700_000_000, "ana", "ben"));
        Check.Equal("ana_ben", started.Id, "AddConversation answers the conversation's id");
        Check.Equal(1_700_000_000L, started.CreatedUnixTime, "and its LastModifiedUnixTime as CreatedUnixTime");
        await conversations.AddConversation(new UserConversation("ben_ana", 1_700_000_000, "ben", "ana"));

        var read = await conversations.GetConversation("ana_ben");
        Check.Equal("ben", read?.Receiver, "GetConversation reads the conversation");
        Check.Equal("ana", read?.Sender, "with its sender");
        Check.Equal(1_700_000_000L, read?.LastModifiedUnixTime, "and its time");
        Check.Equal("ana", (await conversations.GetConversation("ben_ana"))?.Receiver, "each participant's conversation is its own");
        Check.Null(await conversations.GetConversation("Ana_ben"), "ids compare ordinally");

        var again = await conversations.AddConversation(new UserConversation("ana_ben", 1_700_000_500, "ana", "ben"));
        Check.Equal("ana_ben", again.Id, "AddConversation of an id already stored is no error (409 is caught)");
        Check.Equal(1_700_000_000L, again.CreatedUnixTime, "and answers the STORED conversation's time");
        Check.Equal(1_700_000_000L, (await conversations.GetConversation("ana_ben"))?.LastModifiedUnixTime, "and changes nothing");

        await conversations.UpsertConversation(new UserConversation("ana_ben", 1_700_000_900, "ana", "ben"));
        Check.Equal(1_700_000_900L, (await conversations.GetConversation("ana_ben"))?.LastModifiedUnixTime, "UpsertConversation replaces a stored conversation");
        await conversations.UpsertConversation(new UserConversation("ana_cy", 1_700_001_000, "ana", "cy"));
        Check.Equal("cy", (await conversations.GetConversation("ana_cy"))?.Receiver, "and creates one not stored");
    }
}
