using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A repository of several entity types: a table per type its members prove, or a diagnostic where a member's type cannot
/// be told (docs/generator.md, "Repositories of several entity types").
/// </summary>
public class SeveralEntityTypesTests
{
    private const string Blog = Sources.Usings + """
        namespace Blog;
        public class Post { public int Id { get; set; } public string Title { get; set; } = ""; }
        public class Comment { public int Id { get; set; } public int PostId { get; set; } public string Text { get; set; } = ""; }
        public class PostSummary { public int Id { get; set; } public int Comments { get; set; } }

        """;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static string Refusal(string member)
        => Blog + """
            [InMemoryFake]
            public interface IBlogStore
            {
                Post? GetPost(int id);
                void AddPost(Post post);
                void AddComment(Comment comment);
                List<Comment> GetComments(int postId);

            """ + member + "\n}\n";

    private static Diagnostic OnlyError(GeneratorRun run)
    {
        Assertions.GeneratorReported(run, "IMF0001");
        return run.GeneratorDiagnostics.Single(static d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_repository_of_two_entity_types_gets_a_table_for_each_and_compiles()
    {
        var run = GeneratorHarness.Run(Blog + """
            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
            public interface IBlogRepository
            {
                Task<Post?> GetPostAsync(int id);
                Task<IEnumerable<Post>> GetPostsAsync();
                Task AddPostAsync(Post p);
                Task AddCommentAsync(Comment c);
                Task<IEnumerable<Comment>> GetCommentsAsync(int postId);
                Task DeleteCommentAsync(int id);
                Task<bool> SaveChangesAsync();
            }
            """);
        Assertions.Clean(run);
        var source = string.Concat(run.Sources.Select(static s => s.Value));
        Assert.Contains("private sealed partial class __Comments : global::InMemoryFakes.IInMemoryFake", source, System.StringComparison.Ordinal);
        Assert.Contains("=> __posts.GetPostAsync(id);", source, System.StringComparison.Ordinal);
        Assert.Contains("=> __comments.DeleteCommentAsync(id);", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_whose_signature_proves_two_stored_types_is_refused()
    {
        var d = OnlyError(GeneratorHarness.Run(Refusal("void AddCommentTo(Post post, Comment comment);")));
        Assert.Equal(
            "'AddCommentTo' of IBlogStore matches no entity repository convention: its signature is about Post, Comment, and IBlogStore keeps one table per entity type, so which table it reads or writes cannot be told."
            + " Implement it in the partial class InMemoryBlogStore, where ((IInMemoryFake)this).Core.Intercept(nameof(AddCommentTo), post, comment) joins the call log and fault injection; this fake keeps a table per entity type and has no Store property (docs/generator.md#repositories-of-several-entity-types).",
            Message(d));
    }

    [Fact]
    public void A_member_whose_name_names_no_stored_type_is_refused()
    {
        var d = OnlyError(GeneratorHarness.Run(Refusal("int CountTags();")));
        Assert.Equal(
            "'CountTags' of IBlogStore matches no entity repository convention: its signature proves no entity type and its name names none of the types IBlogStore stores (Comment, Post), so which table it acts on cannot be told; a name tells it when the words after its verb end with a type's name or its plural, or start with its name (CountComments counts the Comments)."
            + " Implement it in the partial class InMemoryBlogStore, where ((IInMemoryFake)this).Core.Intercept(nameof(CountTags)) joins the call log and fault injection; this fake keeps a table per entity type and has no Store property (docs/generator.md#repositories-of-several-entity-types).",
            Message(d));

        // The name it gives is read as about the table, and generated.
        var renamed = GeneratorHarness.Run(Refusal("int CountComments();"));
        Assert.DoesNotContain(renamed.GeneratorDiagnostics, static g => g.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_refusal_names_what_the_fake_has_and_what_it_names_compiles_and_is_recorded()
    {
        // A fake with a table per entity type has no Store property (docs/generator.md); before 2026-12-05 its refusals
        // said "Store.Call(nameof(CountTags))", which did not compile. The core's Intercept they now name does.
        var refused = OnlyError(GeneratorHarness.Run(Refusal("int CountTags();")));
        Assert.Contains("((IInMemoryFake)this).Core.Intercept(nameof(CountTags))", Message(refused), System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(Refusal("int CountTags();") + """
            public sealed partial class InMemoryBlogStore
            {
                public int CountTags()
                {
                    ((IInMemoryFake)this).Core.Intercept(nameof(CountTags));
                    return 0;
                }
            }
            """);
        Assert.Empty(run.GeneratorDiagnostics.Where(static g => g.Severity == DiagnosticSeverity.Error));
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, """
            using Blog;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var blog = new InMemoryBlogStore();
                    Fakes.Of(blog).Calls.Enabled = true;
                    Expect.Is(0, blog.CountTags(), "the member written by hand runs");
                    Expect.Is(1, Fakes.Of(blog).Calls.Of("CountTags").Count, "Core.Intercept records the call");
                    Fakes.Of(blog).Faults.Throw("CountTags", new System.TimeoutException("down"));
                    Expect.Throws<System.TimeoutException>(() => blog.CountTags(), null, "Core.Intercept applies an injected fault");
                }
            }
            """);
    }

    [Fact]
    public void A_read_of_a_type_no_member_writes_is_refused_as_a_possible_projection()
    {
        var d = OnlyError(GeneratorHarness.Run(Refusal("List<PostSummary> GetSummaries();")));
        Assert.Equal(
            "'GetSummaries' of IBlogStore matches no entity repository convention: it is about PostSummary, which no member of IBlogStore writes (it stores Comment, Post), so it may be a projection of them rather than a table of its own."
            + " Implement it in the partial class InMemoryBlogStore, where ((IInMemoryFake)this).Core.Intercept(nameof(GetSummaries)) joins the call log and fault injection; this fake keeps a table per entity type and has no Store property (docs/generator.md#repositories-of-several-entity-types).",
            Message(d));
    }

    [Fact]
    public void A_save_beside_asynchronous_writes_only_asks_where_the_writes_go()
    {
        var run = GeneratorHarness.Run(Blog + """
            [InMemoryFake]
            public interface IBlogRepository
            {
                Task AddPostAsync(Post p);
                Task AddCommentAsync(Comment c);
                Task<bool> SaveChangesAsync();
            }
            """);
        Assertions.GeneratorReported(run, "IMF0022");
        Assert.Equal(
            "'SaveChangesAsync' of IBlogRepository saves a unit of work, but whether the writes of IBlogRepository wait for it or are saved at once cannot be told from the interface (its writes (AddCommentAsync, AddPostAsync) are all asynchronous)."
            + " Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)] when the repository only tracks its writes until SaveChangesAsync (as EF Core's DbSet.Add does), or UnitOfWorkWrites.Immediate when each write saves (docs/runtime.md#unit-of-work)",
            Message(run.GeneratorDiagnostics.Single(static d => d.Severity == DiagnosticSeverity.Error)));
    }

    [Fact]
    public void A_queryable_property_forwards_to_its_types_table_and_a_hand_written_member_is_left_to_the_user()
    {
        var run = GeneratorHarness.Run(Blog + """
            [InMemoryFake]
            public interface IBlogStore
            {
                System.Linq.IQueryable<Post> Posts { get; }
                void AddPost(Post post);
                void AddComment(Comment comment);
                Comment? GetComment(int id);
                int CountTags();
            }
            public partial class InMemoryBlogStore
            {
                public int CountTags() => 0;
            }
            """);
        Assertions.Clean(run);
        var source = string.Concat(run.Sources.Select(static s => s.Value));
        Assert.Contains("=> __posts.Posts;", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CountTags(", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_stored_types_of_one_name_keep_the_single_entity_rules_whose_table_names_cannot_collide()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Blog.Drafts { public class Post { public int Id { get; set; } } }
            namespace Blog
            {
                public class Post { public int Id { get; set; } }
                [InMemoryFake]
                public interface IPostStore
                {
                    void AddPost(Post post);
                    Post? GetPost(int id);
                    void AddDraft(Blog.Drafts.Post draft);
                }
            }
            """);
        var d = OnlyError(run);
        Assert.StartsWith("'AddDraft' of IPostStore matches no entity repository convention", Message(d), System.StringComparison.Ordinal);
        Assert.DoesNotContain("__Posts", string.Concat(run.Sources.Select(static s => s.Value)), System.StringComparison.Ordinal);
    }
}
