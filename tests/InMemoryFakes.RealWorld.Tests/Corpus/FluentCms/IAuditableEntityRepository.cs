// Source: https://github.com/fluentcms/FluentCMS
// Commit: 25175a56
// Licence: MIT (an interface signature and minimal models transcribed for a test)
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
//   This one: the 2nd of fluentcms/FluentCMS (IEntityRepository's 8 members, from the same repository), faked open.
// Path: src/Backend/Repositories/FluentCMS.Repositories.Abstractions/IAuditableEntityRepository.cs (with
//   IEntityRepository.cs; models: src/Backend/FluentCMS.Entities/AuditableEntity.cs, Entity.cs)
// Adapted: closed in the smoke script over a minimal Page (an auditable entity; FluentCMS's Page has more columns).
// Real store: the EF Core provider (src/Backend/Repositories/FluentCMS.Repositories.EFCore/Repositories/
//   EntityRepository.cs, AuditableEntityRepository.cs; AutoMapper between the entity and its DB model): Create sets a new
//   Guid when Id is Guid.Empty (a set Id is kept; a taken one fails SaveChanges, DbUpdateException), sets CreatedAt =
//   DateTime.UtcNow and CreatedBy = the API caller's user name on the instance passed in, inserts and returns it;
//   CreateMany likewise for each, in one SaveChanges; Update finds the row by Id (null, nothing written, when missing),
//   else keeps the stored CreatedAt/CreatedBy, sets ModifiedAt = DateTime.UtcNow and ModifiedBy, writes every column and
//   returns the entity; Delete(id) the removed entity or null when missing; DeleteMany(ids) the removed entities (empty
//   when none matched); GetAll every row; GetById the row or null; GetByIds the rows whose Id is in ids (a Contains
//   query: each once, in no promised order). The MongoDB provider differs (Update returns the entity for a missing Id,
//   no audit stamps outside the auditable subclass's own), so the smoke script follows EF Core.
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 DeleteMany (a removal by keys returning the removed entities: only void or a
//   count were known), IMF0018 GetByIds (the order of a list by keys). Generated: Create, CreateMany, Update, Delete,
//   GetAll, GetById. The probe stops at the first check after Create: Create leaves CreatedAt as given where the
//   real store stamps DateTime.UtcNow; not silent, IMF0025 (Info) names CreatedAt and ModifiedAt | WRONG: none silent.
// After this round: complete; the smoke script passes. Once the stamps were stated, the probe reached Update of a
//   missing entity, which threw NotFoundException where the real store returns null (WRONG, loud): the open generic
//   Task<TEntity?> Update(TEntity) (TEntity : IEntity, not a class) was read as a required result, while the closed
//   ApiToken? read as nullable; fixed (TEntity? of a type parameter is nullable too). New convention (general): a delete
//   by keys returning a list of the entity returns the entities it removed, in the order ByKeysOrder = Stored states.
// Configured: CreatedStamp = "CreatedAt", UpdatedStamp = "ModifiedAt", UpdatedStampOnInsert = StampOnInsert.Leave:
//   AuditableEntityRepository.Create sets CreatedAt = DateTime.UtcNow, Update keeps the stored CreatedAt and sets
//   ModifiedAt = DateTime.UtcNow, and Create leaves ModifiedAt unset.
// Configured: ByKeysOrder = ByKeysOrder.Stored: GetByIds and DeleteMany read Where(x => ids.Contains(x.Id)), each row
//   once, in the table's order (DeleteMany returns what that query read, then removes it).
// Still wrong: CreatedBy and ModifiedBy stay as given, where the real store writes the API caller's user name (Create)
//   and keeps the stored CreatedBy (Update); who made a change is not a clock value and has no setting.

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FluentCms.IAuditableEntityRepositoryCase;

public interface IEntity
{
    Guid Id { get; set; }
}

public abstract class Entity : IEntity
{
    public Guid Id { get; set; }
}

public interface IAuditableEntity : IEntity
{
    string CreatedBy { get; set; }
    DateTime CreatedAt { get; set; }
    string? ModifiedBy { get; set; }
    DateTime? ModifiedAt { get; set; }
}

public abstract class AuditableEntity : Entity, IAuditableEntity
{
    public string CreatedBy { get; set; } = default!;
    public DateTime CreatedAt { get; set; }
    public string? ModifiedBy { get; set; }
    public DateTime? ModifiedAt { get; set; }
}

public class Page : AuditableEntity
{
    public string Title { get; set; } = default!;
    public string Path { get; set; } = default!;
}

public interface IEntityRepository<TEntity> where TEntity : IEntity
{
    Task<TEntity?> Create(TEntity entity, CancellationToken cancellationToken = default);
    Task<IEnumerable<TEntity>> CreateMany(IEnumerable<TEntity> entities, CancellationToken cancellationToken = default);
    Task<TEntity?> Update(TEntity entity, CancellationToken cancellationToken = default);
    Task<TEntity?> Delete(Guid id, CancellationToken cancellationToken = default);
    Task<IEnumerable<TEntity>> DeleteMany(IEnumerable<Guid> ids, CancellationToken cancellationToken = default);
    Task<IEnumerable<TEntity>> GetAll(CancellationToken cancellationToken = default);
    Task<TEntity?> GetById(Guid id, CancellationToken cancellationToken = default);
    Task<IEnumerable<TEntity>> GetByIds(IEnumerable<Guid> ids, CancellationToken cancellationToken = default);
}

[InMemoryFake(CreatedStamp = "CreatedAt", UpdatedStamp = "ModifiedAt", UpdatedStampOnInsert = StampOnInsert.Leave, ByKeysOrder = ByKeysOrder.Stored)]
public interface IAuditableEntityRepository<TEntity> : IEntityRepository<TEntity> where TEntity : IAuditableEntity
{
}

public static class Smoke
{
    public static async Task RunAsync(IAuditableEntityRepository<Page> repository)
    {
        var page = new Page { Title = "Home", Path = "/" };
        var created = await repository.Create(page);
        Check.True(page.Id != Guid.Empty, "Create gives an entity with Guid.Empty a new Id");
        Check.True(page.CreatedAt != default, "Create stamps CreatedAt");
        Check.Equal(page.Id, created?.Id, "Create returns the entity");
        Check.Equal("Home", (await repository.GetById(page.Id))?.Title, "GetById finds it");
        Check.Null(await repository.GetById(Guid.NewGuid()), "GetById of a missing id is null");

        await repository.CreateMany(new[] { new Page { Title = "a", Path = "/a" }, new Page { Title = "b", Path = "/b" } });
        Check.Equal(3, (await repository.GetAll()).Count(), "CreateMany inserts each");

        Check.Null(await repository.Update(new Page { Id = Guid.NewGuid(), Title = "ghost", Path = "/g" }), "Update of a missing id is null");
        Check.Equal(3, (await repository.GetAll()).Count(), "and writes nothing");
        var changed = new Page { Id = page.Id, Title = "Home 2", Path = "/" };
        Check.Equal("Home 2", (await repository.Update(changed))?.Title, "Update returns the entity");
        Check.Equal(page.CreatedAt, changed.CreatedAt, "Update keeps the stored CreatedAt");
        Check.True(changed.ModifiedAt is not null, "Update stamps ModifiedAt");

        Check.Equal(1, (await repository.GetByIds(new[] { page.Id, Guid.NewGuid() })).Count(), "GetByIds lists the stored ones");
        Check.Equal("Home 2", (await repository.Delete(page.Id))?.Title, "Delete returns the removed entity");
        Check.Null(await repository.Delete(page.Id), "Delete of a missing id is null");
        var rest = (await repository.GetAll()).Select(t => t.Id).ToArray();
        Check.Equal(2, (await repository.DeleteMany(rest.Append(Guid.NewGuid()))).Count(), "DeleteMany returns the removed entities");
        Check.Equal(0, (await repository.GetAll()).Count(), "DeleteMany removed them");
    }
}
