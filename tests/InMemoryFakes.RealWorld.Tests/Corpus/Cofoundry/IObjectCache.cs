// Source: https://github.com/cofoundry-cms/cofoundry
// Commit: d3b30b10
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample13 rule, fixed before probing: in these repositories, in this order (SimpleIdServer/SimpleIdServer,
//   blazorhero/CleanArchitecture, EdiWang/Moonglade, dotnet-architecture/eShopOnContainers, cofoundry-cms/cofoundry,
//   AntonioFalcaoJr/EventualShop, thangchung/coolstore-microservices, vietnam-devs/coolstore-microservices,
//   kimcu-on-thenet/ddd-net-ef-core, davidfowl/TodoApi, Dotnet-Boxed/Templates, nopSolutions/nopCommerce-plugins,
//   jbogard/ContosoUniversityDotNetCore-Pages), skipping any the tools do not hold or already in the corpus, at the
//   newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path order (at
//   most 3 per repository; an identical copy of one already taken does not count), outside paths containing "test" (any
//   case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones
//   count if the base interface is in the same repository) and are not already in the corpus; stop after 12; each
//   transcribed whole (none has more than 50 members; nothing cut). Not held: SimpleIdServer,
//   thangchung/coolstore-microservices, nopCommerce-plugins. eShopOnContainers' newest snapshot is a README (the repo
//   moved); blazorhero's IBrandRepository, IDocumentRepository, IDocumentTypeRepository and IProductRepository,
//   cofoundry's IDistributedLockDefinitionRepository, coolstore's IGridRepository<T> and IEventStorage declare 2 or
//   fewer; EventualShop's seven other IEventStoreRepository files are identical copies; TodoApi and
//   ContosoUniversityDotNetCore-Pages have none. The list ends at 11: Moonglade IEmailOutboxStore and
//   IBlogImageStorage; cofoundry IObjectCache, IAdvancedContentRepositoryAuthorizedTaskRepository and
//   IAuthorizedTaskTypeDefinitionRepository; EventualShop IEventStoreRepository; vietnam-devs/coolstore IRepository<T>;
//   ddd-net-ef-core IRepository<TAggregate, TIdentity>; Dotnet-Boxed ICarRepository, IDroidRepository, IHumanRepository.
//   This one: the 1st of cofoundry-cms/cofoundry.
// Path: src/Cofoundry.Core/Caching/IObjectCache.cs
// Adapted: nothing; Cofoundry builds with nullable annotations (eng/Base.props) and implicit usings (written out here).
// Real store: Caching/InMemoryObjectCache/InMemoryObjectCache.cs over ClearableMemoryCache (one MemoryCache, keys kept
//   in a set, each key prefixed by the cache's namespace): Get<T> returns the entry or default; GetOrAdd<T> and
//   GetOrAddAsync<T> return the entry when there is one, else call the getter once, store its result with the absolute
//   expiry given (none: no expiry) and return it (an expiry already past stores nothing: MemoryCache drops an expired
//   entry on set); Clear(key) removes that entry, Clear() (null or blank key) removes every entry of the namespace.
// Shapes: *=core
// First try (f2bb1c3): incomplete: IMF0001 GetOrAdd, GetOrAddAsync (a DateTimeOffset? named 'expiry' was no
//   known time to live) | WRONG (loud): Clear() with no key threw ArgumentNullException where the real store clears
//   every entry of the namespace (Clear(string? key = null) was read as a removal of one key). After this round's fixes:
//   COMPLETE, the smoke script passes: a DateTimeOffset named expiry is an absolute expiry (as expiration already was),
//   and a Clear whose key defaults to null clears everything when none is given (as RemoveAll(keys = null) already did).
// Still wrong: GetOrAdd/GetOrAddAsync with an expiry already past throw ArgumentOutOfRangeException (the runtime's rule
//   for absolute expiries) where MemoryCache returns the getter's value and keeps nothing (loud; the smoke script leaves
//   it out and says so here); Clear("") or a blank key clears everything in the real store (IsNullOrWhiteSpace), the fake
//   reads it as a key, not as none; Get<T> of an entry of another type throws InvalidCastException in the real store.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Cofoundry.IObjectCacheCase;

[InMemoryFake]
public interface IObjectCache
{
    T? Get<T>(string key);

    T? GetOrAdd<T>(string key, Func<T> getter, DateTimeOffset? expiry = null);

    Task<T?> GetOrAddAsync<T>(string key, Func<Task<T>> getter, DateTimeOffset? expiry = null);

    void Clear(string? key = null);
}

public static class Smoke
{
    public static async Task RunAsync(IObjectCache cache)
    {
        Check.Null(cache.Get<string>("k"), "Get of a missing key returns default");
        var calls = 0;
        Check.Equal("v", cache.GetOrAdd("k", () => { calls++; return "v"; }), "GetOrAdd stores and returns the getter's value");
        Check.Equal("v", cache.GetOrAdd("k", () => { calls++; return "other"; }), "GetOrAdd returns the stored value");
        Check.Equal(1, calls, "GetOrAdd calls the getter only for a missing key");
        Check.Equal("v", cache.Get<string>("k"), "Get returns the stored value");
        Check.Equal("a", await cache.GetOrAddAsync("async", () => Task.FromResult("a")), "GetOrAddAsync stores and returns the getter's value");
        Check.Equal("a", await cache.GetOrAddAsync("async", () => Task.FromResult("b")), "GetOrAddAsync returns the stored value");
        cache.GetOrAdd("soon", () => "y", DateTimeOffset.UtcNow.AddHours(1));
        Check.Equal("y", cache.Get<string>("soon"), "an entry before its expiry is kept");
        cache.Clear("k");
        Check.Null(cache.Get<string>("k"), "Clear(key) removes that entry");
        Check.Equal("a", cache.Get<string>("async"), "Clear(key) keeps the others");
        cache.Clear();
        Check.Null(cache.Get<string>("async"), "Clear() removes every entry");
    }
}
