// Source: https://github.com/microsoft/BotBuilder-Samples
// Commit: 55d1f5372
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample11 rule, fixed before probing: in these repositories, in this order (microsoft/chat-copilot,
//   Azure-Samples/modern-web-app-pattern-dotnet, Azure-Samples/reliable-web-app-pattern-dotnet,
//   microsoft/Windows-appsample-customers-orders-database, microsoft/TailwindTraders-Backend, microsoft/teams-ai,
//   OfficeDev/Microsoft-Teams-Samples, microsoft/BotBuilder-Samples, microsoft/durabletask-dotnet,
//   Azure/azure-functions-durable-extension, dotnet/dotnet-monitor, Azure-Samples/azure-search-openai-demo-csharp,
//   microsoft/PartsUnlimited, dotnet/eShopSupport), skipping any the tools do not hold or already in the corpus, at
//   the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path
//   order (at most 2 per repository; an identical copy of one already taken does not count), outside paths
//   containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least
//   3 members (inherited ones count if the base interface is in the same repository) and are not already in the
//   corpus; stop after 12. Not held (fetch: no snapshot): modern-web-app-pattern-dotnet, reliable-web-app-pattern-dotnet.
//   Already in the corpus: Windows-appsample-customers-orders-database. Microsoft-Teams-Samples (988 MB) is over
//   fetch's 500 MB limit and its index listing cannot be enumerated in path order: skipped, unprobed. No such
//   interface: TailwindTraders-Backend, teams-ai (no C# at its newest snapshot), durabletask-dotnet (only under
//   test/), azure-functions-durable-extension, azure-search-openai-demo-csharp, PartsUnlimited, eShopSupport.
//   BotBuilder-Samples' IStore (42.scaleout) declares 2 members. The 4: chat-copilot IRepository<T>; BotBuilder-Samples
//   IBotDataStore<T>; dotnet-monitor IS3Storage and IExceptionsNameCache.
//   This one: the 1st of microsoft/BotBuilder-Samples.
// Path: Migration/MigrationV3V4/CSharp/V4StateBotFromV3Providers/Bot.Builder.Azure.V3ToV4/V3/IBotDataStore.cs (models:
//   V3/BotData.cs, V3/BotStoreType.cs, V3/IAddress.cs, V3/Address.cs)
// Adapted: closed over BotData, as every store of the project implements IBotDataStore<BotData>; BotData keeps Data,
//   ETag and its constructors (without the JObject conversion); Address made public for the smoke script. The project
//   (netcoreapp2.1) builds without nullable annotations (#nullable disable).
// Real store: AzureSql/SqlBotDataStore.cs (the first store in path order; EF Core, rows of SqlBotDataEntity):
//   LoadAsync(key, type) returns the NEWEST row (by Timestamp) of that BotStoreType whose ChannelId and
//   ConversationId (BotConversationData), ChannelId and UserId (BotUserData) or ChannelId, ConversationId and UserId
//   (BotPrivateConversationData) equal the key's (BotId and ServiceUrl are not compared), as a new BotData(row ETag,
//   row data); none: a new BotData with ETag "" and an empty Data dictionary. SaveAsync(key, type, data): ETag null or
//   empty: ADDS a new row with a fresh Guid ETag (the caller's BotData keeps its ETag; an older row stays, shadowed);
//   ETag "*": Data null removes the newest matching row, else replaces its Data and ServiceUrl (the stored ETag kept)
//   or adds one with ETag "*"; any other ETag: as "*" but also stores that ETag, with NO comparison to the stored one
//   (the interface's comment promises HttpException PreconditionFailed on a mismatch; this store never throws it).
//   FlushAsync returns true and does nothing. Data goes through JSON (a copy, not the caller's object).
// Shapes: *=core
// First try (1fd5c95): incomplete: IMF0001 FlushAsync, LoadAsync, SaveAsync (the key is an IAddress, an interface
//   compared by reference, while the real store keys by some of its fields, which ones depending on the BotStoreType)
//   | WRONG: none. Refused honestly; the key rule lives in GetSqlBotDataEntity's switch, which no signature shows.
#nullable disable

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BotBuilderSamples.IBotDataStoreCase;

public enum BotStoreType
{
    BotConversationData = 0,
    BotPrivateConversationData = 1,
    BotUserData = 2
}

public interface IAddress
{
    string BotId { get; }
    string ChannelId { get; }
    string UserId { get; }
    string ConversationId { get; }
    string ServiceUrl { get; }
}

public class Address : IAddress
{
    public string BotId { get; set; } = string.Empty;
    public string ChannelId { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;
    public string ConversationId { get; set; } = string.Empty;
    public string ServiceUrl { get; set; } = string.Empty;
}

public partial class BotData
{
    public BotData()
    {
    }

    public BotData(string eTag = default(string), object data = default(object))
    {
        Data = data ?? new Dictionary<string, object>();
        ETag = eTag;
    }

    public object Data { get; set; }

    public string ETag { get; set; }
}

public interface IBotDataStore<T>
{
    Task<bool> FlushAsync(IAddress key, CancellationToken cancellationToken);
    Task<T> LoadAsync(IAddress key, BotStoreType botStoreType, CancellationToken cancellationToken);
    Task SaveAsync(IAddress key, BotStoreType botStoreType, T data, CancellationToken cancellationToken);
}

[InMemoryFake(typeof(IBotDataStore<BotData>))]
public partial class BotDataStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IBotDataStore<BotData> store)
    {
        var none = CancellationToken.None;
        var key = new Address { BotId = "bot", ChannelId = "web", UserId = "ann", ConversationId = "conv1" };

        var empty = await store.LoadAsync(key, BotStoreType.BotUserData, none);
        Check.NotNull(empty, "LoadAsync of nothing stored returns a BotData, not null");
        Check.Equal("", empty.ETag, "LoadAsync of nothing stored has ETag \"\"");
        Check.Equal(0, ((IDictionary<string, object>)empty.Data).Count, "LoadAsync of nothing stored has an empty Data dictionary");

        await store.SaveAsync(key, BotStoreType.BotUserData, new BotData("*", new Dictionary<string, object> { ["n"] = 1L }), none);
        var user = await store.LoadAsync(new Address { BotId = "other", ChannelId = "web", UserId = "ann", ConversationId = "conv2" }, BotStoreType.BotUserData, none);
        Check.True(((IDictionary<string, object>)user.Data).ContainsKey("n"), "user data is keyed by ChannelId and UserId only (not BotId, not ConversationId)");
        Check.Equal("*", user.ETag, "a row added with ETag \"*\" keeps \"*\"");
        Check.Equal(0, ((IDictionary<string, object>)(await store.LoadAsync(key, BotStoreType.BotConversationData, none)).Data).Count, "the store type is part of the key");

        await store.SaveAsync(key, BotStoreType.BotConversationData, new BotData("", new Dictionary<string, object> { ["turn"] = 1L }), none);
        var conversation = await store.LoadAsync(new Address { ChannelId = "web", UserId = "bob", ConversationId = "conv1" }, BotStoreType.BotConversationData, none);
        Check.True(((IDictionary<string, object>)conversation.Data).ContainsKey("turn"), "conversation data is keyed by ChannelId and ConversationId only");
        Check.True(!string.IsNullOrEmpty(conversation.ETag) && conversation.ETag != "*", "a save with an empty ETag stores a fresh Guid ETag");

        await store.SaveAsync(key, BotStoreType.BotUserData, new BotData("stale", new Dictionary<string, object> { ["n"] = 2L }), none);
        Check.Equal("stale", (await store.LoadAsync(key, BotStoreType.BotUserData, none)).ETag, "a save with any other ETag writes it, with no comparison to the stored one");

        await store.SaveAsync(key, BotStoreType.BotUserData, new BotData { ETag = "*", Data = null }, none);
        Check.Equal("", (await store.LoadAsync(key, BotStoreType.BotUserData, none)).ETag, "a save of null Data removes the row");
        Check.True(await store.FlushAsync(key, none), "FlushAsync returns true");
    }
}
