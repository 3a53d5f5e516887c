using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample117 (session 36), Microsoft's documentation samples. docs-aspire's <c>ICacheService</c> (over Redis through
/// <c>RedisCacheService</c>) declares <c>GetAsync&lt;T&gt;(string key, JsonTypeInfo&lt;T&gt; jsonTypeInfo)</c> and
/// <c>SetAsync&lt;T&gt;(key, value, jsonTypeInfo, TimeSpan? absoluteExpiration = null)</c>: the read was refused because its
/// contract was "nothing a key-value store knows", the write because the contract was "not a time to live (a TimeSpan
/// named ttl/…)", a cause that sent the user to rename it. Both were then refused for what the contract is: the real store
/// keeps the value's JSON and a read makes a new object from it; session 37 (h-kvjson37) generates them over that JSON. Its <c>GetRegisteredKeysAsync()</c> was refused as
/// "'RegisteredKeys' after it is no noun of this store"; it is now said as the listing of keys it is, whose word says
/// which keys (the real registry keeps the keys of expired values).
/// </summary>
public class Sample117Tests
{
    private const string Cache = Sources.Usings + """
        using System.Text.Json;
        using System.Text.Json.Serialization.Metadata;

        namespace V;

        public sealed record Product(int Id, string Name, decimal Price);

        [InMemoryFake]
        public interface ICacheService
        {
            Task<T?> GetAsync<T>(string key, JsonTypeInfo<T> jsonTypeInfo);
            Task SetAsync<T>(string key, T value, JsonTypeInfo<T> jsonTypeInfo, TimeSpan? absoluteExpiration = null);
            Task RemoveAsync(string key);
            IAsyncEnumerable<string> GetRegisteredKeysAsync();
            Task ClearAllAsync();
        }
        """;

    [Fact]
    public void A_read_and_a_write_taking_a_JsonTypeInfo_are_generated_over_the_JSON_and_the_registry_stays_refused()
    {
        // Session 36 refused GetAsync and SetAsync naming the contract; h-kvjson37 generates them over the value's JSON
        // (KeyValueJsonContractTests), so only the listing of registered keys is left.
        var run = GeneratorHarness.Run(Cache);
        Assertions.NeverFailed(run);
        Refusals.Exactly(run, ("GetRegisteredKeysAsync", "it lists keys, and 'Registered' before Keys says which"));
    }

    [Fact]
    public void A_listing_of_keys_with_a_word_before_Keys_is_refused_naming_the_word_and_a_plain_one_lists_the_live_keys()
    {
        var run = GeneratorHarness.Run(Cache);
        Assert.Equal(
            "'GetRegisteredKeysAsync' of ICacheService matches no key-value store convention: it lists keys, and 'Registered' before Keys says which: "
            + "the keys of the live entries (what a plain Keys or GetKeys lists), or every key the real store recorded, expired ones too "
            + "(docs-aspire's RedisCacheService keeps its registered keys in a Redis set that no expiry touches), or a part the word picks, is the store's own. "
            + "Implement it in the partial class InMemoryCacheService, where its Store property reaches the fake's table in one line: "
            + "Store.Call(nameof(GetRegisteredKeysAsync)) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "GetRegisteredKeysAsync"));

        // Without the contracts and the word, the same store is a cache of Product values whose keys list and clear.
        var plain = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public sealed record Product(int Id, string Name, decimal Price);

            [InMemoryFake]
            public interface ICacheService
            {
                Task<Product?> GetAsync(string key);
                Task SetAsync(string key, Product value, TimeSpan? absoluteExpiration = null);
                Task RemoveAsync(string key);
                IAsyncEnumerable<string> GetKeysAsync();
                Task ClearAllAsync();
            }
            """);
        Assertions.Clean(plain);
        BehaviourCheck.Run(plain, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICacheService cache = new InMemoryCacheService();
                    cache.SetAsync("product:1", new Product(1, "Chai", 18m)).GetAwaiter().GetResult();
                    cache.SetAsync("product:2", new Product(2, "Chang", 19m), TimeSpan.FromMinutes(30)).GetAwaiter().GetResult();
                    Is("product:1,product:2", string.Join(",", Keys(cache)), "GetKeysAsync lists the live keys");
                    cache.RemoveAsync("product:1").GetAwaiter().GetResult();
                    Is("product:2", string.Join(",", Keys(cache)), "a removed key is no longer listed");
                    cache.ClearAllAsync().GetAwaiter().GetResult();
                    Is(0, Keys(cache).Count, "ClearAllAsync removes every entry");
                }

                private static List<string> Keys(ICacheService cache)
                {
                    var keys = new List<string>();
                    var e = cache.GetKeysAsync().GetAsyncEnumerator();
                    while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult()) keys.Add(e.Current);
                    keys.Sort(StringComparer.Ordinal);
                    return keys;
                }
            }
            """);
    }

    [Fact]
    public void With_the_contract_members_written_by_hand_the_rest_of_the_fake_removes_and_clears()
    {
        var source = Refusals.Without(Cache, "    IAsyncEnumerable<string> GetRegisteredKeysAsync();") + """

            public partial class InMemoryCacheService
            {
                public Task<T?> GetAsync<T>(string key, JsonTypeInfo<T> jsonTypeInfo)
                    => Task.FromResult(Store.TryGet(key, out var json) ? JsonSerializer.Deserialize((string)json, jsonTypeInfo) : default);

                public Task SetAsync<T>(string key, T value, JsonTypeInfo<T> jsonTypeInfo, TimeSpan? absoluteExpiration = null)
                {
                    Store.Set(key, JsonSerializer.Serialize(value, jsonTypeInfo));
                    return Task.CompletedTask;
                }
            }
            """;
        var run = GeneratorHarness.Run(source);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICacheService cache = new InMemoryCacheService();
                    var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Product>)new System.Text.Json.JsonSerializerOptions
                    {
                        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
                    }.GetTypeInfo(typeof(Product));
                    cache.SetAsync("product:1", new Product(1, "Chai", 18m), info).GetAwaiter().GetResult();
                    Is(new Product(1, "Chai", 18m), cache.GetAsync("product:1", info).GetAwaiter().GetResult(), "the hand-written pair round-trips the JSON");
                    cache.RemoveAsync("product:1").GetAwaiter().GetResult();
                    Is(null, cache.GetAsync("product:1", info).GetAwaiter().GetResult(), "the generated RemoveAsync removes the entry the hand-written SetAsync wrote");
                    cache.SetAsync("product:2", new Product(2, "Chang", 19m), info).GetAwaiter().GetResult();
                    cache.ClearAllAsync().GetAwaiter().GetResult();
                    Is(null, cache.GetAsync("product:2", info).GetAwaiter().GetResult(), "the generated ClearAllAsync clears it");
                }
            }
            """);
    }

    [Fact]
    public void Options_and_a_serializer_context_are_contracts_too_but_a_store_of_options_values_is_generated()
    {
        // A write with a context makes the table hold JSON (h-kvjson37): the read with options deserializes it.
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Text.Json;
            using System.Text.Json.Serialization;

            namespace V;

            public sealed class Note
            {
                public string Text { get; set; } = "";
            }

            [InMemoryFake]
            public interface INoteCache
            {
                Note? Get(string key, JsonSerializerOptions options);
                void Set(string key, Note value, JsonSerializerContext context);
                void Remove(string key);
            }
            """);
        Assertions.Clean(run);

        // JsonSerializerOptions as the store's values is data, not a contract: a settings cache of options keeps them.
        var values = GeneratorHarness.Run(Sources.Usings + """
            using System.Text.Json;

            namespace V;

            [InMemoryFake]
            public interface IOptionsStore
            {
                JsonSerializerOptions? Get(string name);
                void Set(string name, JsonSerializerOptions value);
            }
            """);
        Assert.DoesNotContain(values.GeneratorDiagnostics, static d => d.Id == "IMF0001");
    }
}
