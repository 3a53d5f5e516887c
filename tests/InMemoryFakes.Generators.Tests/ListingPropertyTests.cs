using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Get-only properties that list the entities (Bethany's Pie Shop, the ASP.NET Core MVC course's
/// <c>IEnumerable&lt;Pie&gt; AllPies { get; }</c> and <c>PiesOfTheWeek { get; }</c>), and the flag that names the entity
/// itself (<c>GetPiesOfTheWeek()</c> → <c>IsPieOfTheWeek</c>): docs/generator.md, "Entity repository conventions".
/// </summary>
public class ListingPropertyTests
{
    private const string PieShop = Sources.Usings + """
        namespace Shop;
        public class Category { public int CategoryId { get; set; } public string CategoryName { get; set; } = ""; }
        public class Pie { public int PieId { get; set; } public string Name { get; set; } = ""; public bool IsPieOfTheWeek { get; set; } public int CategoryId { get; set; } }

        """;

    [Fact]
    public void A_property_listing_the_entities_reads_every_row_or_the_rows_of_the_flag_its_name_names()
    {
        var run = GeneratorHarness.Run(PieShop + """
            public interface IPieRepository
            {
                IEnumerable<Pie> AllPies { get; }
                IEnumerable<Pie> PiesOfTheWeek { get; }
                IReadOnlyList<Pie> GetPiesOfTheWeek();
                Pie? GetPieById(int pieId);
            }
            [InMemoryFake(typeof(IPieRepository))] public partial class FakePieRepository { }
            public interface ICategoryRepository { IEnumerable<Category> AllCategories { get; } }
            [InMemoryFake(typeof(ICategoryRepository))] public partial class FakeCategoryRepository { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using InMemoryFakes;
            using Shop;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var pies = new FakePieRepository();
                    Fakes.Of(pies).Seed(new Pie { PieId = 1, Name = "Apple" }, new Pie { PieId = 2, Name = "Cheese cake", IsPieOfTheWeek = true });
                    Expect.Is(2, pies.AllPies.Count(), "every pie");
                    Expect.Is("Cheese cake", pies.PiesOfTheWeek.Single().Name, "the pies whose IsPieOfTheWeek is set");
                    Expect.Is("Cheese cake", pies.GetPiesOfTheWeek().Single().Name, "the method reads the same flag");
                    Fakes.Of(pies).Seed(new Pie { PieId = 3, Name = "Pumpkin", IsPieOfTheWeek = true });
                    Expect.Is(2, pies.PiesOfTheWeek.Count(), "each read sees the table as it is now");
                    var first = pies.AllPies.First(p => p.PieId == 1);
                    first.Name = "changed";
                    Expect.Is("Apple", pies.GetPieById(1)!.Name, "a listed pie is a copy, as every read is");

                    var categories = new FakeCategoryRepository();
                    Fakes.Of(categories).Seed(new Category { CategoryId = 1, CategoryName = "Fruit pies" });
                    Expect.Is("Fruit pies", categories.AllCategories.Single().CategoryName, "a store of one listing property is a repository of what it lists");
                }
            }
            """);
    }

    [Fact]
    public void A_listing_property_whose_name_names_no_flag_is_refused_with_the_names_that_work()
    {
        var run = GeneratorHarness.Run(PieShop + """
            public interface IPieRepository
            {
                IEnumerable<Pie> AllPies { get; }
                IEnumerable<Pie> CheapPies { get; }
                void AddPie(Pie pie);
            }
            [InMemoryFake(typeof(IPieRepository))] public partial class FakePieRepository { }
            """);
        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("IMF0001", refused.Id);
        Assert.StartsWith(
            "'CheapPies' of IPieRepository matches no entity repository convention: it returns IEnumerable<Pie>; a property listing Pies is read as every row when it is named AllPies or Pies, or the rows of a bool flag its name names (PiesOfTheWeek for IsPieOfTheWeek); 'CheapPies' names neither.",
            refused.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
