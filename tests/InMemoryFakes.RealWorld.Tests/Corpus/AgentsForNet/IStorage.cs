// Source: https://github.com/microsoft/Agents-for-net
// Commit: 8462cdc8accd
// Licence: MIT
// Sample: h-msft rule, fixed before probing (Corpus/Datasync/IRepository.cs has it in full): Microsoft's own store
//   interfaces in a fixed order (Datasync IRepository<TEntity>; dotnet/extensions IEvaluationResultStore and
//   IEvaluationResponseCacheProvider; aspnetcore IDataProtectionKeyContext; semantic-kernel
//   IVectorStoreRecordCollection and one other store; kernel-memory's first store not in the corpus; teams-ai or
//   Agents-for-net IStorage), skipping any the tools cannot show or already in the corpus; stop at 8. This one: the 7th
//   (teams-ai's dotnet part is not stored; Agents-for-net's IStorage differs from BotBuilder's: generic overloads).
// Path: src/libraries/Storage/Microsoft.Agents.Storage/IStorage.cs (IStoreItem in the same file)
// Adapted: none; a ConversationData IStoreItem for the smoke. Nullable disabled, as in the source (no #nullable).
// Real store: src/libraries/Storage/Microsoft.Agents.Storage/MemoryStorage.cs (at 1a49887fbfa4): ReadAsync(keys)
//   returns a dictionary of the keys FOUND; ReadAsync<TStoreItem>(keys) the found ones whose value is a TStoreItem
//   (others are left out); WriteAsync(changes) stores each value as JSON, and an IStoreItem whose ETag is neither "*"
//   nor the stored one (when the stored one has an ETag) throws EtagException "Etag conflict"; the stored copy gets a
//   new ETag ("0", "1"… from a counter); WriteAsync<TStoreItem>(changes) writes them the same way; DeleteAsync(keys)
//   removes each key (missing ones ignored); a null argument throws ArgumentNullException.
//   Since 2026-12-03 ReadAsync<TStoreItem> is generated (a generic batch read of an object store: the entries found
//   whose value is a TStoreItem, as MemoryStorage filters `entry.Value is TStoreItem`); both WriteAsync stay refused.
//   Not made: a key asked twice in one read: MemoryStorage.ReadAsync throws ArgumentException (its Dictionary.Add), the
//   fake lists the key once; the smoke script does not ask twice.
// Shapes: *=18; ReadAsync=18,5; WriteAsync=18,19,5
// First try (87df80a): incomplete: IMF0001 ReadAsync<TStoreItem> (its dictionary's values are TStoreItem, not
//   the store's object), both WriteAsync (the IStoreItem ETag rule, refused on purpose as for BotBuilder's) | WRONG:
//   none (ReadAsync(keys) and DeleteAsync(keys) match MemoryStorage)
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AgentsForNet.IStorageCase;

[InMemoryFake]
public interface IStorage
{
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    Task<IDictionary<string, TStoreItem>> ReadAsync<TStoreItem>(string[] keys, CancellationToken cancellationToken = default) where TStoreItem : class;

    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    Task WriteAsync<TStoreItem>(IDictionary<string, TStoreItem> changes, CancellationToken cancellationToken = default) where TStoreItem : class;

    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
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
        var typed = await store.ReadAsync<ConversationData>(["conv/1", "user/1"]);
        Check.Equal(1, typed.Count, "ReadAsync<T> leaves out the values that are not a T");
        var conversation = typed["conv/1"];
        Check.True(!string.IsNullOrEmpty(conversation.ETag), "writing an IStoreItem gives it an ETag");
        await Check.ThrowsAsync<Exception>(
            () => store.WriteAsync(new Dictionary<string, ConversationData> { ["conv/1"] = new ConversationData { ETag = "stale", TurnCount = 3 } }),
            "a write with a stale ETag throws (Etag conflict)");
        await store.DeleteAsync(["conv/1", "missing"]);
        Check.Equal(1, (await store.ReadAsync(["conv/1", "user/1"])).Count, "DeleteAsync removed conv/1");
        await Check.ThrowsAsync<ArgumentNullException>(() => store.ReadAsync(null), "ReadAsync(null) throws ArgumentNullException");
    }
}
