// Source: https://github.com/microsoft/chat-copilot
// Commit: 23b27821b
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample11 rule, fixed before probing: in these repositories, in this order (microsoft/chat-copilot,
//   Azure-Samples/modern-web-app-pattern-dotnet, Azure-Samples/reliable-web-app-pattern-dotnet,
//   microsoft/Windows-appsample-customers-orders-database, microsoft/TailwindTraders-Backend, microsoft/teams-ai,
//   OfficeDev/Microsoft-Teams-Samples, microsoft/BotBuilder-Samples, microsoft/durabletask-dotnet,
//   Azure/azure-functions-durable-extension, dotnet/dotnet-monitor, Azure-Samples/azure-search-openai-demo-csharp,
//   microsoft/PartsUnlimited, dotnet/eShopSupport), skipping any the tools do not hold or already in the corpus, at
//   the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path
//   order (at most 2 per repository; an identical copy of one already taken does not count), outside paths
//   containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least
//   3 members (inherited ones count if the base interface is in the same repository) and are not already in the
//   corpus; stop after 12. Not held (fetch: no snapshot): modern-web-app-pattern-dotnet, reliable-web-app-pattern-dotnet.
//   Already in the corpus: Windows-appsample-customers-orders-database. Microsoft-Teams-Samples (988 MB) is over
//   fetch's 500 MB limit and its index listing cannot be enumerated in path order: skipped, unprobed. No such
//   interface: TailwindTraders-Backend, teams-ai (no C# at its newest snapshot), durabletask-dotnet (only under
//   test/), azure-functions-durable-extension, azure-search-openai-demo-csharp, PartsUnlimited, eShopSupport.
//   BotBuilder-Samples' IStore (42.scaleout) declares 2 members. The 4: chat-copilot IRepository<T>; BotBuilder-Samples
//   IBotDataStore<T>; dotnet-monitor IS3Storage and IExceptionsNameCache.
//   This one: the 1st of microsoft/chat-copilot.
// Path: webapi/Storage/IRepository.cs (models: webapi/Storage/IStorageEntity.cs, webapi/Models/Storage/MemorySource.cs)
// Adapted: closed over MemorySource, as ChatMemorySourceRepository (the first repository in path order) injects it;
//   MemorySource keeps its data properties. Nullable enabled, as in the source (Directory.Build.props).
// Real store: webapi/Storage/Repository.cs over an IStorageContext<T>: VolatileContext (a ConcurrentDictionary keyed
//   by Id), FileSystemContext (the same dictionary saved to a JSON file) or CosmosDbContext (a container partitioned by
//   entity.Partition, here ChatId). All three: CreateAsync/UpsertAsync/DeleteAsync of an entity whose Id is null or
//   white space throw ArgumentOutOfRangeException (Repository.CreateAsync checks it first, synchronously);
//   UpsertAsync writes the entity under its Id (insert or replace); DeleteAsync removes the entity with that Id;
//   FindByIdAsync(id, partition) returns the entity, KeyNotFoundException when none, ArgumentOutOfRangeException
//   for a null or white-space id; TryFindByIdAsync(id, partition, callback) returns true and invokes callback with the
//   entity when found, false (callback not invoked) on KeyNotFoundException or ArgumentOutOfRangeException.
//   The backends DISAGREE on: CreateAsync of a taken Id (Volatile/FileSystem: TryAdd, the first entity stays, nothing
//   thrown; Cosmos: CosmosException 409 Conflict); DeleteAsync of a missing Id (Volatile/FileSystem: nothing; Cosmos:
//   CosmosException 404); FindByIdAsync with a partition that is not the entity's (Volatile/FileSystem ignore the
//   partition; Cosmos: not found). The smoke script checks only what all three do.
// Shapes: *=core
// First try (1fd5c95): incomplete: IMF0001 TryFindByIdAsync (no known verb: a Try lookup that hands the entity to a
//   callback), DeleteAsync (a removal by entity that returns nothing, MissingDelete not stated); IMF0025 (Info) on
//   CreatedOn | WRONG: CreateAsync and UpsertAsync of an entity whose Id is empty or white space STORED it (and
//   FindByIdAsync("") then found it), where all three real backends throw ArgumentOutOfRangeException and store
//   nothing. Not counted as wrong, the backends disagreeing: CreateAsync of a taken Id throws DuplicateKeyException
//   (Cosmos: 409; Volatile/FileSystem keep the first entity, nothing thrown); FindByIdAsync with another partition is
//   not found (as Cosmos; Volatile/FileSystem ignore the partition); a null Id is ArgumentNullException (the real
//   ArgumentOutOfRangeException's sibling).
//   Now: an entity repository refuses a write of an empty or white-space string key at run time (ArgumentException
//   naming the parameter, store unchanged; docs/generator.md, refused guesses), so nothing is stored under a blank Id.
//   Still incomplete: TryFindByIdAsync; and, since h-fix2, FindByIdAsync: a single-result lookup named Find and declared
//   to return a non-nullable T is refused whatever binds it (here the key and the partition), the name saying null when
//   missing and the result never. This store throws KeyNotFoundException (its result is right), maui-samples'
//   FindById returns null (its name is right): neither reading is safe to assume. The probe now stops at the script's
//   first call, FindByIdAsync.
// Configured: MissingDelete = MissingDelete.Ignore: DeleteAsync of a missing Id does nothing, as VolatileContext
//   (appsettings.json's default "ChatStore:Type": "volatile") and FileSystemContext do (TryRemove; Cosmos's
//   DeleteItemAsync would throw 404). NotStamped = new[] { "CreatedOn" }: the store keeps CreatedOn as given (the
//   MemorySource constructor sets it; no context stamps it), which NotStamped says (IMF0025 asked).
//   TakenKeyAdds = TakenKeyAdd.Skip: CreateAsync of a taken Id keeps the first entity and throws nothing, as
//   VolatileContext.CreateAsync (this.Entities.TryAdd(entity.Id, entity), its answer dropped; read at 23b27821b) and
//   FileSystemContext do (Cosmos would answer 409).
// Still wrong: a blank Id is refused with ArgumentException where the real store throws ArgumentOutOfRangeException (a
//   subtype: a caller catching exactly it, as Repository.TryFindByIdAsync does, differs). (CreateAsync of a taken Id
//   threw where the default Volatile store keeps the first entity silently: TakenKeyAdds = Skip states it since h-addtaken.)
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ChatCopilot.IRepositoryCase;

public interface IStorageEntity
{
    string Id { get; set; }

    string Partition { get; }
}

public enum MemorySourceType
{
    File,
}

public class MemorySource : IStorageEntity
{
    public string Id { get; set; } = string.Empty;
    public string ChatId { get; set; } = string.Empty;
    public MemorySourceType SourceType { get; set; } = MemorySourceType.File;
    public string Name { get; set; } = string.Empty;
    public Uri? HyperLink { get; set; } = null;
    public string SharedBy { get; set; } = string.Empty;
    public DateTimeOffset CreatedOn { get; set; }
    public long Size { get; set; }
    public long Tokens { get; set; } = 0;

    public string Partition => this.ChatId;
}

public interface IRepository<T> where T : IStorageEntity
{
    Task CreateAsync(T entity);

    Task DeleteAsync(T entity);

    Task UpsertAsync(T entity);

    Task<T> FindByIdAsync(string id, string partition);

    Task<bool> TryFindByIdAsync(string id, string partition, Action<T?> callback);
}

[InMemoryFake(typeof(IRepository<MemorySource>), MissingDelete = MissingDelete.Ignore, NotStamped = new[] { "CreatedOn" }, TakenKeyAdds = TakenKeyAdd.Skip)]
public partial class MemorySourceRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<MemorySource> repository)
    {
        await Check.ThrowsAsync<KeyNotFoundException>(() => repository.FindByIdAsync("m1", "c1"), "FindByIdAsync of an unknown id throws KeyNotFoundException");
        await repository.CreateAsync(new MemorySource { Id = "m1", ChatId = "c1", Name = "a.pdf", Size = 10 });
        Check.Equal("a.pdf", (await repository.FindByIdAsync("m1", "c1")).Name, "CreateAsync stores the entity, FindByIdAsync finds it");

        await repository.UpsertAsync(new MemorySource { Id = "m1", ChatId = "c1", Name = "b.pdf", Size = 20 });
        Check.Equal("b.pdf", (await repository.FindByIdAsync("m1", "c1")).Name, "UpsertAsync replaces the entity with that Id");
        await repository.UpsertAsync(new MemorySource { Id = "m2", ChatId = "c1", Name = "c.pdf" });
        Check.Equal("c.pdf", (await repository.FindByIdAsync("m2", "c1")).Name, "UpsertAsync of a new Id inserts it");

        await repository.DeleteAsync(new MemorySource { Id = "m2", ChatId = "c1" });
        await Check.ThrowsAsync<KeyNotFoundException>(() => repository.FindByIdAsync("m2", "c1"), "DeleteAsync removes the entity with that Id");
        Check.Equal("b.pdf", (await repository.FindByIdAsync("m1", "c1")).Name, "DeleteAsync leaves the other entities");

        // The real store throws ArgumentOutOfRangeException, an ArgumentException: checked as the latter (the header says why).
        await Check.ThrowsAsync<ArgumentException>(() => repository.CreateAsync(new MemorySource { Id = " ", ChatId = "c1" }), "CreateAsync of a white-space Id throws (ArgumentOutOfRangeException)");
        await Check.ThrowsAsync<ArgumentException>(() => repository.UpsertAsync(new MemorySource { Id = "", ChatId = "c1" }), "UpsertAsync of an empty Id throws (ArgumentOutOfRangeException)");
        await Check.ThrowsAsync<ArgumentException>(() => repository.DeleteAsync(new MemorySource { Id = "", ChatId = "c1" }), "DeleteAsync of an empty Id throws (ArgumentOutOfRangeException)");

        MemorySource? seen = null;
        Check.True(await repository.TryFindByIdAsync("m1", "c1", found => seen = found), "TryFindByIdAsync of a stored entity returns true");
        Check.Equal("b.pdf", seen?.Name, "TryFindByIdAsync passes the entity to the callback");
        var called = false;
        Check.False(await repository.TryFindByIdAsync("m9", "c1", _ => called = true), "TryFindByIdAsync of an unknown id returns false");
        Check.False(called, "TryFindByIdAsync of an unknown id does not invoke the callback");
        Check.False(await repository.TryFindByIdAsync(" ", "c1", _ => called = true), "TryFindByIdAsync of a white-space id returns false");
    }
}
