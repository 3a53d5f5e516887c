using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample58 (session 24): two shapes of everyday application repositories.
/// <list type="bullet">
/// <item>MeleknurTasli/PetCity's <c>Task&lt;Account&gt; GetAccountByEmail(string email)</c> under nullable annotations, whose
/// store is <c>FirstOrDefaultAsync(a =&gt; a.Email == email)</c>: null for an email not stored. The fake threw the no-match
/// error and no setting could say otherwise (<c>MissingKeyReads</c> spoke of lookups by key only); it now states it for a
/// lookup of one entity by other properties too.</item>
/// <item>omgwer/Databases' <c>List&lt;Course&gt; GetCoursesList()</c>: the entity's name, then <c>List</c>, with a list result,
/// lists every row; it was "not a known verb".</item>
/// </list>
/// </summary>
public class Sample58Tests
{
    private const string Accounts = Sources.Usings + """
        using System.Linq.Expressions;

        namespace S58;

        public class Account
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public bool IsBlocked { get; set; }
        }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface IAccountRepository
        {
            Task<Account> CreateAccount(Account account);
            Task<Account> GetAccountByEmail(string email);
            Account FindByEmail(string email);
            Account SingleOrDefaultByEmail(string email);
            Task<Account> FirstOrDefault(Expression<Func<Account, bool>> predicate);
            Task<List<Account>> GetAllAccounts();
        }
        """;

    [Fact]
    public void Under_MissingKeyReads_Default_a_lookup_by_a_property_declared_not_null_is_null_when_nothing_matches()
    {
        var run = GeneratorHarness.Run(Accounts);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing S58;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IAccountRepository accounts = new InMemoryAccountRepository();
                    var ayse = accounts.CreateAccount(new Account { Email = "ayse@example.com" }).GetAwaiter().GetResult();
                    Is(ayse.Id, accounts.GetAccountByEmail("ayse@example.com").GetAwaiter().GetResult().Id, "the match");
                    Is(null, accounts.GetAccountByEmail("nobody@example.com").GetAwaiter().GetResult(), "no match: null, as FirstOrDefaultAsync answers, though Task<Account> says never null");
                    Is(null, accounts.FindByEmail("nobody@example.com"), "a Find declared not null is generated under the setting: its name and the setting both say null");
                    Is(ayse.Id, accounts.FindByEmail("ayse@example.com").Id, "FindByEmail finds the match");
                    Is(null, accounts.SingleOrDefaultByEmail("nobody@example.com"), "a single match declared not null: null for none");
                    Is(null, accounts.FirstOrDefault(a => a.IsBlocked).GetAwaiter().GetResult(), "a predicate lookup declared not null: null for no match");
                    Is(ayse.Id, accounts.FirstOrDefault(a => a.Email.StartsWith("ay")).GetAwaiter().GetResult().Id, "the predicate's match");
                    accounts.CreateAccount(new Account { Email = "ayse@example.com" }).GetAwaiter().GetResult();
                    Throws<InvalidOperationException>(() => accounts.SingleOrDefaultByEmail("ayse@example.com"), null, "two matches are still the error");
                }
            }
            """);
    }

    [Fact]
    public void Without_the_setting_the_lookup_by_a_property_keeps_the_no_match_error_and_the_Find_stays_refused()
    {
        var run = GeneratorHarness.Run(Accounts.Replace("[InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]", "[InMemoryFake]", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "IMF0001 FindByEmail", "IMF0001 FirstOrDefault", "IMF0001 SingleOrDefaultByEmail" }, Refusals.Listed(run));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void The_setting_on_a_repository_whose_lookups_of_one_entity_all_say_null_themselves_is_still_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace S58N;

            public class Account { public int Id { get; set; } public string Email { get; set; } = ""; }

            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IAccountRepository
            {
                Task<Account> CreateAccount(Account account);
                Task<Account?> GetAccountByEmail(string email);
                Task<List<Account>> GetAccountsByEmail(string email);
            }
            """);
        Assertions.GeneratorReported(run, "IMF0010");
    }

    [Fact]
    public void The_entity_name_then_List_with_a_list_result_lists_every_row()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace S58C;

            public class Course { public string CourseId { get; set; } = ""; public string UpdatedAt { get; set; } = ""; }

            [InMemoryFake]
            public interface ICourseRepository
            {
                List<Course> GetCoursesList();
                Task<IEnumerable<Course>> GetCourseListAsync();
                void AddCourse(Course course);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing S58C;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    ICourseRepository courses = new InMemoryCourseRepository();
                    Is(0, courses.GetCoursesList().Count, "nothing stored");
                    courses.AddCourse(new Course { CourseId = "db-101" });
                    courses.AddCourse(new Course { CourseId = "db-102" });
                    Is("db-101,db-102", string.Join(",", courses.GetCoursesList().Select(c => c.CourseId)), "GetCoursesList lists every course");
                    Is("db-101,db-102", string.Join(",", courses.GetCourseListAsync().GetAwaiter().GetResult().Select(c => c.CourseId)), "GetCourseListAsync too, with the singular");
                }
            }
            """);
    }

    [Fact]
    public void The_entity_name_then_List_stays_refused_with_a_parameter_or_a_result_of_one()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace S58R;

            public class Course { public string CourseId { get; set; } = ""; public string Teacher { get; set; } = ""; }

            [InMemoryFake]
            public interface ICourseRepository
            {
                List<Course> GetCoursesList(string owner);
                Course GetCourseList();
                void AddCourse(Course course);
            }
            """);
        Assert.Equal(new[] { "IMF0001 GetCourseList", "IMF0001 GetCoursesList" }, Refusals.Listed(run));
        Assertions.NeverFailed(run);
    }
}
