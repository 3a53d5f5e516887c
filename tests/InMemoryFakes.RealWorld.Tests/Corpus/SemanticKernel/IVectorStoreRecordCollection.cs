// Source: https://github.com/microsoft/semantic-kernel
// Commit: 40096ea7f5
// Licence: MIT
// Sample: h-msft rule, fixed before probing (Corpus/Datasync/IRepository.cs has it in full): Microsoft's own store
//   interfaces in a fixed order (Datasync IRepository<TEntity>; dotnet/extensions IEvaluationResultStore and
//   IEvaluationResponseCacheProvider; aspnetcore IDataProtectionKeyContext; semantic-kernel
//   IVectorStoreRecordCollection and one other store; kernel-memory's first store not in the corpus; teams-ai or
//   Agents-for-net IStorage), skipping any the tools cannot show or already in the corpus; stop at 8. This one: the 5th
//   (the newest commit where it is an interface; it became the abstract class VectorStoreCollection in September 2025).
// Path: dotnet/src/Connectors/VectorData.Abstractions/VectorStorage/IVectorStoreRecordCollection.cs (VectorSearch/
//   IVectorSearch.cs, IVectorizedSearch.cs, RecordOptions/*.cs, RecordAttributes/VectorStoreRecordKeyAttribute.cs)
// Adapted: closed over a Hotel record keyed by [VectorStoreRecordKey] ulong HotelId; the options and result types keep
//   only Skip/IncludeVectors/Filter and Record/Score. Nullable enabled, as in the source.
// Real store: dotnet/src/Connectors/Connectors.Memory.InMemory/InMemoryVectorStoreRecordCollection.cs: the collection
//   must be created first (else VectorStoreOperationException); GetAsync(key) returns the record or null;
//   GetAsync(keys) yields the records found; DeleteAsync(key/keys) removes them (a missing key is ignored);
//   UpsertAsync(record) stores it and returns its key, UpsertAsync(records) returns their keys; GetAsync(filter, top,
//   options) returns the records matching the filter, skipping options.Skip, at most top; the searches rank by vector
//   similarity.
// Shapes: GetAsync=core,18,2; DeleteAsync=core,18; UpsertAsync=13,18; Name=none; CollectionExistsAsync=none;
//   CreateCollectionAsync=none; CreateCollectionIfNotExistsAsync=none; DeleteCollectionAsync=none; SearchAsync=none;
//   SearchEmbeddingAsync=none; VectorizedSearchAsync=none; GetService=none
// First try (87df80a): incomplete: IMF0001 Name, CollectionExistsAsync, Create/Delete*Collection*
//   (refused on purpose), GetAsync(key, options) and GetAsync(keys, options) (the options object), SearchAsync,
//   SearchEmbeddingAsync, VectorizedSearchAsync, GetService; IMF0018 GetAsync(filter, top, options) | WRONG: none
//   (DeleteAsync(key/keys) and both UpsertAsync match the real store). The attribute setting IgnoredParameters
//   naming "options", which Microsoft's in-memory collection justifies for GetRecordOptions (it ignores IncludeVectors),
//   crashed the generator (IMF9999), fixed in 0a158e9; it is not used here: it would also ignore the filtered read's
//   options.Skip, and it would not complete the interface
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SemanticKernel.IVectorStoreRecordCollectionCase;

[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class VectorStoreRecordKeyAttribute : Attribute
{
    public string? StoragePropertyName { get; init; }
}

public class GetRecordOptions
{
    public bool IncludeVectors { get; init; }
}

public class GetFilteredRecordOptions<TRecord>
{
    public int Skip { get; init; }
    public bool IncludeVectors { get; init; }
}

public class VectorSearchOptions<TRecord>
{
    public Expression<Func<TRecord, bool>>? Filter { get; init; }
    public int Skip { get; init; }
    public bool IncludeVectors { get; init; }
}

public sealed class VectorSearchResult<TRecord>(TRecord record, double? score)
{
    public TRecord Record { get; } = record;
    public double? Score { get; } = score;
}

public sealed class Hotel
{
    [VectorStoreRecordKey]
    public ulong HotelId { get; set; }
    public string HotelName { get; set; } = string.Empty;
    public ReadOnlyMemory<float>? DescriptionEmbedding { get; set; }
}

public interface IVectorSearch<TRecord>
{
    IAsyncEnumerable<VectorSearchResult<TRecord>> SearchAsync<TInput>(
        TInput value,
        int top,
        VectorSearchOptions<TRecord>? options = default,
        CancellationToken cancellationToken = default)
        where TInput : notnull;

    IAsyncEnumerable<VectorSearchResult<TRecord>> SearchEmbeddingAsync<TVector>(
        TVector vector,
        int top,
        VectorSearchOptions<TRecord>? options = default,
        CancellationToken cancellationToken = default)
        where TVector : notnull;

    object? GetService(Type serviceType, object? serviceKey = null);
}

public interface IVectorizedSearch<TRecord>
{
    IAsyncEnumerable<VectorSearchResult<TRecord>> VectorizedSearchAsync<TVector>(
        TVector vector,
        int top,
        VectorSearchOptions<TRecord>? options = default,
        CancellationToken cancellationToken = default)
        where TVector : notnull;
}

public interface IVectorStoreRecordCollection<TKey, TRecord> : IVectorSearch<TRecord>, IVectorizedSearch<TRecord>
    where TKey : notnull
    where TRecord : notnull
{
    string Name { get; }
    Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default);
    Task CreateCollectionAsync(CancellationToken cancellationToken = default);
    Task CreateCollectionIfNotExistsAsync(CancellationToken cancellationToken = default);
    Task DeleteCollectionAsync(CancellationToken cancellationToken = default);
    Task<TRecord?> GetAsync(TKey key, GetRecordOptions? options = default, CancellationToken cancellationToken = default);
    IAsyncEnumerable<TRecord> GetAsync(IEnumerable<TKey> keys, GetRecordOptions? options = default, CancellationToken cancellationToken = default);
    Task DeleteAsync(TKey key, CancellationToken cancellationToken = default);
    Task DeleteAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken = default);
    Task<TKey> UpsertAsync(TRecord record, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<TKey>> UpsertAsync(IEnumerable<TRecord> records, CancellationToken cancellationToken = default);
    IAsyncEnumerable<TRecord> GetAsync(Expression<Func<TRecord, bool>> filter, int top, GetFilteredRecordOptions<TRecord>? options = null, CancellationToken cancellationToken = default);
}

[InMemoryFake(typeof(IVectorStoreRecordCollection<ulong, Hotel>))]
public partial class HotelCollectionFake;

public static class Smoke
{
    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    public static async Task RunAsync(IVectorStoreRecordCollection<ulong, Hotel> collection)
    {
        await collection.CreateCollectionIfNotExistsAsync();
        Check.Equal(1UL, await collection.UpsertAsync(new Hotel { HotelId = 1, HotelName = "Alpha" }), "UpsertAsync returns the key");
        Check.Equal(2, (await collection.UpsertAsync([new Hotel { HotelId = 2, HotelName = "Beta" }, new Hotel { HotelId = 3, HotelName = "Gamma" }])).Count, "UpsertAsync(records) returns their keys");
        Check.Equal("Alpha", (await collection.GetAsync(1UL))?.HotelName, "GetAsync(key) returns the record");
        Check.Null(await collection.GetAsync(9UL), "GetAsync of a missing key is null");
        Check.Equal(2, (await ListAsync(collection.GetAsync([1UL, 2UL, 9UL]))).Count, "GetAsync(keys) yields the records found");
        Check.Equal(1, (await ListAsync(collection.GetAsync(h => h.HotelName.StartsWith("B"), 10))).Count, "GetAsync(filter, top) returns the matches");
        await collection.DeleteAsync(1UL);
        Check.Null(await collection.GetAsync(1UL), "DeleteAsync(key) removes the record");
        await collection.DeleteAsync([2UL, 3UL]);
        Check.Equal(0, (await ListAsync(collection.GetAsync(h => true, 10))).Count, "DeleteAsync(keys) removes the records");
    }
}
