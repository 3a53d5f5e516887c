using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>TrySet(key, value)</c> means two things in real stores: a set if absent (EasyCaching, Util: false for a key already
/// held, beside their plain <c>Set</c>) and a set that answers whether it wrote (dotnet/arcade-services' <c>ICache</c>:
/// Darc's MemoryCache replaces a held key and answers true). A plain set beside it proves the first (the TrySet must differ
/// from it); alone it is refused (h-sample46, whose first try generated the set if absent and answered false).
/// </summary>
public class TrySetMeaningTests
{
    private const string Cache = Sources.Usings + """
        namespace V;

        public class BuildInfo { public string Commit { get; set; } = ""; }

        [InMemoryFake]
        public interface ICache
        {
            Task<bool> TrySetAsync<T>(string key, T value, TimeSpan? expiration = null) where T : class;
            Task<T?> TryGetAsync<T>(string key) where T : class;
            Task<bool> DeleteAsync(string key);
        }
        """;

    [Fact]
    public void A_TrySet_with_no_plain_set_beside_it_is_refused_naming_both_one_line_writes()
    {
        var run = GeneratorHarness.Run(Cache);
        Assertions.NeverFailed(run);
        Refusals.Exactly(run, ("TrySetAsync", "with no plain Set beside it (which a set-if-absent TrySet would differ from) nothing here says which; write the member: Store.SetIfAbsent(key, value) keeps a held key, Store.Set(key, value) then true replaces it"));
    }

    [Fact]
    public void The_rest_of_such_a_cache_still_generates_and_a_hand_written_TrySet_replaces()
    {
        var run = GeneratorHarness.Run(Cache, """
            using System;
            using System.Threading.Tasks;

            namespace V;

            public sealed partial class InMemoryCache
            {
                public async Task<bool> TrySetAsync<T>(string key, T value, TimeSpan? expiration = null) where T : class
                {
                    (await Store.CallAsync(nameof(TrySetAsync), default, key, value, expiration)).Set(key, value, expiration);
                    return true;
                }
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var cache = new InMemoryCache();
                    Is(true, cache.TrySetAsync("b", new BuildInfo { Commit = "abc" }).Result, "the hand-written TrySet answers true");
                    Is(true, cache.TrySetAsync("b", new BuildInfo { Commit = "def" }).Result, "for a key already held too");
                    Is("def", cache.TryGetAsync<BuildInfo>("b").Result!.Commit, "and replaced the value");
                    Is(true, cache.DeleteAsync("b").Result, "DeleteAsync answers whether the key was held");
                    Is(null, cache.TryGetAsync<BuildInfo>("b").Result, "TryGetAsync of a missing key is null");
                }
            }
            """);
    }

    [Fact]
    public void A_TrySet_beside_a_plain_Set_is_still_a_set_if_absent()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                bool TrySet(string key, string value);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var cache = new InMemoryCache();
                    Is(true, cache.TrySet("k", "first"), "TrySet of a missing key stores it");
                    Is(false, cache.TrySet("k", "second"), "TrySet of a key held answers false");
                    Is("first", cache.Get("k"), "and keeps the value held");
                    cache.Set("k", "third");
                    Is("third", cache.Get("k"), "where Set replaces it");
                }
            }
            """);
    }
}
