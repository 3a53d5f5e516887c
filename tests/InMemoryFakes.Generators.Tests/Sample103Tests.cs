using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample103 (session 33), clinic and hospital systems. ClinicFlow's <c>IUnitOfWork</c> declares
/// <c>SaveChangesAsync</c> beside two <c>ExecuteWithLockAsync(Guid lockKey, Func&lt;CancellationToken, Task…&gt; operation)</c>
/// that run an operation inside a PostgreSQL transaction under an advisory lock. The runners made the whole interface a
/// key-value store, whose refusal of the save said "'Changes' … is no noun of this store", and writing the runners by hand
/// left the save refused. Now such an interface is a unit of work of saves (docs/generator.md, "Unit of work of saves
/// only"): the saves write the scope's shared tracker, each operation runner is refused (IMF0023) saying why, and members
/// the user writes in the partial class take no part in reading it. A repository beside it, with writes and no save of
/// its own, waits for its save as beside any unit of work of saves (deferred when the unit of work is faked too).
/// </summary>
public class Sample103Tests
{
    private const string Clinic = Sources.Usings + """
        namespace V;

        public class Patient
        {
            public Guid Id { get; set; }
            public string Name { get; set; } = "";
        }

        [InMemoryFake]
        public interface IPatientRepository
        {
            Task<Patient?> GetByIdAsync(Guid id);
            void Add(Patient patient);
        }

        [InMemoryFake]
        public interface IUnitOfWork
        {
            Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

            Task<TResult> ExecuteWithLockAsync<TResult>(Guid lockKey, Func<CancellationToken, Task<TResult>> operation, CancellationToken cancellationToken = default);

            Task ExecuteWithLockAsync(Guid lockKey, Func<CancellationToken, Task> operation, CancellationToken cancellationToken = default);
        }
        """;

    private const string RunnersByHand = """

        public partial class InMemoryUnitOfWork
        {
            public Task<TResult> ExecuteWithLockAsync<TResult>(Guid lockKey, Func<CancellationToken, Task<TResult>> operation, CancellationToken cancellationToken = default)
                => operation(cancellationToken);

            public Task ExecuteWithLockAsync(Guid lockKey, Func<CancellationToken, Task> operation, CancellationToken cancellationToken = default)
                => operation(cancellationToken);
        }
        """;

    [Fact]
    public void A_save_beside_operation_runners_is_the_shared_units_save_and_each_runner_is_refused_saying_why()
    {
        var run = GeneratorHarness.Run(Clinic);
        Assertions.GeneratorReported(run, "IMF0023", "IMF0023");
        var messages = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0023").Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        Assert.All(messages, static m => Assert.Equal(
            "'ExecuteWithLockAsync' of IUnitOfWork, a unit of work of saves, cannot be generated: it runs the operation it is given inside the real store's own database transaction and lock: "
            + "whether what the operation wrote is undone when it throws, and whether a second caller waits, are the database's, which the signature does not state "
            + "(the saves beside it are generated over the shared unit of work; written by hand, '=> operation(cancellationToken)' runs the operation with no rollback). "
            + "Write it in the partial class InMemoryUnitOfWork, where ((IInMemoryFake)this).Core reaches the change tracker the scope's fakes share (Core.SharedUnitOfWork(…)), or change the interface (docs/generator.md#unit-of-work-of-saves-only)",
            m));
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0023"), static d => Assert.Equal("ExecuteWithLockAsync", Refusals.PointedAt(d)));
        Assert.Contains("__core.SharedUnitOfWork(\"IUnitOfWork.SaveChangesAsync\").SaveChanges", run.Source("IUnitOfWork.InMemoryFake.g.cs"), StringComparison.Ordinal);

        // Beside store members a runner leaves the interface to the store conventions (refused there as before).
        var store = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Patient
            {
                public Guid Id { get; set; }
            }

            [InMemoryFake]
            public interface IPatientStore
            {
                void Add(Patient patient);
                Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
                Task ExecuteInTransactionAsync(Func<Task> action);
            }
            """);
        Assert.DoesNotContain(store.GeneratorDiagnostics, static d => d.Id == "IMF0023");
        Assert.Contains(store.GeneratorDiagnostics, static d => d.Id == "IMF0001" && Refusals.PointedAt(d) == "ExecuteInTransactionAsync");
    }

    [Fact]
    public void Written_by_hand_the_runners_leave_a_complete_unit_of_work_whose_save_writes_the_scope()
    {
        var run = GeneratorHarness.Run(Clinic + RunnersByHand);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var options = new InMemoryFakeOptions { Backend = new InMemoryBackend(), SharedUnitOfWork = new SharedUnitOfWork() };
                    IPatientRepository patients = new InMemoryPatientRepository(options);
                    IUnitOfWork unitOfWork = new InMemoryUnitOfWork(options);
                    var ann = new Patient { Id = Guid.NewGuid(), Name = "ann" };

                    Is(0, unitOfWork.SaveChangesAsync().GetAwaiter().GetResult(), "nothing staged: no row written");
                    var count = unitOfWork.ExecuteWithLockAsync(Guid.NewGuid(), ct =>
                    {
                        patients.Add(ann);
                        return unitOfWork.SaveChangesAsync(ct);
                    }).GetAwaiter().GetResult();
                    Is(1, count, "the save inside the operation writes the repository's add and counts it");
                    Is("ann", patients.GetByIdAsync(ann.Id).GetAwaiter().GetResult()?.Name, "and the row is stored");
                }
            }
            """);
    }

    [Fact]
    public void Members_written_by_hand_take_no_part_in_reading_a_unit_of_work_of_saves()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface IUnitOfWork
            {
                Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
                Task<bool> CanConnectAsync();
            }

            public partial class InMemoryUnitOfWork
            {
                public Task<bool> CanConnectAsync() => Task.FromResult(true);
            }
            """);
        Assertions.Clean(run);
        Assert.Contains("__core.SharedUnitOfWork(\"IUnitOfWork.SaveChangesAsync\").SaveChanges", run.Source("IUnitOfWork.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }
}
