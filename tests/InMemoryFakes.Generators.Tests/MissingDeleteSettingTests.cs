using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>MissingDelete</c> on <c>[InMemoryFake]</c> states what a removal of one entity returning nothing does for a missing
/// entity: it lets such a removal take an expected concurrency token, and is refused outside entity repositories.
/// </summary>
public class MissingDeleteSettingTests
{
    private const string Docs = """
        namespace Settings;

        public class Doc { public string Id { get; set; } = ""; public string Title { get; set; } = ""; public byte[] Version { get; set; } = []; }

        """;

    [Theory]
    [InlineData("MissingDelete.Ignore")]
    [InlineData("MissingDelete.NotFound")]
    public void A_stated_missing_delete_lets_a_void_removal_take_an_expected_token(string setting)
    {
        var run = GeneratorHarness.Run(Sources.Usings + Docs + """
            [InMemoryFake(MissingDelete = 
            """ + setting + """
            )]
            public interface IDocs
            {
                void Add(Doc doc);
                Doc? Get(string id);
                void Erase(string id, byte[]? version = null);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Without_the_setting_the_void_removal_with_a_token_stays_refused_and_says_how_to_state_it()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Docs + """
            [InMemoryFake]
            public interface IDocs
            {
                void Add(Doc doc);
                Doc? Get(string id);
                void Erase(string id, byte[]? version = null);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.Contains("a removal that returns bool or a count says it (false or 0), or state it with MissingDelete on [InMemoryFake].", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ICache", "string? Get(string key); void Set(string key, string value); void Remove(string key);", "key-value store")]
    [InlineData("IFiles", "System.IO.Stream? OpenRead(string path); void Upload(string path, System.IO.Stream content); void Delete(string path);", "blob store")]
    public void MissingDelete_outside_an_entity_repository_is_IMF0010(string name, string members, string kind)
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Settings;

            [InMemoryFake(MissingDelete = MissingDelete.NotFound)]
            public interface 
            """ + name + " { " + members + " }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0010"));
        Assert.Equal(
            "[InMemoryFake] on '" + name + "': MissingDelete: it says what an entity repository's removal of a missing entity does, and " + name + " is a " + kind,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_undefined_MissingDelete_value_is_IMF0010_not_ignored()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Docs + """
            [InMemoryFake(MissingDelete = (MissingDelete)7)]
            public interface IDocs
            {
                void Add(Doc doc);
                Doc? Get(string id);
                void Delete(string id);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Equal("[InMemoryFake] on 'IDocs': MissingDelete = 7 is not a MissingDelete (Unstated, Ignore or NotFound)", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    private const string ByEntityRefusal =
        "matches no entity repository convention: a removal by entity that returns nothing cannot say what it does when the entity is not stored: EF Core's Remove + SaveChanges throws DbUpdateConcurrencyException (0 rows affected),"
        + " while Dapper, MongoDB's DeleteOne and a SQL DELETE do nothing. State it on [InMemoryFake]: MissingDelete = MissingDelete.NotFound (as EF Core's Remove + SaveChanges; NotFoundException = typeof(...) names the store's exception)"
        + " or MissingDelete = MissingDelete.Ignore (as Dapper, MongoDB or a SQL DELETE). Implement it in the partial class InMemoryDocs";

    [Theory]
    [InlineData("void Remove(Doc doc);", "Remove")]
    [InlineData("Task RemoveAsync(Doc doc);", "RemoveAsync")]
    [InlineData("Task DeleteAsync(Doc doc, System.Threading.CancellationToken ct);", "DeleteAsync")]
    [InlineData("ValueTask DeleteAsync(Doc doc);", "DeleteAsync")]
    public void An_unstated_removal_by_entity_that_returns_nothing_is_refused_and_names_both_settings(string member, string name)
    {
        var run = GeneratorHarness.Run(Sources.Usings + Docs + """
            [InMemoryFake]
            public interface IDocs
            {
                void Add(Doc doc);
                Doc? Get(string id);

            """ + member + """

            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.StartsWith("'" + name + "' of IDocs " + ByEntityRefusal + ", where its Store property", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bool Remove(Doc doc);")]
    [InlineData("Task<int> DeleteAsync(Doc doc);")]
    [InlineData("void Delete(string id);")]
    [InlineData("Task DeleteAsync(string id);")]
    [InlineData("int RemoveRange(IEnumerable<Doc> docs);")]
    [InlineData("void RemoveRange(IEnumerable<string> ids);")]
    public void Removals_by_key_with_a_result_or_of_several_with_a_count_or_by_keys_stay_generated_without_the_setting(string member)
    {
        var run = GeneratorHarness.Run(Sources.Usings + Docs + """
            [InMemoryFake]
            public interface IDocs
            {
                void Add(Doc doc);
                Doc? Get(string id);

            """ + member + """

            }
            """);

        // A removal by entity answering bool or a count keeps its false (0), now with IMF0029 (Info, session 38:
        // CompleteFakesRightTests) naming the two settings; the others say nothing.
        Assert.Equal(member.Contains("(Doc doc)", StringComparison.Ordinal) ? new[] { "IMF0029" } : Array.Empty<string>(), run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("MissingDelete.Ignore")]
    [InlineData("MissingDelete.NotFound")]
    public void A_stated_missing_delete_generates_the_removal_by_entity(string setting)
    {
        var run = GeneratorHarness.Run(Sources.Usings + Docs + """
            [InMemoryFake(MissingDelete = 
            """ + setting + """
            )]
            public interface IDocs
            {
                void Add(Doc doc);
                Doc? Get(string id);
                void Remove(Doc doc);
                Task DeleteAsync(Doc doc, System.Threading.CancellationToken ct);
                Task<int> SaveChangesAsync();
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
