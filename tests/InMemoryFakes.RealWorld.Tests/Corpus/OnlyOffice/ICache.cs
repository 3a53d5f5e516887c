// Source: https://github.com/ONLYOFFICE/CommunityServer
// Commit: 7c503dfb
// Licence: Apache-2.0 (an interface signature transcribed for a test)
// Sample: h-sample21 rule, fixed before probing: in these repositories, in this order (NuGet/Insights,
//   ONLYOFFICE/CommunityServer, dotnetcore/Util, fullstackhero/blazor-starter-kit, OpenRA/OpenRA,
//   bitfoundation/bitplatform, Lombiq/Helpful-Libraries, elsa-workflows/elsa-core, dotnet/try,
//   microsoft/semantic-kernel, Particular/ServiceControl, OrchardCMS/OrchardCore.Commerce), skipping any the tools do
//   not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally):
//   the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does
//   not count), outside paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or
//   Cache, that declare at least 3 members (inherited ones count if the base interface is in the same repository) and
//   are not already in the corpus; stop after 10; each transcribed whole.
//   elsa-workflows/elsa-core (Corpus/Elsa) and microsoft/semantic-kernel are in the corpus; blazor-starter-kit's four
//   (IBrandRepository, IDocumentTypeRepository: 0 members; IDocumentRepository: 2; IProductRepository: 1), Lombiq and
//   dotnet/try have none; the rule stops before OrchardCore.Commerce. So it picks 10, in order: NuGet.Insights
//   IEntityUpsertStorage<TItem, TEntity>, IAdminViewModelCache; CommunityServer ICache, IBackupRepository; Util ICache,
//   ILocalCache (ICache's 46 members, inherited); OpenRA IModelCache (its only one); bitplatform IBitBesqlStorage (its
//   only one); ServiceControl ILicensingDataStore, IAuditDataStore.
//   This one: the 1st of ONLYOFFICE/CommunityServer (8 members).
// Path: common/ASC.Common/Caching/ICache.cs
// Adapted: none. ASC.Common builds without nullable annotations (#nullable disable).
// Real store: common/ASC.Common/Caching/AscCache.cs (MemoryCache.Default; RedisCache when configured): Get<T>(key)
//   the value under key as T (null when missing or of another type); Insert(key, value, sliding | absolute expiration)
//   sets the value with that expiration (DateTime.MaxValue: never); Remove(key) removes it; Remove(pattern) removes
//   every key the Regex matches; HashSet(key, field, value) keeps a ConcurrentDictionary<string, T> under key (the
//   SAME key space as Get/Insert), sets the field, and a null value removes the field (and the key when it was the
//   last); HashGet(key, field) the field's value or default; HashGetAll(key) a copy of the fields (empty when missing).
// Shapes: *=cache
// First try (cb20e85): incomplete: IMF0001 Insert (both: an object value under a key with an expiration), Remove
//   (one of the two), HashGet, HashGetAll, HashSet | WRONG: none found (Get<T> and the other Remove are generated; with
//   no writer generated they read an empty cache, as the real one is before any Insert).
// After this round: unchanged.
// Configured: GenericReads = GenericReadConversion.As (h-sample52): AscCache's Get<T> is `as T`, null for a value of
//   another type; since h-sample52 a generic read answers InvalidCastException for it unless this is stated.
// After h-oblivious2 (session 30): still incomplete (other members); Get answers default for a missing key as before,
//   now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers
//   default for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and
//   silences the Info).

#nullable disable

using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OnlyOffice.ICacheCase;

[InMemoryFake(GenericReads = GenericReadConversion.As)]
public interface ICache
{
    T Get<T>(string key) where T : class;

    void Insert(string key, object value, TimeSpan sligingExpiration);

    void Insert(string key, object value, DateTime absolutExpiration);

    void Remove(string key);

    void Remove(Regex pattern);


    IDictionary<string, T> HashGetAll<T>(string key);

    T HashGet<T>(string key, string field);

    void HashSet<T>(string key, string field, T value);
}

public static class Smoke
{
    public static Task RunAsync(ICache cache)
    {
        Check.Null(cache.Get<string>("missing"), "Get of a missing key is null");
        cache.Insert("user/1", "alice", TimeSpan.FromMinutes(5));
        Check.Equal("alice", cache.Get<string>("user/1"), "Get returns the inserted value");
        Check.Null(cache.Get<Version>("user/1"), "Get as another type is null (as T)");
        cache.Insert("user/2", "bob", DateTime.MaxValue);
        cache.Insert("group/1", "admins", DateTime.MaxValue);
        cache.Remove(new Regex("^user/"));
        Check.Null(cache.Get<string>("user/2"), "Remove(pattern) removes the matching keys");
        Check.Equal("admins", cache.Get<string>("group/1"), "and keeps the others");
        cache.Remove("group/1");
        Check.Null(cache.Get<string>("group/1"), "Remove(key) removes it");
        Check.Equal(0, cache.HashGetAll<string>("h").Count, "HashGetAll of a missing key is empty");
        cache.HashSet("h", "a", "1");
        cache.HashSet("h", "b", "2");
        Check.Equal("1", cache.HashGet<string>("h", "a"), "HashGet returns the field");
        Check.Null(cache.HashGet<string>("h", "c"), "HashGet of a missing field is default");
        Check.Equal(2, cache.HashGetAll<string>("h").Count, "HashGetAll returns the fields");
        cache.HashSet<string>("h", "a", null);
        Check.Equal(1, cache.HashGetAll<string>("h").Count, "HashSet of null removes the field");
        return Task.CompletedTask;
    }
}
