using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InMemoryFakes.Verification.Tests.DbContexts;

// Clean Architecture's IApplicationDbContext shape: DbSet<T> properties and SaveChangesAsync, faked by the generator and
// implemented by a real EF Core DbContext on SQLite, so one handler-style script runs on both.
public class TodoList
{
    public int Id { get; set; }

    public string? Title { get; set; }

    public Colour Colour { get; set; } = new();
}

// An owned type (no key): EF Core stores it in its owner's row and loads it with the owner; the fake keeps it inside the owner.
[Owned]
public class Colour
{
    public string Code { get; set; } = "#FFFFFF";
}

public class TodoItem
{
    public int Id { get; set; }

    public int ListId { get; set; }

    public string? Title { get; set; }

    public bool Done { get; set; }

    public int Priority { get; set; }
}

[Index(nameof(Name), IsUnique = true)]
public class TodoTag
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

public class Unmapped
{
    public int Id { get; set; }
}

[InMemoryFake]
public interface ITodoDbContext
{
    DbSet<TodoList> TodoLists { get; }

    DbSet<TodoItem> TodoItems { get; }

    DbSet<TodoTag> Tags { get; }

    DbSet<TEntity> Set<TEntity>()
        where TEntity : class;

    int SaveChanges();

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}

public sealed class TodoDbContext(DbContextOptions<TodoDbContext> options) : DbContext(options), ITodoDbContext
{
    public DbSet<TodoList> TodoLists => Set<TodoList>();

    public DbSet<TodoItem> TodoItems => Set<TodoItem>();

    public DbSet<TodoTag> Tags => Set<TodoTag>();
}

/// <summary>One store under test: the generated fake, or EF Core on an in-memory SQLite database; <see cref="NewContext"/> is another unit of work over the same data.</summary>
public sealed class TodoStore : IDisposable
{
    private readonly SqliteConnection? _connection;
    private readonly InMemoryBackend? _backend;

    public TodoStore(string kind)
    {
        if (kind == "fake")
        {
            _backend = new InMemoryBackend();
        }
        else
        {
            _connection = new SqliteConnection("DataSource=:memory:");
            _connection.Open();
            using var created = (TodoDbContext)NewContext();
            created.Database.EnsureCreated();
        }

        Context = NewContext();
    }

    public ITodoDbContext Context { get; }

    public ITodoDbContext NewContext()
        => _backend is not null
            ? new InMemoryTodoDbContext(_backend)
            : new TodoDbContext(new DbContextOptionsBuilder<TodoDbContext>().UseSqlite(_connection!).Options);

    public void Dispose()
    {
        (Context as IDisposable)?.Dispose();
        _connection?.Dispose();
    }
}
