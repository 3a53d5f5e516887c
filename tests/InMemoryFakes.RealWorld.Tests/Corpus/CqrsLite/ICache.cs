// Source: https://github.com/gautema/CQRSlite
// Commit: fc2ebe3
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
//   This one: the 1st of gautema/CQRSlite.
// Path: Framework/CQRSlite/Caching/ICache.cs (model: Framework/CQRSlite/Domain/AggregateRoot.cs)
// Adapted: AggregateRoot keeps Id and Version (protected setters) and drops its event plumbing; a concrete
//   TestAggregate stands in for an application's aggregate. CQRSlite builds without nullable annotations
//   (#nullable disable).
// Real store: Framework/CQRSlite/Caching/MemoryCache.cs (Microsoft.Extensions.Caching.Memory): Set(id, aggregate)
//   stores the aggregate REFERENCE under id (replacing one stored) with a 15-minute SLIDING expiration; Get(id) the
//   stored aggregate or null (CacheRepository relies on getting the same instance back, which it then mutates);
//   IsTracked(id) whether a non-null aggregate is stored; Remove(id) removes it (missing: nothing);
//   RegisterEvictionCallback(action) makes every LATER Set register a post-eviction callback that calls action(id)
//   when that entry leaves the cache for any reason (removed, replaced, expired), on a thread-pool thread.
// Shapes: *=10; RegisterEvictionCallback=19
// First try (1fd5c95): incomplete: IMF0001 IsTracked, Set, RegisterEvictionCallback (classified as an entity
//   repository of AggregateRoot: Get(id) and Remove(id) generated; 'Set' and 'IsTracked' are no entity verbs).
//   Nothing silently wrong reached (the probe stops at IsTracked).
// Gaps (nothing generated is wrong): a fake would also need the 15-minute sliding expiry (no signature shows it; the
//   DefaultTtlSeconds setting is an absolute TTL) and eviction callbacks (no convention).
// After h-oblivious (session 29): still incomplete (other members); Get answers null for a missing entity as before,
//   now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that
//   signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake
//   does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CqrsLite.ICacheCase;

public abstract class AggregateRoot
{
    public Guid Id { get; protected set; }
    public int Version { get; protected set; }
}

public sealed class TestAggregate : AggregateRoot
{
    public TestAggregate(Guid id, int version)
    {
        Id = id;
        Version = version;
    }
}

[InMemoryFake]
public interface ICache
{
    Task<bool> IsTracked(Guid id);
    Task Set(Guid id, AggregateRoot aggregate);
    Task<AggregateRoot> Get(Guid id);
    Task Remove(Guid id);
    void RegisterEvictionCallback(Action<Guid> action);
}

public static class Smoke
{
    public static async Task RunAsync(ICache cache)
    {
        var id = Guid.NewGuid();
        Check.False(await cache.IsTracked(id), "IsTracked of an id never set is false");
        Check.Null(await cache.Get(id), "Get of an id never set returns null");
        await cache.Set(id, new TestAggregate(id, 1));
        Check.True(await cache.IsTracked(id), "IsTracked after Set is true");
        Check.Equal(1, (await cache.Get(id)).Version, "Get returns the stored aggregate");
        await cache.Set(id, new TestAggregate(id, 2));
        Check.Equal(2, (await cache.Get(id)).Version, "Set replaces the stored aggregate");
        await cache.Remove(id);
        Check.False(await cache.IsTracked(id), "Remove removes the aggregate");
        await cache.Remove(id);
    }
}
