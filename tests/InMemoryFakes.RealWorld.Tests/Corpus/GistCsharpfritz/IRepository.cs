// Source: https://gist.github.com/csharpfritz/56e5fef9527687b83f6222e528564ac7
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-everyday8 rule, fixed before any search (the rule and the whole walk are in
//   Corpus/DotnetBookVercel/IRepository.cs): the search tool over "pages" then "docs", nine queries in a fixed order;
//   in result order, each page whose excerpt shows a whole C# storage interface (at least 3 members) and names what backs
//   it, one per page, none h-everyday7 took or already in the corpus; stop after 16 (it gives 7).
//   This one: pick 5 (5 members).
// Path: "Sample code demonstrating Generic Repository pattern with EF Core and C#" (2019): IGetStoredInDatabase,
//   IRepository<T> and a commented-out ProductRepository over MyDbContext
// Adapted: Product (Id, Name, Price) implements IGetStoredInDatabase. Nullable disabled (2019, .NET Core 3.0).
// Real store: the sketched ProductRepository over EF Core: GetById is Context.Products.Find(id) (null when missing), Get()
//   the Products set, Get(where) Products.Where(where); Delete(id) throws NotImplementedException in the sketch; Save's
//   body is past the excerpt (its parameter, newObject, names an add).
// Shapes: *=core
// First try (71d37bc): complete: GetById (null for a missing id), Get, Get(where), Save (an upsert: added, or replacing
//   the product of its Id) and Delete(id) (nothing for an id not stored) | WRONG: none.
// After this round: unchanged; the script passes. Not known from the excerpt: whether Save of a product whose Id is
//   stored adds (EF Core: a key conflict) or updates; the fake replaces it. The sketch's Delete is not implemented, so the
//   script does not check the fake's removal.
// After h-oblivious (session 29): complete as before; GetById answers null for a missing entity as before, now with
//   IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GistCsharpfritz.IRepositoryCase;

public interface IGetStoredInDatabase
{
    public int Id { get; set; }
}

public class Product : IGetStoredInDatabase
{
    public int Id { get; set; }

    public string Name { get; set; }

    public decimal Price { get; set; }
}

public interface IRepository<T> where T : IGetStoredInDatabase
{
    T GetById(int id);

    IEnumerable<T> Get();

    IEnumerable<T> Get(Func<T, bool> where);

    void Save(T newObject);

    void Delete(int id);
}

[InMemoryFake(typeof(IRepository<Product>))]
public partial class ProductRepositoryFake;

public static class Smoke
{
    public static Task RunAsync(IRepository<Product> repository)
    {
        repository.Save(new Product { Id = 1, Name = "Tea", Price = 3m });
        repository.Save(new Product { Id = 2, Name = "Coffee", Price = 5m });
        Check.Equal("Tea", repository.GetById(1).Name, "GetById finds the product by its key (Products.Find)");
        Check.Null(repository.GetById(9), "GetById of an id not stored is null (Find)");
        Check.Equal(2, repository.Get().Count(), "Get lists every product (Context.Products)");
        Check.Equal("Coffee", repository.Get(p => p.Price > 4m).Single().Name, "Get(where) filters them (Products.Where)");
        return Task.CompletedTask;
    }
}
