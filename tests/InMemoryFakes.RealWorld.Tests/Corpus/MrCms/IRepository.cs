// Source: https://github.com/MrCMS/MrCMS
// Commit: 661b1cad
// Licence: GPL-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample19 rule, fixed before probing: in these repositories, in this order (dotnetcore/osharp, MrCMS/MrCMS,
//   fluentcms/FluentCMS, aspnetrun/run-aspnetcore, evolutionary-architecture/evolutionary-architecture-by-example,
//   Abblix/Oidc.Server, ITfoxtec/ITfoxtec.Identity.Saml2, TanvirArjel/CleanArchitecture, vkhorikov/DddInAction,
//   dotnet/eShopSupport, sitkoru/Sitko.Core, matthewrenze/clean-architecture-demo, baratgabor/MyWarehouse,
//   Elfocrash/clean-minimal-api), skipping any the tools do not hold or already in the corpus, at the newest stored
//   snapshot (fetch, then git grep for the interface declarations, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already taken does not count), outside paths
//   containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3
//   members (inherited ones count if the base interface is in the same repository) and are not already in the corpus;
//   stop after 10; each transcribed whole. The first five repositories give the 10: osharp IConnectionUserCache,
//   IEntityInfoStore; MrCMS IRepository<T>, IAclRoleRepository (IClearCache, between them, declares 1 member);
//   FluentCMS IApiTokenRepository, IAuditableEntityRepository<TEntity>; run-aspnetcore IRepository<T>,
//   ICategoryRepository; evolutionary-architecture Chapter-2's IContractsRepository, Chapter-4's
//   IBindingContractsRepository (Chapter-3's IContractsRepository is Chapter-2's word for word, in another namespace).
//   This one: the 1st of MrCMS/MrCMS (6 members), closed over a minimal Tag entity.
// Path: src/Lib/MrCMS/Data/IRepository.cs (models: src/Lib/MrCMS/Entities/SystemEntity.cs)
// Adapted: Tag is a minimal SystemEntity (MrCMS's Tag is a SiteEntity with more columns); SystemEntity drops its
//   CreatedBy/UpdatedBy users and its mapping attributes. MrCMS builds without nullable annotations (#nullable disable).
// Real store: src/Lib/MrCMS/Data/SimpleRepository.cs over NHibernate: Get(id) is session.Get (null when missing; the
//   NotDeletedFilter does not apply to a load by id, so a soft-deleted row is returned, IsDeleted = true); Add is
//   SaveAsync in a transaction: the database numbers Id, and the SetCoreProperties pre-insert listener sets CreatedOn and
//   UpdatedOn to DateTime.UtcNow when they are DateTime.MinValue (kept when set); Update is UpdateAsync (UpdatedOn set to
//   UtcNow by SetOnUpdatingProperties; a missing row fails NHibernate's batch check, StaleStateException); Delete is
//   DeleteAsync, which the SoftDeleteListener turns into IsDeleted = true and an update (the row stays); Query() is the
//   session's IQueryable with the NotDeletedFilter (IsDeleted rows hidden); TransactAsync(func) runs func(this) inside a
//   session transaction (committed when func completes, rolled back when it throws).
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 TransactAsync (not a known verb), Delete (a removal by entity returning
//   nothing: MissingDelete not stated). Generated: Query, Get, Add, Update. The probe passes Add, Get, Update and Query,
//   then stops: Add leaves CreatedOn as given (DateTime.MinValue) where SetCoreProperties stamps an unset one; not
//   silent, IMF0025 (Info) names CreatedOn and UpdatedOn | WRONG: none silent.
// After this round: unchanged. MissingDelete is not stated on purpose: MrCMS's Delete is a soft delete (the row stays,
//   IsDeleted = true, hidden from Query, still loaded by Get), and with MissingDelete stated the fake would remove the row.
//   Since 2026-12-03 (h-softdelete) Delete is refused for Tag's IsDeleted flag whatever MissingDelete says (IMF0001 names
//   the flag and SoftDelete = SoftDelete.None, which is not set: MrCMS's delete keeps the row). A "hide flagged rows from
//   every read" setting would not fit either: Get (session.Get) still loads a soft-deleted row, only Query filters it.
// Still wrong: CreatedOn and UpdatedOn stay as given, where MrCMS stamps them on insert only when they are
//   DateTime.MinValue, and UpdatedOn on every update; CreatedStamp stamps every insert whatever it held, so it is not
//   set. Query and Get return rows whose IsDeleted is true (written with the flag set), where the NotDeletedFilter hides
//   them from Query.
// After h-oblivious (session 29): still incomplete (other members); Get answers null for a missing entity as before,
//   now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that
//   signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake
//   does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).

#nullable disable

using System;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MrCms.IRepositoryCase;

public abstract class SystemEntity
{
    private Guid _guid;

    protected SystemEntity()
    {
        _guid = Guid.NewGuid();
    }

    public virtual int Id { get; set; }

    public virtual Guid Guid => _guid;

    public virtual DateTime CreatedOn { get; set; }

    public virtual DateTime UpdatedOn { get; set; }

    public virtual bool IsDeleted { get; set; }

    public virtual void SetGuid(Guid guid)
    {
        _guid = guid;
    }
}

public class Tag : SystemEntity
{
    public virtual string Name { get; set; }
}

public interface IRepository<T> where T : SystemEntity
{
    IQueryable<T> Query();
    Task<T> Get(int id);
    Task Add(T entity);
    Task Update(T entity);
    Task Delete(T entity);

    Task TransactAsync(Func<IRepository<T>, Task> func);
}

[InMemoryFake(typeof(IRepository<Tag>))]
public partial class TagRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<Tag> repository)
    {
        var tag = new Tag { Name = "news" };
        await repository.Add(tag);
        Check.True(tag.Id != 0, "Add numbers the entity");
        Check.Equal("news", (await repository.Get(tag.Id))?.Name, "Get finds the added entity");
        Check.Null(await repository.Get(tag.Id + 1000), "Get of a missing id is null");

        tag.Name = "updates";
        await repository.Update(tag);
        Check.Equal("updates", (await repository.Get(tag.Id))?.Name, "Update writes the row");
        Check.Equal(1, repository.Query().Count(), "Query lists the rows");
        Check.True(tag.CreatedOn != DateTime.MinValue, "Add sets an unset CreatedOn (SetCoreProperties)");

        await repository.Delete(tag);
        Check.Equal(0, repository.Query().Count(), "Delete hides the row from Query (soft delete, NotDeletedFilter)");
        Check.True((await repository.Get(tag.Id))?.IsDeleted == true, "Get still loads the soft-deleted row, IsDeleted set");

        await repository.TransactAsync(r => r.Add(new Tag { Name = "in-transaction" }));
        Check.Equal(1, repository.Query().Count(), "TransactAsync commits what func wrote");
    }
}
