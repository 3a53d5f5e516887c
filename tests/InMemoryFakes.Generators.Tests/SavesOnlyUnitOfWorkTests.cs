using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The saves-only unit of work over one scope (docs/runtime.md#unit-of-work): <c>[InMemoryFake]</c> on
/// <c>IUnitOfWork { Task&lt;int&gt; SaveChangesAsync(…); }</c> generates a fake with no table whose saves write the change
/// tracker the scope's fakes share (<c>InMemoryFakeOptions.SharedUnitOfWork</c>); a repository beside it with writes and
/// no save of its own only tracks, when the attribute says <c>UnitOfWorkWrites.Deferred</c> or the unit of work is faked too.
/// </summary>
public class SavesOnlyUnitOfWorkTests
{
    private const string Shop = Sources.Usings + """
        namespace Shop;

        public class Order
        {
            private readonly List<string> _lines = new();
            public int Id { get; set; }
            public string Customer { get; set; } = "";
            public IReadOnlyList<string> Lines => _lines;
            public void AddLine(string product) => _lines.Add(product);
        }

        public class Buyer
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
        }

        [InMemoryFake]
        public interface IOrderRepository
        {
            Task<Order?> GetByIdAsync(int id);
            Task<IEnumerable<Order>> ListAsync();
            void Add(Order order);
        }

        [InMemoryFake]
        public interface IBuyerRepository
        {
            Task<Buyer?> FindAsync(int id);
            Task<int> CountAsync();
            Task AddAsync(Buyer buyer);
        }

        [InMemoryFake]
        public interface IUnitOfWork : IDisposable
        {
            Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
            void Rollback();
        }

        """;

    [Fact]
    public void Repositories_beside_a_faked_unit_of_work_of_saves_only_track_and_its_save_writes_them_all_on_the_first_try()
    {
        var run = GeneratorHarness.Run(Shop);
        Assertions.Clean(run);
        Assert.Contains(".UnitOfWork(global::InMemoryFakes.UnitOfWorkWrites.Deferred, \"IUnitOfWork.SaveChangesAsync\")", run.Source("IOrderRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);
        var unitOfWork = run.Source("IUnitOfWork.InMemoryFake.g.cs");
        Assert.Contains("__core.SharedUnitOfWork(\"IUnitOfWork.SaveChangesAsync\").SaveChanges()", unitOfWork, StringComparison.Ordinal);
        Assert.DoesNotContain("Table", unitOfWork.Replace("Tables", "", StringComparison.Ordinal), StringComparison.Ordinal);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using InMemoryFakes;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    var backend = new InMemoryBackend();
                    var options = new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() };
                    IOrderRepository orders = new InMemoryOrderRepository(options);
                    IBuyerRepository buyers = new InMemoryBuyerRepository(options);
                    IUnitOfWork unitOfWork = new InMemoryUnitOfWork(options);

                    orders.Add(new Order { Id = 1, Customer = "ann" });
                    buyers.AddAsync(new Buyer { Id = 7, Name = "ann" }).Wait();
                    Is(0, orders.ListAsync().Result.Count(), "Add only tracks: a query does not see it before the save");
                    Is(0, buyers.CountAsync().Result, "nor the other repository's");
                    Is(2, unitOfWork.SaveChangesAsync().Result, "one save writes both repositories' adds and counts them, as EF Core's");
                    Is(1, orders.ListAsync().Result.Count(), "then the query sees the order");
                    Is(1, buyers.CountAsync().Result, "and the buyer");

                    orders.Add(new Order { Id = 2, Customer = "bob" });
                    unitOfWork.Rollback();
                    Is(0, unitOfWork.SaveChangesAsync().Result, "a rollback drops the pending add");
                    Is(1, orders.ListAsync().Result.Count(), "without the save nothing is stored");

                    orders.Add(new Order { Id = 3, Customer = "cy" });
                    IOrderRepository otherScope = new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() });
                    Is(null, otherScope.GetByIdAsync(3).Result, "another scope does not see the unsaved add");

                    // A DDD aggregate: read, changed through a domain method on its private collection, saved by the other interface's save.
                    var order = orders.GetByIdAsync(1).Result!;
                    order.AddLine("anvil");
                    Is(2, unitOfWork.SaveChangesAsync().Result, "the save writes the pending add and the changed aggregate");
                    Is("anvil", string.Join(",", otherScope.GetByIdAsync(1).Result!.Lines), "the change survives in the store");

                    var again = orders.GetByIdAsync(1).Result!;
                    again.AddLine("rope");
                    unitOfWork.Dispose();
                    IOrderRepository third = new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() });
                    Is("anvil", string.Join(",", third.GetByIdAsync(1).Result!.Lines), "without the save the change is gone");
                }
            }
            """);
    }

    [Fact]
    public void Without_a_shared_tracker_the_fakes_refuse_rather_than_lose_the_writes()
    {
        var run = GeneratorHarness.Run(Shop);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using InMemoryFakes;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IOrderRepository orders = new InMemoryOrderRepository();
                    IUnitOfWork unitOfWork = new InMemoryUnitOfWork();
                    try
                    {
                        orders.Add(new Order { Id = 1 });
                        throw new InvalidOperationException("a write no save could ever reach was accepted");
                    }
                    catch (InvalidOperationException e) when (e.Message.StartsWith("IOrderRepository: its writes wait for IUnitOfWork.SaveChangesAsync, a save on another interface, and this fake was built without a SharedUnitOfWork", StringComparison.Ordinal))
                    {
                    }

                    Is(0, orders.ListAsync().Result.Count(), "nothing is stored");
                    Is(null, orders.GetByIdAsync(1).Result, "nor tracked");
                    try
                    {
                        unitOfWork.SaveChangesAsync().GetAwaiter().GetResult();
                        throw new InvalidOperationException("a save that shares a tracker with no repository answered");
                    }
                    catch (InvalidOperationException e) when (e.Message.StartsWith("IUnitOfWork.SaveChangesAsync saves what the repositories of its scope track, and IUnitOfWork was built without a SharedUnitOfWork", StringComparison.Ordinal))
                    {
                    }

                    Throws<InvalidOperationException>(unitOfWork.Rollback, null, "a rollback of nothing shared says so too");
                    unitOfWork.Dispose();
                }
            }
            """);
    }

    [Fact]
    public void Every_save_shape_of_a_unit_of_work_of_saves_only_answers_as_UnitOfWorkRules_says()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;
            public class Buyer { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
            public interface IBuyers
            {
                IEnumerable<Buyer> All();
                Task AddAsync(Buyer buyer);
            }
            [InMemoryFake]
            public interface IWork : IDisposable, IAsyncDisposable
            {
                int SaveChanges();
                Task<bool> SaveEntitiesAsync(CancellationToken cancellationToken = default);
                bool Commit();
                Task CommitAsync();
                void Complete();
                Task<bool> CompleteAsync();
                void DiscardChanges();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using InMemoryFakes;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    var options = new InMemoryFakeOptions { SharedUnitOfWork = new SharedUnitOfWork() };
                    IBuyers buyers = new InMemoryBuyers(options);
                    IWork work = new InMemoryWork(options);

                    Is(false, work.Commit(), "a bool save with nothing to write is false (SaveChanges() > 0)");
                    Is(true, work.SaveEntitiesAsync().Result, "eShop's SaveEntitiesAsync is true once it saved");
                    Is(false, work.CompleteAsync().Result, "nothing to write");

                    buyers.AddAsync(new Buyer { Id = 1 }).Wait();
                    Is(true, work.CompleteAsync().Result, "it wrote the add");
                    buyers.AddAsync(new Buyer { Id = 2 }).Wait();
                    buyers.AddAsync(new Buyer { Id = 3 }).Wait();
                    Is(2, work.SaveChanges(), "the count of entities written");
                    buyers.AddAsync(new Buyer { Id = 4 }).Wait();
                    work.CommitAsync().Wait();
                    buyers.AddAsync(new Buyer { Id = 5 }).Wait();
                    work.Complete();
                    Is(5, buyers.All().Count(), "a save that returns nothing writes all the same");
                    buyers.AddAsync(new Buyer { Id = 6 }).Wait();
                    work.DiscardChanges();
                    Is(0, work.SaveChanges(), "a discard drops the pending add");
                    work.DisposeAsync().AsTask().Wait();
                    work.Dispose();
                    Is(5, buyers.All().Count(), "disposal does nothing");
                }
            }
            """);
    }

    [Fact]
    public void A_unit_of_work_faked_through_a_class_beside_the_repositorys_fake_proves_the_writes_wait_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop.Data
            {
                public class Buyer { public int Id { get; set; } public string Name { get; set; } = ""; }
                public interface IBuyers { Task<Buyer?> FindAsync(int id); Task AddAsync(Buyer buyer); }
                public interface IUnitOfWork { Task<int> SaveChangesAsync(CancellationToken cancellationToken = default); }
            }
            namespace Shop.Tests
            {
                [InMemoryFake(typeof(Shop.Data.IBuyers))] public sealed partial class BuyersFake;
                [InMemoryFake(typeof(Shop.Data.IUnitOfWork))] public sealed partial class UnitOfWorkFake;
            }
            """);
        Assertions.Clean(run);
        Assert.Contains(".UnitOfWork(global::InMemoryFakes.UnitOfWorkWrites.Deferred, \"IUnitOfWork.SaveChangesAsync\")", run.Source("BuyersFake.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_without_writes_is_deferred_only_when_the_attribute_says_so_and_then_its_reads_are_saved_back()
    {
        // A read side may be untracked (AsNoTracking, Dapper): the unit of work's mark proves nothing of it; the setting does.
        var source = Sources.Usings + """
            namespace Shop;
            public class Order
            {
                private readonly List<string> _lines = new();
                public int Id { get; set; }
                public IReadOnlyList<string> Lines => _lines;
                public void AddLine(string product) => _lines.Add(product);
            }
            [InMemoryFake] public interface IUnitOfWork { Task<int> SaveChangesAsync(CancellationToken cancellationToken = default); }
            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)] public interface IOrders { Task<Order?> GetByIdAsync(int id); }
            [InMemoryFake] public interface IOrderQueries { Task<Order?> FindAsync(int id); }
            """;
        var run = GeneratorHarness.Run(source);
        Assertions.Clean(run);
        Assert.Contains(".UnitOfWork(global::InMemoryFakes.UnitOfWorkWrites.Deferred, \"IUnitOfWork.SaveChangesAsync\")", run.Source("IOrders.InMemoryFake.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(".UnitOfWork(", run.Source("IOrderQueries.InMemoryFake.g.cs"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, """
            using System;
            using InMemoryFakes;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    var backend = new InMemoryBackend();
                    var options = new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() };
                    IOrders orders = new InMemoryOrders(options);
                    IUnitOfWork unitOfWork = new InMemoryUnitOfWork(options);
                    Fakes.Of(orders).Seed(new Order { Id = 1 });
                    orders.GetByIdAsync(1).Result!.AddLine("anvil");
                    Is(1, unitOfWork.SaveChangesAsync().Result, "the change to the aggregate read through the repository is saved");
                    IOrders next = new InMemoryOrders(new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() });
                    Is("anvil", string.Join(",", next.GetByIdAsync(1).Result!.Lines), "and stored");

                    orders.GetByIdAsync(1).Result!.AddLine("rope");
                    Fakes.Of(unitOfWork).Reset();
                    Is(0, unitOfWork.SaveChangesAsync().Result, "a reset of the unit of work's fake discards the scope's pending change");
                }
            }
            """);
    }

    [Fact]
    public void A_transaction_of_saves_only_is_no_unit_of_work_of_a_scope()
    {
        // ITransaction { void Commit(); } ends a transaction someone begins: not generated as the scope's unit of work.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;
            [InMemoryFake]
            public interface ITransaction : IDisposable { void Commit(); }
            """);
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assert.DoesNotContain("SharedUnitOfWork", run.Source("ITransaction.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }
}
