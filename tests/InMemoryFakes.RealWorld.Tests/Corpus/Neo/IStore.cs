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
//   This one: the 2nd of neo-project/neo (2 members and a nested delegate of its own, plus IReadOnlyStore<byte[],
//   byte[]>'s 4 and IWriteStore<byte[], byte[]>'s 3 from the same repository, and IDisposable).
// Path: src/Neo/Persistence/IStore.cs (models: src/Neo/Persistence/IReadOnlyStore.cs, IWriteStore.cs,
//   IStoreSnapshot.cs, SeekDirection.cs)
// Adapted: the doc comments are dropped. neo builds with nullable enabled.
// Real store: src/Neo/Persistence/Providers/MemoryStore.cs (the in-memory engine; LevelDB and RocksDB plugins keep
//   the same contract): a ConcurrentDictionary<byte[], byte[]> with ByteArrayEqualityComparer, so keys are equal by
//   their BYTES, not by reference. Put(key, value) stores copies of both (key[..], value[..]): changing the caller's
//   array afterwards changes nothing stored; PutSync (default member) is Put. TryGet(key) a copy of the value or null;
//   TryGet(key, out value) whether it is there (the stored array itself); Contains(key) whether it is there;
//   Delete(key) removes it, a missing key is ignored. Find(keyOrPrefix, direction) is a SEEK, not a prefix filter:
//   forward, every entry whose key is >= keyOrPrefix in byte order (null or empty: every entry), ordered by key bytes;
//   backward, every entry whose key is <= keyOrPrefix, in descending order (null or empty: nothing); copies of keys
//   and values. GetSnapshot() a MemorySnapshot: reads an immutable copy taken at that moment, buffers Put/Delete until
//   its Commit() writes them to the store; raises OnNewSnapshot(store, snapshot). Dispose does nothing.
// Shapes: *=core; Find=4; GetSnapshot=3; OnNewSnapshot=core
// First try (977d604): incomplete: IMF0001 Put, Contains, TryGet, TryGet(key, out value), Find (each "its parameter
//   'key' is the store's value (byte[]), not its key (byte)": Delete(byte[] key) had been read as a batch of one-byte
//   keys, so the table was keyed by byte), GetSnapshot, OnNewSnapshot | SILENTLY WRONG: Delete(byte[] key) was
//   generated as a removal of many keys, KeyValueTableOperations.RemoveMany over the key's bytes: Delete(new byte[]
//   { 1, 2, 3 }) removed the one-byte keys 1, 2 and 3, never the entry of those bytes (the probe stopped at Put, before
//   it).
// After this round: a byte[] is never a batch of one-byte keys; a byte[] key is compared by its bytes (the runtime's
//   table for byte[] keys, as neo's ByteArrayEqualityComparer) and the table keeps its own copy of it (and hands out
//   copies from Keys/Entries), so Put, Delete, Contains, TryGet and TryGet(key) (the value or null) are generated and
//   right. Find (a seek in key-byte order, either direction), GetSnapshot (a point-in-time view whose writes wait for
//   its Commit) and the OnNewSnapshot event stay refused: neo's own engine.

#nullable enable

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Neo.IStoreCase;

public enum SeekDirection : sbyte
{
    Forward = 1,
    Backward = -1,
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

public interface IWriteStore<TKey, TValue>
{
    void Delete(TKey key);

    void Put(TKey key, TValue value);

    void PutSync(TKey key, TValue value) => Put(key, value);
}

public interface IStoreSnapshot :
    IReadOnlyStore<byte[], byte[]>,
    IWriteStore<byte[], byte[]>,
    IDisposable
{
    IStore Store { get; }

    void Commit();
}

[InMemoryFake]
public interface IStore :
    IReadOnlyStore<byte[], byte[]>,
    IWriteStore<byte[], byte[]>,
    IDisposable
{
    public delegate void OnNewSnapshotDelegate(IStore sender, IStoreSnapshot snapshot);

    public event OnNewSnapshotDelegate? OnNewSnapshot;

    IStoreSnapshot GetSnapshot();
}

public static class Smoke
{
    public static Task RunAsync(IStore store)
    {
        var key = new byte[] { 1, 2, 3 };
        store.Put(key, new byte[] { 42 });
        Check.True(store.Contains(new byte[] { 1, 2, 3 }), "Contains finds a key by its bytes (ByteArrayEqualityComparer), not by reference");
        Check.True(store.TryGet(new byte[] { 1, 2, 3 }, out var value) && value.SequenceEqual(new byte[] { 42 }), "TryGet(key, out value) finds the value by the key's bytes");
        key[0] = 9;
        Check.True(store.Contains(new byte[] { 1, 2, 3 }), "Put stored a copy of the key: changing the caller's array changes nothing stored");
        Check.False(store.Contains(new byte[] { 9, 2, 3 }), "and the changed array is no key");
#pragma warning disable CS0618
        Check.Null(store.TryGet(new byte[] { 7 }), "TryGet(key) of a missing key returns null");
        Check.Equal((byte)42, store.TryGet(new byte[] { 1, 2, 3 })![0], "TryGet(key) returns the value");
#pragma warning restore CS0618
        store.Put(new byte[] { 1, 2, 3 }, new byte[] { 43 });
        store.Put(new byte[] { 0, 5 }, new byte[] { 1 });
        store.Put(new byte[] { 2 }, new byte[] { 2 });
        Check.True(store.TryGet(new byte[] { 1, 2, 3 }, out var replaced) && replaced[0] == 43, "Put of a stored key replaces its value");
        Check.Equal("0,5|1,2,3|2", string.Join("|", store.Find().Select(e => string.Join(",", e.Key))), "Find() yields every entry in key byte order");
        Check.Equal("1,2,3|2", string.Join("|", store.Find(new byte[] { 1 }).Select(e => string.Join(",", e.Key))), "Find(key) seeks: every key >= it in byte order, not a prefix filter");
        Check.Equal("1,2,3|0,5", string.Join("|", store.Find(new byte[] { 1, 2, 3 }, SeekDirection.Backward).Select(e => string.Join(",", e.Key))), "Find(key, Backward) yields every key <= it, descending");
        store.Delete(new byte[] { 1, 2, 3 });
        Check.False(store.Contains(new byte[] { 1, 2, 3 }), "Delete removes the key by its bytes");
        store.Delete(new byte[] { 1, 2, 3 });
        var seen = 0;
        store.OnNewSnapshot += (_, _) => seen++;
        using (var snapshot = store.GetSnapshot())
        {
            Check.Equal(1, seen, "GetSnapshot raises OnNewSnapshot");
            snapshot.Put(new byte[] { 8 }, new byte[] { 8 });
            Check.False(store.Contains(new byte[] { 8 }), "a snapshot's Put waits for its Commit");
            snapshot.Commit();
            Check.True(store.Contains(new byte[] { 8 }), "Commit writes the snapshot's Put to the store");
        }

        return Task.CompletedTask;
    }
}
