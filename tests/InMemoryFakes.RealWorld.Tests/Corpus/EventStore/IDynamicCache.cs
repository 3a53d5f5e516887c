// Source: https://github.com/EventStore/EventStore
// Commit: 3f1acb7e4
// Licence: Kurrent License v1 (an interface signature transcribed for a test)
// Sample: h-sample18 rule, fixed before probing: in these repositories, in this order (NethermindEth/nethermind,
//   neo-project/neo, EventStore/EventStore, ravendb/ravendb, KSP-CKAN/CKAN, Flow-Launcher/Flow.Launcher, dotnet/docfx,
//   gitextensions/gitextensions, Sustainsys/Saml2, projectkudu/kudu, GitTools/GitVersion, EasyNetQ/EasyNetQ), skipping
//   any the tools do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths
//   sorted ordinally): the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one
//   already taken does not count), outside paths containing "test" (any case), whose name ends in Repository, Repo,
//   Store, Storage or Cache, that declare at least 3 members (inherited ones count if the base interface is in the same
//   repository) and are not already in the corpus; stop after 10; each transcribed whole.
//   nethermind (651 MB) and ravendb (735 MB) are larger than fetch brings, and find_files lists the union of their
//   crawled history, not one snapshot, so neither newest snapshot can be put in order: both skipped as not held.
//   CKAN, Flow.Launcher, docfx, Saml2 and EasyNetQ have no such interface. gitextensions' IExternalLinksStorage and
//   both IRepositoryStorage declare 2 members, GitVersion's IBranchRepository 2; neo's IReadOnlyStore<TKey, TValue>,
//   closed as a user closes it (over StorageKey, StorageItem), is neo's IReadOnlyStore, already taken. So the rule picks
//   10, in order: neo IReadOnlyStore, IStore; EventStore IDynamicCache, ILRUCache; gitextensions IConfigValueStore,
//   IPersistentConfigValueStore; kudu IRepository, IGitRepository; GitVersion IRepositoryStore,
//   ITaggedSemanticVersionRepository.
//   This one: the 1st of EventStore/EventStore (7 members).
// Path: src/EventStore.Core/Caching/IDynamicCache.cs
// Adapted: nothing (no models). EventStore.Core builds without nullable annotations (#nullable disable).
// Real store: src/EventStore.Core/DataStructures/LRUCache.cs (LRUCache<TKey, TValue>, the one implementation; the
//   cache resizers call these members): Name the name given to its constructor; Capacity the capacity given (or set);
//   Size the sum of the item sizes its size function gives (1 per item by default); Count the number of items;
//   FreedSize the sum its freed-size function gave for removed or replaced items since the last ResetFreedSize (0 by
//   default); SetCapacity(c) throws ArgumentOutOfRangeException when c < 0, else sets Capacity (in steps of 100,000)
//   and evicts the least recently used items until Size fits; ResetFreedSize sets FreedSize to 0. Through this
//   interface alone nothing is added: a fresh cache has Count, Size and FreedSize 0.
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 Name, Capacity, Size, FreedSize, SetCapacity, ResetFreedSize (the cache's
//   own sizing: its name, its capacity, its size function and freed-size accounting are LRUCache's, in no signature).
//   Count was generated right (the number of entries).
// After this round: unchanged; refusing them is right: no signature says what a cache's size or freed size counts.

#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EventStore.IDynamicCacheCase;

[InMemoryFake]
public interface IDynamicCache {
	string Name { get; }
	long Capacity { get; }
	long Size { get; }
	long Count { get; }
	long FreedSize { get; }
	void SetCapacity(long capacity);
	void ResetFreedSize();
}

public static class Smoke
{
    public static Task RunAsync(IDynamicCache cache)
    {
        Check.Equal(0L, cache.Count, "a fresh cache holds no items");
        Check.Equal(0L, cache.Size, "and its size is 0");
        Check.Equal(0L, cache.FreedSize, "and nothing was freed");
        Check.Throws<ArgumentOutOfRangeException>(() => cache.SetCapacity(-1), "SetCapacity of a negative capacity throws ArgumentOutOfRangeException");
        cache.SetCapacity(250_000);
        Check.Equal(250_000L, cache.Capacity, "SetCapacity sets Capacity");
        cache.ResetFreedSize();
        Check.Equal(0L, cache.FreedSize, "ResetFreedSize sets FreedSize to 0");
        return Task.CompletedTask;
    }
}
