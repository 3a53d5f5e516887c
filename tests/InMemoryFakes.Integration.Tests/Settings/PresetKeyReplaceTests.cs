using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

public class Chore
{
    public string Key { get; set; } = null!;

    public string Name { get; set; } = "";
}

/// <summary>AspNetCore.Docs' TodoRepository: Add sets item.Key = Guid.NewGuid().ToString(); Update is an indexer write.</summary>
[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace, MissingUpdate = MissingUpdate.Insert)]
public interface IChores
{
    void Add(Chore item);

    void Update(Chore item);

    Chore? Find(string key);

    Chore? Remove(string key);

    int Count();
}

public class Job
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
}

/// <summary>workflow-core's MemoryPersistenceProvider.CreateEvent: a new Guid string whatever Id the event had, returned.</summary>
[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public interface IJobs
{
    Task<string> CreateJob(Job job);

    Task<Job?> GetJob(string id);
}

public class NumberedTicket
{
    public int Id { get; set; }

    public string Title { get; set; } = "";
}

public class Post
{
    public long Id { get; set; }

    [Unique]
    public string Slug { get; set; } = "";
}

/// <summary>
/// Blog.Core's IBaseRepository over SqlSugar: Add(entity) and Add(list) take a new snowflake id for each entity whatever
/// its key held (ExecuteReturnSnowflakeId, ExecuteReturnSnowflakeIdList), and return the ids in order.
/// </summary>
[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public interface IPosts
{
    Task<long> Add(Post post);

    Task<List<long>> Add(List<Post> posts);

    Task<Post?> QueryById(long id);
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public interface INumberedTickets
{
    NumberedTicket Add(NumberedTicket ticket);

    void Upsert(NumberedTicket ticket);

    NumberedTicket? Find(int id);
}

public class PresetKeyReplaceTests
{
    [Fact]
    public void Every_add_gets_a_new_guid_text_key_and_a_key_the_caller_set_is_not_stored()
    {
        IChores chores = new InMemoryChores();
        var milk = new Chore { Name = "Milk" };
        chores.Add(milk);
        Assert.True(Guid.TryParseExact(milk.Key, "D", out _), milk.Key);
        Assert.Equal("Milk", chores.Find(milk.Key)?.Name);

        var eggs = new Chore { Key = "mine", Name = "Eggs" };
        chores.Add(eggs);
        Assert.NotEqual("mine", eggs.Key);
        Assert.True(Guid.TryParseExact(eggs.Key, "D", out _), eggs.Key);
        Assert.Null(chores.Find("mine"));
        Assert.Equal(2, chores.Count());
    }

    [Fact]
    public void Update_keeps_the_key_it_is_given_and_adds_a_missing_one()
    {
        IChores chores = new InMemoryChores();
        chores.Update(new Chore { Key = "k", Name = "Bread" });
        Assert.Equal("Bread", chores.Find("k")?.Name);

        chores.Update(new Chore { Key = "k", Name = "Rye" });
        Assert.Equal("Rye", chores.Find("k")?.Name);
        Assert.Equal(1, chores.Count());
    }

    [Fact]
    public async Task An_add_returning_the_string_key_returns_the_new_one()
    {
        IJobs jobs = new InMemoryJobs();
        var job = new Job { Id = "given", Name = "a" };

        var id = await jobs.CreateJob(job);

        Assert.NotEqual("given", id);
        Assert.Equal(id, job.Id);
        Assert.Equal("a", (await jobs.GetJob(id))?.Name);
        Assert.Null(await jobs.GetJob("given"));
    }

    [Fact]
    public void A_numbered_key_is_replaced_by_the_next_number_and_an_upsert_keeps_its_key()
    {
        INumberedTickets tickets = new InMemoryNumberedTickets();
        var first = tickets.Add(new NumberedTicket { Id = 40, Title = "a" });
        var second = tickets.Add(new NumberedTicket { Title = "b" });

        Assert.Equal(1, first.Id);
        Assert.Equal(2, second.Id);
        Assert.Null(tickets.Find(40));

        tickets.Upsert(new NumberedTicket { Id = 40, Title = "c" });
        Assert.Equal("c", tickets.Find(40)?.Title);
    }
}

public class UniqueChore
{
    public string Key { get; set; } = null!;

    [Unique]
    public string Name { get; set; } = "";
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public interface IUniqueChores
{
    void Add(UniqueChore item);

    void Upsert(UniqueChore item);

    UniqueChore? Find(string key);

    UniqueChore? Remove(string key);
}

public class PresetKeyReplaceRefusalTests
{
    [Fact]
    public void An_add_that_does_not_happen_gives_the_caller_its_own_key_back()
    {
        IUniqueChores chores = new InMemoryUniqueChores();
        chores.Add(new UniqueChore { Name = "Milk" });
        var repeat = new UniqueChore { Key = "mine", Name = "Milk" };

        Assert.Throws<DuplicateKeyException>(() => chores.Add(repeat));

        Assert.Equal("mine", repeat.Key);
        Assert.Null(chores.Find("mine"));
    }

    [Fact]
    public void An_upsert_of_a_null_key_is_refused_not_given_a_key()
    {
        IUniqueChores chores = new InMemoryUniqueChores();

        Assert.Throws<ArgumentNullException>(() => chores.Upsert(new UniqueChore { Key = null!, Name = "Bread" }));
        chores.Upsert(new UniqueChore { Key = "k", Name = "Bread" });
        Assert.Equal("Bread", chores.Find("k")?.Name);
    }

    [Fact]
    public async Task A_range_add_gives_every_entity_a_new_key_whatever_it_held()
    {
        IPosts posts = new InMemoryPosts();
        var first = new Post { Id = 5, Slug = "a" };
        var second = new Post { Id = 0, Slug = "b" };

        var ids = await posts.Add(new List<Post> { first, second });

        Assert.Equal(2, ids.Count);
        Assert.Equal([first.Id, second.Id], ids);
        Assert.NotEqual(5, first.Id);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Null(await posts.QueryById(5));
        Assert.Equal("a", (await posts.QueryById(ids[0]))?.Slug);
        Assert.Equal("b", (await posts.QueryById(ids[1]))?.Slug);
    }

    [Fact]
    public async Task A_range_add_that_does_not_happen_gives_every_entity_its_own_key_back_and_stores_nothing()
    {
        IPosts posts = new InMemoryPosts();
        var stored = await posts.Add(new Post { Slug = "taken" });
        var first = new Post { Id = 7, Slug = "fresh" };
        var second = new Post { Id = 8, Slug = "taken" };

        await Assert.ThrowsAsync<DuplicateKeyException>(() => posts.Add(new List<Post> { first, second }));

        Assert.Equal(7, first.Id);
        Assert.Equal(8, second.Id);
        Assert.Equal("taken", (await posts.QueryById(stored))?.Slug);
        Assert.Null(await posts.QueryById(stored + 1));
        Assert.Null(await posts.QueryById(stored + 2));
    }
}
