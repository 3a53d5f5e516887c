// Source: https://github.com/Yuh1612/Task-Management-App
// Commit: 2d21af9 (Domain/Interfaces/Repositories/IAttachmentRepository.cs and IGenericRepository.cs,
//   Domain/Interfaces/IUnitOfWork.cs, Domain/Entities/Tasks/Attachment.cs, Domain/Base/BaseEntity.cs,
//   Infrastructure/Data/Repositories/GenericRepository.cs and AttachmentRepository.cs, Infrastructure/Data/
//   UnitOfWork.cs and ApplicationDbContext.cs, Domain/Domain.csproj; the newest snapshot)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample72 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IUserSessionStore Task RevokeAsync`, (2) `interface IUserPreferencesRepository Task`, (3) `interface
//   IInboxMessageStore Task`, (4) `interface IAttachmentRepository Task` (none ran in an earlier round); from each
//   query's results in the order returned, the C# interfaces (a file opened by repository and path, or the interface an
//   excerpt shows, its repository found by the file tools) whose implementation in the same repository keeps state and
//   that have at least 3 members, outside test paths, not a corpus source already; at most 1 per repository, 2 per
//   query, stop after 6. Each is transcribed at the version the result shows, with its real store at that version.
//   Picks: (1) rank 8, ahmedMgouda/Avancira IUserSessionService (7; ranks 1, 3, 5, 6, 9, 12 are ISessionRevocationService
//   with 1 member; rank 2 (and 7, 11), jokk-itu/authserver's ISessionRepository, declares 1 (2 in a later version); rank
//   4, shendongnian/code, is a snippet collection whose file holds only the interface, no implementation; rank 10 is
//   anonymous, found as Kiryuumaru/ApplicationBuilderHelpersTemplate's obsolete ISessionStore, which nothing implements
//   at that version); (2) rank 2, brobata/desktop-foodcost IUserPreferencesRepository (4; rank 1 has 2) and rank 5,
//   artifecx/TicketTita IUserPreferencesRepository (3; anonymous, found by its path; ranks 3-4 are TypeScript);
//   (3) rank 1, leonasa/OutBoxPattern IInboxStore<TMessage> (4) and rank 4, manassesV/F360Task IInboxMessageRepository
//   (4; ranks 2-3 have 1 member); (4) rank 1, Yuh1612/Task-Management-App IAttachmentRepository (declares none; 8 in its
//   base IGenericRepository<T> in the same repository). Six picks: the rule stopped there.
//   This one: query (4), rank 1 (declares none; 8 in its base IGenericRepository<T>).
// Path: Domain/Interfaces/Repositories/IAttachmentRepository.cs (base: IGenericRepository.cs beside it; real store:
//   Infrastructure/Data/Repositories/AttachmentRepository.cs, a GenericRepository<Attachment> over the scoped EF Core
//   ApplicationDbContext on SQL Server, saved by Infrastructure/Data/UnitOfWork.cs)
// Adapted: the namespaces shortened into one; Attachment keeps its constructors and scalar properties, its Task
//   navigation left out (no member needs it, and a class named Task would hide System.Threading.Tasks.Task here);
//   Entity's domain events left out; IUnitOfWork cut down to the attachment repository and its save and transaction
//   members. Nullable enabled, as in Domain.csproj; Attachment's unset strings (CS8618 in the source) silenced by
//   #pragma, unchanged.
// Real store: GenericRepository<Attachment> over ApplicationDbContext; nothing is written until IUnitOfWork's
//   SaveChangeAsync (or CommitTransaction): SaveEntitiesAsync, which also records History rows. Id is a Guid that EF
//   Core generates at the add ([DatabaseGenerated(Identity)]), written back. GetAllAsync = ToListAsync: every saved
//   attachment not IsDelete (a query filter). InsertAsync/InsertRangeAsync = AddAsync/AddRangeAsync: tracked only.
//   FindAsync(params keyValues) = DbSet.FindAsync: the tracked instance (an added one too), else the saved row, else
//   null; a value that is not a Guid throws ArgumentException. Update(entity) = DbSet.Update (tracked as modified; one
//   not stored fails the save, DbUpdateConcurrencyException). Remove(int id) = FindAsync(id), which always throws
//   ArgumentException (an int is not the Guid key). Remove(entity) / RemoveRange = DbSet.Remove/RemoveRange (an added
//   one is only forgotten; one not stored fails the save).
// Shapes: *=core
// First try (0487eace): incomplete: IMF0001 Remove(int) (an int is not the Guid key), Remove(Attachment) and
//   RemoveRange (a removal by entity that returns nothing does not say what a missing one does). Generated:
//   GetAllAsync, InsertAsync, InsertRangeAsync, FindAsync, Update | WRONG: InsertAsync, InsertRangeAsync and Update
//   were stored at once, where the real ones only track until IUnitOfWork.SaveChangeAsync: GetAllAsync listed an
//   attachment the real store had not saved (the script's third check). SaveChangeAsync (singular) was no known save,
//   so IUnitOfWork was not seen as the unit of work that the repository's writes wait for.
// After this round: a parameterless SaveChange is a unit-of-work save (docs/generator.md, unit-of-work saves;
//   Sample72Tests), so every write is IMF0022 (InsertAsync, InsertRangeAsync, Update, and Remove(Attachment) and
//   RemoveRange, whose IMF0001 for an unstated MissingDelete it replaces): they wait for another interface's save, which
//   UnitOfWorkWrites states (the script, given only the repository, cannot save). Remove(int) stays IMF0001: it can only
//   fail in the real store.
// Still wrong (h-review32, session 32): GetAllAsync lists an attachment whose IsDelete is true (seeded, or written by a
//   hand-written member), where ApplicationDbContext's query filter hides it from every read; a filter configured in
//   the DbContext is in no signature, and IsDelete is not one of the deletion flags the conventions name (IsDeleted,
//   Deleted, SoftDeleted, Removed, IsRemoved), whose reads filter nothing either. Not reached by the script.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TaskManagementApp.IAttachmentRepositoryCase;

public abstract class BaseEntity
{
    [System.ComponentModel.DataAnnotations.Key]
    [System.ComponentModel.DataAnnotations.Schema.DatabaseGenerated(System.ComponentModel.DataAnnotations.Schema.DatabaseGeneratedOption.Identity)]
    public virtual Guid Id { get; set; }
}

public abstract class DeleteEntity : BaseEntity
{
    public virtual bool IsDelete { get; set; }
}

public abstract class Entity : DeleteEntity
{
}

#pragma warning disable CS8618
public class Attachment : Entity
{
    public Attachment()
    {
    }

    public Attachment(string fileName, string type, string storageUrl)
    {
        FileName = fileName;
        Type = type;
        StorageUrl = storageUrl;
    }

    public string FileName { get; set; }

    public string Type { get; set; }

    public string StorageUrl { get; set; }
}
#pragma warning restore CS8618

public interface IGenericRepository<T> where T : class
{
    Task<IList<T>> GetAllAsync();

    Task InsertAsync(T entity);

    Task InsertRangeAsync(IEnumerable<T> entities);

    Task<T?> FindAsync(params object[] keyValues);

    void Update(T entity);

    Task Remove(int id);

    void Remove(T entity);

    void RemoveRange(IEnumerable<T> entities);
}

[InMemoryFake]
public interface IAttachmentRepository : IGenericRepository<Attachment>
{
}

public interface IUnitOfWork
{
    IAttachmentRepository attachmentRepository { get; }

    Task SaveChangeAsync();

    Task BeginTransaction();

    Task CommitTransaction(bool IsAuthorize = true);

    Task RollbackTransaction();
}

public static class Smoke
{
    public static async Task RunAsync(IAttachmentRepository attachments)
    {
        var spec = new Attachment("spec.pdf", "application/pdf", "https://files.example/spec.pdf");
        await attachments.InsertAsync(spec);
        Check.True(spec.Id != Guid.Empty, "InsertAsync gives the attachment a new Guid, written back");
        Check.Equal("spec.pdf", (await attachments.FindAsync(spec.Id))?.FileName, "FindAsync finds an attachment added in this scope");
        Check.Equal(0, (await attachments.GetAllAsync()).Count, "GetAllAsync lists only saved attachments: nothing is saved before IUnitOfWork.SaveChangeAsync");
        Check.Null(await attachments.FindAsync(Guid.NewGuid()), "FindAsync of an id not stored is null");
        await Check.ThrowsAsync<ArgumentException>(() => attachments.FindAsync(42), "FindAsync of a value that is not a Guid throws");
        await Check.ThrowsAsync<ArgumentException>(() => attachments.Remove(42), "Remove(int) throws: an int is not the Guid key");

        var logo = new Attachment("logo.png", "image/png", "https://files.example/logo.png");
        await attachments.InsertRangeAsync(new[] { logo });
        Check.Equal("logo.png", (await attachments.FindAsync(logo.Id))?.FileName, "InsertRangeAsync adds each attachment");
        attachments.Remove(logo);
        Check.Null(await attachments.FindAsync(logo.Id), "Remove of an attachment added in this scope forgets it");
    }
}
