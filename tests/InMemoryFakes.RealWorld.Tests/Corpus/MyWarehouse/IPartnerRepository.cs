// Source: https://github.com/baratgabor/MyWarehouse
// Commit: de151d03
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample20 rule, fixed before probing: in these repositories, in this order (Abblix/Oidc.Server,
//   ITfoxtec/ITfoxtec.Identity.Saml2, TanvirArjel/CleanArchitecture, vkhorikov/DddInAction, dotnet/eShopSupport,
//   sitkoru/Sitko.Core, matthewrenze/clean-architecture-demo, baratgabor/MyWarehouse, Elfocrash/clean-minimal-api,
//   jasontaylordev/NorthwindTraders, abpframework/eShopOnAbp), skipping any the tools do not hold or already in the
//   corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already taken does not count), outside
//   paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at
//   least 3 members (inherited ones count if the base interface is in the same repository) and are not already in the
//   corpus; stop after 10; each transcribed whole.
//   ITfoxtec.Identity.Saml2, DddInAction, eShopSupport, clean-architecture-demo and NorthwindTraders have no such
//   interface; Abblix's ICheckSessionResponseCache declares 1 member, CleanArchitecture's IEmployeeCacheRepository 1,
//   Sitko.Core's IEFRepository 2 (its base IRepository none) and IRemoteRepository none, eShopOnAbp's IBasketRepository
//   2 (its base is ABP's). So the rule picks 10, all transcribed, in order: Abblix IBackChannelRequestStorage,
//   IDeviceAuthorizationStorage; CleanArchitecture IDepartmentCacheRepository, IDepartmentRepository; Sitko.Core
//   IEFRepository<TEntity>, IRepository<TEntity, TEntityPk>; MyWarehouse IRepository<TEntity>, IPartnerRepository;
//   clean-minimal-api ICustomerRepository; eShopOnAbp IOrderRepository.
//   This one: the 2nd of baratgabor/MyWarehouse (9 members, all inherited from IRepository<Partner>).
// Path: src/Application/Common/Dependencies/DataAccess/Repositories/IPartnerRepository.cs (its base:
//   src/Application/Common/Dependencies/DataAccess/Repositories/Common/IRepository.cs)
// Adapted: IUnitOfWork keeps Partners and SaveChanges (Products and Transactions, of repositories not transcribed, left
//   out); as MyWarehouse/IRepository.cs: Partner keeps a Name, MyEntity its int Id (public set) and DeletedAt;
//   IMapFrom<TEntity> without its AutoMapper default method; ListQueryModel<TDto> without IRequest, validation and
//   throw helpers; PartnerDto is a test DTO.
// Real store: src/Infrastructure/ApplicationDependencies/DataAccess/Repositories/Common/RepositoryBase.cs
//   (RepositoryBaseEF<TEntity>) and PartnerRepositoryEF.cs, over ApplicationDbContext (EF Core). The repository never
//   saves: its writes wait for IUnitOfWork.SaveChanges, a separate interface (src/Application/Common/Dependencies/
//   DataAccess/IUnitOfWork.cs) the handlers call. GetByIdAsync(id) BaseQuery.SingleOrDefaultAsync(e => e.Id == id): a
//   database query, so it sees saved rows only (an Add not yet saved: null; a Remove not yet saved: still found), null
//   when missing; GetFiltered(filter, readOnly) the saved rows matching filter (readOnly: AsNoTracking); Add/AddRange
//   DbSet.Add (tracked as Added, nothing written); Remove/RemoveRange (PartnerRepositoryEF) context.Remove: at the save,
//   ApplicationDbContext turns it into a soft delete (DeletedAt/DeletedBy set, the row kept, hidden by the global query
//   filter DeletedAt == null); StartTracking(entity) DbSet.Update (attach as Modified); GetProjectedAsync<TDto>(id)
//   the row projected by AutoMapper ProjectTo to TDto (default when missing); GetProjectedListAsync<TDto>(model, filter)
//   AutoMapper projection, then the OData filter string model.Filter, the OData order string model.OrderBy, then page
//   model.PageIndex (from 1) of model.PageSize, with the total row count.
// Shapes: *=core
// First try (cb20e85): incomplete: as MyWarehouse/IRepository.cs: IMF0018 GetFiltered, IMF0001 GetProjectedAsync,
//   GetProjectedListAsync, StartTracking, Remove. Generated: GetByIdAsync, Add, AddRange, RemoveRange. The probe passes
//   GetByIdAsync | WRONG: Add stores at once (GetByIdAsync finds it) where the real repository's writes wait for
//   IUnitOfWork.SaveChanges, on another interface.
// After this round: unchanged (see MyWarehouse/IRepository.cs).
// After h-wrongclass (session 18, 2026-12-04): Remove and RemoveRange are refused (IMF0001) for Partner's deletion time
//   DeletedAt: a nullable DateTime named as the time a row was deleted is a deletion flag (docs/generator.md, deletes of
//   an entity with a deletion flag), and this store's Remove/RemoveRange set it at the save instead of removing the row
//   (Real store, above), where the generated RemoveRange removed the rows. Still incomplete; nothing complete changed.
// After this round (h-uow2, session 19, 2026-12-04): IUnitOfWork (src/Application/Common/Dependencies/DataAccess/
//   IUnitOfWork.cs) is transcribed beside the repository, as it is in the source: its Partners property hands out
//   IPartnerRepository beside SaveChanges, which shows that the repository's writes wait for that save (docs/
//   generator.md, refused guesses: a repository's writes beside another interface that is its unit of work). Add and
//   AddRange are refused (IMF0022, naming IUnitOfWork.SaveChanges and UnitOfWorkWrites) where they were stored at once.
//   The probe passes GetByIdAsync and stops at Add, refused: the silent guess is gone. Still incomplete. The message's
//   fix, faking IUnitOfWork, gives Partners the real meaning (one change tracker, writes at SaveChanges), but only once
//   the members refused above are written: a unit of work's repositories are generated whole (IMF0023).

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MyWarehouse.IPartnerRepositoryCase;

public interface IEntity
{
    int Id { get; }
}

public abstract class MyEntity : IEntity
{
    public int Id { get; set; }

    public DateTime? DeletedAt { get; set; }
}

public class Partner : MyEntity
{
    public string Name { get; set; } = default!;
}

public interface IMapFrom<TEntity>
{
}

public class PartnerDto : IMapFrom<Partner>
{
    public int Id { get; set; }
    public string Name { get; set; } = default!;
}

public interface IListResponseModel<T>
{
    int PageIndex { get; }
    int PageSize { get; }

    int PageCount { get; }
    int RowCount { get; }

    string? ActiveFilter { get; }
    string? ActiveOrderBy { get; }

    int FirstRowOnPage { get; }
    int LastRowOnPage { get; }

    IEnumerable<T> Results { get; set; }
}

public class ListQueryModel<TDto>
{
    public int PageIndex { get; set; } = 1;

    public int PageSize { get; set; } = 20;

    public string OrderBy { get; set; } = "id";

    public string? Filter { get; set; }
}

public interface IRepository<TEntity> where TEntity : IEntity
{
    /// <summary>
    /// Returns the entity corresponding to the given ID, or default if not found.
    /// </summary>
    Task<TEntity?> GetByIdAsync(int id);

    Task<IEnumerable<TEntity>> GetFiltered(Expression<Func<TEntity, bool>> filter, bool readOnly = false);

    void Add(TEntity entity);
    void AddRange(IEnumerable<TEntity> entities);

    void Remove(TEntity entity);
    void RemoveRange(IEnumerable<TEntity> entities);

    void StartTracking(TEntity entity);

    /// <summary>
    /// Finds the entity of the given Id, and returns it mapped to the specified mappable type, or returns default if not found.
    /// </summary>
    Task<TDto?> GetProjectedAsync<TDto>(int id, bool readOnly = false) where TDto : IMapFrom<TEntity>;

    /// <summary>
    /// Finds the list of entities corresponding to the provided query, and returns them mapped to the specified mappable type.
    /// </summary>
    Task<IListResponseModel<TDto>> GetProjectedListAsync<TDto>(ListQueryModel<TDto> model, Expression<Func<TEntity, bool>>? additionalFilter = null, bool readOnly = false) where TDto : IMapFrom<TEntity>;
}

[InMemoryFake]
public interface IPartnerRepository : IRepository<Partner>
{
}

public interface IUnitOfWork : IDisposable
{
    public IPartnerRepository Partners { get; }

    public Task SaveChanges();
}

public static class Smoke
{
    public static async Task RunAsync(IPartnerRepository repository)
    {
        ((IInMemoryFake)repository).Seed(new Partner { Id = 1, Name = "Acme" }, new Partner { Id = 2, Name = "Globex" });
        Check.Equal("Acme", (await repository.GetByIdAsync(1))?.Name, "GetByIdAsync finds a saved partner");
        Check.Null(await repository.GetByIdAsync(9), "GetByIdAsync of an unknown id is null");
        repository.Add(new Partner { Id = 3, Name = "Initech" });
        Check.Null(await repository.GetByIdAsync(3), "Add only tracks: the query does not see it until IUnitOfWork.SaveChanges (another interface)");
        repository.AddRange(new[] { new Partner { Id = 4, Name = "Umbrella" } });
        Check.Null(await repository.GetByIdAsync(4), "AddRange only tracks: the query does not see it until IUnitOfWork.SaveChanges");
        repository.Remove(new Partner { Id = 1, Name = "Acme" });
        Check.Equal("Acme", (await repository.GetByIdAsync(1))?.Name, "Remove only tracks: the saved row is still found until IUnitOfWork.SaveChanges");
        Check.Equal("Globex", string.Join(",", (await repository.GetFiltered(p => p.Name.StartsWith("G"))).Select(p => p.Name)), "GetFiltered answers the saved rows matching the filter");
        Check.Equal(1, (await repository.GetProjectedAsync<PartnerDto>(1))?.Id, "GetProjectedAsync projects the partner of the id");
        var page = await repository.GetProjectedListAsync(new ListQueryModel<PartnerDto> { PageSize = 1, PageIndex = 2, OrderBy = "id" });
        Check.Equal(2, page.RowCount, "GetProjectedListAsync counts every saved row");
        Check.Equal("Globex", string.Join(",", page.Results.Select(p => p.Name)), "GetProjectedListAsync pages the rows in OrderBy order");
    }
}
