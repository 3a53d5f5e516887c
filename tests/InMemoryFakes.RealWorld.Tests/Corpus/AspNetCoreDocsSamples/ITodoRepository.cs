// Source: https://github.com/dotnet/AspNetCore.Docs.Samples
// Commit: 8dbb6f86
// Licence: MIT (an interface signature and a model transcribed for a test)
// Sample: h-sample14 rule, fixed before probing: in these repositories, in this order
//   (AzureAD/microsoft-authentication-extensions-for-dotnet, AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet,
//   dotnet/AspNetCore.Docs.Samples, dotnet/samples, microsoft/ApplicationInsights-dotnet, Azure/azure-functions-dotnet-worker,
//   Azure-Samples/active-directory-aspnetcore-webapp-openidconnect-v2, microsoft/Windows-appsample-rssreader,
//   microsoft/DurableFunctionsMonitor, microsoft/durabletask-mssql, dotnet/tye, microsoft/BikeSharing360_MobileApps,
//   microsoft/fhir-codegen, microsoft/ApplicationInspector), skipping any the tools do not hold or already in the corpus,
//   at the newest stored snapshot (fetch, then git grep of C# interface declarations, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 3 per repository; an identical copy of one already taken does not count),
//   outside paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that
//   declare at least 3 members (inherited ones count if the base interface is in the same repository) and are not
//   already in the corpus; stop after 12; each transcribed whole (nothing cut). Every repository is held. The list ends
//   at 2: identitymodel's ITokenReplayCache declares 2 members; AspNetCore.Docs.Samples' 3.x ITodoRepository is an
//   identical copy of the 2.x one, its ICache interfaces declare 1 member and its IDocumentRepository interfaces 1;
//   microsoft-authentication-extensions-for-dotnet (ICacheAccessor: the name ends in Accessor), dotnet/samples
//   (IDemoStoreType, IStorageManager: other endings), ApplicationInsights-dotnet,
//   active-directory-aspnetcore-webapp-openidconnect-v2, Windows-appsample-rssreader, DurableFunctionsMonitor (a
//   TypeScript ITypedLocalStorage only), durabletask-mssql, tye, BikeSharing360_MobileApps, fhir-codegen (IFhirCacheClient:
//   ends in Client) and ApplicationInspector have none. The two: AspNetCore.Docs.Samples ITodoRepository;
//   azure-functions-dotnet-worker IBindingCache<T>.
//   This one: the 1st of dotnet/AspNetCore.Docs.Samples.
// Path: fundamentals/logging/2.x/TodoApiSample/Core/Interfaces/ITodoRepository.cs (model: Core/Model/TodoItem.cs)
// Adapted: nothing (netcoreapp2.2, no nullable context: #nullable disable).
// Real store: Infrastructure/TodoRepository.cs, a static ConcurrentDictionary<string, TodoItem>: Add ALWAYS sets
//   item.Key = Guid.NewGuid().ToString() (a key the caller set is overwritten) and stores the item (null item:
//   NullReferenceException); GetAll the dictionary's Values; Find(key) the item or null (null key:
//   ArgumentNullException from TryGetValue); Remove(key) TryRemove: the removed item, or null when none had the key;
//   Update(item) _todos[item.Key] = item: an upsert (a key not stored ADDS the item; null Key: ArgumentNullException).
// Shapes: *=core
// First try (acd8f01): complete (the key Key proven by Find(key) + Remove(key), docs/generator.md "Keys the interface
//   proves") | WRONG: Add keeps a Key the caller set (stored and found under "mine") where the real store always
//   overwrites it with a new Guid string (silent); Add of an item without a Key throws ArgumentNullException naming
//   'item' where the real store numbers it with a Guid string (loud); Update of a Key not stored throws NotFoundException
//   where the real store's indexer write adds the item (loud). Find, GetAll and Remove (the item removed, or null) right.
//   Then (h-close2, session of 2026-12-03): both store behaviours are stated by settings that recur in the corpus.
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Replace: TodoRepository.Add sets item.Key = Guid.NewGuid().ToString()
//   whatever Key the item had, as workflow-core's MemoryPersistenceProvider.CreateNewWorkflow/CreateEvent/
//   CreateEventSubscription do (workflow.Id = Guid.NewGuid().ToString()); the fake gives every added item a new Guid
//   string ("D" format), a caller's Key not stored. MissingUpdate = MissingUpdate.Insert: TodoRepository.Update is
//   _todos[item.Key] = item, an indexer write that adds a missing item (as eShop's Redis StringSetAsync and eShopOnDapr's
//   Dapr SaveAsync do for UpdateBasketAsync); the fake's Update is an upsert.
// Still wrong: Add(null) and Update(null) throw ArgumentNullException naming 'item' where the real store throws
//   NullReferenceException (loud either way); Update of an item whose Key is "" throws ArgumentException (the fake's
//   blank-key refusal) where the real dictionary stores it under "" (BlankKeys is a key-value setting; not reached by the
//   smoke script).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AspNetCoreDocsSamples.ITodoRepositoryCase;

public class TodoItem
{
    public string Key { get; set; }
    public string Name { get; set; }
    public bool IsComplete { get; set; }
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace, MissingUpdate = MissingUpdate.Insert)]
public interface ITodoRepository
{
    void Add(TodoItem item);
    IEnumerable<TodoItem> GetAll();
    TodoItem Find(string key);
    TodoItem Remove(string key);
    void Update(TodoItem item);
}

public static class Smoke
{
    public static Task RunAsync(ITodoRepository repository)
    {
        var milk = new TodoItem { Name = "Milk" };
        repository.Add(milk);
        Check.True(Guid.TryParse(milk.Key, out _), "Add sets Key to a new Guid string");
        Check.Equal("Milk", repository.Find(milk.Key)?.Name, "Find returns the item added");
        var eggs = new TodoItem { Key = "mine", Name = "Eggs" };
        repository.Add(eggs);
        Check.True(eggs.Key != "mine" && Guid.TryParse(eggs.Key, out _), "Add overwrites a Key the caller set with a new Guid string");
        Check.Null(repository.Find("mine"), "the caller's Key is not stored");
        Check.Equal(2, repository.GetAll().Count(), "GetAll lists every item");
        Check.Null(repository.Find("missing"), "Find of a missing key returns null");
        Check.Throws<ArgumentNullException>(() => repository.Find(null), "Find(null) throws ArgumentNullException (ConcurrentDictionary)");
        repository.Update(new TodoItem { Key = milk.Key, Name = "Oat milk", IsComplete = true });
        Check.Equal("Oat milk", repository.Find(milk.Key)?.Name, "Update replaces the item with that Key");
        repository.Update(new TodoItem { Key = "new-key", Name = "Bread" });
        Check.Equal("Bread", repository.Find("new-key")?.Name, "Update of a Key not stored adds the item (indexer upsert)");
        Check.Equal("Eggs", repository.Remove(eggs.Key)?.Name, "Remove returns the item removed");
        Check.Null(repository.Find(eggs.Key), "Remove removes it");
        Check.Null(repository.Remove(eggs.Key), "Remove of a missing key returns null");
        Check.Equal(2, repository.GetAll().Count(), "two items are left");
        return Task.CompletedTask;
    }
}
