using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.TodoServiceShapes;

// The todo service of the Blazor and minimal-API samples: the entity is TodoItem but the members say Todo(s), and the
// completion flag is read, set, flipped and cleared through words inflected from IsComplete.
public sealed class TodoItem
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public bool IsComplete { get; set; }
}

[InMemoryFake]
public interface ITodoService
{
    Task<List<TodoItem>> GetTodosAsync();

    Task<TodoItem?> GetTodoAsync(int id);

    Task<TodoItem> CreateTodoAsync(TodoItem item);

    Task<bool> UpdateTodoAsync(int id, TodoItem item);

    Task<List<TodoItem>> GetCompletedAsync();

    Task<List<TodoItem>> GetIncompleteTodosAsync();

    Task<int> CountIncompleteAsync();

    Task MarkCompleteAsync(int id);

    Task<bool> MarkIncompleteAsync(int id);

    Task ToggleCompleteAsync(int id);

    Task<int> ClearCompletedAsync();
}

public sealed class TodoServiceShapesTests
{
    private static async Task<ITodoService> SeededAsync()
    {
        ITodoService todos = new InMemoryTodoService();
        await todos.CreateTodoAsync(new TodoItem { Title = "Milk" });
        await todos.CreateTodoAsync(new TodoItem { Title = "Eggs", IsComplete = true });
        await todos.CreateTodoAsync(new TodoItem { Title = "Bread" });
        return todos;
    }

    private static string[] Titles(IEnumerable<TodoItem> items) => items.Select(static t => t.Title).ToArray();

    [Fact]
    public async Task Members_named_after_the_entity_without_its_Item_suffix_read_and_update_it()
    {
        var todos = await SeededAsync();

        Assert.Equal(new[] { "Milk", "Eggs", "Bread" }, Titles(await todos.GetTodosAsync()));
        Assert.True(await todos.UpdateTodoAsync(1, new TodoItem { Id = 1, Title = "Oat milk" }));
        Assert.Equal("Oat milk", (await todos.GetTodoAsync(1))!.Title);
        Assert.False(await todos.UpdateTodoAsync(9, new TodoItem { Id = 9, Title = "none" }));
    }

    [Fact]
    public async Task A_flag_word_inflected_or_negated_filters_on_the_flag()
    {
        var todos = await SeededAsync();

        Assert.Equal(new[] { "Eggs" }, Titles(await todos.GetCompletedAsync()));
        Assert.Equal(new[] { "Milk", "Bread" }, Titles(await todos.GetIncompleteTodosAsync()));
        Assert.Equal(2, await todos.CountIncompleteAsync());
    }

    [Fact]
    public async Task Mark_and_Toggle_set_and_flip_the_flag_of_the_entity_found_by_key()
    {
        var todos = await SeededAsync();

        await todos.MarkCompleteAsync(1);
        Assert.True((await todos.GetTodoAsync(1))!.IsComplete);
        Assert.True(await todos.MarkIncompleteAsync(2));
        Assert.False((await todos.GetTodoAsync(2))!.IsComplete);
        Assert.False(await todos.MarkIncompleteAsync(99));

        await todos.ToggleCompleteAsync(3);
        Assert.True((await todos.GetTodoAsync(3))!.IsComplete);
        await todos.ToggleCompleteAsync(3);
        Assert.False((await todos.GetTodoAsync(3))!.IsComplete);
        await Assert.ThrowsAsync<NotFoundException>(() => todos.ToggleCompleteAsync(99));
    }

    [Fact]
    public async Task ClearCompleted_removes_the_completed_ones_and_says_how_many()
    {
        var todos = await SeededAsync();
        await todos.MarkCompleteAsync(1);

        Assert.Equal(2, await todos.ClearCompletedAsync());
        Assert.Equal(new[] { "Bread" }, Titles(await todos.GetTodosAsync()));
        Assert.Equal(0, await todos.ClearCompletedAsync());
    }
}
