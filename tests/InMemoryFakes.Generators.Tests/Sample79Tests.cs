using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample79 (session 29), Get Information about Schools' <c>ICacheAccessor</c>: its writes take a
/// <c>TimeSpan? cacheExpiry</c> ("the absolute expiration", which CacheAccessor stores until now + the span; null for none),
/// which was refused as "not a time to live". <c>cacheExpiry</c> and <c>cacheExpiration</c> are now time-to-live names
/// (a span is relative to now, a point in time an absolute end, as <c>expiry</c> and <c>expiration</c> are). Its write under
/// two strings, <c>Set&lt;T&gt;(string domain, string key, T value, TimeSpan? cacheExpiry)</c>, stays refused (the store
/// joins the two into one key, <c>domain + "_" + key</c>, where a region would keep them apart), and says so instead of
/// "its parameter 'value' is not a time to live".
/// </summary>
public class Sample79Tests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_TimeSpan_named_cacheExpiry_expires_the_entry_after_it_and_null_keeps_it()
    {
        var run = Run("""
            #nullable disable
            namespace V;
            [InMemoryFake]
            public interface ICacheAccessor
            {
                void Set<T>(string key, T value, TimeSpan? cacheExpiry);
                Task SetAsync<T>(string key, T value, TimeSpan? cacheExpiry = null);
                T Get<T>(string key);
                Task<T> GetAsync<T>(string key);
                Task<bool> DeleteAsync(string key);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    var clock = new ManualClock();
                    ICacheAccessor cache = new InMemoryCacheAccessor(clock);
                    cache.Set("greeting", "hello", TimeSpan.FromMinutes(5));
                    cache.SetAsync("count", 42).GetAwaiter().GetResult();
                    clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
                    Is("hello", cache.Get<string>("greeting"), "an entry set with a cacheExpiry is there before it ends");
                    clock.Advance(TimeSpan.FromSeconds(1));
                    Is(null, cache.Get<string>("greeting"), "and gone once it has passed");
                    Is(null, cache.GetAsync<string>("greeting").GetAwaiter().GetResult(), "for GetAsync too");
                    clock.Advance(TimeSpan.FromDays(30));
                    Is(42, cache.Get<int>("count"), "a null cacheExpiry (SetAsync's default) keeps the entry");
                    cache.SetAsync("count", 43, TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
                    Is(43, cache.GetAsync<int>("count").GetAwaiter().GetResult(), "SetAsync with a cacheExpiry replaces the value");
                    clock.Advance(TimeSpan.FromSeconds(10));
                    Is(0, cache.Get<int>("count"), "and it expires after it");
                    Throws<ArgumentOutOfRangeException>(() => cache.Set("zero", "x", TimeSpan.Zero), "cacheExpiry", "a zero cacheExpiry is refused, naming it");
                    Is(null, cache.Get<string>("zero"), "and stores nothing");
                    cache.Set("gone", "y", null);
                    Is(true, cache.DeleteAsync("gone").GetAwaiter().GetResult(), "DeleteAsync removes an entry set with no cacheExpiry");
                }
            }
            """);
    }

    [Fact]
    public void A_point_in_time_named_cacheExpiration_is_the_entry_s_end()
    {
        var run = Run("""
            namespace V;
            [InMemoryFake]
            public interface IPageCache
            {
                string? Get(string key);
                void Set(string key, string value, DateTimeOffset cacheExpiration);
                void Put(string key, string value, TimeSpan cacheExpiration);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    var clock = new ManualClock();
                    IPageCache cache = new InMemoryPageCache(clock);
                    cache.Set("home", "<html>", clock.GetUtcNow().AddMinutes(1));
                    cache.Put("about", "<p>", TimeSpan.FromMinutes(2));
                    clock.Advance(TimeSpan.FromSeconds(59));
                    Is("<html>", cache.Get("home"), "an entry set until a point in time is there before it");
                    clock.Advance(TimeSpan.FromSeconds(1));
                    Is(null, cache.Get("home"), "and gone at it");
                    Is("<p>", cache.Get("about"), "a TimeSpan named cacheExpiration counts from the write");
                    clock.Advance(TimeSpan.FromMinutes(1));
                    Is(null, cache.Get("about"), "and ends after it");
                    Throws<ArgumentOutOfRangeException>(() => cache.Set("old", "x", clock.GetUtcNow().AddSeconds(-1)), "cacheExpiration", "a point in the past is refused, naming it");
                    Is(null, cache.Get("old"), "and stores nothing");
                }
            }
            """);
    }

    [Fact]
    public void A_write_under_two_strings_in_a_store_of_object_values_says_it_reads_as_a_key_of_two_parts()
    {
        var run = Run("""
            #nullable disable
            namespace V;
            [InMemoryFake]
            public interface IDomainCache
            {
                void Set<T>(string key, T value, TimeSpan? cacheExpiry);
                void Set<T>(string domain, string key, T value, TimeSpan? cacheExpiry);
                T Get<T>(string key);
                T Get<T>(string domain, string key);
            }
            """);
        Refusals.Exactly(run,
            ("Set", "it takes 'domain' and 'key', both string (the key's type), before 'value' (T), so it reads as a write under a key of two parts, not as 'key' written as a value; a pair is the key only where the interface proves it"),
            ("Get", "its parameter 'key' (string) after the key 'domain' is nothing a key-value store knows"));
        Assert.DoesNotContain("is not a time to live", Refusals.Message(run, "Set"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_of_an_object_value_with_a_parameter_that_is_no_time_to_live_keeps_its_reason()
    {
        var run = Run("""
            namespace V;
            [InMemoryFake]
            public interface ITaggedCache
            {
                object? Get(string key);
                void Set(string key, object value, TimeSpan? cacheExpiry);
                void Set(string key, object value, TimeSpan window, int priority);
            }
            """);
        Refusals.Exactly(run, ("Set", "its parameter 'window' is not a time to live"));
    }
}
