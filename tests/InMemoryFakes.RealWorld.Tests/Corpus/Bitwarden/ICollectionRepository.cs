// Source: https://github.com/bitwarden/server
// Commit: ac309aa19ed3
// Licence: AGPL-3.0 (an interface signature and minimal models transcribed for a test)
// Path: src/Core/AdminConsole/Repositories/ICollectionRepository.cs (base: src/Libraries/Data/Repositories/IRepository.cs;
//   models: src/Core/AdminConsole/Entities/Collection.cs, Models/Data/CollectionAccessSelection.cs,
//   CollectionAccessDetails.cs, CollectionDetails.cs, CollectionAdminDetails.cs)
// Adapted: ITableObject<TId> keeps Id and SetNewId (CoreHelpers.GenerateComb becomes Guid.NewGuid); Collection drops
//   [MaxLength]; the doc comments are left out.
// Real store: src/Infrastructure.Dapper/Repositories/Repository.cs + AdminConsole/Repositories/CollectionRepository.cs
//   (stored procedures; the EF Core store does the same): CreateAsync always gives the collection a new id
//   (obj.SetNewId()) and returns it; GetByIdAsync returns null when missing; ReplaceAsync of a missing id does nothing;
//   UpsertAsync creates when Id is default, else replaces; DeleteAsync(obj) deletes by Id;
//   GetCountByOrganizationIdAsync / GetManyByOrganizationIdAsync select by OrganizationId; GetManyByManyIdsAsync the
//   collections with those ids; DeleteManyAsync(ids) deletes them. The access members join the group and user tables.
// Shapes: *=core; GetByIdWithAccessAsync=14; GetManyByOrganizationIdWithAccessAsync=14; GetManyByUserIdAsync=4;
//   GetManySharedByOrganizationIdWithPermissionsAsync=4; GetByIdWithPermissionsAsync=4; CreateAsync=8; ReplaceAsync=8;
//   DeleteUserAsync=1; UpdateUsersAsync=1; GetManyUsersByIdAsync=1; DeleteManyAsync=18; GetManyByManyIdsAsync=18;
//   CreateOrUpdateAccessForManyAsync=1; CreateDefaultCollectionsAsync=1; CreateDefaultCollectionsBulkAsync=1;
//   SetAccessRuleAssociationsAsync=1; GetManySharedCollectionsByOrganizationIdAsync=6
// Configured: MissingDelete = MissingDelete.Ignore: DeleteAsync(obj) deletes by Id through a Dapper
//   stored-procedure call with no affected-row check, so a missing collection deletes nothing; a removal that
//   returns nothing cannot say it (docs/generator.md, attribute settings).
// First try (bb0aa1c): incomplete: IMF0001 CreateAsync(obj, groups, users), ReplaceAsync(obj, groups, users),
//   DeleteUserAsync, UpdateUsersAsync, CreateOrUpdateAccessForManyAsync, CreateDefaultCollectionsAsync,
//   CreateDefaultCollectionsBulkAsync, SetAccessRuleAssociationsAsync; IMF0015 GetByIdWithAccessAsync,
//   GetByIdWithPermissionsAsync, GetManyByOrganizationIdWithAccessAsync, GetManySharedByOrganizationIdWithPermissionsAsync,
//   GetManySharedCollectionsByOrganizationIdAsync, GetManyUsersByIdAsync; IMF0016 GetManyByManyIdsAsync,
//   GetManyByUserIdAsync | WRONG: none in the main paths (CreateAsync keeps an Id the caller set where the real store
//   always makes a new one, UpsertAsync of an unstored non-default Id inserts where the real store's replace does
//   nothing, ReplaceAsync of a missing Id throws not-found where the real store does nothing: store choices the
//   signatures do not show; the smoke script takes the usual paths)
// Configured: NotStamped = new[] { "CreationDate" }: CreateAsync keeps the collection's CreationDate as given (Dapper's
//   Repository.CreateAsync calls SetNewId and passes the object's properties to the Collection_Create procedure; the EF
//   Core store maps the object as it is; the entity's initializer and the callers set it), which NotStamped says (IMF0025
//   asked: many stores stamp a property of that name).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Bitwarden.ICollectionRepositoryCase;

public interface ITableObject<T> where T : IEquatable<T>
{
    T Id { get; set; }
    void SetNewId();
}

public enum CollectionType
{
    SharedCollection = 0,
    DefaultUserCollection = 1,
}

public class Collection : ITableObject<Guid>
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public string Name { get; set; } = null!;
    public string? ExternalId { get; set; }
    public DateTime CreationDate { get; set; } = DateTime.UtcNow;
    public DateTime RevisionDate { get; set; } = DateTime.UtcNow;
    public CollectionType Type { get; set; } = CollectionType.SharedCollection;
    public string? DefaultUserCollectionEmail { get; set; }
    public Guid? AccessRuleId { get; set; }

    public void SetNewId()
    {
        Id = Guid.NewGuid();
    }
}

public class CollectionAccessSelection
{
    public Guid Id { get; set; }
    public bool ReadOnly { get; set; }
    public bool HidePasswords { get; set; }
    public bool Manage { get; set; }

    public bool Valid() => !(Manage && (ReadOnly || HidePasswords));
}

#nullable disable
public class CollectionAccessDetails
{
    public IEnumerable<CollectionAccessSelection> Groups { get; set; }
    public IEnumerable<CollectionAccessSelection> Users { get; set; }
}
#nullable enable

public class CollectionDetails : Collection
{
    public bool ReadOnly { get; set; }
    public bool HidePasswords { get; set; }
    public bool Manage { get; set; }
}

public class CollectionAdminDetails : CollectionDetails
{
    public IEnumerable<CollectionAccessSelection> Groups { get; set; } = [];
    public IEnumerable<CollectionAccessSelection> Users { get; set; } = [];
    public bool Assigned { get; set; }
    public bool Unmanaged { get; set; }
}

public interface IRepository<T, TId> where TId : IEquatable<TId> where T : class, ITableObject<TId>
{
    Task<T?> GetByIdAsync(TId id);
    Task<T> CreateAsync(T obj);
    Task ReplaceAsync(T obj);
    Task UpsertAsync(T obj);
    Task DeleteAsync(T obj);
}

[InMemoryFake(NotStamped = new[] { "CreationDate" }, MissingDelete = MissingDelete.Ignore)]
public interface ICollectionRepository : IRepository<Collection, Guid>
{
    Task<int> GetCountByOrganizationIdAsync(Guid organizationId);
    Task<Tuple<Collection?, CollectionAccessDetails>> GetByIdWithAccessAsync(Guid id);
    Task<ICollection<Collection>> GetManyByOrganizationIdAsync(Guid organizationId);
    Task<ICollection<Collection>> GetManySharedCollectionsByOrganizationIdAsync(Guid organizationId);
    Task<ICollection<Tuple<Collection, CollectionAccessDetails>>> GetManyByOrganizationIdWithAccessAsync(Guid organizationId);
    Task<ICollection<Collection>> GetManyByManyIdsAsync(IEnumerable<Guid> collectionIds);
    Task<ICollection<CollectionDetails>> GetManyByUserIdAsync(Guid userId);
    Task<ICollection<CollectionAdminDetails>> GetManySharedByOrganizationIdWithPermissionsAsync(Guid organizationId, Guid userId, bool includeAccessRelationships);
    Task<CollectionAdminDetails?> GetByIdWithPermissionsAsync(Guid collectionId, Guid? userId, bool includeAccessRelationships);
    Task CreateAsync(Collection obj, IEnumerable<CollectionAccessSelection>? groups, IEnumerable<CollectionAccessSelection>? users);
    Task ReplaceAsync(Collection obj, IEnumerable<CollectionAccessSelection>? groups, IEnumerable<CollectionAccessSelection>? users);
    Task DeleteUserAsync(Guid collectionId, Guid organizationUserId);
    Task UpdateUsersAsync(Guid id, IEnumerable<CollectionAccessSelection> users);
    Task<ICollection<CollectionAccessSelection>> GetManyUsersByIdAsync(Guid id);
    Task DeleteManyAsync(IEnumerable<Guid> collectionIds);
    Task CreateOrUpdateAccessForManyAsync(Guid organizationId, IEnumerable<Guid> collectionIds,
        IEnumerable<CollectionAccessSelection> users, IEnumerable<CollectionAccessSelection> groups,
        DateTime revisionDate);
    Task CreateDefaultCollectionsAsync(Guid organizationId, IEnumerable<Guid> organizationUserIds, string defaultCollectionName);
    Task CreateDefaultCollectionsBulkAsync(Guid organizationId, IEnumerable<Guid> organizationUserIds, string defaultCollectionName);
    Task SetAccessRuleAssociationsAsync(Guid organizationId, Guid accessRuleId,
        IEnumerable<Guid> collectionIdsToAssign, IEnumerable<Guid> collectionIdsToClear);
}

public static class Smoke
{
    public static async Task RunAsync(ICollectionRepository repository)
    {
        var org = Guid.NewGuid();
        var other = Guid.NewGuid();
        var first = await repository.CreateAsync(new Collection { OrganizationId = org, Name = "Engineering" });
        Check.True(first.Id != Guid.Empty, "CreateAsync gives the collection a new id");
        var dated = await repository.CreateAsync(new Collection { OrganizationId = other, Name = "Dated", CreationDate = new DateTime(2020, 5, 1, 0, 0, 0, DateTimeKind.Utc) });
        Check.Equal(new DateTime(2020, 5, 1, 0, 0, 0, DateTimeKind.Utc), (await repository.GetByIdAsync(dated.Id))?.CreationDate, "CreateAsync keeps the CreationDate it is given");
        await repository.DeleteAsync(dated);
        var second = await repository.CreateAsync(new Collection { OrganizationId = org, Name = "Sales" });
        await repository.CreateAsync(new Collection { OrganizationId = other, Name = "Elsewhere" });
        Check.Equal("Engineering", (await repository.GetByIdAsync(first.Id))?.Name, "GetByIdAsync finds the created collection");
        Check.Null(await repository.GetByIdAsync(Guid.NewGuid()), "GetByIdAsync of a missing id is null");
        Check.Equal(2, await repository.GetCountByOrganizationIdAsync(org), "GetCountByOrganizationIdAsync counts the organization's collections");
        Check.Equal(2, (await repository.GetManyByOrganizationIdAsync(org)).Count, "GetManyByOrganizationIdAsync lists the organization's collections");
        first.Name = "Platform";
        await repository.ReplaceAsync(first);
        Check.Equal("Platform", (await repository.GetByIdAsync(first.Id))?.Name, "ReplaceAsync stores the change");
        var made = new Collection { OrganizationId = org, Name = "Support" };
        await repository.UpsertAsync(made);
        Check.True(made.Id != Guid.Empty, "UpsertAsync of a new collection (default id) creates it with a new id");
        Check.Equal(3, await repository.GetCountByOrganizationIdAsync(org), "the upserted collection is stored");
        var many = await repository.GetManyByManyIdsAsync([first.Id, second.Id, Guid.NewGuid()]);
        Check.Equal(2, many.Count, "GetManyByManyIdsAsync returns the collections with those ids");
        await repository.DeleteAsync(second);
        Check.Null(await repository.GetByIdAsync(second.Id), "DeleteAsync deletes by Id");
        await repository.DeleteManyAsync([first.Id, made.Id]);
        Check.Equal(0, await repository.GetCountByOrganizationIdAsync(org), "DeleteManyAsync deletes the collections with those ids");
    }
}
