using System.Linq;
using Microsoft.EntityFrameworkCore;

namespace InMemoryFakes.Verification.Tests.DbContexts;

// Two properties of one entity type (an old name kept beside a new one): EF Core's model has one entity type, one table.
[InMemoryFake]
public interface ILegacyTodoDbContext
{
    DbSet<TodoList> Lists { get; }

    DbSet<TodoList> TodoLists { get; }

    int SaveChanges();
}

public sealed class SharedSetTests
{
    [Fact]
    public void Two_properties_of_one_entity_type_are_one_set_over_one_table()
    {
        var db = new InMemoryLegacyTodoDbContext();
        db.Lists.Add(new TodoList { Title = "Shared" });

        Assert.Same(db.Lists, db.TodoLists);
        Assert.Equal(1, db.SaveChanges());
        Assert.Equal(["Shared"], db.TodoLists.Select(static l => l.Title).ToList());
    }
}
