using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>The SeveralMatches setting: generated cleanly where a single-result lookup needs it, IMF0010 where it states nothing.</summary>
public class SeveralMatchesSettingTests
{
    private const string People = """
        namespace Settings;

        public class Person
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            [Unique] public string Handle { get; set; } = "";
        }

        """;

    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string attribute, string members)
        => GeneratorHarness.Run(Sources.Usings + People + "[InMemoryFake(" + attribute + ")]\npublic interface IPeople" + members);

    [Theory]
    [InlineData("")]
    [InlineData("SeveralMatches = SeveralMatches.First")]
    [InlineData("SeveralMatches = SeveralMatches.Throw")]
    public void A_lookup_several_can_match_generates_cleanly_stated_or_not(string attribute)
    {
        var run = Run(attribute, " { void Add(Person p); Person? FindByEmail(string email); Person? Find(System.Func<Person, bool> predicate); } ");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("SeveralMatches = SeveralMatches.Throw", " { void Add(Person p); Person? FindByHandle(string handle); Person? FindFirstByEmail(string email); Person? GetById(int id); } ",
        "SeveralMatches = Throw: no member of IPeople is a lookup returning one entity that several can match (each says it in its name: First, Top, Single, OrderBy; or compares the key or a [Unique] property), so the setting states nothing")]
    [InlineData("SeveralMatches = SeveralMatches.First", " { void Add(Person p); System.Collections.Generic.List<Person> FindByEmail(string email); } ",
        "SeveralMatches = First: no member of IPeople is a lookup returning one entity that several can match (each says it in its name: First, Top, Single, OrderBy; or compares the key or a [Unique] property), so the setting states nothing")]
    [InlineData("SeveralMatches = (SeveralMatches)5", " { void Add(Person p); Person? FindByEmail(string email); } ",
        "SeveralMatches = 5 is not a SeveralMatches (Unstated, First or Throw)")]
    public void A_setting_that_states_nothing_is_IMF0010(string attribute, string members, string problem)
    {
        var run = Run(attribute, members);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on 'IPeople': " + problem, Message(diagnostic));
    }

    [Fact]
    public void The_setting_on_a_key_value_store_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\n[InMemoryFake(SeveralMatches = SeveralMatches.Throw)]\npublic interface ICache { string? Get(string key); void Set(string key, string value); }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("[InMemoryFake] on 'ICache': SeveralMatches: it says what an entity repository's lookup of one entity does when several match, and ICache is a key-value store", Message(diagnostic));
    }
}
