// Source: https://github.com/aspnetrun/run-aspnetcore
// Commit: 4b02c651
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
//   This one: the 2nd of aspnetrun/run-aspnetcore (1 member plus IRepository<Category>'s 10).
// Path: src/AspnetRun.Core/Repositories/ICategoryRepository.cs (with Base/IRepository.cs; models:
//   src/AspnetRun.Core/Entities/Base/*.cs, Category.cs, Product.cs, src/AspnetRun.Core/Specifications/Base/*.cs)
// Adapted: EntityBase<TId> drops its Equals/GetHashCode/==/!= (identity by Id, no part of what the store does; its ==
//   and Equals call each other without end for two distinct non-transient entities); Product keeps five properties;
//   BaseSpecification drops AddInclude(string) and ApplyOrderByDescending (unused here). The project builds without
//   nullable annotations (#nullable disable).
// Real store: src/AspnetRun.Infrastructure/Repository/Base/Repository.cs over EF Core (the app's Startup uses
//   UseInMemoryDatabase; the SQL Server line is commented out): GetAllAsync every row; GetAsync(predicate) the matches;
//   GetAsync(predicate, orderBy, includeString | includes, disableTracking) the matches (all for a null predicate)
//   ordered by orderBy when given, includes loaded, untracked unless disableTracking is false; GetAsync(spec) and
//   CountAsync(spec) apply SpecificationEvaluator: Criteria, includes, OrderBy else OrderByDescending, then
//   Skip/Take when isPagingEnabled; GetByIdAsync is FindAsync: the row or null; AddAsync adds and saves, the store
//   numbering an Id of 0 (a set Id is kept; a taken one throws), and returns the entity; UpdateAsync marks the entity
//   Modified and saves (a missing row: DbUpdateConcurrencyException); DeleteAsync removes it and saves (a missing row:
//   DbUpdateConcurrencyException).
//   GetCategoryWithProductsAsync(categoryId) (src/AspnetRun.Infrastructure/Repository/CategoryRepository.cs):
//   the first row of GetAsync(new CategoryWithProductsSpecification(categoryId)) (Id == categoryId, Products included),
//   null when none.
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 DeleteAsync (a removal by entity returning nothing: MissingDelete not
//   stated). Every other member generated (GetCategoryWithProductsAsync as the lookup by key, with the
//   products the category holds); the probe passes the ones it calls (AddAsync numbering an Id of 0,
//   UpdateAsync, GetByIdAsync null when missing, GetAllAsync, GetCategoryWithProductsAsync) and stops at DeleteAsync |
//   WRONG: none.
// After this round: complete; the smoke script passes.
// Configured: MissingDelete = MissingDelete.NotFound: Repository.DeleteAsync is DbSet.Remove(entity) + SaveChangesAsync,
//   which throws DbUpdateConcurrencyException for a row that is not stored (EF Core's in-memory database too).
// After h-oblivious (session 29): complete as before; GetByIdAsync, GetCategoryWithProductsAsync answer null for a
//   missing entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one,
//   and stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a
//   missing one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences
//   the Info).

#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.RunAspnetcore.ICategoryRepositoryCase;

public abstract class EntityBase<TId> : IEntityBase<TId>
{
    public virtual TId Id { get; protected set; }

    public bool IsTransient()
    {
        return Id.Equals(default(TId));
    }
}

public interface IEntityBase<TId>
{
    TId Id { get; }
}

public abstract class Entity : EntityBase<int>
{
}

public class Category : Entity
{
    public Category()
    {
        Products = new HashSet<Product>();
    }

    public string CategoryName { get; set; }
    public string Description { get; set; }
    public ICollection<Product> Products { get; private set; }

    public static Category Create(int categoryId, string name, string description = null)
    {
        var category = new Category
        {
            Id = categoryId,
            CategoryName = name,
            Description = description
        };
        return category;
    }
}

public class Product : Entity
{
    public string ProductName { get; set; }
    public decimal? UnitPrice { get; set; }
    public bool Discontinued { get; set; }
    public int CategoryId { get; set; }
    public Category Category { get; set; }

    public static Product Create(int productId, int categoryId, string name, decimal? unitPrice = null)
    {
        return new Product { Id = productId, CategoryId = categoryId, ProductName = name, UnitPrice = unitPrice };
    }
}

public interface ISpecification<T>
{
    Expression<Func<T, bool>> Criteria { get; }
    List<Expression<Func<T, object>>> Includes { get; }
    List<string> IncludeStrings { get; }
    Expression<Func<T, object>> OrderBy { get; }
    Expression<Func<T, object>> OrderByDescending { get; }

    int Take { get; }
    int Skip { get; }
    bool isPagingEnabled { get; }
}

public abstract class BaseSpecification<T> : ISpecification<T>
{
    protected BaseSpecification(Expression<Func<T, bool>> criteria)
    {
        Criteria = criteria;
    }
    public Expression<Func<T, bool>> Criteria { get; }
    public List<Expression<Func<T, object>>> Includes { get; } = new List<Expression<Func<T, object>>>();
    public List<string> IncludeStrings { get; } = new List<string>();
    public Expression<Func<T, object>> OrderBy { get; private set; }
    public Expression<Func<T, object>> OrderByDescending { get; private set; }

    public int Take { get; private set; }
    public int Skip { get; private set; }
    public bool isPagingEnabled { get; private set; } = false;

    protected virtual void AddInclude(Expression<Func<T, object>> includeExpression)
    {
        Includes.Add(includeExpression);
    }
    protected virtual void ApplyPaging(int skip, int take)
    {
        Skip = skip;
        Take = take;
        isPagingEnabled = true;
    }
    protected virtual void ApplyOrderBy(Expression<Func<T, object>> orderByExpression)
    {
        OrderBy = orderByExpression;
    }
}

public interface IRepository<T> where T : Entity
{
    Task<IReadOnlyList<T>> GetAllAsync();
    Task<IReadOnlyList<T>> GetAsync(Expression<Func<T, bool>> predicate);
    Task<IReadOnlyList<T>> GetAsync(Expression<Func<T, bool>> predicate = null,
                                    Func<IQueryable<T>, IOrderedQueryable<T>> orderBy = null,
                                    string includeString = null,
                                    bool disableTracking = true);
    Task<IReadOnlyList<T>> GetAsync(Expression<Func<T, bool>> predicate = null,
                                    Func<IQueryable<T>, IOrderedQueryable<T>> orderBy = null,
                                    List<Expression<Func<T, object>>> includes = null,
                                    bool disableTracking = true);
    Task<IReadOnlyList<T>> GetAsync(ISpecification<T> spec);
    Task<T> GetByIdAsync(int id);
    Task<T> AddAsync(T entity);
    Task UpdateAsync(T entity);
    Task DeleteAsync(T entity);
    Task<int> CountAsync(ISpecification<T> spec);
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface ICategoryRepository : IRepository<Category>
{
    Task<Category> GetCategoryWithProductsAsync(int categoryId);
}

public static class Smoke
{
    public static async Task RunAsync(ICategoryRepository repository)
    {
        var drinks = await repository.AddAsync(new Category { CategoryName = "Drinks" });
        Check.True(drinks.Id != 0, "AddAsync numbers an entity whose Id is 0");
        drinks.Products.Add(Product.Create(1, drinks.Id, "Tea"));
        await repository.UpdateAsync(drinks);
        Check.Equal("Drinks", (await repository.GetByIdAsync(drinks.Id))?.CategoryName, "GetByIdAsync finds the row");
        Check.Null(await repository.GetByIdAsync(999), "GetByIdAsync of a missing id is null");
        Check.Equal(1, (await repository.GetAllAsync()).Count, "GetAllAsync lists every row");
        var loaded = await repository.GetCategoryWithProductsAsync(drinks.Id);
        Check.Equal("Tea", loaded?.Products.Single().ProductName, "GetCategoryWithProductsAsync returns the category with its products");
        Check.Null(await repository.GetCategoryWithProductsAsync(999), "GetCategoryWithProductsAsync of a missing id is null");
        await repository.DeleteAsync(drinks);
        Check.Equal(0, (await repository.GetAllAsync()).Count, "DeleteAsync removes the row");
    }
}
