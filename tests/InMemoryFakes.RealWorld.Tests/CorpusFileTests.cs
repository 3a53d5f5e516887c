using InMemoryFakes.RealWorld.Tests.Harness;
using System.Linq;
using Xunit;

namespace InMemoryFakes.RealWorld.Tests;

/// <summary>The corpus header parser reads each field as its file writes it.</summary>
public class CorpusFileTests
{
    [Fact]
    public void A_Now_line_after_the_shapes_is_a_field_of_its_own_not_more_shapes()
    {
        // ModularMonolith's IAggregateStore: the line after Shapes starts "Now:", which was read as a continuation of the
        // shapes, so ClearChanges' shape was "12 Now: incomplete: …".
        var file = new CorpusFile("Repo", "IStore", "Repo/IStore.cs", """
            // Source: https://example.org/repo
            // Shapes: *=12; Load=5,12; ClearChanges=12
            // Now: incomplete: IMF0001 on all five members (an event-sourced store: what Save appends and Load replays is the
            //   aggregate's own)
            // Configured: nothing
            namespace Corpus.Repo.IStoreCase;
            """);

        Assert.Equal("12", file.ShapeOf("ClearChanges"));
        Assert.Equal("5,12", file.ShapeOf("Load"));
        Assert.Equal(3, file.Shapes.Count);
        Assert.Equal("incomplete: IMF0001 on all five members (an event-sourced store: what Save appends and Load replays is the aggregate's own)", file.Header["Now"]);
        Assert.Equal("nothing", file.Configured);
    }

    [Fact]
    public void A_new_file_from_a_repository_with_no_licence_is_a_corpus_defect_and_a_licensed_one_is_not()
    {
        var unlicensed = Header("NewRepo", "IStore", "none stated (an interface signature transcribed for a test)");
        var licensed = Header("OtherRepo", "IStore", "MIT (an interface signature transcribed for a test)");

        var problems = CorpusLicences.Problems([unlicensed, licensed]).Where(static p => !p.Contains("CorpusLicences.RecordedWithoutLicence", System.StringComparison.Ordinal)).ToList();

        Assert.Equal(["NewRepo/IStore.cs: transcribed from a repository with no licence; a new corpus file needs a licence that allows transcribing a signature (docs/real-world-corpus.md, Licences)"], problems);
        Assert.False(CorpusLicences.IsStated(unlicensed));
        Assert.True(CorpusLicences.IsStated(licensed));
        Assert.Equal("MIT", CorpusLicences.ShortName(licensed));
        Assert.Equal("none stated", CorpusLicences.ShortName(unlicensed));
    }

    [Fact]
    public void A_recorded_file_that_is_gone_or_now_states_a_licence_must_leave_the_list()
    {
        var recorded = CorpusLicences.RecordedWithoutLicence.Order(System.StringComparer.Ordinal).Take(2).ToArray();
        var parts = recorded[0].Split('/');
        var nowLicensed = Header(parts[0], parts[1][..^3], "Apache-2.0 (the owner added a licence)");

        var problems = CorpusLicences.Problems([nowLicensed]).ToList();

        Assert.Contains($"{recorded[0]}: now states a licence; remove it from CorpusLicences.RecordedWithoutLicence", problems);
        Assert.Contains($"{recorded[1]}: listed in CorpusLicences.RecordedWithoutLicence but not in the corpus; remove it from the list", problems);
        Assert.DoesNotContain(problems, static p => p.Contains("transcribed from a repository with no licence", System.StringComparison.Ordinal));
    }

    private static CorpusFile Header(string repo, string name, string licence)
        => new(repo, name, repo + "/" + name + ".cs", $"""
            // Source: https://example.org/{repo}
            // Licence: {licence}
            namespace Corpus.{repo}.{name}Case;
            """);
}
