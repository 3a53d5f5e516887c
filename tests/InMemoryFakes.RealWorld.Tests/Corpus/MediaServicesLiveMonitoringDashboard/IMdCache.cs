// Source: https://github.com/Azure-Samples/media-services-dotnet-live-monitoring-dashboard
// Commit: 4a4f9655f5ed
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample51 rule (Corpus/CognitiveServicesSpeechSdk/IClientService.cs has it in full, with the repositories
//   skipped and why), fixed before probing. This one: the 3rd pick (media-services-dotnet-live-monitoring-dashboard; its
//   first such interface in path order, 6 members).
// Path: MediaDashboard.Persistence/Caching/IMdCache.cs (real stores: Caching/MdCache.cs picks one of
//   Caching/Internal/Azure/AzureBlobCache.cs, Internal/Local/LocalMdCache.cs, Internal/Azure/AzureMdCache.cs (the
//   retired Azure Managed Cache) or Internal/NullCache.cs, each on Internal/BaseMdCache.cs with
//   Internal/ObjectSerializer.cs; callers: MediaDashboard.Ingest/MonitoringWorker.cs (SetAs), the controllers (GetAs))
// Adapted: the namespace. A cut-down MediaService (Id, Name, Region) to cache, as MonitoringWorker caches its account.
//   Nullable disabled, as in the source (.NET Framework 4.5).
// Real store: BaseMdCache over a string store. Get(key): the string stored under key, or null. Set(key, value): stores
//   value under key, replacing any. SetAs<T>(key, value): serializes value (Json.NET, TypeNameHandling.Auto) into an
//   envelope {"TypeName": value's assembly-qualified type, "Instance": the object}, stores that string with Set and
//   returns it. GetAs<T>(key): null when Get is null, else the envelope deserialized to its TypeName, "as T" (null
//   for another type). The backends DISAGREE on the lifespan overloads: LocalMdCache ignores the lifespan (no expiry),
//   AzureBlobCache throws NotImplementedException, AzureMdCache puts with that expiry; and AzureBlobCache (the one
//   picked whenever a config storage connection string is set, as deployed) deletes and misses any entry written more
//   than 2 minutes ago. NullCache stores nothing. The smoke script checks only what Local and Blob stores do within 2
//   minutes, without the lifespan overloads.
// Shapes: *=core
// First try (30887e9): incomplete: IMF0001 GetAs and both SetAs ("not a known verb"), and Set(key, value, lifeSpan)
//   ("its parameter 'lifeSpan' is not a time to live"). Generated: Get (the value, or null) and Set(key, value) (stores,
//   replacing). The probe passes Get and Set, and stops at SetAs | WRONG: none.
// After this round: Set(key, value, lifeSpan) is generated: a TimeSpan named lifeSpan is a time to live, as lifetime is
//   (docs/generator.md, time to live; LifeSpanTtlTests): the value expires lifeSpan after the write on the fake's clock,
//   as AzureMdCache's Put(key, value, lifeSpan) does (LocalMdCache ignores it and AzureBlobCache throws
//   NotImplementedException: the backends disagree, and the script does not call it). Still incomplete: GetAs and the
//   two SetAs, rightly: SetAs returns the string it stored, a Json.NET envelope with the value's assembly-qualified type
//   name, and GetAs reads such a string back as that type: a serializer's format no signature shows. The probe still
//   passes Get and Set and stops at SetAs.
// After h-oblivious2 (session 30): still incomplete (other members); Get answers null for a missing key as before, now
//   with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers
//   null for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences
//   the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MediaServicesLiveMonitoringDashboard.IMdCacheCase;

public class MediaService
{
    public string Id { get; set; }
    public string Name { get; set; }
    public string Region { get; set; }
}

[InMemoryFake]
public interface IMdCache
{
    string Get(string key);

    T GetAs<T>(string key) where T : class;

    void Set(string key, string value);

    void Set(string key, string value, TimeSpan lifeSpan);

    string SetAs<T>(string key, T value);

    string SetAs<T>(string key, T value, TimeSpan lifeSpan);
}

public static class Smoke
{
    public static Task RunAsync(IMdCache cache)
    {
        Check.Null(cache.Get("missing"), "Get of a key never set is null");
        cache.Set("greeting", "hello");
        Check.Equal("hello", cache.Get("greeting"), "Get returns what Set stored");
        cache.Set("greeting", "hi");
        Check.Equal("hi", cache.Get("greeting"), "Set of a key already set replaces its value");

        var account = new MediaService { Id = "nb:acct:1", Name = "contoso-media", Region = "westus" };
        var serialized = cache.SetAs(account.Id, account);
        Check.False(string.IsNullOrEmpty(serialized), "SetAs returns the serialized value it stored");
        Check.Equal(serialized, cache.Get(account.Id), "and Get of the key returns that very string");
        var read = Check.NotNull(cache.GetAs<MediaService>(account.Id), "GetAs reads back an object SetAs stored");
        Check.Equal("contoso-media", read.Name, "with its values");
        Check.Equal("westus", read.Region, "all of them");
        Check.Null(cache.GetAs<MediaService>("nb:acct:missing"), "GetAs of a key never set is null");
        return Task.CompletedTask;
    }
}
