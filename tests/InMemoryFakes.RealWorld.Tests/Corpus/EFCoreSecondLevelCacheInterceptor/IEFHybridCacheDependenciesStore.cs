// Source: https://github.com/VahidN/EFCoreSecondLevelCacheInterceptor
// Commit: 6b9a39be5d01
// Licence: Apache-2.0 (an interface signature transcribed for a test)
// Sample: h-sample6 rule, fixed before probing: in these repositories, in this order (FoundatioFx/Foundatio,
//   jamesmontemagno/monkey-cache, Blazored/LocalStorage, reactiveui/Akavache, eventflow/EventFlow, quartznet/quartznet,
//   Radarr/Radarr, Ombi-app/Ombi, CommunityToolkit/WindowsCommunityToolkit, VahidN/EFCoreSecondLevelCacheInterceptor,
//   ZiggyCreatures/FusionCache, martinothamar/Mediator, JasperFx/marten), skipping any the find_repos/fetch tools do
//   not hold or already in the corpus, stopping after 8 usable ones, at its newest stored snapshot: the first 2
//   interfaces in ordinal path order, outside paths containing "test" (any case), whose name ends in Repository, Store,
//   Storage or Cache and that declare at least 3 members. monkey-cache, Blazored/LocalStorage and
//   WindowsCommunityToolkit had none; Foundatio, Akavache, EventFlow, EFCoreSecondLevelCacheInterceptor and FusionCache
//   had one: 11 interfaces from 8 repositories (Foundatio, Akavache, EventFlow, quartznet, Radarr, Ombi,
//   EFCoreSecondLevelCacheInterceptor, FusionCache).
//   This one: the 1st (and only) of VahidN/EFCoreSecondLevelCacheInterceptor.
// Path: src/EFCoreSecondLevelCacheInterceptor.HybridCache/IEFHybridCacheDependenciesStore.cs
// Adapted: nothing (nullable enabled, as in the project).
// Real store: src/EFCoreSecondLevelCacheInterceptor.HybridCache/EFHybridCacheDependenciesStore.cs (one List<string>
//   under one HybridCache key, kept a day): AddCacheDependencies adds each tag not yet in the list (ordinal; null adds
//   nothing); RemoveCacheDependencies removes each given tag (absent ones ignored; null removes nothing);
//   GetAllCacheDependencies a new HashSet (ordinal) of the current tags, empty before any add.
// Shapes: *=core
// First try (46fe673): incomplete: IMF0001 every member (AddCacheDependencies, RemoveCacheDependencies,
//   GetAllCacheDependencies: a set of tags) | WRONG: none
// After h-blockers (2026-12-04): GetAllCacheDependencies is generated: a key-value GetAll declared as a set (ISet<T>,
//   HashSet<T>, FrozenSet<T>, immutable collections) is a new HashSet of every value of the fake's table (ordinal for
//   string, as the real store's), by the same GetAll rule a list of values already had. Still incomplete:
//   AddCacheDependencies and RemoveCacheDependencies (no key; a collection of values); the probe stops at the first.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EFCoreSecondLevelCacheInterceptor.IEFHybridCacheDependenciesStoreCase;

[InMemoryFake]
public interface IEFHybridCacheDependenciesStore
{
    void AddCacheDependencies(IEnumerable<string>? tags);
    void RemoveCacheDependencies(IEnumerable<string>? tags);
    ISet<string> GetAllCacheDependencies();
}

public static class Smoke
{
    public static Task RunAsync(IEFHybridCacheDependenciesStore store)
    {
        Check.Equal(0, store.GetAllCacheDependencies().Count, "no tags before any add");
        store.AddCacheDependencies(new[] { "Products", "Orders" });
        store.AddCacheDependencies(new[] { "Orders", "Users" });
        Check.Equal(3, store.GetAllCacheDependencies().Count, "AddCacheDependencies adds the tags not yet present");
        Check.True(store.GetAllCacheDependencies().Contains("Users"), "an added tag is returned");
        store.AddCacheDependencies(null);
        Check.Equal(3, store.GetAllCacheDependencies().Count, "null adds nothing");
        store.RemoveCacheDependencies(new[] { "Orders", "Missing" });
        var tags = store.GetAllCacheDependencies();
        Check.Equal(2, tags.Count, "RemoveCacheDependencies removes the given tags, absent ones ignored");
        Check.False(tags.Contains("Orders"), "a removed tag is gone");
        store.RemoveCacheDependencies(null);
        Check.Equal(2, store.GetAllCacheDependencies().Count, "null removes nothing");
        Check.False(store.GetAllCacheDependencies().Contains("products"), "tags compare ordinally (case-sensitive)");
        return Task.CompletedTask;
    }
}
