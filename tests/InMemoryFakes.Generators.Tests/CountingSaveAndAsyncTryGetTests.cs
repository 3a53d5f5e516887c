using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Two write and read shapes session 26 (h-loose) judged unprovable, now refused with messages that say why. The .NET MAUI
/// local-database tutorial's <c>Task&lt;int&gt; SaveItemAsync(TodoItem item)</c> over sqlite-net (<c>ID != 0 ?
/// UpdateAsync(item) : InsertAsync(item)</c>: the rows written, 0 for a set ID with no row) shares its signature with the
/// Xamarin.Forms sample it came from (<c>int SaveItem</c>: <c>item.ID</c> after an update), EF Core's <c>Id == 0 ? Add :
/// Update</c> + <c>SaveChanges</c> (a concurrency error for that ID) and an <c>InsertOrReplace</c> (stored under it). And
/// <c>Task&lt;bool&gt; TryGetAsync(key, out T value)</c>, legal on an interface, whose out value no async method can set.
/// </summary>
public class CountingSaveAndAsyncTryGetTests
{
    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void The_tutorials_counting_save_is_refused_naming_the_stores_that_disagree_and_the_rest_is_generated()
    {
        var run = Run("""
            namespace V;
            public class TodoItem { public int ID { get; set; } public string Name { get; set; } = ""; public string Notes { get; set; } = ""; public bool Done { get; set; } }
            public class Note { public Guid Id { get; set; } public string Text { get; set; } = ""; }
            [InMemoryFake]
            public interface ITodoItemDatabase
            {
                Task<List<TodoItem>> GetItemsAsync();
                Task<TodoItem?> GetItemAsync(int id);
                Task<int> SaveItemAsync(TodoItem item);
                Task<int> DeleteItemAsync(TodoItem item);
            }
            [InMemoryFake]
            public interface INoteStore
            {
                Note? Get(Guid id);
                long Save(Note note);
                void Upsert(Note note);
            }
            """);
        Refusals.Exactly(run,
            ("SaveItemAsync", "an upsert that returns int does not say what the number is, nor what a set key with no stored TodoItem does: the .NET MAUI tutorial's SaveItemAsync over sqlite-net (ID != 0 ? UpdateAsync : InsertAsync) answers the rows written, 1, and 0 for such a key without storing it;"
                + " the Xamarin.Forms sample it came from (int SaveItem) answers the ID after an update and 1 after an insert; EF Core's Id == 0 ? Add : Update then SaveChanges fails for such a key with a concurrency error;"
                + " an InsertOrReplace stores it under that key. Return void or the TodoItem, name it …AndGetId for the key, or write the member (Store.Find(key) is null ? … : Store.Update(todoItem))"),
            ("Save", "an upsert that returns long does not say what the number is"));
    }

    [Fact]
    public void An_async_try_get_with_an_out_value_is_refused_saying_no_async_method_can_set_it()
    {
        var run = Run("""
            namespace V;
            public class TodoItem { public Guid Id { get; set; } public string Title { get; set; } = ""; }
            [InMemoryFake]
            public interface ITodoStore
            {
                void Add(TodoItem item);
                bool TryGet(Guid id, out TodoItem? item);
                Task<bool> TryGetAsync(Guid id, out TodoItem? item);
            }
            """);
        Refusals.Exactly(run,
            ("TryGetAsync", "its parameter 'item' is passed out, and it returns a task: no async method can set an out parameter, so the store sets 'item' before it hands back the task, either looked up at once (the task already complete) or left default while the task answers later, and which one is its own;"
                + " declare bool TryGet(…, out …) or a Task of the value (null when missing), or write the member (the lookup, then Task.FromResult of whether it found)"));
    }
}
