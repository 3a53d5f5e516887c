using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Adds and updates given loose values instead of the entity or a request object (session 26; themissingmanual.dev's
/// minimal-API tutorial: <c>Product Add(string name, decimal price)</c>, <c>Product? Update(int id, string name, decimal price)</c>
/// over <c>record Product(int Id, string Name, decimal Price)</c>): each value names a property by name and type. The add
/// builds a new entity from them (a positional record through its constructor) and numbers its key, as the tutorials'
/// <c>new Product { Name = name, Price = price }</c> before the INSERT; the update writes them onto the row the key names, as
/// the update from a request does. Refused before as "it must take one Product parameter".
/// </summary>
public class LooseParameterWriteTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void The_add_builds_the_entity_from_the_values_and_numbers_its_key()
    {
        var run = Run("""
            namespace V;
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } public string? Description { get; set; } }
            public record Item(int Id, string Name, decimal Price);
            public class Tag { public Guid Id { get; set; } public string Label { get; set; } = ""; }
            [InMemoryFake]
            public interface IProductRepository
            {
                Product Add(string name, decimal price, string? description);
                Product? Get(int id);
                IReadOnlyList<Product> GetAll();
            }
            [InMemoryFake]
            public interface IItemRepository
            {
                Item Add(string name, decimal price);
                Item? Get(int id);
            }
            [InMemoryFake]
            public interface ITagRepository
            {
                Task<Guid> CreateAsync(string label);
                Task<Tag?> GetAsync(Guid id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IProductRepository products = new InMemoryProductRepository();
                    var first = products.Add("Pen", 1.5m, null);
                    var second = products.Add("Ink", 4m, "blue");
                    Is(1, first.Id, "the first key numbered");
                    Is(2, second.Id, "the second");
                    Is("Pen", first.Name, "the name given");
                    var stored = products.Get(2)!;
                    Is("Ink", stored.Name, "stored name");
                    Is(4m, stored.Price, "stored price");
                    Is("blue", stored.Description, "stored description");
                    Is(null, products.Get(1)!.Description, "a null where the property is nullable is stored");
                    Throws<System.ArgumentNullException>(() => products.Add(null!, 2m, null), "name", "a null name where Name is not nullable");
                    Is(2, products.GetAll().Count, "unchanged after the null name");

                    IItemRepository items = new InMemoryItemRepository();
                    var pen = items.Add("Pen", 1.5m);
                    var ink = items.Add("Ink", 4m);
                    Is(1, pen.Id, "a positional record's key numbered");
                    Is(2, ink.Id, "the second");
                    Is(new Item(2, "Ink", 4m), items.Get(2), "built through its constructor, read back by the new key");

                    ITagRepository tags = new InMemoryTagRepository();
                    var id = tags.CreateAsync("urgent").GetAwaiter().GetResult();
                    Is(false, id == Guid.Empty, "a new Guid key returned");
                    Is("urgent", tags.GetAsync(id).GetAwaiter().GetResult()!.Label, "read back by the key returned");
                }
            }
            """);
    }

    [Fact]
    public void The_update_writes_the_values_onto_the_row_the_key_names()
    {
        var run = Run("""
            namespace V;
            public class TodoItem { public Guid Id { get; set; } public string Title { get; set; } = ""; public bool IsComplete { get; set; } public int Priority { get; set; } }
            public record Product(int Id, string Name, decimal Price);
            [InMemoryFake]
            public interface ITodoRepository
            {
                void Add(TodoItem item);
                Task<TodoItem?> GetAsync(Guid id);
                Task<bool> UpdateAsync(Guid id, string title, bool isComplete);
                int Update(Guid id, int priority);
            }
            [InMemoryFake]
            public interface IProductRepository
            {
                Product Add(string name, decimal price);
                Product? Get(int id);
                Product? Update(int id, string name, decimal price);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ITodoRepository todos = new InMemoryTodoRepository();
                    var id = Guid.NewGuid();
                    todos.Add(new TodoItem { Id = id, Title = "write", Priority = 3 });
                    Is(true, todos.UpdateAsync(id, "write tests", true).GetAwaiter().GetResult(), "found: true");
                    var stored = todos.GetAsync(id).GetAwaiter().GetResult()!;
                    Is("write tests", stored.Title, "title written");
                    Is(true, stored.IsComplete, "flag written");
                    Is(3, stored.Priority, "a property not given keeps its stored value");
                    Is(false, todos.UpdateAsync(Guid.NewGuid(), "x", false).GetAwaiter().GetResult(), "missing: false");
                    Is(1, todos.Update(id, 7), "found: one updated");
                    Is(7, todos.GetAsync(id).GetAwaiter().GetResult()!.Priority, "priority written");
                    Is(0, todos.Update(Guid.NewGuid(), 1), "missing: none updated");
                    Throws<System.ArgumentNullException>(() => todos.UpdateAsync(id, null!, false).GetAwaiter().GetResult(), "title", "a null title where Title is not nullable");
                    Is("write tests", todos.GetAsync(id).GetAwaiter().GetResult()!.Title, "unchanged after the null title");

                    IProductRepository products = new InMemoryProductRepository();
                    var pen = products.Add("Pen", 1.5m);
                    Is(new Product(pen.Id, "Fountain pen", 9m), products.Update(pen.Id, "Fountain pen", 9m), "a record replaced by a copy with the values, returned");
                    Is(new Product(pen.Id, "Fountain pen", 9m), products.Get(pen.Id), "stored");
                    Is(null, products.Update(99, "x", 1m), "missing: null, as declared");
                }
            }
            """);
    }

    [Fact]
    public void Values_that_do_not_prove_the_write_are_refused_naming_why()
    {
        var run = Run("""
            namespace V;
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } }
            public class TodoItem { public Guid Id { get; set; } public string Title { get; set; } = ""; public bool IsComplete { get; set; } }
            public class Account { public int Id { get; set; } public required string Owner { get; set; } public string Name { get; set; } = ""; }
            public class Country { public string Id { get; set; } = ""; public string Name { get; set; } = ""; }
            public record Item(int Id, string Name, decimal Price);
            [InMemoryFake]
            public interface IProductRepository
            {
                Product? Get(int id);
                Product Add(string title, decimal price);
                Product Create(int id, string name, decimal price);
                int Insert(string name, decimal price);
                Product Update(int id, string label);
                bool Edit(int id, int id2);
                Product? Modify(int id, string? name);
            }
            [InMemoryFake]
            public interface ITodoService
            {
                Task<TodoItem?> GetAsync(Guid id);
                Task<TodoItem> CreateAsync(string title);
            }
            [InMemoryFake]
            public interface IAccountRepository
            {
                Account? Get(int id);
                Account AddAccount(string name);
            }
            [InMemoryFake]
            public interface ICountryRepository
            {
                Country? Get(string id);
                Country AddCountry(string name);
            }
            [InMemoryFake]
            public interface IItemRepository
            {
                Item? Get(int id);
                Item AddItem(string name);
            }
            """);
        Refusals.Exactly(run,
            ("Add", "'title' names no property of Product, so what the add does with it is the store's own; name it after the property it sets, or write the member (Store.Add(new Product { … }))"),
            ("Create", "'id' is the key Id, and whether the store inserts it as given or numbers its own (an identity column refuses an explicit value) is not said"),
            ("Insert", "it returns int, which is the new key in some repositories"),
            ("Update", "'label' names no property of Product, so what the update does with it is the store's own"),
            ("Edit", "'id2' names no property of Product"),
            ("Modify", "'name' is nullable where Product.Name is not, so whether a null leaves the stored value (a partial update) or is an error is the store's own"),
            ("CreateAsync", "no value gives TodoItem.IsComplete, so the value the store gives it when it creates the TodoItem (a status, a flag, its mapping's default) is its own; take it too, or write the member (Store.Add(new TodoItem { … }))"),
            ("AddAccount", "no value gives Account.Owner, a required member"),
            ("AddCountry", "Country's key is not one the fake generates (a settable int, long or Guid, or a wrapper of one), so the key of the one it adds is the store's own"),
            ("AddItem", "no value gives Item's constructor parameter 'Price', so the value the store passes is its own; write the member (Store.Add(new Item(…)))"));
    }
}
