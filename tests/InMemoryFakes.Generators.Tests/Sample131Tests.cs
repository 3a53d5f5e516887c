using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample131 (session 39), content-management, API-gateway and webhook codebases. The sampling rule's eight queries gave no
/// pick (every named C# result with three members or more was in a repository without a licence), so the round probed the
/// interfaces the rule skipped for their licence only, outside the corpus. One of them, a CMS's generic
/// <c>IRepositoryBase&lt;T&gt;</c>, counts with <c>int GetAllCount()</c> (<c>Set&lt;T&gt;().Count()</c>) and
/// <c>int GetALlFilteredByCount(Expression&lt;Func&lt;T, bool&gt;&gt;)</c> (<c>Where(expression).Count()</c>): the first was "not a
/// known verb" though <c>GetCountAll()</c> and <c>CountAll()</c> count, the second "returns int, which does not fit Get",
/// and so was the plain <c>GetCount(predicate)</c>, though <c>GetCount()</c> and <c>Count(predicate)</c> count. Get…Count
/// now counts: every row without parameters when the words between say every row (none, All, Total, the entity's name,
/// a neutral plural), the matches of a predicate likewise; other words between are refused for those words.
/// </summary>
public class Sample131Tests
{
    private const string Articles = Sources.Usings + """
        using System.Linq.Expressions;
        #nullable enable
        namespace V;

        public sealed class Article
        {
            public int Id { get; set; }
            public string Title { get; set; } = "";
            public bool Confirmed { get; set; }
            public int ViewCount { get; set; }
        }

        public interface IRepositoryBase<T>
        {
            T Create(T entity);
            T? Get(int id);
            int GetAllCount();
            Task<long> GetAllCountAsync(CancellationToken cancellationToken);
            int GetAllArticlesCount();
            int GetAllItemsCount();
            int GetCount(Expression<Func<T, bool>> expression);
            int GetAllCount(Func<T, bool> predicate);
            Task<int> GetTotalCountAsync(Expression<Func<T, bool>> expression);
            int GetArticlesCount(Expression<Func<T, bool>> expression);
        }

        [InMemoryFake]
        public interface IArticleRepository : IRepositoryBase<Article>
        {
        }
        """;

    [Fact]
    public void Get_all_count_and_get_count_of_a_predicate_count_rows()
    {
        var run = GeneratorHarness.Run(Articles);
        Assert.Empty(Refusals.Listed(run));
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IArticleRepository articles = new InMemoryArticleRepository();
                    Is(0, articles.GetAllCount(), "an empty table counts 0");
                    articles.Create(new Article { Title = "a", Confirmed = true });
                    articles.Create(new Article { Title = "b", Confirmed = false });
                    articles.Create(new Article { Title = "c", Confirmed = true });
                    Is(3, articles.GetAllCount(), "GetAllCount(): every row");
                    Is(3L, articles.GetAllCountAsync(CancellationToken.None).GetAwaiter().GetResult(), "GetAllCountAsync(): every row, as long");
                    Is(3, articles.GetAllArticlesCount(), "GetAllArticlesCount(): every row");
                    Is(3, articles.GetAllItemsCount(), "GetAllItemsCount(): every row");
                    Is(2, articles.GetCount(a => a.Confirmed), "GetCount(expression): the matches");
                    Is(1, articles.GetAllCount(a => !a.Confirmed), "GetAllCount(predicate): the matches");
                    Is(1, articles.GetTotalCountAsync(a => a.Title == "b").GetAwaiter().GetResult(), "GetTotalCountAsync(expression): the matches");
                    Is(0, articles.GetArticlesCount(a => a.Title == "z"), "no match counts 0");
                    Throws<ArgumentNullException>(() => articles.GetCount(null!), "expression", "a null expression");
                }
            }
            """);
    }

    private const string Unread = Sources.Usings + """
        using System.Linq.Expressions;
        #nullable enable
        namespace V;

        public sealed class Article
        {
            public int Id { get; set; }
            public string Title { get; set; } = "";
            public bool Confirmed { get; set; }
            public int ViewCount { get; set; }
        }

        [InMemoryFake]
        public interface IArticleRepository
        {
            void Add(Article article);
            Article? Get(int id);
            int GetAllFilteredByCount(Expression<Func<Article, bool>> expression);
            int GetConfirmedCount(Func<Article, bool> predicate);
        }
        """;

    [Fact]
    public void Get_count_of_a_predicate_with_other_words_between_is_refused_for_those_words()
    {
        var run = GeneratorHarness.Run(Unread);
        Refusals.Exactly(run,
            ("GetAllFilteredByCount", "its name ends in Count and it returns a number, the count of the Article rows its predicate matches, but 'AllFilteredBy' between Get and Count is words no convention reads"),
            ("GetConfirmedCount", "but 'Confirmed' between Get and Count is words no convention reads (what they add to the predicate, or whether they say something else is counted, is the store's own); name it Count or GetCount when it counts the matches of the predicate alone"));
        Assert.DoesNotContain("does not fit Get", Refusals.Message(run, "GetAllFilteredByCount"), StringComparison.Ordinal);
        Assert.Contains("Implement it in the partial class InMemoryArticleRepository", Refusals.Message(run, "GetAllFilteredByCount"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_property_named_by_the_words_keeps_the_get_reading()
    {
        // GetViewCount(predicate) of an Article with ViewCount may add up the property: neither counted nor refused for words.
        var run = GeneratorHarness.Run(Unread.Replace("int GetConfirmedCount(Func<Article, bool> predicate);", "int GetViewCount(Func<Article, bool> predicate);", StringComparison.Ordinal));
        var message = run.GeneratorDiagnostics.Single(d => Refusals.PointedAt(d) == "GetViewCount").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain("between Get and Count", message, StringComparison.Ordinal);
    }
}
