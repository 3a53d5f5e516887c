using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

public interface ITableRow
{
    bool Deleted { get; set; }
}

/// <summary>CommunityToolkit.Datasync's ITableData shape: a Deleted flag the repository itself does not act on.</summary>
public class SyncedTodo : ITableRow
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public bool Deleted { get; set; }
}

/// <summary>Datasync's repositories remove the row on DeleteAsync and read flagged rows like any other: SoftDelete.None.</summary>
[InMemoryFake(SoftDelete = SoftDelete.None)]
public interface ISyncedTodos
{
    void Add(SyncedTodo todo);

    SyncedTodo? GetById(int id);

    List<SyncedTodo> GetAll();

    int Count();

    bool Delete(int id);

    int DeleteByTitle(string title);
}

public class SoftDeleteTests
{
    [Fact]
    public void Under_SoftDelete_None_a_delete_removes_the_row_and_flagged_rows_are_read_like_any_other()
    {
        ISyncedTodos todos = new InMemorySyncedTodos();
        todos.Add(new SyncedTodo { Id = 1, Title = "milk" });
        todos.Add(new SyncedTodo { Id = 2, Title = "bread", Deleted = true });

        Assert.Equal("bread", todos.GetById(2)?.Title);
        Assert.Equal(new[] { 1, 2 }, todos.GetAll().Select(static t => t.Id).ToArray());
        Assert.Equal(2, todos.Count());

        Assert.True(todos.Delete(2));
        Assert.Null(todos.GetById(2));
        Assert.False(todos.Delete(2));
        Assert.Equal(1, todos.DeleteByTitle("milk"));
        Assert.Equal(0, todos.Count());
    }
}
