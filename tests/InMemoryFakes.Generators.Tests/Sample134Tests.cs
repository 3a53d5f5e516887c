using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample134 (session 41), logistics and delivery codebases. kontent-ai/delivery-sdk-net's <c>IDeliveryCacheManager</c>
/// caches Delivery API responses through FusionCache: <c>GetOrSetAsync&lt;T&gt;(cacheKey, factory, expiration)</c>'s factory
/// makes a <c>CacheEntry&lt;T&gt;(Value, Dependencies)</c>, the store keeps the value with its dependencies as tags and
/// answers a <c>CacheResult&lt;T&gt;(Value, DependencyKeys)</c>; <c>InvalidateAsync(string[] dependencyKeys)</c> removes the
/// entries stored with any of those dependencies. The first try read the get-or-add as one of a store of <c>object</c>
/// values, stored the factory's <c>CacheEntry&lt;T&gt;</c> and threw <c>InvalidCastException</c> on every call; and it
/// refused <c>InvalidateAsync</c> for its <c>bool</c> result, where a void one would have removed the entries stored under
/// those keys. Both are now refused for their real causes.
/// </summary>
public class Sample134Tests
{
    private const string DeliveryCache = Sources.Usings + """
        #nullable enable
        namespace V;

        public sealed record CacheEntry<T>(T Value, IEnumerable<string> Dependencies) where T : class;
        public sealed record CacheResult<T>(T Value, IReadOnlyList<string> DependencyKeys) where T : class;

        [InMemoryFake]
        public interface IDeliveryCacheManager
        {
            Task<CacheResult<T>?> GetOrSetAsync<T>(
                string cacheKey,
                Func<CancellationToken, Task<CacheEntry<T>?>> factory,
                TimeSpan? expiration = null,
                CancellationToken cancellationToken = default) where T : class;

            Task<bool> InvalidateAsync(string[] dependencyKeys, CancellationToken cancellationToken = default);
        }
        """;

    [Fact]
    public void A_get_or_add_whose_factory_makes_another_type_than_it_returns_and_a_removal_of_dependency_keys_are_refused_for_their_causes()
    {
        var run = GeneratorHarness.Run(DeliveryCache);
        Refusals.Exactly(run,
            ("GetOrSetAsync", "its factory makes a CacheEntry<T> and it returns a CacheResult<T>, and neither converts to the other: what the real store keeps of what the factory makes (its value alone, or the rest of it too, such as dependencies it stores as tags) and how it builds what it returns from it are its own, and a fake that stored the factory's CacheEntry<T> would find no CacheResult<T> in it"),
            ("InvalidateAsync", "its parameter 'dependencyKeys' holds dependency keys, and the members that take one key name it 'cacheKey': dependency keys are of the key's type but not this store's keys (the dependencies or tags an entry is stored with, keys of another table or of an owner), so which entries it removes for them is the store's own; name the collection after the store's key ('cacheKeys') if it holds those, or write the member"));
        Assert.Contains("Implement it in the partial class InMemoryDeliveryCacheManager", Refusals.Message(run, "GetOrSetAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_removal_of_dependency_keys_that_returns_nothing_is_refused_too_where_it_removed_the_entries_under_those_keys()
    {
        // The result was the only cause before; a void removal of a key collection was generated as the removal of each key.
        var run = GeneratorHarness.Run(DeliveryCache.Replace("Task<bool> InvalidateAsync", "Task InvalidateAsync", StringComparison.Ordinal));
        Assert.Contains("its parameter 'dependencyKeys' holds dependency keys", Refusals.Message(run, "InvalidateAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_get_or_add_of_object_values_whose_factory_makes_what_it_returns_is_generated_as_before()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed class Page { public string Title { get; set; } = ""; }

            [InMemoryFake]
            public interface IObjectCache
            {
                Task<T?> GetOrSetAsync<T>(string cacheKey, Func<CancellationToken, Task<T?>> factory, TimeSpan? expiration = null, CancellationToken cancellationToken = default) where T : class;
                object GetOrAdd(string cacheKey, Func<string> factory);
                Task RemoveManyAsync(IEnumerable<string> cacheKeys);
                void RemoveAll(string[] keys);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IObjectCache cache = new InMemoryObjectCache();
                    var runs = 0;
                    Task<Page?> Load(CancellationToken token) { runs++; return Task.FromResult<Page?>(new Page { Title = "p" + runs }); }
                    Is("p1", cache.GetOrSetAsync("a", Load).GetAwaiter().GetResult()!.Title, "a miss runs the factory");
                    Is("p1", cache.GetOrSetAsync("a", Load).GetAwaiter().GetResult()!.Title, "a hit answers the stored value");
                    Is("s", cache.GetOrAdd("b", () => "s"), "a factory of a type that converts to the result (string to object)");
                    cache.RemoveManyAsync(new[] { "a" }).GetAwaiter().GetResult();
                    Is("p2", cache.GetOrSetAsync("a", Load).GetAwaiter().GetResult()!.Title, "a collection named after the store's key ('cacheKeys') removes those keys");
                    cache.RemoveAll(new[] { "a", "b" });
                    Is("p3", cache.GetOrSetAsync("a", Load).GetAwaiter().GetResult()!.Title, "so does one named 'keys'");
                }
            }
            """);
    }

    [Fact]
    public void A_batch_read_of_ids_of_another_kind_than_the_stores_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed record Session(string User);

            [InMemoryFake]
            public interface ISessionStore
            {
                Session? Get(string sessionId);
                void Set(string sessionId, Session session);
                IDictionary<string, Session> GetMany(IEnumerable<string> userIds);
                void RemoveMany(IEnumerable<string> sessionIds);
            }
            """);
        Refusals.Exactly(run,
            ("GetMany", "its parameter 'userIds' holds user ids, and the members that take one key name it 'sessionId': user ids are of the key's type but not this store's keys (the dependencies or tags an entry is stored with, keys of another table or of an owner), so which entries it reads for them is the store's own"));
    }
}
