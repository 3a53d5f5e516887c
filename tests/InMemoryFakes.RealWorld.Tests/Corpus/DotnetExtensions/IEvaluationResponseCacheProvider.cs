// Source: https://github.com/dotnet/extensions
// Commit: 5862342c9a10
// Licence: MIT
// Sample: h-msft rule, fixed before probing (Corpus/Datasync/IRepository.cs has it in full): Microsoft's own store
//   interfaces in a fixed order (Datasync IRepository<TEntity>; dotnet/extensions IEvaluationResultStore and
//   IEvaluationResponseCacheProvider; aspnetcore IDataProtectionKeyContext; semantic-kernel
//   IVectorStoreRecordCollection and one other store; kernel-memory's first store not in the corpus; teams-ai or
//   Agents-for-net IStorage), skipping any the tools cannot show or already in the corpus; stop at 8. This one: the 3rd.
// Path: src/Libraries/Microsoft.Extensions.AI.Evaluation.Reporting/CSharp/IEvaluationResponseCacheProvider.cs
// Adapted: none. Nullable enabled, as in the source.
// Real store: src/Libraries/Microsoft.Extensions.AI.Evaluation.Reporting/CSharp/Storage/DiskBasedResponseCacheProvider.cs:
//   GetCacheAsync(scenarioName, iterationName) returns a disk-based IDistributedCache for that scenario and iteration
//   (entries expire after a time-to-live given to the provider, 14 days by default); ResetAsync deletes every cache;
//   DeleteExpiredCacheEntriesAsync deletes the expired entries of every cache.
// Shapes: GetCacheAsync=none (a factory of stores); ResetAsync=none; DeleteExpiredCacheEntriesAsync=10
// First try (87df80a): incomplete: IMF0001 on all 3 members (a factory of caches, not a store) |
//   WRONG: none
#nullable enable

using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Extensions.Caching.Distributed;

namespace Corpus.DotnetExtensions.IEvaluationResponseCacheProviderCase;

[InMemoryFake]
public interface IEvaluationResponseCacheProvider
{
    ValueTask<IDistributedCache> GetCacheAsync(
        string scenarioName,
        string iterationName,
        CancellationToken cancellationToken = default);

    ValueTask ResetAsync(CancellationToken cancellationToken = default);

    ValueTask DeleteExpiredCacheEntriesAsync(CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IEvaluationResponseCacheProvider provider)
    {
        var cache = await provider.GetCacheAsync("s1", "i1");
        await cache.SetAsync("k", [1, 2, 3]);
        Check.Equal(3, (await cache.GetAsync("k"))?.Length ?? 0, "the cache of a scenario and iteration keeps its entries");
        Check.Null(await (await provider.GetCacheAsync("s1", "i2")).GetAsync("k"), "another iteration has its own cache");
        await provider.ResetAsync();
        Check.Null(await (await provider.GetCacheAsync("s1", "i1")).GetAsync("k"), "ResetAsync deletes every cache");
    }
}
