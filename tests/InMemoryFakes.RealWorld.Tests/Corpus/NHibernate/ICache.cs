// Source: https://github.com/nhibernate/nhibernate-core
// Commit: 741880f2d
// Licence: LGPL-2.1 (an interface signature transcribed for a test)
// Sample: h-sample31 rule, fixed before probing: in these repositories, in this order (mikependon/RepoDB,
//   nhibernate/nhibernate-core, octokit/octokit.net, CoreWCF/CoreWCF, BrighterCommand/Brighter, NEventStore/NEventStore,
//   akkadotnet/akka.net, Sustainsys/Saml2, aspnet/AspNetWebStack, HangfireIO/Hangfire, ThreeMammals/Ocelot (skip: in the
//   corpus), App-vNext/Polly, Particular/ServiceControl (skip: in the corpus), dotnet/aspnetcore-tools,
//   microsoft/ApplicationInsights-dotnet, open-telemetry/opentelemetry-dotnet, dotnet/tye), skipping any the tools do not
//   hold or that are over fetch's limit, and every interface already in the corpus (grep of Corpus/ for its name and
//   source path), at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order not yet in the corpus (at most 2 per repository; an identical copy of one already in the corpus
//   does not count), outside paths containing "test" (any case), that declare at least 3 members (inherited ones count
//   if the base interface is in the same repository); stop after 8; each transcribed whole (up to 50 members).
//   dotnet/aspnetcore-tools: no snapshot can be had. No interface of these repositories was in the corpus. RepoDB's
//   third, RepoDb/RepoDb/Interfaces/ICache.cs, is past its 2; nhibernate-core's IBatchableQueryCache (3rd) and
//   IProxyCache (4th) likewise. octokit.net's IResponseCache and ICredentialStore declare 2 and 1 members. Brighter's only
//   one (IRepository<T>) is under tests/; akka.net's only one (ITestSnapshotStore) under Akka.Persistence.TestKit.
//   AspNetWebStack's IModelValidatorCache and IViewLocationCache declare 1 and 2. NEventStore, Sustainsys/Saml2, Hangfire,
//   Polly, ApplicationInsights-dotnet, opentelemetry-dotnet and tye have no such interface. So the rule picks 6, not 8,
//   in order: RepoDB ICache (RepoDb.Core) and IPublisherRepository; nhibernate-core ICache and IQueryCache (each a
//   partial interface whose synchronous half is in src/NHibernate/Cache/ and asynchronous half in
//   src/NHibernate/Async/Cache/, both transcribed); CoreWCF ISecurityContextSecurityTokenCache; AspNetWebStack
//   ITokenStore.
//   This one: the 1st of nhibernate/nhibernate-core (16 members: 10 in the synchronous half, 6 in the asynchronous).
// Path: src/NHibernate/Cache/ICache.cs and src/NHibernate/Async/Cache/ICache.cs (the AsyncGenerator's half), both
//   `partial interface ICache`, transcribed as the two partial declarations they are (real store:
//   src/NHibernate/Cache/HashtableCache.cs over CacheBase.cs and Async/Cache/CacheBase.cs, which implement ICache;
//   Timestamper.cs)
// Adapted: XML comments dropped; the two halves in one file and one file-scoped namespace (their usings at the top);
//   nothing else (the [Obsolete] on the interface kept, as in the source). Nullable disabled, as in the source (the
//   project does not enable it).
// Real store: HashtableCache, NHibernate's in-process cache (the others, in NHibernate.Caches, wrap a provider the same
//   way): a Hashtable of object keys and values for one region. Get(key): the value, null when missing. Put(key, value):
//   stores or replaces (a null value too: the Hashtable keeps it, read back as null). Remove(key): removes, a missing key
//   is nothing. Clear empties the region; Destroy does nothing. Lock(key) / Unlock(key): nothing (CacheBase's ICache.Lock
//   calls Lock(key), which a local cache answers with null; "local cache, so we use synchronization"). NextTimestamp():
//   Timestamper.Next(), milliseconds since 1970 shifted left 12 bits plus a counter, increasing in the process.
//   Timeout: Timestamper.OneMs * 60000 (245,760,000, i.e. 60 seconds in those units). RegionName: the region it was made
//   for. The …Async members run the synchronous ones and return a completed task (an already cancelled token: a
//   cancelled task, nothing done).
// Shapes: *=10; Lock=19; Unlock=19
// First try (97de67d): incomplete: IMF0001 Destroy, Lock, LockAsync, Unlock, UnlockAsync, NextTimestamp ("not a known
//   verb"), Timeout (a property the fake does not hold) and RegionName ("a string the real store is configured with");
//   generated: Get, GetAsync, Put, PutAsync, Remove, RemoveAsync, Clear, ClearAsync (a store of object values by object
//   key, compared with Equals) | WRONG: none: Get of a missing key is null, Put replaces, Remove of a missing key does
//   nothing, as HashtableCache's. The probe runs Get, Put and Remove (and their async forms) as the real store does, then
//   stops at Lock. A known loud difference: Put(key, null) throws ArgumentNullException naming 'value' (a value not
//   declared nullable, docs/generator.md), where the Hashtable keeps null (NHibernate's own callers put cache entries,
//   never null).
// After this round: unchanged. The refusals are right: Lock and Unlock are a clustered cache's locks (a local cache does
//   nothing), NextTimestamp a clock, Timeout and RegionName the region's configuration.
// After h-oblivious2 (session 30): still incomplete (other members); Get, GetAsync answer null for a missing key as
//   before, now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing
//   key, and stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store
//   answers null for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and
//   silences the Info).
#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NHibernate.ICacheCase;

public partial interface ICache
{
	Task<object> GetAsync(object key, CancellationToken cancellationToken);

	Task PutAsync(object key, object value, CancellationToken cancellationToken);

	Task RemoveAsync(object key, CancellationToken cancellationToken);

	Task ClearAsync(CancellationToken cancellationToken);

	Task LockAsync(object key, CancellationToken cancellationToken);

	Task UnlockAsync(object key, CancellationToken cancellationToken);
}

// Since 5.2
[Obsolete("Derive from CacheBase instead. NHibernate members using this type will switch to CacheBase in a future version.")]
[InMemoryFake]
public partial interface ICache
{
	object Get(object key);

	void Put(object key, object value);

	void Remove(object key);

	void Clear();

	void Destroy();

	void Lock(object key);

	void Unlock(object key);

	long NextTimestamp();

	int Timeout { get; }

	string RegionName { get; }
}

#pragma warning disable 618
public static class Smoke
{
	public static async Task RunAsync(ICache cache)
	{
		Check.Null(cache.Get("Order#1"), "Get of an unknown key is null");
		cache.Put("Order#1", "Alice");
		Check.Equal("Alice", cache.Get("Order#1") as string, "Get reads what Put stored");
		cache.Put("Order#1", "Bob");
		Check.Equal("Bob", cache.Get("Order#1") as string, "Put of a stored key replaces the value");
		cache.Put(42, "Carol");
		Check.Equal("Carol", cache.Get(42) as string, "keys are any object, compared by Equals");
		cache.Remove("Order#1");
		Check.Null(cache.Get("Order#1"), "Remove removes the key");
		cache.Remove("Order#1");

		await cache.PutAsync("Order#2", "Dave", CancellationToken.None);
		Check.Equal("Dave", await cache.GetAsync("Order#2", CancellationToken.None) as string, "GetAsync reads what PutAsync stored");
		await cache.RemoveAsync("Order#2", CancellationToken.None);
		Check.Null(await cache.GetAsync("Order#2", CancellationToken.None), "RemoveAsync removes the key");

		cache.Lock(42);
		cache.Unlock(42);
		await cache.LockAsync(42, CancellationToken.None);
		await cache.UnlockAsync(42, CancellationToken.None);
		Check.Equal("Carol", cache.Get(42) as string, "Lock and Unlock change nothing in a local cache");

		var first = cache.NextTimestamp();
		Check.True(cache.NextTimestamp() > first, "NextTimestamp increases");
		Check.Equal(245760000, cache.Timeout, "Timeout is 60 seconds in the timestamper's units");
		Check.NotNull(cache.RegionName, "RegionName is the region the cache was made for");

		cache.Clear();
		Check.Null(cache.Get(42), "Clear removes every key");
		cache.Put("Order#3", "Erin");
		await cache.ClearAsync(CancellationToken.None);
		Check.Null(cache.Get("Order#3"), "ClearAsync removes every key");
		cache.Destroy();
	}
}
#pragma warning restore 618
