using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample109 (session 34), CRM, ERP and accounting systems. RHEMA-ERP's <c>ICachingService</c> (an L1 memory and L2
/// Redis cache) declares <c>Task RemovePatternAsync(string pattern)</c>, which removes the keys Redis's KEYS matches with
/// that glob. It was refused as "'Pattern' after it is no noun of this store": a cause it does not have, since removal by a
/// key pattern is a known verb (<c>RemoveByPattern</c>). A removal named after the pattern itself, without <c>By</c>
/// (<c>RemovePattern</c>, <c>DeletePattern</c>, <c>EvictPattern</c>…), whose one parameter is a pattern (named so, or a
/// <c>Regex</c>) is now that verb: a <c>Regex</c> is generated (the keys it matches), a string is refused for what it
/// leaves unsaid (a glob, a leading or trailing wildcard, or a regular expression). A store of patterns keeps reading
/// <c>RemovePattern(id)</c> as the removal of one by its key.
/// </summary>
public class Sample109Tests
{
    private const string Cache = Sources.Usings + """
        namespace V;

        [InMemoryFake]
        public interface ICachingService
        {
            Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken = default);
            Task SetAsync<T>(string key, T value, TimeSpan? expiry = null, CancellationToken cancellationToken = default);
            Task RemoveAsync(string key, CancellationToken cancellationToken = default);
            Task RemovePatternAsync(string pattern, CancellationToken cancellationToken = default);
            Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);
        }
        """;

    [Fact]
    public void A_removal_named_after_a_string_pattern_is_refused_for_what_the_pattern_leaves_unsaid()
    {
        var run = GeneratorHarness.Run(Cache);
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assert.Equal(
            "'RemovePatternAsync' of ICachingService matches no key-value store convention: a key pattern means different things in different stores: "
            + "EasyCaching's in-memory provider reads only a leading or trailing '*' (suffix, prefix, contains or the exact key), Redis a glob ('*', '?', '[…]'), "
            + "Squidex a regular expression; the name does not say which (a Regex parameter would), so write it with Store.RemoveWhere. "
            + "Implement it in the partial class InMemoryCachingService, where its Store property reaches the fake's table in one line: "
            + "await Store.CallAsync(nameof(RemovePatternAsync), cancellationToken, pattern) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("RemovePatternAsync", Refusals.PointedAt(diagnostic));

        // DeletePattern and a keyPattern name read the same; so does a synchronous member.
        var other = GeneratorHarness.Run(Refusals.Without(Cache, "    Task RemovePatternAsync(string pattern, CancellationToken cancellationToken = default);")
            .Replace("Task<bool> ExistsAsync", "void DeletePattern(string keyPattern);\n    Task<bool> ExistsAsync", StringComparison.Ordinal));
        var refusal = Assert.Single(other.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assert.Contains("a key pattern means different things in different stores", refusal.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("DeletePattern", Refusals.PointedAt(refusal));
    }

    [Fact]
    public void A_removal_named_after_a_regular_expression_removes_the_keys_it_matches()
    {
        var run = GeneratorHarness.Run(Cache.Replace("RemovePatternAsync(string pattern", "RemovePatternAsync(System.Text.RegularExpressions.Regex pattern", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICachingService cache = new InMemoryCachingService();
                    cache.SetAsync("user:1", "ann").GetAwaiter().GetResult();
                    cache.SetAsync("user:2", "bob").GetAwaiter().GetResult();
                    cache.SetAsync("role:1", "admin").GetAwaiter().GetResult();

                    cache.RemovePatternAsync(new System.Text.RegularExpressions.Regex("^user:")).GetAwaiter().GetResult();

                    Is(false, cache.ExistsAsync("user:1").GetAwaiter().GetResult(), "a key the expression matches is removed");
                    Is(false, cache.ExistsAsync("user:2").GetAwaiter().GetResult(), "every one of them");
                    Is("admin", cache.GetAsync<string>("role:1").GetAwaiter().GetResult(), "a key it does not match is kept");
                    Throws<ArgumentNullException>(() => cache.RemovePatternAsync(null!).GetAwaiter().GetResult(), "pattern", "a null pattern names the parameter");
                    Is("admin", cache.GetAsync<string>("role:1").GetAwaiter().GetResult(), "and leaves the store unchanged");
                }
            }
            """);
    }

    [Fact]
    public void In_a_store_of_patterns_RemovePattern_of_an_id_still_removes_one_by_its_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public sealed class Pattern
            {
                public string Text { get; set; } = "";
            }

            [InMemoryFake]
            public interface IPatternStore
            {
                Pattern? GetPattern(string id);
                void SetPattern(string id, Pattern pattern);
                void RemovePattern(string id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPatternStore store = new InMemoryPatternStore();
                    store.SetPattern("a", new Pattern { Text = "^a" });
                    store.SetPattern("b", new Pattern { Text = "^b" });
                    store.RemovePattern("a");
                    Is(null, store.GetPattern("a"), "the pattern of that id is removed");
                    Is("^b", store.GetPattern("b")?.Text, "and only it");
                }
            }
            """);
    }
}
