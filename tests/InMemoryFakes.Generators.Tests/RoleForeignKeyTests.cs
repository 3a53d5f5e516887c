using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A <c>{role}Id</c> parameter binds the entity's foreign key only through its one reference named after its type
/// (<c>userId</c> → <c>AppUserId</c> of <c>AppUser AppUser</c>); every other shape keeps the existing refusal.
/// </summary>
public class RoleForeignKeyTests
{
    private const string People = Sources.Usings + """
        namespace People;

        public class AppUser
        {
            public int Id { get; set; }
            public string UserName { get; set; } = "";
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_role_id_binds_the_foreign_key_of_the_one_reference_named_after_its_type()
    {
        var run = GeneratorHarness.Run(People + """
            public class Progress
            {
                public int Id { get; set; }
                public int ChapterId { get; set; }
                public AppUser AppUser { get; set; } = null!;
                public int AppUserId { get; set; }
            }

            [InMemoryFake]
            public interface IProgress
            {
                void Add(Progress item);
                Progress? GetProgress(int chapterId, int userId);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Two_references_of_the_role_are_ambiguous_and_refused()
    {
        // DatingApp's Message: Sender and Recipient are both AppUsers; which one userId means is the query's own.
        var run = GeneratorHarness.Run(People + """
            public class Message
            {
                public int Id { get; set; }
                public AppUser Sender { get; set; } = null!;
                public int SenderId { get; set; }
                public AppUser AppUser { get; set; } = null!;
                public int AppUserId { get; set; }
            }

            [InMemoryFake]
            public interface IMessages
            {
                void Add(Message item);
                List<Message> GetMessages(int userId);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("parameter 'userId' names neither the key (Id) nor a property of Message", Message(run, "GetMessages"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_named_for_a_role_of_its_own_is_refused()
    {
        // Owner (or CreatedBy, ReviewerUser) says what the user is to the entity; userId may mean another user.
        var run = GeneratorHarness.Run(People + """
            public class Note
            {
                public int Id { get; set; }
                public AppUser Owner { get; set; } = null!;
                public int OwnerId { get; set; }
            }

            [InMemoryFake]
            public interface INotes
            {
                void Add(Note item);
                List<Note> GetNotes(int userId);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("parameter 'userId' names neither the key (Id) nor a property of Note", Message(run, "GetNotes"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_key_without_a_reference_or_a_reference_without_the_conventional_key_is_refused()
    {
        var run = GeneratorHarness.Run(People + """
            public class Bookmark
            {
                public int Id { get; set; }
                public int AppUserId { get; set; }
            }

            public class Rating
            {
                public int Id { get; set; }
                public AppUser AppUser { get; set; } = null!;
                public int UserRef { get; set; }
            }

            [InMemoryFake]
            public interface IBookmarks
            {
                void Add(Bookmark item);
                List<Bookmark> GetBookmarks(int userId);
            }

            [InMemoryFake]
            public interface IRatings
            {
                void Add(Rating item);
                List<Rating> GetRatings(int userId);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("parameter 'userId' names neither the key (Id) nor a property of Bookmark", Message(run, "GetBookmarks"), StringComparison.Ordinal);
        Assert.Contains("parameter 'userId' names neither the key (Id) nor a property of Rating", Message(run, "GetRatings"), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_foreign_key_of_the_role_beside_the_one_reference_is_ambiguous_and_refused()
    {
        // A follow holds the follower as AppUser AppUser and the followed user only by FollowedUserId: userId may be either.
        var run = GeneratorHarness.Run(People + """
            public class Follow
            {
                public int Id { get; set; }
                public AppUser AppUser { get; set; } = null!;
                public int AppUserId { get; set; }
                public int FollowedUserId { get; set; }
            }

            [InMemoryFake]
            public interface IFollows
            {
                void Add(Follow item);
                List<Follow> GetFollows(int userId);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("parameter 'userId' names neither the key (Id) nor a property of Follow", Message(run, "GetFollows"), StringComparison.Ordinal);
    }
}
