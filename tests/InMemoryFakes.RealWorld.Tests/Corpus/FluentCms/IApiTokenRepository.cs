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
//   This one: the 1st of fluentcms/FluentCMS (2 members plus IEntityRepository's 8 through IAuditableEntityRepository,
//   both in the same repository).
// Path: src/Backend/Repositories/FluentCMS.Repositories.Abstractions/IApiTokenRepository.cs (with
//   IAuditableEntityRepository.cs, IEntityRepository.cs; models: src/Backend/FluentCMS.Entities/ApiToken.cs,
//   AuditableEntity.cs, Entity.cs, Policy.cs)
// Adapted: none (the file-scoped namespaces and global usings become one namespace and usings).
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
//   GetByKey(apiKey) and GetByName(name): FirstOrDefaultAsync(x => x.Key == apiKey / x.Name == name), with Policies
//   included; null when none.
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 DeleteMany (a removal by keys returning the removed entities: only void or a
//   count were known), IMF0018 GetByIds (the order of a list by keys). Generated: Create, CreateMany, Update, Delete,
//   GetAll, GetById, GetByKey, GetByName. The probe stops at the first check after Create: Create leaves CreatedAt as given where the
//   real store stamps DateTime.UtcNow; not silent, IMF0025 (Info) names CreatedAt and ModifiedAt | WRONG: none silent.
// After this round: complete; the smoke script passes. New convention (general): a delete by keys returning a list of
//   the entity returns the entities it removed, in the order ByKeysOrder = Stored states (refused without it).
// Configured: CreatedStamp = "CreatedAt", UpdatedStamp = "ModifiedAt", UpdatedStampOnInsert = StampOnInsert.Leave:
//   AuditableEntityRepository.Create sets CreatedAt = DateTime.UtcNow, Update keeps the stored CreatedAt and sets
//   ModifiedAt = DateTime.UtcNow, and Create leaves ModifiedAt unset.
// Configured: ByKeysOrder = ByKeysOrder.Stored: GetByIds and DeleteMany read Where(x => ids.Contains(x.Id)), each row
//   once, in the table's order (DeleteMany returns what that query read, then removes it).
// Configured: SeveralMatches = SeveralMatches.First: GetByKey and GetByName are FirstOrDefaultAsync(x => x.Key == apiKey)
//   and FirstOrDefaultAsync(x => x.Name == name) (EF Core provider; MongoDB's GetByKey is SingleOrDefaultAsync).
// Still wrong: CreatedBy and ModifiedBy stay as given, where the real store writes the API caller's user name (Create)
//   and keeps the stored CreatedBy (Update); who made a change is not a clock value and has no setting.

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FluentCms.IApiTokenRepositoryCase;

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

public class Policy
{
    public string Area { get; set; } = default!;
    public List<string> Actions { get; set; } = [];
}

public class ApiToken : AuditableEntity
{
    public string Name { get; set; } = default!;
    public string? Description { get; set; }
    public string Key { get; set; } = default!;
    public string Secret { get; set; } = default!;
    public DateTime? ExpireAt { get; set; }
    public bool Enabled { get; set; } = true;
    public List<Policy> Policies { get; set; } = [];
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

public interface IAuditableEntityRepository<TEntity> : IEntityRepository<TEntity> where TEntity : IAuditableEntity
{
}

[InMemoryFake(CreatedStamp = "CreatedAt", UpdatedStamp = "ModifiedAt", UpdatedStampOnInsert = StampOnInsert.Leave, ByKeysOrder = ByKeysOrder.Stored, SeveralMatches = SeveralMatches.First)]
public interface IApiTokenRepository : IAuditableEntityRepository<ApiToken>
{
    Task<ApiToken?> GetByKey(string apiKey, CancellationToken cancellationToken);
    Task<ApiToken?> GetByName(string name, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IApiTokenRepository repository)
    {
        var token = new ApiToken { Name = "ci", Key = "k1", Secret = "s1" };
        var created = await repository.Create(token);
        Check.True(token.Id != Guid.Empty, "Create gives an entity with Guid.Empty a new Id");
        Check.True(token.CreatedAt != default, "Create stamps CreatedAt");
        Check.Equal(token.Id, created?.Id, "Create returns the entity");
        Check.Equal("ci", (await repository.GetById(token.Id))?.Name, "GetById finds it");
        Check.Null(await repository.GetById(Guid.NewGuid()), "GetById of a missing id is null");
        Check.Equal(token.Id, (await repository.GetByKey("k1", CancellationToken.None))?.Id, "GetByKey compares Key");
        Check.Null(await repository.GetByKey("nope", CancellationToken.None), "GetByKey of no match is null");
        Check.Equal(token.Id, (await repository.GetByName("ci", CancellationToken.None))?.Id, "GetByName compares Name");

        await repository.CreateMany(new[] { new ApiToken { Name = "a", Key = "ka", Secret = "s" }, new ApiToken { Name = "b", Key = "kb", Secret = "s" } });
        Check.Equal(3, (await repository.GetAll()).Count(), "CreateMany inserts each");

        Check.Null(await repository.Update(new ApiToken { Id = Guid.NewGuid(), Name = "ghost", Key = "g", Secret = "s" }), "Update of a missing id is null");
        Check.Equal(3, (await repository.GetAll()).Count(), "and writes nothing");
        var changed = new ApiToken { Id = token.Id, Name = "ci2", Key = "k1", Secret = "s1" };
        Check.Equal("ci2", (await repository.Update(changed))?.Name, "Update returns the entity");
        Check.Equal(token.CreatedAt, changed.CreatedAt, "Update keeps the stored CreatedAt");
        Check.True(changed.ModifiedAt is not null, "Update stamps ModifiedAt");

        Check.Equal(1, (await repository.GetByIds(new[] { token.Id, Guid.NewGuid() })).Count(), "GetByIds lists the stored ones");
        Check.Equal("ci2", (await repository.Delete(token.Id))?.Name, "Delete returns the removed entity");
        Check.Null(await repository.Delete(token.Id), "Delete of a missing id is null");
        var rest = (await repository.GetAll()).Select(t => t.Id).ToArray();
        Check.Equal(2, (await repository.DeleteMany(rest.Append(Guid.NewGuid()))).Count(), "DeleteMany returns the removed entities");
        Check.Equal(0, (await repository.GetAll()).Count(), "DeleteMany removed them");
    }
}
