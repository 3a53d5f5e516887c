using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A repository with writes and no save of its own beside ANOTHER interface's unit of work (the DDD shape of MyWarehouse
/// and course-companion: the repositories only track, <c>IUnitOfWork.SaveChanges</c> writes): its writes are refused
/// (IMF0022) rather than stored at once, unless the attribute says they are; without such an interface they stay a
/// plain store (docs/generator.md, "Refused guesses"; Parsing/SeparateUnitOfWorkRule).
/// </summary>
public class SeparateUnitOfWorkTests
{
    private const string Model = Sources.Usings + """
        namespace Shop;

        public class Partner
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public void Rename(string name) => Name = name;
        }

        public class Product
        {
            public int Id { get; set; }
            public string Title { get; set; } = "";
        }

        public interface IRepository<T> where T : class
        {
            Task<T?> GetByIdAsync(int id);
            Task<IEnumerable<T>> GetAllAsync();
            void Add(T entity);
            void Remove(T entity);
        }

        public interface IPartnerRepository : IRepository<Partner>
        {
        }

        public interface IProductRepository : IRepository<Product>
        {
        }

        """;

    private const string UnitOfWorkOfRepositories = """
        public interface IUnitOfWork : IDisposable
        {
            IPartnerRepository Partners { get; }
            IProductRepository Products { get; }
            Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
        }

        """;

    private const string UnitOfWorkOfSaves = """
        public interface IUnitOfWork
        {
            Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
        }

        """;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static string[] Refused(GeneratorRun run)
        => run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0022").Select(d => d.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim()).ToArray();

    [Fact]
    public void Writes_of_a_repository_another_interface_hands_out_beside_its_save_are_refused()
    {
        // MyWarehouse: IUnitOfWork { IPartnerRepository Partners { get; } … Task SaveChanges(); }; the repository's Add is
        // DbSet.Add, written by that save. The fake stored it at once, so a query saw what the real store keeps pending.
        var run = GeneratorHarness.Run(Model + UnitOfWorkOfRepositories
            + "[InMemoryFake(typeof(IPartnerRepository))] public sealed partial class PartnerRepositoryFake;\n");
        Assertions.GeneratorReported(run, "IMF0022", "IMF0022");
        Assert.Equal(new[] { "void Add(T entity);", "void Remove(T entity);" }, Refused(run));
        Assert.Equal(
            "'Add' of IPartnerRepository is a write, and IPartnerRepository has no save of its own beside IUnitOfWork.SaveChangesAsync, a save on another interface,"
            + " but whether the writes of IPartnerRepository wait for IUnitOfWork.SaveChangesAsync or are saved at once cannot be told from the interface"
            + " (IUnitOfWork.Partners returns IPartnerRepository beside that save, so the repository's writes may only be tracked until it runs)."
            + " Fake IUnitOfWork ([InMemoryFake] on it): its Partners is this repository over its change tracker, whose writes wait for SaveChangesAsync (docs/generator.md#unit-of-work-of-repositories);"
            + " or set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)] to fake this repository alone, its writes waiting in the InMemoryFakeOptions.SharedUnitOfWork it shares with the IUnitOfWork fake,"
            + " or UnitOfWorkWrites.Immediate when each write is stored at once (docs/runtime.md#unit-of-work)",
            Message(run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0022" && Message(d).StartsWith("'Add", StringComparison.Ordinal))));
        Assert.Contains(run.CompilationDiagnostics, static d => d.Id == "CS0535");
    }

    [Fact]
    public void The_generic_base_of_a_repository_another_interface_hands_out_is_refused_too()
    {
        // MyWarehouse's IRepository<Partner>: the unit of work's property is IPartnerRepository, derived from it.
        var run = GeneratorHarness.Run(Model + UnitOfWorkOfRepositories
            + "[InMemoryFake(typeof(IRepository<Partner>))] public sealed partial class PartnersFake;\n");
        Assertions.GeneratorReported(run, "IMF0022", "IMF0022");
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0022"), d => Assert.Contains("IUnitOfWork.Partners returns IPartnerRepository", Message(d), StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_beside_an_interface_of_saves_only_are_refused_naming_it()
    {
        var run = GeneratorHarness.Run(Model + UnitOfWorkOfSaves + """
            [InMemoryFake]
            public interface IPartners
            {
                Task<Partner?> GetByIdAsync(int id);
                Task AddAsync(Partner partner);
                void Update(Partner partner);
            }
            """);
        Assertions.GeneratorReported(run, "IMF0022", "IMF0022");
        Assert.Equal(new[] { "Task AddAsync(Partner partner);", "void Update(Partner partner);" }, Refused(run));
        Assert.Equal(
            "'AddAsync' of IPartners is a write, and IPartners has no save of its own beside IUnitOfWork.SaveChangesAsync, a save on another interface,"
            + " but whether the writes of IPartners wait for IUnitOfWork.SaveChangesAsync or are saved at once cannot be told from the interface"
            + " (IUnitOfWork holds only saves and no interface hands it out, so it saves what repositories beside it track: the writes may only be tracked until it runs)."
            + " Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)], or mark IUnitOfWork [InMemoryFake] too, when the writes wait for SaveChangesAsync,"
            + " and build this fake and the IUnitOfWork fake with one InMemoryFakeOptions.SharedUnitOfWork (the container's scoped registration does it per scope);"
            + " or set UnitOfWorkWrites.Immediate when each write is stored at once (docs/runtime.md#unit-of-work)",
            Message(run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0022" && Message(d).StartsWith("'Add", StringComparison.Ordinal))));
    }

    [Fact]
    public void Without_another_unit_of_work_the_writes_are_a_plain_store()
    {
        var run = GeneratorHarness.Run(Model + "[InMemoryFake(typeof(IPartnerRepository), MissingDelete = MissingDelete.NotFound)] public sealed partial class PartnerRepositoryFake;\n");
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IPartnerRepository partners = new PartnerRepositoryFake();
                    partners.Add(new Partner { Id = 1, Name = "Acme" });
                    Is(1, partners.GetAllAsync().Result.Count(), "Add stores at once: no unit of work anywhere holds it");
                }
            }
            """);
    }

    [Fact]
    public void A_transaction_a_member_begins_is_no_unit_of_work_beside_the_repositories()
    {
        // Found by the whole-solution build after the merge (Verification's BrandCatalog): INotes.BeginTransaction() returns
        // INoteTransaction { void Complete(); }, and ITransaction { void Commit(); } is named a transaction. Each ends a
        // transaction someone begins; neither is a unit of work injected beside the repositories, whose writes stay a store.
        var run = GeneratorHarness.Run(Model + """
            public interface INoteTransaction : IDisposable { void Complete(); }
            public interface ITransaction : IDisposable { void Commit(); }
            [InMemoryFake]
            public interface IPartners
            {
                Task<IEnumerable<Partner>> GetAllAsync();
                void Add(Partner partner);
            }
            [InMemoryFake]
            public interface INotes
            {
                void Add(Partner partner);
                Partner? Find(int id);
                Task<INoteTransaction> BeginTransactionAsync();
            }
            public sealed partial class InMemoryNotes
            {
                public Task<INoteTransaction> BeginTransactionAsync() => throw new NotSupportedException();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IPartners partners = new InMemoryPartners();
                    partners.Add(new Partner { Id = 1, Name = "Acme" });
                    Is(1, partners.GetAllAsync().Result.Count(), "Add stores at once beside a transaction interface");
                    INotes notes = new InMemoryNotes();
                    notes.Add(new Partner { Id = 2, Name = "Note" });
                    Is("Note", notes.Find(2)?.Name, "Add stores at once beside the transaction it begins");
                }
            }
            """);
    }

    [Fact]
    public void An_interface_of_saves_that_repositories_hand_out_as_a_property_is_theirs_alone()
    {
        // eShop: IRepository<T> { IUnitOfWork UnitOfWork { get; } }. A repository without that property is no part of it.
        var run = GeneratorHarness.Run(Model + UnitOfWorkOfSaves + """
            public interface IAggregateRepository { IUnitOfWork UnitOfWork { get; } }
            [InMemoryFake]
            public interface IPartners
            {
                Task<IEnumerable<Partner>> GetAllAsync();
                void Add(Partner partner);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IPartners partners = new InMemoryPartners();
                    partners.Add(new Partner { Id = 1, Name = "Acme" });
                    Is(1, partners.GetAllAsync().Result.Count(), "Add stores at once: the unit of work is the property's, which this repository does not have");
                }
            }
            """);
    }

    [Fact]
    public void A_repository_with_a_save_of_its_own_beside_an_interface_of_saves_is_unchanged()
    {
        var run = GeneratorHarness.Run(Model + UnitOfWorkOfSaves + """
            [InMemoryFake]
            public interface IPartners
            {
                Task<Partner?> GetByIdAsync(int id);
                Task<IEnumerable<Partner>> GetAllAsync();
                void Add(Partner partner);
                Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IPartners partners = new InMemoryPartners();
                    partners.Add(new Partner { Id = 1, Name = "Acme" });
                    Is(0, partners.GetAllAsync().Result.Count(), "Add only tracks until the repository's own save");
                    Is(1, partners.SaveChangesAsync().Result, "its save writes it");
                    Is(1, partners.GetAllAsync().Result.Count(), "then the query sees it");
                }
            }
            """);
    }

    [Fact]
    public void Immediate_on_the_attribute_states_that_each_write_is_stored_at_once()
    {
        var run = GeneratorHarness.Run(Model + UnitOfWorkOfRepositories
            + "[InMemoryFake(typeof(IPartnerRepository), UnitOfWorkWrites = UnitOfWorkWrites.Immediate, MissingDelete = MissingDelete.NotFound)] public sealed partial class PartnerRepositoryFake;\n");
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IPartnerRepository partners = new PartnerRepositoryFake();
                    partners.Add(new Partner { Id = 1, Name = "Acme" });
                    Is(1, partners.GetAllAsync().Result.Count(), "Add stores at once, as the attribute says");
                }
            }
            """);
    }

    [Fact]
    public void Deferred_on_the_attribute_makes_the_writes_wait_in_the_scopes_shared_tracker_for_the_other_interfaces_save()
    {
        // The fix IMF0022 names beside a saves-only IUnitOfWork: the repository only tracks, the scope's save writes.
        var run = GeneratorHarness.Run(Model + UnitOfWorkOfSaves + """
            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
            public interface IPartners
            {
                Task<Partner?> GetByIdAsync(int id);
                Task<IEnumerable<Partner>> GetAllAsync();
                Task AddAsync(Partner partner);
            }
            """);
        Assertions.Clean(run);
        Assert.Contains(".UnitOfWork(global::InMemoryFakes.UnitOfWorkWrites.Deferred, \"IUnitOfWork.SaveChangesAsync\")", run.Source("IPartners.InMemoryFake.g.cs"), StringComparison.Ordinal);
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
                    var scope = new SharedUnitOfWork();
                    IPartners partners = new InMemoryPartners(new InMemoryFakeOptions { SharedUnitOfWork = scope });
                    partners.AddAsync(new Partner { Id = 1, Name = "Acme" }).Wait();
                    Is(0, partners.GetAllAsync().Result.Count(), "Add only tracks: a query does not see it before the save");
                    Is("Acme", partners.GetByIdAsync(1).Result?.Name, "a read by key sees the pending add, as DbSet.Find does");
                    Is(1, scope.SaveChanges(), "the scope's save writes it");
                    Is(1, partners.GetAllAsync().Result.Count(), "then the query sees it");

                    IPartners alone = new InMemoryPartners();
                    Throws<InvalidOperationException>(() => alone.AddAsync(new Partner { Id = 2, Name = "Lost" }).GetAwaiter().GetResult(), null,
                        "without a shared tracker nothing could ever save the write: it is refused, never silently lost");
                    Is(0, alone.GetAllAsync().Result.Count(), "and nothing is stored");
                }
            }
            """);
    }

    [Fact]
    public void The_unit_of_work_the_message_names_gives_the_repository_its_real_meaning()
    {
        // The fix IMF0022 names: fake IUnitOfWork, whose Partners and Products share one change tracker (one DbContext).
        var run = GeneratorHarness.Run(Model + "[InMemoryFake(MissingDelete = MissingDelete.NotFound)]\n" + UnitOfWorkOfRepositories);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Shop;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    var backend = new InMemoryFakes.InMemoryBackend();
                    IUnitOfWork unitOfWork = new InMemoryUnitOfWork(backend);
                    unitOfWork.Partners.Add(new Partner { Id = 1, Name = "Acme" });
                    unitOfWork.Products.Add(new Product { Id = 7, Title = "Anvil" });
                    Is(0, unitOfWork.Partners.GetAllAsync().Result.Count(), "Add only tracks: a query does not see it before the save");
                    IUnitOfWork other = new InMemoryUnitOfWork(backend);
                    Is(0, other.Partners.GetAllAsync().Result.Count(), "without the save nothing is stored");
                    Is(2, unitOfWork.SaveChangesAsync().Result, "the save writes both repositories' adds in one step and counts them, as EF Core's");
                    Is(1, other.Partners.GetAllAsync().Result.Count(), "another scope sees the saved partner");
                    Is(1, other.Products.GetAllAsync().Result.Count(), "and the saved product");

                    var read = unitOfWork.Partners.GetByIdAsync(1).Result!;
                    read.Rename("Acme Corp");
                    Is(1, unitOfWork.SaveChangesAsync().Result, "an aggregate changed through a domain method after a read is written by the save");
                    IUnitOfWork third = new InMemoryUnitOfWork(backend);
                    Is("Acme Corp", third.Partners.GetByIdAsync(1).Result!.Name, "the change is stored");
                }
            }
            """);
    }
}
