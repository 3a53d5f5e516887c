using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A plain <c>Add(key, value)</c> that returns nothing, on a key-value store named a cache: caches differ on a key already
/// held (MobileBlazorBindings' <c>MemoryTokenCache.Add</c> and LazyCache's <c>IAppCache.Add</c> replace, ObjectCache's
/// <c>Add</c> keeps the first), and the fake threw the duplicate-key error (h-sample50's first try of
/// <c>ITokenCache</c>). Refused there, naming both one-line writes; a <c>bool</c> add and a store of another name keep
/// their conventions.
/// </summary>
public class KeyValueCacheAddTests
{
    private const string TokenCache = Sources.Usings + """
        namespace V;

        public class Token { public string Raw { get; set; } = ""; }

        [InMemoryFake]
        public interface ITokenCache
        {
            Task Add(string key, Token token);
            Task<Token?> Get(string key);
            Task Clear();
        }
        """;

    [Fact]
    public void A_plain_add_returning_nothing_on_a_cache_is_refused_naming_both_one_line_writes()
    {
        var run = GeneratorHarness.Run(TokenCache);
        Assertions.NeverFailed(run);
        Refusals.Exactly(run, ("Add", "an add to a cache ('ITokenCache') of a key already cached: whether it replaces the value"));
        Assert.Contains("write the member: Store.Set(key, value) replaces, Store.SetIfAbsent(key, value) keeps the first", Refusals.Message(run, "Add"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_rest_of_such_a_cache_still_generates_and_a_hand_written_Add_replaces()
    {
        var run = GeneratorHarness.Run(TokenCache, """
            using System.Threading.Tasks;

            namespace V;

            public sealed partial class InMemoryTokenCache
            {
                public async Task Add(string key, Token token)
                    => (await Store.CallAsync(nameof(Add), default, key, token)).Set(key, token);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var cache = new InMemoryTokenCache();
                    cache.Add("access", new Token { Raw = "a" }).Wait();
                    cache.Add("access", new Token { Raw = "b" }).Wait();
                    Is("b", cache.Get("access").Result!.Raw, "the hand-written Add replaced the token");
                    cache.Clear().Wait();
                    Is(null, cache.Get("access").Result, "Clear empties the cache");
                }
            }
            """);
    }

    [Fact]
    public void An_add_returning_bool_on_a_cache_keeps_the_set_if_absent_reading()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface INameCache
            {
                bool Add(string key, string value);
                string? Get(string key);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var cache = new InMemoryNameCache();
                    Is(true, cache.Add("k", "first"), "Add of a missing key stores it");
                    Is(false, cache.Add("k", "second"), "Add of a key held answers false, as ObjectCache.Add");
                    Is("first", cache.Get("k"), "and keeps the value held");
                }
            }
            """);
    }

    [Fact]
    public void An_add_a_cache_inherits_from_IDictionary_keeps_its_documented_meaning()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Collections.Generic;

            namespace V;

            [InMemoryFake]
            public interface IPairCache : IDictionary<string, string>
            {
            }
            """);
        Assertions.NeverFailed(run);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("an add to a cache", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_plain_add_returning_nothing_on_a_store_of_another_name_still_throws_for_a_held_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface INameStore
            {
                void Add(string key, string value);
                string? Get(string key);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var store = new InMemoryNameStore();
                    store.Add("k", "first");
                    Throws<InMemoryFakes.DuplicateKeyException>(() => store.Add("k", "second"), null, "Add of a key held is the duplicate-key error");
                    Is("first", store.Get("k"), "and the store is unchanged");
                }
            }
            """);
    }
}
