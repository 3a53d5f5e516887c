// Source: https://gist.github.com/vkobel/5501260
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-everyday8 rule, fixed before any search (the rule and the whole walk are in
//   Corpus/DotnetBookVercel/IRepository.cs): the search tool over "pages" then "docs", nine queries in a fixed order;
//   in result order, each page whose excerpt shows a whole C# storage interface (at least 3 members) and names what backs
//   it, one per page, none h-everyday7 took or already in the corpus; stop after 16 (it gives 7).
//   This one: pick 4 (7 members and IDisposable).
// Path: "Generic C# .NET Repository pattern (interface + implementation)": IRepository.cs and Repository.cs ("Build a
//   repository for a specified POCO class and a DbContext", System.Data.Entity, EF6)
// Adapted: the gist has no entity; Product (Id, Name, Price) is one. Nullable disabled (EF6, 2013).
// Real store: Repository<T> over an EF6 DbContext's DbSet<T>; the excerpt shows the class and its summary, not the
//   method bodies, so the members are read as their EF6 calls: GetAll the set's rows, Query(predicate) the set filtered
//   (a query over the saved rows), GetSingle(predicate) the matching row or null, Create and Add the set's Add (tracked
//   until the save), Delete the set's Remove (tracked; an entity not stored fails), Persist SaveChanges (the number of
//   rows written), Dispose the context's.
// Shapes: *=core; Persist=3,19; GetSingle=19; Dispose=17
// First try (71d37bc): incomplete: IMF0001 Delete (MissingDelete unstated) and Persist ("it must take one Product
//   parameter and nothing else the conventions know, and it takes none": read as a write, not a save). GetAll, Query,
//   GetSingle (the first match, as FirstOrDefault), Create and Add (stored at once) and Dispose generated | WRONG: Create
//   and Add stored the product at once, where the DbContext tracks it until Persist (a query before the save saw it);
//   the script's first check.
// After this round: complete. A parameterless Persist is an entity repository's unit-of-work save, as a parameterless
//   Save is (docs/generator.md, entity repository, the saves row; PersistSaveTests): the writes track until Persist,
//   which writes them and counts them, and a Delete of a product not stored fails the save, as EF's. The script passes.
//   Not known from the excerpt: whether GetSingle is SingleOrDefault (several matches throw) or FirstOrDefault, and
//   whether Create and Add differ.
// After h-oblivious (session 29): complete as before; GetSingle answers null for a missing entity as before, now with
//   IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GistVkobel.IRepositoryCase;

public class Product
{
    public int Id { get; set; }

    public string Name { get; set; }

    public decimal Price { get; set; }
}

public interface IRepository<T> : IDisposable where T : class
{
    T[] GetAll();

    IQueryable<T> Query(Expression<Func<T, bool>> predicate);

    T GetSingle(Expression<Func<T, bool>> predicate);

    void Create(T entity);

    void Add(T entity);

    void Delete(T entity);

    int Persist();
}

[InMemoryFake(typeof(IRepository<Product>))]
public partial class ProductRepositoryFake;

public static class Smoke
{
    public static Task RunAsync(IRepository<Product> repository)
    {
        repository.Create(new Product { Id = 1, Name = "Tea", Price = 3m });
        repository.Create(new Product { Id = 2, Name = "Coffee", Price = 5m });
        Check.Equal(0, repository.GetAll().Length, "Create only marks the product Added: nothing is stored before Persist (DbSet.Add)");
        Check.Equal(2, repository.Persist(), "Persist saves and answers the rows written (SaveChanges)");
        Check.Equal(2, repository.GetAll().Length, "GetAll lists every stored product");
        Check.Equal("Coffee", repository.GetSingle(p => p.Price > 4m).Name, "GetSingle answers the one product that matches");
        Check.Null(repository.GetSingle(p => p.Price > 10m), "GetSingle of no match is null");
        Check.Equal(1, repository.Query(p => p.Name.StartsWith("T")).Count(), "Query filters the stored products");

        var tea = repository.GetSingle(p => p.Id == 1);
        repository.Delete(tea);
        Check.Equal(2, repository.GetAll().Length, "Delete waits for Persist");
        Check.Equal(1, repository.Persist(), "Persist writes the removal");
        Check.Null(repository.GetSingle(p => p.Id == 1), "and the product is gone");
        repository.Dispose();
        return Task.CompletedTask;
    }
}
