using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A paged result whose total is named <c>TotalItemCount</c> (EntityAxis' <c>PagedResult&lt;T&gt;(List&lt;T&gt; items, int
/// totalItemCount, int pageNumber, int pageSize)</c>) or <c>TotalRecords</c>: IMF0019 on session 25's first try ("holds nothing
/// a page of the listing has"), filled with the listing's total now, as <c>TotalCount</c> is.
/// </summary>
public class PagedResultTotalNameTests
{
    [Theory]
    [InlineData("totalItemCount", "TotalItemCount")]
    [InlineData("totalRecords", "TotalRecords")]
    public void The_total_of_the_listing_fills_a_member_named_for_it(string parameter, string property)
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Linq;

            namespace V;

            public class Customer { public Guid Id { get; set; } public string Name { get; set; } = ""; }

            public class PagedResult<T>
            {
                public PagedResult(List<T> items, int PARAM, int pageNumber, int pageSize) { Items = items; PROP = PARAM; PageNumber = pageNumber; PageSize = pageSize; }
                public List<T> Items { get; }
                public int PROP { get; }
                public int PageNumber { get; }
                public int PageSize { get; }
                public int TotalPages => (int)Math.Ceiling((double)PROP / PageSize);
            }

            [InMemoryFake]
            public interface ICustomerQueries
            {
                Task AddAsync(Customer customer);
                Task<PagedResult<Customer>> GetPagedAsync(int page, int pageSize, CancellationToken cancellationToken = default);
            }
            """.Replace("PARAM", parameter, System.StringComparison.Ordinal).Replace("PROP", property, System.StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICustomerQueries queries = new InMemoryCustomerQueries();
                    for (var i = 0; i < 5; i++)
                    {
                        queries.AddAsync(new Customer { Id = Guid.NewGuid(), Name = "c" + i }).GetAwaiter().GetResult();
                    }

                    var page = queries.GetPagedAsync(2, 2).GetAwaiter().GetResult();
                    Is(2, page.Items.Count, "two on page 2");
                    Is(5, page.PROP, "the listing's total");
                    Is(2, page.PageNumber, "the 1-based page");
                    Is(3, page.TotalPages, "computed by the type from the total");
                    Throws<ArgumentOutOfRangeException>(() => queries.GetPagedAsync(0, 2).GetAwaiter().GetResult(), "page", "page 0 of a 1-based listing");
                }
            }
            """.Replace("PROP", property, System.StringComparison.Ordinal));
    }
}
