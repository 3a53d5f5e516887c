using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample119 (session 37), inventory, warehouse, payment and billing codebases. The round's sampling rule ran out with no
/// pick (every named C# result was unlicensed, too small or already a corpus source); its walk showed, among the results it
/// could not take, the stock repository of a widely copied Web API tutorial: <c>Task&lt;List&lt;Stock&gt;&gt; GetAllAsync(QueryObject
/// query)</c>, whose <c>QueryObject</c> carries <c>Symbol</c>, <c>CompanyName</c>, <c>SortBy</c> and <c>IsDescending</c> beside
/// <c>PageNumber</c> and <c>PageSize</c>. The fake read it as a page request and ignored the rest: a query for one symbol listed
/// every stock, silently. A page type that carries anything but the page is now refused, naming what it carries.
/// </summary>
public class Sample119Tests
{
    private const string Stocks = Sources.Usings + """
        namespace V;

        public class Stock
        {
            public int Id { get; set; }
            public string Symbol { get; set; } = "";
            public string CompanyName { get; set; } = "";
            public decimal Purchase { get; set; }
        }

        public class QueryObject
        {
            public string? Symbol { get; set; } = null;
            public string? CompanyName { get; set; } = null;
            public string? SortBy { get; set; } = null;
            public bool IsDescending { get; set; } = false;
            public int PageNumber { get; set; } = 1;
            public int PageSize { get; set; } = 20;
        }

        [InMemoryFake]
        public interface IStockRepository
        {
            Task<List<Stock>> GetAllAsync(QueryObject query);
            Task<Stock?> GetByIdAsync(int id);
            Task<Stock> CreateAsync(Stock stock);
            Task<Stock?> DeleteAsync(int id);
        }
        """;

    [Fact]
    public void A_listing_whose_page_type_also_filters_and_sorts_is_refused_naming_what_it_carries()
    {
        var run = GeneratorHarness.Run(Stocks);
        Assertions.NeverFailed(run);
        Assert.Equal(
            "'GetAllAsync' of IStockRepository matches no entity repository convention: parameter 'query' asks for a page (QueryObject's PageNumber and PageSize) "
            + "but its type also carries Symbol, CompanyName, SortBy and IsDescending, which the fake would not read: whether and how a store filters or sorts by them "
            + "(equal or containing, ignoring case or not, which order) is its own, and no signature says it; take the page alone (a type with only PageNumber and PageSize, "
            + "or InMemoryFakes.PageRequest), name the conditions (GetBy…Containing(…, page)), or write the member. "
            + "Implement it in the partial class InMemoryStockRepository, where its Store property reaches the fake's table in one line: "
            + "Store.Call(nameof(GetAllAsync), query) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "GetAllAsync"));
        Refusals.Exactly(run, ("GetAllAsync", "but its type also carries Symbol, CompanyName, SortBy and IsDescending"));
    }

    [Fact]
    public void One_filter_beside_the_page_is_named_alone_and_a_derived_query_with_such_a_page_is_refused_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Stock
            {
                public int Id { get; set; }
                public string Symbol { get; set; } = "";
                public string Industry { get; set; } = "";
            }

            public class StockPage
            {
                public int Skip { get; set; }
                public int Take { get; set; } = 10;
                public string? Search { get; set; }
            }

            [InMemoryFake]
            public interface IStockRepository
            {
                Task<List<Stock>> ListAsync(StockPage page);
                Task<List<Stock>> FindByIndustryAsync(string industry, StockPage page);
                Task AddAsync(Stock stock);
            }
            """);
        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "IMF0001 ListAsync", "IMF0018 FindByIndustryAsync" }, Refusals.Listed(run));
        Assert.Contains(
            "parameter 'page' asks for a page (StockPage's Skip and Take) but its type also carries Search, which the fake would not read: whether and how a store filters or sorts by it ",
            Refusals.Message(run, "ListAsync"), StringComparison.Ordinal);
        Assert.Contains(
            "'FindByIndustryAsync' of IStockRepository: parameter 'page' asks for a page (StockPage's Skip and Take) but its type also carries Search, which the fake would not read",
            Message(run, "IMF0018", "FindByIndustryAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_type_with_only_paging_members_a_clamp_and_computed_ones_is_still_a_page_request()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Stock
            {
                public int Id { get; set; }
                public string Symbol { get; set; } = "";
            }

            /// <summary>The widely copied PaginationFilter: a clamp of the page size, and a computed offset.</summary>
            public class PaginationFilter
            {
                public const int MaxPageSize = 50;
                private int _pageSize = 10;

                public int PageNumber { get; set; } = 1;

                public int PageSize
                {
                    get => _pageSize;
                    set => _pageSize = value > MaxPageSize ? MaxPageSize : value;
                }

                public int Offset => (PageNumber - 1) * PageSize;

                public bool IsFirst => PageNumber <= 1;
            }

            [InMemoryFake]
            public interface IStockRepository
            {
                Task<List<Stock>> GetAllAsync(PaginationFilter filter);
                Task AddAsync(Stock stock);
            }
            """);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IStockRepository repository = new InMemoryStockRepository();
                    for (var i = 1; i <= 5; i++)
                    {
                        repository.AddAsync(new Stock { Id = i, Symbol = "S" + i }).GetAwaiter().GetResult();
                    }

                    var page = repository.GetAllAsync(new PaginationFilter { PageNumber = 2, PageSize = 2 }).GetAwaiter().GetResult();
                    Is(2, page.Count, "the second page of two");
                    Is(3, page[0].Id, "in key order, from the third");
                    Is(4, page[1].Id, "then the fourth");
                    Is(5, repository.GetAllAsync(new PaginationFilter { PageNumber = 1, PageSize = 80 }).GetAwaiter().GetResult().Count, "the clamp is the type's own");
                }
            }
            """);
    }

    private const string Suppliers = Sources.Usings + """
        namespace V;

        public class Supplier
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public int ProductQuantity { get; set; }
        }

        [InMemoryFake]
        public interface ISupplierRepository
        {
            Supplier? GetSupplierById(int id);
            void CreateSupplier(Supplier supplier);
            IEnumerable<Supplier> GetSuppliersWithMinProductQuantity(int minQuantity);
            IEnumerable<Supplier> GetByProductQuantity(int minQuantity);
            IEnumerable<Supplier> FindByProductQuantity(int quantityMax);
        }
        """;

    [Fact]
    public void A_bound_of_the_last_word_of_a_property_is_refused_as_a_bound_not_as_a_value_compared_equal()
    {
        var run = GeneratorHarness.Run(Suppliers);
        Assertions.NeverFailed(run);
        Assert.Equal(
            "'GetSuppliersWithMinProductQuantity' of ISupplierRepository matches no entity repository convention: parameter 'minQuantity' names neither the key (Id) nor a property of Supplier: "
            + "named as a lower bound ('Min') of quantity, it is read as at least a property named Quantity, which Supplier does not have (its properties of its type with that word: ProductQuantity), "
            + "so it is neither a bound nor a value compared equal; name it after the property it bounds (minProductQuantity), or write the member. "
            + "Implement it in the partial class InMemorySupplierRepository, where its Store property reaches the fake's table in one line: "
            + "Store.Call(nameof(GetSuppliersWithMinProductQuantity), minQuantity) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "GetSuppliersWithMinProductQuantity"));

        // In a derived query's equality, the shortened bound contradicts the equality as the property's full name does
        // (before, both compared ProductQuantity equal with the bound).
        Assert.Equal(new[] { "IMF0001 GetSuppliersWithMinProductQuantity", "IMF0018 FindByProductQuantity", "IMF0018 GetByProductQuantity" }, Refusals.Listed(run));
        Assert.Contains(
            "'GetByProductQuantity' of ISupplierRepository: parameter 'minQuantity' is bound by its place to the name's equality on ProductQuantity, but 'min' in its name says a lower end of a range of ProductQuantity, "
            + "which the name does not state (whether that end is included is the real query's choice); name the comparison (ProductQuantityGreaterThanEqual, ",
            Message(run, "IMF0018", "GetByProductQuantity"), StringComparison.Ordinal);
        Assert.Contains(
            "parameter 'quantityMax' is bound by its place to the name's equality on ProductQuantity, but 'Max' in its name says an upper end of a range of ProductQuantity",
            Message(run, "IMF0018", "FindByProductQuantity"), StringComparison.Ordinal);
    }

    [Fact]
    public void Named_after_the_property_it_bounds_the_same_listing_keeps_the_rows_at_least_the_bound()
    {
        var run = GeneratorHarness.Run(Refusals.Without(Suppliers,
                "    IEnumerable<Supplier> GetByProductQuantity(int minQuantity);",
                "    IEnumerable<Supplier> FindByProductQuantity(int quantityMax);")
            .Replace("GetSuppliersWithMinProductQuantity(int minQuantity)", "GetSuppliersWithMinProductQuantity(int minProductQuantity)", StringComparison.Ordinal));
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ISupplierRepository repository = new InMemorySupplierRepository();
                    repository.CreateSupplier(new Supplier { Id = 1, Name = "a", ProductQuantity = 4 });
                    repository.CreateSupplier(new Supplier { Id = 2, Name = "b", ProductQuantity = 5 });
                    repository.CreateSupplier(new Supplier { Id = 3, Name = "c", ProductQuantity = 9 });
                    var found = new List<int>();
                    foreach (var supplier in repository.GetSuppliersWithMinProductQuantity(5))
                    {
                        found.Add(supplier.Id);
                    }

                    Is("2,3", string.Join(",", found), "at least the bound, the bound included");
                }
            }
            """);
    }

    [Fact]
    public void A_bound_parameter_naming_a_property_of_its_own_or_none_keeps_its_old_reading_and_message()
    {
        const string Source = Sources.Usings + """
            namespace V;

            public class Supplier
            {
                public int Id { get; set; }
                public int ProductQuantity { get; set; }
                public int Quantity { get; set; }
            }

            [InMemoryFake]
            public interface ISupplierRepository
            {
                void Add(Supplier supplier);
                IEnumerable<Supplier> GetSuppliers(int minQuantity);
                IEnumerable<Supplier> GetAll(int maxResults);
            }
            """;
        Refusals.Exactly(GeneratorHarness.Run(Source),
            ("GetAll", "parameter 'maxResults' names neither the key (Id) nor a property of Supplier (its properties of its type, int: ProductQuantity, Quantity); name it after the property it is compared equal with"));
        var run = GeneratorHarness.Run(Refusals.Without(Source, "    IEnumerable<Supplier> GetAll(int maxResults);"));
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var repository = new InMemorySupplierRepository();
                    repository.Add(new Supplier { Id = 1, ProductQuantity = 9, Quantity = 1 });
                    repository.Add(new Supplier { Id = 2, ProductQuantity = 1, Quantity = 9 });
                    var found = new List<int>();
                    foreach (var supplier in repository.GetSuppliers(5))
                    {
                        found.Add(supplier.Id);
                    }

                    Is("2", string.Join(",", found), "minQuantity bounds Quantity, its own property");
                }
            }
            """);
    }

    private static string Message(GeneratorRun run, string id, string member)
        => run.GeneratorDiagnostics.Single(d => d.Id == id && Refusals.PointedAt(d) == member).GetMessage(CultureInfo.InvariantCulture);
}
