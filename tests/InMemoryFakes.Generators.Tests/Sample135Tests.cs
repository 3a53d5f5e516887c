using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample135 (session 41), media and hobby codebases. ecarpouzis/MovieTheater's <c>IPosterImageRepository</c> keeps one
/// poster file per movie and variant (<c>HasImage(int movieId, PosterImageVariant variant)</c>, <c>GetImage</c>,
/// <c>SaveImage(movieId, variant, byte[] imageContent)</c>); the blob conventions took only the first parameter as the name
/// and refused all three. A key of two parts that every blob member takes first is now the blob's name. And
/// DemoViewer.NET's <c>IModuleContext</c> was IMF0009 asking for a key of <c>PlayerRosterEntry</c>, which its only mention,
/// the property <c>Players</c>, would not use: the message now says a key would not help.
/// </summary>
public class Sample135Tests
{
    private const string Posters = Sources.Usings + """
        #nullable enable
        namespace V;

        public enum PosterImageVariant
        {
            Main,
            Thumbnail
        }

        [InMemoryFake]
        public interface IPosterImageRepository
        {
            Task<bool> HasImage(int movieId, PosterImageVariant variant);
            Task<byte[]?> GetImage(int movieId, PosterImageVariant variant);
            Task SaveImage(int movieId, PosterImageVariant variant, byte[] imageContent);
        }
        """;

    [Fact]
    public void Blobs_named_by_a_key_of_two_parts_are_saved_read_and_checked_per_pair()
    {
        var run = GeneratorHarness.Run(Posters);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPosterImageRepository posters = new InMemoryPosterImageRepository();
                    Is(false, posters.HasImage(1, PosterImageVariant.Main).GetAwaiter().GetResult(), "nothing saved");
                    Is(null, posters.GetImage(1, PosterImageVariant.Main).GetAwaiter().GetResult(), "a missing poster read as null (declared byte[]?)");
                    var poster = new byte[] { 1, 2, 3 };
                    posters.SaveImage(1, PosterImageVariant.Main, poster).GetAwaiter().GetResult();
                    Is(true, posters.HasImage(1, PosterImageVariant.Main).GetAwaiter().GetResult(), "the pair saved");
                    Is(false, posters.HasImage(1, PosterImageVariant.Thumbnail).GetAwaiter().GetResult(), "the other variant is another blob");
                    Is(false, posters.HasImage(2, PosterImageVariant.Main).GetAwaiter().GetResult(), "the other movie is another blob");
                    poster[0] = 9;
                    Is("1,2,3", string.Join(",", posters.GetImage(1, PosterImageVariant.Main).GetAwaiter().GetResult()!), "the content as saved, not the caller's array");
                    posters.SaveImage(1, PosterImageVariant.Thumbnail, new byte[] { 4 }).GetAwaiter().GetResult();
                    posters.SaveImage(1, PosterImageVariant.Main, new byte[] { 5 }).GetAwaiter().GetResult();
                    Is("5", string.Join(",", posters.GetImage(1, PosterImageVariant.Main).GetAwaiter().GetResult()!), "a second save of the pair overwrites");
                    Is("4", string.Join(",", posters.GetImage(1, PosterImageVariant.Thumbnail).GetAwaiter().GetResult()!), "and leaves the other variant");
                }
            }
            """);
    }

    [Fact]
    public void A_read_declared_not_null_gives_the_not_found_error_for_a_missing_pair()
    {
        var run = GeneratorHarness.Run(Posters.Replace("Task<byte[]?> GetImage", "Task<byte[]> GetImage", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPosterImageRepository posters = new InMemoryPosterImageRepository();
                    Throws<System.Collections.Generic.KeyNotFoundException>(() => posters.GetImage(3, PosterImageVariant.Thumbnail).GetAwaiter().GetResult(), null, "declared not null: the not-found error");
                    Throws<ArgumentNullException>(() => posters.SaveImage(3, PosterImageVariant.Main, null!).GetAwaiter().GetResult(), "imageContent", "a null content");
                    Is(false, posters.HasImage(3, PosterImageVariant.Main).GetAwaiter().GetResult(), "nothing stored by the failed save");
                }
            }
            """);
    }

    [Fact]
    public void A_string_second_part_names_the_blob_within_the_first()
    {
        const string Avatars = Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IAvatarStore
            {
                void SaveAvatar(Guid userId, string size, byte[] content);
                byte[]? GetAvatar(Guid userId, string size);
                bool DeleteAvatar(Guid userId, string size);
            }
            """;
        var run = GeneratorHarness.Run(Avatars);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAvatarStore avatars = new InMemoryAvatarStore();
                    var ann = Guid.NewGuid();
                    avatars.SaveAvatar(ann, "small", new byte[] { 1 });
                    avatars.SaveAvatar(ann, "large", new byte[] { 2 });
                    Is("1", string.Join(",", avatars.GetAvatar(ann, "small")!), "one size");
                    Is(true, avatars.DeleteAvatar(ann, "small"), "removed");
                    Is(false, avatars.DeleteAvatar(ann, "small"), "already gone");
                    Is("2", string.Join(",", avatars.GetAvatar(ann, "large")!), "the other size stays");
                    Throws<ArgumentException>(() => avatars.GetAvatar(ann, " "), "size", "a blank second part names no blob");
                }
            }
            """);
    }

    [Fact]
    public void A_listing_beside_blobs_named_by_a_pair_is_refused_naming_the_pair()
    {
        var run = GeneratorHarness.Run(Posters.Replace(
            "Task SaveImage(int movieId, PosterImageVariant variant, byte[] imageContent);",
            "Task SaveImage(int movieId, PosterImageVariant variant, byte[] imageContent);\n    Task<string> GetImageUrl(int movieId, PosterImageVariant variant);",
            StringComparison.Ordinal));
        Refusals.Exactly(run,
            ("GetImageUrl", "the members of IPosterImageRepository name a blob by (movieId, variant), and such a pair is a convention only for Put, Get (also into a Stream), Exists and Delete taking the two first: a listing, properties or a URL would hand out a name the real store makes of the two its own way"));
    }

    [Fact]
    public void A_member_that_takes_the_first_part_alone_proves_no_pair()
    {
        // DeleteImages(movieId) removes every variant of the movie, or something else: the members do not all take the pair,
        // so the pair is not proven and the members keep the refusal of a blob store named by one key.
        var run = GeneratorHarness.Run(Posters.Replace(
            "Task SaveImage(int movieId, PosterImageVariant variant, byte[] imageContent);",
            "Task SaveImage(int movieId, PosterImageVariant variant, byte[] imageContent);\n    Task DeleteImages(int movieId);",
            StringComparison.Ordinal));
        Assert.Contains("its parameter 'variant' has no meaning for a blob store: it must take only the key", Refusals.Message(run, "GetImage"), StringComparison.Ordinal);
        Assert.Contains("IMF0001 HasImage", Refusals.Listed(run));
    }

    private const string ModuleContext = Sources.Usings + """
        #nullable enable
        namespace V;

        public sealed class PlayerRosterEntry
        {
            public int Slot { get; init; }
            public ulong SteamId { get; init; }
            public string Name { get; init; } = "";
        }

        [InMemoryFake]
        public interface IModuleContext
        {
            bool HasDemo { get; }
            int CurrentTick { get; }
            IReadOnlyList<PlayerRosterEntry> Players { get; }
            void RequestPlay();
        }
        """;

    [Fact]
    public void A_keyless_type_listed_only_by_a_property_of_its_own_name_says_a_key_would_not_help()
    {
        var run = GeneratorHarness.Run(ModuleContext);
        var d = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal("IMF0009", d.Id);
        Assert.EndsWith(
            "write IModuleContext by hand; a key would not help: the only member of IModuleContext that mentions PlayerRosterEntry is 'Players', a property that lists PlayerRosterEntries under a name of its own"
            + " (a listing property is read as every row only when it is named PlayerRosterEntries or AllPlayerRosterEntries), and no member adds, reads by key or removes a PlayerRosterEntry,"
            + " so with a key 'Players' would be refused too and nothing generated: what it lists is the real IModuleContext's own (a list it fills through members outside the interface, or computes)",
            d.GetMessage(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_is_still_the_fix_when_the_property_lists_every_row_or_a_member_takes_the_type()
    {
        // Named after the entity, the property is every row: a key makes it generated, so the plain message stands.
        var named = GeneratorHarness.Run(ModuleContext.Replace("Players { get; }", "PlayerRosterEntries { get; }", StringComparison.Ordinal));
        Assert.DoesNotContain("a key would not help", Assert.Single(named.GeneratorDiagnostics, static d => d.Id == "IMF0009").GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // A member that adds one: the rows are written, and a key lets that member be generated.
        var added = GeneratorHarness.Run(ModuleContext.Replace("void RequestPlay();", "void AddPlayer(PlayerRosterEntry entry);", StringComparison.Ordinal));
        Assert.DoesNotContain("a key would not help", Assert.Single(added.GeneratorDiagnostics, static d => d.Id == "IMF0009").GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
