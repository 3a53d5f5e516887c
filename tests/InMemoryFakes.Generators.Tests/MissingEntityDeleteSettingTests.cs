using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>MissingEntityDelete: removals by entity stated apart from MissingDelete's removals by key, and its IMF0010s.</summary>
public class MissingEntityDeleteSettingTests
{
    private const string Orders = """
        namespace Settings;

        public class Order { public int Id { get; set; } public string Name { get; set; } = ""; }

        """;

    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string attribute, string members)
        => GeneratorHarness.Run(Sources.Usings + Orders + "[InMemoryFake(" + attribute + ")]\npublic interface IOrders" + members);

    [Theory]
    [InlineData("MissingEntityDelete = MissingDelete.NotFound")]
    [InlineData("MissingEntityDelete = MissingDelete.Ignore")]
    [InlineData("MissingDelete = MissingDelete.Ignore, MissingEntityDelete = MissingDelete.NotFound")]
    public void A_removal_by_entity_stated_by_MissingEntityDelete_is_generated(string attribute)
    {
        var run = Run(attribute, " { void Add(Order order); void Delete(Order order); void Delete(int id); Order? Find(int id); } ");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void MissingDelete_alone_still_governs_a_removal_by_entity_and_neither_still_refuses_it()
    {
        Assert.Empty(Run("MissingDelete = MissingDelete.Ignore", " { void Add(Order order); void Delete(Order order); Order? Find(int id); } ").GeneratorDiagnostics);

        var refused = Assert.Single(Run("", " { void Add(Order order); void Delete(Order order); Order? Find(int id); } ").GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
    }

    [Theory]
    [InlineData("MissingEntityDelete = MissingDelete.NotFound", "MissingEntityDelete = NotFound: no member of IOrders removes entities by entity (Delete(entity), Remove(entity), RemoveRange(entities)…), so the setting states nothing; MissingDelete governs the removals by key")]
    [InlineData("MissingEntityDelete = (MissingDelete)9", "MissingEntityDelete = 9 is not a MissingDelete (Unstated, Ignore or NotFound)")]
    public void A_MissingEntityDelete_that_states_nothing_is_IMF0010(string attribute, string problem)
    {
        var run = Run(attribute, " { void Add(Order order); void Delete(int id); Order? Find(int id); } ");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on 'IOrders': " + problem, Message(diagnostic));
    }

    [Fact]
    public void MissingEntityDelete_on_a_key_value_store_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\n[InMemoryFake(MissingEntityDelete = MissingDelete.Ignore)]\npublic interface ICache { string? Get(string key); void Set(string key, string value); }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("[InMemoryFake] on 'ICache': MissingEntityDelete: it says what an entity repository's removal of a missing entity by entity does, and ICache is a key-value store", Message(diagnostic));
    }
}
