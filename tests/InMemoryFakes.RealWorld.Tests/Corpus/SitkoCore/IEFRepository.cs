// Source: https://github.com/sitkoru/Sitko.Core
// Commit: 7cd17407
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
//   This one: the 1st of sitkoru/Sitko.Core (5 members: 3 declared, 2 inherited from IEFRepository).
// Path: src/Sitko.Core.Repository.EntityFrameworkCore/EFRepository.cs (IEFRepository and IEFRepository<TEntity>; the
//   base IRepository (src/Sitko.Core.Repository/IRepository.cs) declares nothing)
// Adapted: Sitko.Core builds against EF Core 8, whose SetPropertyCalls<TSource> EF Core 10 (this test project's) no
//   longer has: a minimal stand-in of the same name and SetProperty shape. IEntity, IEntity<TEntityPk> and
//   Entity<TEntityPk> as in src/Sitko.Core.Repository/IEntity.cs without the equality members; Product is a test model.
// Real store: src/Sitko.Core.Repository.EntityFrameworkCore/EFRepository.cs (EF Core bulk statements, not through the
//   change tracker): DeleteAllRawAsync(conditions) runs the raw SQL "DELETE FROM <table> WHERE <conditions>" and returns
//   the row count; DeleteAllAsync() ExecuteDeleteAsync of the whole table, the count; DeleteAllAsync(where)
//   Where(where).ExecuteDeleteAsync, the count; UpdateAllAsync(setters) ExecuteUpdateAsync of every row (each setter
//   writes a property, a constant or a value computed from the row), the count; UpdateAllAsync(where, setters) the
//   same over the rows matching where.
// Shapes: *=core
// First try (cb20e85): incomplete: IMF0001 all 5 members (planned as a key-value store: DeleteAllAsync (both) is not
//   a parameterless Clear returning nothing, DeleteAllRawAsync and UpdateAllAsync no known verb); no member stores a
//   Product, so the probe cannot seed (unavailable) | WRONG: none.
// After this round: unchanged. Right refusals: a raw SQL condition and EF Core's ExecuteUpdate setters are the
//   store's own language; a count-returning delete of all rows (DeleteAllAsync()) would be provable on an entity
//   repository, but this interface has no member that stores or reads an entity.

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SitkoCore.IEFRepositoryCase;

public sealed class SetPropertyCalls<TSource>
{
    public SetPropertyCalls<TSource> SetProperty<TProperty>(Func<TSource, TProperty> propertyExpression, Func<TSource, TProperty> valueExpression) => this;

    public SetPropertyCalls<TSource> SetProperty<TProperty>(Func<TSource, TProperty> propertyExpression, TProperty valueExpression) => this;
}

public interface IEntity
{
    object? EntityId { get; }
}

public interface IEntity<TEntityPk> : IEntity where TEntityPk : notnull
{
    TEntityPk Id { get; set; }
}

public abstract class Entity<TEntityPk> : IEntity<TEntityPk> where TEntityPk : notnull
{
    public virtual object EntityId => Id;

#pragma warning disable 8618
    public virtual TEntityPk Id { get; set; }
#pragma warning restore 8618
}

public class Product : Entity<Guid>
{
    public string Name { get; set; } = "";
    public decimal Price { get; set; }
}

public interface IRepository;

public interface IEFRepository : IRepository
{
    Task<int> DeleteAllRawAsync(string conditions, CancellationToken cancellationToken = default);
    Task<int> DeleteAllAsync(CancellationToken cancellationToken = default);
}

[InMemoryFake]
public interface IEFRepository<TEntity> : IEFRepository where TEntity : class, IEntity
{
    Task<int> DeleteAllAsync(Expression<Func<TEntity, bool>> where, CancellationToken cancellationToken = default);

    Task<int> UpdateAllAsync(Expression<Func<SetPropertyCalls<TEntity>, SetPropertyCalls<TEntity>>> setPropertyCalls,
        CancellationToken cancellationToken = default);

    Task<int> UpdateAllAsync(Expression<Func<TEntity, bool>> where,
        Expression<Func<SetPropertyCalls<TEntity>, SetPropertyCalls<TEntity>>> setPropertyCalls,
        CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IEFRepository<Product> repository)
    {
        ((IInMemoryFake)repository).Seed(
            new Product { Id = Guid.NewGuid(), Name = "a", Price = 1m },
            new Product { Id = Guid.NewGuid(), Name = "b", Price = 2m },
            new Product { Id = Guid.NewGuid(), Name = "c", Price = 3m });
        Check.Equal(2, await repository.UpdateAllAsync(p => p.Price > 1m, s => s.SetProperty(p => p.Name, "x")), "UpdateAllAsync(where, setters) counts the rows it updated");
        Check.Equal(3, await repository.UpdateAllAsync(s => s.SetProperty(p => p.Price, p => p.Price * 2)), "UpdateAllAsync(setters) updates every row");
        Check.Equal(1, await repository.DeleteAllAsync(p => p.Name == "a"), "DeleteAllAsync(where) counts the rows it deleted");
        Check.Equal(2, await repository.DeleteAllAsync(), "DeleteAllAsync() deletes every row");
        Check.Equal(0, await repository.DeleteAllRawAsync("1 = 1"), "DeleteAllRawAsync of an empty table deletes nothing");
    }
}
