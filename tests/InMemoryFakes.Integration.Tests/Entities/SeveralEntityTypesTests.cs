using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.SeveralEntityTypes;

// A tutorial blog repository: posts and comments in one interface, a comment found by its post's key, one save for both.
public sealed class Post
{
    public int Id { get; set; }

    public string Title { get; set; } = "";
}

public sealed class Comment
{
    public int Id { get; set; }

    public int PostId { get; set; }

    public string Text { get; set; } = "";
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
public interface IBlogRepository
{
    Task<Post?> GetPostAsync(int id);

    Task<IEnumerable<Post>> GetPostsAsync();

    Task AddPostAsync(Post post);

    Task AddCommentAsync(Comment comment);

    Task<IEnumerable<Comment>> GetCommentsAsync(int postId);

    Task<bool> DeleteCommentAsync(int id);

    Task<bool> SaveChangesAsync();
}

// The same entities without a unit of work: every write is stored at once, each in its own type's table.
[InMemoryFake]
public interface ILibraryStore
{
    Post? FindPost(int id);

    void AddPost(Post post);

    void AddComment(Comment comment);

    List<Comment> ListComments();

    IAsyncEnumerable<Comment> GetAllCommentsAsync();

    int CountComments();
}

// A read-only store the test seeds (as IdentityServer's resource store is configured): every type it returns is a table.
[InMemoryFake]
public interface IReadingRoom
{
    Post? FindPost(int id);

    IReadOnlyList<Comment> FindCommentsByPostId(int postId);

    bool CommentExists(int id);
}

// An eShop-style repository with its unit of work as a property: orders and their buyers, saved by SaveEntitiesAsync.
public interface IOrderingUnitOfWork : IDisposable
{
    Task<int> SaveChangesAsync(System.Threading.CancellationToken cancellationToken = default);

    Task<bool> SaveEntitiesAsync(System.Threading.CancellationToken cancellationToken = default);
}

[InMemoryFake]
public interface IOrderingRepository
{
    IOrderingUnitOfWork UnitOfWork { get; }

    Post Add(Post post);

    Comment Add(Comment comment);

    Task<Post?> GetAsync(int postId);

    Task<Comment?> FindCommentAsync(int id);
}

public sealed class SeveralEntityTypesTests
{
    [Fact]
    public async Task Posts_and_comments_wait_for_the_one_save_and_are_stored_together()
    {
        var backend = new InMemoryBackend();
        IBlogRepository repository = new InMemoryBlogRepository(backend);
        await repository.AddPostAsync(new Post { Id = 1, Title = "First" });
        await repository.AddCommentAsync(new Comment { Id = 10, PostId = 1, Text = "Nice" });
        await repository.AddCommentAsync(new Comment { Id = 11, PostId = 2, Text = "Elsewhere" });

        var other = new InMemoryBlogRepository(backend);
        Assert.Empty(await other.GetPostsAsync());
        Assert.Empty(await other.GetCommentsAsync(1));

        Assert.True(await repository.SaveChangesAsync());

        Assert.Equal("First", Assert.Single(await other.GetPostsAsync()).Title);
        Assert.Equal("Nice", Assert.Single(await other.GetCommentsAsync(1)).Text);
        Assert.False(await repository.SaveChangesAsync()); // nothing left to save
    }

    [Fact]
    public async Task Without_the_save_neither_table_changes()
    {
        var backend = new InMemoryBackend();
        IBlogRepository repository = new InMemoryBlogRepository(backend);
        await repository.AddPostAsync(new Post { Id = 1, Title = "Draft" });
        await repository.AddCommentAsync(new Comment { Id = 10, PostId = 1, Text = "Pending" });

        var other = new InMemoryBlogRepository(backend);
        Assert.Null(await other.GetPostAsync(1));
        Assert.Empty(await other.GetCommentsAsync(1));
    }

    [Fact]
    public async Task A_member_named_after_one_type_acts_on_that_types_table_only()
    {
        IBlogRepository repository = new InMemoryBlogRepository();
        await repository.AddPostAsync(new Post { Id = 10, Title = "Same key as the comment" });
        await repository.AddCommentAsync(new Comment { Id = 10, PostId = 10, Text = "To delete" });
        await repository.SaveChangesAsync();

        Assert.True(await repository.DeleteCommentAsync(10));
        await repository.SaveChangesAsync();

        Assert.Empty(await repository.GetCommentsAsync(10));
        Assert.Equal("Same key as the comment", (await repository.GetPostAsync(10))!.Title);
        Assert.False(await repository.DeleteCommentAsync(10));
    }

    [Fact]
    public async Task Seeding_fills_each_types_table_and_the_call_log_names_the_interfaces_members()
    {
        var repository = new InMemoryBlogRepository();
        var hooks = Fakes.Of(repository);
        hooks.Seed(new Post { Id = 1, Title = "Seeded" });
        hooks.Seed(new Comment { Id = 1, PostId = 1, Text = "Seeded too" });
        hooks.Calls.Enabled = true;
        hooks.Faults.Throw("GetCommentsAsync", new TimeoutException("injected"), times: 1);

        await Assert.ThrowsAsync<TimeoutException>(() => repository.GetCommentsAsync(1));
        Assert.Equal("Seeded too", Assert.Single(await repository.GetCommentsAsync(1)).Text);
        Assert.Equal("Seeded", (await repository.GetPostAsync(1))!.Title);
        Assert.Equal(2, hooks.Calls.Of("GetCommentsAsync").Count);
        Assert.Equal(2, hooks.Count);
    }

    [Fact]
    public async Task Without_a_save_each_write_is_stored_at_once_in_its_types_table()
    {
        ILibraryStore store = new InMemoryLibraryStore();
        store.AddPost(new Post { Id = 1, Title = "Kept" });
        store.AddComment(new Comment { Id = 1, PostId = 1, Text = "a" });
        store.AddComment(new Comment { Id = 2, PostId = 1, Text = "b" });

        Assert.Equal("Kept", store.FindPost(1)!.Title);
        Assert.Null(store.FindPost(2));
        Assert.Equal(new[] { "a", "b" }, store.ListComments().Select(static c => c.Text));
        Assert.Equal(2, store.CountComments());
        var streamed = new List<string>();
        await foreach (var comment in store.GetAllCommentsAsync())
        {
            streamed.Add(comment.Text);
        }

        Assert.Equal(new[] { "a", "b" }, streamed);
        Assert.Throws<ArgumentNullException>(() => store.AddComment(null!));
        Assert.Throws<DuplicateKeyException>(() => store.AddPost(new Post { Id = 1, Title = "Again" }));
        Assert.Equal("Kept", store.FindPost(1)!.Title);
    }

    [Fact]
    public void A_read_only_store_reads_each_seeded_type_from_its_own_table()
    {
        var room = new InMemoryReadingRoom();
        Fakes.Of(room).Seed(new Post { Id = 7, Title = "Seeded" });
        Fakes.Of(room).Seed(new Comment { Id = 1, PostId = 7, Text = "a" }, new Comment { Id = 2, PostId = 8, Text = "b" });

        Assert.Equal("Seeded", room.FindPost(7)!.Title);
        Assert.Null(room.FindPost(1));
        Assert.Equal("a", Assert.Single(room.FindCommentsByPostId(7)).Text);
        Assert.True(room.CommentExists(2));
        Assert.False(room.CommentExists(7));
    }

    [Fact]
    public async Task The_unit_of_work_property_is_the_fake_and_its_save_writes_every_table()
    {
        var backend = new InMemoryBackend();
        IOrderingRepository repository = new InMemoryOrderingRepository(backend);
        Assert.Same(repository, repository.UnitOfWork);
        repository.Add(new Post { Id = 5, Title = "Order" });
        repository.Add(new Comment { Id = 1, PostId = 5, Text = "Buyer" });

        var other = new InMemoryOrderingRepository(backend);
        Assert.Null(await other.GetAsync(5));
        Assert.Null(await other.FindCommentAsync(1));

        Assert.True(await repository.UnitOfWork.SaveEntitiesAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Order", (await other.GetAsync(5))!.Title);
        Assert.Equal("Buyer", (await other.FindCommentAsync(1))!.Text);
        Assert.Equal(0, await repository.UnitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken));
    }
}
