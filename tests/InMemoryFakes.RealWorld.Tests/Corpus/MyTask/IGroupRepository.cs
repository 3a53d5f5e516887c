// Source: https://github.com/Tadese10/MyTask
// Commit: 8c9c069 (TaskBackendApi/TaskBackendApi/src/Application/Abstractions/Data/IGroupRepository.cs and
//   IMongoRepository.cs beside it, unchanged at the newest snapshot 35dcaab, which changes only README.md), and at the
//   same commit: src/Infrastructure/Database/MongoDb/MongoRepository.cs and MongoDbContext.cs,
//   src/Infrastructure/Repositories/GroupRepository.cs, src/Domain/Group/GroupItem.cs and GroupType.cs,
//   src/SharedKernel/Entity.cs, src/Application/Group/ (the handlers), Directory.Build.props
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample60 rule (in full in Corpus/ConsoleEcom/ICartRepository.cs), fixed before probing: the search tool
//   (corpus code), queries (1) `interface ICartRepository`, (2) `interface ILocationRepository`, (3) `interface
//   IGroupRepository Task`, (4) `interface IInvoiceRepository Task`, (7) `interface IVehicleRepository Task`, (8)
//   `interface IMenuRepository`, (9) `interface IAddressRepository` ((5), (6) and (10) skipped: earlier rounds ran
//   them verbatim); from each the first C# interface declaration with at least 3 members (inherited ones count if the
//   base interface is in the same repository), outside paths containing "test", from a repository not already a
//   corpus source, naming its repository and path; at most 1 per repository; stop after 8. Five picks.
//   This one: query (3), rank 1 (declares none; its base IRepository<TDocument, TId> 11 through IReadRepository and
//   IWriteRepository, and IDisposable).
// Path: TaskBackendApi/TaskBackendApi/src/Application/Abstractions/Data/IGroupRepository.cs (bases: IMongoRepository.cs
//   beside it; real store: src/Infrastructure/Repositories/GroupRepository.cs : MongoRepository<GroupItem, Guid>
//   (src/Infrastructure/Database/MongoDb/MongoRepository.cs), over a MongoDB collection; model:
//   src/Domain/Group/GroupItem.cs on src/SharedKernel/Entity.cs)
// Adapted: the namespaces shortened into one; GroupItem's bases cut down to the Id (BaseEntity<TId> with its protected
//   setter, BaseEntity numbering it with Guid.NewGuid(); the audit fields, soft-delete flag and domain events of
//   BaseEntity<TId> and Entity left out: no member reads them), GroupItem.Name initialised to "" (unset in the source
//   under Nullable enable, a CS8618 warning there). Nullable enabled, as in Directory.Build.props (implicit usings too).
// Real store: GroupRepository, a MongoRepository<GroupItem, Guid> over the "groupitem" collection; GroupItem.Id (Guid,
//   the document's _id) is given by the constructor (Guid.NewGuid()). AddAsync = InsertOneAsync: an Id already stored
//   is MongoDB's duplicate-key error (MongoWriteException). FindByIdAsync(id) = FindOneAsync(e => e.Id == id).
//   FindOneAsync(predicate) = Find(predicate).SingleOrDefaultAsync(): the one match, null for none, and
//   InvalidOperationException for two or more. FindAsync(predicate) = every match; GetAllAsync = every group;
//   ExistsAsync(predicate) = AnyAsync. UpdateAsync = ReplaceOneAsync(x => x.Id == entity.Id, entity) without upsert:
//   the group written whole, and a group not stored changes nothing, no error. DeleteByIdAsync = DeleteOneAsync by Id:
//   nothing for an id not stored. DeleteAsync(predicate), DeleteAsync(entity) and DeleteRangeAsync throw
//   NotImplementedException, though DeleteGroupCommandHandler calls DeleteAsync(d => d.Id == data.Id) after finding
//   the group; the script reads them as their names say over the same collection (what a MongoDB DeleteOne/DeleteMany
//   would do), for groups that are stored only: what they would do for one not stored is nowhere written. Dispose
//   disposes the MongoDbContext, which waits for a running transaction and suppresses finalization: no effect on the
//   collection.
// Shapes: *=core; Dispose=17
// First try (ac6de91): incomplete: DeleteAsync(entity) (IMF0001: a removal by entity that returns nothing cannot say
//   what it does for a group not stored; state MissingDelete), DeleteRangeAsync (IMF0001: a removal of several that
//   returns nothing cannot say what it does when one is not stored) | generated: FindByIdAsync (null for an id not
//   stored), FindOneAsync (the one match, null for none, InvalidOperationException for several), FindAsync,
//   GetAllAsync, ExistsAsync, AddAsync (the duplicate error for an Id already stored), UpdateAsync (the not-found error
//   for a group not stored), DeleteAsync(predicate) (every match), DeleteByIdAsync (nothing for an id not stored),
//   Dispose (nothing) | WRONG: UpdateAsync of a group not stored throws the not-found error, where ReplaceOneAsync
//   without upsert changes nothing (loud: the probe's error).
// Configured: MissingUpdate = MissingUpdate.Ignore (ReplaceOne without upsert), MissingDelete = MissingDelete.Ignore
//   (DeleteByIdAsync's DeleteOne does nothing for an id not stored; the removals by entity and of several are not
//   written, and are read as the same collection's DeleteOne and DeleteMany would do).
// After this round: unchanged in the generator (both refusals are right: the signatures cannot say what a missing
//   group does), complete with the settings, and the smoke script passes.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MyTask.IGroupRepositoryCase;

public abstract class BaseEntity<TId>
{
    public TId Id { get; protected set; } = default!;
}

public class BaseEntity : BaseEntity<Guid>
{
    protected BaseEntity() => Id = Guid.NewGuid();
}

public enum GroupType
{
    Todo = 0,
    Backlog = 1,
    Completed = 2
}

public sealed class GroupItem : BaseEntity
{
    public Guid CreatedByUserId { get; set; }
    public GroupType GroupType { get; set; }
    public string Name { get; set; } = "";
}

public interface IRepository<TDocument, in TId> : IReadRepository<TDocument, TId>, IWriteRepository<TDocument, TId>, IDisposable where TDocument : class
{
}

public interface IReadRepository<TDocument, in TId> where TDocument : class
{
    Task<TDocument?> FindByIdAsync(TId id, CancellationToken cancellationToken = default);

    Task<TDocument?> FindOneAsync(Expression<Func<TDocument, bool>> predicate, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TDocument>> FindAsync(Expression<Func<TDocument, bool>> predicate, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TDocument>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(Expression<Func<TDocument, bool>> predicate, CancellationToken cancellationToken = default);
}

public interface IWriteRepository<TDocument, in TId> where TDocument : class
{
    Task AddAsync(TDocument entity, CancellationToken cancellationToken = default);
    Task UpdateAsync(TDocument entity, CancellationToken cancellationToken = default);
    Task DeleteRangeAsync(IReadOnlyList<TDocument> entities, CancellationToken cancellationToken = default);
    Task DeleteAsync(Expression<Func<TDocument, bool>> predicate, CancellationToken cancellationToken = default);
    Task DeleteAsync(TDocument entity, CancellationToken cancellationToken = default);
    Task DeleteByIdAsync(TId id, CancellationToken cancellationToken = default);
}

[InMemoryFake(MissingUpdate = MissingUpdate.Ignore, MissingDelete = MissingDelete.Ignore)]
public interface IGroupRepository : IRepository<GroupItem, Guid>
{
}

public static class Smoke
{
    public static async Task RunAsync(IGroupRepository groups)
    {
        var me = Guid.NewGuid();
        var home = new GroupItem { CreatedByUserId = me, GroupType = GroupType.Todo, Name = "Home" };
        var work = new GroupItem { CreatedByUserId = me, GroupType = GroupType.Backlog, Name = "Work" };
        await groups.AddAsync(home);
        await groups.AddAsync(work);
        Check.Equal(2, (await groups.GetAllAsync()).Count, "GetAllAsync lists every group");
        await Check.ThrowsAsync<Exception>(() => groups.AddAsync(home), "AddAsync of an Id already stored is MongoDB's duplicate-key error");

        Check.Equal("Home", (await groups.FindByIdAsync(home.Id))?.Name, "FindByIdAsync reads one by Id");
        Check.Null(await groups.FindByIdAsync(Guid.NewGuid()), "FindByIdAsync of an id not stored is null");
        Check.Equal("Work", (await groups.FindOneAsync(g => g.GroupType == GroupType.Backlog))?.Name, "FindOneAsync reads the one match");
        Check.Null(await groups.FindOneAsync(g => g.Name == "Garden"), "FindOneAsync of no match is null (SingleOrDefaultAsync)");
        await Check.ThrowsAsync<InvalidOperationException>(() => groups.FindOneAsync(g => g.CreatedByUserId == me), "FindOneAsync of two matches throws (SingleOrDefaultAsync)");
        Check.Equal(2, (await groups.FindAsync(g => g.CreatedByUserId == me)).Count, "FindAsync lists every match");
        Check.True(await groups.ExistsAsync(g => g.Name == "Work"), "ExistsAsync of a match is true");
        Check.False(await groups.ExistsAsync(g => g.Name == "Garden"), "ExistsAsync of no match is false");

        home.Name = "House";
        await groups.UpdateAsync(home);
        Check.Equal("House", (await groups.FindByIdAsync(home.Id))?.Name, "UpdateAsync replaces the stored group");
        var stranger = new GroupItem { CreatedByUserId = me, Name = "Stranger" };
        await groups.UpdateAsync(stranger);
        Check.Null(await groups.FindByIdAsync(stranger.Id), "UpdateAsync of a group not stored changes nothing and adds nothing (ReplaceOne without upsert), no error");

        await groups.DeleteByIdAsync(home.Id);
        Check.Null(await groups.FindByIdAsync(home.Id), "DeleteByIdAsync removes the group");
        await groups.DeleteByIdAsync(Guid.NewGuid());
        Check.Equal(1, (await groups.GetAllAsync()).Count, "DeleteByIdAsync of an id not stored does nothing, no error");

        await groups.DeleteAsync(d => d.Id == work.Id);
        Check.Null(await groups.FindByIdAsync(work.Id), "DeleteAsync(predicate) removes the match (DeleteGroupCommandHandler's call)");

        var a = new GroupItem { CreatedByUserId = me, Name = "A" };
        var b = new GroupItem { CreatedByUserId = me, Name = "B" };
        var c = new GroupItem { CreatedByUserId = me, Name = "C" };
        await groups.AddAsync(a);
        await groups.AddAsync(b);
        await groups.AddAsync(c);
        await groups.DeleteAsync(a);
        Check.Null(await groups.FindByIdAsync(a.Id), "DeleteAsync(entity) removes the group");
        await groups.DeleteRangeAsync(new[] { b, c });
        Check.Equal(0, (await groups.GetAllAsync()).Count, "DeleteRangeAsync removes the groups");
        groups.Dispose();
    }
}
