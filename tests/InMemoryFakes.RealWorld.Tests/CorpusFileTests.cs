using InMemoryFakes.RealWorld.Tests.Harness;
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
}
