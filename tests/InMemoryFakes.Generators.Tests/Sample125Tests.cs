using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample125 (session 38), AI applications' chat history, memory, vector and document stores. AIGallery's
/// <c>IPreparedPromtRepository</c> inherits the nArchitecture template's <c>IAsyncRepository&lt;T, TId&gt;</c> and
/// <c>IRepository&lt;T, TId&gt;</c>: its reads take <c>bool withDeleted = false</c> (EF Core's <c>IgnoreQueryFilters()</c> over a
/// <c>HasQueryFilter(!DeletedDate.HasValue)</c>) and <c>bool enableTracking = true</c>, and its deletes a <c>bool permanent =
/// false</c>. Its <c>IQueryable&lt;T&gt; Query()</c> listed the rows the real query filter hides, silently: now refused beside
/// such a switch. <c>enableTracking</c> is a tracking flag; a <c>withDeleted</c> the fake cannot follow is refused for what it
/// is (it was "not used by any condition", with the paging forms), and a range removal beside <c>permanent</c> names the
/// switch (it was "it must take one collection of …", which it does).
/// </summary>
public class Sample125Tests
{
    /// <summary>EF Core's include function type, declared here (the harness compiles without EF Core).</summary>
    private const string Includable = """
        namespace Microsoft.EntityFrameworkCore.Query
        {
            public interface IIncludableQueryable<out TEntity, out TProperty> : System.Linq.IQueryable<TEntity>
            {
            }
        }

        """;

    private const string Prompts = Sources.Usings + """
        #nullable enable
        using System.Linq;
        using System.Linq.Expressions;
        using Microsoft.EntityFrameworkCore.Query;

        """ + Includable + """
        namespace V
        {

        public class Entity<TId>
        {
            public TId Id { get; set; } = default!;
            public DateTime CreatedDate { get; set; }
            public DateTime? UpdatedDate { get; set; }
            public DateTime? DeletedDate { get; set; }
        }

        public class PreparedPrompt : Entity<Guid>
        {
            public string Name { get; set; } = "";
            public int Sort { get; set; }
        }

        public interface IQuery<T>
        {
            IQueryable<T> Query();
        }

        public interface IAsyncRepository<TEntity, TEntityId> : IQuery<TEntity>
            where TEntity : Entity<TEntityId>
        {
            Task<TEntity?> GetAsync(Expression<Func<TEntity, bool>> predicate, Func<IQueryable<TEntity>, IIncludableQueryable<TEntity, object>>? include = null,
                bool withDeleted = false, bool enableTracking = true, CancellationToken cancellationToken = default);
            Task<TEntity> AddAsync(TEntity entity);
            Task<TEntity> UpdateAsync(TEntity entity);
            Task<ICollection<TEntity>> DeleteRangeAsync(ICollection<TEntity> entity, bool permanent = false);
        }

        [InMemoryFake(NotStamped = new[] { "CreatedDate", "UpdatedDate" })]
        public interface IPreparedPromtRepository : IAsyncRepository<PreparedPrompt, Guid>
        {
        }
        }
        """;

    [Fact]
    public void A_read_taking_a_switch_for_soft_deleted_rows_is_refused_for_what_the_switch_is()
    {
        var run = GeneratorHarness.Run(Prompts);
        var get = run.GeneratorDiagnostics.Single(d => d.Id == "IMF0018" && Refusals.PointedAt(d) == "GetAsync").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith(
            "'GetAsync' of IPreparedPromtRepository: 'withDeleted' is a switch for the rows a soft delete only marked, which the store's reads leave out unless it is true (EF Core's query filter, which IgnoreQueryFilters() lifts): "
            + "which rows those are is the store's rule, and the fake follows such a switch only when it is named include{Flag} after a bool flag of the entity (includeDeleted of an IsDeleted), "
            + "not a deletion time (DeletedAt, DeletedDate) nor another name", get, StringComparison.Ordinal);
        Assert.DoesNotContain("not used by any condition", get, StringComparison.Ordinal);
        Assert.DoesNotContain("bool enableTracking", get, StringComparison.Ordinal);
    }

    [Fact]
    public void A_queryable_beside_reads_with_a_soft_deleted_rows_switch_is_refused()
    {
        var run = GeneratorHarness.Run(Prompts);
        Assert.StartsWith(
            "'Query' of IPreparedPromtRepository matches no entity repository convention: the interface's reads take a switch for deleted PreparedPrompt rows ('GetAsync(withDeleted)'), so the store keeps the rows its deletes mark "
            + "(the deletion time 'DeletedDate') and leaves them out of a read unless asked; whether 'Query', which takes no such switch, leaves them out too (as EF Core's query filter does for every query) or shows them is the store's own rule, which the signature does not show.",
            Refusals.Message(run, "Query"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_removal_beside_a_permanent_switch_names_the_switch()
    {
        var run = GeneratorHarness.Run(Prompts);
        var message = Refusals.Message(run, "DeleteRangeAsync");
        Assert.StartsWith(
            "'DeleteRangeAsync' of IPreparedPromtRepository matches no entity repository convention: a removal of a collection of PreparedPrompt beside 'permanent' switches between removing the row and a soft delete, "
            + "which sets a flag the store picks (a deletion flag, a timestamp) on a row its reads may still return or hide: the store's own, so it is not a parameter to ignore.",
            message, StringComparison.Ordinal);
        Assert.DoesNotContain("it must take one collection", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writes_are_still_generated_and_the_refusals_are_exactly_these()
    {
        var run = GeneratorHarness.Run(Prompts);
        Assert.Equal(new[] { "IMF0001 DeleteRangeAsync", "IMF0001 Query", "IMF0018 GetAsync" }, Refusals.Listed(run));
    }

    private const string Tracking = Sources.Usings + """
        #nullable enable
        using System.Linq;
        using System.Linq.Expressions;
        using Microsoft.EntityFrameworkCore.Query;

        """ + Includable + """
        namespace V
        {

        public class Prompt
        {
            public Guid Id { get; set; }
            public string Name { get; set; } = "";
            public int Sort { get; set; }
        }

        [InMemoryFake]
        public interface IPromptRepository
        {
            Prompt? Get(Expression<Func<Prompt, bool>> predicate, Func<IQueryable<Prompt>, IIncludableQueryable<Prompt, object>>? include = null, bool enableTracking = true);
            List<Prompt> GetList(Expression<Func<Prompt, bool>>? predicate = null, Func<IQueryable<Prompt>, IOrderedQueryable<Prompt>>? orderBy = null, bool enableTracking = true);
            bool Any(Expression<Func<Prompt, bool>>? predicate = null, bool enableTracking = true);
            Prompt Add(Prompt entity);
        }
        }
        """;

    [Fact]
    public void EnableTracking_is_a_tracking_flag_a_read_without_a_save_ignores()
    {
        var run = GeneratorHarness.Run(Tracking);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPromptRepository prompts = new InMemoryPromptRepository();
                    Is(false, prompts.Any(), "a new table has no prompt");
                    prompts.Add(new Prompt { Name = "viking", Sort = 2 });
                    prompts.Add(new Prompt { Name = "phoenix", Sort = 1 });
                    Is("viking", prompts.Get(p => p.Sort == 2, enableTracking: false)!.Name, "Get finds by the predicate, tracking or not");
                    Is("phoenix,viking", string.Join(",", prompts.GetList(orderBy: q => q.OrderBy(p => p.Sort), enableTracking: true).Select(p => p.Name)), "GetList orders by the function given");
                    Is(true, prompts.Any(p => p.Name == "phoenix", enableTracking: false), "Any of a match");
                }
            }
            """);
    }
}
