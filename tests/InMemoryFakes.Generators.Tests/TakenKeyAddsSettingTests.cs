using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// TakenKeyAdds: a bool add whose name does not say what a taken key does is refused until the setting states it
/// (a dictionary's false, a SQL INSERT's exception), and the setting's IMF0010s.
/// </summary>
public class TakenKeyAddsSettingTests
{
    private const string Tenants = """
        namespace Settings;

        public class Tenant { public string Id { get; set; } = ""; public string Name { get; set; } = ""; }

        """;

    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string attribute, string members)
        => GeneratorHarness.Run(Sources.Usings + Tenants + "[InMemoryFake(" + attribute + ")]\npublic interface ITenants" + members);

    [Theory]
    [InlineData("Task<bool> AddAsync(Tenant tenant);", "AddAsync")]
    [InlineData("bool Create(Tenant tenant);", "Create")]
    [InlineData("ValueTask<bool> InsertTenantAsync(Tenant tenant);", "InsertTenantAsync")]
    public void Without_the_setting_a_bool_add_is_refused_and_the_message_names_the_setting(string add, string name)
    {
        var run = Run("", " { " + add + " Tenant? Find(string id); } ");

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("'" + name + "'", Message(refused), System.StringComparison.Ordinal);
        Assert.Contains("an add that returns bool cannot say what it does when the key is already stored: a dictionary's TryAdd answers false (Finbuckle's InMemoryStore), while a SQL INSERT"
            + " (a Dapper repository returning rows affected > 0) and EF Core's SaveChanges throw for the taken key. State it on [InMemoryFake]: TakenKeyAdds = TakenKeyAdd.Throw", Message(refused), System.StringComparison.Ordinal);
    }

    /// <summary>
    /// The whole message, exactly: both settings, and that a store keeping a second entity under a taken key (a list's
    /// append, as maui-samples' MockDataStore) is neither, so its user writes the member instead of picking a wrong setting.
    /// </summary>
    [Fact]
    public void The_bool_add_refusal_says_that_a_store_keeping_both_entities_is_neither_setting()
    {
        var run = Run("", " { Task<bool> AddAsync(Tenant tenant); Tenant? Find(string id); } ");

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(
            "'AddAsync' of ITenants matches no entity repository convention: an add that returns bool cannot say what it does when the key is already stored:"
            + " a dictionary's TryAdd answers false (Finbuckle's InMemoryStore), while a SQL INSERT (a Dapper repository returning rows affected > 0) and EF Core's SaveChanges"
            + " throw for the taken key. State it on [InMemoryFake]: TakenKeyAdds = TakenKeyAdd.Throw (the duplicate-key error, as a SQL INSERT or EF Core's SaveChanges;"
            + " DuplicateKeyException = typeof(...) names the store's exception) or TakenKeyAdds = TakenKeyAdd.Skip (false, the stored entity kept, as a dictionary's TryAdd),"
            + " or name it TryAdd… when it answers false; a store that keeps a second entity under the taken key (a list that appends whatever it is given) does neither,"
            + " and no setting states it. Implement it in the partial class InMemoryTenants, where its Store property reaches the fake's table in one line:"
            + " Store.Call(nameof(AddAsync), tenant) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(refused));
    }

    [Theory]
    [InlineData("bool TryAdd(Tenant tenant);")]
    [InlineData("Task<bool> AddIfNotExistsAsync(Tenant tenant);")]
    [InlineData("bool TryCreateTenant(Tenant tenant);")]
    [InlineData("void Add(Tenant tenant);")]
    [InlineData("Tenant Add(Tenant tenant);")]
    [InlineData("Task<Tenant> AddOrGetAsync(Tenant tenant);")]
    public void Adds_whose_result_or_name_says_it_stay_generated_without_the_setting(string add)
    {
        var run = Run("", " { " + add + " Tenant? Find(string id); } ");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("TakenKeyAdds = TakenKeyAdd.Throw", ".Add(tenant);")]
    [InlineData("TakenKeyAdds = TakenKeyAdd.Skip", ".AddIfAbsent(tenant, out _)")]
    public void A_bool_add_is_generated_as_the_setting_states(string attribute, string call)
    {
        var run = Run(attribute, " { Task<bool> AddAsync(Tenant tenant); Tenant? Find(string id); } ");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var source = string.Join("\n", run.Sources.Values);
        Assert.Contains(call, source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_makes_a_void_add_keep_the_stored_entity()
    {
        var run = Run("TakenKeyAdds = TakenKeyAdd.Skip", " { Task CreateAsync(Tenant tenant); Tenant? Find(string id); } ");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var source = string.Join("\n", run.Sources.Values);
        Assert.Contains(".AddIfAbsent(tenant, out _);", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Under_Skip_an_add_returning_the_entity_is_refused()
    {
        var run = Run("TakenKeyAdds = TakenKeyAdd.Skip", " { bool Add(Tenant tenant); Tenant Insert(Tenant tenant); Tenant? Find(string id); } ");

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("TakenKeyAdds = Skip says an add stores nothing for a taken key, and 'Insert' returns the entity: whether it is the one given or the one already stored is not said; name it AddOrGet… (the stored one), or implement it",
            Message(refused), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TakenKeyAdds = TakenKeyAdd.Throw", " { bool TryAdd(Tenant tenant); Tenant? Find(string id); } ",
        "TakenKeyAdds = Throw: no member of ITenants is an add of one entity whose name leaves a taken key unsaid (TryAdd…, AddIfNotExists and AddOrGet… say it themselves), so the setting states nothing")]
    [InlineData("TakenKeyAdds = TakenKeyAdd.Skip", " { void Update(Tenant tenant); Tenant? Find(string id); void Save(Tenant tenant); } ",
        "TakenKeyAdds = Skip: no member of ITenants is an add of one entity whose name leaves a taken key unsaid (TryAdd…, AddIfNotExists and AddOrGet… say it themselves), so the setting states nothing")]
    [InlineData("TakenKeyAdds = (TakenKeyAdd)5", " { bool Add(Tenant tenant); Tenant? Find(string id); } ",
        "TakenKeyAdds = 5 is not a TakenKeyAdd (Unstated, Throw, Skip or Replace)")]
    public void A_TakenKeyAdds_that_states_nothing_is_IMF0010(string attribute, string members, string problem)
    {
        var run = Run(attribute, members);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on 'ITenants': " + problem, Message(diagnostic));
    }

    [Fact]
    public void TakenKeyAdds_on_a_blob_store_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\n[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw)]\npublic interface IFileStore { Task UploadAsync(string blobName, Stream content); Task<Stream?> DownloadAsync(string blobName); }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on 'IFileStore': TakenKeyAdds: it says what an entity repository's or key-value store's add does when the key is already stored, and IFileStore is a blob store", Message(diagnostic));
    }
}
