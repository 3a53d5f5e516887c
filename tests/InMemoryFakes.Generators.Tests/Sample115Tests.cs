using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample115 (session 36), game codebases. NicePartUsage's <c>IScoreRepository</c> keeps <c>Score</c>s keyed by a
/// MongoDB.Bson <c>ObjectId</c> through EF Core's MongoDB provider, which gives a score added with <c>ObjectId.Empty</c> a
/// new ObjectId, as the driver's ObjectIdGenerator does on insert. The fake kept <c>ObjectId.Empty</c> as the key and
/// refused the second new score as a duplicate key, silently: an ObjectId key is now generated as a Guid key is. Its
/// <c>DeleteScore(string scoreId)</c> was refused as "string, which does not convert to Id"; the refusal now names the cause,
/// the parse the store does its own way. OT.Assessment's <c>GetGameById(string gameId)</c> of a <c>Game</c> keyed by an
/// <c>int</c> stays refused as a string that does not convert (the real one compares the text with <c>Name</c>).
/// </summary>
public class Sample115Tests
{
    // MongoDB.Bson's ObjectId cut down to what the generator and the checks use, declared under its full name: the generator
    // matches the type by name, as it does the BSON attributes, so the test needs no MongoDB package.
    private const string Bson = """
        namespace MongoDB.Bson
        {
            public readonly struct ObjectId : System.IEquatable<ObjectId>
            {
                private static int counter;
                private readonly int value;

                private ObjectId(int value) => this.value = value;

                public ObjectId(string text) => value = int.Parse(text, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

                public static ObjectId Empty => default;

                public static ObjectId GenerateNewId() => new(System.Threading.Interlocked.Increment(ref counter));

                public bool Equals(ObjectId other) => value == other.value;

                public override bool Equals(object? obj) => obj is ObjectId other && Equals(other);

                public override int GetHashCode() => value;

                public override string ToString() => value.ToString("x24", System.Globalization.CultureInfo.InvariantCulture);

                public static bool operator ==(ObjectId left, ObjectId right) => left.Equals(right);

                public static bool operator !=(ObjectId left, ObjectId right) => !left.Equals(right);
            }
        }

        """;

    private const string Ratings = Sources.Usings + Bson + """
        namespace V
        {
            using MongoDB.Bson;

            public class Rating
            {
                public ObjectId Id { get; set; }
                public ObjectId MatchId { get; set; }
                public double Stars { get; set; }
            }

            [InMemoryFake]
            public interface IRatingRepository
            {
                Task<Rating> CreateRating(Rating rating);
                Task<IEnumerable<Rating>> GetAllRatings();
                Task<Rating?> GetRating(ObjectId id);
            }
        }
        """;

    [Fact]
    public void An_ObjectId_key_added_empty_gets_a_new_ObjectId_and_a_set_one_is_kept()
    {
        var run = GeneratorHarness.Run(Ratings);
        Assertions.Clean(run);
        Assert.Contains("NewKey = static () => global::MongoDB.Bson.ObjectId.GenerateNewId(),", run.Source("IRatingRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IRatingRepository ratings = new InMemoryRatingRepository();
                    var match = MongoDB.Bson.ObjectId.GenerateNewId();
                    var first = new Rating { MatchId = match, Stars = 4 };
                    var created = ratings.CreateRating(first).GetAwaiter().GetResult();
                    Is(false, created.Id == MongoDB.Bson.ObjectId.Empty, "an ObjectId key added empty gets a new ObjectId");
                    Is(created.Id, first.Id, "written back into the caller's entity, as the driver and EF Core do");
                    Is(match, created.MatchId, "an ObjectId that is not the key is stored as given");
                    var second = ratings.CreateRating(new Rating { Stars = 2 }).GetAwaiter().GetResult();
                    Is(false, second.Id == created.Id, "the second new rating gets its own key, not the duplicate-key error");
                    Is(2, System.Linq.Enumerable.Count(ratings.GetAllRatings().GetAwaiter().GetResult()), "both are stored");
                    Is(4.0, ratings.GetRating(created.Id).GetAwaiter().GetResult()!.Stars, "read back by the key it was given");

                    var chosen = MongoDB.Bson.ObjectId.GenerateNewId();
                    Is(chosen, ratings.CreateRating(new Rating { Id = chosen }).GetAwaiter().GetResult().Id, "a key the caller set is kept");
                    Throws<DuplicateKeyException>(() => ratings.CreateRating(new Rating { Id = chosen }).GetAwaiter().GetResult(), null, "a taken ObjectId is the duplicate-key error");
                }
            }
            """);
    }

    [Fact]
    public void An_ObjectId_of_another_library_or_one_marked_as_the_callers_is_not_generated()
    {
        // LiteDB declares its own ObjectId (namespace LiteDB); only MongoDB.Bson's is matched.
        var lite = GeneratorHarness.Run(Ratings.Replace("namespace MongoDB.Bson", "namespace LiteDB", StringComparison.Ordinal)
            .Replace("using MongoDB.Bson;", "using LiteDB;", StringComparison.Ordinal));
        Assertions.NeverFailed(lite);
        Assert.DoesNotContain("GenerateKeys", lite.Source("IRatingRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);

        // A key the data library's own attribute says the store never generates stays the caller's.
        var none = GeneratorHarness.Run(Ratings.Replace("public ObjectId Id { get; set; }", "[System.ComponentModel.DataAnnotations.Schema.DatabaseGenerated(System.ComponentModel.DataAnnotations.Schema.DatabaseGeneratedOption.None)] public ObjectId Id { get; set; }", StringComparison.Ordinal));
        Assertions.NeverFailed(none);
        Assert.DoesNotContain("NewKey", none.Source("IRatingRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_given_for_an_ObjectId_key_is_refused_naming_the_parse_the_store_chooses()
    {
        var run = GeneratorHarness.Run(Ratings.Replace("    Task<Rating?> GetRating(ObjectId id);", "    Task<Rating?> GetRating(ObjectId id);\n        Task<Rating> DeleteRating(string ratingId);", StringComparison.Ordinal));
        Assertions.NeverFailed(run);
        Assert.Equal(
            "'DeleteRating' of IRatingRepository matches no entity repository convention: parameter 'ratingId' is string and Id is a MongoDB.Bson.ObjectId, which a store parses the text into, each its own way: "
            + "new ObjectId(ratingId) and ObjectId.Parse throw FormatException for a text that is no ObjectId, ObjectId.TryParse finds no row, and the signature does not say which; "
            + "take ObjectId itself, or write the member with the parse the store uses. "
            + "Implement it in the partial class InMemoryRatingRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(DeleteRating), ratingId) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "DeleteRating"));
    }

    [Fact]
    public void A_string_given_for_an_int_key_stays_refused_as_a_text_that_does_not_convert()
    {
        // OT.Assessment's IGameReposistory: the real GetGameById(gameId) and HasGame(gameId) compare the text with Name.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Game
            {
                [System.ComponentModel.DataAnnotations.Key]
                public int Id { get; set; }
                public string Name { get; set; } = "";
                public string Theme { get; set; } = "";
            }

            [InMemoryFake]
            public interface IGameRepository
            {
                Task<IList<Game>> GetAllGame();
                Task<Game> GetGameByName(string gameName);
                Task<Game> GetGameById(string gameId);
                Task<bool> HasGame(string gameId);
            }
            """);
        Refusals.Exactly(run,
            ("GetGameById", "parameter 'gameId' is string, which does not convert to Id (int)."),
            ("HasGame", "parameter 'gameId' is string, which does not convert to Id (int)."));
    }
}
