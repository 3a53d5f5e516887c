// Source: https://github.com/microsoft/botbuilder-dotnet
// Commit: 1f9719b318d1
// Licence: MIT
// Path: libraries/Microsoft.Bot.Builder/IStorage.cs (IStoreItem in the same file)
// Real store: libraries/Microsoft.Bot.Builder/MemoryStorage.cs: ReadAsync(keys) returns a dictionary of the keys FOUND
//   (missing keys are absent); WriteAsync(changes) writes every entry (an IStoreItem whose ETag is neither "*" nor the
//   stored one throws ArgumentException "Etag conflict", and a write gives it a new ETag); DeleteAsync(keys) removes
//   each key (missing ones ignored); a null argument throws ArgumentNullException.
//   Exactly (MemoryStorage.WriteAsync): the check runs only when the stored entry has an ETag, so a null or empty incoming
//   ETag conflicts too; the new ETag ("1", "2"… from a counter) is set on the stored JSON, not on the caller's object.
//   The generator refuses WriteAsync (IMF0001): the interface does not show this rule, which Bot Framework's other
//   stores apply differently (docs/generator.md, "Concurrency tokens in key-value values").
// Shapes: *=18; WriteAsync=18,19
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BotBuilder.IStorageCase;

[InMemoryFake]
public interface IStorage
{
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default(CancellationToken));
    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default(CancellationToken));
    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default(CancellationToken));
}

public interface IStoreItem
{
    string ETag { get; set; }
}

public class ConversationData : IStoreItem
{
    public string ETag { get; set; }
    public int TurnCount { get; set; }
}

public static class Smoke
{
    public static async Task RunAsync(IStorage store)
    {
        await store.WriteAsync(new Dictionary<string, object> { ["conv/1"] = new ConversationData { TurnCount = 1 }, ["user/1"] = "alice" });
        var read = await store.ReadAsync(["conv/1", "user/1", "missing"]);
        Check.Equal(2, read.Count, "ReadAsync returns only the keys it found");
        Check.Equal("alice", read["user/1"] as string, "ReadAsync returns the written value");
        var conversation = (ConversationData)read["conv/1"];
        Check.True(!string.IsNullOrEmpty(conversation.ETag), "writing an IStoreItem gives it an ETag");
        conversation.TurnCount = 2;
        await store.WriteAsync(new Dictionary<string, object> { ["conv/1"] = conversation });
        await Check.ThrowsAsync<ArgumentException>(
            () => store.WriteAsync(new Dictionary<string, object> { ["conv/1"] = new ConversationData { ETag = conversation.ETag, TurnCount = 3 } }),
            "a write with a stale ETag throws ArgumentException (Etag conflict)");
        await store.DeleteAsync(["conv/1", "missing"]);
        Check.Equal(1, (await store.ReadAsync(["conv/1", "user/1"])).Count, "DeleteAsync removed conv/1");
        await Check.ThrowsAsync<ArgumentNullException>(() => store.ReadAsync(null), "ReadAsync(null) throws ArgumentNullException");
    }
}
