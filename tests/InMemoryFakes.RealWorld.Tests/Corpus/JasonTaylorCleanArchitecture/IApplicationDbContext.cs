// Source: https://github.com/jasontaylordev/CleanArchitecture
// Commit: 10f1a45df0d8
// Licence: MIT
// Path: src/Application/Common/Interfaces/IApplicationDbContext.cs (entities: src/Domain/Entities/TodoList.cs,
//   TodoItem.cs; src/Domain/Common/BaseEntity.cs)
// Adapted: the entities keep Id and the properties the script uses (auditing and domain events left out). DbSet<T> is
//   EF Core's own (Microsoft.EntityFrameworkCore 10). Nullable enabled, as in the source.
// Real store: src/Infrastructure/Data/ApplicationDbContext.cs (EF Core, SQLite/SQL Server): Add on a DbSet tracks the
//   entity; SaveChangesAsync writes it, assigns the int Id and returns the number of rows; FindAsync returns null for
//   a missing id; Remove + SaveChangesAsync deletes.
// Shapes: TodoLists=9; TodoItems=9; SaveChangesAsync=3
#nullable enable

using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore;

namespace Corpus.JasonTaylorCleanArchitecture.IApplicationDbContextCase;

public class TodoList
{
    public int Id { get; set; }
    public string? Title { get; set; }
}

public class TodoItem
{
    public int Id { get; set; }
    public int ListId { get; set; }
    public string? Title { get; set; }
    public bool Done { get; set; }
}

[InMemoryFake]
public interface IApplicationDbContext
{
    DbSet<TodoList> TodoLists { get; }

    DbSet<TodoItem> TodoItems { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IApplicationDbContext store)
    {
        var list = new TodoList { Title = "Shopping" };
        store.TodoLists.Add(list);
        Check.Equal(1, await store.SaveChangesAsync(CancellationToken.None), "SaveChangesAsync writes the added list and returns 1");
        Check.True(list.Id != 0, "SaveChangesAsync assigns the Id");
        store.TodoItems.Add(new TodoItem { ListId = list.Id, Title = "Milk" });
        await store.SaveChangesAsync(CancellationToken.None);
        var item = await store.TodoItems.SingleAsync(i => i.ListId == list.Id);
        item.Done = true;
        Check.Equal(1, await store.SaveChangesAsync(CancellationToken.None), "a change to a tracked item is written by SaveChangesAsync");
        Check.True((await store.TodoItems.FindAsync(item.Id))?.Done == true, "the change is stored");
        Check.Null(await store.TodoLists.FindAsync(list.Id + 1000), "FindAsync of a missing id returns null");
        store.TodoLists.Remove(list);
        await store.SaveChangesAsync(CancellationToken.None);
        Check.Equal(0, await store.TodoLists.CountAsync(), "Remove + SaveChangesAsync deletes the list");
    }
}
