using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample87 (session 31), an out-of-sample round on ASP.NET Core applications and libraries. graphql-aspnet's
/// <c>IMusicRepository</c> hands out <c>List&lt;Artist&gt; Artists { get; }</c>: the repository's own list, which its
/// <c>MusicService</c> adds to. The fake read the property as every row and made a new list on each read, so an add to
/// it was lost without a word. A property listing every row is now read only when its type cannot be added to; a
/// <c>List&lt;T&gt;</c>, <c>IList&lt;T&gt;</c> or <c>ICollection&lt;T&gt;</c> is refused, since a getter's fresh
/// <c>ToList()</c> loses the adds where an in-memory repository's own list keeps them (docs/generator.md, entity
/// repository refusals).
/// </summary>
public class Sample87Tests
{
    private const string Music = Sources.Usings + """
        namespace Music;
        public class Artist { public int Id { get; set; } public string Name { get; set; } = ""; }

        """;

    [Theory]
    [InlineData("List<Artist>", "Artists")]
    [InlineData("IList<Artist>", "AllArtists")]
    [InlineData("ICollection<Artist>", "Artists")]
    public void A_listing_property_of_a_list_the_caller_can_add_to_is_refused_naming_both_stores(string type, string name)
    {
        var run = GeneratorHarness.Run(Music + $$"""
            [InMemoryFake]
            public interface IMusicRepository
            {
                {{type}} {{name}} { get; }
                Artist? GetById(int id);
                void Add(Artist artist);
            }
            """);

        Refusals.Exactly(
            run,
            (name, "it returns " + type + "; a list the caller can add to: whether its adds and removals reach the store (an in-memory repository handing out its own "
                + type + ") or are lost (a getter's fresh copy, _db.Artists.ToList()) is the store's own; declare it IReadOnlyList<Artist> or IEnumerable<Artist> to have every row read"));
    }

    [Fact]
    public void A_listing_property_that_cannot_be_added_to_still_reads_every_row()
    {
        var run = GeneratorHarness.Run(Music + """
            public interface IArtistRepository
            {
                IReadOnlyList<Artist> Artists { get; }
                IEnumerable<Artist> AllArtists { get; }
                IReadOnlyCollection<Artist> ArtistsReadOnly { get; }
                void Add(Artist artist);
            }
            [InMemoryFake(typeof(IArtistRepository))] public partial class FakeArtistRepository { public IReadOnlyCollection<Artist> ArtistsReadOnly => Artists; }
            """);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, """
            using System.Linq;
            using InMemoryFakes;
            using Music;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var artists = new FakeArtistRepository();
                    Expect.Is(0, artists.Artists.Count, "a new store lists no artist");
                    artists.Add(new Artist { Id = 1, Name = "Queen" });
                    artists.Add(new Artist { Id = 2, Name = "Mamamoo" });
                    Expect.Is("Queen,Mamamoo", string.Join(",", artists.Artists.Select(a => a.Name)), "IReadOnlyList<T> lists every row");
                    Expect.Is(2, artists.AllArtists.Count(), "and IEnumerable<T> AllArtists too");
                }
            }
            """);
    }

    [Fact]
    public void A_method_returning_a_List_of_every_row_keeps_its_reading()
    {
        var run = GeneratorHarness.Run(Music + """
            public interface ISessionRepository
            {
                List<Artist> List();
                void Add(Artist artist);
            }
            [InMemoryFake(typeof(ISessionRepository))] public partial class FakeSessionRepository { }
            """);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, """
            using InMemoryFakes;
            using Music;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var sessions = new FakeSessionRepository();
                    sessions.Add(new Artist { Id = 1, Name = "Queen" });
                    var list = sessions.List();
                    list.Add(new Artist { Id = 2, Name = "Lost" });
                    Expect.Is(1, sessions.List().Count, "a method's list is the answer of one call: adding to it writes nothing");
                }
            }
            """);
    }
}
