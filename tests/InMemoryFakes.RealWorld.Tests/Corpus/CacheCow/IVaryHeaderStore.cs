// Source: https://github.com/aliostad/CacheCow
// Commit: eb59252c704b
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample33 rule, fixed before probing: in these repositories, in this order (Blazored/LocalStorage,
//   jamesmontemagno/monkey-cache, aliostad/CacheCow, Xabaril/Esquio, HangfireIO/Hangfire, dnnsoftware/Dnn.Platform,
//   SteeltoeOSS/Steeltoe, getsentry/sentry-dotnet, graphql-dotnet/graphql-dotnet, cake-build/cake, Jackett/Jackett,
//   JustArchiNET/ArchiSteamFarm, chocolatey/choco, files-community/Files, ChilliCream/graphql-platform,
//   OrchardCMS/OrchardCore (skip: in the corpus), dotnetcore/FreeSql, dotnetcore/Util (skip: in the corpus)), skipping
//   any the tools do not hold or that are over fetch's limit, and every interface already in the corpus (grep of
//   Corpus/ for its name and source path), at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order not yet in the corpus (at most 2 per repository; an identical copy of one already in the corpus
//   does not count), outside paths containing "test" (any case), that declare at least 3 members (inherited ones count
//   if the base interface is in the same repository); stop after 8; each transcribed whole (up to 50 members).
//   dnnsoftware/Dnn.Platform (792 MB) and ChilliCream/graphql-platform (992 MB) are over fetch's 500 MB limit: skipped.
//   Blazored/LocalStorage (its ILocalStorageService ends in Service), monkey-cache (IBarrel), Hangfire, Steeltoe,
//   sentry-dotnet, Jackett, ArchiSteamFarm, choco and Files have no such interface; graphql-dotnet's three
//   (IOrdersStore, IProductsStore, IUsersStore) are under src/GraphQL.DataLoader.Tests/. No interface of these
//   repositories was in the corpus. CacheCow's third, src/CacheCow.Common/ICacheStore.cs, is past its 2. Esquio's
//   IApiKeyStore and IRuntimeFeatureStore declare 1 member each; cake's only one, IToolRepository, declares 2.
//   FreeSql's first, Examples/xamarinFormApp/xamarinFormApp/Services/IDataStore.cs, is an identical copy of the
//   Xamarin.Forms template's IDataStore<T> already in the corpus (Corpus/MauiSamples/IDataStore.cs); the three
//   declarations of FreeSql.DbContext/Repository/Repository/IBaseRepository.cs (IBaseRepository, IBaseRepository<TEntity>,
//   IBaseRepository<TEntity, TKey>) are in the corpus already, transcribed whole as the bases of
//   Corpus/AdminCore/IApiRepository.cs and IDictRepository.cs (FreeSql at 0ecab32f). So the rule picks 4, not 8, in
//   order: CacheCow ICarRepository and IVaryHeaderStore; Esquio ILocalStorage; FreeSql IAggregateRootRepository<TEntity>.
//   This one: the 2nd of aliostad/CacheCow (4 members; IDisposable, its base, is the framework's).
// Path: src/CacheCow.Client/IVaryHeaderStore.cs (real store: InMemoryVaryHeaderStore.cs beside it, the default of
//   CachingHandler, which reads and writes it in SendAsync and disposes it in Dispose; its tests:
//   test/CacheCow.Client.Tests/InMemoryVaryHeaderStoreTests.cs)
// Adapted: nothing but the namespace (the unused usings dropped). Nullable disabled, as in the source (the project does
//   not enable it).
// Real store: InMemoryVaryHeaderStore over a Microsoft.Extensions.Caching.Memory MemoryCache (System.Runtime.Caching's
//   on net462): the Vary header names of a URI. AddOrUpdate(uri, headers) sets the URI's entry to the caller's
//   collection (no expiry; a second call replaces it; CachingHandler passes a string[]). TryGetValue(uri, out headers):
//   true with the stored collection (cast to string[]), or false with null. TryRemove(uri) removes the entry and, in
//   the netstandard2.0 and net8.0 builds, returns true whether or not there was one (MemoryCache.Remove returns nothing
//   there; only the net462 build returns whether it removed one). Clear() disposes the cache and starts an empty one.
//   Dispose() disposes the cache (a later call throws ObjectDisposedException).
// Shapes: *=core; Dispose=17
// First try (b66671e): complete (attribute bare): TryGetValue (false with null for a missing URI), AddOrUpdate (an
//   upsert; the fake keeps a copy of the array), TryRemove (whether it removed one), Clear, Dispose (nothing) | WRONG:
//   TryRemove of a URI not stored answers false, where the real store's netstandard2.0 and net8.0 builds answer true
//   (they return true after MemoryCache.Remove, which returns nothing; only the net462 build answers false). Every
//   other step of the smoke script passes.
// Still wrong: TryRemove of a URI not stored, as above: a bool named TryRemove says whether it removed one everywhere
//   else (ConcurrentDictionary, this store's own net462 build, CacheCow's ICacheStore.TryRemoveAsync, documented "False
//   if ... the key was not in the store"), so no signature can say this build answers true; it is in
//   KnownSmokeMismatches. Dispose does nothing, where the real store disposes its MemoryCache (a later TryGetValue
//   throws ObjectDisposedException there, answers as before here): whether a disposed fake should throw is a
//   convention over every disposable store, left to the lead (as Linq2db's IMemoryCache says); CachingHandler disposes
//   it only in its own Dispose. AddOrUpdate(uri, null) throws ArgumentNullException naming 'headers' where MemoryCache
//   keeps null (TryGetValue then answers false); CachingHandler never passes null.
#nullable disable

using System;
using System.Collections.Generic;
using InMemoryFakes;

namespace Corpus.CacheCow.IVaryHeaderStoreCase;

[InMemoryFake]
public interface IVaryHeaderStore : IDisposable
{
    bool TryGetValue(string uri, out IEnumerable<string> headers);
    void AddOrUpdate(string uri, IEnumerable<string> headers);
    bool TryRemove(string uri);
    void Clear();
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(IVaryHeaderStore store)
    {
        const string uri = "http://example.org/api/cars?a=1";
        Check.False(store.TryGetValue(uri, out var none), "TryGetValue of an unknown URI is false");
        Check.Null(none, "with null headers");

        store.AddOrUpdate(uri, new[] { "Accept", "Accept-Language" });
        Check.True(store.TryGetValue(uri, out var headers), "TryGetValue of a stored URI is true");
        Check.Equal("Accept,Accept-Language", string.Join(",", headers), "with the headers AddOrUpdate stored");
        store.AddOrUpdate(uri, new[] { "Accept-Encoding" });
        Check.True(store.TryGetValue(uri, out headers), "AddOrUpdate of a stored URI keeps it stored");
        Check.Equal("Accept-Encoding", string.Join(",", headers), "with the new headers");

        Check.True(store.TryRemove(uri), "TryRemove of a stored URI is true");
        Check.False(store.TryGetValue(uri, out _), "and removes it");

        store.AddOrUpdate("http://example.org/a", new[] { "Accept" });
        store.AddOrUpdate("http://example.org/b", new[] { "Accept" });
        store.Clear();
        Check.False(store.TryGetValue("http://example.org/a", out _), "Clear removes every URI");
        Check.False(store.TryGetValue("http://example.org/b", out _), "every one");

        Check.True(store.TryRemove(uri), "TryRemove of a URI not stored is true too (MemoryCache.Remove returns nothing, so the .NET builds answer true)");
        store.Dispose();
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
