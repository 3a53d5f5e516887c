using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A lookup of one entity declared without nullable annotations (<c>#nullable disable</c>) whose name does not say null:
/// <c>Customer GetById(string id)</c>, <c>Task&lt;Customer&gt; GetAsync(string id)</c>, <c>GetByEmail</c>, a <c>Get</c> by
/// predicate. Stores of that very signature disagree on a missing one (FreeSql's and EF Core's FirstOrDefault repositories
/// answer null; ABP's application services and MS Learn Tailspin's <c>GetItemAsync</c> throw), and before session 29 the
/// fake answered null for all of them without a word (h-oblivious). It still answers null, the answer of 116 of the corpus's
/// 124 such lookups, and now says so (IMF0026, Info, naming the one-line setting for a store that throws) unless something
/// proves the answer: a stated
/// <c>MissingKeyReads</c>, an annotation (<c>[return: MaybeNull]</c>/<c>[return: NotNull]</c>, JetBrains'
/// <c>[CanBeNull]</c>/<c>[NotNull]</c>/<c>[ItemCanBeNull]</c>/<c>[ItemNotNull]</c>), or a Find by key beside it (ABP's pair,
/// AbpStyleShapes and SilentGuessClassTests). A name that says null (<c>Find…</c>, <c>…OrDefault</c>) keeps null.
/// </summary>
public class ObliviousLookupTests
{
    private const string Fix = "if yours does, set MissingKeyReads = MissingKeyRead.NotFound on [InMemoryFake]; to say it answers null, set MissingKeyReads = MissingKeyRead.Default";

    /// <summary>The members IMF0026 points at, in order.</summary>
    private static string[] Reported(GeneratorRun run)
        => run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0026").Select(Refusals.PointedAt).OrderBy(static m => m, StringComparer.Ordinal).ToArray();

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.Id == "IMF0026" && Refusals.PointedAt(d) == member).GetMessage(CultureInfo.InvariantCulture);

    private static string Customers(string attribute, string lookups) => Sources.Usings + """
        using System.Diagnostics.CodeAnalysis;
        using System.Linq.Expressions;
        #nullable disable
        namespace V;

        public class Customer
        {
            public string Id { get; set; }
            public string Email { get; set; }
        }

        [InMemoryFake(ATTRIBUTE)]
        public interface ICustomers
        {
            void Add(Customer customer);
            LOOKUPS
        }
        """.Replace("(ATTRIBUTE)", attribute.Length == 0 ? "" : "(" + attribute + ")", StringComparison.Ordinal).Replace("LOOKUPS", lookups, StringComparison.Ordinal);

    private const string Lookups = """
        Customer GetById(string id);
            Task<Customer> GetAsync(string id);
            Customer GetByEmail(string email);
            Task<Customer> GetFirstAsync(Expression<Func<Customer, bool>> predicate);
        """;

    [Fact]
    public void Oblivious_Get_lookups_without_a_proof_answer_null_and_say_so_naming_the_setting()
    {
        var run = GeneratorHarness.Run(Customers("", Lookups));
        Assertions.Clean(run);
        Assert.Equal(new[] { "GetAsync", "GetByEmail", "GetById", "GetFirstAsync" }, Reported(run));
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0026"), static d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains("ICustomers.GetById answers null for a missing key: its result Customer is declared without nullable annotations (#nullable disable)", Message(run, "GetById"), StringComparison.Ordinal);
        Assert.Contains("ICustomers.GetByEmail answers null for no match", Message(run, "GetByEmail"), StringComparison.Ordinal);
        Assert.Contains("Some throw instead (ABP's application services, MS Learn Tailspin's GetItemAsync)", Message(run, "GetAsync"), StringComparison.Ordinal);
        Assert.Contains(Fix, Message(run, "GetFirstAsync"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICustomers customers = new InMemoryCustomers();
                    customers.Add(new Customer { Id = "a", Email = "a@x" });
                    Is("a@x", customers.GetById("a")?.Email, "found by key");
                    Is(null, customers.GetById("b"), "a missing key: null");
                    Is(null, customers.GetAsync("b").GetAwaiter().GetResult(), "a missing key: null, async");
                    Is(null, customers.GetByEmail("b@x"), "no match: null");
                    Is(null, customers.GetFirstAsync(c => c.Email == "b@x").GetAwaiter().GetResult(), "no match by predicate: null, async");
                }
            }
            """);
    }

    [Fact]
    public void Names_that_say_null_keep_null_when_missing()
    {
        var run = GeneratorHarness.Run(Customers("", """
            Customer FindByEmail(string email);
                Task<Customer> FirstOrDefaultAsync(Expression<Func<Customer, bool>> predicate);
                Customer GetByIdOptional(string id);
            """));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICustomers customers = new InMemoryCustomers();
                    customers.Add(new Customer { Id = "a", Email = "a@x" });
                    Is("a", customers.FindByEmail("a@x")?.Id, "found");
                    Is(null, customers.FindByEmail("b@x"), "Find: null for no match");
                    Is(null, customers.FirstOrDefaultAsync(c => c.Email == "b@x").GetAwaiter().GetResult(), "FirstOrDefault: null");
                    Is(null, customers.GetByIdOptional("b"), "a trailing Optional: null");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyReads_Default_states_null_for_every_oblivious_lookup_sync_and_async()
    {
        var run = GeneratorHarness.Run(Customers("MissingKeyReads = MissingKeyRead.Default", Lookups));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICustomers customers = new InMemoryCustomers();
                    customers.Add(new Customer { Id = "a", Email = "a@x" });
                    Is("a@x", customers.GetById("a")?.Email, "found by key");
                    Is("a@x", customers.GetAsync("a").GetAwaiter().GetResult()?.Email, "found by key, async");
                    Is(null, customers.GetById("b"), "a missing key: null");
                    Is(null, customers.GetAsync("b").GetAwaiter().GetResult(), "a missing key: null, async");
                    Is(null, customers.GetByEmail("b@x"), "no match: null");
                    Is(null, customers.GetFirstAsync(c => c.Email == "b@x").GetAwaiter().GetResult(), "no match by predicate: null, async");
                    Throws<ArgumentNullException>(() => customers.GetById(null), "id", "a null key");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyReads_NotFound_states_the_not_found_error_for_every_oblivious_lookup_sync_and_async()
    {
        var run = GeneratorHarness.Run(Customers("MissingKeyReads = MissingKeyRead.NotFound", Lookups));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICustomers customers = new InMemoryCustomers();
                    customers.Add(new Customer { Id = "a", Email = "a@x" });
                    Is("a@x", customers.GetById("a").Email, "found by key");
                    Is("a@x", customers.GetAsync("a").GetAwaiter().GetResult().Email, "found by key, async");
                    Is("a", customers.GetByEmail("a@x").Id, "found by email");
                    Throws<KeyNotFoundException>(() => customers.GetById("b"), null, "a missing key");
                    Throws<KeyNotFoundException>(() => customers.GetAsync("b").GetAwaiter().GetResult(), null, "a missing key, async");
                    Throws<KeyNotFoundException>(() => customers.GetByEmail("b@x"), null, "no match");
                    Throws<KeyNotFoundException>(() => customers.GetFirstAsync(c => c.Email == "b@x").GetAwaiter().GetResult(), null, "no match by predicate, async");
                    Is("a@x", customers.GetById("a").Email, "still stored");
                }
            }
            """);
    }

    [Fact]
    public void The_pre_nullable_annotations_prove_the_answer()
    {
        var run = GeneratorHarness.Run(Customers("", """
            [return: MaybeNull] Customer GetById(string id);
                [return: NotNull] Customer GetByEmail(string email);
                [CanBeNull] Customer Get(string id);
                [ItemNotNull] Task<Customer> GetAsync(string id);
                [ItemCanBeNull] Task<Customer> LoadAsync(string id);
            """) + """

            [AttributeUsage(AttributeTargets.All)] public sealed class CanBeNullAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.All)] public sealed class ItemNotNullAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.All)] public sealed class ItemCanBeNullAttribute : Attribute { }
            """);
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICustomers customers = new InMemoryCustomers();
                    customers.Add(new Customer { Id = "a", Email = "a@x" });
                    Is("a", customers.GetById("a")?.Id, "found");
                    Is(null, customers.GetById("b"), "[return: MaybeNull]: null");
                    Throws<KeyNotFoundException>(() => customers.GetByEmail("b@x"), null, "[return: NotNull]: the not-found error");
                    Is(null, customers.Get("b"), "JetBrains [CanBeNull]: null");
                    Throws<KeyNotFoundException>(() => customers.GetAsync("b").GetAwaiter().GetResult(), null, "JetBrains [ItemNotNull]: the not-found error");
                    Is(null, customers.LoadAsync("b").GetAwaiter().GetResult(), "JetBrains [ItemCanBeNull]: null");
                }
            }
            """);
    }

    [Fact]
    public void A_task_annotated_for_itself_proves_nothing_about_the_entity()
    {
        // JetBrains' [CanBeNull] on a Task-returning method speaks of the task; [ItemCanBeNull] is the one for its result.
        var run = GeneratorHarness.Run(Customers("", """
            [CanBeNull] Task<Customer> GetAsync(string id);
            """) + """

            [AttributeUsage(AttributeTargets.All)] public sealed class CanBeNullAttribute : Attribute { }
            """);
        Assertions.Clean(run);
        Assert.Equal(new[] { "GetAsync" }, Reported(run));
    }

    [Fact]
    public void The_same_lookups_under_nullable_annotations_are_decided_by_their_results()
    {
        var run = GeneratorHarness.Run(Customers("", """
            Customer GetById(string id);
                Task<Customer?> GetAsync(string id);
            """).Replace("#nullable disable", "#nullable enable", StringComparison.Ordinal).Replace(" { get; set; }", " { get; set; } = \"\";", StringComparison.Ordinal));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICustomers customers = new InMemoryCustomers();
                    Throws<KeyNotFoundException>(() => customers.GetById("b"), null, "T: the not-found error");
                    Is(null, customers.GetAsync("b").GetAwaiter().GetResult(), "T?: null");
                }
            }
            """);
    }
}
