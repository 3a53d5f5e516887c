using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A Find by key declared to return a non-nullable entity under nullable annotations: the name says null when missing
/// (EF Core's Find), the annotation says never null. dotnet/maui-samples' IFavoritesRepository.FindById returns null
/// against its Person; the fake threw the not-found error. The two disagree, so it is refused.
/// </summary>
public class NonNullableFindTests
{
    private const string Person = Sources.Usings + """
        namespace Favorites;

        public class Person
        {
            public string Id { get; set; } = "";
            public string Name { get; set; } = "";
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
}
