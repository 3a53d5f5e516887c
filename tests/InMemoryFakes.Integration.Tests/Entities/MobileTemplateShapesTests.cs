using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Two of Microsoft's most copied app templates: the Xamarin.Forms Shell template's IDataStore<T> (a cache-bypass switch
// on the list read) and the .NET MAUI SQLite tutorial's TodoItemDatabase (a flag after the entity word).

public sealed class ShellItem
{
    public string Id { get; set; } = "";

    public string? Text { get; set; }

    public string? Description { get; set; }
}

public interface IDataStore<T>
{
    Task<bool> AddItemAsync(T item);

    Task<bool> UpdateItemAsync(T item);

    Task<bool> DeleteItemAsync(string id);

    Task<T> GetItemAsync(string id);

    Task<IEnumerable<T>> GetItemsAsync(bool forceRefresh = false);
}

// The template's MockDataStore appends a repeated Id a second time, which no keyed store does; the test states the
// duplicate-key error (TakenKeyAdds) and adds each Id once.
[InMemoryFake(typeof(IDataStore<ShellItem>), TakenKeyAdds = TakenKeyAdd.Throw)]
public partial class ShellItemStore
{
}

public sealed class TutorialTodoItem
{
    public int ID { get; set; }

    public string? Name { get; set; }

    public bool Done { get; set; }
}

[InMemoryFake]
public interface ITodoItemDatabase
{
    Task<List<TutorialTodoItem>> GetItemsAsync();

    Task<List<TutorialTodoItem>> GetItemsNotDoneAsync();

    Task<List<TutorialTodoItem>> GetItemsDoneAsync();

    Task<TutorialTodoItem?> GetItemAsync(int id);

    Task AddItemAsync(TutorialTodoItem item);

    Task<int> DeleteItemAsync(TutorialTodoItem item);
}

public sealed class MobileTemplateShapesTests
{
    [Fact]
    public async Task The_shell_templates_data_store_ignores_the_cache_bypass_switch_every_read_is_fresh()
    {
        IDataStore<ShellItem> store = new ShellItemStore();
        Assert.True(await store.AddItemAsync(new ShellItem { Id = "1", Text = "First" }));
        Assert.True(await store.UpdateItemAsync(new ShellItem { Id = "1", Text = "First, edited" }));
        Assert.Equal("First, edited", (await store.GetItemsAsync()).Single().Text);
        Assert.Equal("First, edited", (await store.GetItemsAsync(forceRefresh: true)).Single().Text);
        Assert.True(await store.DeleteItemAsync("1"));
        Assert.False(await store.DeleteItemAsync("1"));
        Assert.Empty(await store.GetItemsAsync(true));
    }

    [Fact]
    public async Task A_flag_after_the_entity_word_filters_on_it_and_Not_negates_it()
    {
        ITodoItemDatabase database = new InMemoryTodoItemDatabase();
        await database.AddItemAsync(new TutorialTodoItem { Name = "milk", Done = true });
        await database.AddItemAsync(new TutorialTodoItem { Name = "bread" });
        await database.AddItemAsync(new TutorialTodoItem { Name = "eggs" });
        Assert.Equal(new[] { "bread", "eggs" }, (await database.GetItemsNotDoneAsync()).Select(static i => i.Name));
        Assert.Equal(new[] { "milk" }, (await database.GetItemsDoneAsync()).Select(static i => i.Name));
        Assert.Equal(3, (await database.GetItemsAsync()).Count);
    }
}
