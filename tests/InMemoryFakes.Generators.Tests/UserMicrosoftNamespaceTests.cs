using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-ns39 (session 39): a user's namespace under <c>Microsoft</c> is the user's, not the framework's. The generator took
/// every type whose root namespace is <c>Microsoft</c> for a framework type, so eShopOnWeb's own <c>Microsoft.eShopWeb</c>
/// entities had "no JSON shape" (IMF0021), its values were no stored shape and its paged lists and request objects were
/// the framework's. A type is now the framework's by where it comes from (Parsing/FrameworkTypes.cs): under <c>System</c>,
/// from a strong-named framework assembly, or declared under a product namespace whose types the conventions name (a
/// stand-in). Each case here generates in <c>Microsoft.Contoso.Store</c> exactly what it generates in <c>Contoso.Store</c>.
/// </summary>
public class UserMicrosoftNamespaceTests
{
    private const string Own = "Contoso.Store";
    private const string Company = "Microsoft.Contoso.Store";

    private static string In(string space, string body) => Sources.Usings + "namespace " + space + ";\n" + body;

    /// <summary>Every diagnostic as "id member line: message", the namespace written as N, ordered.</summary>
    private static string[] Normalized(GeneratorRun run, string space)
        => run.GeneratorDiagnostics
            .Select(d => d.Id + " " + Refusals.PointedAt(d) + " " + d.Location.GetLineSpan().StartLinePosition.Line.ToString(CultureInfo.InvariantCulture) + ": "
                + d.GetMessage(CultureInfo.InvariantCulture).Replace(space + ".", "N.", StringComparison.Ordinal))
            .OrderBy(static s => s, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Every generated source by hint name, the namespace written as N.</summary>
    private static SortedDictionary<string, string> Generated(GeneratorRun run, string space)
    {
        string Back(string s) => s.Replace(space, "N", StringComparison.Ordinal).Replace(space.Replace('.', '_'), "N", StringComparison.Ordinal);
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, text) in run.Sources)
        {
            sources[Back(name)] = Back(text);
        }

        return sources;
    }

    /// <summary>Runs <paramref name="body"/> in both namespaces; asserts the same diagnostics and sources; returns the run under Microsoft.</summary>
    private static GeneratorRun Same(string body, params string[] more)
    {
        var own = GeneratorHarness.Run(new[] { In(Own, body) }.Concat(more.Select(m => m.Replace("{ns}", Own, StringComparison.Ordinal))).ToArray());
        var company = GeneratorHarness.Run(new[] { In(Company, body) }.Concat(more.Select(m => m.Replace("{ns}", Company, StringComparison.Ordinal))).ToArray());
        Assert.Equal(Normalized(own, Own), Normalized(company, Company));
        var (a, b) = (Generated(own, Own), Generated(company, Company));
        Assert.Equal(a.Keys, b.Keys);
        foreach (var name in a.Keys)
        {
            Assert.True(string.Equals(a[name], b[name], StringComparison.Ordinal), name + " differs in " + Company + ":\n" + FirstDifference(a[name], b[name]));
        }

        return company;
    }

    private static string FirstDifference(string a, string b)
    {
        var (x, y) = (a.Split('\n'), b.Split('\n'));
        for (var i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            var (l, r) = (i < x.Length ? x[i] : "(end)", i < y.Length ? y[i] : "(end)");
            if (!string.Equals(l, r, StringComparison.Ordinal))
            {
                return "line " + (i + 1).ToString(CultureInfo.InvariantCulture) + ": «" + l.Trim() + "» / «" + r.Trim() + "»";
            }
        }

        return "";
    }

    private const string CheckUsings = Sources.Usings + """
        using Microsoft.Contoso.Store;
        using static Behaviour.Expect;

        namespace Behaviour;

        public static class Checks
        {
            public static void Run()
            {

        """;

    private const string Orders = """

        public class Address
        {
            public string City { get; set; } = "";
        }

        public class OrderLine
        {
            public string Product { get; set; } = "";
            public int Quantity { get; set; }
        }

        public class Order
        {
            public int Id { get; set; }
            public string Customer { get; set; } = "";
            public Address ShipTo { get; set; } = new();
            public List<OrderLine> Lines { get; set; } = new();
        }

        [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
        public interface IOrderRepository
        {
            Task<Order?> GetByIdAsync(int id, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<Order>> ListAsync(CancellationToken cancellationToken = default);
            Task AddAsync(Order order, CancellationToken cancellationToken = default);
            Task UpdateAsync(Order order, CancellationToken cancellationToken = default);
            Task DeleteAsync(Order order, CancellationToken cancellationToken = default);
        }
        """;

    [Fact]
    public void An_entity_with_nested_types_of_its_own_is_a_complete_fake_that_copies_them_under_Microsoft()
    {
        var run = Same(Orders);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, CheckUsings + """
                    IOrderRepository orders = new InMemoryOrderRepository();
                    orders.AddAsync(new Order { Id = 1, Customer = "ann", ShipTo = new Address { City = "Oslo" }, Lines = { new OrderLine { Product = "tea", Quantity = 2 } } }).Wait();
                    var read = orders.GetByIdAsync(1).Result!;
                    read.ShipTo.City = "Rome";
                    read.Lines[0].Quantity = 9;
                    var again = orders.GetByIdAsync(1).Result!;
                    Is("Oslo", again.ShipTo.City, "the stored address is a copy: a change to the read one is not stored");
                    Is(2, again.Lines[0].Quantity, "the stored lines are copies too");
                    orders.DeleteAsync(again).Wait();
                    Is(0, orders.ListAsync().Result.Count, "the removal by entity deletes the row");
                }
            }
            """);
    }

    private const string Preferences = """

        public class Theme
        {
            public string Name { get; set; } = "";
        }

        public class Preferences
        {
            public string Language { get; set; } = "";
            public Theme Theme { get; set; } = new();
            public List<string> Pinned { get; set; } = new();
        }

        [InMemoryFake]
        public interface IPreferencesStore
        {
            Task<Preferences?> GetAsync(string userId);
            Task SetAsync(string userId, Preferences preferences);
            Task RemoveAsync(string userId);
        }
        """;

    [Fact]
    public void A_key_value_store_of_a_value_of_its_own_is_the_same_under_Microsoft()
    {
        var run = Same(Preferences);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, CheckUsings + """
                    IPreferencesStore store = new InMemoryPreferencesStore();
                    store.SetAsync("ann", new Preferences { Language = "nb", Theme = new Theme { Name = "dark" }, Pinned = { "home" } }).Wait();
                    var read = store.GetAsync("ann").Result!;
                    read.Theme.Name = "light";
                    Is("dark", store.GetAsync("ann").Result!.Theme.Name, "the stored value is a copy");
                    store.RemoveAsync("ann").Wait();
                    Is(null, store.GetAsync("ann").Result, "the removal deletes the entry");
                }
            }
            """);
    }

    private const string JsonValues = """

        public record Money(decimal Amount, string Currency);

        public sealed class Basket
        {
            public string Id { get; set; } = "";
            public Money Total { get; set; } = new(0, "EUR");
            public Dictionary<string, Money> Prices { get; set; } = new();
        }

        [InMemoryFake]
        public interface IBasketCache
        {
            Basket? Get(string key);
            void Set(string key, Basket value, TimeSpan? ttl = null);
            bool Remove(string key);
        }
        """;

    [Fact]
    public void A_value_copied_by_its_JSON_shape_has_that_shape_under_Microsoft_and_no_IMF0021()
    {
        var run = Same(JsonValues);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0021");
        Assertions.Clean(run);
        BehaviourCheck.Run(run, CheckUsings + """
                    IBasketCache cache = new InMemoryBasketCache();
                    cache.Set("b1", new Basket { Id = "b1", Total = new Money(3, "EUR"), Prices = { ["tea"] = new Money(3, "EUR") } });
                    var read = cache.Get("b1")!;
                    read.Prices["tea"] = new Money(99, "USD");
                    Is(3m, cache.Get("b1")!.Prices["tea"].Amount, "the stored dictionary is a copy");
                    Is(true, cache.Remove("b1"), "the removal finds the entry");
                }
            }
            """);
    }

    private const string PagedAndRequests = """

        public class Product
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public decimal Price { get; set; }
        }

        public class PagedList<T> : List<T>
        {
            public PagedList(IEnumerable<T> items, int totalCount, int pageNumber, int pageSize)
            {
                AddRange(items);
                TotalCount = totalCount;
                PageNumber = pageNumber;
                PageSize = pageSize;
            }

            public int TotalCount { get; set; }
            public int PageNumber { get; set; }
            public int PageSize { get; set; }
        }

        public class RenameProductRequest
        {
            public string Name { get; set; } = "";
            public decimal Price { get; set; }
        }

        [InMemoryFake]
        public interface IProductRepository
        {
            Task<Product?> GetByIdAsync(int id);
            Task<PagedList<Product>> GetPagedAsync(int pageNumber, int pageSize);
            Task AddAsync(Product product);
            Task UpdateAsync(int id, RenameProductRequest request);
        }
        """;

    [Fact]
    public void A_paged_list_and_a_request_object_of_the_user_s_own_are_read_the_same_under_Microsoft()
    {
        var run = Same(PagedAndRequests);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, CheckUsings + """
                    IProductRepository products = new InMemoryProductRepository();
                    for (var i = 1; i <= 5; i++)
                    {
                        products.AddAsync(new Product { Id = i, Name = "p" + i, Price = i }).Wait();
                    }

                    var page = products.GetPagedAsync(2, 2).Result;
                    Is(5, page.TotalCount, "the page's total counts every product");
                    Is(2, page.Count, "the page holds two products");
                    products.UpdateAsync(3, new RenameProductRequest { Name = "three", Price = 30 }).Wait();
                    Is("three", products.GetByIdAsync(3).Result!.Name, "the request's name is copied onto the stored product");
                    Is(30m, products.GetByIdAsync(3).Result!.Price, "and its price");
                }
            }
            """);
    }

    [Fact]
    public void A_filter_object_in_a_namespace_that_only_starts_with_the_letters_System_is_a_filter_object()
    {
        // QueryBinder took every namespace whose name starts with "System" for the BCL's: SystemsLtd's filter was "no filter object".
        const string Body = """

            public class Ticket
            {
                public int Id { get; set; }
                public string? Queue { get; set; }
                public string? Owner { get; set; }
            }

            public class TicketFilter
            {
                public string? Queue { get; set; }
                public string? Owner { get; set; }
            }

            [InMemoryFake]
            public interface ITicketRepository
            {
                void Add(Ticket ticket);
                IReadOnlyList<Ticket> Find(TicketFilter filter);
            }
            """;
        var own = GeneratorHarness.Run(In("Helpdesk.Tickets", Body));
        var systems = GeneratorHarness.Run(In("SystemsLtd.Tickets", Body));
        Assert.Equal(Normalized(own, "Helpdesk.Tickets"), Normalized(systems, "SystemsLtd.Tickets"));
        Assertions.Clean(systems);
    }

    [Fact]
    public void A_stand_in_with_the_framework_s_full_name_is_still_the_framework_s()
    {
        // A product namespace the conventions name (Microsoft.AspNetCore.*) declared in source is the product's stand-in: its
        // IPersistentComponentStateStore keeps the framework's documented meaning (a whole-state replace), and a value type of
        // Microsoft.AspNetCore.Identity is the framework's (no stored shape).
        var run = GeneratorHarness.Run(
            Sources.Usings
            + "namespace Microsoft.AspNetCore.Components { public interface IPersistentComponentStateStore { Task<IDictionary<string, byte[]>> GetPersistedStateAsync(); Task PersistStateAsync(IReadOnlyDictionary<string, byte[]> state); } }\n"
            + "namespace Microsoft.Contoso.Store { [InMemoryFake(typeof(Microsoft.AspNetCore.Components.IPersistentComponentStateStore))] public partial class StateStoreFake; }");
        Assertions.Clean(run);
        Assert.Contains("KeyValueTableOperations.ReplaceAll(__entries, state, nameof(state));", string.Join("\n", run.Sources.Select(static s => s.Value)), StringComparison.Ordinal);

        // The same interface declared as the user's own under Microsoft.Contoso is the user's: refused as it is in Contoso.
        var own = Same("[InMemoryFake] public interface IPersistentComponentStateStore { Task<IDictionary<string, byte[]>> GetPersistedStateAsync(); Task PersistStateAsync(IReadOnlyDictionary<string, byte[]> state); }");
        Assert.Contains(own.GeneratorDiagnostics, static d => d.Id == "IMF0001" && Refusals.PointedAt(d) == "PersistStateAsync");
    }

    // A test project faking a repository of its app's referenced Microsoft.Contoso.Domain, whose unit of work is declared
    // in the referenced Microsoft.Contoso.Application: the search of the app's assemblies skipped every root under
    // "Microsoft" and every assembly named "Microsoft.*", so the writes were stored at once without a word.
    private const string Domain = Sources.Usings + """
        namespace {ns}.Domain
        {
            public class Order
            {
                public int Id { get; set; }
                public string Customer { get; set; } = "";
            }

            public interface IOrderRepository
            {
                Task<Order?> GetByIdAsync(int id);
                void Add(Order order);
            }
        }
        """;

    private const string Application = Sources.Usings + """
        namespace {ns}.Application.Interfaces
        {
            public interface IUnitOfWork
            {
                Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
            }
        }
        """;

    private const string Tests = Sources.Usings + """
        namespace {ns}.Tests.Fakes
        {
            [InMemoryFake(typeof({ns}.Domain.IOrderRepository))]
            public partial class OrderRepositoryFake;
        }
        """;

    private static MetadataReference Build(string name, string source, params MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: name + ".cs") },
            GeneratorHarness.References.AddRange(references),
            GeneratorHarness.CompilationOptions);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray(), filePath: "/src/" + name + "/bin/Release/net10.0/" + name + ".dll");
    }

    private static string UnitOfWorkMessage(string root, string testAssembly)
    {
        string At(string s) => s.Replace("{ns}", root, StringComparison.Ordinal);
        var domain = Build(At("{ns}.Domain"), At(Domain));
        var application = Build(At("{ns}.Application"), At(Application));
        var run = GeneratorHarness.Run(CSharpCompilation.Create(
            At(testAssembly),
            new[] { CSharpSyntaxTree.ParseText(At(Tests), GeneratorHarness.ParseOptions, path: "Tests.cs", cancellationToken: TestContext.Current.CancellationToken) },
            GeneratorHarness.References.AddRange(new[] { domain, application }),
            GeneratorHarness.CompilationOptions));
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0027", d.Id);
        // The app's root is the first segment where an assembly is named by it (Contoso, Microsoft: a company's root either way).
        return Regex.Replace(d.GetMessage(CultureInfo.InvariantCulture).Replace(root, "N", StringComparison.Ordinal), @"root namespace [A-Za-z.]+\)", "root namespace R)");
    }

    [Theory]
    [InlineData("{ns}.Tests")]
    [InlineData("UnitTests")]
    public void A_unit_of_work_in_a_referenced_project_of_an_app_under_Microsoft_is_found_as_in_any_app(string testAssembly)
    {
        var message = UnitOfWorkMessage(Company, testAssembly);
        Assert.Equal(UnitOfWorkMessage(Own, testAssembly), message);
        Assert.Contains("N.Application.Interfaces.IUnitOfWork (in the referenced assembly N.Application) holds only saves", message, StringComparison.Ordinal);
    }
}
