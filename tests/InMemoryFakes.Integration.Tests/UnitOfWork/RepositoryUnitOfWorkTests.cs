using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.UnitOfWork.Tutorial;

// The tutorial unit of work (Mosh Hamedani's, codewithmukesh's "generic repository + unit of work"): an IUnitOfWork whose
// properties are repositories, all over one DbContext in the real app, and one save for all of them.

/// <summary>An aggregate with private state changed through a domain method.</summary>
public sealed class Post
{
    private readonly List<string> _tags = new();

    public Post(string title)
    {
        Title = title;
    }

    private Post()
    {
    }

    public int Id { get; set; }

    public string Title { get; private set; } = "";

    [ConcurrencyCheck]
    public int Version { get; set; }

    public IReadOnlyList<string> Tags => _tags;

    public void Tag(string tag) => _tags.Add(tag);

    public void Rename(string title) => Title = title;
}

public sealed class Comment
{
    public int Id { get; set; }

    public int PostId { get; set; }

    public string Text { get; set; } = "";
}

public interface IGenericRepository<T>
    where T : class
{
    Task<T?> GetByIdAsync(int id);

    Task<IEnumerable<T>> GetAllAsync();

    Task AddAsync(T entity);

    void Update(T entity);

    void Remove(T entity);
}

public interface IPostRepository
{
    Task<Post?> GetByIdAsync(int id);

    Task AddAsync(Post post);

    void Remove(Post post);

    Task<IEnumerable<Post>> GetAllAsync();
}

public interface ICommentRepository : IGenericRepository<Comment>
{
    Task<List<Comment>> GetByPostIdAsync(int postId);
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IBlogUnitOfWork : IDisposable
{
    IPostRepository Posts { get; }

    ICommentRepository Comments { get; }

    Task<int> CompleteAsync();
}

/// <summary>Two properties of one entity type: one DbContext has one table (and one set of tracked entities) per entity type.</summary>
[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IPostsTwiceUnitOfWork
{
    IPostRepository Posts { get; }

    IGenericRepository<Post> AllPosts { get; }

    void SaveChanges();

    void Rollback();
}

/// <summary>A repository that has its own save (it calls the shared DbContext's SaveChanges): it saves the whole unit of work.</summary>
public interface ISavingCommentRepository : IGenericRepository<Comment>
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IForumUnitOfWork
{
    IPostRepository Posts { get; }

    ISavingCommentRepository Comments { get; }

    bool Commit();
}

/// <summary>The attribute says every repository saves each write at once (the writes then need no save; the save writes changes to loaded entities).</summary>
[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate, MissingDelete = MissingDelete.NotFound)]
public interface IImmediateBlogUnitOfWork
{
    IPostRepository Posts { get; }

    long SaveChanges();
}

public sealed class RepositoryUnitOfWorkTests
{
    [Fact]
    public async Task Writes_through_two_repositories_are_stored_by_one_save_and_counted()
    {
        var backend = new InMemoryBackend();
        using (var unitOfWork = new InMemoryBlogUnitOfWork(backend))
        {
            var post = new Post("hello");
            await unitOfWork.Posts.AddAsync(post);
            await unitOfWork.Comments.AddAsync(new Comment { PostId = 1, Text = "first" });
            await unitOfWork.Comments.AddAsync(new Comment { PostId = 1, Text = "second" });

            Assert.Equal(3, await unitOfWork.CompleteAsync());
            Assert.Equal(1, post.Id); // the generated key is written back by the save, as EF Core does
            Assert.Equal(0, await unitOfWork.CompleteAsync());
        }

        var fresh = new InMemoryBlogUnitOfWork(backend);
        Assert.Equal("hello", (await fresh.Posts.GetByIdAsync(1))!.Title);
        Assert.Equal(new[] { "first", "second" }, (await fresh.Comments.GetByPostIdAsync(1)).Select(c => c.Text).OrderBy(t => t));
    }

    [Fact]
    public async Task Without_the_save_nothing_is_stored()
    {
        var backend = new InMemoryBackend();
        var unitOfWork = new InMemoryBlogUnitOfWork(backend);
        await unitOfWork.Posts.AddAsync(new Post("draft"));
        await unitOfWork.Comments.AddAsync(new Comment { PostId = 1, Text = "pending" });

        var other = new InMemoryBlogUnitOfWork(backend);
        Assert.Empty(await other.Posts.GetAllAsync());
        Assert.Empty(await other.Comments.GetAllAsync());
        Assert.Equal(0, Fakes.Of(unitOfWork).Count);
    }

    [Fact]
    public async Task A_change_made_through_a_domain_method_is_written_by_the_save_and_only_then()
    {
        var backend = new InMemoryBackend();
        var seed = new InMemoryBlogUnitOfWork(backend);
        await seed.Posts.AddAsync(new Post("aggregate"));
        await seed.CompleteAsync();

        var saving = new InMemoryBlogUnitOfWork(backend);
        var loaded = await saving.Posts.GetByIdAsync(1);
        loaded!.Tag("ddd");
        loaded.Rename("aggregate root");
        Assert.Same(loaded, await saving.Posts.GetByIdAsync(1)); // identity resolution: one tracked instance per key

        var notSaving = new InMemoryBlogUnitOfWork(backend);
        (await notSaving.Posts.GetByIdAsync(1))!.Tag("lost");

        Assert.Empty((await new InMemoryBlogUnitOfWork(backend).Posts.GetByIdAsync(1))!.Tags);
        Assert.Equal(1, await saving.CompleteAsync());

        var stored = (await new InMemoryBlogUnitOfWork(backend).Posts.GetByIdAsync(1))!;
        Assert.Equal(new[] { "ddd" }, stored.Tags);
        Assert.Equal("aggregate root", stored.Title);
    }

    [Fact]
    public async Task A_duplicate_key_in_the_save_leaves_both_tables_unwritten()
    {
        var backend = new InMemoryBackend();
        var seed = new InMemoryBlogUnitOfWork(backend);
        await seed.Posts.AddAsync(new Post("taken") { Id = 7 });
        await seed.CompleteAsync();

        var unitOfWork = new InMemoryBlogUnitOfWork(backend);
        await unitOfWork.Comments.AddAsync(new Comment { PostId = 7, Text = "never stored" });
        await unitOfWork.Posts.AddAsync(new Post("duplicate") { Id = 7 });

        await Assert.ThrowsAsync<DuplicateKeyException>(() => unitOfWork.CompleteAsync());

        var fresh = new InMemoryBlogUnitOfWork(backend);
        Assert.Empty(await fresh.Comments.GetAllAsync());
        Assert.Equal("taken", (await fresh.Posts.GetByIdAsync(7))!.Title);
    }

    [Fact]
    public async Task A_concurrency_conflict_in_the_save_leaves_both_tables_unwritten()
    {
        var backend = new InMemoryBackend();
        var seed = new InMemoryBlogUnitOfWork(backend);
        await seed.Posts.AddAsync(new Post("shared"));
        await seed.CompleteAsync();

        var first = new InMemoryBlogUnitOfWork(backend);
        var second = new InMemoryBlogUnitOfWork(backend);
        (await first.Posts.GetByIdAsync(1))!.Rename("first");
        (await second.Posts.GetByIdAsync(1))!.Rename("second");
        await second.Comments.AddAsync(new Comment { PostId = 1, Text = "from second" });
        Assert.Equal(1, await first.CompleteAsync());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.CompleteAsync());

        var fresh = new InMemoryBlogUnitOfWork(backend);
        Assert.Equal("first", (await fresh.Posts.GetByIdAsync(1))!.Title);
        Assert.Empty(await fresh.Comments.GetAllAsync());
    }

    [Fact]
    public void A_repository_property_returns_the_same_instance_each_time()
    {
        var unitOfWork = new InMemoryBlogUnitOfWork();
        Assert.Same(unitOfWork.Posts, unitOfWork.Posts);
        Assert.Same(unitOfWork.Comments, unitOfWork.Comments);
    }

    [Fact]
    public async Task Reset_snapshot_and_restore_cover_every_repository_table()
    {
        var unitOfWork = new InMemoryBlogUnitOfWork();
        await unitOfWork.Posts.AddAsync(new Post("kept"));
        await unitOfWork.Comments.AddAsync(new Comment { PostId = 1, Text = "kept" });
        await unitOfWork.CompleteAsync();
        var hooks = Fakes.Of(unitOfWork);
        Assert.Equal(2, hooks.Count);

        var snapshot = hooks.Snapshot();
        await unitOfWork.Comments.AddAsync(new Comment { PostId = 1, Text = "later" });
        await unitOfWork.CompleteAsync();
        hooks.Restore(snapshot);
        Assert.Single(await unitOfWork.Comments.GetAllAsync());

        hooks.Reset();
        Assert.Empty(await unitOfWork.Posts.GetAllAsync());
        Assert.Empty(await unitOfWork.Comments.GetAllAsync());
        await unitOfWork.Posts.AddAsync(new Post("after reset"));
        await unitOfWork.CompleteAsync();
        Assert.Equal(1, (await unitOfWork.Posts.GetAllAsync()).Single().Id); // id sequences restart
    }

    [Fact]
    public async Task Two_repositories_of_one_entity_type_share_its_table_and_tracked_entities()
    {
        var unitOfWork = new InMemoryPostsTwiceUnitOfWork();
        await unitOfWork.Posts.AddAsync(new Post("one"));
        unitOfWork.SaveChanges();

        var throughOne = await unitOfWork.Posts.GetByIdAsync(1);
        var throughOther = await unitOfWork.AllPosts.GetByIdAsync(1);
        Assert.Same(throughOne, throughOther);

        throughOther!.Rename("renamed");
        unitOfWork.AllPosts.Remove(throughOther);
        unitOfWork.Rollback();
        Assert.Equal("one", (await unitOfWork.Posts.GetByIdAsync(1))!.Title);

        unitOfWork.AllPosts.Remove((await unitOfWork.AllPosts.GetByIdAsync(1))!);
        unitOfWork.SaveChanges();
        Assert.Empty(await unitOfWork.Posts.GetAllAsync());
    }

    [Fact]
    public async Task A_repositorys_own_save_saves_every_repository_of_the_unit_of_work()
    {
        var backend = new InMemoryBackend();
        var unitOfWork = new InMemoryForumUnitOfWork(backend);
        await unitOfWork.Posts.AddAsync(new Post("through the posts"));
        await unitOfWork.Comments.AddAsync(new Comment { PostId = 1, Text = "through the comments" });

        Assert.Equal(2, await unitOfWork.Comments.SaveChangesAsync(TestContext.Current.CancellationToken));

        var fresh = new InMemoryForumUnitOfWork(backend);
        Assert.Single(await fresh.Posts.GetAllAsync());
        Assert.Single(await fresh.Comments.GetAllAsync());
        Assert.False(fresh.Commit()); // a bool save says whether it wrote anything: here nothing (SaveChanges() > 0)
    }

    [Fact]
    public async Task With_immediate_writes_an_add_is_stored_at_once_and_the_save_writes_changed_entities()
    {
        var backend = new InMemoryBackend();
        var unitOfWork = new InMemoryImmediateBlogUnitOfWork(backend);
        await unitOfWork.Posts.AddAsync(new Post("at once"));
        Assert.Single(await new InMemoryImmediateBlogUnitOfWork(backend).Posts.GetAllAsync());

        (await unitOfWork.Posts.GetByIdAsync(1))!.Rename("changed");
        Assert.Equal(1L, unitOfWork.SaveChanges());
        Assert.Equal("changed", (await new InMemoryImmediateBlogUnitOfWork(backend).Posts.GetByIdAsync(1))!.Title);
    }

    [Fact]
    public async Task Clear_empties_every_repository_table_and_drops_what_is_tracked()
    {
        var unitOfWork = new InMemoryBlogUnitOfWork();
        await unitOfWork.Posts.AddAsync(new Post("saved"));
        await unitOfWork.Comments.AddAsync(new Comment { PostId = 1, Text = "saved" });
        await unitOfWork.CompleteAsync();
        await unitOfWork.Comments.AddAsync(new Comment { PostId = 1, Text = "pending" });

        Fakes.Of(unitOfWork).Clear();

        Assert.Equal(0, Fakes.Of(unitOfWork).Count);
        Assert.Equal(0, await unitOfWork.CompleteAsync()); // the pending add was dropped with the tracker
        Assert.Empty(await unitOfWork.Comments.GetAllAsync());
    }

    [Fact]
    public async Task Faults_and_the_call_log_of_the_unit_of_work_reach_its_repositories_members()
    {
        var unitOfWork = new InMemoryBlogUnitOfWork();
        var hooks = Fakes.Of(unitOfWork);
        Assert.Same(hooks.Core, Fakes.Of(unitOfWork.Posts).Core);
        hooks.Calls.Enabled = true;
        hooks.Faults.Throw("GetByPostIdAsync", new TimeoutException("injected"), times: 1);

        await Assert.ThrowsAsync<TimeoutException>(() => unitOfWork.Comments.GetByPostIdAsync(1));
        Assert.Empty(await unitOfWork.Comments.GetByPostIdAsync(1));
        Assert.Equal(2, hooks.Calls.Of("GetByPostIdAsync").Count);
    }

    [Fact]
    public void The_registry_creates_the_unit_of_work_and_marks_it_scoped()
    {
        var registration = Fakes.Find(typeof(IBlogUnitOfWork));
        Assert.NotNull(registration);
        Assert.True(registration!.IsUnitOfWork);
        Assert.IsType<InMemoryBlogUnitOfWork>(Fakes.Create<IBlogUnitOfWork>());
        Assert.Null(Fakes.Find(typeof(IPostRepository))); // the repositories are the unit of work's, not fakes of their own

        // …which a container resolves from the scope's unit of work.
        Assert.Equal(new[] { typeof(ICommentRepository), typeof(IPostRepository) }, registration.Parts.Select(static p => p.InterfaceType).OrderBy(static t => t.Name));
        var unitOfWork = new InMemoryBlogUnitOfWork();
        Assert.Same(unitOfWork.Posts, registration.Parts.Single(static p => p.InterfaceType == typeof(IPostRepository)).Get(unitOfWork));
    }
}
