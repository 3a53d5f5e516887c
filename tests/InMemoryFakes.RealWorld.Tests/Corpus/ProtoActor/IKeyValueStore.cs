// Source: https://github.com/asynkron/protoactor-dotnet
// Commit: 5f68a46d
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample12 rule, fixed before probing: in these repositories, in this order (oqtane/oqtane.framework,
//   blogifierdotnet/Blogifier, madskristensen/Miniblog.Core, mbdavid/LiteDB, gautema/CQRSlite, Eventuous/eventuous,
//   asynkron/protoactor-dotnet, akkadotnet/akka.net, NEventStore/NEventStore, jamesmh/coravel,
//   SQLStreamStore/SQLStreamStore, BlogEngine/BlogEngine.NET, dotnetcore/FreeSql), skipping any the tools do not hold
//   or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does not
//   count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or Cache, that
//   declare at least 3 members (inherited ones count if the base interface is in the same repository) and are not
//   already in the corpus; stop after 12. Blogifier, Miniblog.Core and NEventStore have no such interface; akka.net's
//   only one (ITestSnapshotStore) is under Akka.Persistence.TestKit; CQRSlite's IRepository, IEventStore and
//   ISnapshotStore, and Eventuous's two IDefineStore and ICheckpointStore, declare 2 or fewer. The 12: Oqtane
//   IHtmlTextRepository and IAliasRepository; LiteDB ILiteRepository and ILiteStorage<TFileId>; CQRSlite ICache;
//   Eventuous IEventStore; protoactor IContextStore and IKeyValueStore<T>; coravel ICache; SQLStreamStore
//   IReadonlyStreamStore and IStreamStore; BlogEngine.NET IBlogRepository (FreeSql not reached). Not transcribed
//   (dozens of members or an event-stream model, a gap to close): LiteDB ILiteRepository (about 40 members over
//   BsonExpression queries), Eventuous IEventStore, SQLStreamStore IReadonlyStreamStore and IStreamStore.
//   This one: the 2nd of asynkron/protoactor-dotnet.
// Path: src/Proto.Actor/Utils/IKeyValueStore.cs
// Adapted: [PublicAPI] dropped; Subscribers (the T Proto.Cluster's TopicActor stores) cut to a list of member ids.
//   Proto.Actor builds with nullable annotations on.
// Real store: the repository ships no durable implementation: ConcurrentKeyValueStore<T> (abstract) serializes calls
//   and leaves storage to a subclass; EmptyKeyValueStore<T> (what Cluster uses when none is configured) stores nothing
//   and returns default(T)! from GetAsync; the PubSub tests' InMemorySubscribersStore keeps a ConcurrentDictionary:
//   SetAsync(id, state) replaces, GetAsync(id) the stored value (a missing id: a new empty Subscribers), ClearAsync(id)
//   removes it (missing: nothing). The one consumer (TopicActor.LoadSubscriptions) reads a missing id as null or empty
//   (state ?? new Subscribers()). So: a value per id, set replaces, clear removes, and a missing id is NOT an error.
// Shapes: *=core
// First try (1fd5c95): incomplete: IMF0001 ClearAsync (Clear takes a key only when it is named key or cacheKey). The
//   probe did not run then (the harness stubbed no generic fake: it reported the stub's compile error). Not silent but
//   not the real store's: GetAsync of a missing id throws the not-found error (a Task<T> of an unconstrained T is read as
//   required), where every implementation in the repository returns default or an empty value.
// Configured: MissingKeyReads = MissingKeyRead.Default (h-close1, 2026-12-03): GetAsync of a missing id returns
//   default, as EmptyKeyValueStore<T>.GetAsync (Task.FromResult(default(T))!, src/Proto.Actor/Utils/EmptyKeyValueStore.cs
//   at 5f68a46d, what Cluster uses when no store is configured) does, whatever Task<T> declares; the PubSub tests'
//   InMemorySubscribersStore returns a new empty Subscribers instead, which the one consumer reads the same way.
// Now (h-close1): complete. ClearAsync(id) removes that id's value: its one parameter is named and typed as the key of
//   GetAsync(id) and SetAsync(id, state), so it is that key (docs/generator.md, key-value Clear); a Clear whose
//   parameter the reads and writes do not share (a region, a partition) stays refused.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ProtoActor.IKeyValueStoreCase;

public sealed class Subscribers
{
    public List<string> MemberIds { get; set; } = new();
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
public interface IKeyValueStore<T>
{
    Task<T> GetAsync(string id, CancellationToken ct);

    Task SetAsync(string id, T state, CancellationToken ct);

    Task ClearAsync(string id, CancellationToken ct);
}

public static class Smoke
{
    public static async Task RunAsync(IKeyValueStore<Subscribers> store)
    {
        var ct = CancellationToken.None;
        var missing = await store.GetAsync("topic-a", ct);
        Check.True(missing is null || missing.MemberIds.Count == 0, "GetAsync of an id never set is not an error: null or empty");
        await store.SetAsync("topic-a", new Subscribers { MemberIds = { "m1" } }, ct);
        Check.Equal(1, (await store.GetAsync("topic-a", ct)).MemberIds.Count, "GetAsync returns what SetAsync stored");
        await store.SetAsync("topic-a", new Subscribers { MemberIds = { "m1", "m2" } }, ct);
        Check.Equal(2, (await store.GetAsync("topic-a", ct)).MemberIds.Count, "SetAsync replaces the stored value");
        await store.ClearAsync("topic-a", ct);
        var cleared = await store.GetAsync("topic-a", ct);
        Check.True(cleared is null || cleared.MemberIds.Count == 0, "ClearAsync removes the value");
        await store.ClearAsync("topic-b", ct);
    }
}
