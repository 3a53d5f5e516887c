// Source: https://github.com/FingerBeats4Code/MesaMagica
// Commit: 426f875 (MesaMagicaApi/MesaApi/Services/IRedisService.cs, last changed in cf04289; RedisService.cs and
//   MemoryRedisService.cs beside it, MesaMagicaApi/MesaApi/Extensions/ServiceCollectionsExtensions.cs,
//   MesaMagicaApi/MesaApi/MesaApi.csproj; the newest snapshot)
// Licence: none stated (an interface signature transcribed for a test)
// Sample: h-sample67 rule (in full in Corpus/JoyjkCleanArchitectureDapper/IDapperRepository.cs), fixed before probing:
//   the search tool (corpus code), queries (1) `interface IDapperRepository Task QueryAsync`, (2) `interface
//   IMongoRepository Task FindAsync`, (3) `interface IRedisCacheService Task GetAsync`, (4) `interface IBlobService Task
//   UploadAsync DeleteAsync`; from each query's results in order, the interfaces with at least 3 members whose
//   implementation in the same repository keeps state, outside test paths, not a corpus source already; at most 1 per
//   repository, 2 per query, stop after 8. Seven picks. This one: query (3), rank 1 (4 members).
// Path: MesaMagicaApi/MesaApi/Services/IRedisService.cs (real stores, chosen by the Redis provider setting in
//   ServiceCollectionsExtensions.cs: RedisService.cs, StackExchange.Redis strings, and MemoryRedisService.cs, a
//   ConcurrentDictionary of (value, expiry))
// Adapted: the interface is in the global namespace in the source, here in the file's namespace; the source's
//   "changes" comments left out. Nullable enabled, as in MesaApi.csproj (implicit usings on).
// Real store: both implementations agree: GetAsync(key) = the string stored, and string.Empty for a key not stored or
//   expired (RedisService: value.HasValue ? value.ToString() : string.Empty; MemoryRedisService returns string.Empty
//   and drops an expired entry); SetAsync(key, value, expiry) = a write that replaces, expiring after expiry when given
//   (Redis SET with expiry; DateTime.UtcNow + expiry); RemoveAsync = a removal, nothing for a key not stored (Redis
//   DEL, or Upstash's REST /del/<key>; TryRemove). GetProviderName = the configured provider's name (RedisSettings.
//   Provider; "InMemory" for MemoryRedisService).
// Shapes: *=core
// First try (f923f300): incomplete: GetProviderName (IMF0001: 'ProviderName' after Get is no noun of this store) |
//   generated: GetAsync (the not-found error for a key not stored: its Task<string> is declared not null), SetAsync
//   (expiry as a time to live), RemoveAsync | WRONG: GetAsync of a key not stored throws the not-found error
//   (KeyNotFoundException), where both real stores answer string.Empty (loud; not reached: the fake is incomplete).
// Configured: MissingKeyReads = MissingKeyRead.Empty (both stores' string.Empty for a key not stored; new this round).
// After this round: GetAsync right under the new setting MissingKeyReads = Empty (string.Empty for a string read
//   declared not null; Default would answer null); GetProviderName stays rightly refused (the provider's name is
//   configuration, not an entry), so the fake stays incomplete.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MesaMagica.IRedisServiceCase;

[InMemoryFake(MissingKeyReads = MissingKeyRead.Empty)]
public interface IRedisService
{
    Task<string> GetAsync(string key);
    Task SetAsync(string key, string value, TimeSpan? expiry = null);
    Task RemoveAsync(string key);
    string GetProviderName();
}

public static class Smoke
{
    public static async Task RunAsync(IRedisService redis)
    {
        await redis.SetAsync("session:42", "{\"table\":7}", TimeSpan.FromHours(2));
        Check.Equal("{\"table\":7}", await redis.GetAsync("session:42"), "GetAsync reads the string stored");
        await redis.SetAsync("session:42", "{\"table\":8}");
        Check.Equal("{\"table\":8}", await redis.GetAsync("session:42"), "SetAsync replaces the stored string");
        Check.Equal(string.Empty, await redis.GetAsync("session:99"), "GetAsync of a key not stored is string.Empty, in both stores");
        await redis.RemoveAsync("session:42");
        Check.Equal(string.Empty, await redis.GetAsync("session:42"), "RemoveAsync removes the key");
        await redis.RemoveAsync("session:42");
        Check.False(string.IsNullOrEmpty(redis.GetProviderName()), "GetProviderName names the configured provider");
    }
}
