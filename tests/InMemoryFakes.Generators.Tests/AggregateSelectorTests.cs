using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-agg40 (session 40): aggregates over a selector. Sitko.Core's <c>SumAsync(Expression&lt;Func&lt;TEntity, int&gt;&gt; selector)</c>
/// (ten overloads over int/long/double/float/decimal and their nullables), Tharga.MongoDB's <c>SumAsync(field, predicate = null)</c>,
/// <c>AvgAsync</c>, <c>MinAsync&lt;TField&gt;</c>, <c>MaxAsync&lt;TField&gt;</c> were "not a known verb". Sum, Average/Avg, Min and
/// Max with one selector over the entity and optionally one predicate now run LINQ to objects' operator over the rows the
/// predicate keeps: a sum of no rows is 0 and skips nulls (EF Core's <c>COALESCE(SUM(…), 0)</c>), checked; an average, minimum
/// or maximum of no rows throws <c>InvalidOperationException</c> for a non-nullable result (EF Core's "Sequence contains no
/// elements") and is null for a nullable one. The result must be LINQ's for the selector's type; a selector the fake cannot
/// run and parameters beside the two are refused with that cause (docs/generator.md, Aggregates over a selector).
/// </summary>
public class AggregateSelectorTests
{
    private const string Shop = Sources.Usings + """
        using System.Linq.Expressions;
        namespace Shop;
        public class Product
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public int Quantity { get; set; }
            public long Views { get; set; }
            public decimal Price { get; set; }
            public double Weight { get; set; }
            public float Rating { get; set; }
            public int? Stock { get; set; }
            public decimal? Discount { get; set; }
            public DateTime AddedAt { get; set; }
        }

        """;

    private const string Products = Shop + """
        [InMemoryFake]
        public interface IProducts
        {
            void Add(Product product);
            bool Delete(int id);
            Task<int> SumAsync(Expression<Func<Product, int>> selector, CancellationToken cancellationToken = default);
            Task<long> SumAsync(Expression<Func<Product, long>> selector, CancellationToken cancellationToken = default);
            Task<decimal> SumAsync(Expression<Func<Product, decimal>> selector, Expression<Func<Product, bool>>? predicate = null, CancellationToken cancellationToken = default);
            double Sum(Func<Product, double> selector);
            float Sum(Func<Product, float> selector);
            Task<int?> SumAsync(Expression<Func<Product, int?>> selector, CancellationToken cancellationToken = default);
            decimal? Sum(Func<Product, decimal?> selector, Func<Product, bool> predicate);
            double Average(Expression<Func<Product, int>> selector);
            Task<decimal> AvgAsync(Expression<Func<Product, decimal>> field, Expression<Func<Product, bool>>? predicate = null);
            decimal? Avg(Func<Product, decimal?> selector);
            ValueTask<decimal> MinAsync(Expression<Func<Product, decimal>> selector);
            DateTime Max(Func<Product, DateTime> selector, Func<Product, bool>? predicate = null);
            int? Max(Func<Product, int?> selector);
            string Min(Func<Product, string> selector);
            Task<TField> MinAsync<TField>(Expression<Func<Product, TField>> field, Expression<Func<Product, bool>>? predicate = null, CancellationToken cancellationToken = default);
            Task<TField> MaxAsync<TField>(Expression<Func<Product, TField>> field, Expression<Func<Product, bool>>? predicate = null, CancellationToken cancellationToken = default);
        }

        """;

    [Fact]
    public void Sums_add_the_selected_values_of_every_row_or_of_the_matches_and_are_0_over_no_rows()
    {
        var run = GeneratorHarness.Run(Products);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, """
            using System;
            using Shop;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var products = new InMemoryProducts();
                    Is(0, products.SumAsync(p => p.Quantity).GetAwaiter().GetResult(), "a sum over no rows is 0 (EF Core's COALESCE(SUM(...), 0), LINQ's Sum)");
                    Is(0, products.SumAsync(p => p.Stock).GetAwaiter().GetResult(), "a nullable sum over no rows is 0 too, not null");
                    Is(0m, products.SumAsync(p => p.Price).GetAwaiter().GetResult(), "a decimal sum over no rows is 0");

                    products.Add(new Product { Id = 1, Name = "a", Quantity = 2, Views = 10, Price = 1.5m, Weight = 0.5, Rating = 1f, Stock = 4, Discount = 1m });
                    products.Add(new Product { Id = 2, Name = "b", Quantity = 3, Views = 20, Price = 2.25m, Weight = 1.5, Rating = 2f, Stock = null, Discount = null });
                    products.Add(new Product { Id = 3, Name = "c", Quantity = 5, Views = 30, Price = 10m, Weight = 2, Rating = 3f, Stock = 6, Discount = 2m });

                    Is(10, products.SumAsync(p => p.Quantity).GetAwaiter().GetResult(), "SumAsync adds the selected int of every row");
                    Is(60L, products.SumAsync(p => p.Views).GetAwaiter().GetResult(), "the long overload adds longs");
                    Is(13.75m, products.SumAsync(p => p.Price).GetAwaiter().GetResult(), "a null predicate defaulted to null keeps every row");
                    Is(12.25m, products.SumAsync(p => p.Price, p => p.Quantity > 2).GetAwaiter().GetResult(), "a predicate keeps its matches only");
                    Is(0m, products.SumAsync(p => p.Price, p => p.Quantity > 100).GetAwaiter().GetResult(), "a predicate no row matches sums to 0");
                    Is(4.0, products.Sum((Func<Product, double>)(p => p.Weight)), "a Func selector is run as it is");
                    Is(6f, products.Sum((Func<Product, float>)(p => p.Rating)), "float sums");
                    Is(10, products.SumAsync(p => p.Stock).GetAwaiter().GetResult(), "a nullable sum skips nulls");
                    Is(2m, products.Sum(p => p.Discount, p => p.Id > 1), "a nullable sum with a predicate");

                    products.Delete(3);
                    Is(5, products.SumAsync(p => p.Quantity).GetAwaiter().GetResult(), "a removed row leaves the sum");
                }
            }
            """);
    }

    [Fact]
    public void A_sum_that_overflows_throws_as_checked_LINQ_does_and_a_null_argument_is_refused()
    {
        var run = GeneratorHarness.Run(Products);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, """
            using System;
            using Shop;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var products = new InMemoryProducts();
                    products.Add(new Product { Id = 1, Quantity = int.MaxValue });
                    products.Add(new Product { Id = 2, Quantity = 1 });
                    Throws<OverflowException>(() => products.SumAsync(p => p.Quantity).GetAwaiter().GetResult(), null, "an int sum past int.MaxValue overflows (checked, as LINQ's Sum; SQL Server and SQLite fail the query too)");
                    Throws<ArgumentNullException>(() => products.SumAsync((System.Linq.Expressions.Expression<Func<Product, int>>)null!).GetAwaiter().GetResult(), "selector", "a null selector");
                    Throws<ArgumentNullException>(() => products.Sum(p => p.Discount, null!), "predicate", "a predicate that is not nullable and has no default is required");
                }
            }
            """);
    }

    [Fact]
    public void Averages_and_minimums_and_maximums_throw_over_no_rows_unless_their_result_is_nullable()
    {
        var run = GeneratorHarness.Run(Products);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, """
            using System;
            using Shop;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var products = new InMemoryProducts();
                    Throws<InvalidOperationException>(() => products.Average(p => p.Quantity), null, "an average of no rows throws (EF Core: Sequence contains no elements)");
                    Throws<InvalidOperationException>(() => products.AvgAsync(p => p.Price).GetAwaiter().GetResult(), null, "a decimal average too");
                    Throws<InvalidOperationException>(() => products.MinAsync(p => p.Price).GetAwaiter().GetResult(), null, "a minimum of no rows throws");
                    Throws<InvalidOperationException>(() => products.Max(p => p.AddedAt), null, "a maximum of no rows throws");
                    Throws<InvalidOperationException>(() => products.MaxAsync(p => p.Quantity).GetAwaiter().GetResult(), null, "a generic maximum of a value type over no rows throws");
                    Is(null, products.Avg(p => p.Discount), "a nullable average of no rows is null");
                    Is(null, products.Max(p => p.Stock), "a nullable maximum of no rows is null");
                    Is(null, products.MinAsync(p => p.Name).GetAwaiter().GetResult(), "a generic minimum of a reference type over no rows is null");

                    var day = new DateTime(2026, 12, 7);
                    products.Add(new Product { Id = 1, Name = "pear", Quantity = 2, Price = 1.5m, Stock = 4, Discount = 1m, AddedAt = day });
                    products.Add(new Product { Id = 2, Name = "apple", Quantity = 3, Price = 2.5m, Stock = null, Discount = null, AddedAt = day.AddDays(2) });
                    products.Add(new Product { Id = 3, Name = "fig", Quantity = 5, Price = 11m, Stock = 6, Discount = 4m, AddedAt = day.AddDays(1) });

                    Is(10.0 / 3, products.Average(p => p.Quantity), "the average of ints is a double");
                    Is(5m, products.AvgAsync(p => p.Price).GetAwaiter().GetResult(), "AvgAsync averages every row");
                    Is(2m, products.AvgAsync(p => p.Price, p => p.Id < 3).GetAwaiter().GetResult(), "or the matches");
                    Is(2.5m, products.Avg(p => p.Discount), "a nullable average skips nulls");
                    Is(1.5m, products.MinAsync(p => p.Price).GetAwaiter().GetResult(), "MinAsync is the least value");
                    Is(day.AddDays(2), products.Max(p => p.AddedAt), "Max is the greatest");
                    Is(day.AddDays(1), products.Max(p => p.AddedAt, p => p.Id != 2), "of the matches");
                    Is(6, products.Max(p => p.Stock), "a nullable maximum skips nulls");
                    Is("apple", products.Min(p => p.Name), "the least text");
                    Is("apple", products.MinAsync(p => p.Name).GetAwaiter().GetResult(), "a generic minimum of text");
                    products.Add(new Product { Id = 4, Name = "Zucchini", Quantity = 1, Price = 3m, AddedAt = day });
                    Is("Zucchini", products.Min(p => p.Name), "text is ordered ordinal, as the fake sorts it (SQLite's BINARY order): capitals first, where the culture's order puts 'apple' first");
                    Is("Zucchini", products.MinAsync(p => p.Name).GetAwaiter().GetResult(), "a generic minimum of text is ordinal too");
                    Is("pear", products.MaxAsync(p => p.Name).GetAwaiter().GetResult(), "and a generic maximum");
                    Is(5, products.MaxAsync(p => p.Quantity).GetAwaiter().GetResult(), "a generic maximum");
                    Is(2, products.MinAsync(p => p.Quantity, p => p.Id < 3).GetAwaiter().GetResult(), "a generic minimum of the matches");
                    Throws<InvalidOperationException>(() => products.MaxAsync(p => p.Quantity, p => p.Id > 10).GetAwaiter().GetResult(), null, "a predicate no row matches is no rows");
                }
            }
            """);
    }

    [Fact]
    public void An_average_minimum_or_maximum_that_cannot_be_null_says_it_throws_over_no_rows()
    {
        // Tharga.MongoDB's AvgAsync/MinAsync/MaxAsync answer 0 or default over no rows (FirstOrDefaultAsync of their $group):
        // IMF0031 on each member whose result cannot be null; none on sums, nullable results and text.
        var run = GeneratorHarness.Run(Products);
        Assertions.Clean(run);
        var reported = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0031").Select(Refusals.PointedAt).OrderBy(static m => m, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Average", "AvgAsync", "Max", "MaxAsync", "MinAsync", "MinAsync" }, reported);
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0031"), static d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0031" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("IProducts.MaxAsync throws InvalidOperationException (Sequence contains no elements) when no Product row is aggregated, as LINQ's Max and EF Core's translation of it do for a result that cannot be null; a store that reads the aggregate with FirstOrDefault answers default instead", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_result_that_is_not_what_LINQ_gives_for_the_selector_is_refused_naming_the_mismatch()
    {
        var run = GeneratorHarness.Run(Shop + """
            [InMemoryFake]
            public interface IProductTotals
            {
                void Add(Product product);
                Product? Get(int id);
                Task<int> SumAsync(Expression<Func<Product, decimal>> selector);
                int Average(Func<Product, int> selector);
                long Sum(Func<Product, int> selector);
                int Max(Func<Product, int?> selector);
            }
            """);

        Refusals.Exactly(run,
            ("SumAsync", "it returns int, but the sum of its selector 'selector' (decimal values) is decimal, as LINQ's and EF Core's Sum give it; declare the result decimal, or write the member"),
            ("Average", "it returns int, but the average of its selector 'selector' (int values) is double, as LINQ's and EF Core's Average give it; declare the result double, or write the member"),
            ("Sum", "it returns long, but the sum of its selector 'selector' (int values) is int, as LINQ's and EF Core's Sum give it; declare the result int, or write the member"),
            ("Max", "it returns int, but the maximum of its selector 'selector' (int? values) is int?, as LINQ's and EF Core's Max give it; declare the result int?, or write the member"));
    }

    [Fact]
    public void A_selector_the_fake_cannot_run_or_values_it_cannot_aggregate_are_refused_with_the_cause()
    {
        var run = GeneratorHarness.Run(Shop + """
            public class Address { public string City { get; set; } = ""; }
            public class Order { public int Id { get; set; } public DateTime At { get; set; } public Address Shipping { get; set; } = new(); public decimal Total { get; set; } }

            [InMemoryFake]
            public interface IOrderTotals
            {
                void Add(Order order);
                Order? Get(int id);
                decimal Sum(string field);
                Task<DateTime> SumAsync(Expression<Func<Order, DateTime>> selector);
                Address Max(Func<Order, Address> selector);
                Task<TField> AverageAsync<TField>(Expression<Func<Order, TField>> field);
                decimal Avg();
                decimal Min(Func<Order, decimal> selector, Func<Order, decimal> other);
                decimal Maximum(Func<Order, decimal> selector, Func<Order, bool> predicate, Func<Order, bool> other);
                void Average(Func<Order, decimal> selector);
            }
            """);

        Refusals.Exactly(run,
            ("Sum", "'Sum' aggregates the value its parameter 'field' names as text (a property name or a field path), which the fake does not resolve: it runs a selector over Order (Expression<Func<Order, TValue>> or Func<Order, TValue>)"),
            ("SumAsync", "its selector 'selector' selects DateTime values, and LINQ's and EF Core's Sum adds int, long, float, double or decimal values (or their nullables) only"),
            ("Max", "its selector 'selector' selects Address values, which have no order (Address is neither a number, a date, text nor IComparable), so LINQ's Max has none to take"),
            ("AverageAsync", "its selector 'field' selects TField values, and LINQ's and EF Core's Average averages int, long, float, double or decimal values (or their nullables) only"),
            ("Avg", "'Avg' is an aggregate, read over one selector of Order (Avg(Expression<Func<Order, TValue>> selector), optionally with one predicate), and it takes none, so what it aggregates is not said"),
            ("Min", "it takes two selectors ('selector' and 'other'), so which value it aggregates is not said"),
            ("Maximum", "it takes two predicates ('predicate' and 'other'), so which rows it aggregates is not said"),
            ("Average", "an aggregate returns the value it computes, and 'Average' returns nothing"));
    }

    [Fact]
    public void A_query_the_caller_configures_beside_the_selector_stays_refused_naming_the_parameter()
    {
        var run = GeneratorHarness.Run(Shop + """
            public interface IRepositoryQuery<T> { IRepositoryQuery<T> Where(Expression<Func<T, bool>> where); }

            [InMemoryFake]
            public interface IProductSums
            {
                void Add(Product product);
                Product? Get(int id);
                Task<int> SumAsync(Expression<Func<Product, int>> selector, CancellationToken cancellationToken = default);
                Task<int> SumAsync(Action<IRepositoryQuery<Product>> configureQuery, Expression<Func<Product, int>> selector, CancellationToken cancellationToken = default);
                Task<int> SumAsync(Func<IRepositoryQuery<Product>, Task> configureQuery, Expression<Func<Product, int>> selector, CancellationToken cancellationToken = default);
            }
            """);

        Assert.Equal(new[] { "IMF0001 SumAsync", "IMF0001 SumAsync" }, Refusals.Listed(run));
        var messages = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Contains(messages, static m => m.Contains("parameter 'configureQuery' (Action<IRepositoryQuery<Product>>) is neither the selector nor one predicate over Product, so which rows the aggregate reads is the store's own (a query it configures, an ordering, a page), which the fake does not run", System.StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.Contains("parameter 'configureQuery' (Func<IRepositoryQuery<Product>, Task>) is neither the selector nor one predicate over Product", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_aggregate_generic_in_the_entity_keeps_the_generic_method_refusal_its_count_has()
    {
        // Nano.Library's repository over every entity type: SumAsync<TEntity>(whereExpr, sumExpr) beside CountAsync<TEntity>.
        var run = GeneratorHarness.Run(Shop + """
            public interface IEntity { }
            public class Book : IEntity { public Guid Id { get; set; } public decimal Price { get; set; } }

            [InMemoryFake]
            public interface IBooks
            {
                void Add(Book book);
                Book? Get(Guid id);
                Task<long> CountAsync<TEntity>(Expression<Func<TEntity, bool>> expression) where TEntity : class, IEntity;
                Task<decimal> SumAsync<TEntity>(Expression<Func<TEntity, bool>> whereExpr, Expression<Func<TEntity, decimal>> sumExpr) where TEntity : class, IEntity;
                Task<decimal> AverageAsync<TEntity>(Expression<Func<TEntity, bool>> whereExpr, Expression<Func<TEntity, decimal>> avgExpr) where TEntity : class, IEntity;
            }
            """);

        const string Generic = "generic methods are supported for a specification's projection, a selector (FilterBy<TResult>(predicate, selector)) and a key of any type (GetByIdAsync<TId>(TId id)); this one's type parameters";
        Refusals.Exactly(run, ("CountAsync", Generic), ("SumAsync", Generic), ("AverageAsync", Generic));
    }
}
