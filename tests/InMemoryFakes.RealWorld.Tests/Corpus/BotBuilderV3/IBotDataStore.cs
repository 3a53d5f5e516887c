// Source: https://github.com/microsoft/BotBuilder-V3
// Commit: c5a89ce19
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample61 rule, fixed before probing (Corpus/AgentGovernanceToolkit/ISandboxProvider.cs has it in full;
//   docs/generator-rounds.md, "Out-of-sample round h-sample61 (session 25)", the walk). After AMBROSIA, the "microsoft/a"
//   listing's last, agent-host-protocol, has no snapshot (its C# files in the index are a protocol client, none of the
//   pattern by name); in find_repos("microsoft/b"), past the first listing's 100: Brainsmith, BotFramework-Emulator,
//   beachball, BC-Bench, botbuilder-python: no C# file; botframework-cli: C# under test paths but two generated LUIS
//   models; bond, BioModelAnalyzer, bion: no interface of the pattern.
//   This one: the 6th pick (BotBuilder-V3; its first hit in path order, 3 members). The same interface as
//   Corpus/BotBuilderSamples/IBotDataStore.cs, which transcribes a migration sample's copy of it; BotBuilder-V3 is not a
//   corpus source, so the rule takes it, and its real store here is V3's own InMemoryDataStore, not the sample's SQL one.
// Path: CSharp/Library/Microsoft.Bot.Builder/ConnectorEx/BotData.cs (the interface and its in-memory store; IAddress:
//   ConnectorEx/Address.cs; BotData: Microsoft.Bot.Connector.Shared/StateAPI/Models/BotData.cs, an AutoRest model)
// Adapted: the namespaces (one for all); the interface is faked closed over BotData, as every store of the library
//   implements IBotDataStore<BotData> ([InMemoryFake(typeof(IBotDataStore<BotData>))]); BotData keeps its two
//   constructors, Data and ETag; Address is a plain settable class (the real one checks its five strings for null in its
//   constructor). Nullable disabled, as in the source (.NET Framework 4.6).
// Real store: InMemoryDataStore keeps a ConcurrentDictionary<string, string> of JSON. The key is made from the address
//   and the store type: "conversation:{BotId}:{ChannelId}:{ConversationId}", "user:{BotId}:{ChannelId}:{UserId}",
//   "privateConversation:{BotId}:{ChannelId}:{UserId}:{ConversationId}" (ServiceUrl is not part of it). LoadAsync answers
//   the stored BotData deserialized (a copy; its Data a JObject), else new BotData(eTag: "") with Data null.
//   SaveAsync(key, type, data): Data not null stores it: a key not stored is added; a stored one is first checked: unless
//   data.ETag is "*", the stored ETag must equal data.ETag, else HttpException 412 ("Inconsistent SaveAsync based on
//   ETag!"); either way the CALLER'S data gets a new ETag (a Guid, "n" format) before it is serialized. Data null removes
//   the stored record after the same ETag check (none stored: nothing happens). FlushAsync answers true and does nothing
//   ("Everything is saved").
// Shapes: *=core
// First try (ac6de91): incomplete, no member generated: IMF0001 on all three (LoadAsync, SaveAsync, FlushAsync: "its key
//   'key' is a ...IAddress, which compares by reference (an interface)"). The probe stops at LoadAsync, the script's
//   first line | WRONG: none (no member generated).
// After this round: unchanged, and rightly refused: the record key is made from some of the address's fields, which ones
//   depending on the store type (user data by bot, channel and user), and a save checks and then rewrites the ETag on
//   the caller's object; neither is in a signature. As Corpus/BotBuilderSamples/IBotDataStore.cs, whose SQL store keys
//   by other fields (not BotId) and never compares ETags: the same interface, two stores that differ.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BotBuilderV3.IBotDataStoreCase;

public enum BotStoreType
{
    BotConversationData,
    BotPrivateConversationData,
    BotUserData
}

public interface IAddress
{
    string BotId { get; }
    string ChannelId { get; }
    string UserId { get; }
    string ConversationId { get; }
    string ServiceUrl { get; }
}

public sealed class Address : IAddress
{
    public string BotId { get; set; }
    public string ChannelId { get; set; }
    public string UserId { get; set; }
    public string ConversationId { get; set; }
    public string ServiceUrl { get; set; }
}

public partial class BotData
{
    public BotData()
    {
    }

    public BotData(string eTag = default(string), object data = default(object))
    {
        Data = data;
        ETag = eTag;
    }

    public object Data { get; set; }

    public string ETag { get; set; }
}

public interface IBotDataStore<T>
{
    Task<T> LoadAsync(IAddress key, BotStoreType botStoreType, CancellationToken cancellationToken);
    Task SaveAsync(IAddress key, BotStoreType botStoreType, T data, CancellationToken cancellationToken);
    Task<bool> FlushAsync(IAddress key, CancellationToken cancellationToken);
}

[InMemoryFake(typeof(IBotDataStore<BotData>))]
public partial class BotDataStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IBotDataStore<BotData> store)
    {
        var none = CancellationToken.None;
        var ann = new Address { BotId = "bot", ChannelId = "web", UserId = "ann", ConversationId = "c1", ServiceUrl = "https://a" };

        var empty = await store.LoadAsync(ann, BotStoreType.BotUserData, none);
        Check.Equal("", empty?.ETag, "LoadAsync of nothing stored answers a BotData with ETag \"\"");
        Check.Null(empty.Data, "and no data");

        var saved = new BotData("", new Dictionary<string, object> { ["n"] = 1 });
        await store.SaveAsync(ann, BotStoreType.BotUserData, saved, none);
        Check.True(!string.IsNullOrEmpty(saved.ETag), "SaveAsync gives the caller's BotData a new ETag");
        var loaded = await store.LoadAsync(new Address { BotId = "bot", ChannelId = "web", UserId = "ann", ConversationId = "c2", ServiceUrl = "https://b" }, BotStoreType.BotUserData, none);
        Check.Equal(saved.ETag, loaded.ETag, "user data is keyed by bot, channel and user (not conversation, not service URL)");
        Check.NotNull(loaded.Data, "and holds the data saved");
        Check.Equal("", (await store.LoadAsync(new Address { BotId = "other", ChannelId = "web", UserId = "ann", ConversationId = "c1" }, BotStoreType.BotUserData, none)).ETag, "another bot's user data is another record");
        Check.Equal("", (await store.LoadAsync(ann, BotStoreType.BotConversationData, none)).ETag, "the store type is part of the key");

        await Check.ThrowsAsync<Exception>(
            () => store.SaveAsync(ann, BotStoreType.BotUserData, new BotData("stale", new Dictionary<string, object>()), none),
            "a save whose ETag is not the stored one fails (412)");
        var forced = new BotData("*", new Dictionary<string, object> { ["n"] = 2 });
        await store.SaveAsync(ann, BotStoreType.BotUserData, forced, none);
        Check.True(forced.ETag != "*" && forced.ETag != saved.ETag, "a save with ETag \"*\" overwrites and gets a new ETag");

        await store.SaveAsync(ann, BotStoreType.BotUserData, new BotData(forced.ETag, null), none);
        Check.Equal("", (await store.LoadAsync(ann, BotStoreType.BotUserData, none)).ETag, "a save of null data removes the record");
        Check.True(await store.FlushAsync(ann, none), "FlushAsync answers true");
    }
}
