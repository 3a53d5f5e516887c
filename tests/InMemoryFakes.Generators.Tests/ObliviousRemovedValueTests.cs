using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A key-value removal that returns the value it removed, declared without nullable annotations (<c>#nullable disable</c>):
/// Serenity's <c>ILocalCache.Remove(string key)</c> returns <c>object</c>, as System.Runtime.Caching's
/// <c>MemoryCache.Remove</c> and System.Web's <c>Cache.Remove</c> do, each null for a key not cached. Refused on session 25's
/// first try; read now as an oblivious Get is read (default when absent), unless <c>MissingKeyReads = NotFound</c> says an
/// oblivious result is required, where it stays refused.
/// </summary>
public class ObliviousRemovedValueTests
{
    private const string LocalCache = Sources.Usings + """
        #nullable disable
        namespace V;

        [InMemoryFake(ATTRIBUTE)]
        public interface ILocalCache
        {
            void Set(string key, object value, TimeSpan expiration);
            TItem Get<TItem>(string key);
            object Remove(string key);
            void RemoveAll();
        }
        """;

    [Fact]
    public void An_oblivious_removed_value_is_the_value_or_null_for_a_key_not_cached()
    {
        var run = GeneratorHarness.Run(LocalCache.Replace("(ATTRIBUTE)", "", System.StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ILocalCache cache = new InMemoryLocalCache();
                    cache.Set("greeting", "hello", TimeSpan.FromMinutes(5));
                    Is("hello", cache.Get<string>("greeting"), "cached");
                    Is("hello", cache.Remove("greeting"), "the removal returns the value it removed");
                    Is(null, cache.Get<string>("greeting"), "gone");
                    Is(null, cache.Remove("greeting"), "a key not cached: null, nothing thrown");
                    Throws<ArgumentNullException>(() => cache.Remove(null), "key", "a null key");
                }
            }
            """);
    }

    [Fact]
    public void Under_MissingKeyReads_NotFound_the_oblivious_removed_value_stays_refused()
    {
        var run = GeneratorHarness.Run(LocalCache.Replace("ATTRIBUTE", "MissingKeyReads = MissingKeyRead.NotFound", System.StringComparison.Ordinal));
        Refusals.Exactly(run, ("Remove", "the value it removed declared nullable"));
    }

    [Fact]
    public void An_annotated_non_nullable_removed_value_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface INameCache
            {
                void Set(string key, string value);
                string Remove(string key);
            }
            """);
        Refusals.Exactly(run, ("Remove", "the value it removed declared nullable (string?"));
    }
}
