using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-contains39 (session 39): a read answering several rows given a <c>string</c> matched against a text property that is
/// not the key and not unique, whose equality is read, not named (<c>GetHotelsByNameAsync(string hotelName)</c>: Spring
/// Data's <c>By{Property}</c>; <c>GetHotelsAsync(string name)</c>: a parameter named after a property). Real stores of that
/// signature split between an equality and a search (<c>Name.Contains(name)</c>, <c>LIKE</c>), so the equality stays and is
/// loud: IMF0030 (Info), silenced by <c>TextLookups = TextLookup.Equality</c>; <c>TextLookup.Containing</c> makes it an
/// ordinal Contains. A name that says how (<c>Containing</c>, <c>StartingWith</c>, <c>Equals</c>, <c>IgnoreCase</c>), a key,
/// a unique property, a single-row read and a filter object are not reported.
/// </summary>
public class TextMatchTests
{
    private static string Hotels(string attribute, string extra = "") => Sources.Usings + """
        namespace V;

        public class Hotel
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public string City { get; set; } = "";
            public string Description { get; set; } = "";
            [Unique] public string Code { get; set; } = "";
            public int OwnerId { get; set; }
        }

        """ + attribute + """

        public interface IHotels
        {
            Hotel Add(Hotel hotel);
            Task<List<Hotel>> GetHotelsAsync(string name);
            List<Hotel> GetHotelsByName(string hotelName);
            int CountByDescription(string description);
            List<Hotel> GetByCity(string city);
            List<Hotel> GetByNameAndCity(string name, string city);
            List<Hotel> FindByNameContaining(string part);
            List<Hotel> FindByNameStartingWith(string prefix);
            List<Hotel> FindByNameEquals(string name);
            List<Hotel> FindByCityIgnoreCase(string city);
            List<Hotel> FindByOwnerId(int ownerId);
            Hotel? FindByCode(string code);
            Hotel? FindFirstByName(string name);
        """ + extra + """
        }
        """;

    private static string[] Reported(GeneratorRun run)
        => run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0030").Select(Refusals.PointedAt).OrderBy(static m => m, StringComparer.Ordinal).ToArray();

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.Id == "IMF0030" && Refusals.PointedAt(d) == member).GetMessage(CultureInfo.InvariantCulture);

    private const string Seed = """
                    IHotels hotels = new InMemoryHotels();
                    hotels.Add(new Hotel { Name = "Grand Hotel", Description = "Oslo", City = "Oslo", Code = "GH", OwnerId = 1 });
                    hotels.Add(new Hotel { Name = "Grand", Description = "oslo", City = "oslo", Code = "G", OwnerId = 1 });
                    hotels.Add(new Hotel { Name = "Park Inn", City = "Bergen", Code = "PI", OwnerId = 2 });
        """;

    /// <summary>What the members whose name says how they match do, whatever TextLookups says.</summary>
    private const string Named = """
                    Is(1, hotels.FindByNameContaining("Inn").Count, "Containing: a substring");
                    Is(0, hotels.FindByNameContaining("inn").Count, "Containing: ordinal");
                    Is(2, hotels.FindByNameStartingWith("Grand").Count, "StartingWith: a prefix");
                    Is(1, hotels.FindByNameEquals("Grand").Count, "Equals: the whole text");
                    Is(2, hotels.FindByCityIgnoreCase("OSLO").Count, "IgnoreCase: equal ignoring case");
                    Is("GH", hotels.FindByCode("GH")!.Code, "a unique property: the one row");
                    Is("Grand", hotels.FindFirstByName("Grand")!.Name, "a single-row read: equal");
        """;

    [Fact]
    public void Unstated_a_list_or_count_by_a_text_property_compares_equal_and_is_IMF0030()
    {
        var run = GeneratorHarness.Run(Hotels("[InMemoryFake]"));
        Assertions.Clean(run);
        // City is no free-text word, and two text equalities name a row by parts of its identity: not reported.
        Assert.Equal(new[] { "CountByDescription", "GetHotelsAsync", "GetHotelsByName" }, Reported(run));
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0030"), static d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(
            "IHotels.GetHotelsByName lists the Hotel rows whose Name equals the hotelName given (ordinal unless Semantics.TextComparisons says otherwise),"
            + " the reading of ByName and of a parameter named after Name; stores of this signature also search instead (Name.Contains, LIKE '%' + @hotelName + '%', StartsWith),"
            + " and the signature does not say which. If yours searches, set TextLookups = TextLookup.Containing on [InMemoryFake] (an ordinal Contains),"
            + " name the match (ByNameContaining, ByNameStartingWith) or write the member; to say it compares equal, set TextLookups = TextLookup.Equality",
            Message(run, "GetHotelsByName"));
        Assert.StartsWith("IHotels.GetHotelsAsync lists the Hotel rows whose Name equals the name given", Message(run, "GetHotelsAsync"), StringComparison.Ordinal);
        Assert.StartsWith("IHotels.CountByDescription counts the Hotel rows whose Description equals the description given", Message(run, "CountByDescription"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
            """ + Seed + """
                    Is(1, hotels.GetHotelsAsync("Grand").GetAwaiter().GetResult().Count, "unstated: equal, the whole name");
                    Is(0, hotels.GetHotelsAsync("grand").GetAwaiter().GetResult().Count, "unstated: ordinal");
                    Is(1, hotels.GetHotelsByName("Grand Hotel").Count, "unstated: equal");
                    Is(0, hotels.GetHotelsByName("Hotel").Count, "unstated: no search within the name");
                    Is(1, hotels.CountByDescription("Oslo"), "unstated: a count compares equal, ordinal");
                    Is(1, hotels.GetByCity("Oslo").Count, "a city: equal");
                    Is(1, hotels.GetByNameAndCity("Grand", "oslo").Count, "two texts: equal");
            """ + Named + """
                }
            }
            """);
    }

    [Fact]
    public void Equality_states_the_default_and_silences_the_info()
    {
        var run = GeneratorHarness.Run(Hotels("[InMemoryFake(TextLookups = TextLookup.Equality)]"));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
            """ + Seed + """
                    Is(1, hotels.GetHotelsAsync("Grand").GetAwaiter().GetResult().Count, "Equality: the whole name");
                    Is(0, hotels.GetHotelsByName("Hotel").Count, "Equality: no search within the name");
                    Is(1, hotels.CountByDescription("Oslo"), "Equality: a count compares equal");
            """ + Named + """
                }
            }
            """);
    }

    [Fact]
    public void Containing_makes_each_unstated_equality_an_ordinal_Contains_and_leaves_the_named_ones()
    {
        var run = GeneratorHarness.Run(Hotels("[InMemoryFake(TextLookups = TextLookup.Containing)]"));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
            """ + Seed + """
                    Is(2, hotels.GetHotelsAsync("Grand").GetAwaiter().GetResult().Count, "Containing: 'Grand' is in two names");
                    Is(0, hotels.GetHotelsAsync("grand").GetAwaiter().GetResult().Count, "Containing: ordinal");
                    Is(1, hotels.GetHotelsByName("Hotel").Count, "Containing: a search within the name");
                    Is(3, hotels.GetHotelsByName("").Count, "Containing: the empty text is in every name");
                    Is(0, hotels.GetHotelsByName(null!).Count, "Containing: a null text matches nothing, as ByNameContaining");
                    Is(1, hotels.CountByDescription("Os"), "Containing: a count of the rows containing it");
                    Is(0, hotels.GetByCity("Os").Count, "Containing: a city is no free text, still equal");
                    Is(0, hotels.GetByNameAndCity("Gra", "oslo").Count, "Containing: two texts stay equal");
            """ + Named + """
                }
            }
            """);
    }

    [Fact]
    public void A_unique_property_a_filter_object_a_predicate_and_a_single_row_read_are_not_reported()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Tag
            {
                public string Id { get; set; } = "";
                [Unique] public string Title { get; set; } = "";
                public string Name { get; set; } = "";
            }

            public class TagFilter { public string? Name { get; set; } }

            [InMemoryFake]
            public interface ITags
            {
                void Add(Tag tag);
                List<Tag> GetByTitle(string title);
                List<Tag> Find(TagFilter filter);
                List<Tag> Where(Func<Tag, bool> predicate);
                Tag? GetByName(string name);
                List<Tag> GetByIdNot(string id);
            }
            """);
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
    }

    [Theory]
    [InlineData("TextLookups = TextLookup.Equality", "TextLookups = Equality")]
    [InlineData("TextLookups = TextLookup.Containing", "TextLookups = Containing")]
    public void A_stated_setting_no_read_takes_is_IMF0010(string setting, string said)
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Hotel
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
            }

            [InMemoryFake(
            """ + setting + """
            )]
            public interface IHotels
            {
                void Add(Hotel hotel);
                Hotel? Get(int id);
                List<Hotel> FindByNameContaining(string name);
            }
            """);
        Assertions.GeneratorReported(run, "IMF0010");
        Assert.Equal(
            "[InMemoryFake] on 'IHotels': " + said + ": no member of IHotels is a list, page or count read of an entity repository matching a string against a text property"
            + " that is not the key and not unique, without a name that says how (By{Property}Equals, By{Property}Containing), so the setting states nothing",
            run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0010").GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_value_the_enum_does_not_have_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Hotels("[InMemoryFake(TextLookups = (TextLookup)7)]"));
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0010"
            && d.GetMessage(CultureInfo.InvariantCulture) == "[InMemoryFake] on 'IHotels': TextLookups = 7 is not a TextLookup (Unstated, Equality or Containing)");
        Assert.Empty(Reported(run));
    }
}
