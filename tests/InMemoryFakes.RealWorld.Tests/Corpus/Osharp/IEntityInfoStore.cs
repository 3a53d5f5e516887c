// Source: https://github.com/dotnetcore/osharp
// Commit: 6fcfc123
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
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
//   This one: the 2nd of dotnetcore/osharp (3 members), closed over OSharp's own EntityInfo and EntityInfoInputDto.
// Path: src/OSharp.Authorization.Datas/IEntityInfoStore.cs (models: src/OSharp/Authorization/EntityInfos/IEntityInfo.cs,
//   EntityInfoBase.cs, EntityInfo.cs, src/OSharp.Authorization.Datas/Dtos/EntityInfoInputDtoBase.cs, EntityInfoInputDto.cs,
//   src/OSharp.Utils/Data/OperationResult.cs)
// Adapted: [IgnoreDependency] dropped; IEntityInfo keeps its data properties (not Properties nor FromType); EntityBase<Guid>
//   is reduced to its Id; OperationResult keeps ResultType and Message, OperationResultType its first five values.
//   OSharp builds without nullable annotations (#nullable disable).
// Real store: src/OSharp.Authorization.Datas/DataAuthorizationManagerBase.cs over OSharp's EF Core Repository
//   (src/OSharp.EntityFrameworkCore/Repository.cs): EntityInfos is QueryAsNoTracking() (untracked rows);
//   CheckEntityInfoExists(predicate, id) is CheckExistsAsync: the FIRST row matching the predicate, and with id =
//   Guid.Empty whether there is one, else whether it is not the row with that id; UpdateEntityInfos(dtos) validates the
//   dtos, then for each dto finds the row by Id (a missing one: OperationResult(QueryNull), nothing saved), maps the dto
//   onto it with Mapster (Id, AuditEnabled), saves, and returns Success when SaveChanges counted a change, else NoChanged.
//   There is no way to add a row through this interface (OSharp's pack seeds EntityInfo rows from the entity types).
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 EntityInfos, CheckEntityInfoExists, UpdateEntityInfos. The planner takes
//   EntityInfoInputDto (the params array of UpdateEntityInfos) for the entity, so the messages speak of it, but every
//   member is refused either way: an update from input DTOs returning OperationResult, and an existence check that
//   excludes an id, are OSharp's own | WRONG: none (nothing generated).
// After this round: unchanged.

#nullable disable

using System;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Osharp.IEntityInfoStoreCase;

public interface IEntity<TKey>
{
    TKey Id { get; set; }
}

public interface IEntityHash
{
}

public interface IEntityInfo : IEntity<Guid>, IEntityHash
{
    string Name { get; set; }

    string TypeName { get; set; }

    bool AuditEnabled { get; set; }

    string PropertyJson { get; set; }
}

public abstract class EntityBase<TKey> : IEntity<TKey>
{
    public TKey Id { get; set; }
}

public abstract class EntityInfoBase : EntityBase<Guid>, IEntityInfo
{
    public string Name { get; set; }

    public string TypeName { get; set; }

    public bool AuditEnabled { get; set; } = true;

    public string PropertyJson { get; set; }
}

public class EntityInfo : EntityInfoBase
{
}

public interface IInputDto<TKey>
{
    TKey Id { get; set; }
}

public abstract class EntityInfoInputDtoBase : IInputDto<Guid>
{
    public Guid Id { get; set; }

    public bool AuditEnabled { get; set; }
}

public class EntityInfoInputDto : EntityInfoInputDtoBase
{
}

public enum OperationResultType
{
    ValidError,
    QueryNull,
    NoChanged,
    Success,
    Error,
}

public class OperationResult
{
    public OperationResult()
        : this(OperationResultType.NoChanged)
    {
    }

    public OperationResult(OperationResultType resultType, string message = null)
    {
        ResultType = resultType;
        Message = message;
    }

    public OperationResultType ResultType { get; set; }

    public string Message { get; set; }
}

public interface IEntityInfoStore<TEntityInfo, in TEntityInfoInputDto>
    where TEntityInfo : IEntityInfo
    where TEntityInfoInputDto : EntityInfoInputDtoBase
{
    IQueryable<TEntityInfo> EntityInfos { get; }

    Task<bool> CheckEntityInfoExists(Expression<Func<TEntityInfo, bool>> predicate, Guid id = default(Guid));

    Task<OperationResult> UpdateEntityInfos(params TEntityInfoInputDto[] dtos);
}

[InMemoryFake(typeof(IEntityInfoStore<EntityInfo, EntityInfoInputDto>))]
public partial class EntityInfoStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IEntityInfoStore<EntityInfo, EntityInfoInputDto> store)
    {
        Check.Equal(0, store.EntityInfos.Count(), "EntityInfos of an empty store is empty");
        Check.False(await store.CheckEntityInfoExists(e => e.Name == "User"), "CheckEntityInfoExists of no match is false");
        var result = await store.UpdateEntityInfos(new EntityInfoInputDto { Id = Guid.NewGuid(), AuditEnabled = false });
        Check.Equal(OperationResultType.QueryNull, result.ResultType, "UpdateEntityInfos of a row that is not stored is QueryNull");
    }
}
