using System;
using System.Collections.Generic;
using Xunit;

namespace InMemoryFakes.Integration.Tests;

// Seed 003: an ORM's in-memory backend — models on a shared or an isolated backend, clear one model or all.
public sealed class User
{
    public string Id { get; set; } = "";

    public string Email { get; set; } = "";

    public string Name { get; set; } = "";
}

public sealed class TodoItem
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";
}

[InMemoryFake]
public interface IUserRepository
{
    User Create(User user);

    User Get(string id);

    User? Find(string id);

    int Count();

    IReadOnlyList<User> All();
}

[InMemoryFake]
public interface ITodoRepository
{
    TodoItem Create(TodoItem item);

    int Count();
}

public class OrmBackendSeedTests
{
    [Fact]
    public void Create_get_and_count_users()
    {
        IUserRepository users = new InMemoryUserRepository();

        var created = users.Create(new User { Id = "user-1", Email = "alice@example.com", Name = "Alice" });

        Assert.Equal("Alice", created.Name);
        Assert.Equal("Alice", users.Get("user-1").Name);
        Assert.Equal(1, users.Count());
    }

    [Fact]
    public void Get_of_a_missing_user_throws_not_found_and_find_returns_null()
    {
        IUserRepository users = new InMemoryUserRepository();

        var error = Assert.Throws<NotFoundException>(() => users.Get("nobody"));
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
        Assert.Null(users.Find("nobody"));
    }

    [Fact]
    public void Creating_a_duplicate_id_throws_and_keeps_the_first()
    {
        IUserRepository users = new InMemoryUserRepository();
        users.Create(new User { Id = "user-1", Name = "Alice" });

        Assert.Throws<DuplicateKeyException>(() => users.Create(new User { Id = "user-1", Name = "Impostor" }));

        Assert.Equal("Alice", users.Get("user-1").Name);
        Assert.Equal(1, users.Count());
    }

    [Fact]
    public void Models_on_a_shared_backend_share_tables_and_isolated_ones_do_not()
    {
        var shared = new InMemoryBackend();
        IUserRepository users = new InMemoryUserRepository(shared);
        IUserRepository sameTable = new InMemoryUserRepository(shared);
        IUserRepository isolated = new InMemoryUserRepository();
        ITodoRepository todos = new InMemoryTodoRepository(shared);

        users.Create(new User { Id = "user-1", Name = "Alice" });
        todos.Create(new TodoItem { Id = "todo-1", Title = "Task" });

        Assert.Equal(1, sameTable.Count());
        Assert.Equal(0, isolated.Count());
        Assert.Equal(1, todos.Count());
    }

    [Fact]
    public void Clearing_one_model_leaves_the_others_and_clear_all_empties_everything()
    {
        var backend = new InMemoryBackend();
        IUserRepository users = new InMemoryUserRepository(backend);
        ITodoRepository todos = new InMemoryTodoRepository(backend);
        users.Create(new User { Id = "user-1", Name = "Alice" });
        users.Create(new User { Id = "user-2", Name = "Bob" });
        todos.Create(new TodoItem { Id = "todo-1", Title = "Task" });

        backend.Clear<User>();
        Assert.Equal(0, users.Count());
        Assert.Equal(1, todos.Count());

        backend.Clear();
        Assert.Equal(0, todos.Count());
    }

    [Fact]
    public void All_returns_users_in_insertion_order_as_copies()
    {
        IUserRepository users = new InMemoryUserRepository();
        users.Create(new User { Id = "b", Name = "Bob" });
        users.Create(new User { Id = "a", Name = "Alice" });

        var all = users.All();
        all[0].Name = "changed";

        Assert.Equal(new[] { "b", "a" }, new[] { all[0].Id, all[1].Id });
        Assert.Equal("Bob", users.Get("b").Name);
    }

    [Fact]
    public void Reset_through_the_hooks_empties_the_fake()
    {
        IUserRepository users = new InMemoryUserRepository();
        users.Create(new User { Id = "user-1" });

        Fakes.Of(users).Reset();

        Assert.Equal(0, users.Count());
        Assert.Throws<ArgumentException>(() => Fakes.Of(new object()));
    }
}
