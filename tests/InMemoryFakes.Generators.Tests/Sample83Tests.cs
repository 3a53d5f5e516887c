using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample83 (session 30), an out-of-sample round on banking and finance applications. Two silent guesses:
/// MooBank's repositories take Asm.Domain's <c>ISpecification&lt;T&gt;</c>, which has a <c>Criteria</c> (default: every
/// entity) and an <c>Apply(IQueryable&lt;T&gt;)</c> (default: <c>query.Where(Criteria)</c>) that its specifications override;
/// the real <c>Get(spec)</c> runs <c>spec.Apply(entities)</c>, the fake filtered by <c>Criteria</c> alone and so listed every
/// entity for a specification whose <c>Apply</c> filters. And biobankinguk's <c>ICapabilityIndexProvider</c> writes three
/// partial documents under an id (<c>Update(int, PartialCapability)</c>, <c>Update(int, PartialBiobank)</c>,
/// <c>Update(int, PartialNetworks)</c>) and reads nothing back: the key-value store's value type was the tie-break's pick by
/// name (<c>PartialBiobank</c>), and the fake stored that partial as the whole value, inserting it for an id never indexed,
/// where the real Elasticsearch update merges fields into the document and fails for a missing one. Both are refused now.
/// </summary>
public class Sample83Tests
{
    private const string SpecificationSource = """
        using System.Linq;
        using System.Linq.Expressions;

        namespace V;

        public class Account
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public bool Shared { get; set; }
        }

        public interface ISpecification<T> where T : class
        {
            Expression<Func<T, bool>> Criteria => static _ => true;

            IQueryable<T> Apply(IQueryable<T> query) => query.Where(Criteria);
        }

        public interface ISatisfied<T>
        {
            bool IsSatisfiedBy(T entity);

            IQueryable<T> Apply(IQueryable<T> query);
        }

        public interface IFilter<T>
        {
            IQueryable<T> Apply(IQueryable<T> query);
        }

        public interface ICriteria<T>
        {
            Expression<Func<T, bool>> Criteria { get; }
        }

        [InMemoryFake]
        public interface IAccountRepository
        {
            Task<Account?> FindAsync(int id);
            void Add(Account account);
            Task<IEnumerable<Account>> Get(ISpecification<Account> specification);
            Task<int> CountAsync(ISatisfied<Account> specification);
            Task<List<Account>> ListAsync(IFilter<Account> filter);
            Task<List<Account>> ListAsync(ICriteria<Account> specification);
        }
        """;

    [Fact]
    public void A_specification_with_a_criteria_and_a_method_that_applies_it_to_a_query_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + SpecificationSource);

        var refused = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => (Refusals.PointedAt(d), d.GetMessage(CultureInfo.InvariantCulture))).OrderBy(static d => d.Item1, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "CountAsync", "Get" }, refused.Select(static r => r.Item1));
        Assert.Contains("its specification V.ISpecification<V.Account> has Criteria and also applies itself to a query (Apply(IQueryable<Account>)), so whether the real store filters by the one or runs the other", refused[1].Item2, StringComparison.Ordinal);
        Assert.Contains("its specification V.ISatisfied<V.Account> has IsSatisfiedBy and also applies itself to a query (Apply(IQueryable<Account>))", refused[0].Item2, StringComparison.Ordinal);
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_specification_that_only_applies_itself_or_only_has_a_criteria_stays_generated()
    {
        var source = Refusals.Without(Sources.Usings + SpecificationSource, "    Task<IEnumerable<Account>> Get(ISpecification<Account> specification);", "    Task<int> CountAsync(ISatisfied<Account> specification);");
        var run = GeneratorHarness.Run(source);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV.Replace("using V;", "using V;\nusing System.Linq;\nusing System.Linq.Expressions;", StringComparison.Ordinal) + """
                private sealed class SharedFirst : IFilter<Account>
                {
                    public IQueryable<Account> Apply(IQueryable<Account> query) => query.Where(a => a.Shared).OrderBy(a => a.Name);
                }

                private sealed class Named : ICriteria<Account>
                {
                    public Expression<Func<Account, bool>> Criteria => a => a.Name.StartsWith("S");
                }

                public static void Run()
                {
                    IAccountRepository accounts = new InMemoryAccountRepository();
                    accounts.Add(new Account { Id = 1, Name = "Savings" });
                    accounts.Add(new Account { Id = 2, Name = "Offset", Shared = true });
                    accounts.Add(new Account { Id = 3, Name = "Everyday", Shared = true });
                    var shared = accounts.ListAsync(new SharedFirst()).Result;
                    Is("Everyday,Offset", string.Join(",", shared.Select(a => a.Name)), "a filter that only applies itself is run over the accounts");
                    var named = accounts.ListAsync(new Named()).Result;
                    Is("Savings", string.Join(",", named.Select(a => a.Name)), "a criteria alone filters");
                }
            }
            """);
    }

    private const string PartialWritesSource = """
        namespace V;

        public class Document
        {
            public int Id { get; set; }
            public string? Title { get; set; }
        }

        public class PartialTitle
        {
            public string? Title { get; set; }
        }

        public class PartialTags
        {
            public List<string>? Tags { get; set; }
        }

        [InMemoryFake]
        public interface IDocumentIndex
        {
            void Update(int id, PartialTitle partialTitle);
            void Update(int id, PartialTags partialTags);
            void Delete(int id);
            Task ClearAsync();
        }

        [InMemoryFake]
        public interface ITitleWrites
        {
            void Save(int id, PartialTitle title);
            void Put(int id, PartialTags tags);
        }
        """;

    [Fact]
    public void Writes_of_several_value_types_in_equal_numbers_with_no_read_are_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + PartialWritesSource);

        var refused = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").ToList();
        Assert.Equal(new[] { "Put", "Save", "Update", "Update" }, refused.Select(Refusals.PointedAt).OrderBy(static m => m, StringComparer.Ordinal));
        Assert.All(refused, static d => Assert.Contains(
            "no member reads a value back, and the writes take V.PartialTags and V.PartialTitle in equal numbers, so which of them the store keeps under a key is not said",
            d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id != "IMF0001" && d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_read_of_the_values_still_decides_the_value_type()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class PartialTitle
            {
                public string? Title { get; set; }
            }

            public class PartialTags
            {
                public List<string>? Tags { get; set; }
            }

            [InMemoryFake]
            public interface IReadTitles
            {
                void Update(int id, PartialTitle title);
                void Update(int id, PartialTags tags);
                PartialTitle? Get(int id);
            }
            """);

        Refusals.Exactly(run, ("Update", "its value type V.PartialTags differs from the store's value type V.PartialTitle"));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void Writes_of_one_value_type_with_no_read_stay_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class PartialTitle
            {
                public string? Title { get; set; }
            }

            [InMemoryFake]
            public interface ITitleSink
            {
                void Set(int id, PartialTitle title);
                bool Exists(int id);
                void Delete(int id);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ITitleSink sink = new InMemoryTitleSink();
                    sink.Set(1, new PartialTitle { Title = "a" });
                    Is(true, sink.Exists(1), "one value type written and no read is no tie: Set stores under the key");
                    sink.Delete(1);
                    Is(false, sink.Exists(1), "and Delete removes it");
                }
            }
            """);
    }

    [Fact]
    public void An_entity_built_by_its_constructor_with_a_required_member_compiles()
    {
        // MooBank's LogicalAccount(Guid id) beside required string Name: the contract descriptor built it with
        // new LogicalAccount(id) alone, which does not compile (CS9035); it is now no buildable entity for the contract runner.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Account
            {
                public Account(Guid id)
                {
                    Id = id;
                }

                public Guid Id { get; }

                public required string Name { get; set; }
            }

            [InMemoryFake]
            public interface IAccounts
            {
                void Add(Account account);
                Account? Find(Guid id);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAccounts accounts = new InMemoryAccounts();
                    var id = Guid.NewGuid();
                    accounts.Add(new Account(id) { Name = "Savings" });
                    Is("Savings", accounts.Find(id)?.Name, "the account is stored and found by its key");
                    Is(null, accounts.Find(Guid.NewGuid()), "another key finds nothing");
                }
            }
            """);
    }
}
