// Source: https://github.com/microsoft/azure-health-data-services-toolkit
// Commit: 81457d1
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample61 rule, fixed before probing (Corpus/AgentGovernanceToolkit/ISandboxProvider.cs has it in full;
//   docs/generator-rounds.md, "Out-of-sample round h-sample61 (session 25)", the walk). After assent-app in
//   find_repos("microsoft/a"): amplifier-app-cli, amplifier-bundle-context-intelligence, amplifier-agent, Agentic-Shiksha,
//   amplifier-context-intelligence: no C# file; Azure-Kinect-Sensor-SDK, azure-tools-for-java, accordant,
//   azure-openai-service-proxy: no interface of the pattern; AICentral: IDateTimeProvider (1 member); axe-windows:
//   IRuleProvider (2); Agent365-dotnet: no snapshot can be had; Azure-Analytics-and-AI-Engagement (1.0 GB): over the limit.
//   This one: the 3rd pick (azure-health-data-services-toolkit; its first hit in path order, 5 members).
// Path: src/Microsoft.AzureHealth.DataServices.Caching/IJsonObjectCache.cs (real store: JsonObjectCache.cs beside it, over
//   an IMemoryCache and an ICacheBackingStoreProvider: StorageProviders/RedisJsonStorageProvider.cs or
//   AzureJsonBlobStorageProvider.cs)
// Adapted: the namespace; the XML comments dropped; a Patient class stands for the values callers cache. Nullable
//   disabled, as in the source (the project and src/Directory.Build.props set none).
// Real store: JsonObjectCache(options, memoryCache, provider): every member takes a per-key SemaphoreSlim. AddAsync<T>(key,
//   value) and AddAsync(key, object value) serialize the value with Newtonsoft.Json, keep the JSON text in the memory
//   cache for options.CacheItemExpiry (absolute, relative to now) and write the value to the backing store (Redis:
//   SetStringAsync of the same JSON, no expiry; blob: "<key>.json"), replacing what was there. GetAsync<T>(key)
//   deserializes the cached JSON to T, else reads the backing store (Redis: the JSON deserialized, default(T) when
//   absent; blob: the same, default on a RequestFailedException) and caches what it found. GetAsync(key) answers the
//   JSON text itself (the cached string, else the backing store's; null when absent): a value written as an object reads
//   back as its JSON, a string written reads back quoted. RemoveAsync(key) drops the cached entry and removes the key
//   from the backing store: Redis answers true whatever was there, the blob store whether it deleted a blob. The memory
//   cache's expiry only sends the next read to the backing store, which keeps the value: through the interface nothing
//   expires. The script follows the Redis backing store.
// Shapes: *=10
// First try (ac6de91): incomplete: IMF0001 on both AddAsync ("an add to a cache of a key already cached: whether it replaces
//   the value ... keeps the first ... or throws is the cache's own") and GetAsync(key) ("it reads string values, but
//   'AddAsync' writes values of any type ... a Redis store answers the JSON it serialized the object to"); generated:
//   GetAsync<T> (the value when it is a T, default for a missing key, InvalidCastException for a value of another type)
//   and RemoveAsync (whether a value was removed). The probe stops at GetAsync(key), the script's second line | WRONG:
//   RemoveAsync of a key not stored answers false, where this store over Redis answers true whatever was there (over
//   blobs it answers whether it deleted one, as the fake); GetAsync<T> of a value written as another type (an int read
//   as long) throws where the store converts through JSON (loud).
// After this round: unchanged. Both refusals are right and name the real causes: the GetAsync(key) message even names
//   this store's behaviour (the JSON text). RemoveAsync's true-for-nothing is its Redis provider's, not the interface's.
// Still wrong: RemoveAsync of a key not stored, as above (not reached: the probe stops at a refused member).
// After h-oblivious2 (session 30): still incomplete (other members); GetAsync answers default for a missing key as
//   before, now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing
//   key, and stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store
//   answers default for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it
//   and silences the Info).
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureHealthDataServicesToolkit.IJsonObjectCacheCase;

public class Patient
{
    public string Id { get; set; }
    public string Name { get; set; }
}

[InMemoryFake]
public interface IJsonObjectCache
{
    Task AddAsync<T>(string key, T value);

    Task AddAsync(string key, object value);

    Task<T> GetAsync<T>(string key);

    Task<string> GetAsync(string key);

    Task<bool> RemoveAsync(string key);
}

public static class Smoke
{
    public static async Task RunAsync(IJsonObjectCache cache)
    {
        Check.Null(await cache.GetAsync<Patient>("patient-1"), "GetAsync<T> of a key never written is default (null)");
        Check.Null(await cache.GetAsync("patient-1"), "GetAsync of a key never written is null");

        var ann = new Patient { Id = "1", Name = "Ann" };
        await cache.AddAsync("patient-1", ann);
        var read = await cache.GetAsync<Patient>("patient-1");
        Check.Equal("Ann", read?.Name, "GetAsync<T> answers the value written");
        Check.False(ReferenceEquals(ann, read), "a copy made from the JSON, not the object written");
        Check.Equal("{\"Id\":\"1\",\"Name\":\"Ann\"}", await cache.GetAsync("patient-1"), "GetAsync(key) answers the value's JSON text");

        await cache.AddAsync("patient-1", (object)new Patient { Id = "1", Name = "Anne" });
        Check.Equal("Anne", (await cache.GetAsync<Patient>("patient-1"))?.Name, "an add of a key already there replaces its value");

        await cache.AddAsync("visits", (object)42);
        Check.Equal(42, await cache.GetAsync<int>("visits"), "a number written as object reads back as T");
        Check.Equal("42", await cache.GetAsync("visits"), "and as its JSON text");
        await cache.AddAsync("note", "seen");
        Check.Equal("seen", await cache.GetAsync<string>("note"), "a string reads back as itself through GetAsync<string>");
        Check.Equal("\"seen\"", await cache.GetAsync("note"), "and quoted, as JSON, through GetAsync(key)");

        Check.True(await cache.RemoveAsync("patient-1"), "RemoveAsync of a stored key answers true");
        Check.Null(await cache.GetAsync<Patient>("patient-1"), "a removed key reads as default");
    }
}
