// Source: https://github.com/simplcommerce/SimplCommerce
// Commit: 8cea8afb2d76
// Licence: Apache-2.0
// Path: src/SimplCommerce.Infrastructure/Data/IRepository.cs, IRepositoryWithTypedId.cs (entity: src/Modules/
//   SimplCommerce.Module.Catalog/Models/Brand.cs; src/SimplCommerce.Infrastructure/Models/EntityBaseWithTypedId.cs)
// Adapted: closed over Brand as the Catalog module injects it; IEntityWithTypedId<TId> keeps Id; IDbContextTransaction
//   is EF Core's own.
// Real store: src/Modules/SimplCommerce.Module.Core/Data/RepositoryWithTypedId.cs over SimplDbContext (EF Core): Query()
//   returns the DbSet (queries see saved rows only); Add/AddRange/Remove only track; SaveChanges/SaveChangesAsync
//   write and assign the long Id; BeginTransaction starts a database transaction (EF Core's IDbContextTransaction: rollback,
//   or disposal without commit, undoes what was saved in it; a second one while it is open throws).
// Shapes: Query=9; SaveChanges=3; SaveChangesAsync=3; BeginTransaction=3; Add=core; AddRange=core; Remove=core
// Configured: MissingDelete = MissingDelete.NotFound: RepositoryWithTypedId.Remove(entity) is DbSet.Remove, written
//   by SaveChanges(Async); EF Core's SaveChanges of a row that is not there throws DbUpdateConcurrencyException,
//   which a removal that returns nothing cannot say; through this unit of work the fake tracks the removal and the
//   save fails with ConcurrencyConflictException (docs/generator.md, attribute settings).
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corpus.SimplCommerce.IRepositoryCase;

public interface IEntityWithTypedId<TId>
{
    TId Id { get; }
}

public abstract class EntityBaseWithTypedId<TId> : IEntityWithTypedId<TId>
{
    public virtual TId Id { get; protected set; }
}

public abstract class EntityBase : EntityBaseWithTypedId<long>
{
}

public class Brand : EntityBase
{
    public string Name { get; set; }
    public string Slug { get; set; }
    public bool IsPublished { get; set; }
}

public interface IRepositoryWithTypedId<T, TId> where T : IEntityWithTypedId<TId>
{
    IQueryable<T> Query();
    void Add(T entity);
    void AddRange(IEnumerable<T> entity);
    IDbContextTransaction BeginTransaction();
    void SaveChanges();
    Task SaveChangesAsync();
    void Remove(T entity);
}

public interface IRepository<T> : IRepositoryWithTypedId<T, long> where T : IEntityWithTypedId<long>
{
}

[InMemoryFake(typeof(IRepository<Brand>), MissingDelete = MissingDelete.NotFound)]
public partial class BrandRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<Brand> store)
    {
        store.Add(new Brand { Name = "Apple", Slug = "apple" });
        Check.Equal(0, store.Query().Count(), "a query does not see an added brand before SaveChanges");
        store.SaveChanges();
        var apple = store.Query().Single(b => b.Slug == "apple");
        Check.True(apple.Id != 0, "SaveChanges assigns the Id");

        using (var transaction = store.BeginTransaction())
        {
            store.AddRange([new Brand { Name = "Samsung", Slug = "samsung" }, new Brand { Name = "Nokia", Slug = "nokia" }]);
            await store.SaveChangesAsync();
            transaction.Commit();
        }

        Check.Equal(3, store.Query().Count(), "AddRange + SaveChangesAsync writes both brands, kept by Commit");

        // EF Core's transaction over SQLite: saved writes are seen at once; Rollback, or Dispose without Commit, undoes them.
        var rolledBack = store.BeginTransaction();
        Check.Throws<System.InvalidOperationException>(() => store.BeginTransaction(), "a second BeginTransaction while one is open throws, as EF Core's does");
        store.Remove(store.Query().First(b => b.Slug == "samsung"));
        store.SaveChanges();
        Check.Equal(2, store.Query().Count(), "a removal saved inside the transaction is seen at once");
        rolledBack.Rollback();
        Check.Equal(3, store.Query().Count(), "Rollback restores the brand removed inside the transaction");
        Check.Throws<System.InvalidOperationException>(() => rolledBack.Commit(), "a rolled-back transaction cannot be committed");
        await using (var disposed = store.BeginTransaction())
        {
            store.Remove(store.Query().First(b => b.Slug == "apple"));
            await store.SaveChangesAsync();
        }

        Check.Equal(3, store.Query().Count(), "disposing the transaction without Commit rolls it back");
        var nokia = store.Query().First(b => b.Slug == "nokia");
        nokia.IsPublished = true;
        await store.SaveChangesAsync();
        Check.True(store.Query().First(b => b.Slug == "nokia").IsPublished, "a change to a queried brand is written by SaveChangesAsync");
        store.Remove(nokia);
        store.SaveChanges();
        Check.Equal(2, store.Query().Count(), "Remove + SaveChanges deletes the brand");
        store.Remove(nokia);
        Check.Throws<System.Exception>(() => store.SaveChanges(),
            "Remove of a brand that is no longer stored fails SaveChanges (EF Core attaches it as Deleted: DbUpdateConcurrencyException, 0 rows affected)");
        Check.Equal(2, store.Query().Count(), "the failed save deletes nothing");
    }
}
