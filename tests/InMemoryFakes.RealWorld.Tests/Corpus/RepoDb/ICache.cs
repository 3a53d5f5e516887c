// Source: https://github.com/mikependon/RepoDB
// Commit: 81f15fad
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
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
//   This one: the 1st of mikependon/RepoDB (12 members; IEnumerable, its base, is the framework's).
// Path: RepoDb.Core/RepoDb/Interfaces/ICache.cs (real store: RepoDb.Core/RepoDb/Cachers/MemoryCache.cs, the default
//   cache of DbRepository and BaseRepository; models: RepoDb.Core/RepoDb/CacheItem.cs, Constant.cs,
//   Exceptions/MappingExistsException.cs, ItemNotFoundException.cs)
// Adapted: XML comments dropped; CacheItem<T> cut to its two public constructors and its properties (its IExpirable and
//   internal Update methods dropped; IsExpired kept); Constant cut to the one constant;
//   the two exceptions cut to a message constructor. Nullable context as in the source: the project says
//   <Nullable>annotations</Nullable>, so `#nullable enable annotations` and `#nullable disable warnings`.
// Real store: MemoryCache, a ConcurrentDictionary<string, object> of CacheItem<T> objects. Add<T>(key, value, expiration
//   in minutes, throwException) wraps the value in a new CacheItem<T> (expiring `expiration` minutes after
//   DateTime.UtcNow) and adds it: a key holding a CacheItem<T> of the same T that has not expired throws
//   MappingExistsException when throwException is true, else the held item takes the new value and expiry; an expired
//   one is updated either way; a key holding an item of another T cannot be added (TryAdd fails: a plain Exception when
//   throwException, else nothing). Add<T>(item, throwException) does the same with the caller's item (stored as it is,
//   the caller's object). Get<T>(key, throwException) returns the held CacheItem<T> (the stored object) when it is one of
//   that T and has not expired, else null: throwException is ignored, a missing key is null whatever it says.
//   Contains(key): a live item is held. Remove(key, throwException): removes the item, expired or not; a missing key
//   throws ItemNotFoundException when throwException, else nothing. Clear empties it. Enumerating it yields the live
//   CacheItem<T> objects. Each …Async member does the same synchronously and returns a completed task (the token is not
//   looked at).
// Shapes: *=10; Add=8; Get=5
// First try (97de67d): incomplete: IMF0001 both Add and both AddAsync (Add<T>(CacheItem<T> item, …): "its parameter
//   'item' (CacheItem<T>) is not the key (string)"; Add<T>(key, value, int expiration, …): "'expiration' is not a time to
//   live", a number of minutes whose unit its name does not say), Get, GetAsync, Remove, RemoveAsync ("its parameter
//   'throwException' (bool) after the key 'key' is nothing a key-value store knows"), GetEnumerator (IEnumerable's, "not
//   a known verb"); generated: Contains, ContainsAsync, Clear, ClearAsync (a store of object values by string key) |
//   WRONG: none (Contains answers whether a live value is held and Clear empties the store, as MemoryCache's). The probe
//   runs up to Get (the script's first read).
// After this round: unchanged. The refusals are right: Get ignores throwException in MemoryCache (null for a missing
//   key whatever it says) while Remove and Add honour it, so no rule for a throwException flag holds for all three; the
//   item overloads store the caller's CacheItem<T> object itself, with its own expiry.
#nullable enable annotations
#nullable disable warnings

using System;
using System.Collections;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.RepoDb.ICacheCase;

public static class Constant
{
    public const int DefaultCacheItemExpirationInMinutes = 180;
}

public class MappingExistsException : Exception
{
    public MappingExistsException(string message)
        : base(message)
    {
    }
}

public class ItemNotFoundException : Exception
{
    public ItemNotFoundException(string message)
        : base(message)
    {
    }
}

public class CacheItem<T>
{
    public CacheItem(string key,
        T value)
        : this(key,
              value,
              Constant.DefaultCacheItemExpirationInMinutes)
    { }

    public CacheItem(string key,
        T value,
        int? cacheItemExpiration = Constant.DefaultCacheItemExpirationInMinutes)
    {
        if (cacheItemExpiration < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cacheItemExpiration), "Expiration in minutes must not be negative values.");
        }
        Key = key;
        Value = value;
        CacheItemExpiration = cacheItemExpiration;
        CreatedDate = DateTime.UtcNow;
        Expiration = CreatedDate.AddMinutes(cacheItemExpiration.GetValueOrDefault());
    }

    public string Key { get; }

    public T Value { get; private set; }

    public int? CacheItemExpiration { get; }

    public DateTime CreatedDate { get; private set; }

    public DateTime Expiration { get; set; }

    public bool IsExpired() => DateTime.UtcNow >= Expiration;
}

[InMemoryFake]
public interface ICache : IEnumerable
{
    #region Sync

    void Add<T>(string key,
        T value,
        int expiration = Constant.DefaultCacheItemExpirationInMinutes,
        bool throwException = true);

    void Add<T>(CacheItem<T> item,
        bool throwException = true);

    void Clear();

    bool Contains(string key);

    CacheItem<T> Get<T>(string key,
        bool throwException = true);

    void Remove(string key,
        bool throwException = true);

    #endregion

    #region Async

    Task AddAsync<T>(string key,
        T value,
        int expiration = Constant.DefaultCacheItemExpirationInMinutes,
        bool throwException = true,
        CancellationToken cancellationToken = default);

    Task AddAsync<T>(CacheItem<T> item,
        bool throwException = true,
        CancellationToken cancellationToken = default);

    Task ClearAsync(CancellationToken cancellationToken = default);

    Task<bool> ContainsAsync(string key,
        CancellationToken cancellationToken = default);

    Task<CacheItem<T>> GetAsync<T>(string key,
        bool throwException = true,
        CancellationToken cancellationToken = default);

    Task RemoveAsync(string key,
        bool throwException = true,
        CancellationToken cancellationToken = default);

    #endregion
}

public static class Smoke
{
    public static async Task RunAsync(ICache cache)
    {
        Check.False(cache.Contains("customers"), "Contains of an unknown key is false");
        Check.Null(cache.Get<string>("customers"), "Get of an unknown key is null (throwException is ignored)");
        Check.Null(cache.Get<string>("customers", throwException: false), "and null with throwException: false");

        cache.Add("customers", "Alice,Bob");
        Check.True(cache.Contains("customers"), "Contains finds an added key");
        Check.Equal("Alice,Bob", cache.Get<string>("customers")?.Value, "Get reads the added value in a CacheItem");
        Check.Equal("customers", cache.Get<string>("customers")?.Key, "whose Key is the key");
        Check.Null(cache.Get<int>("customers"), "Get of another type is null");
        Check.Throws<MappingExistsException>(() => cache.Add("customers", "Carol"), "Add of a live key throws MappingExistsException");
        Check.Equal("Alice,Bob", cache.Get<string>("customers")?.Value, "and keeps the value it held");
        cache.Add("customers", "Carol", throwException: false);
        Check.Equal("Carol", cache.Get<string>("customers")?.Value, "Add of a live key with throwException: false replaces the value");

        cache.Add(new CacheItem<string>("orders", "1,2,3"));
        Check.Equal("1,2,3", cache.Get<string>("orders")?.Value, "Add of a CacheItem stores it under its Key");
        var count = 0;
        foreach (var item in cache)
        {
            Check.True(item is CacheItem<string>, "enumerating yields the live CacheItem objects");
            count++;
        }
        Check.Equal(2, count, "two items are held");

        cache.Remove("customers");
        Check.False(cache.Contains("customers"), "Remove removes the key");
        Check.Throws<ItemNotFoundException>(() => cache.Remove("customers"), "Remove of a missing key throws ItemNotFoundException");
        cache.Remove("customers", throwException: false);

        await cache.AddAsync("products", 42);
        Check.True(await cache.ContainsAsync("products"), "ContainsAsync finds a key AddAsync added");
        Check.Equal(42, (await cache.GetAsync<int>("products"))?.Value, "GetAsync reads it");
        await cache.RemoveAsync("products");
        Check.Null(await cache.GetAsync<int>("products"), "RemoveAsync removes it");
        await Check.ThrowsAsync<ItemNotFoundException>(() => cache.RemoveAsync("products"), "RemoveAsync of a missing key throws ItemNotFoundException");

        cache.Clear();
        Check.False(cache.Contains("orders"), "Clear removes every key");
        await cache.AddAsync(new CacheItem<string>("orders", "4"));
        await cache.ClearAsync();
        Check.False(await cache.ContainsAsync("orders"), "ClearAsync removes every key");
    }
}
