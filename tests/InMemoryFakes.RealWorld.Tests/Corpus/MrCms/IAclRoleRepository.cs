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
//   This one: the 2nd of MrCMS/MrCMS (3 members).
// Path: src/Lib/MrCMS/Website/Auth/IAclRoleRepository.cs (models: src/Lib/MrCMS/Entities/ACL/ACLRole.cs,
//   src/Lib/MrCMS/Website/Auth/GetAclRoles.cs (AclRoleModel), src/Lib/MrCMS/Entities/SystemEntity.cs, SiteEntity.cs)
// Adapted: ACLRole keeps Id, Name and UserRole (reduced to its Id and Name); SiteEntity's Site and SystemEntity's audit
//   columns dropped. MrCMS builds without nullable annotations (#nullable disable).
// Real store: src/Lib/MrCMS/Website/Auth/AclRoleRepository.cs over NHibernate and IMemoryCache: GetAllAsync projects
//   every (not soft-deleted) ACLRole to AclRoleModel { RoleId = role.UserRole.Id, Name = role.Name } into a HashSet
//   (reference equality: AclRoleModel has no Equals), cached under "aclRoles" for 12 hours; GetAllEntitiesAsync every
//   ACLRole as a HashSet; ModifyAsync(add, delete) in one transaction soft-deletes each role to delete (DeleteAsync,
//   IsDeleted = true, so it leaves both lists) and saves each role to add (SaveAsync: a new row, Id numbered), then
//   drops the cache entry, so the next GetAllAsync reads the rows again.
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 GetAllAsync (a set of AclRoleModel, a projection, is not a list type the
//   conventions return), GetAllEntitiesAsync (not a known verb), ModifyAsync (two collections: adds and deletes in one
//   transaction) | WRONG: none (nothing generated).
// After this round: unchanged.

#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MrCms.IAclRoleRepositoryCase;

public class UserRole
{
    public virtual int Id { get; set; }

    public virtual string Name { get; set; }
}

public class ACLRole
{
    public virtual int Id { get; set; }

    public virtual bool IsDeleted { get; set; }

    public virtual UserRole UserRole { get; set; }

    public virtual string Name { get; set; }
}

public class AclRoleModel
{
    public int RoleId { get; set; }
    public string Name { get; set; }
}

[InMemoryFake]
public interface IAclRoleRepository
{
    Task<ISet<AclRoleModel>> GetAllAsync();
    Task<ISet<ACLRole>> GetAllEntitiesAsync();
    Task ModifyAsync(ICollection<ACLRole> aclRolesToAdd, ICollection<ACLRole> aclRolesToDelete);
}

public static class Smoke
{
    public static async Task RunAsync(IAclRoleRepository repository)
    {
        Check.Equal(0, (await repository.GetAllEntitiesAsync()).Count, "GetAllEntitiesAsync of no roles is empty");
        var admin = new UserRole { Id = 1, Name = "Administrator" };
        var editRole = new ACLRole { UserRole = admin, Name = "Webpage.Edit" };
        await repository.ModifyAsync(new List<ACLRole> { editRole, new ACLRole { UserRole = admin, Name = "Webpage.Delete" } }, new List<ACLRole>());
        var all = await repository.GetAllEntitiesAsync();
        Check.Equal(2, all.Count, "ModifyAsync saves the roles to add");
        Check.True(all.All(r => r.Id != 0), "the saved roles are numbered");
        var models = await repository.GetAllAsync();
        Check.Equal("Webpage.Delete,Webpage.Edit", string.Join(",", models.Select(m => m.Name).OrderBy(n => n)), "GetAllAsync projects every role");
        Check.True(models.All(m => m.RoleId == 1), "GetAllAsync's RoleId is the role's UserRole.Id");

        await repository.ModifyAsync(new List<ACLRole>(), new List<ACLRole> { all.Single(r => r.Name == "Webpage.Edit") });
        Check.Equal("Webpage.Delete", string.Join(",", (await repository.GetAllEntitiesAsync()).Select(r => r.Name)), "ModifyAsync deletes the roles to delete");
        Check.Equal("Webpage.Delete", string.Join(",", (await repository.GetAllAsync()).Select(m => m.Name)), "GetAllAsync reads again after ModifyAsync");
    }
}
