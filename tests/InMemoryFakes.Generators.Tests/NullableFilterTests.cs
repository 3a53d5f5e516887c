using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A filter declared nullable under nullable annotations (<c>Expression&lt;Func&lt;T, bool&gt;&gt;? filter</c>, without a
/// default: BeeHappy's MongoDB <c>IGenericRepository.GetAsync(filter, ct)</c>, h-sample41) takes null as the signature
/// says, and null filters nothing, as a filter declared <c>= null</c> does; without the annotation null stays an error.
/// </summary>
public class NullableFilterTests
{
    private const string Source = Sources.Usings + """
        using System.Linq;
        using System.Linq.Expressions;

        namespace V;

        public class Log { public string Id { get; set; } = ""; public string Action { get; set; } = ""; }

        [InMemoryFake]
        public interface ILogs
        {
            Task InsertAsync(Log log, CancellationToken ct = default);
            Task<List<Log>> GetAsync(Expression<Func<Log, bool>>? filter, CancellationToken ct = default);
            long Count(Func<Log, bool>? predicate);
            IReadOnlyList<TProjected> FilterBy<TProjected>(Expression<Func<Log, bool>>? filter, Expression<Func<Log, TProjected>> projection);
            IReadOnlyList<Log> List(Func<IQueryable<Log>, IQueryable<Log>>? query);
            IReadOnlyList<Log> Where(Func<Log, bool> predicate);
        }
        """;

    [Fact]
    public void A_nullable_filter_given_null_filters_nothing_and_one_given_filters()
    {
        var run = GeneratorHarness.Run(Source);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ILogs logs = new InMemoryLogs();
                    logs.InsertAsync(new Log { Id = "a", Action = "login" }).GetAwaiter().GetResult();
                    logs.InsertAsync(new Log { Id = "b", Action = "logout" }).GetAwaiter().GetResult();
                    logs.InsertAsync(new Log { Id = "c", Action = "login" }).GetAwaiter().GetResult();

                    Is(3, logs.GetAsync(null).GetAwaiter().GetResult().Count, "a nullable expression given null lists every entity");
                    Is(2, logs.GetAsync(l => l.Action == "login").GetAwaiter().GetResult().Count, "and given a filter, the matches");
                    Is(3L, logs.Count(null), "a nullable Func given null counts every entity");
                    Is(1L, logs.Count(l => l.Action == "logout"), "and given one, the matches");
                    Is("a,b,c", string.Join(",", logs.FilterBy(null, l => l.Id)), "a projection's nullable filter given null projects every entity");
                    Is("b", string.Join(",", logs.FilterBy(l => l.Action == "logout", l => l.Id)), "and given one, the matches");
                    Is(3, logs.List(null).Count, "a nullable query-shaping function given null lists the whole table");
                    Is(1, logs.List(q => q.Where(l => l.Id == "c")).Count, "and given one, what it shapes");
                    Throws<ArgumentNullException>(() => logs.Where(null!), "predicate", "a filter not declared nullable given null is ArgumentNullException");
                }
            }
            """);
    }

    [Fact]
    public void Without_nullable_annotations_a_filter_given_null_is_still_an_error()
    {
        var run = GeneratorHarness.Run("#nullable disable\n" + Source.Replace("?", "", System.StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ILogs logs = new InMemoryLogs();
                    logs.InsertAsync(new Log { Id = "a", Action = "login" }).GetAwaiter().GetResult();
                    Throws<ArgumentNullException>(() => logs.GetAsync(null!).GetAwaiter().GetResult(), "filter", "an oblivious filter given null is ArgumentNullException");
                    Throws<ArgumentNullException>(() => logs.Count(null!), "predicate", "so is an oblivious Func");
                }
            }
            """);
    }
}
