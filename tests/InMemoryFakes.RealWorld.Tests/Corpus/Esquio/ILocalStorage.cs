// Source: https://github.com/Xabaril/Esquio
// Commit: 0426ea146aa0
// Licence: Apache-2.0 (an interface signature and a model transcribed for a test)
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
//   This one: the 1st of Xabaril/Esquio (3 members; the 2nd in path order, after IApiKeyStore's 1).
// Path: src/Esquio.UI.Client/Services/LocalStorage.cs (the interface is declared there, beside its real store; used by
//   Services/EsquioState.cs; model: ViewModels/LoggedUserViewModel.cs, and EsquioState's private LocalContext)
// Adapted: EsquioState's private LocalContext made a public class named PersistedState, cut to WindowModalIsActive and
//   LoggedUser (its Policy and Breadcrumb dropped). Nullable disabled, as in the source (the project does not enable it).
// Real store: LocalStorage, the same file's class, over the browser's localStorage through IJSInProcessRuntime: one
//   string per key. SetItem(key, data) writes JsonConvert.SerializeObject(data) under key (replacing any); a null key
//   or null data throws ArgumentNullException naming it. GetItem<T>(key) reads the string and returns
//   JsonConvert.DeserializeObject<T> of it (a new object each time, so a change the caller makes to the object it
//   wrote, or to one it read, is not stored; a number written as int reads as long too), default(T) when the key is
//   missing (or blank); a null key throws ArgumentNullException. RemoveItem(key) removes it (nothing for a missing key);
//   a null key throws ArgumentNullException. EsquioState.PersistState writes its LocalContext under
//   "esquio-persisted-state", ReloadState reads it back (keeping its own when null), ClearState removes it.
// Shapes: *=core; GetItem=5
// First try (b66671e): complete (attribute bare): SetItem (a store of object values; a null key or null data is
//   ArgumentNullException naming it, as in the real store), GetItem<T> (the value when it is a T; default when missing),
//   RemoveItem | WRONG: SetItem keeps the caller's object: a value typed object whose run-time type the runtime cannot
//   copy (a class of the user's, PersistedState here) is stored by reference and reported at run time only
//   (ValueStoredByReference, docs/runtime.md "Copy isolation"), so a change to the object after SetItem, or to one
//   GetItem returned, changes the stored item, where the real store keeps the JSON it wrote; and GetItem<T> of a value
//   written as another type answers default (GetItem<long> of an int 0, GetItem<string> of an int null), where
//   JsonConvert converts (5, "5"). The smoke script passes the missing-key reads, the first write and read, and fails at
//   the change made after SetItem.
// Still wrong: both, as above: in KnownSmokeMismatches. The conversion is the store's own (a JSON store converts, a
//   cache's `as T` answers null, IMemoryCache's Get<T> throws InvalidCastException): no signature says which, and
//   GenericReads = ChangeType is Convert.ChangeType, not JSON (it would give 5 for the long, but "5" for the string
//   and no conversion of objects), so it is not stated. The by-reference copy is the runtime's rule for object values of
//   types it does not know (no reflection); a user registers InMemoryFakeOptions.CopyHooks, which the harness does not.
// After h-oblivious2 (session 30): complete as before; GetItem answers default for a missing key as before, now with
//   IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers default for
//   one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the
//   Info).
#nullable disable

using System;
using InMemoryFakes;

namespace Corpus.Esquio.ILocalStorageCase;

public class LoggedUserViewModel
{
    public string UserName { get; set; }

    public string SubjectId { get; set; }

    public string ActAs { get; set; }
}

public class PersistedState
{
    public bool WindowModalIsActive { get; set; }

    public LoggedUserViewModel LoggedUser { get; set; }
}

[InMemoryFake]
public interface ILocalStorage
{
    void SetItem(string key, object data);
    void RemoveItem(string key);
    T GetItem<T>(string key);
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(ILocalStorage storage)
    {
        const string key = "esquio-persisted-state";
        Check.Null(storage.GetItem<PersistedState>(key), "GetItem of a missing key is null");
        Check.Equal(0, storage.GetItem<int>("count"), "and default for a value type");

        var state = new PersistedState { WindowModalIsActive = true, LoggedUser = new LoggedUserViewModel { UserName = "admin", SubjectId = "1", ActAs = "Management" } };
        storage.SetItem(key, state);
        var read = storage.GetItem<PersistedState>(key);
        Check.True(read?.WindowModalIsActive == true, "GetItem reads what SetItem wrote");
        Check.Equal("admin", read?.LoggedUser?.UserName, "with its nested objects");
        state.WindowModalIsActive = false;
        state.LoggedUser.UserName = "changed";
        Check.Equal("admin", storage.GetItem<PersistedState>(key)?.LoggedUser?.UserName, "a change to the object written is not stored (the store keeps its JSON)");
        read.LoggedUser.UserName = "changed";
        Check.Equal("admin", storage.GetItem<PersistedState>(key)?.LoggedUser?.UserName, "nor a change to an object read");

        storage.SetItem(key, state);
        Check.False(storage.GetItem<PersistedState>(key)?.WindowModalIsActive ?? true, "SetItem of a stored key replaces the value");
        storage.RemoveItem(key);
        Check.Null(storage.GetItem<PersistedState>(key), "RemoveItem removes it");
        storage.RemoveItem("missing");

        Check.Throws<ArgumentNullException>(() => storage.SetItem(null, state), "SetItem of a null key throws ArgumentNullException");
        Check.Throws<ArgumentNullException>(() => storage.SetItem("other", null), "SetItem of null data throws ArgumentNullException");
        Check.Throws<ArgumentNullException>(() => storage.GetItem<PersistedState>(null), "GetItem of a null key throws ArgumentNullException");
        Check.Throws<ArgumentNullException>(() => storage.RemoveItem(null), "RemoveItem of a null key throws ArgumentNullException");

        storage.SetItem("count", 5);
        Check.Equal(5L, storage.GetItem<long>("count"), "a number written as int reads as long (JsonConvert.DeserializeObject<long>(\"5\"))");
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
