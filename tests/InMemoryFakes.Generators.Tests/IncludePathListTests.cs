using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A collection of strings named as navigation paths (<c>string[]? includes = null</c>, <c>params string[] includes</c>,
/// <c>IEnumerable&lt;string&gt; includePaths</c>) is EF Core's <c>Include(string)</c> on each: eager loading, which a fake
/// holding the whole graph it was given has nothing to do for, so the read reads as without it. h-sample44's first try
/// at TURKERBEY/BookStore's <c>IBaseRepository&lt;T&gt;</c> found every read refused for its <c>string[]? includes</c> (IMF0018,
/// IMF0001) although the expression form of the same list was already ignored. A string collection named otherwise
/// (a list of tags) stays a condition the member must prove. A list-everything name with an <c>Including</c> tail beside an
/// include list (<c>AllIncluding(params Expression&lt;Func&lt;T, object&gt;&gt;[] includeProperties)</c>, chsakell's
/// <c>IEntityBaseRepository&lt;T&gt;</c> that The-Date-App's pick inherits) lists every entity, as the list without it.
/// </summary>
public class IncludePathListTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + "using System.Linq.Expressions;\n" + source);

    [Fact]
    public void Reads_with_include_paths_read_as_without_them()
    {
        var run = Run("""
            namespace V;
            public class Tenant { public int Id { get; set; } public string Name { get; set; } = ""; public string Number { get; set; } = ""; }
            [InMemoryFake]
            public interface ITenantRepository
            {
                Task AddAsync(Tenant entity, CancellationToken cancellationToken = default);
                Task<Tenant?> GetByIdAsync(int id, bool asNoTracking = true, string[]? includes = null, CancellationToken cancellationToken = default);
                Task<IEnumerable<Tenant>> FindAsync(Expression<Func<Tenant, bool>> predicate, bool asNoTracking = true, string[]? includes = null, CancellationToken cancellationToken = default);
                Tenant? FindByNumber(string number, params string[] includes);
                IReadOnlyList<Tenant> GetAll(IEnumerable<string> includePaths);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ITenantRepository tenants = new InMemoryTenantRepository();
                    var acme = new Tenant { Name = "Acme", Number = "T-1" };
                    tenants.AddAsync(acme).GetAwaiter().GetResult();
                    tenants.AddAsync(new Tenant { Name = "Globex", Number = "T-2" }).GetAwaiter().GetResult();
                    Is("Acme", tenants.GetByIdAsync(acme.Id, includes: new[] { "Users" }).GetAwaiter().GetResult()?.Name, "GetByIdAsync with include paths reads the tenant");
                    Is("Acme", tenants.GetByIdAsync(acme.Id).GetAwaiter().GetResult()?.Name, "and without them");
                    Is(null, tenants.GetByIdAsync(99, includes: new[] { "Users" }).GetAwaiter().GetResult(), "an unknown id is null either way");
                    Is(1, System.Linq.Enumerable.Count(tenants.FindAsync(t => t.Number == "T-2", includes: new[] { "Users", "Users.Roles" }).GetAwaiter().GetResult()), "FindAsync filters, the paths aside");
                    Is("Globex", tenants.FindByNumber("T-2", "Users")?.Name, "FindByNumber(number, params includes)");
                    Is(2, tenants.GetAll(new[] { "Users" }).Count, "GetAll(includePaths) lists every tenant");
                }
            }
            """);
    }

    [Fact]
    public void A_string_collection_named_otherwise_is_still_a_condition_to_prove()
    {
        var run = Run("""
            namespace V;
            public class Tenant { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface ITenantRepository
            {
                void Add(Tenant entity);
                Tenant? GetById(int id, string[]? tags = null);
            }
            """);
        Assertions.GeneratorReported(run, "IMF0001");
    }

    [Fact]
    public void AllIncluding_beside_an_include_list_lists_every_entity_and_the_tail_alone_proves_nothing()
    {
        var run = Run("""
            namespace V;
            public class Message { public Guid Id { get; set; } public string Content { get; set; } = ""; }
            [InMemoryFake]
            public interface IMessageRepository
            {
                void Add(Message entity);
                IEnumerable<Message> AllIncluding(params Expression<Func<Message, object>>[] includeProperties);
                Task<IEnumerable<Message>> AllIncludingAsync(params Expression<Func<Message, object>>[] includeProperties);
                IReadOnlyList<Message> GetAllIncluding(string[] includes);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IMessageRepository messages = new InMemoryMessageRepository();
                    messages.Add(new Message { Content = "hello" });
                    messages.Add(new Message { Content = "hi" });
                    Is(2, System.Linq.Enumerable.Count(messages.AllIncluding()), "AllIncluding() lists every message");
                    Is(2, System.Linq.Enumerable.Count(messages.AllIncluding(m => m.Content)), "with an include too");
                    Is(2, System.Linq.Enumerable.Count(messages.AllIncludingAsync().GetAwaiter().GetResult()), "AllIncludingAsync");
                    Is(2, messages.GetAllIncluding(new[] { "Sender" }).Count, "GetAllIncluding(includes)");
                }
            }
            """);

        var bare = Run("""
            namespace V;
            public class Message { public Guid Id { get; set; } public string Content { get; set; } = ""; }
            [InMemoryFake]
            public interface IMessageRepository
            {
                void Add(Message entity);
                IReadOnlyList<Message> GetAllIncluding();
            }
            """);
        Assertions.GeneratorReported(bare, "IMF0001");
    }
}
