// Source: https://github.com/bitwarden/server
// Commit: ac309aa19ed3
// Licence: AGPL-3.0 (an interface signature and minimal models transcribed for a test)
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
//   This one: the 1st of bitwarden/server not in the corpus (13 members of its own and the 5 of IRepository<Group,
//   Guid>, its base in the same repository: 18).
// Path: src/Core/AdminConsole/Repositories/IGroupRepository.cs (base: src/Libraries/Data/Repositories/IRepository.cs;
//   models: src/Core/AdminConsole/Entities/Group.cs, GroupUser.cs, src/Core/Models/Data/CollectionAccessSelection.cs;
//   real store: src/Infrastructure.Dapper/AdminConsole/Repositories/GroupRepository.cs over Repositories/Repository.cs)
// Adapted: XML comments and [MaxLength] dropped; ITableObject<TId> keeps Id and SetNewId (CoreHelpers.GenerateComb
//   becomes Guid.NewGuid); Group's IExternal dropped. Nullable enabled (the file says #nullable enable; Directory.Build.props
//   enables it too).
// Real store: GroupRepository (Dapper over stored procedures; the EF Core GroupRepository does the same).
//   IRepository: CreateAsync always gives the group a new id (obj.SetNewId()) and returns it; GetByIdAsync returns null
//   when missing; ReplaceAsync of a missing id does nothing; UpsertAsync creates when Id is default, else replaces;
//   DeleteAsync(obj) deletes by Id (no error when missing). GetManyByOrganizationIdAsync: the groups of the
//   organization; GetManyByManyIds: the groups with those ids; CreateAsync(obj, collections) / ReplaceAsync(obj,
//   collections) also write the group's collection access (CollectionGroup rows); GetByIdWithCollectionsAsync /
//   GetManyWithCollectionsByOrganizationIdAsync read them back with it; the GroupUser members read and write the
//   group's organization users (GroupUser rows); DeleteManyAsync(groupIds) deletes those groups.
// Shapes: *=core
// First try (7be611e): incomplete: IMF0001 CreateAsync(obj, collections), ReplaceAsync(obj, collections),
//   DeleteUserAsync, UpdateUsersAsync, AddGroupUsersByIdAsync (the GroupUser and CollectionGroup rows beside a group),
//   DeleteAsync (a removal by entity returning nothing, without MissingDelete); IMF0015 GetByIdWithCollectionsAsync,
//   GetManyWithCollectionsByOrganizationIdAsync, GetManyIdsByUserIdAsync, GetManyUserIdsByIdAsync,
//   GetManyGroupUsersByOrganizationIdAsync; IMF0016 GetManyByManyIds ("names 'ManyIds', which is not a property");
//   generated: GetByIdAsync, CreateAsync, ReplaceAsync, UpsertAsync, GetManyByOrganizationIdAsync, DeleteManyAsync (by
//   ids, missing ones skipped) | WRONG: none in the main paths (as for ICollectionRepository: CreateAsync keeps an Id
//   the caller set where Group.SetNewId always makes a new one, UpsertAsync of an unstored non-default Id inserts where
//   the real replace does nothing, ReplaceAsync of a missing Id throws not-found where the real store does nothing:
//   store choices no signature shows; the smoke script takes the usual paths).
// After this round: unchanged. MissingDelete = MissingDelete.Ignore would state DeleteAsync (Dapper's DELETE by Id);
//   the other refusals are right (access rows beside the group; "Many…ByManyIds" is the key list, IMF0016 says so).
// Still wrong: none found (the smoke script passes CreateAsync, GetByIdAsync, GetManyByOrganizationIdAsync and
//   ReplaceAsync, then stops at GetManyByManyIds, refused).
// After this round (h-wrongclass4): UpsertAsync of a group whose Id is set but not stored stores it, where the real
//   Upsert (Id default ? Create : Replace) replaces nothing; the documented preset-key decision, left to the lead.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Bitwarden.IGroupRepositoryCase;

public interface ITableObject<T> where T : IEquatable<T>
{
    T Id { get; set; }
    void SetNewId();
}

public class Group : ITableObject<Guid>
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public string Name { get; set; } = null!;
    public string? ExternalId { get; set; }
    public DateTime CreationDate { get; internal set; } = DateTime.UtcNow;
    public DateTime RevisionDate { get; set; } = DateTime.UtcNow;

    public void SetNewId()
    {
        Id = Guid.NewGuid();
    }
}

public class GroupUser
{
    public Guid GroupId { get; set; }
    public Guid OrganizationUserId { get; set; }
}

public class CollectionAccessSelection
{
    public Guid Id { get; set; }
    public bool ReadOnly { get; set; }
    public bool HidePasswords { get; set; }
    public bool Manage { get; set; }
}

public interface IRepository<T, TId> where TId : IEquatable<TId> where T : class, ITableObject<TId>
{
    Task<T?> GetByIdAsync(TId id);
    Task<T> CreateAsync(T obj);
    Task ReplaceAsync(T obj);
    Task UpsertAsync(T obj);
    Task DeleteAsync(T obj);
}

[InMemoryFake]
public interface IGroupRepository : IRepository<Group, Guid>
{
    Task<Tuple<Group?, ICollection<CollectionAccessSelection>>> GetByIdWithCollectionsAsync(Guid id);
    Task<ICollection<Group>> GetManyByOrganizationIdAsync(Guid organizationId);
    Task<ICollection<Tuple<Group, ICollection<CollectionAccessSelection>>>> GetManyWithCollectionsByOrganizationIdAsync(
        Guid organizationId);
    Task<ICollection<Group>> GetManyByManyIds(IEnumerable<Guid> groupIds);
    Task<ICollection<Guid>> GetManyIdsByUserIdAsync(Guid organizationUserId);
    Task<ICollection<Guid>> GetManyUserIdsByIdAsync(Guid id, bool useReadOnlyReplica = false);
    Task<ICollection<GroupUser>> GetManyGroupUsersByOrganizationIdAsync(Guid organizationId);
    Task CreateAsync(Group obj, IEnumerable<CollectionAccessSelection> collections);
    Task ReplaceAsync(Group obj, IEnumerable<CollectionAccessSelection> collections);
    Task DeleteUserAsync(Guid groupId, Guid organizationUserId, DateTime revisionDate);
    Task UpdateUsersAsync(Guid groupId, IEnumerable<Guid> organizationUserIds, DateTime revisionDate);
    Task AddGroupUsersByIdAsync(Guid groupId, IEnumerable<Guid> organizationUserIds, DateTime revisionDate);
    Task DeleteManyAsync(IEnumerable<Guid> groupIds);
}

public static class Smoke
{
    public static async Task RunAsync(IGroupRepository repository)
    {
        var organization = Guid.NewGuid();
        Check.Null(await repository.GetByIdAsync(Guid.NewGuid()), "GetByIdAsync of an unknown id is null");

        var admins = await repository.CreateAsync(new Group { OrganizationId = organization, Name = "Admins" });
        Check.True(admins.Id != Guid.Empty, "CreateAsync gives the group a new id");
        var readers = await repository.CreateAsync(new Group { OrganizationId = organization, Name = "Readers" });
        await repository.CreateAsync(new Group { OrganizationId = Guid.NewGuid(), Name = "Elsewhere" });
        Check.Equal("Admins", (await repository.GetByIdAsync(admins.Id))?.Name, "GetByIdAsync reads the created group");
        Check.Equal(2, (await repository.GetManyByOrganizationIdAsync(organization)).Count, "GetManyByOrganizationIdAsync: the organization's groups");

        readers.Name = "Viewers";
        await repository.ReplaceAsync(readers);
        Check.Equal("Viewers", (await repository.GetByIdAsync(readers.Id))?.Name, "ReplaceAsync stores the change");
        Check.Equal(1, (await repository.GetManyByManyIds([readers.Id, Guid.NewGuid()])).Count, "GetManyByManyIds: the groups with those ids");

        await repository.DeleteAsync(admins);
        Check.Null(await repository.GetByIdAsync(admins.Id), "DeleteAsync deletes the group");
        await repository.DeleteManyAsync([readers.Id]);
        Check.Null(await repository.GetByIdAsync(readers.Id), "DeleteManyAsync deletes the groups with those ids");
        Check.Equal(0, (await repository.GetManyByOrganizationIdAsync(organization)).Count, "the organization has no group left");

        var editors = new Group { OrganizationId = organization, Name = "Editors" };
        var collection = Guid.NewGuid();
        await repository.CreateAsync(editors, [new CollectionAccessSelection { Id = collection, ReadOnly = true }]);
        var (group, access) = await repository.GetByIdWithCollectionsAsync(editors.Id);
        Check.Equal("Editors", group?.Name, "CreateAsync(obj, collections) stores the group");
        Check.Equal(collection, access.Single().Id, "with its collection access");

        var user = Guid.NewGuid();
        await repository.AddGroupUsersByIdAsync(editors.Id, [user], DateTime.UtcNow);
        Check.Equal(user, (await repository.GetManyUserIdsByIdAsync(editors.Id)).Single(), "AddGroupUsersByIdAsync adds the user to the group");
        Check.Equal(editors.Id, (await repository.GetManyIdsByUserIdAsync(user)).Single(), "GetManyIdsByUserIdAsync: the user's groups");
        await repository.DeleteUserAsync(editors.Id, user, DateTime.UtcNow);
        Check.Equal(0, (await repository.GetManyUserIdsByIdAsync(editors.Id)).Count, "DeleteUserAsync removes the user from the group");
    }
}
