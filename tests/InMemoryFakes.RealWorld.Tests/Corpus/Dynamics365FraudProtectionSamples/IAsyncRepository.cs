// Source: https://github.com/microsoft/Dynamics-365-Fraud-Protection-Samples
// Commit: 08b2fa6f89c5 (the interface last changed in 5d5d8f4c838e)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample64 rule, fixed before probing (written in full in Corpus/CodeChallenges/IPersonRepository.cs).
//   This one: the 8th pick, the last (Dynamics-365-Fraud-Protection-Samples; its first hit in path order, 6 members; the
//   sample shop grew from eShopOnWeb, whose IAsyncRepository is not in the corpus).
// Path: src/ApplicationCore/Interfaces/IAsyncRepository.cs (real store: src/Infrastructure/Data/EfRepository.cs, EF Core
//   over SQL Server, or the in-memory provider in development (Web/Startup.cs); models: ApplicationCore/Entities/
//   BaseEntity.cs, CatalogItem.cs; ApplicationCore/Interfaces/ISpecification.cs, Specifications/BaseSpecification.cs,
//   CatalogFilterSpecification.cs; the callers: ApplicationCore/Services/OrderService.cs (IAsyncRepository<CatalogItem>),
//   BasketService.cs, Web/Services/CatalogService.cs)
// Adapted: the namespaces (one for all). CatalogItem with its scalar properties (its CatalogType and CatalogBrand
//   navigations dropped; their ids kept); ISpecification, BaseSpecification and CatalogFilterSpecification as declared.
//   The fake is closed over CatalogItem on a partial class ([InMemoryFake(typeof(IAsyncRepository<CatalogItem>))]), as
//   OrderService uses it. Nullable disabled, as in the source.
// Real store: EfRepository<T> over CatalogContext (a scoped DbContext; Id an IDENTITY column). GetByIdAsync(id) is
//   FindAsync: the row, or null. ListAllAsync() every row; ListAsync(spec) the rows matching spec.Criteria (its includes
//   applied). AddAsync(entity) adds and saves: Id set by the database, written back; answers the entity. UpdateAsync(
//   entity) marks it Modified and saves: every column written; a row not stored is a DbUpdateConcurrencyException (0
//   rows affected), nothing written. DeleteAsync(entity) removes and saves; a row not stored is a
//   DbUpdateConcurrencyException too.
// Shapes: *=core; ListAsync=2
// Configured: MissingDelete = MissingDelete.NotFound (EF Core's Remove + SaveChanges: DbUpdateConcurrencyException for
//   an item not stored).
// First try (f923f300): incomplete: IMF0001 on DeleteAsync (a removal by entity that returns nothing, MissingDelete
//   unstated); GetByIdAsync, ListAllAsync, ListAsync(spec), AddAsync and UpdateAsync generated | WRONG: none found (the
//   update of an item not stored throws the not-found error, as EF Core's save does).
// After this round: MissingDelete = MissingDelete.NotFound stated (EF Core's Remove + SaveChanges throws
//   DbUpdateConcurrencyException for an item not stored): complete; the script passes.
// After h-oblivious (session 29): complete as before; GetByIdAsync answers null for a missing entity as before, now
//   with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Dynamics365FraudProtectionSamples.IAsyncRepositoryCase;

public class BaseEntity
{
    public int Id { get; set; }
}

public class CatalogItem : BaseEntity
{
    public string Name { get; set; }
    public string Description { get; set; }
    public decimal Price { get; set; }
    public string PictureUri { get; set; }
    public int CatalogTypeId { get; set; }
    public int CatalogBrandId { get; set; }
}

public interface ISpecification<T>
{
    Expression<Func<T, bool>> Criteria { get; }
    List<Expression<Func<T, object>>> Includes { get; }
    List<string> IncludeStrings { get; }
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

    protected virtual void AddInclude(Expression<Func<T, object>> includeExpression)
    {
        Includes.Add(includeExpression);
    }
    protected virtual void AddInclude(string includeString)
    {
        IncludeStrings.Add(includeString);
    }
}

public class CatalogFilterSpecification : BaseSpecification<CatalogItem>
{
    public CatalogFilterSpecification(int? brandId, int? typeId)
        : base(i => (!brandId.HasValue || i.CatalogBrandId == brandId) &&
            (!typeId.HasValue || i.CatalogTypeId == typeId))
    {
    }
}

public interface IAsyncRepository<T> where T : BaseEntity
{
    Task<T> GetByIdAsync(int id);
    Task<List<T>> ListAllAsync();
    Task<List<T>> ListAsync(ISpecification<T> spec);
    Task<T> AddAsync(T entity);
    Task UpdateAsync(T entity);
    Task DeleteAsync(T entity);
}

[InMemoryFake(typeof(IAsyncRepository<CatalogItem>), MissingDelete = MissingDelete.NotFound)]
public partial class CatalogItemRepository;

public static class Smoke
{
    public static async Task RunAsync(IAsyncRepository<CatalogItem> items)
    {
        Check.Equal(0, (await items.ListAllAsync()).Count, "a new table holds no item");

        var mug = new CatalogItem { Name = ".NET Bot Black Sweatshirt", Price = 19.5m, CatalogBrandId = 2, CatalogTypeId = 2 };
        var added = await items.AddAsync(mug);
        Check.True(mug.Id != 0, "AddAsync numbers the item (IDENTITY), written back");
        Check.Equal(mug.Id, added.Id, "and answers the item it stored");
        var cup = await items.AddAsync(new CatalogItem { Name = ".NET Black & White Mug", Price = 8.5m, CatalogBrandId = 2, CatalogTypeId = 1 });
        var shirt = await items.AddAsync(new CatalogItem { Name = "Prism White T-Shirt", Price = 12m, CatalogBrandId = 5, CatalogTypeId = 2 });
        Check.True(cup.Id != mug.Id && shirt.Id != cup.Id, "each its own Id");

        Check.Equal(3, (await items.ListAllAsync()).Count, "ListAllAsync lists every item");
        Check.Equal("Prism White T-Shirt", (await items.GetByIdAsync(shirt.Id))?.Name, "GetByIdAsync reads one by id");
        Check.Null(await items.GetByIdAsync(shirt.Id + 100), "and null for an id not stored");
        Check.Equal(2, (await items.ListAsync(new CatalogFilterSpecification(2, null))).Count, "ListAsync lists the items the specification's criteria match");
        Check.Equal(".NET Black & White Mug", (await items.ListAsync(new CatalogFilterSpecification(2, 1))).Single().Name, "on every condition it names");

        var read = await items.GetByIdAsync(cup.Id);
        read.Price = 9m;
        await items.UpdateAsync(read);
        Check.Equal(9m, (await items.GetByIdAsync(cup.Id))?.Price, "UpdateAsync saves the item's changes");
        await Check.ThrowsAsync<Exception>(() => items.UpdateAsync(new CatalogItem { Id = shirt.Id + 100, Name = "Ghost" }), "an update of an item not stored affects no row (DbUpdateConcurrencyException)");
        Check.Null(await items.GetByIdAsync(shirt.Id + 100), "and adds none");

        await items.DeleteAsync(await items.GetByIdAsync(mug.Id));
        Check.Null(await items.GetByIdAsync(mug.Id), "DeleteAsync removes the item");
        Check.Equal(2, (await items.ListAllAsync()).Count, "and only it");
        await Check.ThrowsAsync<Exception>(() => items.DeleteAsync(new CatalogItem { Id = mug.Id, Name = "Gone" }), "a delete of an item not stored affects no row (DbUpdateConcurrencyException)");
    }
}
