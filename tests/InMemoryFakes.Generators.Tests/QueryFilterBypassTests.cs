using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-leftover: a member named as reading past the store's global query filters (the Pro C# book's AutoLot <c>IRepo&lt;T&gt;</c>:
/// <c>FindIgnoreQueryFilters(id)</c> is <c>Table.IgnoreQueryFilters().FirstOrDefault(x =&gt; x.Id == id)</c>, beside
/// <c>Find(id)</c> and <c>GetAll()</c> over a context whose <c>HasQueryFilter(c =&gt; c.IsDrivable)</c> hides cars). The
/// bypassing member is the unfiltered read its name starts with; the plain reads apply a filter the signature does not
/// show, so they are refused. Before, the plain reads returned every row (silently wrong where the filter hides rows) and
/// the bypassing members were refused.
/// </summary>
public class QueryFilterBypassTests
{
    private const string Repo = Sources.Usings + "using System.Linq;\n" + """
        namespace Qf;

        public class Car { public int Id { get; set; } public string PetName { get; set; } = ""; public bool IsDrivable { get; set; } }

        public interface IRepo<T> where T : class
        {
            T? Find(int id);
            T? FindAsNoTracking(int id);
            T? FindIgnoreQueryFilters(int id);
            IEnumerable<T> GetAll();
            Task<List<T>> GetAllIgnoreQueryFiltersAsync();
            int Count();
            void Add(T entity);
            void Update(T entity);
            void Delete(int id);
        }

        [InMemoryFake(typeof(IRepo<Car>))]
        public partial class CarRepo;
        """;

    [Fact]
    public void The_bypassing_reads_are_the_unfiltered_ones_and_the_plain_reads_are_refused_naming_the_filter()
    {
        var run = GeneratorHarness.Run(Repo);
        const string Filter = "which reads past the store's global query filters, so '";
        Refusals.Exactly(run,
            ("Find", "the interface also has 'FindIgnoreQueryFilters', " + Filter + "Find' applies a filter (EF Core's HasQueryFilter: which rows it hides) that the signature does not show"),
            ("FindAsNoTracking", Filter + "FindAsNoTracking' applies a filter"),
            ("GetAll", Filter + "GetAll' applies a filter"),
            ("Count", Filter + "Count' applies a filter"),
            ("Delete", Filter + "Delete' applies a filter"));
        Assert.Contains("Store.Where(e => …)", Refusals.Message(run, "Find"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Written_by_hand_the_plain_reads_leave_a_fake_whose_bypassing_reads_see_every_row()
    {
        var run = GeneratorHarness.Run(Repo + """

            public partial class CarRepo
            {
                public Car? Find(int id) => Store.Call(nameof(Find), id).FirstOrDefault(c => c.Id == id && c.IsDrivable);
                public Car? FindAsNoTracking(int id) => Find(id);
                public IEnumerable<Car> GetAll() => Store.Call(nameof(GetAll)).Where(c => c.IsDrivable);
                public int Count() => GetAll().ToList().Count;
                public void Delete(int id) { if (Find(id) is not null) Store.Remove(id); }
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing Qf;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IRepo<Car> cars = new CarRepo();
                    cars.Add(new Car { Id = 1, PetName = "Zippy", IsDrivable = true });
                    cars.Add(new Car { Id = 2, PetName = "Rusty", IsDrivable = false });
                    Is("Rusty", cars.FindIgnoreQueryFilters(2)?.PetName, "the bypassing lookup finds the row the filter hides");
                    Is(null, cars.FindIgnoreQueryFilters(3), "a key that names no row: null");
                    Is(2, cars.GetAllIgnoreQueryFiltersAsync().GetAwaiter().GetResult().Count, "the bypassing list has every row");
                    Is(1, cars.GetAll().ToList().Count, "the hand-written plain read applies the filter");
                    Is(null, cars.Find(2), "and so does the plain lookup");
                    cars.Update(new Car { Id = 2, PetName = "Rusty", IsDrivable = true });
                    Is(2, cars.Count(), "an update by entity writes past the filter, as EF Core's Update does");
                }
            }
            """);
    }
}
