// Source: https://github.com/neo-project/neo
// Commit: c612597a7
// Licence: MIT (an interface signature and minimal models transcribed for a test)
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
//   This one: the 1st of neo-project/neo (no members of its own; the 4 of IReadOnlyStore<TKey, TValue> from the same
//   file, one of them a default-implemented indexer).
// Path: src/Neo/Persistence/IReadOnlyStore.cs (models: src/Neo/SmartContract/StorageKey.cs, StorageItem.cs,
//   src/Neo/Persistence/SeekDirection.cs)
// Adapted: StorageKey keeps Id, Key and its Equals/GetHashCode (Id and the key's bytes); its Create factories and
//   serialization are dropped. StorageItem keeps Value (bytes); its interoperable cache and sealing are dropped. The
//   doc comments are dropped. neo builds with nullable enabled.
// Real store: src/Neo/Persistence/DataCache.cs (StoreCache over an IStore such as MemoryStore, or a snapshot):
//   TryGet(key) the tracked item, else the underlying store's, or null when missing or deleted in the cache;
//   TryGet(key, out item) the same as a bool; Contains(key) whether it is there (a key deleted in the cache is not);
//   keys are equal by Id and key bytes (StorageKey.Equals). The indexer (a default interface member) throws
//   KeyNotFoundException when TryGet finds nothing. Find(keyPrefix, direction) the entries whose serialized key
//   (Id then bytes) starts with the prefix, ordered by key bytes (backward: descending), null = every entry. The
//   interface has no write: through it alone a store is only read; the smoke script reads an empty store (a fresh
//   StoreCache over a fresh MemoryStore).
// Shapes: *=core; Find=4
// First try (977d604): incomplete: IMF0001 TryGet(key) (a 'TValue? TryGet(key)' was not read: "TryGet must be 'bool
//   TryGet(key, out value)'"), Find (the seek direction); IMF0020 StorageItem.Value (ReadOnlyMemory<byte> stored by
//   reference). TryGet(key, out item) and Contains were generated right (StorageKey is a record with value Equals).
// After this round: TryGet(key) is the value or null (TValue? TryGet(key): the Try says a missing key is no error, the
//   nullable result says null); StorageItem.Value is copied as its bytes (ReadOnlyMemory<T> of immutable elements).
//   Find stays refused: a prefix over Id and key bytes, in key-byte order either way, is neo's own seek.

#nullable enable

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Neo.IReadOnlyStoreCase;

public enum SeekDirection : sbyte
{
    Forward = 1,
    Backward = -1,
}

public sealed record StorageKey
{
    public int Id { get; init; }

    public ReadOnlyMemory<byte> Key { get; init; }

    public bool Equals(StorageKey? other)
    {
        if (other is null)
            return false;
        if (ReferenceEquals(this, other))
            return true;
        return Id == other.Id && Key.Span.SequenceEqual(other.Key.Span);
    }

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.AddBytes(Key.Span);
        return hash.ToHashCode();
    }
}

public class StorageItem
{
    public ReadOnlyMemory<byte> Value { get; set; }
}

public interface IReadOnlyStore<TKey, TValue> where TKey : class?
{
    public TValue this[TKey key]
    {
        get
        {
            if (TryGet(key, out var item))
                return item;
            throw new KeyNotFoundException();
        }
    }

    [Obsolete("use TryGet(byte[] key, [NotNullWhen(true)] out byte[]? value) instead.")]
    TValue? TryGet(TKey key);

    bool TryGet(TKey key, [NotNullWhen(true)] out TValue? value);

    bool Contains(TKey key);

    public IEnumerable<(TKey Key, TValue Value)> Find(TKey? keyPrefix = null, SeekDirection direction = SeekDirection.Forward);
}

[InMemoryFake]
public interface IReadOnlyStore : IReadOnlyStore<StorageKey, StorageItem> { }

public static class Smoke
{
    public static Task RunAsync(IReadOnlyStore store)
    {
        var key = new StorageKey { Id = -4, Key = new byte[] { 0x0b, 1, 2 } };
#pragma warning disable CS0618
        Check.Null(store.TryGet(key), "TryGet(key) of a missing key returns null");
#pragma warning restore CS0618
        Check.False(store.TryGet(key, out var item), "TryGet(key, out item) of a missing key returns false");
        Check.Null(item, "and sets the item to null");
        Check.False(store.Contains(key), "Contains of a missing key returns false");
        Check.Throws<KeyNotFoundException>(() => _ = store[key], "the indexer throws KeyNotFoundException for a missing key");
        Check.Equal(0, store.Find().Count(), "Find() of an empty store yields nothing");
        Check.Equal(0, store.Find(key, SeekDirection.Backward).Count(), "Find(prefix, Backward) of an empty store yields nothing");
        return Task.CompletedTask;
    }
}
