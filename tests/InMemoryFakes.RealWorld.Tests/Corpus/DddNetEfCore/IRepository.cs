// Source: https://github.com/kimcu-on-thenet/ddd-net-ef-core
// Commit: 9b283f20
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
//   This one: the 1st of kimcu-on-thenet/ddd-net-ef-core.
// Path: source/common/DDDEfCore.Core.Common/IRepository.cs (models: source/common/DDDEfCore.Core.Common/Models/
//   AggregateRoot.cs, EntityBase.cs, IdentityBase.cs, ValueObjectBase.cs; the closing aggregate:
//   source/productcatalog/applicationcore/DDDEfCore.ProductCatalog.Core.DomainModels/Categories/Category.cs, CategoryId.cs)
// Adapted: the base models as they are; Category and CategoryId as they are (DomainException is ArgumentException here).
//   Built without nullable annotations (#nullable disable).
// Real store: DDDEfCore.Infrastructures.EfCore.Common/Repositories/DefaultRepositoryAsync.cs over one DbContext that
//   DefaultRepositoryFactory shares and saves when it is disposed (a unit of work per request): AsQueryable is the DbSet;
//   FindOneAsync(predicate) FirstOrDefault (null when none); AddAsync, UpdateAsync and RemoveAsync stage an add, an update
//   (DbContext.Update: every property) and a remove, written at the factory's SaveChanges; an update or remove of a
//   missing aggregate throws DbUpdateConcurrencyException there, and an add of a stored Id throws on the add
//   (InvalidOperationException: already tracked) or at the save (DbUpdateException). Queries read the database: a change
//   staged in the same unit of work is not seen by AsQueryable or FindOneAsync before the save. The script checks the
//   state after each unit of work is saved.
// Shapes: *=core
// First try (f2bb1c3): incomplete: IMF0001 RemoveAsync (MissingDelete unstated). Generated and right in the
//   probe (in the saved state): AsQueryable, FindOneAsync (FirstOrDefault over the value-object identity), AddAsync,
//   UpdateAsync (a missing aggregate throws). After this round: MissingDelete configured, COMPLETE, the smoke script
//   passes.
// Configured: MissingDelete = MissingDelete.NotFound: RemoveAsync is DbContext.Remove, and the factory's SaveChanges then
//   throws DbUpdateConcurrencyException for an aggregate that is not stored (at the commit, outside this interface; the
//   fake throws its NotFoundException at the call, as UpdateAsync of a missing aggregate already does).
// Configured (lead, after h-settings2's SeveralMatches): SeveralMatches = SeveralMatches.First: FindOneAsync(predicate)
//   is EF Core's FirstOrDefaultAsync over the DbSet (read in the header's real store), so two matches give one row,
//   not an error; unstated, the fake would throw for them.
// Still wrong: the unit of work: the real AddAsync/UpdateAsync/RemoveAsync are written only at the factory's
//   SaveChanges, and a query before it does not see them; the fake writes at each call (as a saved unit of work).
//   Errors for a missing aggregate come at the call, not at the commit.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DddNetEfCore.IRepositoryCase;

public abstract class ValueObjectBase
{
    protected abstract IEnumerable<object> GetEqualityComponents();

    public override bool Equals(object obj)
    {
        if (ReferenceEquals(this, obj)) return true;
        if (ReferenceEquals(null, obj)) return false;
        if (GetType() != obj.GetType()) return false;
        var valueObject = (ValueObjectBase)obj;
        return GetEqualityComponents().SequenceEqual(valueObject.GetEqualityComponents());
    }

    public override int GetHashCode() =>
        GetEqualityComponents().Aggregate(1, (current, obj) =>
        {
            unchecked
            {
                return current * 23 + (obj?.GetHashCode() ?? 0);
            }
        });

    public static bool operator ==(ValueObjectBase object1, ValueObjectBase object2)
    {
        if (ReferenceEquals(object1, null) && ReferenceEquals(object2, null))
            return true;
        if (ReferenceEquals(object1, null) || ReferenceEquals(object2, null))
            return false;
        return object1.Equals(object2);
    }

    public static bool operator !=(ValueObjectBase object1, ValueObjectBase object2)
        => !(object1 == object2);
}

public abstract class IdentityBase : ValueObjectBase
{
    public Guid Id { get; protected set; }

    protected IdentityBase(Guid id) => this.Id = id;

    protected override IEnumerable<object> GetEqualityComponents()
    {
        yield return this.Id;
    }

    public override string ToString() => $"{this.GetType().Name}:{this.Id}";

    public static implicit operator Guid(IdentityBase id) => id.Id;
}

public abstract class EntityBase<TIdentity> : IEquatable<EntityBase<TIdentity>> where TIdentity : IdentityBase
{
    public TIdentity Id { get; protected set; }

    protected EntityBase(TIdentity id) => this.Id = id;
    protected EntityBase() { }

    public bool Equals(EntityBase<TIdentity> other)
    {
        if (ReferenceEquals(null, other)) return false;
        if (ReferenceEquals(this, other)) return true;
        return Equals(Id, other.Id);
    }

    public override bool Equals(object obj)
    {
        if (ReferenceEquals(null, obj)) return false;
        if (ReferenceEquals(this, obj)) return true;
        if (obj.GetType() != this.GetType()) return false;
        return Equals((EntityBase<TIdentity>)obj);
    }

    public override int GetHashCode() => this.GetType().GetHashCode() * 907 + this.Id.GetHashCode();

    public static bool operator ==(EntityBase<TIdentity> a, EntityBase<TIdentity> b)
    {
        if (ReferenceEquals(a, null) && ReferenceEquals(b, null))
            return true;
        if (ReferenceEquals(a, null) || ReferenceEquals(b, null))
            return false;
        return a.Equals(b);
    }

    public static bool operator !=(EntityBase<TIdentity> a, EntityBase<TIdentity> b) => !(a == b);
}

public abstract class AggregateRoot<TIdentity> : EntityBase<TIdentity> where TIdentity : IdentityBase
{
    protected AggregateRoot(TIdentity id) : base(id)
    {
    }

    protected AggregateRoot() { }
}

public class CategoryId : IdentityBase
{
    private CategoryId(Guid id) : base(id) { }

    public static CategoryId New => new CategoryId(Guid.NewGuid());
    public static CategoryId Of(Guid id) => new CategoryId(id);
    public static CategoryId Empty => new CategoryId(Guid.Empty);
}

public class Category : AggregateRoot<CategoryId>
{
    public string DisplayName { get; private set; }

    private Category(CategoryId categoryId, string categoryName) : base(categoryId)
    {
        if (string.IsNullOrWhiteSpace(categoryName))
        {
            throw new ArgumentException($"{nameof(categoryName)} is empty.");
        }

        this.DisplayName = categoryName;
    }

    private Category(string categoryName) : this(CategoryId.New, categoryName) { }
    private Category() { }

    public static Category Create(string categoryName) => new Category(categoryName);

    public Category ChangeDisplayName(string categoryName)
    {
        if (string.IsNullOrWhiteSpace(categoryName))
        {
            throw new ArgumentException($"{nameof(categoryName)} is empty.");
        }

        this.DisplayName = categoryName;
        return this;
    }
}

public interface IRepository<TAggregate, TIdentity>
        where TAggregate : AggregateRoot<TIdentity>
        where TIdentity : IdentityBase
{
    IQueryable<TAggregate> AsQueryable();
    Task<TAggregate> FindOneAsync(Expression<Func<TAggregate, bool>> predicate);
    Task AddAsync(TAggregate aggregate);
    Task UpdateAsync(TAggregate aggregate);
    Task RemoveAsync(TAggregate aggregate);
}

[InMemoryFake(typeof(IRepository<Category, CategoryId>), MissingDelete = MissingDelete.NotFound, SeveralMatches = SeveralMatches.First)]
public partial class CategoryRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<Category, CategoryId> repository)
    {
        var books = Category.Create("Books");
        await repository.AddAsync(books);
        await repository.AddAsync(Category.Create("Music"));
        Check.Equal(2, repository.AsQueryable().Count(), "AsQueryable reads every saved category");
        var id = CategoryId.Of(books.Id.Id);
        Check.Equal("Books", (await repository.FindOneAsync(c => c.Id == id)).DisplayName, "FindOneAsync finds by a predicate over the identity value object");
        Check.Null(await repository.FindOneAsync(c => c.DisplayName == "Films"), "FindOneAsync returns null when nothing matches");
        var either = (await repository.FindOneAsync(c => c.DisplayName != "Films")).DisplayName;
        Check.True(either is "Books" or "Music", "FindOneAsync of two matches returns one of them (FirstOrDefault: which one SQL does not promise), not an error");
        var stored = await repository.FindOneAsync(c => c.Id == id);
        stored.ChangeDisplayName("Novels");
        await repository.UpdateAsync(stored);
        Check.Equal(1, repository.AsQueryable().Count(c => c.DisplayName == "Novels"), "UpdateAsync writes the category");
        await Check.ThrowsAsync<Exception>(() => repository.UpdateAsync(Category.Create("Ghost")), "UpdateAsync of a missing category throws DbUpdateConcurrencyException (at the save)");
        await repository.RemoveAsync(stored);
        Check.Equal(1, repository.AsQueryable().Count(), "RemoveAsync removes the category");
        await Check.ThrowsAsync<Exception>(() => repository.RemoveAsync(Category.Create("Ghost")), "RemoveAsync of a missing category throws DbUpdateConcurrencyException (at the save)");
    }
}
