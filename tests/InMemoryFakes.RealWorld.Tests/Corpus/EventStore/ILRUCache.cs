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
//   This one: the 2nd of EventStore/EventStore (1 member of its own plus IDynamicCache's 7, the 1st above, from the
//   same repository). It is the non-generic ILRUCache, declared before ILRUCache<TKey, TValue> in its file.
// Path: src/EventStore.Core/DataStructures/ILRUCache.cs (model: src/EventStore.Core/Caching/IDynamicCache.cs)
// Adapted: nothing (no models). EventStore.Core builds without nullable annotations (#nullable disable).
// Real store: src/EventStore.Core/DataStructures/LRUCache.cs: IDynamicCache's members as in IDynamicCache.cs (the 1st
//   above); Clear() removes every item (least recently used first), adding each one's freed size to FreedSize, so
//   Count and Size become 0.
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 Name, Capacity, Size, FreedSize, SetCapacity, ResetFreedSize, as in
//   IDynamicCache.cs. Count and Clear were generated right.
// After this round: unchanged (as IDynamicCache.cs).

#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EventStore.ILRUCacheCase;

public interface IDynamicCache {
	string Name { get; }
	long Capacity { get; }
	long Size { get; }
	long Count { get; }
	long FreedSize { get; }
	void SetCapacity(long capacity);
	void ResetFreedSize();
}

[InMemoryFake]
public interface ILRUCache : IDynamicCache {
	void Clear();
}

public static class Smoke
{
    public static Task RunAsync(ILRUCache cache)
    {
        Check.Equal(0L, cache.Count, "a fresh cache holds no items");
        cache.Clear();
        Check.Equal(0L, cache.Count, "Clear leaves no items");
        Check.Equal(0L, cache.Size, "and size 0");
        Check.Throws<ArgumentOutOfRangeException>(() => cache.SetCapacity(-1), "SetCapacity of a negative capacity throws ArgumentOutOfRangeException");
        cache.SetCapacity(10);
        Check.Equal(10L, cache.Capacity, "SetCapacity sets Capacity");
        return Task.CompletedTask;
    }
}
