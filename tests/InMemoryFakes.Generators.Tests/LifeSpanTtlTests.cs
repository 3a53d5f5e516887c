using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A <c>TimeSpan</c> named <c>lifeSpan</c> is a time to live, as <c>lifetime</c> is (h-sample51's round: the Azure Media
/// Services dashboard's <c>IMdCache.Set(string key, string value, TimeSpan lifeSpan)</c>, whose Azure cache puts the value
/// with that expiry, was refused: "its parameter 'lifeSpan' is not a time to live"); a number named for it with a unit
/// (<c>lifeSpanMinutes</c>) is that many units, as <c>lifetimeMinutes</c> is.
/// </summary>
public class LifeSpanTtlTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_TimeSpan_named_lifeSpan_expires_the_entry_after_it_on_the_clock()
    {
        var run = Run("""
            namespace V;
            [InMemoryFake]
            public interface IMdCache
            {
                string? Get(string key);
                void Set(string key, string value);
                void Set(string key, string value, TimeSpan lifeSpan);
                void Put(string key, string value, int lifeSpanMinutes);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    var clock = new ManualClock();
                    IMdCache cache = new InMemoryMdCache(clock);
                    cache.Set("forever", "a");
                    cache.Set("short", "b", TimeSpan.FromSeconds(30));
                    cache.Put("minutes", "c", 2);
                    clock.Advance(TimeSpan.FromSeconds(29));
                    Is("b", cache.Get("short"), "an entry set with a lifeSpan is there before it ends");
                    clock.Advance(TimeSpan.FromSeconds(1));
                    Is(null, cache.Get("short"), "and gone once it has passed");
                    Is("c", cache.Get("minutes"), "lifeSpanMinutes counts minutes");
                    clock.Advance(TimeSpan.FromSeconds(90));
                    Is(null, cache.Get("minutes"), "and expires after them");
                    Is("a", cache.Get("forever"), "an entry set without one stays");
                    cache.Set("short", "d", TimeSpan.FromSeconds(30));
                    cache.Set("short", "e");
                    clock.Advance(TimeSpan.FromMinutes(5));
                    Is("e", cache.Get("short"), "a later Set without a lifeSpan keeps the entry (as a Set with no ttl does)");
                }
            }
            """);
    }

    [Fact]
    public void A_lifeSpan_that_is_not_a_TimeSpan_or_a_number_stays_refused()
    {
        var run = Run("""
            namespace V;
            [InMemoryFake]
            public interface ILifeSpanStore
            {
                string? Get(string key);
                void Set(string key, string value, string lifeSpan);
            }
            """);
        var refusal = Assert.Single(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001"));
        var message = refusal.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(message.Contains("'lifeSpan' (string) cannot be a time to live", System.StringComparison.Ordinal), message);
    }
}
