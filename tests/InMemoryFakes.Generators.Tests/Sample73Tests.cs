using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample73 (session 28), dotnet/crank's <c>IJobRepository</c>: its <c>InMemoryJobRepository</c> numbers the jobs it adds
/// and throws for a job whose <c>Id</c> is set (<c>PresetKeyOnAdd = Refuse</c>), while its <c>Update(item)</c> is an indexer
/// write that stores a job not held under the job's own <c>Id</c> (<c>MissingUpdate = Insert</c>). Stating both made the
/// update's insert branch refuse every missing job (it always has a key set), so the two settings could not describe the
/// store. An update made an upsert by <c>MissingUpdate = Insert</c> now keeps the key it is given under <c>Refuse</c>; adds
/// and upserts named so are refused as before, and <c>Refuse</c> beside such an update alone governs nothing (IMF0010).
/// </summary>
public class Sample73Tests
{
    private const string Jobs = """
        #nullable disable
        namespace Crank;

        public class Job { public int Id { get; set; } public string Service { get; set; } }

        """;

    [Fact]
    public void An_update_that_inserts_keeps_its_key_while_adds_refuse_a_preset_one()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Jobs + """
            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingUpdate = MissingUpdate.Insert)]
            public interface IJobRepository
            {
                Job Add(Job item);
                IEnumerable<Job> GetAll();
                Job Find(int id);
                Job Remove(int id);
                void Update(Job item);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Crank;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IJobRepository jobs = new InMemoryJobRepository();
                    var first = new Job { Service = "a" };
                    jobs.Add(first);
                    Is(1, first.Id, "an add numbers the job");
                    Throws<System.InvalidOperationException>(() => jobs.Add(new Job { Id = 7, Service = "preset" }), null, "an add of a job whose Id is set is refused");
                    Is(null, jobs.Find(7), "and stores nothing");
                    jobs.Update(new Job { Id = 5, Service = "updated" });
                    Is("updated", jobs.Find(5)?.Service, "an update of a job not stored stores it under its own Id");
                    jobs.Update(new Job { Id = 1, Service = "changed" });
                    Is("changed", jobs.Find(1)?.Service, "an update of a stored job replaces it");
                    Is(2, jobs.GetAll().Count(), "two jobs are stored");
                }
            }
            """);
    }

    [Fact]
    public void A_save_that_inserts_still_refuses_a_preset_key_beside_an_update_that_inserts()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Jobs + """
            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingUpdate = MissingUpdate.Insert)]
            public interface IJobStore
            {
                void Save(Job job);
                void Update(Job job);
                Job Find(int id);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using Crank;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IJobStore jobs = new InMemoryJobStore();
                    Throws<System.InvalidOperationException>(() => jobs.Save(new Job { Id = 9, Service = "saved" }), null, "a save of a preset key not stored is refused, as before");
                    Is(null, jobs.Find(9), "and stores nothing");
                    jobs.Update(new Job { Id = 9, Service = "updated" });
                    Is("updated", jobs.Find(9)?.Service, "the update stores it under its own Id");
                }
            }
            """);
    }

    [Fact]
    public void Refusing_a_preset_key_beside_nothing_but_an_update_that_inserts_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Jobs + """
            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingUpdate = MissingUpdate.Insert)]
            public interface IJobUpdates
            {
                void Update(Job job);
                Job Find(int id);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Equal(
            "[InMemoryFake] on 'IJobUpdates': PresetKeyOnAdd = Refuse: no member of IJobUpdates adds an entity (Add, Insert, Create…, a range of them, or a Save/Upsert that inserts; an Update that MissingUpdate = Insert makes insert keeps the key it is given), so nothing would refuse a preset key",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
