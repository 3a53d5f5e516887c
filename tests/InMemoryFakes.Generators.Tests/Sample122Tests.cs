using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample122 (session 37), settings, configuration and feature-flag stores. AdlerZentrum's generic
/// <c>IGenericRepositoryAsync&lt;T&gt;</c> (Mukesh Murugan's clean-architecture template) pages by a
/// <c>FilteredRequestParameter</c> that carries filters, an order and a no-paging switch beside its <c>PageNumber</c> and
/// <c>PageSize</c>: the fake paged by the two numbers and dropped the rest, silently. A page request type with more input
/// than its two numbers is now refused naming it. Its <c>GetCount(T entity)</c> was refused as an accessor of a 'Count'
/// property, now as the count it is; its <c>GetAllAsync(string Include)</c> and <c>GetPagedReponseAsync(pageNumber, pageSize,
/// Include)</c> take EF Core include paths as one string, now ignored as a collection of them was. unlaunch's
/// <c>IUnlaunchDataStore.RefreshNow()</c> reloads every flag from the service: refused as such, not as "'Now' … is no noun".
/// </summary>
public class Sample122Tests
{
    private const string Settings = Sources.Usings + """
        #nullable disable
        namespace V;

        public abstract class AuditableBaseEntity
        {
            public virtual int Id { get; set; }
        }

        public class Setting : AuditableBaseEntity
        {
            public double PlacementA1 { get; set; }
        }

        public class FilteredRequestParameter
        {
            public bool NoPaging { get; set; }
            public int PageNumber { get; set; } = 1;
            public int PageSize { get; set; } = 10;
            public Dictionary<string, string> FilterValue { get; set; } = new Dictionary<string, string>();
            public string SortBy { get; set; } = "ID";
            public string SortType { get; set; } = "ASC";
        }

        public interface IGenericRepositoryAsync<T> where T : class
        {
            Task<T> GetByIdAsync(int id);
            Task<IReadOnlyList<T>> GetAllAsync();
            Task<IReadOnlyList<T>> GetAllAsync(string Include);
            Task<IReadOnlyList<T>> GetPagedReponseAsync(int pageNumber, int pageSize);
            Task<IReadOnlyList<T>> GetPagedReponseAsync(int pageNumber, int pageSize, string Include);
            Task<IReadOnlyList<T>> GetPagedReponseAsync(FilteredRequestParameter filteredRequestParameter);
            Task<T> AddAsync(T entity);
            int GetCount(T entity);
            int GetCount(FilteredRequestParameter filteredRequestParameter);
            int GetCount();
        }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface ISettingRepositoryAsync : IGenericRepositoryAsync<Setting>
        {
        }
        """;

    private static string[] Messages(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Where(d => d.Id == "IMF0001" && Refusals.PointedAt(d) == member).Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void A_page_request_that_carries_filters_an_order_and_a_switch_is_refused_naming_them()
    {
        var run = GeneratorHarness.Run(Settings);
        Assert.Equal(new[] { "GetCount", "GetCount", "GetPagedReponseAsync" }, run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(Refusals.PointedAt).OrderBy(static m => m, StringComparer.Ordinal));
        Assert.Equal(
            "'GetPagedReponseAsync' of ISettingRepositoryAsync matches no entity repository convention: parameter 'filteredRequestParameter' asks for a page (FilteredRequestParameter's PageNumber and PageSize) "
            + "but its type also carries NoPaging, FilterValue, SortBy and SortType, which the fake would not read: whether and how a store filters or sorts by them (equal or containing, ignoring case or not, which order) is its own, "
            + "and no signature says it; take the page alone (a type with only PageNumber and PageSize, or InMemoryFakes.PageRequest), name the conditions (GetBy…Containing(…, page)), or write the member. "
            + "Implement it in the partial class InMemorySettingRepositoryAsync, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetPagedReponseAsync), filteredRequestParameter) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Messages(run, "GetPagedReponseAsync").Single());
    }

    [Fact]
    public void A_count_given_the_entity_itself_is_refused_as_a_count_not_as_an_accessor_of_a_Count_property()
    {
        var run = GeneratorHarness.Run(Settings);
        var counts = Messages(run, "GetCount");
        Assert.Contains(counts, static m => m.StartsWith(
            "'GetCount' of ISettingRepositoryAsync matches no entity repository convention: it counts, and its parameter 'entity' is Setting itself, which no convention reads as a count's condition: "
            + "whether it counts every row (AdlerZentrum's GenericRepositoryAsync<T>.GetCount(T entity) ignores it), the rows equal to it, or whether it is stored (0 or 1) is the store's own; "
            + "count every row with Count(), the matches with CountBy{Property}(value) or a predicate, or write the member.", StringComparison.Ordinal));
        Assert.DoesNotContain(counts, static m => m.Contains("'Count' is no property", StringComparison.Ordinal));
        Assert.Contains(counts, static m => m.Contains("as an object of type FilteredRequestParameter it is no value of a property to compare", StringComparison.Ordinal));
    }

    [Fact]
    public void Include_paths_as_one_string_are_ignored_as_a_collection_of_them_is()
    {
        var run = GeneratorHarness.Run(Refusals.Without(Settings,
            "    Task<IReadOnlyList<T>> GetPagedReponseAsync(FilteredRequestParameter filteredRequestParameter);\n",
            "    int GetCount(T entity);\n",
            "    int GetCount(FilteredRequestParameter filteredRequestParameter);\n"));
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ISettingRepositoryAsync repository = new InMemorySettingRepositoryAsync();
                    for (var i = 1; i <= 3; i++)
                    {
                        repository.AddAsync(new Setting { PlacementA1 = i }).GetAwaiter().GetResult();
                    }

                    Is(3, repository.GetAllAsync("Category").GetAwaiter().GetResult().Count, "GetAllAsync(Include) lists every row: the path loads, it selects nothing");
                    Is("3", string.Join(",", repository.GetPagedReponseAsync(2, 2, "Category").GetAwaiter().GetResult().Select(s => s.PlacementA1)), "the paged read with a path is the page");
                    Is("1,2", string.Join(",", repository.GetPagedReponseAsync(1, 2).GetAwaiter().GetResult().Select(s => s.PlacementA1)), "the paged read without one");
                    Is(3, repository.GetCount(), "GetCount() counts every row");
                }
            }
            """);
    }

    private const string Pages = Sources.Usings + """
        namespace V;

        public class Setting
        {
            public int Id { get; set; }
        }

        public class PageQuery
        {
            public int PageNumber { get; set; } = 1;
            public int PageSize { get; set; } = 10;
            public int Skip => (PageNumber - 1) * PageSize;
        }

        public record SortedPageQuery(int PageNumber, int PageSize, string SortBy);

        public class FixedSortPageQuery
        {
            public FixedSortPageQuery(int pageNumber, int pageSize, string sortBy) { PageNumber = pageNumber; PageSize = pageSize; SortBy = sortBy; }
            public int PageNumber { get; }
            public int PageSize { get; }
            public string SortBy { get; }
        }

        [InMemoryFake]
        public interface ISettingRepository
        {
            Task AddAsync(Setting setting);
            Task<IReadOnlyList<Setting>> GetPagedAsync(PageQuery query);
            Task<IReadOnlyList<Setting>> GetSortedPageAsync(SortedPageQuery query);
            Task<IReadOnlyList<Setting>> GetFixedSortPageAsync(FixedSortPageQuery query);
        }
        """;

    [Fact]
    public void A_page_request_of_only_its_two_numbers_and_what_they_compute_still_pages()
    {
        var run = GeneratorHarness.Run(Refusals.Without(Pages,
            "    Task<IReadOnlyList<Setting>> GetSortedPageAsync(SortedPageQuery query);\n",
            "    Task<IReadOnlyList<Setting>> GetFixedSortPageAsync(FixedSortPageQuery query);\n"));
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ISettingRepository repository = new InMemorySettingRepository();
                    for (var i = 0; i < 3; i++)
                    {
                        repository.AddAsync(new Setting()).GetAwaiter().GetResult();
                    }

                    Is("3", string.Join(",", repository.GetPagedAsync(new PageQuery { PageNumber = 2, PageSize = 2 }).GetAwaiter().GetResult().Select(s => s.Id)), "page 2 of 2 (Skip is computed from the two)");
                }
            }
            """);
    }

    [Fact]
    public void A_page_request_whose_record_or_constructor_takes_more_than_the_two_numbers_is_refused()
    {
        var run = GeneratorHarness.Run(Pages);
        Refusals.Exactly(run,
            ("GetSortedPageAsync", "parameter 'query' asks for a page (SortedPageQuery's PageNumber and PageSize) but its type also carries SortBy, which the fake would not read"),
            ("GetFixedSortPageAsync", "parameter 'query' asks for a page (FixedSortPageQuery's PageNumber and PageSize) but its type also carries SortBy, which the fake would not read"));
    }

    private const string Flags = Sources.Usings + """
        #nullable disable
        namespace V;

        public class FeatureFlag
        {
            public string Key { get; set; }
            public bool Enabled { get; set; }
        }

        [InMemoryFake]
        public interface IUnlaunchDataStore : IDisposable
        {
            FeatureFlag GetFlag(string flagKey);
            IEnumerable<FeatureFlag> GetAllFlags();
            void RefreshNow();
            Task ReloadAsync(CancellationToken cancellationToken);
            IList<string> RefreshKeys();
        }
        """;

    [Fact]
    public void A_refresh_that_takes_no_key_is_refused_as_a_reload_of_the_whole_store()
    {
        var run = GeneratorHarness.Run(Flags);
        Refusals.Exactly(run,
            ("RefreshNow", "it takes no key, so it is no Refresh of one entry (the store's Refresh/Touch(key) renews an entry's sliding expiry): 'RefreshNow' reloads the store's entries from where the real store gets them (a server, a file, a database), which the fake does not have"),
            ("ReloadAsync", "it takes no key, so it is no Reload of one entry"),
            ("RefreshKeys", "'RefreshKeys' is not a known verb"));
        Assert.DoesNotContain("no noun of this store", Refusals.Message(run, "RefreshNow"), StringComparison.Ordinal);
    }

    private const string Students = Sources.Usings + """
        #nullable disable
        using System.Linq;
        using System.Linq.Expressions;
        namespace V;

        public class Student
        {
            public int Id { get; set; }
            public int Age { get; set; }
        }

        [InMemoryFake]
        public interface IStudentRepository
        {
            Student Insert(Student student);
            IQueryable<Student> SearchFor(Expression<Func<Student, bool>> predicate = null, string Include = null);
            IQueryable<Student> FindBy(Expression<Func<Student, bool>> predicate);
        }
        """;

    [Fact]
    public void A_queryable_read_whose_predicate_defaults_to_null_answers_every_row_for_null_and_its_include_string_is_ignored()
    {
        var run = GeneratorHarness.Run(Students);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IStudentRepository repository = new InMemoryStudentRepository();
                    repository.Insert(new Student { Age = 19 });
                    repository.Insert(new Student { Age = 23 });
                    Is(2, repository.SearchFor().Count(), "SearchFor() is every student (WebApplicationTask's: the table when the predicate is null)");
                    Is(1, repository.SearchFor(s => s.Age > 20, "StudentCourses,StudentCourses.Course").Count(), "SearchFor(predicate, Include) is the matches; the paths load, they select nothing");
                    Throws<ArgumentNullException>(() => repository.FindBy(null), "predicate", "a predicate with no default is still required");
                }
            }
            """);
    }
}
