using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample128 (session 39), forum, community and discussion codebases. The rule's eight queries made no pick (every named
/// result too small, a corpus source, or from a repository without a licence); the shapes its results show were run on
/// the generator instead. A reply repository's <c>Task&lt;int&gt; GetReplyCountByPostIdAsync(int postId)</c> was refused as
/// "'Count' between the verb and By is not … the entity name", where <c>GetReplyCount()</c> and <c>CountByPostId(postId)</c>
/// are generated: now the count by <c>PostId</c>. A forum project's <c>IEnumerable&lt;Thread&gt; ThreadList()</c> was "not a
/// known verb", where <c>GetThreadList()</c> lists every thread: now the same list. A generic repository's
/// <c>Update(Expression&lt;Func&lt;T, bool&gt;&gt; expression, T entity)</c> stays refused, and its message no longer
/// offers to ignore the condition, which decides which row is written.
/// </summary>
public class Sample128Tests
{
    private const string Replies = Sources.Usings + """
        #nullable enable
        namespace V;

        public class Reply { public int Id { get; set; } public int PostId { get; set; } public int UserId { get; set; } public string Content { get; set; } = ""; }

        [InMemoryFake]
        public interface IReplyRepository
        {
            Task<Reply> CreateAsync(Reply reply);
            Task<Reply?> GetByIdAsync(int id);
            Task<int> GetReplyCountByPostIdAsync(int postId);
            Task<long> GetTotalRepliesCountByUserId(int userId);
        }
        """;

    [Fact]
    public void A_count_named_Get_then_the_entity_then_CountBy_counts_the_rows_its_conditions_match()
    {
        var run = GeneratorHarness.Run(Replies);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IReplyRepository replies = new InMemoryReplyRepository();
                    replies.CreateAsync(new Reply { PostId = 1, UserId = 7, Content = "first" }).GetAwaiter().GetResult();
                    replies.CreateAsync(new Reply { PostId = 1, UserId = 8, Content = "second" }).GetAwaiter().GetResult();
                    replies.CreateAsync(new Reply { PostId = 2, UserId = 7, Content = "elsewhere" }).GetAwaiter().GetResult();
                    Is(2, replies.GetReplyCountByPostIdAsync(1).GetAwaiter().GetResult(), "the replies of post 1");
                    Is(1, replies.GetReplyCountByPostIdAsync(2).GetAwaiter().GetResult(), "the reply of post 2");
                    Is(0, replies.GetReplyCountByPostIdAsync(3).GetAwaiter().GetResult(), "a post with no reply counts none");
                    Is(2L, replies.GetTotalRepliesCountByUserId(7).GetAwaiter().GetResult(), "Total and the plural name the same count");
                }
            }
            """);
    }

    [Fact]
    public void Another_word_before_Count_or_a_result_that_is_no_number_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Reply { public int Id { get; set; } public int PostId { get; set; } public string Content { get; set; } = ""; }

            [InMemoryFake]
            public interface IReplyRepository
            {
                Task<Reply?> GetByIdAsync(int id);
                Task<int> GetLatestReplyCountByPostIdAsync(int postId);
                Task<List<Reply>> GetReplyCountByPostIdAsync(int postId);
            }
            """);
        var latest = run.GeneratorDiagnostics.Single(static d => Refusals.PointedAt(d) == "GetLatestReplyCountByPostIdAsync");
        Assert.Equal("IMF0015", latest.Id);
        Assert.Contains("'LatestReplyCount' between the verb and By is not First, Top<N>, Distinct, All, Many or the entity name", latest.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var listed = run.GeneratorDiagnostics.Single(static d => Refusals.PointedAt(d) == "GetReplyCountByPostIdAsync");
        Assert.Equal(
            "IMF0019 " + "'GetReplyCountByPostIdAsync' of IReplyRepository returns System.Threading.Tasks.Task<System.Collections.Generic.List<V.Reply>>, which does not fit GetCount: Count returns the number of matches as int or long; change the return type, or implement it in the partial class InMemoryReplyRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetReplyCountByPostIdAsync), postId) joins the call log and fault injection (docs/generator.md#hand-written-members)",
            listed.Id + " " + listed.GetMessage(CultureInfo.InvariantCulture));
    }

    private const string Threads = Sources.Usings + """
        #nullable disable
        namespace V;

        public class Thread { public int Id { get; set; } public string ThreadName { get; set; } public int SectionId { get; set; } }
        public class Section { public int Id { get; set; } public string Name { get; set; } }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface IThreadRepository
        {
            void CreateThread(Thread thread);
            Thread GetThreadById(int id);
            IEnumerable<Thread> ThreadList();
        }

        [InMemoryFake]
        public interface ISectionRepository
        {
            Task AddAsync(Section section);
            Task<List<Section>> SectionsListAsync();
        }
        """;

    [Fact]
    public void A_list_named_after_the_entity_then_List_is_every_row()
    {
        var run = GeneratorHarness.Run(Threads);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IThreadRepository threads = new InMemoryThreadRepository();
                    Is(0, System.Linq.Enumerable.Count(threads.ThreadList()), "no thread yet");
                    threads.CreateThread(new V.Thread { ThreadName = "Welcome", SectionId = 1 });
                    threads.CreateThread(new V.Thread { ThreadName = "Rules", SectionId = 2 });
                    Is("Welcome,Rules", string.Join(",", System.Linq.Enumerable.Select(threads.ThreadList(), static t => t.ThreadName)), "every thread, in the order added");

                    ISectionRepository sections = new InMemorySectionRepository();
                    sections.AddAsync(new Section { Name = "General" }).GetAwaiter().GetResult();
                    Is(1, sections.SectionsListAsync().GetAwaiter().GetResult().Count, "the plural before List names the same rows");
                }
            }
            """);
    }

    [Fact]
    public void A_list_named_after_the_entity_that_takes_a_parameter_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            public class Thread { public int Id { get; set; } public string ThreadName { get; set; } public int SectionId { get; set; } }

            [InMemoryFake]
            public interface IThreadRepository
            {
                void CreateThread(Thread thread);
                IEnumerable<Thread> ThreadList(int sectionId);
            }
            """);
        // Which Thread rows a list given a section lists (that section's, or every one) is not read from a name that says List alone.
        Assert.Contains("Store.Call(nameof(ThreadList), sectionId) joins the call log", Refusals.Message(run, "ThreadList"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_given_a_condition_beside_the_entity_is_refused_without_advice_to_ignore_the_condition()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            using System.Linq.Expressions;
            namespace V;

            public class Reply { public int ReplyId { get; set; } public int CommentId { get; set; } public string Content { get; set; } }

            [InMemoryFake]
            public interface IReplyRepository
            {
                Task<Reply> Add(Reply entity);
                Task<Reply> Update(Expression<Func<Reply, bool>> expression, Reply entity);
            }
            """);
        Assert.Equal(
            "'Update' of IReplyRepository matches no entity repository convention: it must take one Reply parameter and nothing else the conventions know, and it takes 'expression' (Expression<Func<Reply, bool>>), 'entity' (Reply); 'expression' is a condition on Reply rows beside the Reply itself: which row the member writes (the one the condition matches, or the Reply given, under its own key, once some row matches: a generic EF Core repository's Update(expression, entity) does FirstOrDefault(expression), then Update(entity)) and what it does when none matches are the store's own, so it is not a parameter to ignore. Implement it in the partial class InMemoryReplyRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(Update), …) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.WithoutCallArguments(Refusals.Message(run, "Update")));
    }
}
