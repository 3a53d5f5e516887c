using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A key-value removal that returns the value it removed, declared without nullable annotations (<c>#nullable disable</c>):
/// System.Runtime.Caching's <c>MemoryCache.Remove</c> and System.Web's <c>Cache.Remove</c> return the value removed, null
/// for a key not cached. Refused on session 25's first try; read since then as an oblivious Get is read (default when
/// absent), unless <c>MissingKeyReads = NotFound</c> says an oblivious result is required, where it stays refused.
/// Since h-sample67, not on a store of <c>object</c> values: there <c>object Remove(string key)</c> is the value removed in
/// Serenity's <c>ILocalCache</c> and a boxed <c>bool</c> (<c>isKeyExist &amp;&amp; KeyDelete(key)</c>) in
/// bezzad/HybridRedisCache's benchmark <c>IRedisCacheService</c>, and the signature proves neither.
/// </summary>
public class ObliviousRemovedValueTests
{
    private const string NameCache = Sources.Usings + """
        #nullable disable
        namespace V;

        [InMemoryFake(ATTRIBUTE)]
        public interface INameCache
        {
            void Set(string key, string value, TimeSpan expiration);
            string Get(string key);
            string Remove(string key);
            void Clear();
        }
        """;

    [Fact]
    public void An_oblivious_removed_value_of_a_typed_store_is_the_value_or_null_for_a_key_not_cached()
    {
        var run = GeneratorHarness.Run(NameCache.Replace("(ATTRIBUTE)", "", System.StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    INameCache cache = new InMemoryNameCache();
                    cache.Set("greeting", "hello", TimeSpan.FromMinutes(5));
                    Is("hello", cache.Get("greeting"), "cached");
                    Is("hello", cache.Remove("greeting"), "the removal returns the value it removed");
                    Is(null, cache.Get("greeting"), "gone");
                    Is(null, cache.Remove("greeting"), "a key not cached: null, nothing thrown");
                    Throws<ArgumentNullException>(() => cache.Remove(null), "key", "a null key");
                }
            }
            """);
    }

    [Fact]
    public void Under_MissingKeyReads_NotFound_the_oblivious_removed_value_stays_refused()
    {
        var run = GeneratorHarness.Run(NameCache.Replace("ATTRIBUTE", "MissingKeyReads = MissingKeyRead.NotFound", System.StringComparison.Ordinal));
        Refusals.Exactly(run, ("Remove", "the value it removed declared nullable"));
    }

    [Theory]
    [InlineData("object Remove(string key);")]
    [InlineData("Task<object> RemoveAsync(string key);")]
    public void An_oblivious_object_removal_on_a_store_of_object_values_is_refused_naming_both_readings(string removal)
    {
        // Serenity's ILocalCache (the value removed) and HybridRedisCache's benchmark IRedisCacheService (a boxed bool).
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            [InMemoryFake]
            public interface ILocalCache
            {
                void Set(string key, object value, TimeSpan expiration);
                TItem Get<TItem>(string key);
                REMOVAL
                void RemoveAll();
            }
            """.Replace("REMOVAL", removal, System.StringComparison.Ordinal));
        Refusals.Exactly(run, (removal.Contains("Async", System.StringComparison.Ordinal) ? "RemoveAsync" : "Remove", "is the value it removed in System.Runtime.Caching's MemoryCache.Remove and Serenity's ILocalCache.Remove (null for a key not cached), and whether it removed one, a boxed bool"));
        Assert.Contains("Store.", Refusals.Message(run, removal.Contains("Async", System.StringComparison.Ordinal) ? "RemoveAsync" : "Remove"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_annotated_nullable_object_removal_on_a_store_of_object_values_is_the_value_removed()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface ILocalCache
            {
                void Set(string key, object value, TimeSpan expiration);
                TItem? Get<TItem>(string key);
                object? Remove(string key);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ILocalCache cache = new InMemoryLocalCache();
                    cache.Set("answer", 42, TimeSpan.FromMinutes(5));
                    Is(42, cache.Remove("answer"), "object? says null when nothing was removed, so it is the value removed");
                    Is(null, cache.Remove("answer"), "a key not cached: null");
                }
            }
            """);
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
