using InMemoryFakes;

namespace TodoApi;

/// <summary>A to-do item.</summary>
public sealed class Todo
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public bool Done { get; set; }
}

/// <summary>
/// The app's storage. There is no database yet: [InMemoryFake] makes the generator write
/// InMemoryTodoStore, and Program registers it with AddInMemoryFakes(). When a real store exists,
/// register it before that call and the fake steps aside (TryAdd).
/// </summary>
[InMemoryFake]
public interface ITodoStore
{
    Todo Add(Todo todo);

    Todo? Find(int id);

    IReadOnlyList<Todo> GetAll();

    Todo Update(Todo todo);

    bool Delete(int id);
}

/// <summary>The body of POST /todos.</summary>
public sealed record NewTodo(string Title);

/// <summary>Rate-limit counters: a key-value fake whose counters expire.</summary>
[InMemoryFake]
public interface IRateLimits
{
    long? Get(string key);

    long Increment(string key, long amount, TimeSpan? ttl = null);
}
