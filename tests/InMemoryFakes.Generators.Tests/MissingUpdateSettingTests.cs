using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>MissingUpdate: an update of a missing entity stated as an insert or the not-found error, and its IMF0010s.</summary>
public class MissingUpdateSettingTests
{
    private const string Baskets = """
        namespace Settings;

        public class Basket { public string Id { get; set; } = ""; public string Note { get; set; } = ""; }

        """;

    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string attribute, string members)
        => GeneratorHarness.Run(Sources.Usings + Baskets + "[InMemoryFake(" + attribute + ")]\npublic interface IBaskets" + members);

    [Theory]
    [InlineData("MissingUpdate = MissingUpdate.Insert")]
    [InlineData("MissingUpdate = MissingUpdate.NotFound")]
    public void An_update_that_is_the_only_write_is_generated_when_the_setting_states_it(string attribute)
    {
        var run = Run(attribute, " { Task<Basket?> GetBasketAsync(string id); Task<Basket> UpdateBasketAsync(Basket basket); Task<bool> DeleteBasketAsync(string id); } ");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Without_the_setting_an_update_that_is_the_only_write_stays_refused_and_the_message_names_the_setting()
    {
        var run = Run("", " { Task<Basket?> GetBasketAsync(string id); Task<Basket> UpdateBasketAsync(Basket basket); } ");

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("name it Save or Upsert when it creates, or state it on [InMemoryFake]: MissingUpdate = MissingUpdate.Insert (it stores a missing one) or MissingUpdate = MissingUpdate.NotFound (it fails). Implement it", Message(refused), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Under_Insert_an_update_by_a_separate_key_is_an_upsert_by_that_key_and_a_bool_one_stays_refused()
    {
        // Before session 38 every update by a separate key was refused under Insert; CompleteFakesRightTests runs the upsert.
        var run = Run("MissingUpdate = MissingUpdate.Insert", " { void Add(Basket basket); void Update(Basket basket); void Update(string id, Basket basket); bool Replace(string id, Basket basket); Basket? Find(string id); } ");

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Equal("Replace", Refusals.PointedAt(refused));
        Assert.Contains("under MissingUpdate = Insert an update that returns bool does not say what true means", Message(refused), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MissingUpdate = MissingUpdate.Insert", "MissingUpdate = Insert: no member of IBaskets updates one entity it takes alone (Update(entity), UpdateAsync(entity)), so the setting states nothing")]
    [InlineData("MissingUpdate = MissingUpdate.NotFound", "MissingUpdate = NotFound: no member of IBaskets updates one entity, so the setting states nothing")]
    [InlineData("MissingUpdate = (MissingUpdate)7", "MissingUpdate = 7 is not a MissingUpdate (Unstated, Insert, NotFound or Ignore)")]
    public void A_MissingUpdate_that_states_nothing_is_IMF0010(string attribute, string problem)
    {
        var run = Run(attribute, " { void Add(Basket basket); Basket? Find(string id); void Delete(string id); } ");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on 'IBaskets': " + problem, Message(diagnostic));
    }

    [Fact]
    public void Ignore_where_every_update_is_a_Try_update_is_IMF0010()
    {
        // A bool Update(basket) is reached since session 38 (Ignore states its false: CompleteFakesRightTests); a Try update
        // answers false by its name, so the setting states nothing there.
        var run = Run("MissingUpdate = MissingUpdate.Ignore", " { void Add(Basket basket); bool TryUpdate(Basket basket); Basket? Find(string id); } ");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on 'IBaskets': MissingUpdate = Ignore: no member of IBaskets updates one entity and returns nothing, a bool or a count (a Try update answers false by its name), so the setting states nothing", Message(diagnostic));
    }

    [Fact]
    public void Ignore_beside_a_range_update_it_does_not_govern_is_IMF0010()
    {
        var run = Run("MissingUpdate = MissingUpdate.Ignore", " { void Add(Basket basket); void Update(Basket basket); void UpdateRange(IEnumerable<Basket> baskets); Basket? Find(string id); } ");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on 'IBaskets': MissingUpdate = Ignore: 'UpdateRange' of IBaskets updates in another way (a range, an expected concurrency token), which the fake does not make ignore a missing entity, so the store's updates would disagree; write it by hand or leave the setting out", Message(diagnostic));
    }

    [Fact]
    public void Insert_beside_a_range_update_it_does_not_govern_is_IMF0010()
    {
        var run = Run("MissingUpdate = MissingUpdate.Insert", " { void Add(Basket basket); void Update(Basket basket); void UpdateRange(IEnumerable<Basket> baskets); Basket? Find(string id); } ");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on 'IBaskets': MissingUpdate = Insert: 'UpdateRange' of IBaskets updates in another way (a range, an expected concurrency token), which the fake does not make an upsert, so the store's updates would disagree; write it by hand or leave the setting out", Message(diagnostic));
    }

    [Fact]
    public void MissingUpdate_on_a_key_value_store_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\n[InMemoryFake(MissingUpdate = MissingUpdate.Insert)]\npublic interface ICache { string? Get(string key); void Set(string key, string value); }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("[InMemoryFake] on 'ICache': MissingUpdate: it says what an entity repository's update of a missing entity does, and ICache is a key-value store", Message(diagnostic));
    }
}
