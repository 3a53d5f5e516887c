// Source: https://github.com/microsoft/semantic-kernel
// Commit: b39d95a34435
// Licence: MIT
// Path: dotnet/src/SemanticKernel.Abstractions/Memory/IMemoryStore.cs (MemoryRecord.cs, MemoryRecordMetadata.cs, DataEntryBase.cs, cut down)
// Adapted: [Experimental("SKEXP0001")] dropped; MemoryRecordMetadata keeps Id, Text and Description; DataEntryBase's Key
//   and Timestamp are on MemoryRecord.
// Real store: dotnet/src/Plugins/Plugins.Memory/VolatileMemoryStore.cs: named collections of records keyed by string;
//   CreateCollectionAsync adds an empty collection (an existing one is kept); UpsertAsync into a missing collection fails
//   (KernelException), else sets record.Key = record.Metadata.Id, stores it under that key and returns it; GetAsync
//   returns the record or null (without its embedding unless withEmbedding); RemoveAsync removes (missing ignored);
//   DeleteCollectionAsync of a missing collection fails; GetNearestMatchesAsync ranks by cosine similarity.
// Shapes: *=1,4; UpsertBatchAsync=18; GetBatchAsync=18; RemoveBatchAsync=18
// First try (a75b0ce): incomplete: IMF0001 on all 12 members (CreateCollectionAsync, GetCollectionsAsync,
//   DoesCollectionExistAsync, DeleteCollectionAsync, UpsertAsync, UpsertBatchAsync, GetAsync, GetBatchAsync,
//   RemoveAsync, RemoveBatchAsync, GetNearestMatchesAsync, GetNearestMatchAsync); IMF0020 (warning) on
//   MemoryRecord.Embedding. Since h-sample18's round (2026-12-03) a ReadOnlyMemory<T> of immutable elements is copied
//   as a new array of its values: the embedding is no longer stored by reference and IMF0020 is gone.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SemanticKernel.IMemoryStoreCase;

[InMemoryFake]
public interface IMemoryStore
{
    Task CreateCollectionAsync(string collectionName, CancellationToken cancellationToken = default);

    IAsyncEnumerable<string> GetCollectionsAsync(CancellationToken cancellationToken = default);

    Task<bool> DoesCollectionExistAsync(string collectionName, CancellationToken cancellationToken = default);

    Task DeleteCollectionAsync(string collectionName, CancellationToken cancellationToken = default);

    Task<string> UpsertAsync(string collectionName, MemoryRecord record, CancellationToken cancellationToken = default);

    IAsyncEnumerable<string> UpsertBatchAsync(string collectionName, IEnumerable<MemoryRecord> records, CancellationToken cancellationToken = default);

    Task<MemoryRecord?> GetAsync(string collectionName, string key, bool withEmbedding = false, CancellationToken cancellationToken = default);

    IAsyncEnumerable<MemoryRecord> GetBatchAsync(string collectionName, IEnumerable<string> keys, bool withEmbeddings = false, CancellationToken cancellationToken = default);

    Task RemoveAsync(string collectionName, string key, CancellationToken cancellationToken = default);

    Task RemoveBatchAsync(string collectionName, IEnumerable<string> keys, CancellationToken cancellationToken = default);

    IAsyncEnumerable<(MemoryRecord, double)> GetNearestMatchesAsync(
        string collectionName,
        ReadOnlyMemory<float> embedding,
        int limit,
        double minRelevanceScore = 0.0,
        bool withEmbeddings = false,
        CancellationToken cancellationToken = default);

    Task<(MemoryRecord, double)?> GetNearestMatchAsync(
        string collectionName,
        ReadOnlyMemory<float> embedding,
        double minRelevanceScore = 0.0,
        bool withEmbedding = false,
        CancellationToken cancellationToken = default);
}

public class MemoryRecordMetadata
{
    public MemoryRecordMetadata(string id, string text, string description)
    {
        Id = id;
        Text = text;
        Description = description;
    }

    public string Id { get; }
    public string Text { get; }
    public string Description { get; }
}

public class MemoryRecord
{
    public MemoryRecord(MemoryRecordMetadata metadata, ReadOnlyMemory<float> embedding, string? key, DateTimeOffset? timestamp = null)
    {
        Metadata = metadata;
        Embedding = embedding;
        Key = key ?? string.Empty;
        Timestamp = timestamp;
    }

    public ReadOnlyMemory<float> Embedding { get; }
    public MemoryRecordMetadata Metadata { get; }
    public string Key { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
}

public static class Smoke
{
    public static async Task RunAsync(IMemoryStore store)
    {
        await store.CreateCollectionAsync("notes");
        Check.True(await store.DoesCollectionExistAsync("notes"), "CreateCollectionAsync creates the collection");
        var key = await store.UpsertAsync("notes", new MemoryRecord(new MemoryRecordMetadata("n1", "hello", ""), new float[] { 1, 0 }, null));
        Check.Equal("n1", key, "UpsertAsync stores the record under its Metadata.Id and returns it");
        var read = Check.NotNull(await store.GetAsync("notes", "n1", withEmbedding: true), "GetAsync finds the record");
        Check.Equal("hello", read.Metadata.Text, "GetAsync returns what was upserted");
        Check.Null(await store.GetAsync("other", "n1"), "the same key in another collection is not found");
        await store.RemoveAsync("notes", "n1");
        Check.Null(await store.GetAsync("notes", "n1"), "RemoveAsync removed the record");
        await Check.ThrowsAsync<Exception>(() => store.UpsertAsync("missing", new MemoryRecord(new MemoryRecordMetadata("n2", "x", ""), default, null)),
            "UpsertAsync into a collection that does not exist fails");
    }
}
