using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A unit of work whose properties are repositories (the tutorial pattern): generated whole over one change tracker, or
/// refused with the repository's own diagnostics and one on the property (docs/generator.md, "Unit of work of repositories").
/// </summary>
public class CompositeUnitOfWorkTests
{
    private const string Blog = Sources.Usings + """
        namespace Blog;
        public class Post
        {
            private readonly List<string> _tags = new();
            public int Id { get; set; }
            public string Title { get; set; } = "";
            public IReadOnlyList<string> Tags => _tags;
            public void Tag(string tag) => _tags.Add(tag);
        }
        public class Comment { public int Id { get; set; } public int PostId { get; set; } public string Text { get; set; } = ""; }
        public interface IGenericRepository<T> where T : class
        {
            Task<T?> GetByIdAsync(int id);
            Task<IEnumerable<T>> GetAllAsync();
            Task AddAsync(T entity);
            void Remove(T entity);
        }
        public interface IPostRepository
        {
            Task<Post?> GetByIdAsync(int id);
            Task AddAsync(Post p);
            void Remove(Post p);
            Task<IEnumerable<Post>> GetAllAsync();
        }
        public interface ICommentRepository : IGenericRepository<Comment>
        {
            Task<List<Comment>> GetByPostIdAsync(int postId);
        }

        """;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static string Line(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return diagnostic.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).Lines[span.StartLinePosition.Line].ToString().Trim();
    }

    [Fact]
    public void Tutorial_unit_of_work_with_a_generic_and_a_specific_repository()
    {
        var run = GeneratorHarness.Run(Blog + """
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IUnitOfWork : IDisposable
            {
                IPostRepository Posts { get; }
                ICommentRepository Comments { get; }
                Task<int> CompleteAsync();
            }
            """);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void A_foreign_unit_of_work_with_an_inherited_property_a_transaction_and_no_nullable_annotations_compiles()
    {
        const string efCore = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            namespace Microsoft.EntityFrameworkCore.Storage
            {
                public interface IDbContextTransaction : IDisposable, IAsyncDisposable
                {
                    Guid TransactionId { get; }
                    void Commit();
                    Task CommitAsync(CancellationToken cancellationToken = default);
                    void Rollback();
                    Task RollbackAsync(CancellationToken cancellationToken = default);
                }
            }
            """;
        var run = GeneratorHarness.Run(Blog + """
            #nullable disable
            public interface IHasPosts { IPostRepository Posts { get; } }
            public interface IBlogUnitOfWork : IHasPosts, IAsyncDisposable
            {
                ICommentRepository Comments { get; }
                Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
                void SaveChanges();
                void Rollback();
            }
            [InMemoryFake(typeof(IBlogUnitOfWork), MissingDelete = MissingDelete.Ignore)]
            public sealed partial class BlogUnitOfWorkFake;
            """, efCore);
        Assertions.Clean(run);
        Assert.Equal("BlogUnitOfWorkFake", Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0021").GetMessage(CultureInfo.InvariantCulture).Split(' ')[0]);
        var source = run.Source("BlogUnitOfWorkFake.InMemoryFake.g.cs");
        Assert.Contains("partial class BlogUnitOfWorkFake : global::Blog.IBlogUnitOfWork", source, System.StringComparison.Ordinal);
        Assert.Contains("return new __DbContextTransaction(__core.BeginTransaction());", source, System.StringComparison.Ordinal);
        Assert.Contains("private sealed partial class __PostRepository : global::Blog.IPostRepository", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_repositories_that_prove_different_models_for_one_entity_are_refused()
    {
        var run = GeneratorHarness.Run(Blog + """
            public interface IPostsBySlug
            {
                Post? GetByTitle(string title);
                bool DeleteByTitle(string title);
                void Add(Post post);
            }
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IUnitOfWork
            {
                IPostRepository Posts { get; }
                IPostsBySlug PostsByTitle { get; }
                int SaveChanges();
            }
            """);
        Assertions.GeneratorReported(run, "IMF0023");
        var d = run.GeneratorDiagnostics.Single(static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("IPostsBySlug PostsByTitle { get; }", Line(d));
        Assert.Equal("'PostsByTitle' of IUnitOfWork, a unit of work of repositories, cannot be generated: it stores Post as Posts does, but the two repositories prove different keys, unique values, indexes or concurrency tokens for it, and one unit of work has one table per entity type."
            + " Write it in the partial class InMemoryUnitOfWork, where ((IInMemoryFake)this).Core reaches the unit of work's tables and change tracker, or change the interface (docs/generator.md#unit-of-work-of-repositories)", Message(d));
    }

    [Fact]
    public void A_property_of_an_interface_that_is_no_repository_is_refused_on_the_property()
    {
        var run = GeneratorHarness.Run(Blog + """
            public interface IClock { DateTime Now { get; } }
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IUnitOfWork
            {
                IPostRepository Posts { get; }
                IClock Clock { get; }
                int SaveChanges();
            }
            """);
        Assertions.GeneratorReported(run, "IMF0023");
        var d = run.GeneratorDiagnostics.Single(static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("IClock Clock { get; }", Line(d));
        Assert.Equal("'Clock' of IUnitOfWork, a unit of work of repositories, cannot be generated: its type IClock is not a repository: its members describe no entity type with a key (read as a key-value store); a unit of work's properties are generated as repositories over its change tracker. Write it in the partial class InMemoryUnitOfWork, where ((IInMemoryFake)this).Core reaches the unit of work's tables and change tracker, or change the interface (docs/generator.md#unit-of-work-of-repositories)", Message(d));
    }

    [Fact]
    public void A_repository_with_a_member_no_convention_covers_is_refused_on_the_member_and_on_the_property()
    {
        var run = GeneratorHarness.Run(Blog + """
            public interface IPostCommands
            {
                Task AddAsync(Post post);
                void Promote(Post post);
            }
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IUnitOfWork
            {
                IPostCommands Posts { get; }
                ICommentRepository Comments { get; }
                Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
            }
            """);
        Assertions.GeneratorReported(run, "IMF0001", "IMF0023");
        var lines = run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info).Select(d => Line(d) + " => " + Message(d)).OrderBy(static l => l, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "IPostCommands Posts { get; } => 'Posts' of IUnitOfWork, a unit of work of repositories, cannot be generated: its type IPostCommands has members the entity-repository conventions cannot implement (Promote; each is reported there), and a unit of work's repositories are generated only whole. Write it in the partial class InMemoryUnitOfWork, where ((IInMemoryFake)this).Core reaches the unit of work's tables and change tracker, or change the interface (docs/generator.md#unit-of-work-of-repositories)",
                "void Promote(Post post); => 'Promote' of IPostCommands matches no entity repository convention: 'Promote' is not a known verb (Add/Insert, Update/Replace, Upsert/Save, Get/Find, Delete/Remove, Exists/Contains, Count/LongCount, GetAll/List, GetPagedList/GetPagedResponse, Clear/Purge, AddRange/UpdateRange/UpsertRange/DeleteRange, BulkInsertOrUpdate/BulkUpsert, Update/Set{Property}(key, value), Rename(key, name), Increment/Increase{Property}(key), Mark/Flag…As{Value}(key), Toggle/Flip{Flag}(key), Get/Set{Property}(entity), derived queries such as FindByName, or a Func<T, bool> predicate; more synonyms in docs/generator.md#entity-repository) (so IUnitOfWork.Posts, which returns IPostCommands, is not generated: IMF0023). Implement it in the partial class InMemoryPostCommands, where its Store property reaches the fake's table in one line: Store.Call(nameof(Promote), post) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            },
            lines);

        // The property is left out whole (no repository without its members): the compiler asks for it until it is written.
        Assert.DoesNotContain("IPostCommands Posts", run.Source("IUnitOfWork.InMemoryFake.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains(run.CompilationDiagnostics, static d => d.Id == "CS0535" && d.GetMessage(CultureInfo.InvariantCulture).Contains("IUnitOfWork.Posts", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_of_work_of_repositories_without_a_save_is_refused_on_each_property()
    {
        var run = GeneratorHarness.Run(Blog + """
            [InMemoryFake]
            public interface IReadOnlyUnitOfWork : IDisposable
            {
                IPostRepository Posts { get; }
            }
            """);
        Assertions.GeneratorReported(run, "IMF0023");
        var d = run.GeneratorDiagnostics.Single(static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("IPostRepository Posts { get; }", Line(d));
        Assert.Equal("'Posts' of IReadOnlyUnitOfWork, a unit of work of repositories, cannot be generated: it returns the repository IPostRepository, but IReadOnlyUnitOfWork has no save (SaveChanges, Complete, Commit, Save, SaveAll, SaveEntities, each also …Async), so whether the repository's writes wait for one cannot be told; a unit of work of repositories is generated with its save. Write it in the partial class InMemoryReadOnlyUnitOfWork, where ((IInMemoryFake)this).Core reaches the unit of work's tables and change tracker, or change the interface (docs/generator.md#unit-of-work-of-repositories)", Message(d));
    }

    [Fact]
    public void A_bundle_of_repositories_without_any_save_is_generated_without_a_change_tracker()
    {
        // Microsoft's customers-orders sample: IContosoRepository { ICustomerRepository Customers { get; } … }, and no save
        // on it or on any repository: each repository saves its own writes, as it would on its own.
        var run = GeneratorHarness.Run(Blog + """
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IBlogRepository
            {
                IPostRepository Posts { get; }
                ICommentRepository Comments { get; }
            }
            """);
        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info));
        Assert.Empty(run.CompilationDiagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain(".UnitOfWork(", run.Source("IBlogRepository.InMemoryFake.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_of_repositories_without_a_save_of_its_own_is_refused_when_a_repository_has_one()
    {
        // A repository with its own SaveChangesAsync may be one that only tracks until it (EF Core's DbSet.Add): whether
        // its writes wait cannot be told, so the bundle stays refused.
        var run = GeneratorHarness.Run(Blog + """
            public interface IDraftRepository
            {
                Task AddAsync(Post p);
                Task<Post?> GetByIdAsync(int id);
                Task<int> SaveChangesAsync();
            }

            [InMemoryFake]
            public interface IDraftBundle
            {
                IDraftRepository Drafts { get; }
            }
            """);
        Assertions.GeneratorReported(run, "IMF0023");
        var d = run.GeneratorDiagnostics.Single(static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("'Drafts' of IDraftBundle, a unit of work of repositories, cannot be generated: it returns the repository IDraftRepository, but IDraftBundle has no save (SaveChanges, Complete, Commit, Save, SaveAll, SaveEntities, each also …Async), so whether the repository's writes wait for one cannot be told; a unit of work of repositories is generated with its save. Write it in the partial class InMemoryDraftBundle, where ((IInMemoryFake)this).Core reaches the unit of work's tables and change tracker, or change the interface (docs/generator.md#unit-of-work-of-repositories)", Message(d));
    }

    [Fact]
    public void A_generic_repository_accessor_is_refused_and_can_be_written_by_hand()
    {
        const string unitOfWork = """
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IUnitOfWork
            {
                IPostRepository Posts { get; }
                IGenericRepository<T> Repository<T>() where T : class;
                Task<int> CommitAsync();
            }

            """;
        var refused = GeneratorHarness.Run(Blog + unitOfWork);
        Assertions.GeneratorReported(refused, "IMF0023");
        var d = refused.GeneratorDiagnostics.Single(static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("IGenericRepository<T> Repository<T>() where T : class;", Line(d));
        Assert.Equal("'Repository' of IUnitOfWork, a unit of work of repositories, cannot be generated: a generic repository accessor serves entity types known only at run time, whose keys and copies the generator cannot plan; declare one property per repository (IRepository<Post> Posts { get; }), each generated over the unit of work's change tracker, and write the accessor over them. Write it in the partial class InMemoryUnitOfWork, where ((IInMemoryFake)this).Core reaches the unit of work's tables and change tracker, or change the interface (docs/generator.md#unit-of-work-of-repositories)", Message(d));

        var written = GeneratorHarness.Run(Blog + unitOfWork + """
            public partial class InMemoryUnitOfWork
            {
                public IGenericRepository<T> Repository<T>() where T : class => throw new NotSupportedException(typeof(T).Name);
            }
            """);
        Assertions.Clean(written);
    }
}
