// Source: https://github.com/Azure-Samples/distributed-az-edge-framework
// Commit: d65336742ea4
// Licence: MIT (an interface signature transcribed for a test; the vendored Industrial-IoT's licence is MIT too)
// Sample: h-sample65 rule (Corpus/CosmosDbDesignPatterns/ICosmosLockClient.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 5th pick (distributed-az-edge-framework, whose
//   lib/Industrial-IoT is a copy of Azure/Industrial-IoT; every interface before it in path order calls a remote API, reads
//   configuration, computes, or has no implementation; 3 members).
// Path: lib/Industrial-IoT/common/src/Microsoft.Azure.IIoT.Abstractions/src/Storage/ICache.cs (real store:
//   common/src/Microsoft.Azure.IIoT.Core/src/Storage/Default/MemoryCache.cs, the one the authentication modules register
//   (HybridAuthentication, WebAppAuthentication, KeyVaultAuthentication …: RegisterType<MemoryCache>() …
//   IfNotRegistered(typeof(ICache))); also LocalFileCache.cs, AspNetCore's DistributedProtectedCache.cs and
//   HttpContextSessionCache.cs)
// Adapted: the namespace; the members' XML comments dropped. Nullable disabled, as in the source (common.props).
// Real store: MemoryCache over one static System.Runtime.Caching.MemoryCache (shared by every instance). SetAsync(key,
//   value, expiration) = Set(key, value, absoluteExpiration): replaces a value already there; an expiration already past
//   stores the entry, and the next Get drops it as expired (null), no error. GetAsync(key): the value stored (the array
//   itself, not a copy) or null. RemoveAsync(key): removes it; a key not there does nothing. A null key, or a null value
//   to SetAsync, is ArgumentNullException (MemoryCache's own). The other three implementations ignore the expiration
//   (LocalFileCache's JSON file, DistributedProtectedCache's protected IDistributedCache entries, the session cache's
//   "TODO: Handle expiration").
// Shapes: *=10
// First try (f923f300): complete: a cache of byte[] by string key, expiration an absolute end (Expiration.At), the
//   token ignored. The smoke script passes up to its last check: SetAsync of an expiration already past throws
//   ArgumentOutOfRangeException ("The absolute expiration must be later than the store's current time."), where
//   MemoryCache stores the entry and a read finds nothing | WRONG: none (that difference is loud, and documented:
//   docs/generator.md, Time-to-live parameters: "must be in the future: MemoryCache keeps nothing for an end already
//   past and returns the value, the fake throws").
// After this round: unchanged, listed in KnownSmokeMismatches for the past expiration: the fake's documented decision
//   (a write that can never be read is most often a clock or unit mistake in the test, and distributed caches reject it:
//   RedisCache throws ArgumentOutOfRangeException, SqlServerCache InvalidOperationException), not a silent guess. Every
//   other check passes.
// After h-oblivious2 (session 30): complete as before; GetAsync answers null for a missing key as before, now with
//   IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers null for one,
//   as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DistributedAzEdgeFramework.ICacheCase;

/// <summary>
/// Cache abstraction
/// </summary>
[InMemoryFake]
public interface ICache
{
    Task SetAsync(string key, byte[] value,
        DateTimeOffset expiration, CancellationToken ct = default);

    Task<byte[]> GetAsync(string key, CancellationToken ct = default);

    Task RemoveAsync(string key, CancellationToken ct = default);
}

public static class Smoke
{
    public static async Task RunAsync(ICache cache)
    {
        Check.Null(await cache.GetAsync("token:alice"), "GetAsync of a key never set is null");
        await cache.SetAsync("token:alice", [1, 2, 3], DateTimeOffset.UtcNow.AddHours(1));
        Check.Equal("1,2,3", string.Join(",", await cache.GetAsync("token:alice")), "GetAsync answers the bytes SetAsync stored");
        await cache.SetAsync("token:alice", [4], DateTimeOffset.UtcNow.AddHours(1));
        Check.Equal("4", string.Join(",", await cache.GetAsync("token:alice")), "SetAsync of a key already there replaces its value");

        await cache.RemoveAsync("token:alice");
        Check.Null(await cache.GetAsync("token:alice"), "RemoveAsync drops the entry");
        await cache.RemoveAsync("token:carol");

        await Check.ThrowsAsync<ArgumentNullException>(() => cache.SetAsync("token:dave", null, DateTimeOffset.UtcNow.AddHours(1)), "a null value is ArgumentNullException (MemoryCache.Set)");
        Check.Null(await cache.GetAsync("token:dave"), "and nothing is stored");
        await Check.ThrowsAsync<ArgumentNullException>(() => cache.GetAsync(null), "a null key is ArgumentNullException (MemoryCache.Get)");

        await cache.SetAsync("token:bob", [5], new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)); // a fixed past end, so the failure message (and the corpus page) does not change with the clock
        Check.Null(await cache.GetAsync("token:bob"), "SetAsync of an expiration already past stores the entry, and GetAsync drops it as expired (null): no error");
    }
}
