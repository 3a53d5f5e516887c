using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

/// <summary>Shape 6 of issue 10 through generated fakes: what each name form finds, counts and removes.</summary>
public class QueryNameShapeTests
{
    private static readonly Guid Ann = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Bob = Guid.Parse("00000000-0000-0000-0000-0000000000b2");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static InMemoryArticleQueries Seeded()
    {
        var articles = new InMemoryArticleQueries();
        articles.Add(new Article { Id = 1, Title = "Intro", Slug = "intro", Owner = Ann, Tags = { "dotnet", "testing" }, Ratings = new[] { 5, 4 }, Editors = new List<Guid> { Bob }, Regions = ImmutableArray.Create("eu") });
        articles.Add(new Article { Id = 2, Title = "Deep dive", Slug = "deep", Owner = Bob, Tags = { "DotNet" }, Ratings = new[] { 3 }, Editors = new List<Guid>() });
        articles.Add(new Article { Id = 3, Title = null, Slug = "draft", Owner = Ann, Permissions = "[\"dotnet\"]" });
        articles.Add(new Article { Id = 4, Title = "intro", Slug = "intro-2", Owner = Bob, Tags = { "testing" }, Ratings = new[] { 5 }, Regions = ImmutableArray.Create("us", "eu") });
        return articles;
    }

    private static int[] Ids(IEnumerable<Article> articles) => articles.Select(static a => a.Id).ToArray();

    [Fact]
    public async Task A_plural_property_with_a_collection_finds_the_entities_whose_value_is_one_of_them()
    {
        var articles = Seeded();

        Assert.Equal(new[] { 1, 2 }, Ids(articles.FindByTitles(new[] { "Deep dive", "Intro", "missing" })));
        Assert.Equal(new[] { 1, 3 }, Ids(articles.FindByTitles(new[] { "Intro", null! })));
        Assert.Equal(new[] { 1, 4 }, Ids(articles.FindByTitlesIgnoreCase("INTRO")));
        Assert.Equal(new[] { 2, 4 }, Ids(await articles.FindByIdsOrderByIdAsync(new[] { 4, 2, 2, 9 }, Token)));
        Assert.Equal(new[] { 1, 3 }, Ids(articles.GetByIdsOrderById(new[] { 3, 1 })));
        Assert.Empty(articles.GetByIdsOrderById(Array.Empty<int>()));
        Assert.Equal(new[] { 2, 4 }, Ids(articles.FindByOwners(new[] { Bob })));
        Assert.Equal(new[] { 2, 3 }, Ids(await articles.FindBySlugsAsync(ImmutableArray.Create("deep", "draft"), Token).ToListAsync(Token)));
        Assert.Equal(2, articles.CountByTitles(new[] { "Intro", "intro" }));
    }

    [Fact]
    public void A_singular_property_with_a_collection_finds_the_entities_whose_value_is_one_of_them()
        => Assert.Equal(new[] { 1, 4 }, Ids(Seeded().FindBySlug(new List<string> { "intro-2", "intro" })));

    [Fact]
    public void A_plural_delete_removes_every_entity_whose_value_is_one_of_them_and_counts_them()
    {
        var articles = Seeded();

        Assert.Equal(2, articles.DeleteBySlugs(new[] { "intro", "draft", "nope" }));
        Assert.Equal(new[] { 2, 4 }, Ids(articles.GetMany()));
    }

    [Fact]
    public void A_null_collection_argument_throws_naming_the_parameter_and_changes_nothing()
    {
        var articles = Seeded();

        Assert.Equal("titles", Assert.Throws<ArgumentNullException>(() => articles.FindByTitles(null!)).ParamName);
        Assert.Equal("slugs", Assert.Throws<ArgumentNullException>(() => articles.DeleteBySlugs(null!)).ParamName);
        Assert.Equal(4, articles.GetCount());
    }

    [Fact]
    public void A_collection_property_named_in_the_singular_finds_the_entities_that_hold_the_value()
    {
        var articles = Seeded();

        Assert.Equal(new[] { 1 }, Ids(articles.FindByTag("dotnet")));
        Assert.Equal(new[] { 1, 2 }, Ids(articles.FindByTagIgnoreCase("DOTNET")));
        Assert.Equal(new[] { 1, 4 }, Ids(articles.FindByTagsContaining("testing")));
        Assert.Empty(articles.FindByTag("dot"));
        Assert.Equal(new[] { 1, 4 }, Ids(articles.FindByRating(5)));
        Assert.Equal(new[] { 1 }, Ids(articles.FindByEditor(Bob)));
        Assert.Equal(new[] { 1, 4 }, Ids(articles.FindByRegion("eu")));
        Assert.Equal(new[] { 1, 4 }, Ids(articles.FindByTagAndRating("testing", 5)));
        Assert.True(articles.ExistsByTag("DotNet"));
        Assert.False(articles.ExistsByTag("java"));
    }

    [Fact]
    public void A_string_property_is_text_not_a_collection_so_its_text_is_never_searched_for_a_value()
    {
        // Article 3's Permissions text contains "dotnet"; FindByTag looks at Tags only.
        Assert.DoesNotContain(3, Ids(Seeded().FindByTag("dotnet")));
    }

    [Fact]
    public void A_collection_that_changes_on_update_is_found_by_its_new_values()
    {
        var articles = Seeded();
        var draft = articles.GetByIdsOrderById(new[] { 3 }).Single();
        draft.Tags.Add("java");
        articles.Update(draft);

        Assert.Equal(new[] { 3 }, Ids(articles.FindByTag("java")));
        Assert.Equal(new[] { 1, 2, 3, 4 }, Ids(articles.FindByTagsIsNotEmpty()));
    }

    [Fact]
    public void IsEmpty_finds_null_and_empty_collections_and_IsNotEmpty_the_others()
    {
        var articles = Seeded();

        Assert.Equal(new[] { 3 }, Ids(articles.FindByTagsIsEmpty()));
        Assert.Equal(new[] { 1, 2, 4 }, Ids(articles.FindByTagsIsNotEmpty()));
        Assert.Equal(new[] { 2, 3, 4 }, Ids(articles.FindByEditorsIsEmpty()));
        Assert.Equal(2, articles.CountByRegionsIsNotEmpty());
    }

    [Fact]
    public async Task Optional_returns_the_entity_or_null_when_nothing_matches()
    {
        var articles = Seeded();

        Assert.Equal("deep", (await articles.GetByIdOptionalAsync(2))!.Slug);
        Assert.Null(await articles.GetByIdOptionalAsync(42));
        Assert.Equal(1, articles.FindFirstBySlugOrderByIdDescOptional("intro")!.Id);
        Assert.Null(articles.FindFirstBySlugOrderByIdDescOptional("gone"));
    }

    [Fact]
    public async Task Many_returns_every_entity_and_GetCount_counts_them()
    {
        var articles = Seeded();

        Assert.Equal(new[] { 1, 2, 3, 4 }, Ids(articles.GetMany()));
        Assert.Equal(new[] { 1, 2, 3, 4 }, Ids(await articles.GetManyAsync()));
        Assert.Equal(new[] { 1, 4 }, Ids(articles.FindManyByTag("testing")));
        Assert.Equal(4, articles.GetCount());
        Assert.Equal(4L, await articles.GetCountAsync());
        Assert.Equal(2, articles.GetCountByTag("testing"));
        Assert.Equal(1, articles.GetCount(articles.GetMany()[0].Slug));
        Assert.Equal(0, articles.GetCount("no such slug"));
        Assert.Equal(0, new InMemoryArticleQueries().GetCount());
    }

    [Fact]
    public void Results_are_copies_so_changing_a_found_collection_does_not_change_the_store()
    {
        var articles = Seeded();
        articles.FindByTag("dotnet").Single().Tags.Clear();

        Assert.Equal(new[] { 1 }, Ids(articles.FindByTag("dotnet")));
    }

    [Fact]
    public async Task Under_nullable_disable_the_same_forms_work_and_Optional_is_null_where_Get_throws()
    {
        IObliviousScopes scopes = new InMemoryObliviousScopes();
        await scopes.CreateAsync(new ObliviousScope { Id = "a", Name = "orders", Resources = new List<string> { "orders-api" }, Audiences = new[] { "Web" } });
        await scopes.CreateAsync(new ObliviousScope { Id = "b", Name = "billing", Resources = null, Audiences = null });

        Assert.Equal(new[] { "a" }, (await scopes.FindByNamesAsync(ImmutableArray.Create("orders"), Token).ToListAsync(Token)).Select(static s => s.Id));
        Assert.Equal(new[] { "a" }, (await scopes.FindByResourceAsync("orders-api", Token).ToListAsync(Token)).Select(static s => s.Id));
        Assert.Equal(new[] { "a" }, (await scopes.FindByAudienceIgnoreCaseAsync("web")).Select(static s => s.Id));
        Assert.Equal(new[] { "b" }, (await scopes.FindByResourcesIsEmptyAsync()).Select(static s => s.Id));
        Assert.Null(await scopes.GetByIdOptionalAsync("zz"));
        Assert.Null(await scopes.FindByIdAsync("zz"));
        await Assert.ThrowsAsync<NotFoundException>(() => scopes.GetByIdAsync("zz"));
        Assert.Equal("billing", (await scopes.GetByIdOptionalAsync("b")).Name);
        Assert.Equal(2L, await scopes.GetCountAsync(Token));
    }

    /// <summary>
    /// The reference: over many random data sets (nulls, empty collections, duplicates, case variants), each query
    /// returns what the LINQ-to-Objects expression a real store's query means returns, in insertion order.
    /// </summary>
    [Fact]
    public void Each_name_form_returns_what_the_equivalent_LINQ_returns()
    {
        string?[] words = { null, "", "a", "A", "b", "ab" };
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var articles = new InMemoryArticleQueries();
            var all = new List<Article>();
            for (var id = 1; id <= random.Next(0, 12); id++)
            {
                var article = new Article
                {
                    Id = id,
                    Title = words[random.Next(words.Length)],
                    Tags = Enumerable.Range(0, random.Next(0, 4)).Select(_ => words[random.Next(words.Length)]!).ToList(),
                    Ratings = Enumerable.Range(0, random.Next(0, 3)).Select(_ => random.Next(0, 4)).ToArray(),
                    Editors = random.Next(3) == 0 ? null : Enumerable.Range(0, random.Next(0, 2)).Select(_ => random.Next(2) == 0 ? Ann : Bob).ToList(),
                };
                articles.Add(article);
                all.Add(article);
            }

            var tag = words[random.Next(words.Length)];
            var titles = Enumerable.Range(0, random.Next(0, 3)).Select(_ => words[random.Next(words.Length)]).ToArray();
            var rating = random.Next(0, 4);
            var context = $"seed {seed}";
            Assert.True(Ids(all.Where(a => a.Tags.Contains(tag!, StringComparer.Ordinal))).SequenceEqual(Ids(articles.FindByTag(tag!))), context + " FindByTag");
            Assert.True(Ids(all.Where(a => a.Tags.Contains(tag!, StringComparer.OrdinalIgnoreCase))).SequenceEqual(Ids(articles.FindByTagIgnoreCase(tag!))), context + " FindByTagIgnoreCase");
            Assert.True(Ids(all.Where(a => titles.Contains(a.Title, StringComparer.Ordinal))).SequenceEqual(Ids(articles.FindByTitles(titles!))), context + " FindByTitles");
            Assert.True(Ids(all.Where(a => a.Ratings.Contains(rating))).SequenceEqual(Ids(articles.FindByRating(rating))), context + " FindByRating");
            Assert.True(Ids(all.Where(a => a.Tags.Count == 0)).SequenceEqual(Ids(articles.FindByTagsIsEmpty())), context + " FindByTagsIsEmpty");
            Assert.True(Ids(all.Where(a => a.Editors is null || a.Editors.Count == 0)).SequenceEqual(Ids(articles.FindByEditorsIsEmpty())), context + " FindByEditorsIsEmpty");
            Assert.Equal(all.Count(a => a.Tags.Contains(tag!, StringComparer.Ordinal)), articles.GetCountByTag(tag!));
        }
    }
}
