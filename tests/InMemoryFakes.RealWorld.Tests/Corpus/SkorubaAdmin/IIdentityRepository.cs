// Source: https://github.com/skoruba/Duende.IdentityServer.Admin
// Commit: a3c88013b247
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample28 rule, fixed before probing: in these repositories, in this order (jellyfin/jellyfin,
//   bitwarden/server, OrchardCMS/OrchardCore, smartstore/Smartstore, btcpayserver/btcpayserver,
//   Finbuckle/Finbuckle.MultiTenant, openiddict/openiddict-core, skoruba/Duende.IdentityServer.Admin,
//   ServiceStack/ServiceStack, DapperLib/Dapper.Contrib, Azure/azure-mobile-apps, nhibernate/nhibernate-core,
//   apache/lucenenet, ardalis/Specification, fullstackhero/dotnet-starter-kit, kgrzybek/modular-monolith-with-ddd,
//   jasontaylordev/CleanArchitecture, dodyg/practical-aspnetcore, ardalis/eShopOnWeb), skipping any the tools do not
//   hold, that are over fetch's limit, and every interface already in the corpus, at the newest stored snapshot (fetch,
//   then git grep for `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the
//   first interfaces in ordinal path order not yet in the corpus (at most 2 per repository; an identical copy of one
//   already in the corpus does not count), outside paths containing "test" (any case), that declare at least 3 members
//   (inherited ones count if the base interface is in the same repository); stop after 10; each transcribed whole (up
//   to 50 members). OrchardCore (579 MB) is over fetch's 500 MB limit: skipped. Jellyfin's IChapterRepository and
//   IItemRepository, Bitwarden's IExtendedOptionsMonitorCache and ICollectionRepository, Smartstore's IImageCache and
//   IMenuStorage, BTCPay Server's two (ISettingsRepository, IStoreRepository), Finbuckle's only one (IMultiTenantStore)
//   are in the corpus; Jellyfin's IMediaAttachmentRepository (2 members), Smartstore's IRoleStore and IUserStore (1 of
//   their own each: their bases are ASP.NET Core Identity's) and IFacetMetadataStorage (1), Skoruba's
//   IConfigurationIssuesRepository and IDashboardIdentityRepository (2 each) declare fewer than 3. So the rule picks,
//   in order: Jellyfin IKeyframeRepository, IMediaStreamRepository; Bitwarden IGroupRepository,
//   IOrganizationInviteLinkRepository; Smartstore IAIChatCache, IIndexStore; OpenIddict IOpenIddictApplicationCache,
//   IOpenIddictAuthorizationCache; Skoruba IConfigurationRulesRepository, IIdentityRepository (10: it stops there).
//   This one: the 2nd of skoruba/Duende.IdentityServer.Admin not in the corpus with 3 members or more (36 members).
// Path: src/Skoruba.Duende.IdentityServer.Admin.EntityFramework.Identity/Repositories/Interfaces/IIdentityRepository.cs
//   (PagedList: src/Skoruba.Duende.IdentityServer.Admin.EntityFramework.Extensions/Common/PagedList.cs; entities:
//   src/Skoruba.Duende.IdentityServer.Admin.EntityFramework.Shared/Entities/Identity/*.cs, over ASP.NET Core
//   Identity's IdentityUser, IdentityRole and the rest; real store: src/Skoruba.Duende.IdentityServer.Admin.
//   EntityFramework.Identity/Repositories/IdentityRepository.cs)
// Adapted: none in the interface; the entities are Skoruba's empty subclasses of ASP.NET Core Identity's types, as in
//   the source, closed as the admin closes it (string keys). Nullable disabled, as in the source.
// Real store: IdentityRepository<…> over ASP.NET Core Identity's UserManager and RoleManager and the IdentityDbContext.
//   CreateUserAsync / CreateRoleAsync: UserManager.CreateAsync / RoleManager.CreateAsync (validation, normalized names,
//   a duplicate name is a failed IdentityResult), returning (result, the entity's Id). GetUserAsync(userId) /
//   GetRoleAsync(roleId): the entity, null when missing. ExistsUserAsync / ExistsRoleAsync: whether one has that id.
//   GetUsersAsync(search, page, pageSize): users whose UserName or Email contains search (all when empty), ordered by
//   Id, one page, with TotalCount and PageSize. UpdateUserAsync / UpdateRoleAsync: maps the given entity onto the
//   stored one and updates it through the manager. CreateUserRoleAsync(userId, roleId): adds the user to the role (by
//   the role's name); GetUserRolesAsync: the user's roles, paged; DeleteUserRoleAsync removes the user from the role.
//   The claim members add, read, replace and remove user and role claims through the managers; the provider members
//   read and remove external logins; UserChangePasswordAsync resets the password with a reset token;
//   DeleteUserAsync / DeleteRoleAsync delete through the managers. AutoSaveChanges: a flag, true by default;
//   SaveAllChangesAsync: DbContext.SaveChangesAsync (the rows saved).
// Shapes: *=core
// First try (7be611e): incomplete: IMF0001 on 32 of 36 (the entity taken is the role, UserIdentityRole: the user
//   members' 'userId' names no property of a role; CreateRoleAsync and UpdateRoleAsync return a (IdentityResult, key)
//   tuple; CreateUserAsync, UpdateUserAsync, CreateUserRoleAsync, the claim writes, UserChangePasswordAsync and
//   SaveAllChangesAsync are not known verbs; GetRolesAsync(search, page, pageSize) 'search' names no property;
//   AutoSaveChanges has a setter); generated: ExistsRoleAsync, GetRoleAsync, GetRolesAsync(), DeleteRoleAsync
//   (IdentityResult.Success, or Failed() when the role is missing or its ConcurrencyStamp stale) | WRONG:
//   DeleteRoleAsync compares the given role's ConcurrencyStamp with the stored one and answers Failed() on a mismatch,
//   where the real repository reloads the stored role by Id (RoleManager.FindByIdAsync) and deletes that: Skoruba's
//   IdentityService passes a role mapped from a DTO, whose stamp is a new Guid, so the fake keeps the role and fails
//   where the real one deletes it. (A missing role: Failed() in the fake, ArgumentNullException from
//   RoleManager.DeleteAsync(null) in the real one.) IMF0020 (warning): roles are stored by reference (IdentityRole is
//   another assembly's).
// After this round: unchanged. The stamp check is the documented convention for a ConcurrencyStamp (Identity's own
//   RoleStore checks it, and its fakes rely on that); nothing in this signature tells a repository that reloads the
//   role first from the store that does not.
// Still wrong: DeleteRoleAsync with a stale ConcurrencyStamp (above), not reached (the smoke script stops at
//   AutoSaveChanges, refused, in its first line; no role can be stored without CreateRoleAsync, refused).
// After this round (h-wrongclass4): the IdentityResult of a write that finds its user or role missing or stale is
//   Failed(new IdentityErrorDescriber().ConcurrencyFailure()), as the EF Core stores behind UserManager/RoleManager
//   return it; the fake's failed result carried no error before (silently: Errors empty). Not reached by the probe.
// After h-oblivious (session 29): still incomplete (other members); GetRoleAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.Identity;

namespace Corpus.SkorubaAdmin.IIdentityRepositoryCase;

public class PagedList<T> where T : class
{
    public PagedList()
    {
        Data = new List<T>();
    }

    public List<T> Data { get; }

    public int TotalCount { get; set; }

    public int PageSize { get; set; }
}

public class UserIdentity : IdentityUser
{
}

public class UserIdentityRole : IdentityRole
{
}

public class UserIdentityUserClaim : IdentityUserClaim<string>
{
}

public class UserIdentityUserRole : IdentityUserRole<string>
{
}

public class UserIdentityUserLogin : IdentityUserLogin<string>
{
}

public class UserIdentityRoleClaim : IdentityRoleClaim<string>
{
}

public class UserIdentityUserToken : IdentityUserToken<string>
{
}

public interface IIdentityRepository<TUser, TRole, TKey, TUserClaim, TUserRole, TUserLogin, TRoleClaim, TUserToken>
    where TUser : IdentityUser<TKey>
    where TRole : IdentityRole<TKey>
    where TKey : IEquatable<TKey>
    where TUserClaim : IdentityUserClaim<TKey>
    where TUserRole : IdentityUserRole<TKey>
    where TUserLogin : IdentityUserLogin<TKey>
    where TRoleClaim : IdentityRoleClaim<TKey>
    where TUserToken : IdentityUserToken<TKey>
{
    Task<bool> ExistsUserAsync(string userId);

    Task<bool> ExistsRoleAsync(string roleId);

    Task<PagedList<TUser>> GetUsersAsync(string search, int page = 1, int pageSize = 10);

    Task<PagedList<TUser>> GetRoleUsersAsync(string roleId, string search, int page = 1, int pageSize = 10);

    Task<PagedList<TUser>> GetClaimUsersAsync(string claimType, string claimValue, int page = 1, int pageSize = 10);

    Task<PagedList<TRole>> GetRolesAsync(string search, int page = 1, int pageSize = 10);

    Task<(IdentityResult identityResult, TKey roleId)> CreateRoleAsync(TRole role);

    Task<TRole> GetRoleAsync(TKey roleId);

    Task<List<TRole>> GetRolesAsync();

    Task<(IdentityResult identityResult, TKey roleId)> UpdateRoleAsync(TRole role);

    Task<TUser> GetUserAsync(string userId);

    Task<(IdentityResult identityResult, TKey userId)> CreateUserAsync(TUser user);

    Task<(IdentityResult identityResult, TKey userId)> UpdateUserAsync(TUser user);

    Task<IdentityResult> DeleteUserAsync(string userId);

    Task<IdentityResult> CreateUserRoleAsync(string userId, string roleId);

    Task<PagedList<TRole>> GetUserRolesAsync(string userId, int page = 1, int pageSize = 10);

    Task<IdentityResult> DeleteUserRoleAsync(string userId, string roleId);

    Task<PagedList<TUserClaim>> GetUserClaimsAsync(string userId, int page = 1, int pageSize = 10);

    Task<TUserClaim> GetUserClaimAsync(string userId, int claimId);

    Task<IdentityResult> CreateUserClaimsAsync(TUserClaim claims);

    Task<IdentityResult> UpdateUserClaimsAsync(TUserClaim claims);

    Task<IdentityResult> DeleteUserClaimAsync(string userId, int claimId);

    Task<List<UserLoginInfo>> GetUserProvidersAsync(string userId);

    Task<IdentityResult> DeleteUserProvidersAsync(string userId, string providerKey, string loginProvider);

    Task<TUserLogin> GetUserProviderAsync(string userId, string providerKey);

    Task<IdentityResult> UserChangePasswordAsync(string userId, string password);

    Task<IdentityResult> CreateRoleClaimsAsync(TRoleClaim claims);

    Task<IdentityResult> UpdateRoleClaimsAsync(TRoleClaim claims);

    Task<PagedList<TRoleClaim>> GetRoleClaimsAsync(string roleId, int page = 1, int pageSize = 10);

    Task<PagedList<TRoleClaim>> GetUserRoleClaimsAsync(string userId, string claimSearchText, int page = 1, int pageSize = 10);

    Task<TRoleClaim> GetRoleClaimAsync(string roleId, int claimId);

    Task<IdentityResult> DeleteRoleClaimAsync(string roleId, int claimId);

    Task<IdentityResult> DeleteRoleAsync(TRole role);

    bool AutoSaveChanges { get; set; }

    Task<int> SaveAllChangesAsync();
}

[InMemoryFake(typeof(IIdentityRepository<UserIdentity, UserIdentityRole, string, UserIdentityUserClaim, UserIdentityUserRole, UserIdentityUserLogin, UserIdentityRoleClaim, UserIdentityUserToken>))]
public partial class IdentityRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IIdentityRepository<UserIdentity, UserIdentityRole, string, UserIdentityUserClaim, UserIdentityUserRole, UserIdentityUserLogin, UserIdentityRoleClaim, UserIdentityUserToken> repository)
    {
        Check.True(repository.AutoSaveChanges, "AutoSaveChanges is true by default");
        var alice = new UserIdentity { UserName = "alice", Email = "alice@example.com" };
        var (created, aliceId) = await repository.CreateUserAsync(alice);
        Check.True(created.Succeeded, "CreateUserAsync succeeds");
        Check.Equal(alice.Id, aliceId, "and returns the user's id");
        Check.True(await repository.ExistsUserAsync(aliceId), "ExistsUserAsync of the created user");
        Check.Equal("alice", (await repository.GetUserAsync(aliceId))?.UserName, "GetUserAsync reads the user");
        Check.Null(await repository.GetUserAsync(Guid.NewGuid().ToString()), "GetUserAsync of an unknown id is null");
        await repository.CreateUserAsync(new UserIdentity { UserName = "bob", Email = "bob@example.com" });

        var page = await repository.GetUsersAsync("ali");
        Check.Equal(1, page.TotalCount, "GetUsersAsync(search): the users whose name or email contains it");
        Check.Equal(2, (await repository.GetUsersAsync(null)).Data.Count, "all users when search is empty");

        alice.Email = "alice@contoso.com";
        Check.True((await repository.UpdateUserAsync(alice)).identityResult.Succeeded, "UpdateUserAsync succeeds");
        Check.Equal("alice@contoso.com", (await repository.GetUserAsync(aliceId))?.Email, "and stores the change");

        var admins = new UserIdentityRole { Name = "Admin" };
        var (roleCreated, roleId) = await repository.CreateRoleAsync(admins);
        Check.True(roleCreated.Succeeded, "CreateRoleAsync succeeds");
        Check.Equal("Admin", (await repository.GetRoleAsync(roleId))?.Name, "GetRoleAsync reads the role");
        Check.Equal(1, (await repository.GetRolesAsync()).Count, "GetRolesAsync: every role");

        Check.True((await repository.CreateUserRoleAsync(aliceId, roleId)).Succeeded, "CreateUserRoleAsync adds the user to the role");
        Check.Equal("Admin", (await repository.GetUserRolesAsync(aliceId)).Data.Single().Name, "GetUserRolesAsync: the user's roles");
        Check.Equal(aliceId, (await repository.GetRoleUsersAsync(roleId, null)).Data.Single().Id, "GetRoleUsersAsync: the role's users");
        Check.True((await repository.DeleteUserRoleAsync(aliceId, roleId)).Succeeded, "DeleteUserRoleAsync removes the user from the role");
        Check.Equal(0, (await repository.GetUserRolesAsync(aliceId)).TotalCount, "the user has no role left");

        Check.True((await repository.DeleteUserAsync(aliceId)).Succeeded, "DeleteUserAsync succeeds");
        Check.False(await repository.ExistsUserAsync(aliceId), "and deletes the user");
        Check.True((await repository.DeleteRoleAsync(admins)).Succeeded, "DeleteRoleAsync succeeds");
        Check.False(await repository.ExistsRoleAsync(roleId), "and deletes the role");
    }
}
