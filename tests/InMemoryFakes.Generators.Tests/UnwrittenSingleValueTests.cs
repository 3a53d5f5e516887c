using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A read without a key in a store of one value that no member writes (dotnet/performance's <c>IX509Store</c>:
/// <c>X509Store GetX509Store()</c> hands out the store its constructor opened) answers what the real store was built
/// with, which the interface does not carry: the fake's read threw the not-found error on every new fake (h-sample50's
/// first try). Refused, naming the one-line store access; beside a write of the one value it stays the single value.
/// </summary>
public class UnwrittenSingleValueTests
{
    private const string Source = Sources.Usings + """
        namespace V;

        public class Connection { public string Name { get; set; } = ""; }

        [InMemoryFake]
        public interface IConnectionHolder
        {
            Connection GetConnection();
        }
        """;

    [Fact]
    public void A_read_of_the_one_value_that_no_member_writes_is_refused_naming_the_store_access()
    {
        var run = GeneratorHarness.Run(Source);
        Assertions.NeverFailed(run);
        Refusals.Exactly(run, ("GetConnection", "no member of IConnectionHolder puts a value in, and no member takes a key, so the one value a read without a key answers is what the real store was built with"));
        Assert.Contains("Store.Set(\"value\", …) puts the one value in, Store.Get(\"value\") reads it", Refusals.Message(run, "GetConnection"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_read_over_the_store_answers_what_the_test_put_in()
    {
        var run = GeneratorHarness.Run(Source, """
            namespace V;

            public sealed partial class InMemoryConnectionHolder
            {
                public Connection GetConnection() => Store.Call(nameof(GetConnection)).Get("value") as Connection ?? throw new System.InvalidOperationException("no connection");
                public void Open(Connection connection) => Store.Set("value", connection);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var holder = new InMemoryConnectionHolder();
                    holder.Open(new Connection { Name = "db" });
                    Is("db", holder.GetConnection().Name, "the hand-written read answers the value put in");
                }
            }
            """);
    }

    [Fact]
    public void Beside_a_write_of_the_one_value_the_read_is_still_the_single_value()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Settings { public string Theme { get; set; } = ""; }

            [InMemoryFake]
            public interface ISettingsHolder
            {
                Settings? Get();
                void Set(Settings settings);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var holder = new InMemorySettingsHolder();
                    Is(null, holder.Get(), "nothing written yet: null");
                    holder.Set(new Settings { Theme = "dark" });
                    Is("dark", holder.Get()!.Theme, "Get answers the one value written");
                }
            }
            """);
    }
}
