using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// An add given a request object instead of the entity (Code Maze's Dapper tutorial: <c>Task&lt;Company&gt;
/// CreateCompany(CompanyForCreationDto company)</c>): a new entity whose properties are the request's of the same names,
/// the others as its constructor leaves them, added with a new key, as the tutorials' mapping does before the INSERT. The
/// read counterpart of the update from a request (<c>UpdateCompany(id, CompanyForUpdateDto)</c>), which was generated
/// already; refused before as "it must take one Company parameter" (a lead's first try, session 24).
/// </summary>
public class AddFromRequestTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void The_add_builds_the_entity_from_the_request_and_numbers_its_key()
    {
        var run = Run("""
            namespace V;
            public class Employee { public int Id { get; set; } }
            public class Company { public int Id { get; set; } public string Name { get; set; } = ""; public string Country { get; set; } = ""; public DateTime CreatedAt { get; set; } public List<Employee> Employees { get; set; } = new(); }
            public class CompanyForCreationDto { public string Name { get; set; } = ""; public string Country { get; set; } = ""; }
            public record TagRequest(string Label);
            public class Tag { public Guid Id { get; set; } public string Label { get; set; } = ""; }
            [InMemoryFake]
            public interface ICompanyRepository
            {
                Task<Company> CreateCompany(CompanyForCreationDto company);
                Task<Company?> GetCompany(int id);
                Task<IEnumerable<Company>> GetCompanies();
            }
            [InMemoryFake]
            public interface ITagRepository
            {
                Guid AddTag(TagRequest request);
                Tag? GetTag(Guid id);
            }
            """);
        Assert.Equal(new[] { "IMF0025" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        BehaviourCheck.Run(run, "using System.Linq;\n" + Prelude + """
                public static void Run()
                {
                    ICompanyRepository companies = new InMemoryCompanyRepository();
                    var first = companies.CreateCompany(new CompanyForCreationDto { Name = "Contoso", Country = "NL" }).GetAwaiter().GetResult();
                    var second = companies.CreateCompany(new CompanyForCreationDto { Name = "Fabrikam", Country = "DE" }).GetAwaiter().GetResult();
                    Is(1, first.Id, "the first key numbered");
                    Is(2, second.Id, "the second");
                    Is("Contoso", first.Name, "the name from the request");
                    var stored = companies.GetCompany(2).GetAwaiter().GetResult()!;
                    Is("Fabrikam", stored.Name, "stored name");
                    Is("DE", stored.Country, "stored country");
                    Is(default(DateTime), stored.CreatedAt, "an audit stamp the request leaves out: IMF0025 names it, CreatedStamp would state it");
                    Is(0, stored.Employees.Count, "no related rows");
                    Is(2, companies.GetCompanies().GetAwaiter().GetResult().Count(), "two stored");
                    Throws<System.ArgumentNullException>(() => companies.CreateCompany(null!).GetAwaiter().GetResult(), "company", "a null request");
                    Is(2, companies.GetCompanies().GetAwaiter().GetResult().Count(), "unchanged after the null request");

                    ITagRepository tags = new InMemoryTagRepository();
                    var id = tags.AddTag(new TagRequest("urgent"));
                    Is(false, id == Guid.Empty, "a new Guid key");
                    Is("urgent", tags.GetTag(id)!.Label, "read back by the key returned");
                }
            }
            """);
    }

    [Fact]
    public void A_request_the_entity_cannot_be_built_from_is_refused_naming_why()
    {
        var run = Run("""
            namespace V;
            public class Company { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class WithRegion { public string Name { get; set; } = ""; public string Region { get; set; } = ""; }
            public class WithNullableName { public string? Name { get; set; } }
            public record Person(int Id, string Name);
            public class PersonRequest { public string Name { get; set; } = ""; }
            public class Account { public int Id { get; set; } public required string Owner { get; set; } public string Name { get; set; } = ""; }
            public class TodoItem { public Guid Id { get; set; } public string Title { get; set; } = ""; public bool IsComplete { get; set; } public DateTime CreatedAt { get; set; } }
            public record CreateTodoRequest { public string Title { get; init; } = ""; }
            public class AccountRequest { public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface ICompanyRepository
            {
                Company? GetCompany(int id);
                Company CreateCompany(WithRegion request);
                Company AddCompany(WithNullableName request);
                Task<int> InsertCompany(CompanyForCount request);
            }
            public class CompanyForCount { public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface IPersonRepository
            {
                Person? GetPerson(int id);
                Person AddPerson(PersonRequest request);
            }
            [InMemoryFake]
            public interface IAccountRepository
            {
                Account? GetAccount(int id);
                Account AddAccount(AccountRequest request);
            }
            [InMemoryFake(CreatedStamp = "CreatedAt")]
            public interface ITodoService
            {
                Task<TodoItem?> GetByIdAsync(Guid id);
                Task<TodoItem> CreateAsync(CreateTodoRequest request);
            }
            """);
        string Message(string member) => run.GeneratorDiagnostics.Single(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'" + member + "'", System.StringComparison.Ordinal)).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(6, run.GeneratorDiagnostics.Count(static d => d.Id == "IMF0001"));
        Assert.Contains("'request' leaves out TodoItem.IsComplete, so the value the store gives it when it creates the TodoItem (a status, a flag, its mapping's default) is its own", Message("CreateAsync"), System.StringComparison.Ordinal);
        Assert.Contains("whose Region names no property of Company", Message("CreateCompany"), System.StringComparison.Ordinal);
        Assert.Contains("has a nullable Name where Company.Name is not", Message("AddCompany"), System.StringComparison.Ordinal);
        Assert.Contains("it returns int, which is the new key in some repositories", Message("InsertCompany"), System.StringComparison.Ordinal);
        Assert.Contains("Person has no parameterless constructor the fake can call", Message("AddPerson"), System.StringComparison.Ordinal);
        Assert.Contains("leaves out Account.Owner, a required member", Message("AddAccount"), System.StringComparison.Ordinal);
    }
}
