// Source: https://github.com/CommunityToolkit/Datasync
// Commit: 3b6fc78dff2d
// Licence: MIT
// Sample: h-msft rule, fixed before probing: Microsoft's own store interfaces, in this order, skipping any the tools
//   cannot show and any already in the corpus: CommunityToolkit/Datasync IRepository<TEntity>; dotnet/extensions
//   IEvaluationResultStore and IEvaluationResponseCacheProvider; dotnet/aspnetcore IDataProtectionKeyContext;
//   microsoft/semantic-kernel IVectorStoreRecordCollection<TKey, TRecord> and one other *Store/Storage/Repository/Cache
//   interface (first in path order, outside tests, >= 3 members); microsoft/kernel-memory the first *Storage/Store/Cache
//   interface not in the corpus (>= 3 members); microsoft/teams-ai or Agents-for-net IStorage if not BotBuilder's.
//   Stop at 8 (7 found: semantic-kernel's only other store, IMemoryStore, is in the corpus). This one: the 1st.
// Path: src/CommunityToolkit.Datasync.Server.Abstractions/Tables/IRepository.cs (ITableData.cs)
// Adapted: closed over a minimal ITableData entity, TodoItem, with [InMemoryFake(typeof(IRepository<TodoItem>), MissingDelete = MissingDelete.NotFound, UpdatedStamp = "UpdatedAt", UpdatedStampOnInsert = StampOnInsert.Stamp, SoftDelete = SoftDelete.None)].
//   Nullable enabled, as in the source. CountAsync/ToListAsync keep their default bodies (the interface gives them).
// Real store: src/CommunityToolkit.Datasync.Server.InMemory/InMemoryRepository.cs: AsQueryableAsync returns every
//   entity; CreateAsync gives an entity without an Id a new one, throws (HTTP 409) when the Id is taken, else stores
//   a copy and sets its UpdatedAt and a new Version; ReadAsync(id) returns a copy of the entity, throws (HTTP 404) when
//   none has the id; ReplaceAsync(entity, version) throws (404) when the Id is unknown, throws (412) when a non-empty
//   version differs from the stored Version, else stores the entity with a new Version; DeleteAsync(id, version)
//   throws (404) when absent, (412) when a non-empty version differs, else removes it.
// Shapes: AsQueryableAsync=9; CreateAsync=core; ReadAsync=core; ReplaceAsync=7,19; DeleteAsync=19
// Configured: MissingDelete = MissingDelete.NotFound: DeleteAsync of a missing id throws (HTTP 404) in the real store,
//   which a removal that returns nothing cannot say (docs/generator.md, attribute settings). UpdatedStamp = "UpdatedAt",
//   UpdatedStampOnInsert = StampOnInsert.Stamp: CreateAsync and ReplaceAsync set UpdatedAt to the time of the write on the
//   entity passed in (StoreEntity's `entity.UpdatedAt = DateTimeOffset.UtcNow`), which no signature says (IMF0025 named it).
//   SoftDelete = SoftDelete.None: ITableData has a bool Deleted, and the repositories' DeleteAsync removes the row
//   (InMemoryRepository's RemoveEntity, EntityTableRepository's DataSet.Remove + SaveChangesAsync) and their reads return
//   flagged rows; the soft delete is TableController's (Options.EnableSoftDelete sets Deleted and calls ReplaceAsync, and
//   its reads filter), above the repository. Since 2026-12-03 a delete of an entity with such a flag is refused without
//   the setting (docs/generator.md, "Deletes of an entity with a deletion flag"): this file was complete, then incomplete.
// First try (87df80a): incomplete: IMF0017 DeleteAsync (the optional byte[]? version, an expected
//   concurrency token, is read as an equality on Version); IMF0001 ReplaceAsync (the same version parameter) | WRONG: none
//   found by the rule (CreateAsync, ReadAsync, AsQueryableAsync read right against InMemoryRepository). Differences
//   the interface cannot show, not checked by the smoke: the real store gives an entity with an empty Id a new one
//   (the fake stores it under "", so a second one is a duplicate) and sets UpdatedAt and a new Version on create (the
//   fake leaves them as given); UpdatedAt is stated since 2026-12-03 (Configured), the Version on create is not
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Datasync.IRepositoryCase;

public interface ITableData : IEquatable<ITableData>
{
    string Id { get; set; }
    bool Deleted { get; set; }
    DateTimeOffset? UpdatedAt { get; set; }
    byte[] Version { get; set; }
}

public class TodoItem : ITableData
{
    public string Id { get; set; } = string.Empty;
    public bool Deleted { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public byte[] Version { get; set; } = [];
    public string Title { get; set; } = string.Empty;

    public bool Equals(ITableData? other) => other is not null && Id == other.Id && Version.SequenceEqual(other.Version);
}

public interface IRepository<TEntity> where TEntity : ITableData
{
    ValueTask<IQueryable<TEntity>> AsQueryableAsync(CancellationToken cancellationToken = default);

    ValueTask CreateAsync(TEntity entity, CancellationToken cancellationToken = default);

    ValueTask DeleteAsync(string id, byte[]? version = null, CancellationToken cancellationToken = default);

    ValueTask<TEntity> ReadAsync(string id, CancellationToken cancellationToken = default);

    ValueTask ReplaceAsync(TEntity entity, byte[]? version = null, CancellationToken cancellationToken = default);

    ValueTask<int> CountAsync(IQueryable<TEntity> query, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(query.Count());

    ValueTask<IList<TEntity>> ToListAsync(IQueryable<TEntity> query, CancellationToken cancellationToken = default)
        => ValueTask.FromResult<IList<TEntity>>(query.ToList());
}

[InMemoryFake(typeof(IRepository<TodoItem>), MissingDelete = MissingDelete.NotFound, UpdatedStamp = "UpdatedAt", UpdatedStampOnInsert = StampOnInsert.Stamp, SoftDelete = SoftDelete.None)]
public partial class TodoItemRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<TodoItem> repository)
    {
        var milk = new TodoItem { Id = "t-1", Title = "Milk" };
        await repository.CreateAsync(milk);
        Check.True(milk.UpdatedAt is not null, "CreateAsync sets UpdatedAt on the entity passed in");
        Check.Equal(milk.UpdatedAt, (await repository.ReadAsync("t-1")).UpdatedAt, "the stored entity holds that UpdatedAt");
        await Check.ThrowsAsync<Exception>(async () => await repository.CreateAsync(new TodoItem { Id = "t-1", Title = "Eggs" }), "CreateAsync of a taken Id throws");
        var read = await repository.ReadAsync("t-1");
        Check.Equal("Milk", read.Title, "ReadAsync(id) returns the entity");
        await Check.ThrowsAsync<Exception>(async () => await repository.ReadAsync("t-9"), "ReadAsync of a missing id throws");
        Check.Equal(1, (await repository.AsQueryableAsync()).Count(), "AsQueryableAsync returns every entity");
        await repository.ReplaceAsync(new TodoItem { Id = "t-1", Title = "Oat milk" });
        Check.Equal("Oat milk", (await repository.ReadAsync("t-1")).Title, "ReplaceAsync stores the entity");
        Check.True((await repository.ReadAsync("t-1")).UpdatedAt >= milk.UpdatedAt, "ReplaceAsync sets UpdatedAt again");
        await Check.ThrowsAsync<Exception>(async () => await repository.ReplaceAsync(new TodoItem { Id = "t-9", Title = "x" }), "ReplaceAsync of an unknown Id throws");
        var stored = await repository.ReadAsync("t-1");
        await Check.ThrowsAsync<Exception>(async () => await repository.DeleteAsync("t-1", [1, 2, 3]), "DeleteAsync with a stale version throws");
        await repository.DeleteAsync("t-1", stored.Version);
        await Check.ThrowsAsync<Exception>(async () => await repository.ReadAsync("t-1"), "DeleteAsync removed the entity");
        await Check.ThrowsAsync<Exception>(async () => await repository.DeleteAsync("t-1"), "DeleteAsync of a missing id throws");
        await repository.CreateAsync(new TodoItem { Id = "t-2", Title = "Bread", Deleted = true });
        Check.Equal("Bread", (await repository.ReadAsync("t-2")).Title, "ReadAsync returns an entity whose Deleted is set (the repository filters nothing)");
        Check.Equal(1, (await repository.AsQueryableAsync()).Count(), "AsQueryableAsync lists an entity whose Deleted is set");
        await repository.DeleteAsync("t-2");
        Check.Equal(0, (await repository.AsQueryableAsync()).Count(), "DeleteAsync of a flagged entity removes the row");
    }
}
