// Source: https://github.com/BinaDev29/PNSFORALLAPP
// Commit: 231c6e5abe38 (the version the search result shows, with no member of its own; read_file reads it and its base
//   at this commit, the first that holds the derived file; later commits change IGenericRepository (GetWhere, Count,
//   T results) and add GetByUserId)
// Licence: MIT (the README states it for the whole project: "This project is licensed under the MIT License", with the
//   MIT badge; the repository has no LICENSE file of its own; an interface signature and a minimal model transcribed for
//   a test)
// Sample: h-sample120 rule (/work/prompts/out/h-sample120-rule.md; the full rule is in
//   Corpus/KirknaoborotTeam6/IConversationRepository.cs). This one: query (7), rank 2 (rank 1, dlursmanashvili/TemplateV2,
//   has no licence).
// Path: PNS/Application/Contracts/IRepository/IEmailTemplateRepository.cs (its base:
//   PNS/Application/Contracts/IRepository/IGenericRepository.cs; real store: PNS/Persistence/Repositories/EmailTemplateRepository.cs
//   and GenericRepository.cs; model: PNS/Domain/Models/EmailTemplate.cs, PNS/Domain/common/BaseDomainEntity.cs,
//   PNS/Persistence/PnsDbContext.cs)
// Adapted: one namespace for Application.Contracts.IRepository, Domain.Models and Domain.Common. Nullable enabled and
//   implicit usings, as Application.csproj and Domain.csproj have them.
// Real store: EmailTemplateRepository : GenericRepository<EmailTemplate>, EF Core 9 over SQL Server (PnsDbContext,
//   scoped; key Id, a Guid: EF Core generates a new one on add for Guid.Empty and writes it into the entity). Every write
//   saves at once (SaveChangesAsync; the IUnitOfWork beside it, whose Save is another SaveChangesAsync, is not part of
//   this interface). PnsDbContext.SaveChangesAsync stamps every BaseDomainEntity: an added one gets CreatedDate =
//   DateTime.Now and LastModifiedDate = DateTime.Now, a modified one LastModifiedDate = DateTime.Now (local time).
//   GetAll = Set<T>().ToListAsync(). Get(id) = AsNoTracking().FirstOrDefaultAsync(q => q.Id == id), null for none.
//   Add = AddAsync + SaveChangesAsync, returns the entity given (a taken Id is DbUpdateException). Update = Entry(entity)
//   .State = Modified + SaveChangesAsync, returns rows > 0: every column written from the entity given; an entity not
//   stored affects no row and SaveChanges throws DbUpdateConcurrencyException (never false). Delete = Remove(entity) +
//   SaveChangesAsync, likewise true or DbUpdateConcurrencyException. Find(predicate) = Where(predicate).ToListAsync().
//   Exists(id) = AnyAsync(q => q.Id == id).
// Shapes: *=core; Find=2
// First try (8a14561e): complete: all 7 generated (GetAll, Get by the Id key, Add with a new Guid for Guid.Empty, Update
//   and Delete by entity answering whether one was updated or removed, Find(predicate) as a filter, Exists by the key);
//   IMF0025 info on CreatedDate and LastModifiedDate | WRONG: Update and Delete of a template not stored answer false,
//   where the real SaveChangesAsync throws DbUpdateConcurrencyException (Entry(entity).State = Modified and
//   Remove(entity) affect no row), so neither ever answers false; nothing in Task<bool> Update(T) shows it, and
//   MissingUpdate = NotFound / MissingDelete = NotFound, which state EF Core's failure, did not reach a bool result (the
//   first was accepted and changed nothing, the second was IMF0010). (Stated by IMF0025, not silent: Add and Update
//   stored CreatedDate and LastModifiedDate as given, where PnsDbContext.SaveChangesAsync stamps them.)
// Configured: CreatedStamp = "CreatedDate", UpdatedStamp = "LastModifiedDate", UpdatedStampOnInsert = StampOnInsert.Stamp
//   (PnsDbContext.SaveChangesAsync stamps CreatedDate on an add, LastModifiedDate on an add and on an update; the real
//   stamp is DateTime.Now, local time, the fake's clock UTC); MissingUpdate = MissingUpdate.NotFound and MissingDelete =
//   MissingDelete.NotFound (EF Core's SaveChanges fails for a row not there; since this round they reach a bool or count
//   result of an update or removal by entity).
// After this round: complete; the smoke script passes (Update and Delete of a template not stored are the not-found
//   error, true otherwise).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.PnsForAllApp.IEmailTemplateRepositoryCase;

public abstract class BaseDomainEntity
{
    public Guid Id { get; set; }
    public DateTime CreatedDate { get; set; } = DateTime.Now;
    public string CreatedBy { get; set; } = "SYSTEM";
    public DateTime? LastModifiedDate { get; set; }
    public string? LastModifiedBy { get; set; }
}

public class EmailTemplate : BaseDomainEntity
{
    public required string Name { get; set; }
    public required string Subject { get; set; }
    public required string BodyHtml { get; set; }
    public string? BodyText { get; set; }
}

public interface IGenericRepository<T> where T : BaseDomainEntity
{
    Task<IReadOnlyList<T>> GetAll(CancellationToken cancellationToken);
    Task<T?> Get(Guid id, CancellationToken cancellationToken);
    Task<T> Add(T entity, CancellationToken cancellationToken);
    Task<bool> Update(T entity, CancellationToken cancellationToken);
    Task<bool> Delete(T entity, CancellationToken cancellationToken);
    Task<IReadOnlyList<T>> Find(Expression<Func<T, bool>> predicate, CancellationToken cancellationToken);
    Task<bool> Exists(Guid id, CancellationToken cancellationToken);
}

[InMemoryFake(CreatedStamp = "CreatedDate", UpdatedStamp = "LastModifiedDate", UpdatedStampOnInsert = StampOnInsert.Stamp,
    MissingUpdate = MissingUpdate.NotFound, MissingDelete = MissingDelete.NotFound)]
public interface IEmailTemplateRepository : IGenericRepository<EmailTemplate>
{
}

public static class Smoke
{
    public static async Task RunAsync(IEmailTemplateRepository templates)
    {
        var ct = CancellationToken.None;
        Check.Equal(0, (await templates.GetAll(ct)).Count, "a new database has no template");
        Check.Null(await templates.Get(Guid.NewGuid(), ct), "Get of an id not stored is null (FirstOrDefaultAsync)");
        Check.False(await templates.Exists(Guid.NewGuid(), ct), "Exists of an id not stored is false");

        var longAgo = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Local);
        var welcome = new EmailTemplate { Name = "welcome", Subject = "Hi", BodyHtml = "<p>Hi</p>", CreatedDate = longAgo };
        var added = await templates.Add(welcome, ct);
        Check.True(welcome.Id != Guid.Empty, "Add gives a template with Guid.Empty a new Guid (EF Core's Guid key convention), written into it");
        Check.Equal(welcome.Id, added.Id, "Add returns the template with its key");
        var read = Check.NotNull(await templates.Get(welcome.Id, ct), "Get reads the template by Id");
        Check.Equal("welcome", read.Name, "the name is stored as given");
        Check.True(read.CreatedDate > longAgo, "SaveChangesAsync stamps CreatedDate with the time of the add (DateTime.Now), over the caller's value");
        Check.True(read.LastModifiedDate is not null, "SaveChangesAsync stamps LastModifiedDate on an add too");
        Check.True(await templates.Exists(welcome.Id, ct), "Exists of a stored id is true");

        await Check.ThrowsAsync<Exception>(
            () => templates.Add(new EmailTemplate { Id = welcome.Id, Name = "again", Subject = "s", BodyHtml = "b" }, ct),
            "Add of an Id already stored fails the primary key (DbUpdateException)");

        var reset = await templates.Add(new EmailTemplate { Name = "reset", Subject = "Reset", BodyHtml = "<p>Reset</p>" }, ct);
        Check.Equal(2, (await templates.GetAll(ct)).Count, "GetAll reads every template");
        var found = await templates.Find(t => t.Name == "reset", ct);
        Check.Equal(1, found.Count, "Find lists the templates the predicate matches");
        Check.Equal(reset.Id, found[0].Id, "Find found the reset template");

        var changed = Check.NotNull(await templates.Get(reset.Id, ct), "the reset template is stored");
        changed.Subject = "Reset your password";
        Check.True(await templates.Update(changed, ct), "Update of a stored template answers true (one row written)");
        var updated = Check.NotNull(await templates.Get(reset.Id, ct), "the updated template reads back");
        Check.Equal("Reset your password", updated.Subject, "Update writes every column from the entity given");
        Check.True(updated.LastModifiedDate is not null, "SaveChangesAsync stamps LastModifiedDate on an update");

        var ghost = new EmailTemplate { Id = Guid.NewGuid(), Name = "ghost", Subject = "s", BodyHtml = "b" };
        await Check.ThrowsAsync<Exception>(() => templates.Update(ghost, ct), "Update of a template not stored writes no row: DbUpdateConcurrencyException, never false");
        await Check.ThrowsAsync<Exception>(() => templates.Delete(ghost, ct), "Delete of a template not stored deletes no row: DbUpdateConcurrencyException, never false");

        Check.True(await templates.Delete(updated, ct), "Delete of a stored template answers true");
        Check.Null(await templates.Get(reset.Id, ct), "the deleted template is gone");
        Check.Equal(1, (await templates.GetAll(ct)).Count, "one template is left");
    }
}
