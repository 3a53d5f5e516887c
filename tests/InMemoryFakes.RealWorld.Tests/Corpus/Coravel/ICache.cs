// Source: https://github.com/jamesmh/coravel
// Commit: 4072e04
// Licence: MIT (an interface signature transcribed for a test)
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
//   This one: the 1st of jamesmh/coravel.
// Path: Src/Coravel/Cache/Interfaces/ICache.cs (model: Src/Coravel/Cache/NoCacheEntryException.cs)
// Adapted: nothing beyond the namespace. Coravel builds without nullable annotations (#nullable disable).
// Real store: Src/Coravel/Cache/InMemoryCache.cs (over IMemoryCache): Remember(key, cacheFunc, expiresIn) and
//   RememberAsync return the value stored under key, else call cacheFunc, store its result with an ABSOLUTE expiry
//   of now + expiresIn, and return it; Forever/ForeverAsync likewise with no expiry (priority NeverRemove);
//   HasAsync(key) whether a value is stored; GetAsync<TResult>(key) the stored value, and THROWS
//   NoCacheEntryException ("Cache entry for key "…" does not exist.") when none is (IMemoryCache.TryGetValue<TResult>
//   also answers false for a value of another type); Forget(key) removes it (missing: nothing); Flush removes every
//   key written through this cache.
// Shapes: *=10
// Configured: MissingKeyReads = MissingKeyRead.NotFound and NotFoundException = typeof(NoCacheEntryException):
//   GetAsync<TResult> is declared without nullable annotations, which says nothing of a missing key (the fake reads such
//   a result as default unless told), and InMemoryCache.GetAsync throws NoCacheEntryException for one.
// First try (1fd5c95): incomplete: IMF0001 Remember, RememberAsync, Forever, ForeverAsync ('Remember'/'Forever' are
//   no known verbs: Laravel's cache names for get-or-add), Forget (no known verb), GetAsync<TResult> (no member of
//   ICache puts a value in by a known verb, so it is read as a self-filling cache). Nothing silently wrong reached
//   (the probe stops at GetAsync).
// Not done, on purpose (nothing generated is wrong): taking Laravel's Remember (get-or-add) and Forget
//   (delete) as verbs (tried in this round) turns GetAsync<TResult> into a plain read, and in this #nullable disable
//   file a read of a missing key returns default, where the real store throws NoCacheEntryException: a refusal would
//   become a silent wrong. Forever stays ambiguous (a set in Laravel, a get-or-add here).
// After h-conv2 (2026-12-04): complete, with the two settings above. Remember/RememberAsync are get-or-adds (a factory
//   proves it; Remember(key, value) stays refused), Forever/ForeverAsync get-or-adds that never expire (only with a
//   factory: Laravel's forever(key, value) is a set), Forget a removal; a stated MissingKeyReads = NotFound now governs
//   reads declared without nullable annotations, so GetAsync<TResult> of a missing key throws NoCacheEntryException
//   instead of answering default. The smoke script passes.
// Still wrong: GetAsync<TResult> of a value stored as another type throws InvalidCastException (naming the key and both
//   types) where Coravel's IMemoryCache.TryGetValue<TResult> answers false and it throws NoCacheEntryException; both
//   are errors, of different types. Flush removes every entry of the fake, where Coravel's removes the keys written
//   through this cache only (the fake's table holds nothing else). The smoke script does not read another type.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Coravel.ICacheCase;

public class NoCacheEntryException : Exception
{
    public NoCacheEntryException(string message) : base(message)
    {
    }
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound, NotFoundException = typeof(NoCacheEntryException))]
public interface ICache
{
    TResult Remember<TResult>(string key, Func<TResult> cacheFunc, TimeSpan expiresIn);
    Task<TResult> RememberAsync<TResult>(string key, Func<Task<TResult>> cacheFunc, TimeSpan expiresIn);

    TResult Forever<TResult>(string key, Func<TResult> cacheFunc);
    Task<TResult> ForeverAsync<TResult>(string key, Func<Task<TResult>> cacheFunc);

    Task<bool> HasAsync(string key);

    Task<TResult> GetAsync<TResult>(string key);

    void Flush();

    void Forget(string key);
}

public static class Smoke
{
    public static async Task RunAsync(ICache cache)
    {
        var calls = 0;
        Check.False(await cache.HasAsync("answer"), "HasAsync of a key never written is false");
        await Check.ThrowsAsync<NoCacheEntryException>(() => cache.GetAsync<int>("answer"), "GetAsync of a missing key throws NoCacheEntryException");
        Check.Equal(42, cache.Remember("answer", () => { calls++; return 42; }, TimeSpan.FromMinutes(5)), "Remember returns the factory's value");
        Check.Equal(42, cache.Remember("answer", () => { calls++; return 7; }, TimeSpan.FromMinutes(5)), "Remember of a stored key returns the stored value");
        Check.Equal(1, calls, "and does not call the factory again");
        Check.True(await cache.HasAsync("answer"), "HasAsync after Remember is true");
        Check.Equal(42, await cache.GetAsync<int>("answer"), "GetAsync returns the stored value");
        Check.Equal("v", await cache.ForeverAsync("forever", () => Task.FromResult("v")), "ForeverAsync stores the factory's value");
        Check.Equal("x", await cache.RememberAsync("async", () => Task.FromResult("x"), TimeSpan.FromMinutes(1)), "RememberAsync stores the factory's value");
        Check.Equal("v", cache.Forever("forever", () => "other"), "Forever of a stored key returns the stored value");
        cache.Forget("answer");
        Check.False(await cache.HasAsync("answer"), "Forget removes the key");
        cache.Forget("answer");
        cache.Flush();
        Check.False(await cache.HasAsync("forever"), "Flush removes every key");
        Check.False(await cache.HasAsync("async"), "Flush removes every key");
    }
}
