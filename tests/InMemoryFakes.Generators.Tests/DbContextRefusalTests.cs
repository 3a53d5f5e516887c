using System;
using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// EF Core context interfaces (<c>DbSet&lt;T&gt;</c> properties): what the generator refuses, with the member, the line and the
/// reason. EF Core's types are stubbed by name (the generator compares them as symbols of those metadata names); the
/// generated sets are exercised against the real EF Core in InMemoryFakes.Verification.Tests/DbContexts.
/// </summary>
public class DbContextRefusalTests
{
    private const string Ef = Sources.Usings + """
        namespace Microsoft.EntityFrameworkCore { public abstract class DbSet<TEntity> where TEntity : class { } }
        namespace Microsoft.EntityFrameworkCore.Infrastructure { public class DatabaseFacade { } }
        namespace Microsoft.EntityFrameworkCore.ChangeTracking { public class ChangeTracker { } }
        namespace Diag
        {
        using Microsoft.EntityFrameworkCore;

        """;

    /// <summary>A complete context over the stubbed DbSet, for the incremental-caching tests (IncrementalTests.AllKinds).</summary>
    public const string CompleteContext = Ef + """
        public class TodoList { public int Id { get; set; } public string? Title { get; set; } }
        public class TodoItem { public int Id { get; set; } public int ListId { get; set; } }
        [InMemoryFake]
        public interface IApplicationDbContext
        {
            DbSet<TodoList> TodoLists { get; }
            DbSet<TodoItem> TodoItems { get; }
            DbSet<T> Set<T>() where T : class;
            Task<int> SaveChangesAsync(CancellationToken cancellationToken);
        }
        }
        """;

    private static Diagnostic Single(string source, string expectedLine)
    {
        var run = GeneratorHarness.Run(source + "\n}");
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(expectedLine, diagnostic.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).Lines[span.StartLinePosition.Line].ToString().Trim());
        return diagnostic;
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_context_of_sets_Set_of_T_and_a_save_gets_no_diagnostic_and_one_DbSet_class()
    {
        var run = GeneratorHarness.Run(CompleteContext);
        Assertions.NeverFailed(run);
        Assert.Empty(run.GeneratorDiagnostics);
        var source = Assert.Single(run.Driver.GetRunResult().Results[0].GeneratedSources, static s => s.HintName.EndsWith(".InMemoryFake.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("private sealed class __FakeDbSet<TKey, TEntity> : global::Microsoft.EntityFrameworkCore.DbSet<TEntity>", source, StringComparison.Ordinal);
        Assert.Contains("public global::Microsoft.EntityFrameworkCore.DbSet<global::Diag.TodoList> TodoLists", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_navigation_to_another_set_s_entity_refuses_the_set_naming_the_navigation()
    {
        // EF Core adds the items reachable from a list to TodoItems and sets their ListId; the fake would keep them inside the list.
        var source = Ef + """
            public class TodoList { public int Id { get; set; } public IList<TodoItem> Items { get; } = new List<TodoItem>(); }
            public class TodoItem { public int Id { get; set; } public int ListId { get; set; } }
            [InMemoryFake]
            public interface IApplicationDbContext
            {
                DbSet<TodoItem> TodoItems { get; }
                DbSet<TodoList> TodoLists { get; }
                Task<int> SaveChangesAsync(CancellationToken cancellationToken);
            }
            """;
        var d = Single(source, "DbSet<TodoList> TodoLists { get; }");
        Assert.StartsWith("'TodoLists' of IApplicationDbContext matches no EF Core context convention: its entity type TodoList has the navigation TodoList.Items to the entity type TodoItem: "
            + "EF Core adds the entities reachable through it to their own table and fixes up the foreign keys, which the fake does not do (it would keep them inside TodoList, and a query of their set would miss them).", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_navigation_to_an_entity_outside_the_sets_is_refused_too()
    {
        // A type with a key is an entity of its own in EF Core's model (its own table), set or no set.
        var source = Ef + """
            public class Customer { public int Id { get; set; } }
            public class Order { public int Id { get; set; } public Customer? Customer { get; set; } }
            [InMemoryFake]
            public interface IShopDbContext
            {
                DbSet<Order> Orders { get; }
                int SaveChanges();
            }
            """;
        var d = Single(source, "DbSet<Order> Orders { get; }");
        Assert.Contains("has the navigation Order.Customer to the entity type Customer", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_object_without_a_key_is_stored_inside_its_entity_as_an_owned_type_is()
    {
        var source = Ef + """
            public class Address { public string? City { get; set; } }
            public class Order { public int Id { get; set; } public Address? ShipTo { get; set; } }
            [InMemoryFake]
            public interface IShopDbContext
            {
                DbSet<Order> Orders { get; }
                int SaveChanges();
            }
            """;
        var run = GeneratorHarness.Run(source + "\n}");
        Assertions.NeverFailed(run);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
    }

    [Fact]
    public void An_entity_without_a_key_by_EF_Core_s_conventions_is_refused()
    {
        var source = Ef + """
            public class Audit { public string? Text { get; set; } }
            [InMemoryFake]
            public interface IAuditDbContext
            {
                DbSet<Audit> Audits { get; }
                int SaveChanges();
            }
            """;
        var d = Single(source, "DbSet<Audit> Audits { get; }");
        Assert.StartsWith("'Audits' of IAuditDbContext matches no EF Core context convention: its entity type Audit has no key by EF Core's conventions (a property named Id or AuditId, or [Key]); a key set by the model configuration (HasKey, HasNoKey) is not visible to the generator.", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_composite_key_is_refused_its_order_is_the_model_s()
    {
        var source = Ef + """
            public class Line { [FakeKey(Order = 0)] public int OrderId { get; set; } [FakeKey(Order = 1)] public int Number { get; set; } }
            [InMemoryFake]
            public interface IOrderDbContext
            {
                DbSet<Line> Lines { get; }
                int SaveChanges();
            }
            """;
        var d = Single(source, "DbSet<Line> Lines { get; }");
        Assert.Contains("its entity type Line has a composite key (OrderId, Number), whose order EF Core takes from the model configuration (HasKey, [PrimaryKey]), which the generator cannot read", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void Sets_of_one_hierarchy_are_refused_EF_Core_keeps_them_in_one_table()
    {
        var source = Ef + """
            public class Animal { public int Id { get; set; } }
            public class Dog : Animal { public string? Breed { get; set; } }
            [InMemoryFake]
            public interface IZooDbContext
            {
                DbSet<Animal> Animals { get; }
                DbSet<Dog> Dogs { get; }
                int SaveChanges();
            }
            """;
        var run = GeneratorHarness.Run(source + "\n}");
        Assertions.NeverFailed(run);
        Assert.Equal(2, run.GeneratorDiagnostics.Length);
        Assert.All(run.GeneratorDiagnostics, static d => Assert.Contains("are one hierarchy (Dog derives from Animal): EF Core maps it to one table, so a query of the Animal set returns the Dog entities too, while the fake keeps a table per set", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void Database_is_refused_naming_the_DatabaseFacade()
    {
        var source = Ef + """
            public class Item { public int Id { get; set; } }
            [InMemoryFake]
            public interface IItemsDbContext
            {
                DbSet<Item> Items { get; }
                Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }
                int SaveChanges();
            }
            """;
        var d = Single(source, "Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }");
        Assert.StartsWith("'Database' of IItemsDbContext matches no EF Core context convention: EF Core's DatabaseFacade (transactions, raw SQL, migrations, EnsureCreated) works on a database provider, which the fake is not; it is built only inside a real DbContext.", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeTracker_is_refused_naming_the_state_manager()
    {
        var source = Ef + """
            public class Item { public int Id { get; set; } }
            [InMemoryFake]
            public interface IItemsDbContext
            {
                DbSet<Item> Items { get; }
                Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }
                int SaveChanges();
            }
            """;
        var d = Single(source, "Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }");
        Assert.Contains("EF Core's ChangeTracker is its state manager's view, which the fake does not have", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_save_with_another_result_is_refused()
    {
        var source = Ef + """
            public class Item { public int Id { get; set; } }
            [InMemoryFake]
            public interface IItemsDbContext
            {
                DbSet<Item> Items { get; }
                Task<string> SaveChangesAsync(CancellationToken cancellationToken);
            }
            """;
        var d = Single(source, "Task<string> SaveChangesAsync(CancellationToken cancellationToken);");
        Assert.Contains("a unit-of-work save returns nothing, the number of entities written (int/long, as EF Core's SaveChanges) or bool", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_save_taking_an_audit_user_is_refused_with_the_IgnoredParameters_hint()
    {
        var source = Ef + """
            public class Item { public int Id { get; set; } }
            [InMemoryFake]
            public interface IItemsDbContext
            {
                DbSet<Item> Items { get; }
                Task<int> SaveChangesAsync(string userId, CancellationToken cancellationToken);
            }
            """;
        var d = Single(source, "Task<int> SaveChangesAsync(string userId, CancellationToken cancellationToken);");
        Assert.StartsWith("'SaveChangesAsync' of IItemsDbContext matches no EF Core context convention: a save or discard takes nothing but a CancellationToken, and it takes 'userId' (what the real context does with it, "
            + "such as stamping an audit user, is its own code); if it changes nothing a fake keeps, say so with [InMemoryFake(IgnoredParameters = new[] { \"userId\" })]. Implement it", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void IgnoredParameters_makes_a_save_taking_the_listed_parameter_the_context_s_save()
    {
        var run = GeneratorHarness.Run(Ef + """
            public class Item { public int Id { get; set; } }
            [InMemoryFake(IgnoredParameters = new[] { "userId" })]
            public interface IItemsDbContext
            {
                DbSet<Item> Items { get; }
                Task<int> SaveChangesAsync(string userId, CancellationToken cancellationToken);
                int SaveChanges(string userId);
            }
            }
            """);
        Assertions.NeverFailed(run);
        Assert.Empty(run.GeneratorDiagnostics);
        // Both saves write the pending changes (against the real EF Core: Verification.Tests/DbContexts/AuditedDbContext.cs):
        // the async save once, the sync save twice (itself and its twin for intercepted calls).
        var source = run.Source(".InMemoryFake.g.cs");
        Assert.Equal(3, source.Split(".UnitOfWork().SaveChanges()").Length - 1);
        Assert.Contains("if (__core.IsIntercepting) return __SaveChangesIntercepted(userId);", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_of_an_entity_with_a_deletion_flag_is_refused_naming_the_flag_and_SoftDelete()
    {
        // MRA.Jobs' ApplicationDbContext (h-sample97): its SaveChangesAsync turns a removed ISoftDelete entity into IsDeleted = true
        // and query filters hide it; a plain DbContext deletes the row. The flag may be inherited.
        var source = Ef + """
            public abstract class BaseEntity { public Guid Id { get; set; } public bool IsDeleted { get; set; } }
            public class Tag : BaseEntity { public string? Name { get; set; } }
            public class Skill { public Guid Id { get; set; } public string? Name { get; set; } }
            [InMemoryFake]
            public interface IApplicationDbContext
            {
                DbSet<Skill> Skills { get; }
                DbSet<Tag> Tags { get; }
                Task<int> SaveChangesAsync(CancellationToken cancellationToken);
            }
            """;
        var d = Single(source, "DbSet<Tag> Tags { get; }");
        Assert.StartsWith("'Tags' of IApplicationDbContext matches no EF Core context convention: its entity type Tag has the deletion flag 'IsDeleted', so whether Remove and the save delete the row or only set the flag "
            + "(and whether a query filter then hides the row) is the context's own:", Message(d), StringComparison.Ordinal);
        Assert.Contains("State SoftDelete = SoftDelete.None on [InMemoryFake] when removals delete the row and no query filter reads the flag", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_deletion_time_refuses_the_set_too()
    {
        var source = Ef + """
            public class Post { public int Id { get; set; } public DateTimeOffset? DeletedAt { get; set; } }
            [InMemoryFake]
            public interface IBlogDbContext
            {
                DbSet<Post> Posts { get; }
                int SaveChanges();
            }
            """;
        var d = Single(source, "DbSet<Post> Posts { get; }");
        Assert.Contains("its entity type Post has the deletion time 'DeletedAt', so whether Remove and the save delete the row", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void SoftDelete_None_states_that_removals_delete_the_row_and_generates_the_set()
    {
        var run = GeneratorHarness.Run(Ef + """
            public class Tag { public Guid Id { get; set; } public bool IsDeleted { get; set; } }
            [InMemoryFake(SoftDelete = SoftDelete.None)]
            public interface ITagsDbContext
            {
                DbSet<Tag> Tags { get; }
                Task<int> SaveChangesAsync(CancellationToken cancellationToken);
            }
            }
            """);
        Assertions.NeverFailed(run);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("public global::Microsoft.EntityFrameworkCore.DbSet<global::Diag.Tag> Tags", run.Source(".InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SoftDelete_None_on_a_context_without_a_deletion_flag_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Ef + """
            public class Item { public int Id { get; set; } }
            [InMemoryFake(SoftDelete = SoftDelete.None)]
            public interface IItemsDbContext
            {
                DbSet<Item> Items { get; }
                int SaveChanges();
            }
            }
            """);
        Assertions.NeverFailed(run);
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("SoftDelete = None: no entity type of IItemsDbContext's sets has a deletion flag", Message(d), StringComparison.Ordinal);
    }
}
