using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample93 (session 32), an out-of-sample round on Azure Cosmos DB applications and libraries (find_repos("Cosmos"),
/// then find_repos("Azure.Storage")). cosmos-holiday's <c>IFixedHolidayManager</c> had its <c>Get(Country country)</c>
/// generated as a key-value read of a list kept under the country, beside an <c>Add(IFixedHolidayFunc func)</c> refused for
/// want of a key: the real manager keeps the holidays one by one and <c>Get(country)</c> selects those of the country, so
/// the fake read a table nothing fills and answered null where the real store answers the country's holidays.
/// </summary>
public class Sample93Tests
{
    private const string ElementCause = "Add(holiday) writes IHoliday without a key: "
        + "the store keeps IHoliday items one by one, and a member by a key selects among them";

    [Fact]
    public void A_read_of_a_list_by_a_key_beside_a_keyless_write_of_one_element_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public enum Country { China, UnitedStates }

            public interface IHoliday
            {
                string Name { get; }
                Country Country { get; }
                int Month { get; }
            }

            public sealed class FixedHoliday : IHoliday
            {
                public string Name { get; set; } = "";
                public Country Country { get; set; }
                public int Month { get; set; }
            }

            [InMemoryFake]
            public interface IHolidayManager
            {
                void Add(IHoliday holiday);
                IEnumerable<IHoliday> Get(Country country);
                bool Remove(Country country);
            }
            """);

        Refusals.Exactly(
            run,
            ("Add", "it takes no key, but other members do"),
            // Since session 41 (Cause41Tests): a refused read of the items says the keyless write's cause too, which its
            // message before ("it reads a list of V.IHoliday by the key, where the store's writes keep one IHoliday per key")
            // left unnamed.
            ("Get", ElementCause),
            ("Remove", ElementCause));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_keyless_write_of_a_sequence_of_the_element_counts_too_and_a_write_of_the_whole_list_does_not_lift_it()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Holiday
            {
                public string Name { get; set; } = "";
                public int Month { get; set; }
            }

            [InMemoryFake]
            public interface IHolidaysByMonth
            {
                void AddRange(IEnumerable<Holiday> holidays);
                IReadOnlyList<Holiday>? Get(int month);
                void Set(int month, IReadOnlyList<Holiday> holidays);
            }
            """);

        var cause = "the store's values are lists of Holiday only because of its result, and AddRange(holidays) writes Holiday without a key";
        Assert.Contains(cause, Refusals.Message(run, "Get"), System.StringComparison.Ordinal);
        Assert.Contains("AddRange(holidays) writes Holiday without a key", Refusals.Message(run, "Set"), System.StringComparison.Ordinal);
        Assert.Contains("IMF0001 AddRange", Refusals.Listed(run));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void Lists_written_and_read_under_a_key_with_no_keyless_element_write_stay_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Tag
            {
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface ITagLists
            {
                IReadOnlyList<Tag>? Get(string key);
                void Set(string key, IReadOnlyList<Tag> tags);
                bool Remove(string key);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ITagLists lists = new InMemoryTagLists();
                    Is(true, lists.Get("a") is null, "a key never written has no list");
                    lists.Set("a", new List<Tag> { new Tag { Name = "x" }, new Tag { Name = "y" } });
                    Is(2, lists.Get("a")!.Count, "Get answers the list written under the key");
                    Is(true, lists.Remove("a"), "Remove removes the list");
                    Is(true, lists.Get("a") is null, "so the key has no list");
                }
            }
            """);
    }

    [Fact]
    public void A_keyless_member_that_takes_the_key_type_is_no_element_write()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Tag
            {
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface ITagLists
            {
                IReadOnlyList<Tag>? Get(string key);
                void Set(string key, IReadOnlyList<Tag> tags);
                void Append(string key, Tag tag);
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("without a key: the store keeps", System.StringComparison.Ordinal));
        Assert.DoesNotContain("IMF0001 Get", Refusals.Listed(run));
        Assert.DoesNotContain("IMF0001 Set", Refusals.Listed(run));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_keyless_member_that_only_reads_an_element_is_no_element_write()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public interface ITag
            {
                string Name { get; }
            }

            public sealed class Tag : ITag
            {
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface ITagLists
            {
                IReadOnlyList<ITag>? Get(string key);
                void Set(string key, IReadOnlyList<ITag> tags);
                bool Contains(ITag tag);
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("without a key: the store keeps", System.StringComparison.Ordinal));
        Assert.DoesNotContain("IMF0001 Get", Refusals.Listed(run));
        Assert.DoesNotContain("IMF0001 Set", Refusals.Listed(run));
        Assertions.NeverFailed(run);
    }
}
