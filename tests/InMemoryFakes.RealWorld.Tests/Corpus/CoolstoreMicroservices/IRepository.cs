// Source: https://github.com/vietnam-devs/coolstore-microservices
// Commit: 2fe75484
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample13 rule, fixed before probing: in these repositories, in this order (SimpleIdServer/SimpleIdServer,
//   blazorhero/CleanArchitecture, EdiWang/Moonglade, dotnet-architecture/eShopOnContainers, cofoundry-cms/cofoundry,
//   AntonioFalcaoJr/EventualShop, thangchung/coolstore-microservices, vietnam-devs/coolstore-microservices,
//   kimcu-on-thenet/ddd-net-ef-core, davidfowl/TodoApi, Dotnet-Boxed/Templates, nopSolutions/nopCommerce-plugins,
//   jbogard/ContosoUniversityDotNetCore-Pages), skipping any the tools do not hold or already in the corpus, at the
//   newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path order (at
//   most 3 per repository; an identical copy of one already taken does not count), outside paths containing "test" (any
//   case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones
//   count if the base interface is in the same repository) and are not already in the corpus; stop after 12; each
//   transcribed whole (none has more than 50 members; nothing cut). Not held: SimpleIdServer,
//   thangchung/coolstore-microservices, nopCommerce-plugins. eShopOnContainers' newest snapshot is a README (the repo
//   moved); blazorhero's IBrandRepository, IDocumentRepository, IDocumentTypeRepository and IProductRepository,
//   cofoundry's IDistributedLockDefinitionRepository, coolstore's IGridRepository<T> and IEventStorage declare 2 or
//   fewer; EventualShop's seven other IEventStoreRepository files are identical copies; TodoApi and
//   ContosoUniversityDotNetCore-Pages have none. The list ends at 11: Moonglade IEmailOutboxStore and
//   IBlogImageStorage; cofoundry IObjectCache, IAdvancedContentRepositoryAuthorizedTaskRepository and
//   IAuthorizedTaskTypeDefinitionRepository; EventualShop IEventStoreRepository; vietnam-devs/coolstore IRepository<T>;
//   ddd-net-ef-core IRepository<TAggregate, TIdentity>; Dotnet-Boxed ICarRepository, IDroidRepository, IHumanRepository.
//   This one: the 1st of vietnam-devs/coolstore-microservices.
// Path: src/dotnet/building-blocks/N8T.Core/Repository/IRepository.cs (models: N8T.Core/Domain/Entities.cs,
//   N8T.Core/Specification/ISpecification.cs)
// Adapted: IEntity, IAggregateRoot, EntityBase and EntityRootBase as they are (EventBase is an empty class here);
//   ISpecification<T> as it is, with a small Spec<T> class for the script; closed over a sample Product aggregate.
//   N8T.Core builds without nullable annotations (#nullable disable).
// Real store: N8T.Infrastructure.EfCore/Repository.cs, RepositoryBase<TDbContext, TEntity> (EF Core; DbContext scoped per
//   request): FindById is SingleOrDefault by Id (null when missing); FindOneAsync(spec) and FindAsync(spec) apply the
//   spec: Where(Criteria), Includes, OrderBy or else OrderByDescending, GroupBy, and when IsPagingEnabled
//   Skip(Skip - 1).Take(Take), then FirstOrDefault / ToList; AddAsync adds and, when autoSave, saves, and returns the
//   entity; EditAsync marks the entity Modified and, when autoSave, saves (a missing entity: DbUpdateConcurrencyException);
//   DeleteAsync removes (a missing entity: DbUpdateConcurrencyException on save). autoSave false leaves the change
//   staged until the next SaveChanges of the same DbContext (another call with autoSave, or code outside this
//   interface); nothing in the repository passes false.
// Shapes: *=core; FindOneAsync=2; FindAsync=2
// First try (f2bb1c3): incomplete: IMF0001 FindOneAsync and FindAsync (a specification with
//   Criteria beside IsSatisfiedBy: its evaluator is the repository's; refusing is right, since this evaluator pages
//   with Skip(Skip - 1), not eShopOnWeb's Skip(Skip)), DeleteAsync (MissingDelete unstated). Generated and right in the
//   probe: FindById, AddAsync, EditAsync (a missing entity throws). autoSave = false writes at once, where the real store
//   leaves the change staged until the DbContext's next save (no caller in the repository passes false). After this
//   round: MissingDelete configured; FindOneAsync and FindAsync stay refused.
// Configured: MissingDelete = MissingDelete.NotFound: RepositoryBase.DeleteAsync is DbSet.Remove then SaveChangesAsync;
//   EF Core throws DbUpdateConcurrencyException for an entity that is not stored (0 rows affected). The fake throws its
//   NotFoundException (no EF Core type in this file).
// Still wrong: autoSave = false (the fake writes at once; the real change waits for the DbContext's next save).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CoolstoreMicroservices.IRepositoryCase;

public abstract class EventBase
{
}

public interface IEntity
{
    public Guid Id { get; }
    public DateTime Created { get; }
    public DateTime? Updated { get; }
}

public interface IAggregateRoot : IEntity
{
    public HashSet<EventBase> DomainEvents { get; }
}

public abstract class EntityBase : IEntity
{
    public Guid Id { get; } = Guid.NewGuid();
    public DateTime Created { get; } = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Utc);
    public DateTime? Updated { get; protected set; }
}

public abstract class EntityRootBase : EntityBase, IAggregateRoot
{
    public HashSet<EventBase> DomainEvents { get; private set; }

    public void AddDomainEvent(EventBase eventItem)
    {
        DomainEvents ??= new HashSet<EventBase>();
        DomainEvents.Add(eventItem);
    }
}

public class Product : EntityRootBase
{
    public string Name { get; set; }
    public double Price { get; set; }
}

public interface IRootSpecification
{
}

public interface ISpecification<T> : IRootSpecification
{
    Expression<Func<T, bool>> Criteria { get; }
    List<Expression<Func<T, object>>> Includes { get; }
    List<string> IncludeStrings { get; }
    Expression<Func<T, object>> OrderBy { get; }
    Expression<Func<T, object>> OrderByDescending { get; }
    Expression<Func<T, object>> GroupBy { get; }
    int Take { get; }
    int Skip { get; }
    bool IsPagingEnabled { get; }
    bool IsSatisfiedBy(T obj);
}

public sealed class Spec<T>(Expression<Func<T, bool>> criteria, Expression<Func<T, object>> orderBy = null) : ISpecification<T>
{
    public Expression<Func<T, bool>> Criteria { get; } = criteria;
    public List<Expression<Func<T, object>>> Includes { get; } = [];
    public List<string> IncludeStrings { get; } = [];
    public Expression<Func<T, object>> OrderBy { get; } = orderBy;
    public Expression<Func<T, object>> OrderByDescending => null;
    public Expression<Func<T, object>> GroupBy => null;
    public int Take => 0;
    public int Skip => 0;
    public bool IsPagingEnabled => false;
    public bool IsSatisfiedBy(T obj) => Criteria.Compile()(obj);
}

public interface IRepository<TEntity> where TEntity : IAggregateRoot
{
    Task<TEntity> FindById(Guid id, CancellationToken cancellationToken = default);
    Task<TEntity> FindOneAsync(ISpecification<TEntity> spec, CancellationToken cancellationToken = default);
    Task<List<TEntity>> FindAsync(ISpecification<TEntity> spec, CancellationToken cancellationToken = default);
    Task<TEntity> AddAsync(TEntity entity, bool autoSave = true, CancellationToken cancellationToken = default);
    Task<TEntity> EditAsync(TEntity entity, bool autoSave = true, CancellationToken cancellationToken = default);
    ValueTask DeleteAsync(TEntity entity, bool autoSave = true, CancellationToken cancellationToken = default);
}

[InMemoryFake(typeof(IRepository<Product>), MissingDelete = MissingDelete.NotFound)]
public partial class ProductRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<Product> repository)
    {
        var tea = await repository.AddAsync(new Product { Name = "Tea", Price = 3 });
        var coffee = await repository.AddAsync(new Product { Name = "Coffee", Price = 8 });
        await repository.AddAsync(new Product { Name = "Cake", Price = 6 });
        Check.Equal("Tea", (await repository.FindById(tea.Id)).Name, "FindById returns the product");
        Check.Null(await repository.FindById(Guid.NewGuid()), "FindById of a missing id returns null");
        Check.Equal("Coffee", (await repository.FindOneAsync(new Spec<Product>(p => p.Name == "Coffee"))).Name, "FindOneAsync returns the first product the spec's Criteria matches");
        var dear = await repository.FindAsync(new Spec<Product>(p => p.Price > 5, p => p.Price));
        Check.Equal("Cake,Coffee", string.Join(",", dear.Select(p => p.Name)), "FindAsync filters by Criteria and orders by OrderBy");
        coffee.Price = 9;
        await repository.EditAsync(coffee);
        Check.Equal(9.0, (await repository.FindById(coffee.Id)).Price, "EditAsync writes the product");
        await Check.ThrowsAsync<Exception>(() => repository.EditAsync(new Product { Name = "Ghost" }), "EditAsync of a missing product throws DbUpdateConcurrencyException");
        await repository.DeleteAsync(tea);
        Check.Null(await repository.FindById(tea.Id), "DeleteAsync removes the product");
        await Check.ThrowsAsync<Exception>(async () => await repository.DeleteAsync(new Product { Name = "Ghost" }), "DeleteAsync of a missing product throws DbUpdateConcurrencyException");
    }
}
