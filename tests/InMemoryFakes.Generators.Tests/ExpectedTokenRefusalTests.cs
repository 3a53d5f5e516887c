using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// An expected concurrency token parameter is read only where its meaning is proven: optional with a null default (null:
/// no check), on an update of one entity returning nothing or the entity, or on a removal by key. Anything else is refused.
/// </summary>
public class ExpectedTokenRefusalTests
{
    private static string Hatch(string member)
        => " Implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(" + member + "), …) joins the call log and fault injection (docs/generator.md#hand-written-members).";

    private static string Message(GeneratorRun run, string member)
        => Refusals.WithoutCallArguments(run.GeneratorDiagnostics.Single(d => d.Id == "IMF0001" && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture));

    [Fact]
    public void A_required_token_a_delete_by_entity_and_a_bool_update_are_refused_and_the_proven_shapes_generate()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Refusals;

            public class Doc { public string Id { get; set; } = ""; public string Title { get; set; } = ""; public byte[] Version { get; set; } = []; }

            [InMemoryFake]
            public interface IDocs
            {
                void Add(Doc doc);
                Doc? Get(string id);
                void Delete(string id, byte[] version);
                bool Remove(Doc doc, byte[]? version = null);
                bool Update(Doc doc, byte[]? version = null);
                Doc Replace(Doc doc, byte[]? expectedVersion = null);
                int Purge(string id, byte[]? originalVersion = null);
                void Erase(string id, byte[]? version = null);
            }
            """);

        Assert.Equal(new[] { "Delete", "Erase", "Remove", "Update" }, run.GeneratorDiagnostics.Select(static d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]).Order().ToArray());
        Assert.Equal(
            "'Delete' of IDocs matches no entity repository convention: 'version' is named as the expected value of the concurrency token Version, but it is not optional with a null default (byte[]? version = null),"
            + " so which value means no check (Azure Tables' ETag.All \"*\", EventStore's ExpectedVersion.Any) is the store's own." + Hatch("Delete"),
            Message(run, "Delete"));
        const string Shape = " matches no entity repository convention: 'version' is the expected value of the concurrency token; the fake makes conditional only an update of one entity (returning nothing or the entity)"
            + " and a removal by key (returning nothing, bool or a count), where a stale token is the concurrency error; with this shape which token wins, or what a stale one returns, is not said.";
        Assert.Equal(
            "'Erase' of IDocs matches no entity repository convention: 'version' is the expected value of the concurrency token, but the removal returns nothing, so whether a missing entity is an error (Datasync's DeleteAsync throws 404)"
            + " or nothing (as a removal by key that returns nothing is elsewhere) is the store's own; a removal that returns bool or a count says it (false or 0), or state it with MissingDelete on [InMemoryFake]." + Hatch("Erase"),
            Message(run, "Erase"));
        Assert.Equal("'Remove' of IDocs" + Shape + Hatch("Remove"), Message(run, "Remove"));
        Assert.Equal("'Update' of IDocs" + Shape + Hatch("Update"), Message(run, "Update"));
    }

    [Fact]
    public void A_token_expected_through_a_unit_of_work_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Refusals;

            public class Doc { public string Id { get; set; } = ""; public string Title { get; set; } = ""; public byte[] Version { get; set; } = []; }

            [InMemoryFake]
            public interface IDocs
            {
                void Add(Doc doc);
                Doc? Get(string id);
                void Update(Doc doc, byte[]? version = null);
                int SaveChanges();
            }
            """);

        Assert.Equal(
            "'Update' of IDocs matches no entity repository convention: its expected concurrency token is compared at once, but the repository has a unit of work whose writes wait for SaveChanges (docs/runtime.md#unit-of-work),"
            + " where the save checks the tracked entity's own token." + Hatch("Update"),
            Message(run, "Update"));
    }
}
