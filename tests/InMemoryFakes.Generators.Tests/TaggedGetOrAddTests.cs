using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-leftover2 (session 28), issue 10 shape 10 (tags with evict-by-tag, get-or-add with a factory) on h-sample68's
/// CleanArchitectureWithBlazorServer <c>IAppCache</c>: <c>GetOrSetAsync&lt;T&gt;(key, Func&lt;CancellationToken,
/// Task&lt;T&gt;&gt; factory, IEnumerable&lt;string&gt;? tags)</c> is a get-or-add whose added value is stored with the tags
/// (FusionAppCache over FusionCache's GetOrSetAsync with tags), and <c>RemoveByTagsAsync(IEnumerable&lt;string&gt;? tags)</c>
/// removes every entry stored with any of them (FusionCache's RemoveByTagAsync(tags) removes by each tag in turn).
/// </summary>
public class TaggedGetOrAddTests
{
    private const string AppCache = """
        #nullable enable
        namespace V;

        [InMemoryFake]
        public interface IAppCache
        {
            Task<T> GetOrSetAsync<T>(string key, Func<CancellationToken, Task<T>> factory, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default);
            void Remove(string key);
            Task RemoveByTagAsync(string tag, CancellationToken cancellationToken = default);
            Task RemoveByTagsAsync(IEnumerable<string>? tags, CancellationToken cancellationToken = default);
        }

        [InMemoryFake]
        public interface ITagCache
        {
            string GetOrAdd(string key, Func<string> factory, string[] tags);
            string? Get(string key);
            void Set(string key, string value, IEnumerable<string>? tags = null);
            int EvictByTags(IEnumerable<string> tags);
        }
        """;

    [Fact]
    public void A_get_or_add_stores_what_its_factory_made_with_the_tags_and_a_removal_by_tags_evicts_entries_with_any_of_them()
    {
        var run = GeneratorHarness.Run(Sources.Usings + AppCache);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAppCache cache = new InMemoryAppCache();
                    var runs = 0;
                    Task<string> Load(CancellationToken token) { runs++; return Task.FromResult("v" + runs); }
                    CancellationToken seen = default;
                    using var source = new CancellationTokenSource();
                    Task<int> Count(CancellationToken token) { seen = token; return Task.FromResult(7); }

                    Is("v1", cache.GetOrSetAsync("products", Load, new[] { "catalog", "products" }).GetAwaiter().GetResult(), "a miss runs the factory");
                    Is("v1", cache.GetOrSetAsync("products", Load, new[] { "other" }).GetAwaiter().GetResult(), "a hit answers the cached value");
                    Is(1, runs, "without running the factory again");
                    Is("v2", cache.GetOrSetAsync("orders", Load, new[] { "orders" }).GetAwaiter().GetResult(), "another key runs it");
                    Is("v3", cache.GetOrSetAsync("plain", Load).GetAwaiter().GetResult(), "no tags");
                    Is(7, cache.GetOrSetAsync("count", Count, null, source.Token).GetAwaiter().GetResult(), "a value of another type under another key");
                    Is(source.Token, seen, "the factory is handed the member's token");

                    cache.RemoveByTagsAsync(new[] { "other" }).GetAwaiter().GetResult();
                    Is("v1", cache.GetOrSetAsync("products", Load).GetAwaiter().GetResult(), "a hit keeps the tags it was added with, not those of the hit");

                    cache.RemoveByTagsAsync(new[] { "nothing", "catalog" }).GetAwaiter().GetResult();
                    Is("v4", cache.GetOrSetAsync("products", Load).GetAwaiter().GetResult(), "an entry with any of the tags is evicted");
                    Is("v2", cache.GetOrSetAsync("orders", Load).GetAwaiter().GetResult(), "an entry with none of them stays");

                    cache.RemoveByTagsAsync(null).GetAwaiter().GetResult();
                    cache.RemoveByTagsAsync(new[] { "orders", "plain" }).GetAwaiter().GetResult();
                    Is("v5", cache.GetOrSetAsync("orders", Load).GetAwaiter().GetResult(), "a null collection removed nothing before; 'orders' is evicted now");
                    Is("v3", cache.GetOrSetAsync("plain", Load).GetAwaiter().GetResult(), "an untagged entry is never evicted by tag");

                    cache.RemoveByTagAsync("orders").GetAwaiter().GetResult();
                    Is("v5", cache.GetOrSetAsync("orders", Load).GetAwaiter().GetResult(), "the value added without tags after the eviction has none");

                    Throws<ArgumentNullException>(() => cache.GetOrSetAsync<string>("x", null!).GetAwaiter().GetResult(), "factory", "a null factory is refused");
                    Is("v6", cache.GetOrSetAsync("x", Load).GetAwaiter().GetResult(), "and stored nothing");

                    ITagCache tagged = new InMemoryTagCache();
                    Is("a", tagged.GetOrAdd("k1", () => "a", new[] { "t1" }), "a sync get-or-add with tags");
                    tagged.Set("k2", "b", new[] { "t2" });
                    tagged.Set("k3", "c");
                    Is(2, tagged.EvictByTags(new[] { "t1", "t2", "t3" }), "EvictByTags answers how many entries it removed");
                    Is(null, tagged.Get("k1"), "k1 evicted");
                    Is("c", tagged.Get("k3"), "k3 stays");
                    Throws<ArgumentNullException>(() => tagged.EvictByTags(null!), "tags", "a collection declared not null is required");
                }
            }
            """);
    }

    [Fact]
    public void A_removal_by_tags_where_nothing_records_tags_and_a_get_or_add_with_tags_and_an_entry_factory_are_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public interface ICacheEntry { DateTimeOffset? AbsoluteExpiration { get; set; } TimeSpan? SlidingExpiration { get; set; } }

            [InMemoryFake]
            public interface IUntagged
            {
                string? Get(string key);
                void Set(string key, string value);
                void RemoveByTags(IEnumerable<string> tags);
            }

            [InMemoryFake]
            public interface IEntryCache
            {
                string GetOrCreate(string key, Func<ICacheEntry, string> factory, IEnumerable<string> tags);
                void Set(string key, string value, IEnumerable<string> tags);
                void EvictByTag(string tag);
            }
            """);

        Refusals.Exactly(run,
            ("RemoveByTags", "no write of the store records tags (a collection of strings named tags), so it would never evict anything"),
            ("GetOrCreate", "its factory is handed a cache entry as well as tags: which tags the value is stored with (the parameter's, the entry's, or both) is the store's own"));
    }
}
