// Source: https://github.com/Azure/azure-mobile-apps
// Commit: be660e558ad7
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample57 rule, fixed before probing (the whole walk is in Corpus/AzureSdkTools/IBlobCodeFileRepository.cs):
//   the Azure/ repositories in find_repos("Azure/") order (then find_repos("Azure/azure-") past its 100), mostly C# at
//   the newest stored snapshot and not a corpus source; in each, the first match of `git grep -n -E "interface
//   I\w*(Repository|Store|Storage|Cache|StateProvider|Persistence|DataAccess|Dao)\b" -- '*.cs'` in ordinal path order,
//   outside paths containing "test", "sample" or "generated", that declares at least 3 members and whose implementation
//   keeps state; at most 1 per repository; stop after 6. This one: the 2nd pick (azure-mobile-apps; its first in path
//   order, 6 members, one of them with a default body). Corpus/Datasync/IRepository.cs is its successor in
//   CommunityToolkit/Datasync, not an identical copy (ValueTask there; here Task, a synchronous AsQueryable, no
//   CountAsync/ToListAsync, and a ReadAsync that answers null for a missing id).
// Path: sdk/dotnet/src/Microsoft.AspNetCore.Datasync.Abstractions/Interfaces/IRepository.cs (ITableData.cs beside it;
//   real store: Microsoft.AspNetCore.Datasync.EFCore/EntityTableRepository.cs over EntityTableData.cs; also
//   Microsoft.AspNetCore.Datasync.InMemory/InMemoryRepository.cs)
// Adapted: the namespaces (one for all). The entity is a TodoItem with EntityTableData's members ([Key] string Id,
//   DateTimeOffset UpdatedAt, [Timestamp] byte[] Version, bool Deleted, its Equals) and a Title; the interface closed
//   over it with [InMemoryFake(typeof(IRepository<TodoItem>), ...)]. Nullable disabled, as in the source (no Nullable in
//   the project or Shared.Build.props).
// Real store: EntityTableRepository<TEntity> over an EF Core DbContext (the InMemoryRepository for tests does the
//   same, with a new Guid's bytes as Version). AsQueryable()/AsQueryableAsync() every entity (no tracking).
//   CreateAsync(entity): an Id already stored throws ConflictException (409); a null Id gets a new
//   Guid.NewGuid().ToString("N"); sets entity.UpdatedAt = UtcNow, adds and saves (the database's rowversion becomes
//   entity.Version). ReadAsync(id): the entity, or null when none has the id (FirstOrDefaultAsync); a null or empty
//   id throws BadRequestException. ReplaceAsync(entity, version): null or empty Id BadRequestException; an Id not
//   stored NotFoundException (404); a version given that differs from the stored Version PreconditionFailedException
//   (412); else copies the entity's values onto the stored one (UpdatedAt = UtcNow, a new rowversion) and copies the
//   stored Version and UpdatedAt back into the entity passed in. DeleteAsync(id, version): null or empty id
//   BadRequestException; missing NotFoundException; a differing version PreconditionFailedException; else removes the
//   row (Deleted is not read: soft delete is TableController's, above the repository).
// Configured: MissingDelete = MissingDelete.NotFound: DeleteAsync of a missing id throws NotFoundException (404), which a
//   removal returning nothing cannot say (IMF0001 named the setting). UpdatedStamp = "UpdatedAt", UpdatedStampOnInsert =
//   StampOnInsert.Stamp: CreateAsync and ReplaceAsync set UpdatedAt = DateTimeOffset.UtcNow on the entity (IMF0025 named
//   it). SoftDelete = SoftDelete.None: the repository removes the row whatever Deleted holds (EntityTableRepository's
//   DataSet.Remove + SaveChangesAsync; soft delete is TableController's, above it). Set after the first try, as
//   Corpus/Datasync/IRepository.cs sets them for the successor.
// First try (e5da2c2): incomplete: IMF0001 DeleteAsync ("'version' is the expected value of the concurrency token, but
//   the removal returns nothing, so whether a missing entity is an error ... is the store's own": MissingDelete unstated);
//   IMF0025 (Info) UpdatedAt. AsQueryable, CreateAsync, ReadAsync (null for a missing id, as FirstOrDefaultAsync) and
//   ReplaceAsync(entity, version) generated | WRONG: CreateAsync left the entity's [Timestamp] byte[] Version null,
//   where EF Core hands the created entity the database's rowversion (and the InMemoryRepository a new Guid's bytes):
//   the probe's second check; a Version read after the create was then null, which ReplaceAsync and DeleteAsync take as
//   "no check", so a stale write would have passed.
// After this round: complete, with the settings above. A [Timestamp] token is a row version the store writes on insert
//   too: an add gives it its first value, on the caller's object too (docs/generator.md, optimistic concurrency;
//   RowVersionOnAddTests). The smoke script passes. A difference no signature shows, not in the script: CreateAsync of
//   an entity without an Id gives it a new Guid there, where the fake refuses a null key (ArgumentNullException, loud),
//   as for Corpus/Datasync/IRepository.cs.
// After h-oblivious (session 29): complete as before; ReadAsync answers null for a missing entity as before, now with
//   IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureMobileApps.IRepositoryCase;

public interface ITableData : IEquatable<ITableData>
{
    string Id { get; set; }

    byte[] Version { get; set; }

    DateTimeOffset UpdatedAt { get; set; }

    bool Deleted { get; set; }
}

public class TodoItem : ITableData
{
    [Key]
    public virtual string Id { get; set; }

    public virtual DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    [Timestamp]
    public virtual byte[] Version { get; set; }

    public virtual bool Deleted { get; set; }

    public string Title { get; set; }

    public bool Equals(ITableData other)
        => other != null
        && Id == other.Id
        && UpdatedAt == other.UpdatedAt
        && Deleted == other.Deleted
        && Version.SequenceEqual(other.Version);
}

public interface IRepository<TEntity> where TEntity : ITableData
{
    IQueryable<TEntity> AsQueryable();

    Task<IQueryable<TEntity>> AsQueryableAsync() { return Task.FromResult(AsQueryable()); }

    Task CreateAsync(TEntity entity, CancellationToken token = default);

    Task DeleteAsync(string id, byte[] version = null, CancellationToken token = default);

    Task<TEntity> ReadAsync(string id, CancellationToken token = default);

    Task ReplaceAsync(TEntity entity, byte[] version = null, CancellationToken token = default);
}

[InMemoryFake(typeof(IRepository<TodoItem>), MissingDelete = MissingDelete.NotFound, UpdatedStamp = "UpdatedAt", UpdatedStampOnInsert = StampOnInsert.Stamp, SoftDelete = SoftDelete.None)]
public partial class TodoItemRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<TodoItem> repository)
    {
        var milk = new TodoItem { Id = "t-1", Title = "Milk" };
        await repository.CreateAsync(milk);
        Check.Equal("Milk", (await repository.ReadAsync("t-1")).Title, "ReadAsync(id) returns the created entity");
        Check.True(milk.Version is { Length: > 0 }, "CreateAsync gives the entity passed in its Version (the rowversion)");
        await Check.ThrowsAsync<Exception>(() => repository.CreateAsync(new TodoItem { Id = "t-1", Title = "Eggs" }), "CreateAsync of a taken Id throws (ConflictException)");
        Check.Null(await repository.ReadAsync("t-9"), "ReadAsync of a missing id is null (FirstOrDefaultAsync)");
        Check.Equal(1, repository.AsQueryable().Count(), "AsQueryable lists every entity");

        var stored = await repository.ReadAsync("t-1");
        await Check.ThrowsAsync<Exception>(() => repository.ReplaceAsync(new TodoItem { Id = "t-1", Title = "Oat milk" }, new byte[] { 1, 2, 3 }), "ReplaceAsync with a version that differs from the stored one throws (PreconditionFailedException)");
        Check.Equal("Milk", (await repository.ReadAsync("t-1")).Title, "and stores nothing");
        var oat = new TodoItem { Id = "t-1", Title = "Oat milk" };
        await repository.ReplaceAsync(oat, stored.Version);
        Check.Equal("Oat milk", (await repository.ReadAsync("t-1")).Title, "ReplaceAsync with the stored version stores the entity");
        Check.False(oat.Version.SequenceEqual(stored.Version), "with a new Version, copied back into the entity passed in");
        await repository.ReplaceAsync(new TodoItem { Id = "t-1", Title = "Soy milk" });
        Check.Equal("Soy milk", (await repository.ReadAsync("t-1")).Title, "ReplaceAsync without a version replaces whatever is stored");
        await Check.ThrowsAsync<Exception>(() => repository.ReplaceAsync(new TodoItem { Id = "t-9", Title = "x" }), "ReplaceAsync of an Id not stored throws (NotFoundException)");

        await Check.ThrowsAsync<Exception>(() => repository.DeleteAsync("t-1", new byte[] { 1, 2, 3 }), "DeleteAsync with a differing version throws (PreconditionFailedException)");
        Check.NotNull(await repository.ReadAsync("t-1"), "and removes nothing");
        await repository.DeleteAsync("t-1", (await repository.ReadAsync("t-1")).Version);
        Check.Null(await repository.ReadAsync("t-1"), "DeleteAsync with the stored version removes the entity");
        await Check.ThrowsAsync<Exception>(() => repository.DeleteAsync("t-1"), "DeleteAsync of a missing id throws (NotFoundException)");

        await repository.CreateAsync(new TodoItem { Id = "t-2", Title = "Bread", Deleted = true });
        Check.Equal("Bread", (await repository.ReadAsync("t-2")).Title, "ReadAsync returns an entity whose Deleted is set (the repository filters nothing)");
        await repository.DeleteAsync("t-2");
        Check.Equal(0, repository.AsQueryable().Count(), "DeleteAsync of a flagged entity removes the row");
    }
}
