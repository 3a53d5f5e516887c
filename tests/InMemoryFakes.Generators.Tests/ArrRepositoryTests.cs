using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The *arr family's BasicRepository (Sonarr, Radarr, Lidarr, Readarr, Prowlarr; issue 10 shapes 14 and 20): a write of the
/// properties listed as lambdas (SetFields) and a listing by a paging spec filled by member names (GetPaged), through the
/// generated fake, and the refusals beside them.
/// </summary>
public class ArrRepositoryTests
{
    private const string Models = """
        #nullable disable
        using System;
        using System.Collections.Generic;
        using System.Linq.Expressions;
        using System.Threading.Tasks;
        using InMemoryFakes;

        namespace Arr;

        public abstract class ModelBase
        {
            public int Id { get; set; }
        }

        public class Release : ModelBase
        {
            public int SeriesId { get; set; }
            public string Title { get; set; }
            public DateTime Date { get; set; }
            public List<int> EpisodeIds { get; set; }
            public string Shouted => Title?.ToUpperInvariant();
        }

        public enum SortDirection
        {
            Default,
            Ascending,
            Descending,
        }

        public class PagingSpec<TModel>
        {
            public PagingSpec()
            {
                FilterExpressions = new List<Expression<Func<TModel, bool>>>();
            }

            public int Page { get; set; }
            public int PageSize { get; set; }
            public int TotalRecords { get; set; }
            public string SortKey { get; set; }
            public SortDirection SortDirection { get; set; }
            public List<TModel> Records { get; set; }
            public List<Expression<Func<TModel, bool>>> FilterExpressions { get; set; }
        }

        """;

    private const string Repository = Models + """
        [InMemoryFake]
        public interface IReleaseRepository
        {
            Release Insert(Release model);
            Release Find(int id);
            void SetFields(Release model, params Expression<Func<Release, object>>[] properties);
            void SetFields(IList<Release> models, params Expression<Func<Release, object>>[] properties);
            PagingSpec<Release> GetPaged(PagingSpec<Release> pagingSpec);
            Task GetPageAsync(PagingSpec<Release> spec);
        }
        """;

    private const string CheckPrelude = """
        #nullable disable
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Arr;

        using static Behaviour.Expect;

        namespace Behaviour;

        public static class Checks
        {


        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void The_BasicRepository_shapes_generate_and_compile()
    {
        Assertions.Clean(GeneratorHarness.Run(Repository));
    }

    [Fact]
    public void SetFields_writes_only_the_listed_properties_of_the_row_with_the_models_key()
    {
        BehaviourCheck.Run(GeneratorHarness.Run(Repository), CheckPrelude + """
                public static void Run()
                {
                    IReleaseRepository repository = new InMemoryReleaseRepository();
                    var stored = repository.Insert(new Release { SeriesId = 1, Title = "a", EpisodeIds = new List<int> { 1 } });
                    var change = new Release { Id = stored.Id, SeriesId = 9, Title = "changed", EpisodeIds = new List<int> { 5 } };

                    repository.SetFields(change, x => x.Title);
                    Is("changed", repository.Find(stored.Id).Title, "the listed property is written");
                    Is(1, repository.Find(stored.Id).SeriesId, "an unlisted property stays as stored");
                    Is(1, repository.Find(stored.Id).EpisodeIds.Single(), "an unlisted list stays as stored");

                    repository.SetFields(change, x => x.SeriesId, x => x.EpisodeIds);
                    Is(9, repository.Find(stored.Id).SeriesId, "a boxed value property is written");
                    Is(5, repository.Find(stored.Id).EpisodeIds.Single(), "a list property is written");
                    change.EpisodeIds.Add(6);
                    Is(1, repository.Find(stored.Id).EpisodeIds.Count, "the written list is a copy");
                }
            }
            """);
    }

    [Fact]
    public void SetFields_refuses_what_it_cannot_write_and_leaves_the_store_unchanged()
    {
        BehaviourCheck.Run(GeneratorHarness.Run(Repository), CheckPrelude + """
                public static void Run()
                {
                    IReleaseRepository repository = new InMemoryReleaseRepository();
                    var stored = repository.Insert(new Release { SeriesId = 1, Title = "a" });
                    var change = new Release { Id = stored.Id, SeriesId = 2, Title = "b" };

                    Throws<ArgumentException>(() => repository.SetFields(change, x => x.Title.ToUpperInvariant()), "properties", "a method call is no property");
                    Throws<ArgumentException>(() => repository.SetFields(change, x => x.Title, x => x.Shouted), "properties", "a get-only property cannot be written");
                    Throws<ArgumentException>(() => repository.SetFields(change), "properties", "no property listed");
                    Throws<ArgumentNullException>(() => repository.SetFields((Release)null, x => x.Title), "model", "a null model");
                    Throws<ArgumentException>(() => repository.SetFields(new Release { Title = "b" }, x => x.Title), "model", "an unset generated key");
                    Throws<KeyNotFoundException>(() => repository.SetFields(new Release { Id = 99, Title = "b" }, x => x.Title), null, "a key that is not stored");
                    Is("a", repository.Find(stored.Id).Title, "nothing was written");
                    Is(1, repository.Find(stored.Id).SeriesId, "nothing was written");
                }
            }
            """);
    }

    [Fact]
    public void SetFields_of_a_list_writes_each_model_or_none()
    {
        BehaviourCheck.Run(GeneratorHarness.Run(Repository), CheckPrelude + """
                public static void Run()
                {
                    IReleaseRepository repository = new InMemoryReleaseRepository();
                    var a = repository.Insert(new Release { SeriesId = 1, Title = "a" });
                    var b = repository.Insert(new Release { SeriesId = 2, Title = "b" });

                    repository.SetFields(new List<Release> { new Release { Id = a.Id, Title = "a2", SeriesId = 7 }, new Release { Id = b.Id, Title = "b2" } }, x => x.Title);
                    Is("a2", repository.Find(a.Id).Title, "the first model's property is written");
                    Is("b2", repository.Find(b.Id).Title, "the second model's property is written");
                    Is(1, repository.Find(a.Id).SeriesId, "an unlisted property stays as stored");

                    Throws<KeyNotFoundException>(() => repository.SetFields(new List<Release> { new Release { Id = a.Id, Title = "a3" }, new Release { Id = 99, Title = "z" } }, x => x.Title), null, "a missing model");
                    Is("a2", repository.Find(a.Id).Title, "all or nothing: the first model is not written either");
                }
            }
            """);
    }

    [Fact]
    public void GetPaged_fills_the_spec_with_one_page_and_the_total_and_returns_it()
    {
        BehaviourCheck.Run(GeneratorHarness.Run(Repository), CheckPrelude + """
                public static void Run()
                {
                    IReleaseRepository repository = new InMemoryReleaseRepository();
                    foreach (var (title, series) in new[] { ("e", 1), ("d", 2), ("c", 1), ("b", 2), ("a", 1) })
                    {
                        repository.Insert(new Release { Title = title, SeriesId = series });
                    }

                    var spec = new PagingSpec<Release> { Page = 1, PageSize = 2 };
                    var result = repository.GetPaged(spec);
                    Is(true, ReferenceEquals(spec, result), "the spec given is returned");
                    Is(5, spec.TotalRecords, "the total counts every row");
                    Is("e,d", string.Join(",", spec.Records.Select(r => r.Title)), "no sort key orders by the key");

                    spec = repository.GetPaged(new PagingSpec<Release> { Page = 2, PageSize = 2, SortKey = "title", SortDirection = SortDirection.Ascending });
                    Is("c,d", string.Join(",", spec.Records.Select(r => r.Title)), "page 2 by the sort key in any case");

                    spec = repository.GetPaged(new PagingSpec<Release> { Page = 1, PageSize = 3, SortKey = "Title", SortDirection = SortDirection.Descending });
                    Is("e,d,c", string.Join(",", spec.Records.Select(r => r.Title)), "descending");

                    spec = repository.GetPaged(new PagingSpec<Release> { Page = 0, PageSize = 2, SortKey = "Title", SortDirection = SortDirection.Default });
                    Is("a,b", string.Join(",", spec.Records.Select(r => r.Title)), "page 0 is the first page, Default ascending");

                    spec = new PagingSpec<Release> { Page = 1, PageSize = 10, SortKey = "Title" };
                    spec.FilterExpressions.Add(r => r.SeriesId == 1);
                    spec.FilterExpressions.Add(r => r.Title != "e");
                    repository.GetPaged(spec);
                    Is("a,c", string.Join(",", spec.Records.Select(r => r.Title)), "every filter applies");
                    Is(2, spec.TotalRecords, "the total counts the filtered rows");

                    spec.Records[0].Title = "changed";
                    Is("a", repository.Find(5).Title, "the records are copies");

                    var filled = new PagingSpec<Release> { Page = 1, PageSize = 1 };
                    repository.GetPageAsync(filled).GetAwaiter().GetResult();
                    Is(5, filled.TotalRecords, "a member returning nothing fills the spec");
                }
            }
            """);
    }

    [Fact]
    public void GetPaged_refuses_a_sort_key_it_cannot_read_and_writes_nothing()
    {
        BehaviourCheck.Run(GeneratorHarness.Run(Repository), CheckPrelude + """
                public static void Run()
                {
                    IReleaseRepository repository = new InMemoryReleaseRepository();
                    repository.Insert(new Release { Title = "a", EpisodeIds = new List<int>() });

                    foreach (var key in new[] { "Nope", "Release.Title", "series.sortTitle", "EpisodeIds", "" })
                    {
                        var spec = new PagingSpec<Release> { Page = 1, PageSize = 10, SortKey = key };
                        Throws<ArgumentException>(() => repository.GetPaged(spec), "pagingSpec", "sort key " + key);
                        Is(null, spec.Records, "nothing written for " + key);
                    }

                    Throws<ArgumentOutOfRangeException>(() => repository.GetPaged(new PagingSpec<Release> { Page = 1, PageSize = -1 }), "pagingSpec", "a negative page size");
                    Throws<ArgumentException>(() => repository.GetPaged(new PagingSpec<Release> { Page = 1, PageSize = 1, FilterExpressions = null }), "pagingSpec", "a null filter list");
                    Throws<ArgumentNullException>(() => repository.GetPaged(null), "pagingSpec", "a null spec");
                }
            }
            """);
    }

    [Fact]
    public void A_paging_spec_with_a_member_the_conventions_do_not_name_is_refused()
    {
        var run = GeneratorHarness.Run(Models.Replace("public List<TModel> Records { get; set; }", "public List<TModel> Records { get; set; }\n    public string Cursor { get; set; }", StringComparison.Ordinal) + """
            [InMemoryFake]
            public interface IReleaseRepository
            {
                Release Insert(Release model);
                PagingSpec<Release> GetPaged(PagingSpec<Release> pagingSpec);
            }
            """);

        Assertions.GeneratorReported(run, "IMF0001");
        Assert.Contains("its paging spec PagingSpec<Release> has Cursor (string): its name is none of the paging spec's (Page, PageNumber, CurrentPage, PageSize, PerPage, Records, Items, Data, Results, TotalRecords, TotalCount, TotalItems, Total, SortKey, SortBy, SortColumn, SortDirection, SortOrder, FilterExpressions, Filters), so what the fake would read or fill there is not said; write the member", Message(run, "GetPaged"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paging_spec_given_to_a_member_that_may_select_is_refused()
    {
        var run = GeneratorHarness.Run(Models + """
            [InMemoryFake]
            public interface IReleaseRepository
            {
                Release Insert(Release model);
                PagingSpec<Release> ReleasesWithoutFiles(PagingSpec<Release> pagingSpec, bool includeSpecials);
            }
            """);

        Assertions.GeneratorReported(run, "IMF0001");
        Assert.Contains("it takes a paging spec ('pagingSpec', a PagingSpec<Release>), but 'ReleasesWithoutFiles' is not a listing of every Release (GetPaged, GetPage, GetAll, List…): it may select or order by rules of its own (Sonarr's EpisodesWithoutFiles(pagingSpec, includeSpecials)), which the fake cannot know; write the member", Message(run, "ReleasesWithoutFiles"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_list_on_another_write_is_refused_not_ignored()
    {
        var run = GeneratorHarness.Run(Models + """
            [InMemoryFake]
            public interface IReleaseRepository
            {
                Release Insert(Release model);
                void Upsert(Release model, params Expression<Func<Release, object>>[] properties);
                Release SetFields(Release model, params Expression<Func<Release, object>>[] properties);
            }
            """);

        Assertions.GeneratorReported(run, "IMF0001", "IMF0001");
        Assert.Contains("it takes a list of property selectors ('properties') beside what it writes, and on a write such a list may name the properties to write (Sonarr's SetFields(model, params properties), an EF Core Update(entity, params properties)) or what to load or return, which 'Upsert' does not say; name it SetFields or UpdateFields (Update, Set, optionally with the entity's name) when it writes only those properties, or write the member", Message(run, "Upsert"), StringComparison.Ordinal);
        Assert.Contains("a write of the listed properties must return nothing (void, Task, ValueTask): whether a result is the entity given or the one stored is not said", Message(run, "SetFields"), StringComparison.Ordinal);
    }

    [Fact]
    public void ByKeysMissing_Throw_makes_a_list_by_keys_throw_unless_every_key_gives_an_entity()
    {
        var run = GeneratorHarness.Run(Models + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound, ByKeysOrder = ByKeysOrder.Stored, ByKeysMissing = ByKeysMissing.Throw)]
            public interface IReleaseRepository
            {
                Release Insert(Release model);
                Release Get(int id);
                IEnumerable<Release> Get(IEnumerable<int> ids);
            }

            [InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound, ByKeysOrder = ByKeysOrder.Stored, ByKeysMissing = ByKeysMissing.Skip)]
            public interface ISkippingRepository
            {
                Release Insert(Release model);
                IEnumerable<Release> Get(IEnumerable<int> ids);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    IReleaseRepository repository = new InMemoryReleaseRepository();
                    var a = repository.Insert(new Release { Title = "a" });
                    var b = repository.Insert(new Release { Title = "b" });

                    Is("a,b", string.Join(",", repository.Get(new[] { b.Id, a.Id }).Select(r => r.Title)), "every key found: the rows, in the table's order");
                    Is(0, repository.Get(new int[0]).Count(), "no keys: no rows");
                    Is(2, repository.Get(new[] { 1, 2 }.Select(x => x)).Count(), "a lazy sequence of keys is read once");
                    Throws<KeyNotFoundException>(() => repository.Get(new[] { a.Id, 99 }), null, "a key without a row");
                    Throws<KeyNotFoundException>(() => repository.Get(new[] { a.Id, a.Id }), null, "a key given twice: fewer rows than keys");

                    ISkippingRepository skipping = new InMemorySkippingRepository();
                    skipping.Insert(new Release { Title = "a" });
                    Is(1, skipping.Get(new[] { 1, 99 }).Count(), "Skip: a key without a row gives nothing");
                }
            }
            """);
    }

    [Fact]
    public void ByKeysMissing_Throw_where_no_list_by_keys_reads_it_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Models + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound, ByKeysMissing = ByKeysMissing.Throw)]
            public interface IReleaseRepository
            {
                Release Insert(Release model);
                Release Get(int id);
            }
            """);

        Assertions.GeneratorReported(run, "IMF0010");
        Assert.Contains("ByKeysMissing = Throw: no member of IReleaseRepository lists entities by a collection of keys alone under ByKeysOrder, so the setting states nothing", run.GeneratorDiagnostics.Single().GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
