using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace InMemoryFakes.Verification.Tests.DbContexts;

/// <summary>
/// An EF Core context interface (<c>DbSet&lt;T&gt;</c> properties + <c>SaveChangesAsync</c>), run as the same handler-style
/// script against the generated fake and against EF Core on SQLite: each assertion holds on both stores.
/// </summary>
public sealed class DbContextFakeTests
{
    public static TheoryData<string> Stores => new() { "fake", "sqlite" };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Add_waits_for_SaveChangesAsync_which_writes_every_set_at_once_assigns_int_keys_and_returns_the_count(string kind)
    {
        using var store = new TodoStore(kind);
        var db = store.Context;
        var list = new TodoList { Title = "Shopping" };
        db.TodoLists.Add(list);
        db.TodoItems.AddRange(new TodoItem { Title = "Milk" }, new TodoItem { Title = "Eggs" });

        Assert.Equal(0, list.Id);
        Assert.Equal(0, await db.TodoLists.CountAsync(Token));
        Assert.Equal(0, await store.NewContext().TodoItems.CountAsync(Token));

        Assert.Equal(3, await db.SaveChangesAsync(Token));
        Assert.Equal(1, list.Id);
        Assert.Equal(new[] { 1, 2 }, await db.TodoItems.OrderBy(static i => i.Id).Select(static i => i.Id).ToListAsync(Token));
        Assert.Equal(2, await store.NewContext().TodoItems.CountAsync(Token));
        Assert.Equal(0, await db.SaveChangesAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Without_SaveChanges_nothing_is_stored(string kind)
    {
        using var store = new TodoStore(kind);
        store.Context.TodoLists.Add(new TodoList { Title = "Never saved" });

        Assert.False(await store.NewContext().TodoLists.AnyAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_change_to_a_tracked_entity_is_saved_and_an_unchanged_one_is_not_counted(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();
        var item = await db.TodoItems.SingleAsync(static i => i.Title == "Milk", Token);
        _ = await db.TodoItems.ToListAsync(Token);
        item.Done = true;

        Assert.Equal(1, await db.SaveChangesAsync(Token));
        Assert.True((await store.NewContext().TodoItems.FindAsync([item.Id], Token))!.Done);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Find_returns_the_tracked_instance_null_when_missing_and_refuses_wrong_keys(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();
        var queried = await db.TodoItems.FirstAsync(static i => i.Title == "Milk", Token);

        Assert.Same(queried, db.TodoItems.Find(queried.Id));
        Assert.Same(queried, await db.TodoItems.FindAsync([queried.Id], Token));
        Assert.Null(await db.TodoLists.FindAsync([1000], Token));
        Assert.Throws<ArgumentException>(() => db.TodoItems.Find(1, 2));
        Assert.Throws<ArgumentException>(() => db.TodoItems.Find("1"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Remove_and_RemoveRange_delete_at_the_save(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();
        var list = await db.TodoLists.SingleAsync(Token);
        db.TodoLists.Remove(list);
        db.TodoItems.RemoveRange(await db.TodoItems.Where(static i => i.Priority > 1).ToListAsync(Token));

        Assert.Equal(1, await store.NewContext().TodoLists.CountAsync(Token));
        Assert.Equal(3, await db.SaveChangesAsync(Token));
        Assert.Equal(0, await store.NewContext().TodoLists.CountAsync(Token));
        Assert.Equal(["Milk"], await store.NewContext().TodoItems.Select(static i => i.Title).ToListAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Update_of_a_detached_instance_writes_it_and_a_second_instance_of_a_tracked_key_is_refused(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();
        var id = (await store.NewContext().TodoItems.SingleAsync(static i => i.Title == "Eggs", Token)).Id;
        db.TodoItems.Update(new TodoItem { Id = id, ListId = 1, Title = "Brown eggs", Priority = 2 });

        Assert.Equal(1, db.SaveChanges());
        Assert.Equal("Brown eggs", (await store.NewContext().TodoItems.FindAsync([id], Token))!.Title);
        Assert.Throws<InvalidOperationException>(() => db.TodoItems.Update(new TodoItem { Id = id, Title = "Again" }));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Remove_of_a_detached_instance_deletes_its_row_and_of_a_missing_row_fails_the_save(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();
        var id = (await store.NewContext().TodoItems.SingleAsync(static i => i.Title == "Milk", Token)).Id;
        db.TodoItems.Remove(new TodoItem { Id = id });
        Assert.Throws<InvalidOperationException>(() => store.NewContext().TodoItems.Remove(new TodoItem { Title = "never added" }));
        Assert.Equal(1, await db.SaveChangesAsync(Token));
        Assert.Equal(2, await store.NewContext().TodoItems.CountAsync(Token));

        db.TodoItems.Remove(new TodoItem { Id = 1000 });
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync(Token));
        Assert.IsType(kind == "fake" ? typeof(ConcurrencyConflictException) : typeof(DbUpdateConcurrencyException), error);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Attach_tracks_a_detached_instance_as_unchanged_so_only_a_change_is_saved_and_an_unset_key_as_added(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();
        var id = (await store.NewContext().TodoItems.SingleAsync(static i => i.Title == "Eggs", Token)).Id;
        var detached = new TodoItem { Id = id, ListId = 1, Title = "Eggs", Priority = 3 };
        db.TodoItems.Attach(detached);
        Assert.Equal(0, await db.SaveChangesAsync(Token));

        detached.Done = true;
        db.TodoItems.AttachRange(new TodoItem { ListId = 1, Title = "Tea" });
        Assert.Equal(2, await db.SaveChangesAsync(Token));
        Assert.True((await store.NewContext().TodoItems.SingleAsync(static i => i.Title == "Eggs", Token)).Done);
        Assert.Equal(4, await store.NewContext().TodoItems.CountAsync(Token));
        Assert.Same(detached, await db.TodoItems.FindAsync([id], Token));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task LINQ_and_EF_Core_async_operators_run_over_the_set(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();

        Assert.Equal(["Bread", "Eggs"], await db.TodoItems.Where(static i => i.Priority > 1).OrderBy(static i => i.Title).Select(static i => i.Title!).ToListAsync(Token));
        Assert.Equal("Milk", (await db.TodoItems.OrderBy(static i => i.Priority).FirstOrDefaultAsync(Token))!.Title);
        Assert.Null(await db.TodoItems.FirstOrDefaultAsync(static i => i.Title == "Tea", Token));
        Assert.Equal(2, await db.TodoItems.CountAsync(static i => i.Priority > 1, Token));
        Assert.True(await db.TodoItems.AnyAsync(static i => i.Done == false, Token));
        Assert.Equal(8, await db.TodoItems.SumAsync(static i => i.Priority, Token));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.TodoItems.SingleAsync(static i => i.Priority > 1, Token));
        Assert.Equal(3, db.TodoItems.AsEnumerable().Count());
        Assert.Equal(3, await db.TodoItems.AsNoTracking().CountAsync(Token));
        var joined = await db.TodoItems.Join(db.TodoLists, static i => i.ListId, static l => l.Id, static (i, l) => l.Title + "/" + i.Title).OrderBy(static s => s).ToListAsync(Token);
        Assert.Equal(["Shopping/Bread", "Shopping/Eggs", "Shopping/Milk"], joined);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_query_composed_before_a_save_sees_the_data_when_it_runs(string kind)
    {
        using var store = new TodoStore(kind);
        var db = store.Context;
        var query = db.TodoLists.Where(static l => l.Title == "Shopping");
        db.TodoLists.Add(new TodoList { Title = "Shopping" });
        await db.SaveChangesAsync(Token);

        Assert.Equal(1, await query.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Set_of_T_is_the_property_s_set_and_an_unmapped_type_throws_InvalidOperationException(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();

        Assert.Equal(3, await db.Set<TodoItem>().CountAsync(Token));
        db.Set<TodoList>().Add(new TodoList { Title = "Work" });
        Assert.Equal(1, await db.SaveChangesAsync(Token));
        Assert.Throws<InvalidOperationException>(() => db.Set<Unmapped>().Count());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_Guid_key_is_generated_when_the_entity_is_added_or_updated_without_one(string kind)
    {
        using var store = new TodoStore(kind);
        var tag = new TodoTag { Name = "home" };
        await store.Context.Tags.AddAsync(tag, Token);

        var updated = new TodoTag { Name = "work" };
        store.Context.Tags.Update(updated);

        Assert.NotEqual(Guid.Empty, tag.Id);
        Assert.NotEqual(Guid.Empty, updated.Id);
        Assert.Equal(2, await store.Context.SaveChangesAsync(Token));
        Assert.Equal("home", (await store.NewContext().Tags.FindAsync([tag.Id], Token))!.Name);
        Assert.Equal("work", (await store.NewContext().Tags.FindAsync([updated.Id], Token))!.Name);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AsNoTracking_reads_untracked_entities_whose_changes_are_not_saved(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();
        var untracked = await db.TodoItems.AsNoTracking().Where(static i => i.Title == "Milk").SingleAsync(Token);
        var again = await db.TodoItems.Where(static i => i.Title == "Milk").AsNoTracking().SingleAsync(Token);
        untracked.Done = true;
        again.Done = true;

        Assert.NotSame(untracked, again);
        Assert.NotSame(untracked, await db.TodoItems.SingleAsync(static i => i.Title == "Milk", Token));
        Assert.Equal(0, await db.SaveChangesAsync(Token));
        Assert.False((await store.NewContext().TodoItems.SingleAsync(static i => i.Title == "Milk", Token)).Done);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AsNoTrackingWithIdentityResolution_and_AsTracking_read_as_EF_Core_does(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();
        var untracked = await db.TodoItems.AsNoTrackingWithIdentityResolution().FirstAsync(static i => i.Title == "Eggs", Token);
        untracked.Priority = 9;
        Assert.Equal(0, await db.SaveChangesAsync(Token));

        var tracked = await db.TodoItems.AsTracking().FirstAsync(static i => i.Title == "Eggs", Token);
        tracked.Priority = 9;
        Assert.Equal(1, await db.SaveChangesAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Include_and_TagWith_change_nothing_the_query_returns(string kind)
    {
        using var store = new TodoStore(kind);
        await Seed(store);
        var db = store.NewContext();

        Assert.Equal(["Bread", "Eggs"], await db.TodoItems.TagWith("handler").Where(static i => i.Priority > 1).OrderBy(static i => i.Title).Select(static i => i.Title!).ToListAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_unique_index_fails_the_save_of_a_duplicate_and_nothing_is_written(string kind)
    {
        using var store = new TodoStore(kind);
        var db = store.Context;
        db.TodoLists.Add(new TodoList { Title = "Work" });
        db.Tags.Add(new TodoTag { Name = "home" });
        db.Tags.Add(new TodoTag { Name = "home" });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync(Token));
        Assert.IsType(kind == "fake" ? typeof(DuplicateKeyException) : typeof(DbUpdateException), error);
        Assert.Equal(0, await store.NewContext().Tags.CountAsync(Token));
        Assert.Equal(0, await store.NewContext().TodoLists.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task An_owned_value_is_saved_and_read_with_its_owner_and_a_change_to_it_is_saved(string kind)
    {
        using var store = new TodoStore(kind);
        var db = store.Context;
        db.TodoLists.Add(new TodoList { Title = "Work", Colour = new Colour { Code = "#FF0000" } });
        await db.SaveChangesAsync(Token);

        var other = store.NewContext();
        var list = await other.TodoLists.SingleAsync(Token);
        Assert.Equal("#FF0000", list.Colour.Code);
        list.Colour.Code = "#00FF00";
        Assert.Equal(1, await other.SaveChangesAsync(Token));
        Assert.Equal("#00FF00", (await store.NewContext().TodoLists.SingleAsync(Token)).Colour.Code);
    }

    [Fact]
    public async Task Reset_empties_every_set_and_forgets_what_was_tracked()
    {
        var db = new InMemoryTodoDbContext();
        db.TodoLists.Add(new TodoList { Title = "Saved" });
        db.TodoItems.Add(new TodoItem { Title = "Saved" });
        await db.SaveChangesAsync(Token);
        db.TodoLists.Add(new TodoList { Title = "Pending" });

        Fakes.Of(db).Reset();

        Assert.Equal(0, await db.TodoLists.CountAsync(Token));
        Assert.Equal(0, await db.TodoItems.CountAsync(Token));
        Assert.Equal(0, await db.SaveChangesAsync(Token));
    }

    [Fact]
    public void The_fake_s_set_refuses_what_needs_EF_Core_s_model_or_state_manager_with_NotSupportedException()
    {
        var db = new InMemoryTodoDbContext();

        Assert.Contains("no EF Core model", Assert.Throws<NotSupportedException>(() => db.TodoItems.EntityType).Message, StringComparison.Ordinal);
        Assert.Contains("no Local view", Assert.Throws<NotSupportedException>(() => db.TodoItems.Local).Message, StringComparison.Ordinal);
        Assert.Contains("EntityEntry", Assert.Throws<NotSupportedException>(() => db.TodoItems.Entry(new TodoItem { Id = 1 })).Message, StringComparison.Ordinal);
        Assert.Contains("ExecuteDelete", Assert.Throws<NotSupportedException>(() => db.TodoItems.Where(static i => i.Done).ExecuteDelete()).Message, StringComparison.Ordinal);
    }

    private static async Task Seed(TodoStore store)
    {
        var db = store.NewContext();
        db.TodoLists.Add(new TodoList { Title = "Shopping" });
        db.TodoItems.AddRange(
            new TodoItem { ListId = 1, Title = "Milk", Priority = 1 },
            new TodoItem { ListId = 1, Title = "Eggs", Priority = 3 },
            new TodoItem { ListId = 1, Title = "Bread", Priority = 4 });
        Assert.Equal(4, await db.SaveChangesAsync(Token));
    }
}
