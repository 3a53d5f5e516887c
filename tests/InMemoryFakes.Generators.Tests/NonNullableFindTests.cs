using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A Find by key declared to return a non-nullable entity under nullable annotations: the name says null when missing
/// (EF Core's Find), the annotation says never null. dotnet/maui-samples' IFavoritesRepository.FindById returns null
/// against its Person; the fake threw the not-found error. The two disagree, so it is refused — and so is every other
/// single-result lookup named Find (by key and another property, a derived query, parameter names, a flag, a predicate)
/// or …OrDefault, which the fake used to generate as throwing with no diagnostic (microsoft/chat-copilot's
/// <c>Task&lt;T&gt; FindByIdAsync(string id, string partition)</c> throws, maui-samples' Find returns null: either reading is
/// a guess).
/// </summary>
public class NonNullableFindTests
{
    private const string Person = Sources.Usings + """
        namespace Favorites;

        public class Person
        {
            public string Id { get; set; } = "";
            public string Name { get; set; } = "";
            public string Partition { get; set; } = "";
            public string Email { get; set; } = "";
            public bool IsDefault { get; set; }
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Find_by_key_declared_non_nullable_is_refused_with_both_fixes()
    {
        var run = GeneratorHarness.Run(Person + """
            [InMemoryFake]
            public interface IFavoritesRepository
            {
                void InsertOrUpdate(Person person);
                Person FindById(string id);
                Task<Person> FindAsync(string id);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("a Find returns null for a missing Person (EF Core's Find, List<T>.Find, Identity's FindByIdAsync), and 'FindById' is declared to return a non-nullable Person, which says one always comes back; declare Person? for null when missing, or name it Get for the not-found error", Message(run, "FindById"), StringComparison.Ordinal);
        Assert.Contains("'Find' is declared to return a non-nullable Person", Message(run, "FindAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_declared_nullable_and_Get_declared_non_nullable_still_generate()
    {
        var run = GeneratorHarness.Run(Person + """
            [InMemoryFake]
            public interface IFavoritesRepository
            {
                void InsertOrUpdate(Person person);
                Person? FindById(string id);
                Person GetById(string id);
            }
            """);

        Assertions.Clean(run);
    }

    [Fact]
    public void An_oblivious_Find_is_not_refused()
    {
        var run = GeneratorHarness.Run(Person.Replace("namespace Favorites;", "#nullable disable\nnamespace Favorites;", StringComparison.Ordinal) + """
            [InMemoryFake]
            public interface IFavoritesRepository
            {
                void InsertOrUpdate(Person person);
                Person FindById(string id);
            }
            """);

        Assertions.Clean(run);
    }

    private static string Expected(string verb)
        => "a Find returns null for a missing Person (EF Core's Find, List<T>.Find, Identity's FindByIdAsync), and '" + verb + "' is declared to return a non-nullable Person, which says one always comes back; declare Person? for null when missing, or name it Get for the not-found error";

    [Fact]
    public void Every_single_result_Find_declared_non_nullable_is_refused_with_the_same_message()
    {
        var run = GeneratorHarness.Run(Person + """
            [InMemoryFake]
            public interface IPeople
            {
                void InsertOrUpdate(Person person);
                Task<Person> FindByIdAsync(string id, string partition);
                Person FindByEmail(string email);
                Person FindFirstByNameOrderByEmail(string name);
                Person FindPerson(string email);
                Person FindDefault();
                Person Find(System.Linq.Expressions.Expression<Func<Person, bool>> predicate);
            }
            """);

        Assert.Equal(Enumerable.Repeat("IMF0001", 6), run.GeneratorDiagnostics.Select(static d => d.Id));
        Assert.Contains(Expected("FindById"), Message(run, "FindByIdAsync"), StringComparison.Ordinal);
        Assert.Contains(Expected("FindByEmail"), Message(run, "FindByEmail"), StringComparison.Ordinal);
        Assert.Contains(Expected("FindFirstByNameOrderByEmail"), Message(run, "FindFirstByNameOrderByEmail"), StringComparison.Ordinal);
        Assert.Contains(Expected("FindPerson"), Message(run, "FindPerson"), StringComparison.Ordinal);
        Assert.Contains(Expected("FindDefault"), Message(run, "FindDefault"), StringComparison.Ordinal);
        Assert.Contains(Expected("Find"), Message(run, "Find"), StringComparison.Ordinal);
        Assert.Equal(
            new[] { "Find", "FindByEmail", "FindByIdAsync", "FindDefault", "FindFirstByNameOrderByEmail", "FindPerson" },
            run.GeneratorDiagnostics.Select(static d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)).OrderBy(static n => n, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void An_OrDefault_lookup_declared_non_nullable_is_refused()
    {
        var run = GeneratorHarness.Run(Person + """
            [InMemoryFake]
            public interface IPeople
            {
                void InsertOrUpdate(Person person);
                Person FirstOrDefault(System.Linq.Expressions.Expression<Func<Person, bool>> predicate);
                Task<Person> SingleOrDefaultAsync(System.Linq.Expressions.Expression<Func<Person, bool>> predicate);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("an …OrDefault returns null when nothing is found (LINQ's FirstOrDefault and SingleOrDefault), and 'FirstOrDefault' is declared to return a non-nullable Person, which says one always comes back; declare Person? for null when nothing is found, or name it Get for the not-found error", Message(run, "FirstOrDefault"), StringComparison.Ordinal);
        Assert.Contains("'SingleOrDefault' is declared to return a non-nullable Person", Message(run, "SingleOrDefaultAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_lookups_declared_nullable_named_Get_or_oblivious_still_generate()
    {
        const string Members = """
                void InsertOrUpdate(Person person);
                Task<Person?> FindByIdAsync(string id, string partition);
                Person? FindByEmail(string email);
                Person? FindPerson(string email);
                Person? FindDefault();
                Person? FirstOrDefault(System.Linq.Expressions.Expression<Func<Person, bool>> predicate);
                Person GetByEmail(string email);
                Task<Person> GetByIdAsync(string id, string partition);
                Person GetDefault();
                int CountByEmail(string email);
                IReadOnlyList<Person> FindByName(string name);
            """;
        Assertions.Clean(GeneratorHarness.Run(Person + "[InMemoryFake]\npublic interface IPeople\n{\n" + Members + "}\n"));

        var oblivious = Members.Replace("?", "", StringComparison.Ordinal);
        Assertions.Clean(GeneratorHarness.Run(Person.Replace("namespace Favorites;", "#nullable disable\nnamespace Favorites;", StringComparison.Ordinal)
            + "[InMemoryFake]\npublic interface IPeople\n{\n" + oblivious + "}\n"));
    }

    [Fact]
    public void A_key_value_read_named_Find_or_OrNull_declared_non_nullable_is_refused_and_Get_still_generates()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Tokens;

            [InMemoryFake]
            public interface ITokenCache
            {
                void Set(string key, string value, TimeSpan ttl);
                Task<string> FindAsync(string key);
                string GetOrNull(string key);
                string? GetOrDefault(string key);
                string Get(string key);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'FindAsync' of ITokenCache matches no key-value store convention: a Find returns null for a missing string (EF Core's Find, List<T>.Find, Identity's FindByIdAsync), and 'Find' is declared to return a non-nullable string, which says one always comes back; declare string? for null when missing, or name it Get for the not-found error", Message(run, "FindAsync"), StringComparison.Ordinal);
        Assert.Contains("an …OrNull returns null when nothing is found (LINQ's FirstOrDefault and SingleOrDefault), and 'GetOrNull' is declared to return a non-nullable string", Message(run, "GetOrNull"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_blob_read_named_OrNull_declared_non_nullable_is_refused_and_the_nullable_one_still_generates()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Files;

            [InMemoryFake]
            public interface IFileShelf
            {
                Task UploadAsync(string name, Stream content);
                Task<Stream> GetOrNullAsync(string name);
                Task<byte[]?> GetAllBytesOrNullAsync(string name);
                Task<Stream> OpenReadAsync(string name);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'GetOrNullAsync' of IFileShelf matches no blob store convention: an …OrNull returns null when nothing is found (LINQ's FirstOrDefault and SingleOrDefault), and 'GetOrNull' is declared to return a non-nullable Stream, which says one always comes back; declare Stream? for null when nothing is found, or name it Get for the not-found error", Message(run, "GetOrNullAsync"), StringComparison.Ordinal);
    }
}
