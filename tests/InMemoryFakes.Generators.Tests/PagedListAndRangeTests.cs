using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Two shapes every paging tutorial copies (session 21): the paged list that is itself a list, built by its constructor
/// (DatingApp's and code-maze's <c>PagedList&lt;T&gt; : List&lt;T&gt;</c>, refused IMF0019 before), and
/// <c>Get{E}sBy{P}Range(minP, maxP)</c>, read as <c>{P}Between</c> when the parameters are named as its bounds (IMF0016
/// "'PriceRange' is not a property" before).
/// </summary>
public class PagedListAndRangeTests
{
    private const string Prelude = Sources.Usings + """
        using System.Linq;
        using V;

        """ + Refusals.CheckOpening;

    private const string PagedList = """
        namespace V;
        public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } }
        public class PagedList<T> : List<T>
        {
            public PagedList(IEnumerable<T> items, int count, int pageNumber, int pageSize) { CurrentPage = pageNumber; TotalPages = (int)Math.Ceiling(count / (double)pageSize); PageSize = pageSize; TotalCount = count; AddRange(items); }
            public int CurrentPage { get; private set; }
            public int TotalPages { get; private set; }
            public int PageSize { get; set; }
            public int TotalCount { get; set; }
            public bool HasPrevious => CurrentPage > 1;
            public bool HasNext => CurrentPage < TotalPages;
            public static Task<PagedList<T>> CreateAsync(System.Linq.IQueryable<T> source, int pageNumber, int pageSize)
                => Task.FromResult(new PagedList<T>(System.Linq.Enumerable.ToList(System.Linq.Queryable.Take(System.Linq.Queryable.Skip(source, (pageNumber - 1) * pageSize), pageSize)), System.Linq.Queryable.Count(source), pageNumber, pageSize));
        }
        [InMemoryFake]
        public interface IProductRepository
        {
            void Add(Product product);
            Task<PagedList<Product>> GetProductsAsync(int pageNumber, int pageSize);
            Task<IReadOnlyList<Product>> GetProductsByPriceRange(decimal minPrice, decimal maxPrice);
            Task<IReadOnlyList<Product>> FindByPriceRangeAsync(decimal priceMin, decimal priceMax, CancellationToken cancellationToken = default);
        }
        """;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    private static (string Id, string Message) Refused(string source)
    {
        var run = Run(source);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        return (diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_paged_list_that_is_a_list_is_built_through_its_constructor_from_one_page()
    {
        var run = Run(PagedList);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IProductRepository repository = new InMemoryProductRepository();
                    for (var i = 1; i <= 5; i++) repository.Add(new Product { Id = i, Name = "p" + i, Price = i * 10m });

                    var first = repository.GetProductsAsync(1, 2).GetAwaiter().GetResult();
                    Is("p1,p2", string.Join(",", first.Select(p => p.Name)), "page 1 is the first two, in key order: pageNumber is 1-based");
                    Is(2, first.Count, "the list holds the page, not the whole listing");
                    Is(5, first.TotalCount, "the total is the whole listing's");
                    Is(1, first.CurrentPage, "the page number");
                    Is(2, first.PageSize, "the page size");
                    Is(3, first.TotalPages, "ceil(5 / 2)");
                    Is(true, first.HasNext, "the type's own HasNext, computed from what its constructor received");
                    Is(false, first.HasPrevious, "nothing precedes page 1");

                    var last = repository.GetProductsAsync(3, 2).GetAwaiter().GetResult();
                    Is("p5", string.Join(",", last.Select(p => p.Name)), "the last page");
                    Is(false, last.HasNext, "nothing follows the last page");
                    Is(true, last.HasPrevious, "pages precede it");

                    var beyond = repository.GetProductsAsync(4, 2).GetAwaiter().GetResult();
                    Is(0, beyond.Count, "a page past the end is empty");
                    Is(5, beyond.TotalCount, "with the total still told");
                }
            }
            """);
    }

    [Fact]
    public void A_range_named_by_its_bounds_includes_both_ends()
    {
        var run = Run(PagedList);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IProductRepository repository = new InMemoryProductRepository();
                    for (var i = 1; i <= 5; i++) repository.Add(new Product { Id = i, Name = "p" + i, Price = i * 10m });

                    Is("p2,p3,p4", string.Join(",", repository.GetProductsByPriceRange(20m, 40m).GetAwaiter().GetResult().Select(p => p.Name)), "20 and 40 included, as Between includes them");
                    Is("p3", string.Join(",", repository.FindByPriceRangeAsync(30m, 30m).GetAwaiter().GetResult().Select(p => p.Name)), "priceMin/priceMax: one price");
                    Is(0, repository.GetProductsByPriceRange(41m, 49m).GetAwaiter().GetResult().Count, "no price in the range");
                    Is(0, repository.GetProductsByPriceRange(40m, 20m).GetAwaiter().GetResult().Count, "a minimum above the maximum matches nothing");
                }
            }
            """);
    }

    private const string Products = """
        namespace V;
        public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } }
        """;

    private static string Hint(string member, string arguments) => "; fix the parameters, or implement it in the partial class InMemoryProductRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(" + member + "), " + arguments + ") joins the call log and fault injection (docs/generator.md#hand-written-members)";

    [Theory]
    [InlineData("decimal from, decimal to", "from, to")]
    [InlineData("decimal maxPrice, decimal minPrice", "maxPrice, minPrice")]
    [InlineData("decimal lowPrice, decimal highPrice", "lowPrice, highPrice")]
    public void A_range_whose_parameters_are_not_named_as_its_lower_and_upper_bound_is_refused(string parameters, string names)
        => Assert.Equal(
            ("IMF0018", "'GetProductsByPriceRange' of IProductRepository: 'PriceRange' reads as Price between two bounds, both included, only when its first two parameters are named as the lower and then the upper bound of Price (minPrice, maxPrice; priceMin/priceMax; minimum…/maximum…), and they are (" + names + "): whether the upper end is included (whether 'to' includes its own day) is the real query's choice; name them minPrice and maxPrice, or name the query PriceBetween, which includes both ends"
                + Hint("GetProductsByPriceRange", names)),
            Refused(Products + "[InMemoryFake] public interface IProductRepository { void Add(Product product); IReadOnlyList<Product> GetProductsByPriceRange(" + parameters + "); }"));

    [Fact]
    public void A_range_of_text_is_refused_because_the_operators_do_not_order_it()
        => Assert.Equal(
            ("IMF0018", "'FindByNameRange' of IProductRepository: 'NameRange' would read as Name between two bounds, but Name is string, which the C# operators do not order (a range of it is the database's collation or the store's own rule)"
                + Hint("FindByNameRange", "minName, maxName")),
            Refused(Products + "[InMemoryFake] public interface IProductRepository { void Add(Product product); IReadOnlyList<Product> FindByNameRange(string minName, string maxName); }"));

    private const string ReturnsHint = "; change the return type, or implement it in the partial class InMemoryProductRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetProductsAsync), pageNumber, pageSize) joins the call log and fault injection (docs/generator.md#hand-written-members)";

    [Fact]
    public void A_paged_list_whose_constructor_takes_something_a_page_does_not_have_is_refused_naming_the_parameter()
    {
        var (id, message) = Refused(Products + """
            public class PagedList<T> : List<T>
            {
                public PagedList(IEnumerable<T> items, int count, int pageNumber, int pageSize, string sortBy) { TotalCount = count; AddRange(items); }
                public int TotalCount { get; }
            }
            [InMemoryFake] public interface IProductRepository { void Add(Product product); Task<PagedList<Product>> GetProductsAsync(int pageNumber, int pageSize); }
            """);
        Assert.Equal("IMF0019", id);
        Assert.Equal("'GetProductsAsync' of IProductRepository returns System.Threading.Tasks.Task<V.PagedList<V.Product>>, which does not fit GetProducts: V.PagedList<V.Product> is a paged list (a System.Collections.Generic.List<V.Product> of the page), but its constructor parameter 'sortBy' (string) holds nothing a page of the listing has (a page fills parameters named Items/Data/Results/List, Page/PageNumber/CurrentPage, PageIndex, PageSize/PerPage, TotalCount/Total/TotalItems/TotalItemCount/TotalRecords/RowCount, TotalPages/PageCount, HasNext/HasNextPage, HasPrevious/HasPreviousPage, and count as the total)" + ReturnsHint, message);
    }

    [Fact]
    public void A_paged_list_whose_constructor_takes_no_items_or_whose_page_member_nothing_sets_is_refused()
    {
        var (id, message) = Refused(Products + """
            public class PagedList<T> : List<T>
            {
                public PagedList(int count, int pageNumber, int pageSize) { TotalCount = count; }
                public int TotalCount { get; }
            }
            [InMemoryFake] public interface IProductRepository { void Add(Product product); Task<PagedList<Product>> GetProductsAsync(int pageNumber, int pageSize); }
            """);
        Assert.Equal("IMF0019", id);
        Assert.Equal("'GetProductsAsync' of IProductRepository returns System.Threading.Tasks.Task<V.PagedList<V.Product>>, which does not fit GetProducts: V.PagedList<V.Product> is a paged list (a System.Collections.Generic.List<V.Product> of the page), but its constructor (count, pageNumber, pageSize) takes no items (a parameter named Items/Data/Results/List holding the entities)" + ReturnsHint, message);

        (id, message) = Refused(Products + """
            public class PagedList<T> : List<T>
            {
                public PagedList(IEnumerable<T> items, int pageNumber, int pageSize) { AddRange(items); }
                public int TotalCount { get; private set; }
            }
            [InMemoryFake] public interface IProductRepository { void Add(Product product); Task<PagedList<Product>> GetProductsAsync(int pageNumber, int pageSize); }
            """);
        Assert.Equal("IMF0019", id);
        Assert.Equal("'GetProductsAsync' of IProductRepository returns System.Threading.Tasks.Task<V.PagedList<V.Product>>, which does not fit GetProducts: V.PagedList<V.Product> is a paged list, but its member TotalCount (int) cannot be set, and its constructor does not receive it (a page fills members named Items/Data/Results/List, Page/PageNumber/CurrentPage, PageIndex, PageSize/PerPage, TotalCount/Total/TotalItems/TotalItemCount/TotalRecords/RowCount, TotalPages/PageCount, HasNext/HasNextPage, HasPrevious/HasPreviousPage)" + ReturnsHint, message);
    }
}
