// Source: https://github.com/Azure/Azure-AppServices-Diagnostics
// Commit: cfaf2af197e4
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample57 rule, fixed before probing (the whole walk is in Corpus/AzureSdkTools/IBlobCodeFileRepository.cs):
//   the Azure/ repositories in find_repos("Azure/") order (then find_repos("Azure/azure-") past its 100), mostly C# at
//   the newest stored snapshot and not a corpus source; in each, the first match of `git grep -n -E "interface
//   I\w*(Repository|Store|Storage|Cache|StateProvider|Persistence|DataAccess|Dao)\b" -- '*.cs'` in ordinal path order,
//   outside paths containing "test", "sample" or "generated", that declares at least 3 members and whose implementation
//   keeps state; at most 1 per repository; stop after 6. This one: the 6th pick (Azure-AppServices-Diagnostics, past
//   find_repos("Azure/")'s 100, 7th in find_repos("Azure/azure-")'s continuation; its first and only match, 5 members).
// Path: src/Diagnostics.RuntimeHost/Services/CacheService/Interfaces/ICache.cs (real stores: the services beside it
//   whose interfaces close it: DiagEntityTableCacheService.cs (ICache<string, List<DiagEntity>>, the first in path
//   order, followed here), InvokerCacheService.cs, GistCacheService.cs, KustoMappingsCacheService.cs,
//   TranslationCacheService.cs; model: Diagnostics.ModelsAndUtils/Models/Storage/DiagEntity.cs)
// Adapted: the namespaces (one for all). DiagEntity cut down to three strings (its TableEntity base and its other
//   columns dropped). [InMemoryFake] on the open generic interface; the smoke script closes it over <string,
//   List<DiagEntity>> as DiagEntityTableCacheService does. Nullable disabled, as in the source (netcoreapp3.1, no
//   Nullable).
// Real store: DiagEntityTableCacheService, a ConcurrentDictionary<string, List<DiagEntity>> (ordinal keys), refreshed
//   from Azure Table Storage by a polling loop of its own. AddOrUpdate(key, value) stores or replaces the value.
//   TryGetValue(key, out value) answers whether the key is there, with its value. ContainsKey(key). TryRemoveValue(key,
//   out value) removes the entry and hands out its value, false (value null) when absent. GetAll() every value. A null
//   key throws ArgumentNullException (ConcurrentDictionary). Other implementations differ in the key comparison:
//   InvokerCacheService and GistCacheService lower-case the key (ToLower), KustoMappingsCacheService compares
//   CurrentCultureIgnoreCase; the smoke script follows the first, ordinal.
// First try (e5da2c2): incomplete: IMF0001 TryRemoveValue ("its parameter 'value' is passed out: ref and out parameters
//   are not supported (except a TryGet's out value)"). AddOrUpdate (a set), TryGetValue, ContainsKey and GetAll
//   generated, right against the real store (ordinal keys, as the ConcurrentDictionary). The probe passes up to
//   TryRemoveValue | WRONG: none.
// After this round: complete. bool TryRemove(key, out value) of the store's value type is ConcurrentDictionary's
//   TryRemove (Dictionary's Remove(key, out value)): it removes the entry and hands out its value, false and default
//   when absent (docs/generator.md, key-value removals; a general convention, TryRemoveOutValueTests). The smoke script
//   passes. Differences no signature shows: InvokerCacheService and GistCacheService lower-case their keys and
//   KustoMappingsCacheService ignores case, where the fake compares ordinally as the first implementation does; the
//   fake hands out copies where the ConcurrentDictionary hands out the lists it holds (the script compares values).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AppServicesDiagnostics.ICacheCase;

public class DiagEntity
{
    public string DetectorId { get; set; }
    public string EntityType { get; set; }
    public string Author { get; set; }
}

/// <summary>
/// Interface for cache.
/// </summary>
/// <typeparam name="K">Cache key.</typeparam>
/// <typeparam name="V">Cache value.</typeparam>
[InMemoryFake]
public interface ICache<K, V>
{
    void AddOrUpdate(K key, V value);

    bool TryGetValue(K key, out V value);

    bool ContainsKey(K key);

    bool TryRemoveValue(K key, out V value);

    IEnumerable<V> GetAll();
}

public static class Smoke
{
    public static Task RunAsync(ICache<string, List<DiagEntity>> cache)
    {
        Check.False(cache.TryGetValue("Detector", out _), "TryGetValue of an empty cache answers false");
        cache.AddOrUpdate("Detector", new List<DiagEntity> { new DiagEntity { DetectorId = "httpservererrors", EntityType = "Detector" } });
        cache.AddOrUpdate("Gist", new List<DiagEntity> { new DiagEntity { DetectorId = "commonqueries", EntityType = "Gist" } });
        Check.True(cache.TryGetValue("Detector", out var detectors), "TryGetValue finds a stored key");
        Check.Equal("httpservererrors", detectors.Single().DetectorId, "with its value");
        Check.True(cache.ContainsKey("Gist"), "ContainsKey of a stored key");
        Check.False(cache.ContainsKey("gist"), "keys are compared ordinally (ConcurrentDictionary's default)");
        Check.Equal(2, cache.GetAll().Count(), "GetAll returns every value");

        cache.AddOrUpdate("Detector", new List<DiagEntity> { new DiagEntity { DetectorId = "httpservererrors" }, new DiagEntity { DetectorId = "appcrashes" } });
        Check.True(cache.TryGetValue("Detector", out var updated), "AddOrUpdate of a stored key");
        Check.Equal(2, updated.Count, "replaces its value");
        Check.Equal(2, cache.GetAll().Count(), "and adds no entry");

        Check.True(cache.TryRemoveValue("Gist", out var removed), "TryRemoveValue removes a stored key");
        Check.Equal("commonqueries", removed.Single().DetectorId, "and hands out its value");
        Check.False(cache.ContainsKey("Gist"), "which is gone");
        Check.False(cache.TryRemoveValue("Gist", out var nothing), "TryRemoveValue of an absent key answers false");
        Check.Null(nothing, "with a null value");
        Check.Equal(1, cache.GetAll().Count(), "GetAll after the removal");
        return Task.CompletedTask;
    }
}
