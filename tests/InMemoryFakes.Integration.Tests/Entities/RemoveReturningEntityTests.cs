using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// The ASP.NET Core 1.0 Web API tutorial's repository: TodoItem is keyed by a property named Key, which the interface
// proves (Find(key) reads one item by it and Remove(key) removes by it), and Remove returns the item it removed.

public sealed class KeyedTodoItem
{
    public string Key { get; set; } = "";

    public string? Name { get; set; }

    public bool IsComplete { get; set; }
}

[InMemoryFake]
public interface IKeyedTodoRepository
{
    void Add(KeyedTodoItem item);

    IEnumerable<KeyedTodoItem> GetAll();

    KeyedTodoItem? Find(string key);

    KeyedTodoItem? Remove(string key);

    void Update(KeyedTodoItem item);
}

public sealed class Ticket2
{
    public int Id { get; set; }

    public string? Title { get; set; }
}

[InMemoryFake]
public interface IStrictTicketQueue
{
    void Add(Ticket2 ticket);

    Ticket2 Remove(int id);

    Ticket2? Get(int id);
}

[InMemoryFake]
public interface ITicketUnitOfWork
{
    void Add(Ticket2 ticket);

    Ticket2? Get(int id);

    Ticket2? Delete(int id);

    int SaveChanges();
}

public sealed class RemoveReturningEntityTests
{
    [Fact]
    public void Remove_by_key_returns_the_item_it_removed_and_null_when_none_had_the_key()
    {
        IKeyedTodoRepository todos = new InMemoryKeyedTodoRepository();
        todos.Add(new KeyedTodoItem { Key = "a", Name = "milk" });
        todos.Add(new KeyedTodoItem { Key = "b", Name = "bread" });
        Assert.Throws<DuplicateKeyException>(() => todos.Add(new KeyedTodoItem { Key = "a" }));

        var removed = todos.Remove("a");
        Assert.Equal("milk", removed?.Name);
        Assert.Null(todos.Find("a"));
        Assert.Null(todos.Remove("a"));
        Assert.Equal(new[] { "b" }, todos.GetAll().Select(static t => t.Key));
    }

    [Fact]
    public void A_non_nullable_removed_entity_result_throws_not_found_for_a_missing_key_and_changes_nothing()
    {
        IStrictTicketQueue queue = new InMemoryStrictTicketQueue();
        queue.Add(new Ticket2 { Id = 1, Title = "one" });
        Assert.ThrowsAny<KeyNotFoundException>(() => queue.Remove(2));
        Assert.Equal("one", queue.Get(1)?.Title);
        Assert.Equal("one", queue.Remove(1).Title);
        Assert.Null(queue.Get(1));
    }

    [Fact]
    public void Under_a_unit_of_work_the_removal_returns_the_entity_and_takes_effect_at_the_save()
    {
        ITicketUnitOfWork work = new InMemoryTicketUnitOfWork();
        work.Add(new Ticket2 { Id = 1, Title = "one" });
        work.SaveChanges();

        Assert.Equal("one", work.Delete(1)?.Title);
        Assert.Null(work.Delete(1));
        Assert.Equal(1, work.SaveChanges());
        Assert.Null(work.Get(1));
    }
}
