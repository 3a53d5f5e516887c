using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A parameterless <c>Persist</c> of an entity repository is its unit-of-work save, as a parameterless <c>Save</c> is
/// (since session 26, h-everyday8): vkobel's generic EF repository gist (<c>int Persist()</c> beside <c>Create</c>,
/// <c>Add</c> and <c>Delete</c> over a <c>DbContext</c>) was refused on its first try ("it must take one Product
/// parameter"), and its writes were generated to store at once where the DbContext only tracks them until the save.
/// A key-value store's parameterless <c>PersistAsync</c> (RTVS' settings storage, which writes its cache through) is
/// no unit-of-work save and stays refused (docs/generator.md, entity repository, the unit-of-work saves row).
/// </summary>
public class PersistSaveTests
{
    // https://gist.github.com/vkobel/5501260 ("Generic C# .NET Repository pattern (interface + implementation)").
    private const string Gist = Sources.Usings + """
        using System.Linq;
        using System.Linq.Expressions;

        namespace Shop;

        public class Product
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public decimal Price { get; set; }
        }

        public interface IRepository<T> : IDisposable where T : class
        {
            T[] GetAll();
            IQueryable<T> Query(Expression<Func<T, bool>> predicate);
            T? GetSingle(Expression<Func<T, bool>> predicate);
            void Create(T entity);
            void Add(T entity);
            void Delete(T entity);
            int Persist();
        }

        [InMemoryFake(typeof(IRepository<Product>))]
        public partial class ProductRepositoryFake;
        """;

    [Fact]
    public void A_parameterless_Persist_of_an_entity_repository_saves_what_its_writes_track()
    {
        var run = GeneratorHarness.Run(Gist);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using InMemoryFakes;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IRepository<Product> repository = new ProductRepositoryFake();
                    repository.Create(new Product { Id = 1, Name = "Tea", Price = 3m });
                    repository.Add(new Product { Id = 2, Name = "Coffee", Price = 5m });
                    Is(0, repository.GetAll().Length, "Create and Add only track: nothing is stored before Persist");
                    Is(2, repository.Persist(), "Persist writes both and counts them, as SaveChanges");
                    Is(2, repository.GetAll().Length, "then GetAll sees them");
                    Is(0, repository.Persist(), "a second Persist has nothing to write");

                    repository.Delete(repository.GetSingle(p => p.Id == 1)!);
                    Is(2, repository.GetAll().Length, "Delete waits for Persist too");
                    Is(1, repository.Persist(), "Persist writes the removal");
                    Is(null, repository.GetSingle(p => p.Id == 1), "and the product is gone");

                    repository.Delete(new Product { Id = 9, Name = "Cocoa" });
                    Throws<ConcurrencyConflictException>(() => repository.Persist(), null, "a removal of a product not stored fails the save, as DbUpdateConcurrencyException");
                    Is("Coffee", repository.GetAll().Single().Name, "and nothing is written");
                }
            }
            """);
    }

    [Fact]
    public void A_parameterless_PersistAsync_of_a_key_value_store_is_no_save_and_stays_refused()
    {
        // RTVS' ISettingsStorage (Corpus/Rtvs): SetSetting writes a cache every read sees, and PersistAsync writes the
        // changed values through to Visual Studio's settings manager, which is the store's own.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Settings;

            [InMemoryFake]
            public interface ISettingsStorage
            {
                bool SettingExists(string name);
                void SetSetting(string name, object value);
                Task PersistAsync();
            }
            """);
        Assert.Contains("IMF0001 PersistAsync", Refusals.Listed(run));
    }
}
